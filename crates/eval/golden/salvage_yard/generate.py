#!/usr/bin/env python3
"""Deterministic generator for the salvage_yard test database."""
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


def d(s):
    return date.fromisoformat(s)


def rand_date(lo, hi):
    a, b = d(lo), d(hi)
    return (a + timedelta(days=random.randint(0, (b - a).days))).isoformat()


SCHEMA = """
CREATE TABLE Yard (
  yard_id INTEGER PRIMARY KEY,
  yard_name TEXT NOT NULL,
  city TEXT,
  state_cd TEXT,
  acres REAL,
  has_crusher TEXT,
  opened_dt TEXT,
  phone TEXT
);

CREATE TABLE Ref_Make_Codes (
  make_cd TEXT PRIMARY KEY,
  make_name TEXT NOT NULL,
  origin_cntry TEXT
);

CREATE TABLE vehicle_intake (
  VehicleID INTEGER PRIMARY KEY,
  vin TEXT,
  make_cd TEXT,
  model_nm TEXT,
  model_yr INTEGER,
  cond_cd TEXT,
  lot_yard INTEGER,
  date_in TEXT,
  buy_amt REAL,
  odometer TEXT,
  title_cd TEXT,
  FOREIGN KEY (make_cd) REFERENCES Ref_Make_Codes(make_cd),
  FOREIGN KEY (lot_yard) REFERENCES Yard(yard_id)
);

CREATE TABLE parts_pulled (
  part_no INTEGER PRIMARY KEY,
  veh_id INTEGER,
  part_type TEXT,
  pull_dt TEXT,
  asking_price REAL,
  grade TEXT,
  sold_flag TEXT,
  FOREIGN KEY (veh_id) REFERENCES vehicle_intake(VehicleID)
);

CREATE TABLE BuyerAccounts (
  BuyerID INTEGER PRIMARY KEY,
  buyer_nm TEXT NOT NULL,
  biz_type TEXT,
  city TEXT,
  phone TEXT,
  tax_exempt TEXT
);

CREATE TABLE PartSale (
  SaleID INTEGER PRIMARY KEY,
  part_no INTEGER,
  cust_id INTEGER,
  sale_dt TEXT,
  sale_amt REAL,
  pay_method TEXT,
  FOREIGN KEY (part_no) REFERENCES parts_pulled(part_no),
  FOREIGN KEY (cust_id) REFERENCES BuyerAccounts(BuyerID)
);

CREATE TABLE yard_workers (
  emp_id INTEGER PRIMARY KEY,
  emp_fname TEXT,
  emp_lname TEXT,
  home_yard INTEGER,
  foreman INTEGER,
  hire_dt TEXT,
  hourly_rate TEXT,
  cdl_flag TEXT,
  FOREIGN KEY (home_yard) REFERENCES Yard(yard_id),
  FOREIGN KEY (foreman) REFERENCES yard_workers(emp_id)
);

CREATE TABLE Dismantle_Crew (
  emp_id INTEGER,
  VehicleID INTEGER,
  work_dt TEXT,
  hrs REAL,
  PRIMARY KEY (emp_id, VehicleID)
);

CREATE TABLE tow_jobs (
  tow_id INTEGER PRIMARY KEY,
  veh INTEGER,
  from_yard INTEGER,
  to_yard INTEGER,
  tow_dt TEXT,
  miles INTEGER,
  tow_fee REAL,
  driver_emp INTEGER
);
"""

