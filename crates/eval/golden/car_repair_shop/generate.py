#!/usr/bin/env python3
"""Generate the car_repair_shop SQLite database as SQL text.

Usage: python3 generate.py car_repair_shop.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240517)

SCHEMA = """PRAGMA foreign_keys = OFF;

CREATE TABLE Garage (
    GarageID INTEGER PRIMARY KEY,
    GarageName TEXT NOT NULL,
    Street TEXT,
    City TEXT NOT NULL,
    Postcode TEXT,
    OpenedYear INTEGER,
    NumBays INTEGER,
    IsMOTCentre TEXT
);

CREATE TABLE mechanics (
    mech_id INTEGER PRIMARY KEY,
    mech_fname TEXT NOT NULL,
    mech_lname TEXT NOT NULL,
    dob TEXT,
    hire_date TEXT,
    hourly_rate REAL,
    specialty TEXT,
    garage_id INTEGER NOT NULL,
    Supervisor INTEGER,
    FOREIGN KEY (garage_id) REFERENCES Garage(GarageID),
    FOREIGN KEY (Supervisor) REFERENCES mechanics(mech_id)
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    ph_no TEXT,
    email TEXT,
    city TEXT,
    cust_since TEXT
);

CREATE TABLE Vehicle (
    vehicle_id INTEGER PRIMARY KEY,
    reg_plate TEXT NOT NULL,
    make TEXT,
    model TEXT,
    model_yr INTEGER,
    colour TEXT,
    fuel_type TEXT,
    mileage INTEGER,
    owner_id INTEGER NOT NULL,
    FOREIGN KEY (owner_id) REFERENCES customers(customer_id)
);

CREATE TABLE Ref_Parts (
    part_code TEXT PRIMARY KEY,
    part_description TEXT NOT NULL,
    category TEXT,
    unit_price REAL,
    stock_qty TEXT
);

CREATE TABLE repair_jobs (
    job_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL,
    garage_id INTEGER NOT NULL,
    assigned_mech INTEGER,
    job_type TEXT,
    date_in TEXT,
    date_out TEXT,
    status_cd TEXT,
    labour_hrs REAL,
    FOREIGN KEY (vehicle_id) REFERENCES Vehicle(vehicle_id),
    FOREIGN KEY (garage_id) REFERENCES Garage(GarageID),
    FOREIGN KEY (assigned_mech) REFERENCES mechanics(mech_id)
);

CREATE TABLE job_parts (
    job_id INTEGER NOT NULL,
    part_code TEXT NOT NULL,
    qty INTEGER,
    PRIMARY KEY (job_id, part_code)
);

CREATE TABLE invoices (
    inv_no INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL,
    inv_date TEXT,
    amt REAL,
    paid TEXT,
    pay_method TEXT
);
"""


def q(v):
    """SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def insert(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))
    out.append("")


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return d0 + timedelta(days=random.randint(0, (d1 - d0).days))


# ---------------------------------------------------------------- garages
GARAGES = [
    # name, street, city, postcode, opened, bays, mot
    ("Headingley Autocentre", "12 Otley Road", "Leeds", "LS6 3AA", 2004, 6, "T"),
    ("Roundhay Motors", "88 Roundhay Road", "Leeds", "LS8 5AJ", 2011, 4, "F"),
    ("Didsbury Car Care", "301 Wilmslow Road", "Manchester", "M20 2BS", 2008, 8, "T"),
    ("Salford Quays Garage", "5 Trafford Road", "Manchester", "M50 3XE", 2016, 10, "T"),
    ("Bedminster Service Centre", "140 East Street", "Bristol", "BS3 4EW", 2009, 5, "T"),
    ("Clifton Auto Repairs", "22 Whiteladies Road", "Bristol", "BS8 2LG", 2019, 3, "F"),
    ("Edgbaston Motor Works", "410 Hagley Road", "Birmingham", "B17 8BL", 2002, 9, "T"),
    ("Hillsborough Garage", "67 Middlewood Road", "Sheffield", "S6 4HA", 2013, 4, "F"),
    ("Beeston Tyre & Service", "19 High Road", "Nottingham", "NG9 2JP", 2015, 7, "T"),
    ("Wavertree Autos", "233 Picton Road", "Liverpool", "L15 4LG", 2010, 5, "T"),
    ("Oadby Car Clinic", "3 Harborough Road", "Leicester", "LE2 4LA", 2018, 4, "F"),
    ("Acomb Motor Services", "150 Front Street", "York", "YO24 3BZ", 2007, 6, "T"),
    ("Shipley Garage", "41 Bradford Road", "Bradford", "BD18 3DT", 2021, 3, "F"),
    ("Selly Oak Service Centre", "702 Bristol Road", "Birmingham", "B29 6NA", 2012, 7, "T"),
    ("Ecclesall Road Motors", "515 Ecclesall Road", "Sheffield", "S11 8PR", 2017, 5, None),
]
garage_rows = []
for i, g in enumerate(GARAGES, start=1):
    garage_rows.append((i,) + g)

