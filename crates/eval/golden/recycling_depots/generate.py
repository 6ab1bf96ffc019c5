#!/usr/bin/env python3
"""Deterministic generator for the recycling_depots text-to-SQL database."""
import random
import sys
from datetime import date, timedelta

rng = random.Random(20240517)
out_path = sys.argv[1] if len(sys.argv) > 1 else "recycling_depots.sql"


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]


def ins(table, rows):
    for r in rows:
        lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


def rdate(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=rng.randint(0, (d1 - d0).days))).isoformat()


# ---------------------------------------------------------------- schema
lines.append("""CREATE TABLE Depot (
  DepotID INTEGER PRIMARY KEY,
  depot_nm TEXT NOT NULL,
  city_cd TEXT,
  opened_yr INTEGER,
  capacity_t TEXT,
  has_scale TEXT
);""")
lines.append("""CREATE TABLE Ref_Material_Types (
  mat_cd TEXT PRIMARY KEY,
  mat_desc TEXT,
  hazardous_flag TEXT,
  price_per_kg REAL
);""")
lines.append("""CREATE TABLE Driver (
  drv_id INTEGER PRIMARY KEY,
  drv_fname TEXT,
  drv_lname TEXT,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  lic_class TEXT,
  hired_dt TEXT,
  home_depot INTEGER,
  supervisor_id INTEGER,
  FOREIGN KEY (home_depot) REFERENCES Depot(DepotID),
  FOREIGN KEY (supervisor_id) REFERENCES Driver(drv_id)
);""")
lines.append("""CREATE TABLE collection_trucks (
  TruckID INTEGER PRIMARY KEY,
  reg_plate TEXT,
  make TEXT,
  model_yr INTEGER,
  payload_kg TEXT,
  status_cd TEXT,
  base_depot INTEGER
);""")
lines.append("""CREATE TABLE routes (
  route_no INTEGER PRIMARY KEY,
  route_nm TEXT,
  day_of_wk TEXT,
  zone_cd TEXT,
  DepotID INTEGER,
  FOREIGN KEY (DepotID) REFERENCES Depot(DepotID)
);""")
lines.append("""CREATE TABLE households (
  hh_id INTEGER PRIMARY KEY,
  street_addr TEXT,
  city_cd TEXT,
  num_residents INTEGER,
  has_compost_bin TEXT,
  bin_size TEXT,
  joined_dt TEXT,
  route_no INTEGER,
  FOREIGN KEY (route_no) REFERENCES routes(route_no)
);""")
lines.append("""CREATE TABLE pickups (
  pickup_id INTEGER PRIMARY KEY,
  hh_id INTEGER,
  truck_id INTEGER,
  driver INTEGER,
  pickup_date TEXT,
  status TEXT,
  FOREIGN KEY (hh_id) REFERENCES households(hh_id)
);""")
lines.append("""CREATE TABLE WeighIn (
  WeighInID INTEGER PRIMARY KEY,
  TruckID INTEGER,
  DepotID INTEGER,
  mat_cd TEXT,
  weigh_dt TEXT,
  net_wt_kg REAL,
  contam_pct REAL,
  FOREIGN KEY (mat_cd) REFERENCES Ref_Material_Types(mat_cd)
);""")
lines.append("""CREATE TABLE depot_accepts (
  DepotID INTEGER,
  mat_cd TEXT,
  accepts_since TEXT,
  max_daily_kg INTEGER,
  PRIMARY KEY (DepotID, mat_cd),
  FOREIGN KEY (DepotID) REFERENCES Depot(DepotID),
  FOREIGN KEY (mat_cd) REFERENCES Ref_Material_Types(mat_cd)
);""")

# ---------------------------------------------------------------- Depot
cities = ["SPR", "OAK", "RIV", "MDL", "HLV"]
depot_names = [
    "Northgate Recycling Centre", "Harbour Road Depot", "Elm Street Yard",
    "Westfield Transfer Station", "Millbrook Depot", "Cedar Park Drop-off",
    "Eastside Materials Yard", "Kingsway Depot", "Bayview Recycling Point",
    "Old Quarry Depot", "Lakeside Transfer Station", "Foundry Lane Yard",
    "Pinecrest Depot", "Southbank Recycling Centre", "Granary Road Depot",
    "Hillcrest Drop-off", "Station Road Yard", "Meadowvale Depot",
    "Riverbend Transfer Station", "Ashford Recycling Centre",
]
depot_city = ["SPR", "OAK", "OAK", "RIV", "MDL", "SPR", "HLV", "OAK", "RIV",
              "MDL", "SPR", "HLV", "OAK", "RIV", "SPR", "MDL", "HLV", "SPR",
              "RIV", "OAK"]