# ---------------------------------------------------------------- yards
YARDS = [
    ("Eastside Auto Salvage", "Columbus", "OH"),
    ("Buckeye Pull-A-Part", "Columbus", "OH"),
    ("Maumee River Salvage", "Toledo", "OH"),
    ("Rubber City Auto Parts", "Akron", "OH"),
    ("Gem City Wreckers", "Dayton", "OH"),
    ("Motor City Salvage", "Detroit", "MI"),
    ("Grand River Auto Recyclers", "Grand Rapids", "MI"),
    ("Flint Used Auto Parts", "Flint", "MI"),
    ("Circle City Salvage", "Indianapolis", "IN"),
    ("Summit Auto Wrecking", "Fort Wayne", "IN"),
    ("Steel Valley Salvage", "Pittsburgh", "PA"),
    ("Lake Erie Auto Recycling", "Erie", "PA"),
    ("Bluegrass Salvage Yard", "Lexington", "KY"),
    ("Derby City Auto Parts", "Louisville", "KY"),
    ("Kanawha Valley Wreckers", "Charleston", "WV"),
]
yard_rows = []
for i, (nm, city, st) in enumerate(YARDS, 1):
    acres = round(random.uniform(3.5, 42.0), 1)
    crusher = "Y" if i in (1, 3, 6, 9, 11, 13, 14) else "N"
    opened = rand_date("1968-01-01", "2012-12-31")
    phone = None if i in (8, 15) else "(%03d) 555-%04d" % (random.randint(200, 989), random.randint(0, 9999))
    yard_rows.append((i, nm, city, st, acres, crusher, opened, phone))

# ---------------------------------------------------------------- makes
MAKES = [
    ("FRD", "Ford", "USA"), ("CHV", "Chevrolet", "USA"), ("DDG", "Dodge", "USA"),
    ("JEP", "Jeep", "USA"), ("GMC", "GMC", "USA"), ("CHR", "Chrysler", "USA"),
    ("TOY", "Toyota", "Japan"), ("HON", "Honda", "Japan"), ("NIS", "Nissan", "Japan"),
    ("MAZ", "Mazda", "Japan"), ("SUB", "Subaru", "Japan"),
    ("BMW", "BMW", "Germany"), ("MBZ", "Mercedes-Benz", "Germany"),
    ("VW", "Volkswagen", "Germany"), ("AUD", "Audi", "Germany"),
    ("HYU", "Hyundai", "South Korea"), ("KIA", "Kia", "South Korea"),
    ("VOL", "Volvo", "Sweden"),
]
MODELS = {
    "FRD": ["F-150", "Focus", "Taurus", "Escape", "Explorer"],
    "CHV": ["Silverado", "Malibu", "Impala", "Cruze", "Tahoe"],
    "DDG": ["Ram 1500", "Charger", "Caravan", "Durango"],
    "JEP": ["Wrangler", "Cherokee", "Liberty"],
    "GMC": ["Sierra", "Yukon", "Acadia"],
    "CHR": ["300", "Town & Country", "PT Cruiser"],
    "TOY": ["Camry", "Corolla", "Tacoma", "RAV4", "Sienna"],
    "HON": ["Civic", "Accord", "CR-V", "Odyssey"],
    "NIS": ["Altima", "Sentra", "Rogue", "Frontier"],
    "MAZ": ["Mazda3", "Mazda6", "CX-5"],
    "SUB": ["Outback", "Forester", "Impreza"],
    "BMW": ["328i", "X5", "530i"],
    "MBZ": ["C300", "E350", "ML350"],
    "VW": ["Jetta", "Passat", "Golf"],
    "AUD": ["A4", "Q5"],
    "HYU": ["Elantra", "Sonata", "Santa Fe"],
    "KIA": ["Optima", "Soul", "Sorento"],
    "VOL": ["S60", "XC90"],
}
# weights so the make counts are uneven (Ford clearly most common)
MAKE_WEIGHTS = {"FRD": 16, "CHV": 12, "DDG": 7, "JEP": 4, "GMC": 3, "CHR": 4,
                "TOY": 10, "HON": 9, "NIS": 7, "MAZ": 3, "SUB": 3, "BMW": 3,
                "MBZ": 2, "VW": 4, "AUD": 1, "HYU": 5, "KIA": 4, "VOL": 1}

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    return "".join(random.choice(VIN_CHARS) for _ in range(17))


make_pool = []
for cd, w in MAKE_WEIGHTS.items():
    make_pool += [cd] * w
random.shuffle(make_pool)
# make_pool has exactly 98 entries; add two more so every make is used
make_pool += ["AUD", "VOL"]