# -------------------------------------------------------------- mechanics
MECH_FIRST = ["Gary", "Darren", "Wayne", "Lee", "Craig", "Stuart", "Dean", "Mark",
              "Paul", "Jason", "Ryan", "Liam", "Kieran", "Connor", "Jamie", "Nathan",
              "Aisha", "Kerry", "Priya", "Tom", "Sean", "Bilal", "Marek", "Tomasz",
              "Hannah", "Adam", "Scott", "Ian", "Karl", "Owen"]
MECH_LAST = ["Butler", "Hargreaves", "Walsh", "Bennett", "Doyle", "Pearson", "Kaur",
             "Shaw", "Barker", "Lloyd", "Nowak", "Hussain", "Fletcher", "Booth", "Gill",
             "Brennan", "Cartwright", "Dixon", "Holt", "Kowalski", "Ahmed", "Riley",
             "Marsh", "Bradley", "Coates", "Sutcliffe", "Quinn", "Ellis", "Parr", "Webb"]
random.shuffle(MECH_FIRST)
random.shuffle(MECH_LAST)
# Aisha/Priya/Hannah/Kerry keep plausible pairings regardless of order
SPECIALTIES = ["Engine", "Electrical", "Brakes", "Bodywork", "Tyres", "Diagnostics",
               "General"]
MECHS_PER_GARAGE = [3, 2, 2, 3, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1]
mech_rows = []
mech_by_garage = {}
mid = 1
for gid, n in enumerate(MECHS_PER_GARAGE, start=1):
    head = mid
    for k in range(n):
        dob = rand_date("1966-01-01", "1999-12-31")
        hire_start = max(date(dob.year + 19, 1, 1), date(2003, 1, 1))
        hire = rand_date(hire_start.isoformat(), "2023-10-31")
        rate = round(random.uniform(17.5, 34.0) * 2) / 2.0
        if k == 0:
            rate = round(rate + 3.0, 2)
        spec = random.choice(SPECIALTIES)
        if random.random() < 0.15:
            spec = None
        sup = None if k == 0 else head
        mech_rows.append([mid, MECH_FIRST[mid - 1], MECH_LAST[mid - 1], dob.isoformat(),
                          hire.isoformat(), float(rate), spec, gid, sup])
        mech_by_garage.setdefault(gid, []).append(mid)
        mid += 1

# -------------------------------------------------------------- customers
CUST = [
    ("Emma", "Thompson"), ("Oliver", "Patel"), ("Sophie", "Clarke"), ("Harry", "Wright"),
    ("Chloe", "Evans"), ("Jack", "McDonald"), ("Amelia", "Robinson"), ("George", "Khan"),
    ("Isla", "Hughes"), ("Noah", "Walker"), ("Grace", "Green"), ("Charlie", "Hall"),
    ("Mia", "Wood"), ("Thomas", "Jackson"), ("Ruby", "Turner"), ("James", "McKenzie"),
    ("Lily", "Harris"), ("William", "Ali"), ("Freya", "Cooper"), ("Joshua", "Ward"),
    ("Ella", "Morris"), ("Daniel", "Begum"), ("Olivia", "King"), ("Samuel", "Baker"),
    ("Evie", "Moore"), ("Alfie", "Murphy"), ("Poppy", "Mitchell"), ("Ethan", "Carter"),
    ("Megan", "Price"), ("Luke", "Bailey"), ("Holly", "Chapman"), ("Ben", "Simpson"),
    ("Zara", "Ahmed"), ("Callum", "McLean"), ("Jessica", "Fox"), ("Matthew", "Lawson"),
    ("Rachel", "Gordon"), ("Adam", "Shah"), ("Katie", "Palmer"), ("Michael", "Reid"),
]
CITIES = ["Leeds", "Manchester", "Bristol", "Birmingham", "Sheffield", "Nottingham",
          "Liverpool", "Leicester", "York", "Bradford"]