capacities = rng.sample(range(60, 1600, 5), 20)
depots = []
for i in range(20):
    opened = rng.randint(1978, 2021)
    if i in (6, 15):
        opened = None
    depots.append((i + 1, depot_names[i], depot_city[i], opened,
                   str(capacities[i]), rng.choice(["Y", "Y", "N"])))
ins("Depot", depots)

# ---------------------------------------------------------------- materials
materials = [
    ("PET", "PET plastic bottles", "N", 0.32),
    ("HDPE", "HDPE plastic containers", "N", 0.28),
    ("ALU", "Aluminium cans", "N", 1.10),
    ("STL", "Steel tins", "N", 0.18),
    ("GLS", "Mixed glass", "N", 0.04),
    ("GLC", "Clear glass", "N", 0.06),
    ("CRD", "Cardboard", "N", 0.09),
    ("PAP", "Mixed paper", "N", 0.07),
    ("NWS", "Newspaper", "N", 0.08),
    ("EWS", "Electronic waste", "Y", 0.55),
    ("BAT", "Household batteries", "Y", 0.40),
    ("PNT", "Paint and solvents", "Y", 0.00),
    ("OIL", "Used motor oil", "Y", 0.12),
    ("FLU", "Fluorescent tubes", "Y", 0.00),
    ("TXT", "Textiles and clothing", "N", 0.15),
    ("WOD", "Untreated wood", "N", 0.02),
    ("GRN", "Garden waste", "N", 0.01),
    ("TYR", "Car tyres", "N", 0.03),
    ("CPR", "Copper wire", "N", 4.20),
    ("MAT", "Mattresses", "N", 0.00),
]
ins("Ref_Material_Types", materials)
all_codes = [m[0] for m in materials]
never_accepted = {"CPR", "TYR"}
never_weighed = {"MAT", "FLU", "WOD", "PNT"}
acceptable = [c for c in all_codes if c not in never_accepted]

# ---------------------------------------------------------------- depot_accepts
accepts = []
depot_mats = {}
for d in range(1, 21):
    k = rng.randint(5, 10)
    mats = rng.sample(acceptable, k)
    for must in ("PET", "PAP"):
        if must not in mats:
            mats.append(must)
    depot_mats[d] = mats
# make sure some Oakland depots accept the never-weighed materials
for d in (2, 8):
    for c in ("MAT", "FLU"):
        if c not in depot_mats[d]:
            depot_mats[d].append(c)
for d in range(1, 21):
    for c in sorted(depot_mats[d]):
        accepts.append((d, c, rdate("2005-01-01", "2022-12-31"),
                        rng.choice([500, 1000, 1500, 2000, 3000, 5000])))
ins("depot_accepts", accepts)

# ---------------------------------------------------------------- Driver
fn_f = ["Maria", "Aisha", "Jennifer", "Priya", "Chloe", "Sofia", "Grace",
        "Hannah", "Lucia", "Megan", "Fatima", "Olivia", "Rosa", "Yuki",
        "Nadia", "Eleanor", "Tamara", "Ingrid"]
fn_m = ["James", "Carlos", "Tom", "Ahmed", "Liam", "Diego", "Pavel", "Kwame",
        "Owen", "Raj", "Marcus", "Ben", "Victor", "Samuel", "Hiro", "Luis",
        "Declan", "Felix", "Tariq", "Noah", "Ivan", "George", "Mateo",
        "Callum", "Andre", "Jonah", "Omar"]
lnames = ["Okafor", "Smith", "Garcia", "Novak", "Patel", "Brennan", "Kim",
          "Rossi", "Muller", "Haddad", "Johansson", "Walsh", "Nguyen",
          "Fernandez", "O'Neill", "Kowalski", "Adeyemi", "Moreau", "Singh",
          "Tanaka", "Murphy", "Costa", "Lindqvist", "Baker", "Chen",
          "Ibrahim", "Duarte", "Fraser", "Hughes", "Petrov"]
rng.shuffle(fn_f)
rng.shuffle(fn_m)
drivers = []
N_DRV = 45
used_dob = set()
fi = mi = 0
for i in range(1, N_DRV + 1):
    if rng.random() < 0.38 and fi < len(fn_f):
        g, fn = "F", fn_f[fi]
        fi += 1
    else:
        g, fn = "M", fn_m[mi]
        mi += 1
    ln = rng.choice(lnames)
    while True:
        dob = rdate("1962-01-01", "2001-12-31")
        if dob not in used_dob:
            used_dob.add(dob)
            break
    ph = "555-%04d" % rng.randint(0, 9999)
    lic = rng.choice(["B", "C", "C", "CE"])
    hired = rdate("2003-01-01", "2023-06-30")
    if i <= 4:
        sup = None
    elif i <= 12:
        sup = rng.randint(1, 4)
    else:
        sup = rng.randint(5, 12)
    # depots 17..20 get no drivers; a few depots get many
    home = rng.choice(list(range(1, 17)) + [1, 2, 3, 5, 8, 8, 11])
    drivers.append((i, fn, ln, g, dob, ph, lic, hired, home, sup))
