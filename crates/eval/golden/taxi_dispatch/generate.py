#!/usr/bin/env python3
"""Generate the taxi_dispatch SQLite database as SQL text.

Usage: python3 generate.py taxi_dispatch.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))
    return out


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=random.randint(0, (d1 - d0).days))).isoformat()


# ---------------------------------------------------------------- schema
SCHEMA = """PRAGMA foreign_keys = OFF;

CREATE TABLE Ref_Zones (
    zone_code TEXT PRIMARY KEY,
    zone_description TEXT NOT NULL,
    area_type TEXT
);

CREATE TABLE car_models (
    model_id INTEGER PRIMARY KEY,
    make TEXT NOT NULL,
    model_name TEXT NOT NULL,
    seat_cnt INTEGER,
    fuel_type TEXT
);

CREATE TABLE Car (
    CarID INTEGER PRIMARY KEY,
    PlateNo TEXT NOT NULL,
    ModelID INTEGER NOT NULL,
    ModelYear INTEGER,
    Color TEXT,
    Mileage TEXT,
    LastInspection TEXT,
    FOREIGN KEY (ModelID) REFERENCES car_models(model_id)
);

CREATE TABLE drivers (
    drv_id INTEGER PRIMARY KEY,
    drv_fname TEXT NOT NULL,
    drv_lname TEXT NOT NULL,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    lic_no TEXT,
    hire_date TEXT,
    home_zone TEXT,
    rating REAL,
    FOREIGN KEY (home_zone) REFERENCES Ref_Zones(zone_code)
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    join_date TEXT,
    is_vip TEXT
);

CREATE TABLE Driver_Car_Shifts (
    shift_id INTEGER PRIMARY KEY,
    drv_id INTEGER NOT NULL,
    CarID INTEGER NOT NULL,
    shift_date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    shift_type TEXT
);

CREATE TABLE trips (
    trip_id INTEGER PRIMARY KEY,
    drv_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    CarID INTEGER NOT NULL,
    pickup_zone TEXT,
    dropoff_zone TEXT,
    trip_date TEXT,
    distance_km REAL,
    fare_amt REAL,
    tip_amt REAL,
    pay_method TEXT,
    FOREIGN KEY (pickup_zone) REFERENCES Ref_Zones(zone_code),
    FOREIGN KEY (dropoff_zone) REFERENCES Ref_Zones(zone_code)
);