DOMAINS = ["gmail.com", "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk",
           "btinternet.com", "icloud.com"]
cust_rows = []
for i, (fn, ln) in enumerate(CUST, start=1):
    ph = "07%03d %06d" % (random.randint(100, 999), random.randint(0, 999999))
    if random.random() < 0.18:
        email = None
    else:
        style = random.randint(0, 2)
        local = [fn.lower() + "." + ln.lower(),
                 fn[0].lower() + ln.lower() + str(random.randint(1, 99)),
                 fn.lower() + ln.lower()[:3] + str(random.randint(70, 99))][style]
        email = local + "@" + random.choice(DOMAINS)
    city = random.choice(CITIES)
    since = rand_date("2012-01-01", "2023-12-31").isoformat()
    cust_rows.append([i, fn, ln, ph, email, city, since])

# --------------------------------------------------------------- vehicles
MODELS = [
    ("Ford", "Fiesta", "PPD"), ("Ford", "Focus", "PD"), ("Ford", "Kuga", "DH"),
    ("Vauxhall", "Corsa", "PPE"), ("Vauxhall", "Astra", "PD"),
    ("Volkswagen", "Golf", "PDE"), ("Volkswagen", "Polo", "P"),
    ("Toyota", "Yaris", "PH"), ("Toyota", "Corolla", "H"), ("Toyota", "Prius", "H"),
    ("Nissan", "Qashqai", "PD"), ("Nissan", "Leaf", "E"),
    ("BMW", "3 Series", "PD"), ("BMW", "i3", "E"),
    ("Audi", "A3", "PD"), ("Kia", "Sportage", "DH"), ("Kia", "Niro", "HE"),
    ("Hyundai", "i30", "P"), ("Hyundai", "Kona", "PE"),
    ("Tesla", "Model 3", "E"), ("Renault", "Clio", "P"), ("Renault", "Zoe", "E"),
    ("Peugeot", "208", "PD"), ("Honda", "Jazz", "PH"), ("Mercedes-Benz", "A-Class", "PD"),
]
COLOURS = ["Black", "White", "Silver", "Grey", "Blue", "Red", "Green"]
LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"
AREA = {"Leeds": "Y", "Bradford": "Y", "York": "Y", "Sheffield": "Y",
        "Manchester": "M", "Liverpool": "C", "Bristol": "W", "Birmingham": "B",
        "Nottingham": "F", "Leicester": "F"}

# owners: customers 1..40, some own nothing, some own several
owners = []
no_vehicle = {7, 14, 23, 31, 38}
for c in range(1, 41):
    if c in no_vehicle:
        continue
    owners.append(c)
extra = [2, 5, 9, 12, 16, 20, 26, 29, 33, 35, 40]
owners += extra          # 35 + 11 = 46
owners += [2, 16, 29, 40]  # 50 vehicles; 2, 16, 29, 40 own three cars
random.shuffle(owners)

veh_rows = []
plates = set()
for vid, own in enumerate(owners, start=1):
    make, model, fuels = random.choice(MODELS)
    fuel = random.choice(fuels)
    yr = random.randint(2008, 2023)
    if fuel == "E":
        yr = max(yr, 2015)
    if model == "Model 3":
        yr = max(yr, 2019)
    if model == "Kona" and fuel == "E":
        yr = max(yr, 2018)
    age_code = yr % 100 if random.random() < 0.5 else (yr % 100) + 50
    age = "%02d" % age_code
    city = cust_rows[own - 1][5]
    while True:
        plate = (AREA[city] + random.choice(LETTERS) + age + " " +
                 "".join(random.choice(LETTERS) for _ in range(3)))
        if plate not in plates:
            plates.add(plate)
            break
    miles = int((2024 - yr) * random.randint(5500, 11500) + random.randint(0, 999))
    veh_rows.append([vid, plate, make, model, yr, random.choice(COLOURS), fuel, miles, own])

