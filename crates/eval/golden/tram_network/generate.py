#!/usr/bin/env python3
"""Deterministic generator for the tram_network test database.

Usage: python3 generate.py tram_network.sql
"""
import random
import sys
from datetime import date, timedelta

rng = random.Random(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """
CREATE TABLE Depot (
  DepotID INTEGER PRIMARY KEY,
  DepotName TEXT NOT NULL,
  district TEXT,
  capacity INTEGER,
  opened_dt TEXT,
  workshop CHAR(1)
);

CREATE TABLE Ref_Tram_Model_Codes (
  model_code TEXT PRIMARY KEY,
  model_desc TEXT NOT NULL,
  mfr TEXT,
  seats INTEGER,
  max_pax INTEGER,
  low_floor CHAR(1),
  len_m REAL
);

CREATE TABLE trams (
  tram_no INTEGER PRIMARY KEY,
  model_cd TEXT REFERENCES Ref_Tram_Model_Codes(model_code),
  home_dpt INTEGER REFERENCES Depot(DepotID),
  built_yr TEXT,
  status CHAR(1),
  ac CHAR(1),
  livery TEXT
);

CREATE TABLE stops (
  StopID INTEGER PRIMARY KEY,
  stop_nm TEXT NOT NULL,
  zone CHAR(1),
  district TEXT,
  shelter CHAR(1)
);

CREATE TABLE TramLine (
  LineID INTEGER PRIMARY KEY,
  line_no TEXT,
  LineName TEXT,
  orig_stop INTEGER,
  dest_stop INTEGER,
  length_km REAL,
  night_svc CHAR(1),
  color TEXT,
  opened_yr INTEGER
);

CREATE TABLE line_stops (
  LineID INTEGER REFERENCES TramLine(LineID),
  stop_id INTEGER REFERENCES stops(StopID),
  seq INTEGER,
  PRIMARY KEY (LineID, stop_id)
);

CREATE TABLE Drivers (
  drv_id INTEGER PRIMARY KEY,
  drv_fname TEXT,
  drv_lname TEXT,
  hire_dt TEXT,
  Supervisor INTEGER,
  lic_class CHAR(1),
  pay_rate TEXT,
  base_depot INTEGER
);

CREATE TABLE shift_log (
  ShiftID INTEGER PRIMARY KEY,
  drv INTEGER REFERENCES Drivers(drv_id),
  TramNo INTEGER REFERENCES trams(tram_no),
  LineID INTEGER REFERENCES TramLine(LineID),
  shift_dt TEXT,
  start_tm TEXT,
  hrs REAL,
  late CHAR(1)
);

CREATE TABLE fare_inspections (
  insp_id INTEGER PRIMARY KEY,
  ShiftID INTEGER,
  inspector TEXT,
  pax_checked INTEGER,
  fines_cnt INTEGER,
  fine_amt REAL,
  outcome TEXT
);
"""

# ---------------------------------------------------------------- depots
DISTRICTS = ["Old Town", "Northgate", "Harbourside", "Westend", "Eastfield",
             "Southbank", "Hillcrest", "Millbrook", "Kingsley", "Riverside"]

depot_rows = [
    # id, name, district, capacity, opened, workshop
    (1, "Central Works", "Old Town", 60, "1902-05-14", "Y"),
    (2, "Northgate Depot", "Northgate", 45, "1911-09-01", "Y"),
    (3, "Harbour Road Depot", "Harbourside", 38, "1925-03-22", "N"),
    (4, "Westend Sheds", "Westend", 30, "1931-11-02", "N"),
    (5, "Eastfield Depot", "Eastfield", 52, "1968-06-30", "Y"),
    (6, "Southbank Yard", "Southbank", 25, "1974-04-18", "N"),
    (7, "Hillcrest Depot", "Hillcrest", 34, "1989-08-07", "Y"),
    (8, "Millbrook Garage", "Millbrook", 20, "1953-01-12", "N"),
    (9, "Kingsley Depot", "Kingsley", 41, "2004-10-25", "Y"),
    (10, "Riverside Sidings", "Riverside", 18, "1998-02-03", "N"),
    (11, "Tanner Street Depot", "Old Town", 22, "1907-07-19", "N"),
    (12, "Airport Link Depot", None, 28, "2016-09-15", "Y"),
    (13, "Quarry Lane Sheds", "Hillcrest", 16, "1936-05-05", "N"),
    (14, "Beacon Park Depot", "Eastfield", 35, "2011-03-28", "Y"),
    (15, "Dockyard Depot", "Harbourside", 24, "1947-12-01", "N"),
]

# ---------------------------------------------------------------- models
model_rows = [
    # code, desc, mfr, seats, max_pax, low_floor, len_m
    ("CB7", "Combino 7-section", "Siemens", 64, 180, "Y", 41.0),
    ("AVN", "Avenio", "Siemens", 72, 210, "Y", 45.5),
    ("FLX", "Flexity Classic", "Bombardier", 60, 170, "Y", 30.2),
    ("FL2", "Flexity 2", "Bombardier", 70, 200, "Y", 32.5),
    ("CIT", "Citadis 302", "Alstom", 48, 160, "Y", 32.4),
    ("C35", "Citadis X05", "Alstom", 58, 190, "Y", 33.0),
    ("T3", "Tatra T3", "CKD Tatra", 23, 110, "N", 14.0),
    ("KT4", "Tatra KT4D", "CKD Tatra", 34, 122, "N", 18.1),
    ("GT6", "GT6 articulated", "Duewag", 38, 130, "N", 20.0),
    ("GT8", "GT8 articulated", "Duewag", 46, 152, "N", 26.6),
    ("URB", "Urbos 3", "CAF", 62, 196, "Y", 32.9),
    ("TNG", "Tango", "Stadler", 66, 188, "Y", 42.0),
    ("VAR", "Variobahn", "Stadler", 52, 168, "Y", 31.8),
    ("SWG", "Swing", "Pesa", 56, 175, "Y", 32.0),
    ("NGT", "NGT8D", "Alstom LHB", 50, 148, "Y", 30.0),
]

# ---------------------------------------------------------------- trams
# models that have actually been bought, with their build-year ranges and weights
fleet_models = [
    ("T3", 1972, 1986, 9), ("KT4", 1980, 1989, 7), ("GT6", 1964, 1975, 4),
    ("GT8", 1968, 1979, 5), ("CB7", 1999, 2006, 10), ("FLX", 2003, 2010, 9),
    ("FL2", 2014, 2021, 8), ("CIT", 2006, 2012, 7), ("AVN", 2017, 2022, 6),
    ("URB", 2012, 2019, 5), ("TNG", 2010, 2016, 4), ("NGT", 1995, 2000, 3),
    ("VAR", 2008, 2013, 3),
]
LIVERIES = ["classic red", "city blue", "white-green", "advertising", "heritage cream"]

tram_rows = []
tram_no = 101
pool = []
for code, y0, y1, n in fleet_models:
    for _ in range(n):
        pool.append((code, y0, y1))
assert len(pool) == 80, len(pool)
rng.shuffle(pool)
active_depots = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15]   # 8 and 13 are empty
depot_weights = [10, 8, 6, 5, 9, 3, 6, 7, 2, 3, 4, 6, 3]
for code, y0, y1 in sorted(pool, key=lambda p: (p[1], p[0])):
    yr = rng.randint(y0, y1)
    if yr < 1980:
        status = rng.choice(["R", "R", "A", "M"])
    else:
        status = rng.choices(["A", "M", "R"], [8, 2, 0.3])[0]
    dpt = None if status == "R" and rng.random() < 0.6 else \
        rng.choices(active_depots, depot_weights)[0]
    ac = "Y" if yr >= 1999 or (yr >= 1990 and rng.random() < 0.5) else "N"
    liv = rng.choice(LIVERIES) if rng.random() < 0.85 else None
    tram_rows.append((tram_no, code, dpt, str(yr), status, ac, liv))
    tram_no += 1