CREATE TABLE complaints (
    complaint_id INTEGER PRIMARY KEY,
    trip_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    complaint_date TEXT,
    category TEXT,
    details TEXT,
    resolved TEXT,
    FOREIGN KEY (trip_id) REFERENCES trips(trip_id),
    FOREIGN KEY (customer_id) REFERENCES customers(customer_id)
);
"""

# ---------------------------------------------------------------- zones
ZONES = [
    ("LOOP", "The Loop", "Downtown"),
    ("RVN", "River North", "Downtown"),
    ("SLP", "South Loop", "Downtown"),
    ("WLP", "West Loop", "Downtown"),
    ("GLD", "Gold Coast", "Residential"),
    ("LPK", "Lincoln Park", "Residential"),
    ("WKP", "Wicker Park", "Nightlife"),
    ("HYP", "Hyde Park", "Residential"),
    ("RGP", "Rogers Park", "Residential"),
    ("LKV", "Lakeview", "Nightlife"),
    ("PLN", "Pilsen", "Residential"),
    ("UPT", "Uptown", "Nightlife"),
    ("BRG", "Bridgeport", "Residential"),
    ("ORD", "O'Hare International Airport", "Airport"),
    ("MDW", "Midway Airport", "Airport"),
]
ZONE_CODES = [z[0] for z in ZONES]

# ---------------------------------------------------------------- car models
MODELS = [
    # make, model_name, seats, fuel (G gas, H hybrid, E electric)
    ("Toyota", "Camry", 5, "G"),
    ("Toyota", "Prius", 5, "H"),
    ("Toyota", "Sienna", 8, "H"),
    ("Honda", "Accord", 5, "G"),
    ("Honda", "Odyssey", 7, "G"),
    ("Ford", "Fusion Hybrid", 5, "H"),
    ("Ford", "Escape", 5, "G"),
    ("Tesla", "Model 3", 5, "E"),
    ("Tesla", "Model Y", 5, "E"),
    ("Chevrolet", "Bolt EV", 5, "E"),
    ("Hyundai", "Sonata", 5, "G"),
    ("Hyundai", "Ioniq 5", 5, "E"),
    ("Kia", "Niro", 5, "H"),
    ("Nissan", "Leaf", 5, "E"),
    ("Chrysler", "Pacifica", 7, "H"),
    ("Lincoln", "Town Car", 6, "G"),
]
car_models = [(i + 1,) + m for i, m in enumerate(MODELS)]
UNUSED_MODELS = {13, 14, 16}  # Kia Niro, Nissan Leaf, Lincoln Town Car: no cars

# ---------------------------------------------------------------- cars
COLORS = ["Black", "White", "Silver", "Gray", "Blue", "Red", "Yellow"]
used_models = [m[0] for m in car_models if m[0] not in UNUSED_MODELS]
cars = []
plates = set()
for cid in range(1, 26):
    if cid <= len(used_models):
        mid = used_models[cid - 1]
    else:
        mid = random.choice(used_models)
    while True:
        plate = "%s %d" % ("".join(random.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(2)),
                           random.randint(10000, 99999))
        if plate not in plates:
            plates.add(plate)
            break
    year = random.randint(2016, 2024)
    mileage = str(random.randint(8, 60) * (2025 - year) * 100 + random.randint(0, 99))
    insp = None if random.random() < 0.15 else rand_date("2023-06-01", "2024-05-31")
    cars.append((cid, plate, mid, year, random.choice(COLORS), mileage, insp))

# ---------------------------------------------------------------- drivers
DRIVER_NAMES = [
    ("Marcus", "Johnson", "M"), ("Elena", "Petrova", "F"), ("Tariq", "Hassan", "M"),
    ("Maria", "Gonzalez", "F"), ("Darnell", "Washington", "M"), ("Priya", "Patel", "F"),
    ("Kevin", "O'Brien", "M"), ("Aisha", "Mohammed", "F"), ("Luis", "Ramirez", "M"),
    ("Grace", "Kim", "F"), ("Tomasz", "Kowalski", "M"), ("Fatima", "Diallo", "F"),
    ("Robert", "Nguyen", "M"), ("Yolanda", "Brooks", "F"), ("Samuel", "Okafor", "M"),
    ("Irina", "Shevchenko", "F"), ("Jamal", "Carter", "M"), ("Sofia", "Rossi", "F"),
    ("Victor", "Moreno", "M"), ("Hannah", "Schultz", "F"), ("Andre", "Mitchell", "M"),
    ("Mei", "Chen", "F"), ("Dmitri", "Volkov", "M"), ("Rosa", "Delgado", "F"),
    ("Ahmed", "Farouk", "M"), ("Beatriz", "Santos", "F"), ("Patrick", "Murphy", "M"),
    ("Nadia", "Haddad", "F"), ("Oscar", "Lindqvist", "M"), ("Keisha", "Harris", "F"),
]
ratings = random.sample(range(352, 499), len(DRIVER_NAMES))
drivers = []
for i, (fn, ln, g) in enumerate(DRIVER_NAMES):
    did = i + 1
    dob = rand_date("1962-01-01", "1999-12-31")
    ph = None if random.random() < 0.12 else "312-555-%04d" % random.randint(0, 9999)
    lic = "%s%03d-%04d-%04d" % (ln[0].upper(), random.randint(100, 999), random.randint(1000, 9999),
                                random.randint(1000, 9999))
    hire = rand_date("2014-03-01", "2023-11-30")
    if did <= 3:
        home = "LOOP"
    else:
        home = random.choice(ZONE_CODES[:13])
    drivers.append((did, fn, ln, g, dob, ph, lic, hire, home, ratings[i] / 100.0))
IDLE_DRIVERS = [8, 19, 26, 29]  # never worked a shift, so never drove a trip
active_drivers = [d[0] for d in drivers if d[0] not in IDLE_DRIVERS]

# ---------------------------------------------------------------- customers
CUST_FIRST = ["Emily", "James", "Olivia", "Michael", "Ava", "Daniel", "Chloe", "David",
              "Isabella", "Ethan", "Mia", "Noah", "Zoe", "Lucas", "Lily", "Benjamin",
              "Harper", "Jacob", "Nora", "Ryan", "Ella", "Nathan", "Leah", "Adam",
              "Camila", "Owen", "Ruby", "Caleb", "Alice", "Gabriel", "Megan", "Henry",
              "Julia", "Isaac", "Paige", "Tyler", "Naomi", "Connor", "Vanessa", "Diego"]
CUST_LAST = ["Miller", "Anderson", "Moore", "Taylor", "Thomas", "Jackson", "White", "Martin",
             "Lee", "Walker", "Hall", "Allen", "Young", "King", "Wright", "Lopez",
             "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Campbell", "Roberts",
             "Turner", "Phillips", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris",
             "Murray", "Cooper", "Reed", "Morgan", "Bell", "Bailey", "Rivera", "Cox"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"]
random.shuffle(CUST_LAST)
join_days = random.sample(range(0, 1400), 40)
customers = []
for i in range(40):
    fn, ln = CUST_FIRST[i], CUST_LAST[i]
    email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), random.randint(1, 99), random.choice(DOMAINS))
    phone = None if random.random() < 0.2 else "(773) 555-%04d" % random.randint(0, 9999)
    jd = (date(2020, 1, 15) + timedelta(days=join_days[i])).isoformat()
    vip = "Y" if random.random() < 0.25 else "N"
    customers.append((i + 1, fn, ln, email, phone, jd, vip))

# ---------------------------------------------------------------- shifts
shifts = []
for sid in range(1, 61):
    if sid <= 3:
        did = 5          # the busiest driver
    else:
        did = random.choice(active_drivers)
    cid = random.randint(1, 25)
    sdate = rand_date("2024-01-02", "2024-06-28")
    stype = "N" if random.random() < 0.3 else "D"
    if stype == "D":
        st, en = random.choice([("06:00", "14:00"), ("07:00", "15:00"), ("08:00", "16:00")])
    else:
        st, en = random.choice([("18:00", "02:00"), ("20:00", "04:00"), ("22:00", "06:00")])
    shifts.append([sid, did, cid, sdate, st, en, stype])
# make sure every active driver has at least one shift
have = sorted(set(s[1] for s in shifts))
missing = [d for d in active_drivers if d not in have]
for k, d in enumerate(missing):
    shifts[20 + k][1] = d
shifts.sort(key=lambda s: (s[3], s[4], s[0]))
shifts = [tuple([i + 1] + s[1:]) for i, s in enumerate(shifts)]

# ---------------------------------------------------------------- trips
ZONE_W = {"LOOP": 12, "RVN": 9, "SLP": 5, "WLP": 6, "GLD": 4, "LPK": 5, "WKP": 5, "HYP": 3,
          "RGP": 2, "LKV": 5, "PLN": 2, "UPT": 3, "BRG": 0, "ORD": 8, "MDW": 5}
wz = [z for z in ZONE_CODES for _ in range(ZONE_W[z])]
PAY = ["CARD"] * 5 + ["CASH"] * 3 + ["APP"] * 4
busy_shifts = [s for s in shifts if s[1] == 5]
trips = []
used_dist = set()
d12_shifts = [s for s in shifts if s[1] == 12]
for tid in range(1, 81):
    if tid % 20 == 0:
        sh = random.choice(busy_shifts)
    elif tid in (11, 42):
        sh = random.choice(d12_shifts)
    else:
        sh = random.choice(shifts)
    pu = random.choice(wz)
    if tid == 11:
        pu = "ORD"
    elif tid == 42:
        pu = "MDW"
    do = random.choice(wz)
    while do == pu:
        do = random.choice(wz)
    airport = pu in ("ORD", "MDW") or do in ("ORD", "MDW")
    while True:
        if airport:
            dist = round(random.uniform(14.0, 32.0), 1)
        else:
            dist = round(random.uniform(1.5, 13.5), 1)
        if dist not in used_dist:
            used_dist.add(dist)
            break
    fare = round(3.25 + 1.45 * dist + random.uniform(0, 4) + (5.0 if airport else 0.0), 2)
    pay = random.choice(PAY)
    if pay == "CASH":
        tip = None if random.random() < 0.6 else round(random.choice([1, 2, 3, 5]) * 1.0, 2)
    else:
        tip = round(fare * random.choice([0.0, 0.1, 0.15, 0.18, 0.2]), 2)
    cust = random.randint(1, 36)
    trips.append([tid, sh[1], cust, sh[2], pu, do, sh[3], dist, fare, tip, pay])

trips.sort(key=lambda t: (t[6], t[0]))
trips = [tuple([i + 1] + t[1:]) for i, t in enumerate(trips)]

# ---------------------------------------------------------------- complaints
CATS = (["LATE"] * 6 + ["RUDE"] * 5 + ["ROUTE"] * 4 + ["DIRTY"] * 3 + ["OVCHG"] * 4)
DETAILS = {
    "LATE": ["Driver arrived 20 minutes late", "Pickup was much later than promised",
             "Waited outside for a long time"],
    "RUDE": ["Driver was rude and shouted", "Driver was on the phone and dismissive",
             "Unfriendly driver, refused to help with bags"],
    "ROUTE": ["Took a much longer route than needed", "Driver ignored GPS directions",
              "Went the wrong way on the expressway"],
    "DIRTY": ["Back seat was dirty", "Car smelled of smoke"],
    "OVCHG": ["Charged more than the quoted fare", "Meter kept running after drop-off",
              "Charged twice for the same ride"],
}
random.shuffle(CATS)
trip_pool = random.sample(range(1, 81), 22)
complaints = []
for i, tix in enumerate(trip_pool):
    t = trips[tix - 1]
    cat = CATS[i]
    d = (date.fromisoformat(t[6]) + timedelta(days=random.randint(0, 6))).isoformat()
    det = None if random.random() < 0.2 else random.choice(DETAILS[cat])
    res = "Y" if random.random() < 0.6 else "N"
    complaints.append([i + 1, t[0], t[2], d, cat, det, res])
complaints.sort(key=lambda c: (c[3], c[0]))
complaints = [tuple([i + 1] + c[1:]) for i, c in enumerate(complaints)]

# ---------------------------------------------------------------- output
lines = [SCHEMA]
lines += ins("Ref_Zones", ZONES)
lines.append("")
lines += ins("car_models", car_models)
lines.append("")
lines += ins("Car", cars)
lines.append("")
lines += ins("drivers", drivers)
lines.append("")
lines += ins("customers", customers)
lines.append("")
lines += ins("Driver_Car_Shifts", shifts)
lines.append("")
lines += ins("trips", trips)
lines.append("")
lines += ins("complaints", complaints)
lines.append("")

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines))
