#!/usr/bin/env python3
"""Generate the community_garden SQLite database as SQL text.

Usage: python3 generate.py community_garden.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def d2s(d):
    return d.strftime("%Y-%m-%d")


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=random.randint(0, span))


out = []


def emit(s):
    out.append(s)


def insert(table, cols, rows):
    for r in rows:
        emit("INSERT INTO %s (%s) VALUES (%s);" % (
            table, ", ".join(cols), ", ".join(q(v) for v in r)))


# ---------------------------------------------------------------- schema
emit("PRAGMA foreign_keys = OFF;")
emit("BEGIN TRANSACTION;")
emit("""CREATE TABLE gardeners (
  gdnr_id INTEGER PRIMARY KEY,
  gdnr_fname TEXT NOT NULL,
  gdnr_lname TEXT NOT NULL,
  sex TEXT,
  dob TEXT,
  ph_no TEXT,
  email TEXT,
  join_dt TEXT
);""")
emit("""CREATE TABLE Garden (
  GardenID INTEGER PRIMARY KEY,
  GardenName TEXT NOT NULL,
  StreetAddress TEXT,
  Neighborhood TEXT,
  OpenedYear INTEGER,
  HasWater TEXT,
  Status TEXT,
  Coordinator INTEGER,
  FOREIGN KEY (Coordinator) REFERENCES gardeners(gdnr_id)
);""")
emit("""CREATE TABLE plots (
  plot_id INTEGER PRIMARY KEY,
  GardenID INTEGER NOT NULL,
  plot_label TEXT,
  size_sqft TEXT,
  raised_bed TEXT,
  annual_fee INTEGER,
  tenant INTEGER,
  FOREIGN KEY (GardenID) REFERENCES Garden(GardenID),
  FOREIGN KEY (tenant) REFERENCES gardeners(gdnr_id)
);""")
emit("""CREATE TABLE Ref_Plant_Families (
  family_code TEXT PRIMARY KEY,
  family_name TEXT NOT NULL,
  family_description TEXT
);""")
emit("""CREATE TABLE Plant (
  plant_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  family_code TEXT,
  plant_type TEXT,
  days_to_maturity INTEGER,
  perennial TEXT,
  FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);""")
emit("""CREATE TABLE plot_plants (
  planting_id INTEGER PRIMARY KEY,
  plot_id INTEGER NOT NULL,
  plant_id INTEGER NOT NULL,
  sown_on TEXT,
  qty INTEGER
);""")
emit("""CREATE TABLE harvests (
  harvest_id INTEGER PRIMARY KEY,
  planting_id INTEGER NOT NULL,
  harvest_date TEXT,
  weight_kg REAL,
  grade TEXT,
  notes TEXT
);""")
emit("""CREATE TABLE tool_loans (
  loan_id INTEGER PRIMARY KEY,
  tool_name TEXT NOT NULL,
  gdnr_id INTEGER NOT NULL,
  GardenID INTEGER,
  loan_dt TEXT,
  due_dt TEXT,
  returned TEXT,
  late_fee_amt REAL
);""")

# ---------------------------------------------------------------- gardeners
female = ["Maria", "Aisha", "Linda", "Grace", "Sofia", "Hannah", "Priya", "Naomi",
          "Rosa", "Emily", "Keiko", "Fatima", "Julia", "Olivia", "Megan", "Teresa",
          "Nadia", "Claire", "Ingrid", "Beatriz", "Yolanda", "Deborah", "Chloe",
          "Ruth", "Mei", "Anita", "Carmen", "Laura", "Sarah", "Helen"]
male = ["James", "Carlos", "David", "Ahmed", "Tom", "Marcus", "Kenji", "Samuel",
        "Luis", "Peter", "Omar", "Daniel", "Victor", "Raj", "Henry", "Walter",
        "Andre", "Brian", "Felix", "George", "Ivan", "Jorge", "Kevin", "Martin",
        "Nathan", "Paul", "Robert", "Steven", "Tyrone", "Hugo"]
last = ["Lopez", "Nguyen", "Okafor", "Schmidt", "Murphy", "Patel", "Kowalski",
        "Tanaka", "Garcia", "Bennett", "Morales", "Reyes", "Chen", "Johnson",
        "Mitchell", "Hansen", "Ortiz", "Rahman", "Fischer", "Moore", "Sullivan",
        "Kim", "Alvarez", "Brooks", "Martin", "Dubois", "Castillo", "Harris",
        "Novak", "Price", "Yamamoto", "Walsh", "Mendoza", "Foster", "Ibrahim",
        "Larsen", "Campbell", "Romero", "Fletcher", "Gupta", "Duarte", "Meyer",
        "Obi", "Russo", "Stewart", "Vargas", "Hughes", "Moreno", "Silva", "Wood",
        "Bauer", "Quinn", "Ward", "Ferreira", "Adams", "Baker", "Evans", "Torres",
        "Lindqvist", "Molina"]
random.shuffle(last)
fem = female[:]
mal = male[:]
random.shuffle(fem)
random.shuffle(mal)
N_GDNR = 60
gardener_rows = []
for i in range(1, N_GDNR + 1):
    if random.random() < 0.55 and fem:
        fn, sx = fem.pop(), "F"
    elif mal:
        fn, sx = mal.pop(), "M"
    else:
        fn, sx = fem.pop(), "F"
    ln = last[i - 1]
    dob = d2s(rand_date(date(1948, 1, 1), date(2003, 12, 31)))
    ph = None if random.random() < 0.12 else "503-%03d-%04d" % (
        random.randint(200, 989), random.randint(0, 9999))
    em = None if random.random() < 0.15 else "%s.%s@%s" % (
        fn.lower(), ln.lower(), random.choice(["gmail.com", "yahoo.com",
                                               "outlook.com", "riseup.net"]))
    jd = d2s(rand_date(date(2012, 3, 1), date(2024, 6, 30)))
    gardener_rows.append([i, fn, ln, sx, dob, ph, em, jd])

# ---------------------------------------------------------------- gardens
gardens = [
    ("Maple Street Community Garden", "412 Maple St", "Buckman"),
    ("Riverside Gardens", "88 River Rd", "Sellwood"),
    ("Hillcrest Victory Garden", "1500 Hillcrest Ave", "Mount Tabor"),
    ("Cedar Park Garden", "27 Cedar Park Dr", "Kenton"),
    ("Oak Hollow Commons", "903 Oak Hollow Ln", "Lents"),
    ("Sunnyside Plots", "3310 SE Sunnyside Rd", "Sunnyside"),
    ("Elm Grove Garden", "640 Elm Grove Ct", "Irvington"),
    ("Harbor View Garden", "15 Harbor Way", "St. Johns"),
    ("Lincoln Square Garden", "210 Lincoln Sq", "Hosford-Abernethy"),
    ("Fairmount Growers", "77 Fairmount Blvd", "Hillsdale"),
    ("Willow Creek Garden", "1220 Willow Creek Rd", "Cully"),
    ("Southgate Allotments", "5008 Southgate Ave", "Brentwood-Darlington"),
    ("Beacon Hill Garden", "19 Beacon Hill Rd", "Arbor Lodge"),
    ("Mill Race Garden", "402 Mill Race Way", "Woodstock"),
    ("Orchard Lane Garden", "2875 Orchard Ln", "Montavilla"),
]
years = [1978, 2005, 1994, 2012, 2016, 1989, 2008, 2019, 1999, 2003, 2021, 1985,
         2014, 2010, 2018]
water = ["Y", "Y", "N", "Y", "N", "Y", "Y", "N", "Y", "N", "N", "Y", "Y", "N", "Y"]
status = ["ACT", "ACT", "WLT", "ACT", "REN", "WLT", "ACT", "ACT", "WLT", "ACT",
          "ACT", "WLT", "ACT", "REN", "ACT"]
coords = random.sample(range(1, N_GDNR + 1), len(gardens))
garden_rows = []
for i, (nm, st, nb) in enumerate(gardens, start=1):
    garden_rows.append([i, nm, st, nb, years[i - 1], water[i - 1], status[i - 1],
                        coords[i - 1]])

# ---------------------------------------------------------------- plots
plots_per_garden = [6, 4, 5, 3, 4, 7, 3, 2, 5, 4, 3, 5, 3, 2, 4]  # 60
sizes = ["64", "80", "96", "100", "120", "144", "150", "200", "240", "300", "320",
         "400"]
tenants_pool = random.sample(range(1, N_GDNR + 1), 42)
plot_rows = []
pid = 0
for g, n in enumerate(plots_per_garden, start=1):
    for k in range(n):
        pid += 1
        sz = random.choice(sizes)
        raised = random.choice(["Y", "N", "N"])
        fee = 20 + int(sz) // 8 + (15 if raised == "Y" else 0)
        fee = int(round(fee / 5.0) * 5)
        if pid <= len(tenants_pool):
            ten = tenants_pool[pid - 1]
        else:
            ten = random.choice(tenants_pool)
        label = "%s-%02d" % ("ABCDEFGHJKLMNOP"[g - 1], k + 1)
        plot_rows.append([pid, g, label, sz, raised, fee, ten])
# make sure garden 1 has both raised and in-ground plots, garden 2 only in-ground
plot_rows[0][4] = "Y"
plot_rows[1][4] = "N"
for r in plot_rows:
    if r[1] == 2:
        r[4] = "N"
for r in plot_rows:
    r[5] = int(round((20 + int(r[3]) // 8 + (15 if r[4] == "Y" else 0)) / 5.0) * 5)

# ---------------------------------------------------------------- families
families = [
    ("SOL", "Solanaceae", "Nightshade family"),
    ("BRA", "Brassicaceae", "Mustard and cabbage family"),
    ("CUC", "Cucurbitaceae", "Gourd family"),
    ("FAB", "Fabaceae", "Legume family"),
    ("API", "Apiaceae", "Carrot family"),
    ("AMA", "Amaranthaceae", "Amaranth and goosefoot family"),
    ("LAM", "Lamiaceae", "Mint family"),
    ("AST", "Asteraceae", "Daisy family"),
    ("ALL", "Amaryllidaceae", "Onion family"),
    ("ROS", "Rosaceae", "Rose family"),
    ("POA", "Poaceae", "Grass family"),
    ("POL", "Polygonaceae", "Buckwheat family"),
    ("MAL", "Malvaceae", "Mallow family"),
    ("CON", "Convolvulaceae", "Morning glory family"),
    ("TRO", "Tropaeolaceae", "Nasturtium family"),
    ("BOR", "Boraginaceae", "Borage family"),
    ("VAL", "Caprifoliaceae", "Honeysuckle and valerian family"),
]

# ---------------------------------------------------------------- plants
# name, family, type, days, perennial
plants = [
    ("Tomato", "SOL", "VEG", 80, "F"),
    ("Cherry Tomato", "SOL", "VEG", 65, "F"),
    ("Bell Pepper", "SOL", "VEG", 75, "F"),
    ("Jalapeno Pepper", "SOL", "VEG", 72, "F"),
    ("Eggplant", "SOL", "VEG", 85, "F"),
    ("Potato", "SOL", "VEG", 100, "F"),
    ("Tomatillo", "SOL", "VEG", 78, "F"),
    ("Kale", "BRA", "VEG", 55, "F"),
    ("Broccoli", "BRA", "VEG", 70, "F"),
    ("Cabbage", "BRA", "VEG", 90, "F"),
    ("Radish", "BRA", "VEG", 25, "F"),
    ("Arugula", "BRA", "HRB", 40, "F"),
    ("Bok Choy", "BRA", "VEG", 45, "F"),
    ("Zucchini", "CUC", "VEG", 50, "F"),
    ("Cucumber", "CUC", "VEG", 58, "F"),
    ("Butternut Squash", "CUC", "VEG", 110, "F"),
    ("Pumpkin", "CUC", "VEG", 115, "F"),
    ("Watermelon", "CUC", "FRT", 88, "F"),
    ("Green Bean", "FAB", "VEG", 56, "F"),
    ("Snap Pea", "FAB", "VEG", 62, "F"),
    ("Fava Bean", "FAB", "VEG", 95, "F"),
    ("Carrot", "API", "VEG", 70, "F"),
    ("Parsley", "API", "HRB", 74, "F"),
    ("Dill", "API", "HRB", 44, "F"),
    ("Cilantro", "API", "HRB", 50, "F"),
    ("Spinach", "AMA", "VEG", 42, "F"),
    ("Swiss Chard", "AMA", "VEG", 55, "F"),
    ("Beet", "AMA", "VEG", 58, "F"),
    ("Basil", "LAM", "HRB", 60, "F"),
    ("Mint", "LAM", "HRB", 90, "T"),
    ("Rosemary", "LAM", "HRB", 180, "T"),
    ("Thyme", "LAM", "HRB", 85, "T"),
    ("Lavender", "LAM", "FLW", 200, "T"),
    ("Lettuce", "AST", "VEG", 48, "F"),
    ("Sunflower", "AST", "FLW", 80, "F"),
    ("Marigold", "AST", "FLW", 50, "F"),
    ("Zinnia", "AST", "FLW", 60, "F"),
    ("Garlic", "ALL", "VEG", 240, "F"),
    ("Onion", "ALL", "VEG", 105, "F"),
    ("Leek", "ALL", "VEG", 120, "F"),
    ("Chives", "ALL", "HRB", 75, "T"),
    ("Strawberry", "ROS", "FRT", 120, "T"),
    ("Raspberry", "ROS", "FRT", 300, "T"),
    ("Sweet Corn", "POA", "VEG", 82, "F"),
    ("Rhubarb", "POL", "VEG", 365, "T"),
    ("Okra", "MAL", "VEG", 60, "F"),
    ("Sweet Potato", "CON", "VEG", 110, "F"),
    ("Nasturtium", "TRO", "FLW", 52, "F"),
    ("Borage", "BOR", "HRB", 56, "F"),
]
plant_rows = []
for i, (nm, fam, tp, days, per) in enumerate(plants, start=1):
    plant_rows.append([i, nm, fam, tp, days, per])
# a few plants nobody has planted yet
never_planted = {"Okra", "Tomatillo", "Borage", "Fava Bean", "Leek"}
plantable = [r for r in plant_rows if r[1] not in never_planted]
popular = ["Tomato", "Cherry Tomato", "Zucchini", "Kale", "Basil", "Lettuce",
           "Garlic", "Green Bean", "Carrot", "Strawberry"]
weights = [4 if r[1] in popular else 1 for r in plantable]

# ---------------------------------------------------------------- plantings
planting_rows = []
for i in range(1, 81):
    plot = random.choice(plot_rows)
    pl = random.choices(plantable, weights=weights)[0]
    yr = random.choice([2022, 2023, 2024])
    if pl[4] >= 200:
        sown = rand_date(date(yr - 1, 9, 20), date(yr - 1, 11, 10))
    else:
        sown = rand_date(date(yr, 3, 15), date(yr, 6, 15))
    qty = random.choice([1, 2, 3, 4, 6, 8, 10, 12, 20, 24])
    planting_rows.append([i, plot[0], pl[0], d2s(sown), qty, pl])

# ---------------------------------------------------------------- harvests
yield_kg = {"VEG": (0.3, 6.0), "HRB": (0.05, 0.8), "FRT": (0.4, 5.0),
            "FLW": (0.1, 1.2)}
harvest_rows = []
hid = 0
order = list(range(80))
random.shuffle(order)
for idx in order:
    if len(harvest_rows) >= 80:
        break
    p = planting_rows[idx]
    pl = p[5]
    n = random.choice([0, 1, 1, 1, 2])
    sown = date(*map(int, p[3].split("-")))
    first = sown + timedelta(days=pl[4] if pl[4] < 300 else 280)
    for k in range(n):
        hid += 1
        hd = first + timedelta(days=random.randint(0, 20) + 14 * k)
        lo, hi = yield_kg[pl[3]]
        w = round(random.uniform(lo, hi), 2)
        grade = random.choice(["A", "A", "B", "B", "C"])
        note = random.choice([None] * 8 + ["some pest damage", "aphids on leaves",
                                           "split after rain", "donated to food bank",
                                           "first pick of the season"])
        harvest_rows.append([hid, p[0], d2s(hd), w, grade, note])
        if len(harvest_rows) >= 80:
            break
harvest_rows.sort(key=lambda r: (r[2], r[1]))
for i, r in enumerate(harvest_rows, start=1):
    r[0] = i

# ---------------------------------------------------------------- tool loans
tools = ["Wheelbarrow", "Hoe", "Rake", "Pruning Shears", "Spade", "Garden Fork",
         "Hose", "Rototiller", "Loppers", "Hand Trowel"]
borrowers = random.sample(range(1, N_GDNR + 1), 26)
heavy = borrowers[:4]
loan_rows = []
for i in range(1, 51):
    if i <= 18:
        who = heavy[(i - 1) % 4]
    else:
        who = random.choice(borrowers)
    tool = random.choice(tools)
    ld = rand_date(date(2023, 3, 1), date(2024, 10, 15))
    due = ld + timedelta(days=random.choice([3, 7, 7, 14]))
    ret = "N" if random.random() < 0.2 else "Y"
    fee = None
    if ret == "Y" and random.random() < 0.25:
        fee = random.choice([2.5, 5.0, 7.5, 10.0])
    gid = None
    for pr in plot_rows:
        if pr[6] == who:
            gid = pr[1]
            break
    if gid is None:
        gid = random.randint(1, len(gardens))
    loan_rows.append([i, tool, who, gid, d2s(ld), d2s(due), ret, fee])
# guarantee a few specific combinations exist
loan_rows[0][1] = "Wheelbarrow"
loan_rows[4][1] = "Hoe"
loan_rows[1][1] = "Wheelbarrow"
loan_rows[9][1] = "Hoe"
loan_rows.sort(key=lambda r: (r[4], r[0]))
for i, r in enumerate(loan_rows, start=1):
    r[0] = i

# ---------------------------------------------------------------- emit
insert("gardeners", ["gdnr_id", "gdnr_fname", "gdnr_lname", "sex", "dob", "ph_no",
                     "email", "join_dt"], gardener_rows)
insert("Garden", ["GardenID", "GardenName", "StreetAddress", "Neighborhood",
                  "OpenedYear", "HasWater", "Status", "Coordinator"], garden_rows)
insert("plots", ["plot_id", "GardenID", "plot_label", "size_sqft", "raised_bed",
                 "annual_fee", "tenant"], plot_rows)
insert("Ref_Plant_Families", ["family_code", "family_name", "family_description"],
       families)
insert("Plant", ["plant_id", "name", "family_code", "plant_type", "days_to_maturity",
                 "perennial"], plant_rows)
insert("plot_plants", ["planting_id", "plot_id", "plant_id", "sown_on", "qty"],
       [r[:5] for r in planting_rows])
insert("harvests", ["harvest_id", "planting_id", "harvest_date", "weight_kg", "grade",
                    "notes"], harvest_rows)
insert("tool_loans", ["loan_id", "tool_name", "gdnr_id", "GardenID", "loan_dt",
                      "due_dt", "returned", "late_fee_amt"], loan_rows)
emit("COMMIT;")

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out) + "\n")
