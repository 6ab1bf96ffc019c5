#!/usr/bin/env python3
"""Deterministic generator for the water_utility test database.

Usage: python3 generate.py water_utility.sql
"""
import random
import sys
from datetime import date, timedelta

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=rng.randint(0, (d1 - d0).days))).isoformat()


CITIES = ["Riverton", "Millbrook", "Ashford", "Cedar Falls", "Lakeside",
          "Kingsport", "Oakridge", "Brookhaven", "Fairview", "Harlow"]

FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Susan", "David",
         "Karen", "Daniel", "Nancy", "Thomas", "Lisa", "Paul", "Sandra",
         "Mark", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Kevin",
         "Michelle", "Brian", "Laura", "George", "Rachel", "Edward", "Megan",
         "Jason", "Olivia", "Ryan", "Hannah", "Gary", "Priya", "Carlos",
         "Fatima", "Wei", "Sofia", "Omar", "Ingrid"]
LAST = ["Smith", "Johnson", "Okafor", "Brown", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson",
        "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson",
        "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young",
        "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
        "Nelson", "Patel", "Nguyen", "Kowalski", "Fischer", "O'Brien"]
STREETS = ["Main St", "Oak Ave", "Maple Dr", "River Rd", "Elm St",
           "Hillcrest Rd", "Lake Shore Dr", "Church St", "Mill Ln",
           "Park Ave", "Cedar Ct", "Willow Way", "Station Rd", "High St"]

out = []


def emit(s):
    out.append(s)


def insert(table, cols, rows):
    for r in rows:
        emit("INSERT INTO %s (%s) VALUES (%s);" % (
            table, ", ".join(cols), ", ".join(q(v) for v in r)))