# ---------------------------------------------------------------- stops
stop_names = [
    ("Central Station", "A", "Old Town"), ("Market Square", "A", "Old Town"),
    ("Cathedral", "A", "Old Town"), ("Town Hall", "A", "Old Town"),
    ("Tanner Street", "A", "Old Town"), ("Opera House", "A", "Old Town"),
    ("University", "A", "Kingsley"), ("Museum Quarter", "A", "Kingsley"),
    ("Kingsley Circus", "A", "Kingsley"), ("Library Gardens", "A", "Kingsley"),
    ("Harbour Gate", "B", "Harbourside"), ("Fish Market", "B", "Harbourside"),
    ("Ferry Terminal", "B", "Harbourside"), ("Dockyard", "B", "Harbourside"),
    ("Lighthouse Road", "C", "Harbourside"), ("Northgate", "B", "Northgate"),
    ("Northgate Hospital", "B", "Northgate"), ("Brewery Lane", "B", "Northgate"),
    ("Elm Avenue", "B", "Northgate"), ("North Cemetery", "C", "Northgate"),
    ("Westend Park", "B", "Westend"), ("Westend Stadium", "B", "Westend"),
    ("Rose Hill", "C", "Westend"), ("Windmill Road", "C", "Westend"),
    ("Eastfield Mall", "B", "Eastfield"), ("Eastfield Station", "B", "Eastfield"),
    ("Beacon Park", "B", "Eastfield"), ("Copper Street", "C", "Eastfield"),
    ("Eastfield Ring", "C", "Eastfield"), ("Southbank Pier", "B", "Southbank"),
    ("Southbank Bridge", "A", "Southbank"), ("Gasworks", "B", "Southbank"),
    ("Orchard Way", "C", "Southbank"), ("Hillcrest", "B", "Hillcrest"),
    ("Hillcrest Observatory", "C", "Hillcrest"), ("Quarry Lane", "C", "Hillcrest"),
    ("Pine Ridge", "C", "Hillcrest"), ("Millbrook", "B", "Millbrook"),
    ("Millbrook School", "B", "Millbrook"), ("Old Mill", "C", "Millbrook"),
    ("Riverside Walk", "B", "Riverside"), ("Riverside Baths", "B", "Riverside"),
    ("Willow Bend", "C", "Riverside"), ("Airport", "C", None),
    ("Exhibition Centre", "C", None), ("Science Park", "C", None),
    ("Zoo", "B", "Hillcrest"), ("Botanic Garden", "B", "Kingsley"),
    ("Police Headquarters", "A", "Old Town"), ("Courthouse", "A", "Old Town"),
    ("St. Anne's Church", "B", "Westend"), ("Victoria Bridge", "A", "Riverside"),
    ("Canal Basin", "B", "Millbrook"), ("Cattle Market", "C", "Eastfield"),
    ("Ice Rink", "B", "Southbank"), ("Sports Centre", "B", "Kingsley"),
    ("Fairground", "C", None), ("Bus Interchange", "B", "Northgate"),
    ("Tram Museum", "C", "Riverside"), ("Crossroads", "B", None),
]
assert len(stop_names) == 60
stop_rows = []
for i, (nm, zn, ds) in enumerate(stop_names, start=1):
    shelter = "Y" if zn == "A" or rng.random() < 0.55 else "N"
    stop_rows.append((i, nm, zn, ds, shelter))