# ------------------------------------------------------------------ parts
PARTS = [
    ("BRK-PAD-F", "Front brake pads (set)", "Brakes", 38.50, 14),
    ("BRK-PAD-R", "Rear brake pads (set)", "Brakes", 32.00, 11),
    ("BRK-DSC-F", "Front brake discs (pair)", "Brakes", 84.99, 6),
    ("BRK-FLD-1", "Brake fluid DOT4 1L", "Brakes", 9.75, 23),
    ("FLT-OIL-01", "Oil filter", "Filters", 7.20, 40),
    ("FLT-AIR-01", "Air filter", "Filters", 12.40, 18),
    ("FLT-CAB-01", "Cabin pollen filter", "Filters", 14.95, 9),
    ("FLT-FUE-01", "Diesel fuel filter", "Filters", 21.30, 4),
    ("OIL-5W30-5", "Engine oil 5W-30 5L", "Engine", 34.00, 27),
    ("ENG-BLT-TM", "Timing belt kit", "Engine", 149.00, 3),
    ("ENG-PLG-04", "Spark plugs (set of 4)", "Engine", 28.60, 12),
    ("ENG-WPM-01", "Water pump", "Engine", 96.40, 2),
    ("CLT-KIT-01", "Clutch kit", "Transmission", 189.99, 2),
    ("ELC-BAT-12", "12V battery 70Ah", "Electrical", 112.50, 7),
    ("ELC-ALT-01", "Alternator (reconditioned)", "Electrical", 164.00, 1),
    ("ELC-BLB-H7", "H7 headlight bulb", "Electrical", 6.80, 35),
    ("TYR-205-55", "Tyre 205/55 R16", "Tyres", 79.00, 16),
    ("TYR-195-65", "Tyre 195/65 R15", "Tyres", 64.50, 8),
    ("TYR-VLV-01", "Tyre valve", "Tyres", 2.10, 60),
    ("SUS-SHK-F", "Front shock absorber", "Suspension", 71.25, 5),
    ("SUS-ARB-01", "Anti-roll bar drop link", "Suspension", 18.90, 10),
    ("EXH-BOX-R", "Rear exhaust silencer", "Exhaust", 88.00, 3),
    ("EXH-CAT-01", "Catalytic converter", "Exhaust", 342.00, 1),
    ("WIP-BLD-24", "Wiper blade 24 inch", "Bodywork", 11.50, 22),
    ("AC-GAS-R1", "Air-con regas R1234yf", "Engine", 55.00, 0),
]
part_rows = [[c, d, cat, float(p), str(s)] for (c, d, cat, p, s) in PARTS]
part_price = {c: p for (c, d, cat, p, s) in PARTS}

# ------------------------------------------------------------------- jobs
JOB_TYPES = {
    "Full service": (["FLT-OIL-01", "OIL-5W30-5", "FLT-AIR-01", "ENG-PLG-04", "FLT-CAB-01"], 2.0, 3.5),
    "Interim service": (["FLT-OIL-01", "OIL-5W30-5"], 1.0, 2.0),
    "MOT": (["ELC-BLB-H7", "WIP-BLD-24"], 0.8, 1.2),
    "Brakes": (["BRK-PAD-F", "BRK-PAD-R", "BRK-DSC-F", "BRK-FLD-1"], 1.0, 3.0),
    "Tyres": (["TYR-205-55", "TYR-195-65", "TYR-VLV-01"], 0.5, 1.5),
    "Clutch": (["CLT-KIT-01"], 4.0, 7.0),
    "Diagnostics": ([], 0.5, 2.0),
    "Exhaust": (["EXH-BOX-R"], 1.0, 2.5),
    "Battery": (["ELC-BAT-12"], 0.3, 0.8),
    "Suspension": (["SUS-SHK-F", "SUS-ARB-01"], 1.5, 3.0),
    "Timing belt": (["ENG-BLT-TM", "ENG-WPM-01"], 3.5, 5.5),
}
TYPE_WEIGHTS = [("Full service", 12), ("Interim service", 8), ("MOT", 14), ("Brakes", 11),
                ("Tyres", 8), ("Clutch", 3), ("Diagnostics", 6), ("Exhaust", 2),
                ("Battery", 4), ("Suspension", 3), ("Timing belt", 2)]
