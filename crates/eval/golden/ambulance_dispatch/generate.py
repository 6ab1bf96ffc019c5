#!/usr/bin/env python3
"""Generate the ambulance_dispatch test database as SQL text.

Usage: python3 generate.py OUTPUT.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240611)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Priority_Codes (
    Priority_Code TEXT PRIMARY KEY,
    Priority_Description TEXT NOT NULL,
    Target_Minutes INTEGER
);

CREATE TABLE Stations (
    Station_ID INTEGER PRIMARY KEY,
    Station_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Opened_Year INTEGER,
    Num_Bays INTEGER
);

CREATE TABLE Hospitals (
    hospital_id INTEGER PRIMARY KEY,
    hospital_name TEXT NOT NULL,
    town TEXT NOT NULL,
    has_trauma_unit TEXT,
    bed_count INTEGER
);

CREATE TABLE Ambulances (
    Ambulance_ID INTEGER PRIMARY KEY,
    Station_ID INTEGER NOT NULL,
    Registration TEXT NOT NULL,
    Vehicle_Type TEXT,
    Make TEXT,
    Year_Built INTEGER,
    Mileage TEXT,
    status_code TEXT,
    FOREIGN KEY (Station_ID) REFERENCES Stations(Station_ID)
);

CREATE TABLE Paramedics (
    Paramedic_ID INTEGER PRIMARY KEY,
    First_Name TEXT NOT NULL,
    Last_Name TEXT NOT NULL,
    Grade TEXT,
    Station_ID INTEGER,
    Date_Hired TEXT,
    Phone TEXT,
    FOREIGN KEY (Station_ID) REFERENCES Stations(Station_ID)
);

CREATE TABLE Emergency_Calls (
    Call_ID INTEGER PRIMARY KEY,
    Call_Date TEXT NOT NULL,
    Call_Time TEXT,
    Town TEXT,
    Priority_Code TEXT,
    Incident_Type TEXT,
    Caller_Age INTEGER,
    FOREIGN KEY (Priority_Code) REFERENCES Ref_Priority_Codes(Priority_Code)
);

CREATE TABLE Dispatches (
    Dispatch_ID INTEGER PRIMARY KEY,
    Call_ID INTEGER NOT NULL,
    Ambulance_ID INTEGER NOT NULL,
    hospital_id INTEGER,
    Response_Minutes INTEGER,
    Outcome TEXT,
    FOREIGN KEY (Call_ID) REFERENCES Emergency_Calls(Call_ID),
    FOREIGN KEY (Ambulance_ID) REFERENCES Ambulances(Ambulance_ID)
);

CREATE TABLE Shifts (
    Shift_ID INTEGER PRIMARY KEY,
    Ambulance_ID INTEGER NOT NULL,
    Lead_Paramedic_ID INTEGER NOT NULL,
    Second_Paramedic_ID INTEGER,
    Shift_Date TEXT NOT NULL,
    Shift_Type TEXT,
    Hours INTEGER,
    FOREIGN KEY (Ambulance_ID) REFERENCES Ambulances(Ambulance_ID),
    FOREIGN KEY (Lead_Paramedic_ID) REFERENCES Paramedics(Paramedic_ID),
    FOREIGN KEY (Second_Paramedic_ID) REFERENCES Paramedics(Paramedic_ID)
);
"""


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(table, rows):
    return "\n".join(
        "INSERT INTO %s VALUES (%s);" % (table, ", ".join(lit(v) for v in r))
        for r in rows
    )


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=random.randint(0, span))


# ---------------------------------------------------------------- lookups
priorities = [
    ("P1", "Immediate life-threatening", 8),
    ("P2", "Emergency", 18),
    ("P3", "Urgent", 60),
    ("P4", "Less urgent", 120),
    ("P5", "Non-urgent advice", 240),  # never used by any call
]

stations = [
    (1, "Riverside Central", "Riverside", 1987, 6),
    (2, "Riverside East", "Riverside", 2009, 3),
    (3, "Millbrook", "Millbrook", 1995, 4),
    (4, "Oakford Road", "Oakford", 2001, 3),
    (5, "Ashton Vale", "Ashton", 1978, 2),
    (6, "Kingsbridge Quay", "Kingsbridge", 2014, 5),
    (7, "Port Ellis Harbour", "Port Ellis", 1999, 3),
    (8, "Westfield Community", "Westfield", 2023, 2),
]

hospitals = [
    (1, "Riverside General Hospital", "Riverside", "Y", 620),
    (2, "Millbrook Royal Infirmary", "Millbrook", "Y", 540),
    (3, "Oakford Community Hospital", "Oakford", "N", 140),
    (4, "Kingsbridge University Hospital", "Kingsbridge", "Y", 880),
    (5, "Ashton Memorial Hospital", "Ashton", "N", 210),
    (6, "Port Ellis District Hospital", "Port Ellis", "N", 260),
    (7, "Harlow Green Cottage Hospital", "Harlow Green", "N", 45),
    (8, "Riverside Paediatric Centre", "Riverside", "N", None),
]