COND = ["W"] * 40 + ["F"] * 12 + ["B"] * 8 + ["R"] * 22 + ["S"] * 18
YARD_WEIGHTS = [12, 8, 7, 9, 6, 10, 6, 5, 8, 5, 7, 4, 6, 4, 3]
yard_pool = []
for y, w in enumerate(YARD_WEIGHTS, 1):
    yard_pool += [y] * w

veh_rows = []
for vid in range(1, 101):
    mk = make_pool[vid - 1]
    model = random.choice(MODELS[mk])
    yr = random.randint(1996, 2019)
    cond = random.choice(COND)
    yard = random.choice(yard_pool)
    din = rand_date("2021-01-04", "2023-10-31")
    base = {"W": 650, "F": 420, "B": 180, "R": 1400, "S": 300}[cond]
    amt = round(base + random.randint(0, 900) + (yr - 1996) * 35 + random.random(), 2)
    amt = float(int(amt))
    if vid % 13 == 0:
        odo = None
    else:
        odo = str(random.randint(38000, 295000))
    title = random.choice(["C", "C", "S", "S", "S", "J"])
    veh_rows.append([vid, make_vin(), mk, model, yr, cond, yard, din, amt, odo, title])

# ---------------------------------------------------------------- parts
PART_TYPES = [("Engine", 650, 1800), ("Transmission", 350, 1200), ("Alternator", 45, 140),
              ("Starter", 40, 120), ("Radiator", 50, 160), ("Door", 90, 300),
              ("Headlight", 35, 180), ("Tail Light", 25, 90), ("Seat", 60, 250),
              ("Catalytic Converter", 150, 700), ("Wheel", 40, 150), ("Hood", 80, 260),
              ("Bumper", 70, 240), ("Mirror", 20, 85), ("AC Compressor", 90, 320)]
part_rows = []
veh_ids = list(range(1, 101))
random.shuffle(veh_ids)
pull_source = veh_ids[:78]  # 22 vehicles never had parts pulled
for pno in range(1, 121):
    vid = pull_source[(pno - 1) % len(pull_source)] if pno <= 78 else random.choice(pull_source)
    v = veh_rows[vid - 1]
    ptype, lo, hi = random.choice(PART_TYPES)
    pdt = (d(v[7]) + timedelta(days=random.randint(3, 120))).isoformat()
    price = float(random.randint(lo, hi)) + random.choice([0.0, 0.5, 0.99])
    grade = random.choice(["A", "A", "B", "B", "B", "C"])
    part_rows.append([1000 + pno, vid, ptype, pdt, price, grade, "N"])

# ---------------------------------------------------------------- buyers
BUYERS = [
    ("Tri-State Collision", "S", "Columbus"), ("Mike's Auto Repair", "S", "Columbus"),
    ("Dan Kowalski", "I", "Columbus"), ("Reliable Motors", "D", "Columbus"),
    ("Toledo Transmission Co.", "S", "Toledo"), ("Angela Ruiz", "I", "Toledo"),
    ("Akron Body & Frame", "S", "Akron"), ("Priya Natarajan", "I", "Akron"),
    ("Great Lakes Used Cars", "D", "Detroit"), ("Westside Garage", "S", "Detroit"),
    ("Marcus Bell", "I", "Detroit"), ("Hoosier Auto Sales", "D", "Indianapolis"),
    ("Speedway Performance", "S", "Indianapolis"), ("Jenna Whitfield", "I", "Indianapolis"),
    ("Three Rivers Auto", "S", "Pittsburgh"), ("Frank DeLuca", "I", "Pittsburgh"),
    ("Keystone Car Mart", "D", "Pittsburgh"), ("Bluegrass Fleet Service", "S", "Lexington"),
    ("Tom Haskins", "I", "Lexington"), ("River City Motors", "D", "Louisville"),
    ("Ohio Valley Towing", "S", "Louisville"), ("Carla Jimenez", "I", "Dayton"),
    ("Dayton Precision Auto", "S", "Dayton"), ("Kevin O'Brien", "I", "Flint"),
    ("Vehicle City Repair", "S", "Flint"), ("Grand Rapids Auto Glass", "S", "Grand Rapids"),
    ("Samir Haddad", "I", "Grand Rapids"), ("Summit Street Motors", "D", "Fort Wayne"),
    ("Lisa Chen", "I", "Fort Wayne"), ("Presque Isle Garage", "S", "Erie"),
    ("Ray Thornton", "D", "Erie"), ("Mountaineer Auto Care", "S", "Charleston"),
    ("Beth Lawson", "I", "Charleston"), ("Cincy Import Repair", "S", "Cincinnati"),
    ("Walter Greene", "I", "Cincinnati"), ("Queen City Auto Sales", "D", "Cincinnati"),
    ("Nora Fitzgerald", "I", "Cleveland"), ("Lakefront Collision", "S", "Cleveland"),
    ("Gary Pulaski", "I", "Toledo"), ("Heartland Truck Parts", "S", "Indianapolis"),
]
buyer_rows = []
for i, (nm, bt, city) in enumerate(BUYERS, 1):
    phone = None if i % 7 == 0 else "(%03d) 555-%04d" % (random.randint(200, 989), random.randint(0, 9999))
    if bt == "D":
        tax = "Y"
    elif bt == "S":
        tax = random.choice(["Y", "N", None])
    else:
        tax = "N" if i % 5 else None
    buyer_rows.append((i, nm, bt, city, phone, tax))

