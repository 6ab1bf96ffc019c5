# Writes the fire_brigade SQLite schema (CREATE TABLE) and all rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(4417)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """CREATE TABLE Ref_Ranks (
  rank_code TEXT PRIMARY KEY,
  rank_description TEXT NOT NULL
);

CREATE TABLE Fire_Stations (
  Station_ID INTEGER PRIMARY KEY,
  Station_Name TEXT NOT NULL,
  Town TEXT NOT NULL,
  District TEXT,
  Opened_Year TEXT,
  Number_of_Bays INTEGER
);

CREATE TABLE Firefighters (
  Firefighter_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  rank_code TEXT,
  Station_ID INTEGER,
  Years_of_Service INTEGER,
  FOREIGN KEY (rank_code) REFERENCES Ref_Ranks(rank_code),
  FOREIGN KEY (Station_ID) REFERENCES Fire_Stations(Station_ID)
);

CREATE TABLE Engines (
  Engine_ID INTEGER PRIMARY KEY,
  Registration TEXT NOT NULL,
  Model TEXT,
  Capacity_Litres INTEGER,
  Station_ID INTEGER,
  Year_Built INTEGER,
  FOREIGN KEY (Station_ID) REFERENCES Fire_Stations(Station_ID)
);

CREATE TABLE Incidents (
  Incident_ID INTEGER PRIMARY KEY,
  Incident_Type TEXT NOT NULL,
  Town TEXT,
  Incident_Date TEXT,
  Duration_Minutes INTEGER,
  Damage_Estimate REAL,
  other_details TEXT
);

CREATE TABLE Incident_Attendance (
  Firefighter_ID INTEGER NOT NULL,
  Incident_ID INTEGER NOT NULL,
  Role_on_Scene TEXT,
  PRIMARY KEY (Firefighter_ID, Incident_ID)
);