# ------------------------------------------------------------- ambulances
# (station, type, make, year, status)
amb_spec = [
    (1, "Emergency Ambulance", "Mercedes Sprinter", 2021, "In Service"),
    (1, "Emergency Ambulance", "Mercedes Sprinter", 2019, "In Service"),
    (1, "Emergency Ambulance", "Fiat Ducato", 2016, "Maintenance"),
    (1, "Rapid Response Car", "Skoda Octavia", 2022, "In Service"),
    (1, "Bariatric Ambulance", "Mercedes Sprinter", 2018, "In Service"),
    (2, "Emergency Ambulance", "Ford Transit", 2020, "In Service"),
    (2, "Rapid Response Car", "Volvo V90", 2021, "In Service"),
    (3, "Emergency Ambulance", "Mercedes Sprinter", 2017, "In Service"),
    (3, "Emergency Ambulance", "Fiat Ducato", 2013, "Retired"),
    (3, "Patient Transport", "Ford Transit", 2015, "In Service"),
    (3, "Rapid Response Car", "Skoda Octavia", 2019, "In Service"),
    (4, "Emergency Ambulance", "Ford Transit", 2018, "In Service"),
    (4, "Patient Transport", "Fiat Ducato", 2012, "Retired"),
    (5, "Emergency Ambulance", "Mercedes Sprinter", 2016, "In Service"),
    (5, "Rapid Response Car", "Volvo V90", 2017, "Maintenance"),
    (6, "Emergency Ambulance", "Mercedes Sprinter", 2023, "In Service"),
    (6, "Emergency Ambulance", "Mercedes Sprinter", 2022, "In Service"),
    (6, "Bariatric Ambulance", "Ford Transit", 2019, "In Service"),
    (6, "Rapid Response Car", "Skoda Octavia", 2023, "In Service"),
    (7, "Emergency Ambulance", "Fiat Ducato", 2014, "In Service"),
    (7, "Patient Transport", "Ford Transit", 2020, "In Service"),
]
letters = "ABCDEFGHJKLMNOPRSTVWXY"
town_prefix = {1: "RV", 2: "RV", 3: "MB", 4: "OK", 5: "AS", 6: "KB", 7: "PE", 8: "WF"}
ambulances = []
for i, (st, vtype, make, year, status) in enumerate(amb_spec, start=1):
    reg = "%s%02d %s" % (town_prefix[st], year % 100,
                         "".join(random.choice(letters) for _ in range(3)))
    age = 2024 - year
    mileage = str(age * random.randint(14000, 26000) + random.randint(500, 9000))
    ambulances.append((i, st, reg, vtype, make, year, mileage, status))

# ------------------------------------------------------------- paramedics
first_names = ["Aisha", "Ben", "Chloe", "Daniel", "Emma", "Farid", "Grace", "Harry",
               "Isla", "Jack", "Kiran", "Laura", "Mohammed", "Niamh", "Oliver", "Priya",
               "Rhys", "Sophie", "Tom", "Uma", "Victor", "Wendy", "Yusuf", "Zoe",
               "Amelia", "Callum", "Hannah", "Liam", "Megan", "Owen", "Ruth", "Sam",
               "Ellie", "George", "Fatima", "Nathan"]
last_names = ["Patel", "Hughes", "Turner", "Okafor", "Walsh", "Bennett", "Khan", "Morris",
              "Reid", "Fletcher", "Doyle", "Price", "Ahmed", "Gallagher", "Shaw", "Nair",
              "Evans", "Clarke", "Baker", "Singh", "Novak", "Harper", "Ali", "Foster",
              "Lloyd", "Murray", "Collins", "Ward", "Jenkins", "Powell", "Cooper", "Barnes",
              "Hart", "Fox", "Riley", "Dunn"]
random.shuffle(last_names)
grades = ["Emergency Medical Technician", "Paramedic", "Critical Care Paramedic"]
station_of_para = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5,
                   6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 8, 8, 1, 3, 6, 2]
paramedics = []
for i in range(36):
    grade = random.choices(grades, weights=[4, 6, 2])[0]
    hired = rand_date(date(2003, 1, 1), date(2023, 10, 31)).isoformat()
    phone = None if random.random() < 0.15 else "07%03d %06d" % (
        random.randint(100, 999), random.randint(0, 999999))
    paramedics.append((i + 1, first_names[i], last_names[i], grade,
                       station_of_para[i], hired, phone))

# ---------------------------------------------------------- emergency calls
call_towns = ["Riverside"] * 6 + ["Millbrook"] * 4 + ["Oakford"] * 3 + ["Ashton"] * 2 + \
    ["Kingsbridge"] * 4 + ["Port Ellis"] * 2 + ["Harlow Green"] * 2 + ["Westfield"] * 1
incident_priorities = {
    "Cardiac Arrest": ["P1"],
    "Stroke": ["P1", "P2", "P2"],
    "Chest Pain": ["P2", "P2", "P1"],
    "Road Traffic Collision": ["P1", "P2", "P3"],
    "Fall": ["P3", "P4", "P4", "P3"],
    "Breathing Difficulty": ["P1", "P2"],
    "Overdose": ["P2", "P2", "P3"],
    "Allergic Reaction": ["P2", "P3"],
}
incident_weights = {"Cardiac Arrest": 3, "Stroke": 3, "Chest Pain": 5,
                    "Road Traffic Collision": 4, "Fall": 7, "Breathing Difficulty": 5,
                    "Overdose": 2, "Allergic Reaction": 2}
