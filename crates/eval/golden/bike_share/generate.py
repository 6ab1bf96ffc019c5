#!/usr/bin/env python3
"""Generate the bike_share SQLite database as SQL text.

Usage: python3 generate.py bike_share.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240917)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []


def emit(s):
    out.append(s)


def insert(table, rows):
    for r in rows:
        emit("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))
    emit("")


# ---------------------------------------------------------------- schema
emit("PRAGMA foreign_keys = OFF;")
emit("BEGIN TRANSACTION;")
emit("""CREATE TABLE Station (
    StationID INTEGER PRIMARY KEY,
    station_name TEXT NOT NULL,
    city_code TEXT NOT NULL,
    dock_count INTEGER,
    lat REAL,
    long REAL,
    installed TEXT
);""")
emit("""CREATE TABLE Ref_Bike_Types (
    bike_type_code TEXT PRIMARY KEY,
    bike_type_description TEXT NOT NULL,
    hourly_rate REAL,
    max_speed_kph INTEGER
);""")
emit("""CREATE TABLE Bike (
    BikeID INTEGER PRIMARY KEY,
    BikeType TEXT NOT NULL,
    HomeStation INTEGER,
    Manufacturer TEXT,
    ModelYear INTEGER,
    InService TEXT,
    FOREIGN KEY (BikeType) REFERENCES Ref_Bike_Types(bike_type_code),
    FOREIGN KEY (HomeStation) REFERENCES Station(StationID)
);""")
emit("""CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    mem_fname TEXT,
    mem_lname TEXT,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    email TEXT,
    plan TEXT,
    joined TEXT
);""")
emit("""CREATE TABLE Staff (
    emp_id INTEGER PRIMARY KEY,
    emp_fname TEXT,
    emp_lname TEXT,
    job_title TEXT,
    hire_dt TEXT,
    salary INTEGER,
    Supervisor INTEGER,
    FOREIGN KEY (Supervisor) REFERENCES Staff(emp_id)
);""")
emit("""CREATE TABLE Staff_Station (
    emp_id INTEGER,
    StationID INTEGER,
    shift TEXT,
    assigned_from TEXT,
    PRIMARY KEY (emp_id, StationID),
    FOREIGN KEY (emp_id) REFERENCES Staff(emp_id)
);""")
emit("""CREATE TABLE ride_records (
    ride_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    BikeID INTEGER,
    start_stn INTEGER,
    end_stn INTEGER,
    ride_date TEXT,
    dur_min INTEGER,
    amt TEXT,
    FOREIGN KEY (start_stn) REFERENCES Station(StationID),
    FOREIGN KEY (end_stn) REFERENCES Station(StationID)
);""")
emit("""CREATE TABLE maintenance_events (
    event_id INTEGER PRIMARY KEY,
    BikeID INTEGER,
    emp_id INTEGER,
    svc_date TEXT,
    issue TEXT,
    labor_hrs REAL,
    parts_cost REAL
);""")
emit("")

# ---------------------------------------------------------------- stations
stations = [
    # id, name, city, docks, lat, long, installed
    (1, "Market St & 4th St", "SFO", 27),
    (2, "Ferry Building", "SFO", 35),
    (3, "Civic Center BART", "SFO", 23),
    (4, "Mission Dolores Park", "SFO", 19),
    (5, "Golden Gate Park - Stanyan St", "SFO", 15),
    (6, "Caltrain Depot 4th & King", "SFO", 31),
    (7, "Duboce Park", "SFO", 11),
    (8, "Embarcadero at Sansome", "SFO", 21),
    (9, "Lake Merritt BART", "OAK", 19),
    (10, "Jack London Square", "OAK", 25),
    (11, "Grand Ave & Santa Clara Ave", "OAK", 15),
    (12, "Temescal - 51st St", "OAK", 13),
    (13, "Fruitvale BART", "OAK", 17),
    (14, "Rockridge BART", "OAK", 19),
    (15, "Shattuck Ave & Center St", "BRK", 29),
    (16, "Telegraph Ave & Bancroft Way", "BRK", 23),
    (17, "Berkeley Marina", "BRK", 11),
    (18, "Ashby BART", "BRK", 15),
    (19, "Emeryville Public Market", "EMV", 17),
    (20, "Powell St & Park Ave", "EMV", 13),
]
centre = {"SFO": (37.7793, -122.4193), "OAK": (37.8044, -122.2712),
          "BRK": (37.8716, -122.2727), "EMV": (37.8313, -122.2852)}
station_rows = []
for sid, name, city, docks in stations:
    la, lo = centre[city]
    la = round(la + random.uniform(-0.02, 0.02), 6)
    lo = round(lo + random.uniform(-0.02, 0.02), 6)
    inst = date(2013, 8, 29) + timedelta(days=random.randint(0, 1800))
    if sid in (17, 20):
        inst = None
    station_rows.append((sid, name, city, docks, la, lo,
                         inst.isoformat() if inst else None))
emit("-- Station")
insert("Station", station_rows)

# ---------------------------------------------------------------- bike types
bike_types = [
    ("CLS", "Classic 3-speed", 2.00, 25),
    ("ELC", "Electric pedal-assist", 4.50, 32),
    ("CRG", "Cargo bike", 3.50, 20),
    ("ECG", "Electric cargo bike", 6.00, 25),
    ("TND", "Tandem", 5.00, 28),
    ("KID", "Kids 20-inch", 1.00, 15),
    ("ADP", "Adaptive handcycle", 1.50, 15),
    ("REC", "Recumbent trike", 3.00, 22),
    ("FLD", "Folding bike", 2.50, 24),
    ("STP", "Step-through electric", 4.00, 30),
    ("RDB", "Road bike", 3.25, 40),
    ("HYB", "Hybrid commuter", 2.75, 30),
    ("FAT", "Fat tire bike", 3.75, 25),
    ("TRI", "Adult tricycle", 2.25, 16),
    ("EFB", "Electric fat bike", 5.50, 32),
]
emit("-- Ref_Bike_Types")
insert("Ref_Bike_Types", bike_types)

# ---------------------------------------------------------------- bikes
# manufacturer by type
makers = {"CLS": ["PBSC", "PBSC", "Trek", "Giant"],
          "ELC": ["PBSC", "Jump", "Specialized"],
          "CRG": ["Yuba"], "ECG": ["Yuba", "Tern"], "TND": ["Co-Motion"],
          "STP": ["Specialized", "Trek"], "HYB": ["Giant", "Trek"],
          "FLD": ["Tern"]}
type_pool = ["CLS"] * 22 + ["ELC"] * 15 + ["CRG"] * 3 + ["ECG"] * 2 + \
    ["TND"] * 2 + ["STP"] * 3 + ["HYB"] * 2 + ["FLD"]
random.shuffle(type_pool)
bike_rows = []
for i, bt in enumerate(type_pool):
    bid = 1001 + i
    home = random.randint(1, 20)
    if bid in (1017, 1039):
        home = None
    maker = random.choice(makers[bt])
    year = random.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022])
    flag = "N" if random.random() < 0.16 else "Y"
    bike_rows.append((bid, bt, home, maker, year, flag))
emit("-- Bike")
insert("Bike", bike_rows)

# ---------------------------------------------------------------- members
first_f = ["Emily", "Sofia", "Grace", "Aisha", "Mei", "Olivia", "Priya",
           "Hannah", "Lucia", "Chloe", "Fatima", "Nora", "Isabel", "Zoe",
           "Keiko", "Rachel", "Ana", "Tessa", "Maya"]
first_m = ["James", "Daniel", "Luis", "Ethan", "Marcus", "Kevin", "Omar",
           "Ryan", "Diego", "Samuel", "Tyler", "Andre", "Noah", "Victor",
           "Hiroshi", "Caleb", "Jamal", "Owen", "Brian"]
last = ["Nguyen", "Garcia", "Smith", "Chen", "Johnson", "Patel", "McCarthy",
        "Kim", "Rodriguez", "Okafor", "Williams", "Brown", "McKenzie", "Lee",
        "Hernandez", "Wong", "Davis", "Murphy", "Tanaka", "Singh", "Lopez",
        "Martin", "Cohen", "Reyes", "McDonald", "Clark", "Baker", "Ramirez",
        "Silva", "Walker", "Young", "Foster", "Hughes", "Park", "Rossi",
        "Novak", "Adams", "Bell", "Ortiz", "Shah"]
random.shuffle(last)
member_rows = []
for mid in range(1, 41):
    g = "F" if random.random() < 0.5 else "M"
    fn = random.choice(first_f if g == "F" else first_m)
    if mid in (9, 27, 33):
        g = None
    ln = last[mid - 1]
    dob = date(1962, 1, 1) + timedelta(days=random.randint(0, 365 * 40))
    ph = "(%d) %03d-%04d" % (random.choice([415, 510, 628, 341]),
                             random.randint(200, 999), random.randint(0, 9999))
    if random.random() < 0.2:
        ph = None
    email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), random.randint(1, 99),
                           random.choice(["gmail.com", "yahoo.com",
                                          "outlook.com", "icloud.com"]))
    plan = random.choice(["ANN", "ANN", "MTH", "DAY"])
    joined = date(2019, 1, 1) + timedelta(days=random.randint(0, 1400))
    member_rows.append((mid, fn, ln, g, dob.isoformat(), ph, email, plan,
                        joined.isoformat()))
emit("-- members")
insert("members", member_rows)

# ---------------------------------------------------------------- staff
staff_rows = [
    (1, "Helen", "Okoye", "Operations Manager", "2014-03-17", 118000, None),
    (2, "Maria", "Lopez", "Field Supervisor", "2015-06-01", 86000, 1),
    (3, "David", "Feld", "Field Supervisor", "2016-02-22", 84500, 1),
    (4, "Tomas", "Reyes", "Mechanic", "2017-04-10", 62000, 2),
    (5, "Jenny", "Cho", "Mechanic", "2018-09-03", 58500, 2),
    (6, "Kwame", "Mensah", "Mechanic", "2016-11-14", 66500, 3),
    (7, "Laura", "Bianchi", "Rebalancing Driver", "2019-01-07", 49000, 2),
    (8, "Sean", "O'Brien", "Rebalancing Driver", "2020-05-18", 47500, 3),
    (9, "Priya", "Raman", "Customer Service Rep", "2018-07-23", 45000, 1),
    (10, "Marcus", "Hale", "Mechanic", "2021-03-29", 51000, 3),
    (11, "Anh", "Tran", "Mechanic", "2019-08-12", 56000, 2),
    (12, "Rosa", "Delgado", "Rebalancing Driver", "2022-02-14", 46000, 3),
    (13, "Peter", "Lindqvist", "Customer Service Rep", "2020-10-05", 44000, 1),
    (14, "Gabriel", "Souza", "Mechanic", "2022-06-20", 49500, 3),
    (15, "Naomi", "Fischer", "Station Technician", "2017-12-04", 54000, None),
]
emit("-- Staff")
insert("Staff", staff_rows)

# ---------------------------------------------------------------- staff_station
ss_rows = []
pairs = set()
field = [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 15]
while len(ss_rows) < 26:
    e = random.choice(field)
    s = random.randint(1, 20)
    if s in (7, 13):  # two stations without any assigned staff
        continue
    if (e, s) in pairs:
        continue
    pairs.add((e, s))
    d = date(2020, 1, 1) + timedelta(days=random.randint(0, 900))
    ss_rows.append((e, s, random.choice(["AM", "PM", "NT"]), d.isoformat()))
ss_rows.sort()
emit("-- Staff_Station")
insert("Staff_Station", ss_rows)

# ---------------------------------------------------------------- rides
rate = {t[0]: t[2] for t in bike_types}
btype = {b[0]: b[1] for b in bike_rows}
riders = [m for m in range(1, 41) if m not in (6, 14, 22, 31, 38)]
weights = [5 if m == 12 else (3 if m in (3, 19, 25) else 1) for m in riders]
never_start = (5, 17, 20)
ride_rows = []
for rid in range(1, 81):
    mid = random.choices(riders, weights)[0]
    bid = random.randint(1001, 1050)
    s = random.choice([x for x in range(1, 21) if x not in never_start])
    e = random.randint(1, 20)
    if rid in (23, 61):
        e = None
    d = date(2023, 3, 1) + timedelta(days=random.randint(0, 240))
    dur = random.randint(4, 75)
    amt = "%.2f" % (round(rate[btype[bid]] * dur / 60.0, 2) + 1.0)
    ride_rows.append((rid, mid, bid, s, e, d.isoformat(), dur, amt))
emit("-- ride_records")
insert("ride_records", ride_rows)

# ---------------------------------------------------------------- maintenance
issues = ["Flat tire", "Brake adjustment", "Chain replaced", "Battery swap",
          "Broken bell", "Loose handlebar", "Dock latch jammed",
          "Gear cable frayed", "Light not working", "Seat post stuck",
          "Motor fault", "Bent wheel rim"]
mechs = [4, 5, 6, 10, 11, 14, 15]
mt_rows = []
for eid in range(1, 41):
    bid = random.randint(1001, 1050)
    emp = random.choice(mechs)
    d = date(2023, 1, 5) + timedelta(days=random.randint(0, 300))
    iss = random.choice(issues)
    hrs = random.choice([0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0])
    cost = round(random.uniform(0, 180), 2)
    if iss in ("Broken bell", "Loose handlebar", "Brake adjustment"):
        cost = round(random.uniform(0, 25), 2)
    if random.random() < 0.12:
        cost = None
    mt_rows.append((eid, bid, emp, d.isoformat(), iss, hrs, cost))
emit("-- maintenance_events")
insert("maintenance_events", mt_rows)

emit("COMMIT;")

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