CREATE TABLE Mutual_Aid_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Engine_ID INTEGER,
  Lending_Station_ID INTEGER NOT NULL,
  Receiving_Station_ID INTEGER NOT NULL,
  Transfer_Date TEXT,
  Return_Date TEXT,
  FOREIGN KEY (Engine_ID) REFERENCES Engines(Engine_ID),
  FOREIGN KEY (Lending_Station_ID) REFERENCES Fire_Stations(Station_ID),
  FOREIGN KEY (Receiving_Station_ID) REFERENCES Fire_Stations(Station_ID)
);
"""

RANKS = [
    ("RCT", "Recruit"),
    ("PFF", "Probationary Firefighter"),
    ("FF", "Firefighter"),
    ("SFF", "Senior Firefighter"),
    ("LT4", "Fourth Lieutenant"),
    ("LT3", "Third Lieutenant"),
    ("LT2", "Second Lieutenant"),
    ("LT1", "First Lieutenant"),
    ("CPT", "Captain"),
    ("DGO", "Deputy Group Officer"),
    ("GO", "Group Officer"),
]

# Station_ID, Station_Name, Town, District, Opened_Year (TEXT), Number_of_Bays
STATIONS = [
    (1, "Bendigo Central", "Bendigo", "Loddon", "1898", 4),
    (2, "Kangaroo Flat", "Kangaroo Flat", "Loddon", "1952", 2),
    (3, "Castlemaine", "Castlemaine", "Loddon", "1911", 3),
    (4, "Ballarat City", "Ballarat", "Central Highlands", "1885", 5),
    (5, "Daylesford", "Daylesford", "Central Highlands", "1934", 2),
    (6, "Creswick", "Creswick", "Central Highlands", "1967", 2),
    (7, "Warragul", "Warragul", "Gippsland", "1946", 3),
    (8, "Sale", "Sale", "Gippsland", "1979", 3),
    (9, "Bairnsdale", "Bairnsdale", "Gippsland", "1958", 4),
    (10, "Wangaratta", "Wangaratta", "Hume", "1921", 3),
    (11, "Benalla", "Benalla", "Hume", "1990", None),
    (12, "Euroa", "Euroa", "Hume", "2004", 1),
    (13, "Mirboo North", "Mirboo North", "Gippsland", "2011", 1),
]

# Firefighter_ID, Name, Age, rank_code, Station_ID, Years_of_Service
FIREFIGHTERS = [
    (1, "Liam O'Connor", 34, "FF", 1, 8),
    (2, "Sarah Mitchell", 41, "LT2", 1, 15),
    (3, "Jack Henderson", 58, "CPT", 1, 31),
    (4, "Chloe Nguyen", 23, "PFF", 1, 1),
    (5, "Thomas Whitfield", 47, "SFF", 1, 19),
    (6, "Emily Richardson", 29, "FF", 2, 6),
    (7, "Daniel Kowalski", 52, "CPT", 2, 24),
    (8, "Mia Patterson", 19, "RCT", 2, None),
    (9, "Oliver Brennan", 38, "LT1", 3, 14),
    (10, "Grace Donnelly", 44, "SFF", 3, 17),
    (11, "Noah Fitzgerald", 26, "FF", 3, 4),
    (12, "Ruby Anderson", 61, "CPT", 4, 36),
    (13, "William Thompson", 36, "LT3", 4, 11),
    (14, "Isla McKenzie", 31, "FF", 4, 7),
    (15, "Lachlan Stewart", 22, "RCT", 4, None),
    (16, "Hannah Davidson", 49, "LT1", 4, 21),
    (17, "Ethan Robertson", 40, "SFF", 5, 13),
    (18, "Zoe Campbell", 27, "PFF", 5, 2),
    (19, "Samuel Johnson", 55, "CPT", 6, 28),
    (20, "Charlotte Baker", 33, "FF", 6, 9),
    (21, "Benjamin Walsh", 45, "LT4", 7, 16),
    (22, "Amelia Harrison", 25, "FF", 7, 3),
    (23, "Patrick Sullivan", 63, "SFF", 8, 40),
    (24, "Lucy Morrison", 37, "LT2", 8, 12),
    (25, "Matthew Clarke", 50, "CPT", 9, 27),
    (26, "Jessica Robinson", 30, "FF", 9, 5),
    (27, "Harrison Kelly", 21, "RCT", 10, None),
    (28, "Sophie Wilkinson", 43, "LT3", 10, 18),
    (29, "James Gallagher", 57, "CPT", 11, 33),
    (30, "Ella Fraser", 35, "SFF", 11, 10),
    (31, "Connor Reid", 42, "LT4", 4, 12),
]

MODELS = [
    ("Isuzu FTS 800 Tanker", 4000),
    ("Hino 500 Heavy Tanker", 4200),
    ("Mercedes-Benz Atego Pumper", 2800),
    ("Scania P320 Pumper", 3000),
    ("Isuzu NPS 300 Light Tanker", 1200),
    ("Iveco Eurocargo Tanker", 3800),
    ("Scania P410 Heavy Tanker", 4500),
]

# Engine_ID, model index, Station_ID, Year_Built
ENGINE_PLAN = [
    (1, 0, 1, 2012), (2, 3, 1, 2018), (3, 4, 2, 2009), (4, 0, 3, 2006),
    (5, 1, 4, 2015), (6, 3, 4, 2020), (7, 5, 5, 2001), (8, 4, 6, None),
    (9, 2, 7, 1998), (10, 0, 7, 2011), (11, 5, 8, 2004), (12, 1, 9, 2016),
    (13, 4, 9, 2003), (14, 2, 10, 2008), (15, 6, 11, None), (16, 3, 10, 2013),
]

# Incident_ID, Incident_Type, Town, Incident_Date, Duration_Minutes, Damage_Estimate, other_details
INCIDENTS = [
    (1, "Grass Fire", "Bendigo", "2022-01-14", 95, 12000.0, None),
    (2, "Structure Fire", "Bendigo", "2022-02-03", 240, 350000.0, "Two-storey house, roof collapse"),
    (3, "Road Accident Rescue", "Ballarat", "2022-03-19", 75, None, None),
    (4, "Bushfire", "Daylesford", "2022-12-28", 610, 820000.0, "Strike teams from three districts"),
    (5, "False Alarm", "Sale", "2022-04-07", 20, None, "Smoke detector fault"),
    (6, "Vehicle Fire", "Warragul", "2022-05-11", 45, 18000.0, None),
    (7, "Grass Fire", "Castlemaine", "2022-11-30", 130, 25000.0, None),
    (8, "Structure Fire", "Ballarat", "2022-06-21", 185, 210000.0, None),
    (9, "Hazmat", "Wangaratta", "2022-07-02", 160, 40000.0, "Chemical spill at rail siding"),
    (10, "Grass Fire", "Maldon", "2023-01-09", 110, 9000.0, None),
    (11, "Vehicle Fire", "Bendigo", "2022-08-15", 40, 15000.0, None),
    (12, "Bushfire", "Bairnsdale", "2023-01-22", 720, 1250000.0, None),
    (13, "Structure Fire", "Castlemaine", "2022-09-03", 150, 95000.0, "Shed and workshop"),
    (14, "Road Accident Rescue", "Kangaroo Flat", "2022-10-12", 60, None, None),
    (15, "Grass Fire", "Ballarat", "2023-02-02", 85, 7000.0, None),
    (16, "False Alarm", "Bendigo", "2023-02-17", 15, None, None),
    (17, "Structure Fire", "Sale", "2023-03-04", 200, 180000.0, None),
    (18, "Bushfire", "Trentham", "2023-01-28", 480, 560000.0, None),
    (19, "Vehicle Fire", "Creswick", "2023-04-16", 55, 22000.0, None),
    (20, "Hazmat", "Bendigo", "2023-05-20", 125, 30000.0, None),
    (21, "Grass Fire", "Heathcote", "2023-12-05", 140, 16000.0, None),
    (22, "Road Accident Rescue", "Warragul", "2023-06-09", 90, None, "Two vehicles, one trapped"),
    (23, "Structure Fire", "Wangaratta", "2023-07-25", 175, 130000.0, None),
    (24, "Grass Fire", "Sale", "2023-11-18", 100, 11000.0, None),
    (25, "Vehicle Fire", "Ballarat", "2023-08-30", 35, 9500.0, None),
]

TOWN_STATIONS = {
    "Bendigo": [1, 2], "Kangaroo Flat": [2, 1], "Castlemaine": [3, 1],
    "Maldon": [3], "Heathcote": [1, 3], "Ballarat": [4, 6], "Daylesford": [5, 4, 6],
    "Creswick": [6, 4], "Trentham": [5, 4], "Warragul": [7], "Sale": [8, 9],
    "Bairnsdale": [9, 8, 7], "Wangaratta": [10, 11],
}

ROLES = ["Crew Leader", "Pump Operator", "Branch Operator", "Driver", "Breathing Apparatus"]

# Transfer_ID, Engine_ID, Lending_Station_ID, Receiving_Station_ID, Transfer_Date, Return_Date
TRANSFERS = [
    (1, 1, 1, 3, "2022-01-20", "2022-02-04"),
    (2, 5, 4, 5, "2022-12-27", "2023-01-10"),
    (3, 12, 9, 8, "2022-04-01", "2022-04-15"),
    (4, 16, 10, 11, "2022-07-01", "2022-07-20"),
    (5, 2, 1, 2, "2022-10-11", "2022-10-25"),
    (6, 10, 7, 9, "2023-01-21", "2023-02-12"),
    (7, 6, 4, 6, "2023-04-10", "2023-05-01"),
    (8, 4, 3, 1, "2023-05-18", "2023-06-02"),
    (9, 11, 8, 9, "2023-01-23", "2023-02-08"),
    (10, 5, 4, 5, "2023-01-27", None),
    (11, 14, 10, 12, "2023-07-24", "2023-08-10"),
    (12, 9, 7, 8, "2023-03-01", None),
]


def registration():
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "%d%s%s-%d%s%s" % (
        random.randint(1, 9), random.choice(letters), random.choice(letters),
        random.randint(1, 9), random.choice(letters), random.choice(letters))


def main():
    out = []
    out.append(SCHEMA)
    for r in RANKS:
        out.append("INSERT INTO Ref_Ranks VALUES (%s);" % ", ".join(q(v) for v in r))
    for r in STATIONS:
        out.append("INSERT INTO Fire_Stations VALUES (%s);" % ", ".join(q(v) for v in r))
    for r in FIREFIGHTERS:
        out.append("INSERT INTO Firefighters VALUES (%s);" % ", ".join(q(v) for v in r))
    used = set()
    for eid, mi, sid, yb in ENGINE_PLAN:
        reg = registration()
        while reg in used:
            reg = registration()
        used.add(reg)
        model, cap = MODELS[mi]
        row = (eid, reg, model, cap, sid, yb)
        out.append("INSERT INTO Engines VALUES (%s);" % ", ".join(q(v) for v in row))
    for r in INCIDENTS:
        out.append("INSERT INTO Incidents VALUES (%s);" % ", ".join(q(v) for v in r))
    by_station = {}
    for f in FIREFIGHTERS:
        by_station.setdefault(f[4], []).append(f[0])
    for inc in INCIDENTS:
        iid, town = inc[0], inc[2]
        pool = []
        for sid in TOWN_STATIONS[town]:
            pool.extend(by_station.get(sid, []))
        k = min(len(pool), random.choice([1, 1, 2, 2]))
        crew = sorted(random.sample(pool, k))
        for fid in crew:
            row = (fid, iid, random.choice(ROLES))
            out.append("INSERT INTO Incident_Attendance VALUES (%s);" % ", ".join(q(v) for v in row))
    for r in TRANSFERS:
        out.append("INSERT INTO Mutual_Aid_Transfers VALUES (%s);" % ", ".join(q(v) for v in r))
    with open(sys.argv[1], "w") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