emit("PRAGMA foreign_keys = OFF;")
emit("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
emit("""CREATE TABLE TreatmentPlant (
    PlantID INTEGER PRIMARY KEY,
    PlantName TEXT NOT NULL,
    City TEXT,
    src_type CHAR(1),
    capacity_mld REAL,
    commissioned TEXT,
    PlantMgr TEXT
);""")

emit("""CREATE TABLE pumping_stations (
    stn_id INTEGER PRIMARY KEY,
    stn_name TEXT NOT NULL,
    district TEXT,
    fed_by INTEGER,
    elev_m INTEGER,
    num_pumps INTEGER,
    hp_rating TEXT,
    backup_gen CHAR(1) DEFAULT 'N',
    FOREIGN KEY (fed_by) REFERENCES TreatmentPlant(PlantID)
);""")

emit("""CREATE TABLE PIPE_MAINS (
    MainNo INTEGER PRIMARY KEY,
    from_stn INTEGER,
    to_stn INTEGER,
    diam_mm INTEGER,
    len_km REAL,
    matl VARCHAR(4),
    yr_laid INTEGER,
    status CHAR(1)
);""")

emit("""CREATE TABLE FieldEngineer (
    eng_id INTEGER PRIMARY KEY,
    eng_fname TEXT,
    eng_lname TEXT,
    hire_dt TEXT,
    grade VARCHAR(3),
    Supervisor INTEGER,
    home_stn INTEGER,
    on_call CHAR(1),
    FOREIGN KEY (Supervisor) REFERENCES FieldEngineer(eng_id),
    FOREIGN KEY (home_stn) REFERENCES pumping_stations(stn_id)
);""")

emit("""CREATE TABLE eng_plant_cert (
    eng_id INTEGER,
    PlantID INTEGER,
    cert_dt TEXT,
    cert_lvl CHAR(1),
    PRIMARY KEY (eng_id, PlantID),
    FOREIGN KEY (eng_id) REFERENCES FieldEngineer(eng_id),
    FOREIGN KEY (PlantID) REFERENCES TreatmentPlant(PlantID)
);""")

emit("""CREATE TABLE customer_account (
    acct_no INTEGER PRIMARY KEY,
    cust_fname TEXT,
    cust_lname TEXT,
    svc_addr TEXT,
    city TEXT,
    acct_type CHAR(1),
    open_dt TEXT,
    bal_amt REAL,
    autopay CHAR(1),
    email TEXT
);""")

emit("""CREATE TABLE Meter (
    MeterID INTEGER PRIMARY KEY,
    serial_no TEXT,
    acct_no INTEGER,
    zone_stn INTEGER,
    size_in TEXT,
    mfr TEXT,
    install_dt TEXT,
    is_smart CHAR(1),
    FOREIGN KEY (acct_no) REFERENCES customer_account(acct_no)
);""")

emit("""CREATE TABLE MeterReadings (
    rdg_id INTEGER PRIMARY KEY,
    MeterID INTEGER,
    rdg_date TEXT,
    usage_m3 TEXT,
    read_by INTEGER,
    est_flag CHAR(1)
);""")

emit("""CREATE TABLE leak_reports (
    leak_id INTEGER PRIMARY KEY,
    main_no INTEGER,
    rpt_date TEXT,
    severity CHAR(1),
    reported_by INTEGER,
    assigned_eng INTEGER,
    fixed_dt TEXT,
    est_loss_m3 REAL,
    FOREIGN KEY (main_no) REFERENCES PIPE_MAINS(MainNo),
    FOREIGN KEY (assigned_eng) REFERENCES FieldEngineer(eng_id)
);""")

# ---------------------------------------------------------------- plants
# src_type: R = river, L = lake/reservoir, G = groundwater, D = desalination
PLANTS = [
    ("Riverton Water Treatment Works", "Riverton", "R", 180.0, "1964-05-12"),
    ("Millbrook WTP", "Millbrook", "L", 95.5, "1978-09-01"),
    ("Ashford Road Plant", "Ashford", "G", 22.0, "1991-03-18"),
    ("Cedar Falls Filtration Plant", "Cedar Falls", "R", 140.0, "1983-06-30"),
    ("Lakeside Intake Plant", "Lakeside", "L", 120.0, "1972-11-04"),
    ("Kingsport Desalination Facility", "Kingsport", "D", 60.0, "2012-04-22"),
    ("Oakridge Wellfield Plant", "Oakridge", "G", 18.5, "1999-08-15"),
    ("Brookhaven WTP", "Brookhaven", "R", 75.0, "1968-02-27"),
    ("Fairview Membrane Plant", "Fairview", "L", 48.0, "2008-10-10"),
    ("Harlow Borehole Station", "Harlow", "G", 12.0, "2003-01-20"),
    ("North Riverton WTP", "Riverton", "R", 66.0, "1995-07-07"),
    ("Eastgate Softening Plant", "Millbrook", "G", 30.5, "1987-05-05"),
    ("Silver Lake Plant", "Lakeside", "L", 84.0, "1976-03-14"),
    ("Kingsport Harbour WTP", "Kingsport", "D", 41.0, "2017-09-09"),
    ("Pine Hollow Plant", "Oakridge", "G", 9.5, "2011-12-01"),
]
plant_rows = []
for i, (nm, city, st, cap, dt) in enumerate(PLANTS, start=1):
    mgr = rng.choice(FIRST) + " " + rng.choice(LAST)
    if i in (7, 15):
        mgr = None
    plant_rows.append((i, nm, city, st, cap, dt, mgr))
insert("TreatmentPlant",
       ["PlantID", "PlantName", "City", "src_type", "capacity_mld",
        "commissioned", "PlantMgr"], plant_rows)

# ---------------------------------------------------------------- stations
STN_NAMES = ["Hillcrest", "Bayview", "Summit", "Old Mill", "Quarry Lane",
             "Greenfield", "Westbrook", "Northgate", "Pinecrest", "Harbor Point",
             "Fox Hollow", "Maple Grove", "Ridgeway", "Stonebridge", "Meadowlands",
             "Crescent Hill", "Elm Park", "Tower Road", "Sandy Creek", "Granite Ridge",
             "Kestrel Heights", "Windmill", "Beacon Hill", "Copper Creek"]
# plants that feed no station: 10, 15
feeders = [1, 1, 1, 1, 2, 2, 2, 3, 4, 4, 4, 5, 5, 6, 7, 8, 8, 9, 11, 11, 12, 13, 13, 14]
rng.shuffle(feeders)
stn_rows = []
for i, nm in enumerate(STN_NAMES, start=1):
    district = rng.choice(CITIES)
    if i in (9, 21):
        district = None
    hp = str(rng.choice([75, 100, 150, 200, 250, 300, 350, 400, 500, 650, 800]))
    if i == 17:
        hp = None
    stn_rows.append((i, nm + " Pumping Station", district, feeders[i - 1],
                     rng.randint(12, 340), rng.randint(2, 6), hp,
                     rng.choice(["Y", "N", "N"])))
insert("pumping_stations",
       ["stn_id", "stn_name", "district", "fed_by", "elev_m", "num_pumps",
        "hp_rating", "backup_gen"], stn_rows)
NSTN = len(stn_rows)

# ---------------------------------------------------------------- mains
main_rows = []
for i in range(1, 41):
    a = rng.randint(1, NSTN)
    b = rng.randint(1, NSTN)
    while b == a:
        b = rng.randint(1, NSTN)
    diam = rng.choice([150, 200, 250, 300, 400, 600, 900])
    ln = round(rng.uniform(0.4, 14.0), 2)
    matl = rng.choice(["DI", "DI", "CI", "PVC", "PVC", "STL", "AC", "HDPE"])
    yr = rng.randint(1948, 2022)
    if matl == "AC":
        yr = rng.randint(1950, 1979)
    if matl in ("PVC", "HDPE"):
        yr = max(yr, 1985 + rng.randint(0, 30))
    status = "R" if rng.random() < 0.1 else "A"
    main_rows.append((100 + i, a, b, diam, ln, matl, yr, status))
insert("PIPE_MAINS",
       ["MainNo", "from_stn", "to_stn", "diam_mm", "len_km", "matl",
        "yr_laid", "status"], main_rows)

# ---------------------------------------------------------------- engineers
eng_rows = []
used = set()


def person():
    while True:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) not in used:
            used.add((f, l))
            return f, l