# buyers 5 of them never buy anything
never_buy = {6, 16, 27, 33, 37}
active_buyers = [b[0] for b in buyer_rows if b[0] not in never_buy]
# frequent buyers get more weight
buyer_pool = []
for b in active_buyers:
    w = 6 if b in (1, 13, 15) else (3 if b in (2, 5, 9, 10, 12, 20) else 1)
    buyer_pool += [b] * w

sale_rows = []
parts_to_sell = random.sample(range(len(part_rows)), 90)
parts_to_sell.sort(key=lambda k: part_rows[k][3])
PAY = ["CSH", "CSH", "CRD", "CRD", "CRD", "CHK"]
for sid, k in enumerate(parts_to_sell, 1):
    p = part_rows[k]
    p[6] = "Y"
    sdt = (d(p[3]) + timedelta(days=random.randint(1, 90))).isoformat()
    amt = round(p[4] * random.choice([1.0, 1.0, 0.95, 0.9, 0.85, 0.8]), 2)
    sale_rows.append((sid, p[0], random.choice(buyer_pool), sdt, amt, random.choice(PAY)))

# ---------------------------------------------------------------- workers
FNAMES = ["Ray", "Darnell", "Luis", "Shane", "Kyle", "Brenda", "Tony", "Eddie", "Curtis", "Maria",
          "Jamal", "Dustin", "Wade", "Hector", "Travis", "Nicole", "Bobby", "Leon", "Cody", "Terrell",
          "Vince", "Carl", "Rosa", "Dale", "Marty", "Andre", "Jesse", "Kurt", "Tasha", "Omar",
          "Gus", "Randy", "Dwayne", "Pete", "Rick", "Ivan", "Lonnie", "Mitch", "Sergio", "Wendell"]
LNAMES = ["Kowalczyk", "Hughes", "Ortega", "Pruitt", "Benson", "Yoder", "Marino", "Sharp", "Dawson",
          "Delgado", "Whitaker", "Fleming", "Crowe", "Ramos", "Hatfield", "Lindqvist", "Tucker", "Moss",
          "Baxter", "Gaines", "Russo", "Wozniak", "Vega", "Pickett", "Sloan", "Greer", "Farley", "Novak",
          "Jefferson", "Haddad", "Stroud", "Combs", "Mercer", "Bauer", "Holt", "Petrov", "Reese",
          "Doyle", "Navarro", "Ashby"]