stop_id = {r[1]: r[0] for r in stop_rows}

# ---------------------------------------------------------------- lines
line_defs = [
    # line_no, name, night, color, opened, route (stop names in order)
    ("1", "Harbour - Northgate", "Y", "red", 1902,
     ["Ferry Terminal", "Harbour Gate", "Market Square", "Central Station",
      "Brewery Lane", "Northgate Hospital", "Northgate"]),
    ("2", "Westend - Eastfield", "Y", "blue", 1905,
     ["Rose Hill", "Westend Park", "Opera House", "Central Station", "Town Hall",
      "Eastfield Mall", "Eastfield Station", "Copper Street"]),
    ("3", "University Line", "N", "green", 1911,
     ["University", "Museum Quarter", "Kingsley Circus", "Cathedral",
      "Market Square", "Southbank Bridge", "Southbank Pier"]),
    ("4", "Hillcrest Line", "N", "yellow", 1926,
     ["Central Station", "Tanner Street", "Millbrook", "Hillcrest", "Zoo",
      "Hillcrest Observatory"]),
    ("5", "Airport Express", "Y", "purple", 2016,
     ["Central Station", "Victoria Bridge", "Exhibition Centre", "Science Park",
      "Airport"]),
    ("6", "Riverside Line", "N", "orange", 1931,
     ["Cathedral", "Victoria Bridge", "Riverside Walk", "Riverside Baths",
      "Willow Bend", "Tram Museum"]),
    ("7", "Dockyard Line", "N", None, 1947,
     ["Town Hall", "Fish Market", "Dockyard", "Lighthouse Road"]),
    ("8", "Stadium Line", "N", "light blue", 1958,
     ["Market Square", "Courthouse", "St. Anne's Church", "Westend Stadium",
      "Windmill Road"]),
    ("9", "Beacon Park Line", "Y", "pink", 2011,
     ["Opera House", "Police Headquarters", "Eastfield Mall", "Beacon Park",
      "Eastfield Ring"]),
    ("10", "Gasworks Line", "N", "brown", 1953,
     ["Southbank Bridge", "Gasworks", "Ice Rink", "Orchard Way"]),
    ("11", "Millbrook Line", "N", "dark green", 1936,
     ["Kingsley Circus", "Botanic Garden", "Millbrook School", "Canal Basin",
      "Old Mill", "Quarry Lane", "Pine Ridge"]),
    ("12", "North Ring", "N", None, 1974,
     ["Northgate", "Elm Avenue", "Bus Interchange", "North Cemetery"]),
    ("14", "Sports Line", "N", "grey", 1989,
     ["Library Gardens", "Sports Centre", "University", "Botanic Garden",
      "Zoo"]),
    ("15", "Eastfield Loop", "N", "teal", 2004,
     ["Eastfield Station", "Cattle Market", "Copper Street", "Eastfield Ring"]),
    ("3A", "University Short", "N", "green", 1998,
     ["University", "Museum Quarter", "Kingsley Circus", "Cathedral"]),
    ("N1", "Night Circle", "Y", None, 2019,
     ["Central Station", "Market Square", "Opera House", "Westend Park",
      "Southbank Bridge", "Town Hall"]),
]
line_rows = []
line_stop_rows = []
for lid, (no, nm, night, col, opened, route) in enumerate(line_defs, start=1):
    ids = [stop_id[s] for s in route]
    length = round(len(route) * rng.uniform(0.9, 1.6) + rng.uniform(0, 1.5), 1)
    line_rows.append((lid, no, nm, ids[0], ids[-1], length, night, col, opened))
    for seq, sid in enumerate(ids, start=1):
        line_stop_rows.append((lid, sid, seq))