ins("Driver", drivers)

# ---------------------------------------------------------------- trucks
makes = ["Volvo", "Mack", "Scania", "Dennis Eagle", "Isuzu", "MAN"]
trucks = []
for t in range(1, 31):
    make = rng.choice(makes)
    yr = rng.randint(2006, 2023)
    if t in (9, 22):
        yr = None
    payload = str(rng.choice(range(3500, 12500, 250)))
    status = rng.choice(["A", "A", "A", "A", "M", "R"])
    base = rng.choice(range(1, 17))
    plate = "%s%02d %s" % (rng.choice("KLMNPRT"), rng.randint(10, 99),
                           "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))
    trucks.append((t, plate, make, yr, payload, status, base))
ins("collection_trucks", trucks)

# ---------------------------------------------------------------- routes
route_names = [
    "Northgate Loop", "Harbour North", "Harbour South", "Elm Street Circuit",
    "Westfield Estates", "Millbrook Village", "Cedar Park East",
    "Cedar Park West", "Eastside Flats", "Kingsway Central", "Bayview Heights",
    "Quarry Hill", "Lakeside Shore", "Foundry District", "Pinecrest Ridge",
    "Southbank Terraces", "Granary Row", "Hillcrest Gardens", "Station Quarter",
    "Meadowvale Lanes", "Riverside North", "Riverside South", "Ashford Green",
    "Old Town", "University Park",
]
days = ["MON", "TUE", "WED", "THU", "FRI"]
routes = []
route_depot = {}
for r in range(1, 26):
    d = rng.choice(range(1, 21))
    route_depot[r] = d
    routes.append((r, route_names[r - 1], rng.choice(days),
                   rng.choice(["Z1", "Z2", "Z3", "Z4"]), d))
ins("routes", routes)

# ---------------------------------------------------------------- households
streets = ["Maple Ave", "Oak St", "Birch Rd", "Church Ln", "High St",
           "Mill Rd", "Park Cres", "Victoria St", "Willow Way", "Queens Rd",
           "Station Rd", "Orchard Cl", "Bridge St", "Harbour Rd", "Hill Top"]
households = []
addr_used = set()
route_weights = [rng.randint(1, 6) for _ in range(25)]
route_weights[20] = 14  # Riverside North is a big route
for h in range(1, 201):
    while True:
        a = "%d %s" % (rng.randint(1, 240), rng.choice(streets))
        if a not in addr_used:
            addr_used.add(a)
            break
    r = rng.choices(range(1, 26), weights=route_weights)[0]
    city = depot_city[route_depot[r] - 1]
    res = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6])
    comp = rng.choice(["Y", "N", "N"])
    size = rng.choice(["S", "M", "L", None])
    households.append((h, a, city, res, comp, size,
                       rdate("2010-01-01", "2023-12-31"), r))
ins("households", households)

# ---------------------------------------------------------------- pickups
active_drivers = [d[0] for d in drivers if d[0] not in (7, 19, 33, 41)]
pickups = []
truck_w = [rng.randint(1, 5) for _ in range(30)]
truck_w[13] = 12
for p in range(1, 301):
    hh = rng.randint(1, 200)
    tr = rng.choices(range(1, 31), weights=truck_w)[0]
    drv = rng.choice(active_drivers)
    st = rng.choice(["C"] * 8 + ["M", "P"])
    pickups.append((p, hh, tr, drv, rdate("2023-01-01", "2023-12-31"), st))
ins("pickups", pickups)

# ---------------------------------------------------------------- weigh-ins
weigh = []
for w in range(1, 261):
    d = rng.randint(1, 20)
    choices = [c for c in depot_mats[d] if c not in never_weighed]
    m = rng.choice(choices)
    wt = round(rng.uniform(40, 2400), 1)
    cp = None if rng.random() < 0.15 else round(rng.uniform(0, 18), 1)
    weigh.append((w, rng.randint(1, 30), d, m,
                  rdate("2023-01-01", "2023-12-31"), wt, cp))
ins("WeighIn", weigh)

lines.append("COMMIT;")
with open(out_path, "w") as f:
    f.write("\n".join(lines) + "\n")