worker_rows = []
for e in range(1, 41):
    if e == 1:
        home, fm = 1, None
    elif e <= 9:
        home, fm = [1, 3, 6, 9, 11, 13, 4, 7][e - 2], 1
    else:
        fm = random.choice([2, 3, 3, 4, 5, 5, 5, 6, 7, 8, 9])
        home = worker_rows[fm - 1][3] if random.random() < 0.8 else random.randint(1, 15)
    hire = rand_date("2004-01-01", "2012-12-31") if e <= 9 else rand_date("2011-01-01", "2023-06-30")
    if e == 1:
        hire = "2001-05-14"  # the head foreman predates everyone else
    rate = 30.0 if e == 1 else (random.randint(2300, 2800) / 100.0 if e <= 9 else random.randint(1550, 2350) / 100.0)
    cdl = random.choice(["Y", "N", "N"])
    worker_rows.append([e, FNAMES[e - 1], LNAMES[e - 1], home, fm, hire, "%.2f" % rate, cdl])

# ---------------------------------------------------------------- dismantling
crew_rows = []
seen = set()
idle = {1, 17, 29, 36}
active_workers = [w[0] for w in worker_rows if w[0] not in idle]
busy_pool = []
for w in active_workers:
    busy_pool += [w] * (5 if w in (12, 21) else (2 if w > 9 else 1))
while len(crew_rows) < 110:
    w = random.choice(busy_pool)
    v = random.randint(1, 100)
    if (w, v) in seen:
        continue
    seen.add((w, v))
    wdt = (d(veh_rows[v - 1][7]) + timedelta(days=random.randint(1, 30))).isoformat()
    hrs = round(random.choice([1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7.5, 8]), 1)
    crew_rows.append((w, v, wdt, hrs))
crew_rows.sort(key=lambda r: (r[2], r[0]))

# ---------------------------------------------------------------- tows
tow_rows = []
tow_veh = random.sample(range(1, 101), 35)
for t, v in enumerate(tow_veh, 1):
    dest = veh_rows[v - 1][6]
    src = random.choice([y for y in range(1, 16) if y != dest])
    tdt = (d(veh_rows[v - 1][7]) - timedelta(days=random.randint(1, 10))).isoformat()
    miles = random.randint(8, 240)
    fee = float(75 + miles * 2 + random.choice([0, 25, 50]))
    drv = None if t % 6 == 0 else random.choice([w[0] for w in worker_rows if w[7] == "Y"])
    tow_rows.append((t, v, src, dest, tdt, miles, fee, drv))
tow_rows.sort(key=lambda r: r[4])
tow_rows = [(i,) + r[1:] for i, r in enumerate(tow_rows, 1)]


def emit(out, table, cols, rows):
    for r in rows:
        out.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(cols), ", ".join(q(x) for x in r)))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "salvage_yard.sql"
    out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;", SCHEMA.strip(), ""]
    emit(out, "Yard", ["yard_id", "yard_name", "city", "state_cd", "acres", "has_crusher", "opened_dt", "phone"], yard_rows)
    emit(out, "Ref_Make_Codes", ["make_cd", "make_name", "origin_cntry"], MAKES)
    emit(out, "vehicle_intake", ["VehicleID", "vin", "make_cd", "model_nm", "model_yr", "cond_cd", "lot_yard",
                                 "date_in", "buy_amt", "odometer", "title_cd"], veh_rows)
    emit(out, "parts_pulled", ["part_no", "veh_id", "part_type", "pull_dt", "asking_price", "grade", "sold_flag"], part_rows)
    emit(out, "BuyerAccounts", ["BuyerID", "buyer_nm", "biz_type", "city", "phone", "tax_exempt"], buyer_rows)
    emit(out, "PartSale", ["SaleID", "part_no", "cust_id", "sale_dt", "sale_amt", "pay_method"], sale_rows)
    emit(out, "yard_workers", ["emp_id", "emp_fname", "emp_lname", "home_yard", "foreman", "hire_dt",
                               "hourly_rate", "cdl_flag"], worker_rows)
    emit(out, "Dismantle_Crew", ["emp_id", "VehicleID", "work_dt", "hrs"], crew_rows)
    emit(out, "tow_jobs", ["tow_id", "veh", "from_yard", "to_yard", "tow_dt", "miles", "tow_fee", "driver_emp"], tow_rows)
    out.append("COMMIT;")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