# ---------------------------------------------------------------- drivers
FN = ["Anna", "Ben", "Carla", "David", "Elena", "Frank", "Greta", "Hugo", "Ines",
      "Jakob", "Karin", "Lukas", "Maria", "Nils", "Olga", "Paul", "Rita", "Simon",
      "Tanja", "Uwe", "Vera", "Walter", "Yvonne", "Zoran", "Agnes", "Boris",
      "Clara", "Dieter", "Eva", "Felix", "Hanna", "Igor", "Julia", "Klaus",
      "Lena", "Marco", "Nora", "Oskar", "Petra", "Ralf", "Sabine", "Tobias",
      "Ursula", "Viktor", "Wanda", "Xaver", "Jonas", "Miriam", "Stefan", "Lotte"]
LN = ["Fischer", "Novak", "Berger", "Keller", "Hoffmann", "Brandt", "Lang",
      "Kovac", "Winter", "Schubert", "Horvath", "Meyer", "Wolf", "Peters",
      "Roth", "Vogel", "Frank", "Schmid", "Baumann", "Graf", "Kraus", "Lorenz",
      "Haas", "Marek", "Dvorak", "Weber", "Jung", "Seidel", "Pohl", "Engel"]
fn = FN[:]
rng.shuffle(fn)
driver_rows = []
for i in range(1, 51):
    f = fn[i - 1]
    l = rng.choice(LN)
    if i == 1:
        hire = date(1995, 3, 1)
        sup = None
    elif i <= 6:
        hire = date(1998, 1, 1) + timedelta(days=rng.randint(0, 3650))
        sup = 1
    else:
        hire = date(2005, 1, 1) + timedelta(days=rng.randint(0, 6900))
        sup = rng.randint(2, 6) if rng.random() < 0.93 else None
    lic = "A" if i <= 6 or rng.random() < 0.55 else "B"
    years = (date(2024, 1, 1) - hire).days / 365.0
    rate = 19.0 + years * 0.45 + (2.0 if lic == "A" else 0.0) + rng.randint(0, 8) * 0.25
    if i == 1:
        rate = 38.75
    rate = "%.2f" % (round(rate * 4) / 4)
    dep = rng.choice(active_depots) if rng.random() < 0.95 else None
    driver_rows.append((i, f, l, hire.isoformat(), sup, lic, rate, dep))