for i in range(1, 31):
    f, l = person()
    if i == 1:
        sup, grade, hire = None, "PE", "2001-04-02"
    elif i <= 5:
        sup, grade, hire = 1, "SR", rand_date("2003-01-01", "2012-12-31")
    else:
        sup = rng.randint(2, 5)
        grade = rng.choice(["E1", "E2", "E2", "E3"])
        hire = rand_date("2010-01-01", "2024-03-31")
    eng_rows.append((i, f, l, hire, grade, sup, rng.randint(1, NSTN),
                     rng.choice(["Y", "N"])))
insert("FieldEngineer",
       ["eng_id", "eng_fname", "eng_lname", "hire_dt", "grade", "Supervisor",
        "home_stn", "on_call"], eng_rows)

# ---------------------------------------------------------------- certs
cert_pairs = set()
while len(cert_pairs) < 56:
    e = rng.randint(1, 30)
    p = rng.randint(1, 15)
    cert_pairs.add((e, p))
cert_rows = []
for (e, p) in sorted(cert_pairs):
    cert_rows.append((e, p, rand_date("2012-01-01", "2024-06-30"),
                      rng.choice(["A", "B", "B", "C"])))
insert("eng_plant_cert", ["eng_id", "PlantID", "cert_dt", "cert_lvl"],
       cert_rows)