inc_names = list(incident_weights)
calls = []
for i in range(1, 121):
    d = rand_date(date(2024, 1, 1), date(2024, 6, 30)).isoformat()
    t = "%02d:%02d" % (random.randint(0, 23), random.randint(0, 59))
    town = random.choice(call_towns)
    inc = random.choices(inc_names, weights=[incident_weights[n] for n in inc_names])[0]
    pr = random.choice(incident_priorities[inc])
    if inc == "Fall":
        age = random.randint(62, 96)
    elif inc == "Road Traffic Collision":
        age = random.randint(17, 70)
    else:
        age = random.randint(4, 90)
    if random.random() < 0.12:
        age = None
    calls.append([i, d, t, town, pr, inc, age])
calls.sort(key=lambda c: (c[1], c[2]))
for i, c in enumerate(calls, start=1):
    c[0] = i
calls = [tuple(c) for c in calls]

# -------------------------------------------------------------- dispatches
station_town = {s[0]: s[2] for s in stations}
usable = [a for a in ambulances if a[7] != "Retired"]
hospital_by_town = {}
for h in hospitals:
    hospital_by_town.setdefault(h[2], []).append(h)
trauma = [h for h in hospitals if h[3] == "Y"]
base_minutes = {"P1": (4, 14), "P2": (8, 30), "P3": (20, 75), "P4": (35, 140)}

no_dispatch = set(random.sample([c[0] for c in calls], 7))  # cancelled calls
dispatches = []
did = 0
for c in calls:
    cid, _, _, town, pr, inc, _ = c
    if cid in no_dispatch:
        continue
    local = [a for a in usable if station_town[a[1]] == town]
    pool = local if local and random.random() < 0.75 else usable
    if pr in ("P3", "P4"):
        pool = [a for a in pool if a[3] != "Rapid Response Car"] or usable
    n_units = 2 if (pr == "P1" and random.random() < 0.5) else 1
    chosen = random.sample(pool, min(n_units, len(pool)))
    for k, amb in enumerate(chosen):
        did += 1
        lo, hi = base_minutes[pr]
        mins = random.randint(lo, hi)
        if amb[3] == "Rapid Response Car" or (k == 0 and n_units == 2):
            outcome = "Treated on scene" if amb[3] == "Rapid Response Car" else "Transported"
        else:
            outcome = random.choices(["Transported", "Treated on scene", "Refused transport"],
                                     weights=[7, 2, 1])[0]
        if inc in ("Cardiac Arrest", "Road Traffic Collision") and pr == "P1":
            outcome = "Transported" if amb[3] != "Rapid Response Car" else outcome
        hosp = None
        if outcome == "Transported":
            if inc in ("Cardiac Arrest", "Road Traffic Collision", "Stroke") and pr == "P1":
                h = random.choice(trauma)
            elif town in hospital_by_town and random.random() < 0.8:
                h = random.choice(hospital_by_town[town])
                if h[1] == "Riverside Paediatric Centre" and random.random() < 0.5:
                    h = hospitals[0]
            else:
                h = random.choice(hospitals)
            hosp = h[0]
        dispatches.append((did, cid, amb[0], hosp, mins, outcome))

# ------------------------------------------------------------------ shifts
crew_by_station = {}
for p in paramedics:
    crew_by_station.setdefault(p[4], []).append(p[0])
shift_ambs = [a for a in ambulances if a[7] == "In Service"]
shifts = []
seen = set()
sid = 0
while len(shifts) < 110:
    amb = random.choice(shift_ambs)
    d = rand_date(date(2024, 1, 1), date(2024, 6, 30)).isoformat()
    stype = random.choice(["Day", "Day", "Night"])
    if (amb[0], d, stype) in seen:
        continue
    seen.add((amb[0], d, stype))
    crew = crew_by_station.get(amb[1], [])
    if len(crew) < 2 or random.random() < 0.1:
        crew = crew + random.sample(range(1, 37), 3)
    lead, second = random.sample(crew, 2)
    if lead == second:
        continue
    if amb[3] == "Rapid Response Car":
        second = None
    hours = 12 if random.random() < 0.8 else 8
    sid += 1
    shifts.append((sid, amb[0], lead, second, d, stype, hours))
shifts.sort(key=lambda s: (s[4], s[5]))
shifts = [(i,) + s[1:] for i, s in enumerate(shifts, start=1)]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 generate.py OUTPUT.sql")
    parts = [SCHEMA,
             insert("Ref_Priority_Codes", priorities),
             insert("Stations", stations),
             insert("Hospitals", hospitals),
             insert("Ambulances", ambulances),
             insert("Paramedics", paramedics),
             insert("Emergency_Calls", calls),
             insert("Dispatches", dispatches),
             insert("Shifts", shifts)]
    with open(sys.argv[1], "w") as f:
        f.write("\n\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