# ---------------------------------------------------------------- shifts
shift_rows = []
# drivers 1 and a few others never drive
non_driving = {1, 3, 17, 29, 41, 46}
drv_pool = [d[0] for d in driver_rows if d[0] not in non_driving]
drv_w = [rng.choice([1, 1, 2, 3]) for _ in drv_pool]
usable_trams = [t for t in tram_rows if t[4] != "R"]
line_w = [9, 10, 8, 6, 7, 5, 3, 4, 6, 2, 5, 3, 4, 3, 2, 3]
start = date(2024, 3, 1)
for sid in range(1, 121):
    d = rng.choices(drv_pool, drv_w)[0]
    lid = rng.choices(range(1, 17), line_w)[0]
    tram = rng.choice(usable_trams)[0]
    dt = start + timedelta(days=rng.randint(0, 44))
    if line_rows[lid - 1][6] == "Y" and rng.random() < 0.3:
        tm = rng.choice(["22:00", "23:30"])
    else:
        tm = rng.choice(["04:45", "05:30", "06:00", "07:15", "09:00", "12:30",
                         "14:00", "15:45", "17:00"])
    hrs = rng.choice([4.0, 5.5, 6.0, 7.5, 8.0, 8.0, 8.5, 9.0])
    late = "Y" if rng.random() < 0.15 else "N"
    shift_rows.append((sid, d, tram, lid, dt.isoformat(), tm, hrs, late))
shift_rows.sort(key=lambda r: (r[4], r[5], r[0]))
shift_rows = [(i,) + r[1:] for i, r in enumerate(shift_rows, start=1)]

# ---------------------------------------------------------------- inspections
INSPECTORS = ["M. Kowalski", "R. Almeida", "S. Lindqvist", "T. Okafor",
              "J. Brennan", "H. Yilmaz", "P. Duval", "E. Nakamura"]
insp_w = [5, 4, 4, 3, 3, 2, 2, 1]
insp_rows = []
chosen = sorted(rng.sample(range(1, 121), 75))
extra = rng.sample(chosen, 15)
targets = sorted(chosen + extra)
for iid, sh in enumerate(targets, start=1):
    pax = rng.randint(25, 240)
    fines = 0 if rng.random() < 0.25 else rng.randint(1, max(1, pax // 25))
    amt = float(sum(rng.choice([40, 60, 60, 90]) for _ in range(fines)))
    if fines == 0:
        outcome = "CLR"
    elif fines >= 6:
        outcome = "ESC"
    else:
        outcome = "FIN"
    if rng.random() < 0.05:
        amt = None
    insp_rows.append((iid, sh, rng.choices(INSPECTORS, insp_w)[0], pax, fines,
                      amt, outcome))


def inserts(table, rows):
    return ["INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r))
            for r in rows]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tram_network.sql"
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;", SCHEMA.strip(), ""]
    lines += inserts("Depot", depot_rows)
    lines += inserts("Ref_Tram_Model_Codes", model_rows)
    lines += inserts("trams", tram_rows)
    lines += inserts("stops", stop_rows)
    lines += inserts("TramLine", line_rows)
    lines += inserts("line_stops", line_stop_rows)
    lines += inserts("Drivers", driver_rows)
    lines += inserts("shift_log", shift_rows)
    lines += inserts("fare_inspections", insp_rows)
    lines.append("COMMIT;")
    with open(out, "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