# ---------------------------------------------------------------- accounts
acct_rows = []
for i in range(1, 81):
    f, l = person() if i % 3 else (rng.choice(FIRST), rng.choice(LAST))
    city = rng.choice(CITIES[:8]) if i % 7 else rng.choice(CITIES)
    atype = rng.choice(["R"] * 7 + ["C"] * 2 + ["I"])
    addr = "%d %s" % (rng.randint(2, 2999), rng.choice(STREETS))
    bal = round(rng.uniform(0, 420) if atype == "R" else rng.uniform(50, 4800), 2)
    if i % 11 == 0:
        bal = 0.0
    email = None if rng.random() < 0.18 else (
        "%s.%s@%s" % (f.lower(), l.lower().replace("'", ""),
                      rng.choice(["mailbox.com", "netmail.org", "inbox.net"])))
    acct_rows.append((10000 + i * 7, f, l, addr, city, atype,
                      rand_date("1998-01-01", "2024-05-31"), bal,
                      rng.choice(["Y", "N"]), email))
insert("customer_account",
       ["acct_no", "cust_fname", "cust_lname", "svc_addr", "city", "acct_type",
        "open_dt", "bal_amt", "autopay", "email"], acct_rows)

# ---------------------------------------------------------------- meters
acct_ids = [r[0] for r in acct_rows]
no_meter = set(rng.sample(acct_ids, 5))
metered = [a for a in acct_ids if a not in no_meter]
extra = [r[0] for r in acct_rows if r[5] in ("C", "I") and r[0] in metered]
meter_accts = metered + extra[:12]
meter_rows = []
for i, a in enumerate(meter_accts, start=1):
    mfr = rng.choice(["Neptune", "Sensus", "Badger", "Itron", "Kamstrup"])
    smart = "Y" if rng.random() < 0.45 else "N"
    size = rng.choice(["5/8", "3/4", "3/4", "1"])
    if a in extra:
        size = rng.choice(["1", "1.5", "2", "3"])
    meter_rows.append((5000 + i, "%s-%06d" % (mfr[:2].upper(), rng.randint(0, 999999)),
                       a, rng.randint(1, NSTN), size, mfr,
                       rand_date("2005-01-01", "2023-12-31"), smart))
insert("Meter",
       ["MeterID", "serial_no", "acct_no", "zone_stn", "size_in", "mfr",
        "install_dt", "is_smart"], meter_rows)

# ---------------------------------------------------------------- readings
smart = {r[0]: r[7] for r in meter_rows}
mtr_ids = [r[0] for r in meter_rows]
rdg_rows = []
for i in range(1, 121):
    m = rng.choice(mtr_ids)
    use = round(rng.uniform(3, 60) * (4 if m in [r[0] for r in meter_rows if r[2] in extra] else 1), 1)
    reader = None if smart[m] == "Y" else rng.randint(6, 30)
    est = "Y" if (reader is not None and rng.random() < 0.15) else "N"
    rdg_rows.append((i, m, rand_date("2023-01-01", "2024-06-30"), str(use),
                     reader, est))
insert("MeterReadings",
       ["rdg_id", "MeterID", "rdg_date", "usage_m3", "read_by", "est_flag"],
       rdg_rows)

# ---------------------------------------------------------------- leaks
leak_rows = []
for i in range(1, 48):
    mn = rng.choice(main_rows)[0]
    if i in (12, 29, 41):
        mn = None  # service-line leak, not on a main
    rpt = rand_date("2022-06-01", "2024-06-15")
    sev = rng.choice(["L", "L", "M", "M", "H"])
    who = rng.choice(acct_ids) if rng.random() < 0.6 else None
    eng = rng.randint(2, 30)
    fixed = None
    if rng.random() < 0.85:
        fixed = (date.fromisoformat(rpt) + timedelta(days=rng.randint(0, 20))).isoformat()
    loss = round(rng.uniform(5, 900) * {"L": 0.3, "M": 1, "H": 4}[sev], 1)
    leak_rows.append((i, mn, rpt, sev, who, eng, fixed, loss))
insert("leak_reports",
       ["leak_id", "main_no", "rpt_date", "severity", "reported_by",
        "assigned_eng", "fixed_dt", "est_loss_m3"], leak_rows)

emit("COMMIT;")

with open(sys.argv[1] if len(sys.argv) > 1 else "water_utility.sql", "w") as fh:
    fh.write("\n".join(out) + "\n")