type_pool = [t for t, w in TYPE_WEIGHTS for _ in range(w)]

GARAGE_WEIGHT = [6, 3, 5, 9, 4, 3, 6, 2, 5, 4, 3, 4, 2, 5, 3]
garage_pool = [g for g, w in enumerate(GARAGE_WEIGHT, start=1) for _ in range(w)]
no_job_vehicles = {4, 11, 19, 27, 36, 44, 50}

job_rows = []
jp_rows = []
inv_rows = []
N_JOBS = 70
for jid in range(1, N_JOBS + 1):
    while True:
        vid = random.randint(1, 50)
        if vid not in no_job_vehicles:
            break
    gid = random.choice(garage_pool)
    if jid == 61:
        gid = 7  # Edgbaston is the busiest branch
    mech = random.choice(mech_by_garage[gid])
    jtype = random.choice(type_pool)
    r = random.random()
    if r < 0.08:
        status = "O"
    elif r < 0.13:
        status = "W"
    elif r < 0.19:
        status = "X"
    else:
        status = "C"
    if status in ("O", "W"):
        d_in = rand_date("2024-05-27", "2024-06-21")
    else:
        d_in = rand_date("2023-01-09", "2024-05-24")
    parts, lo, hi = JOB_TYPES[jtype]
    hrs = round(random.uniform(lo, hi) * 2) / 2.0
    if hrs == 0:
        hrs = 0.5
    d_out = None
    if status == "C":
        d_out = (d_in + timedelta(days=random.choice([0, 0, 1, 1, 2, 3, 5]))).isoformat()
    if status in ("X",):
        hrs_val = None
    else:
        hrs_val = float(hrs)
    if status == "O" and random.random() < 0.3:
        mech_val = None
    else:
        mech_val = mech
    job_rows.append([jid, vid, gid, mech_val, jtype, d_in.isoformat(), d_out, status, hrs_val])

    used = []
    if parts and status in ("C", "W"):
        k = 1 if len(parts) == 1 else random.randint(1, min(2, len(parts)))
        if jtype == "MOT" and random.random() < 0.6:
            k = 0
        used = random.sample(parts, k)
        for pc in used:
            qty = 1
            if pc in ("TYR-205-55", "TYR-195-65", "TYR-VLV-01"):
                qty = random.choice([1, 2, 2, 4])
            elif pc == "ENG-PLG-04" or pc == "OIL-5W30-5":
                qty = 1
            jp_rows.append([jid, pc, qty])

    if status == "C":
        rate = mech_rows[mech - 1][5] * 2.4
        parts_cost = sum(part_price[pc] * q_ for (j, pc, q_) in jp_rows if j == jid)
        amt = round((hrs * rate + parts_cost) * 1.2, 2)
        paid = "Y" if (random.random() < 0.85 or d_in < date(2024, 1, 1)) else "N"
        method = random.choice(["Card", "Card", "Card", "Cash", "Bank transfer"]) if paid == "Y" else None
        inv_rows.append([None, jid, d_out, float(amt), paid, method])

# a couple of unpaid old invoices so 'N' is not only recent
for r in inv_rows:
    if r[1] in (6, 33):
        r[4] = "N"
        r[5] = None
for i, r in enumerate(inv_rows):
    r[0] = 1001 + i

# ----------------------------------------------------------------- output
out = [SCHEMA]
insert(out, "Garage", garage_rows)
insert(out, "mechanics", mech_rows)
insert(out, "customers", cust_rows)
insert(out, "Vehicle", veh_rows)
insert(out, "Ref_Parts", part_rows)
insert(out, "repair_jobs", job_rows)
insert(out, "job_parts", jp_rows)
insert(out, "invoices", inv_rows)

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(out))
