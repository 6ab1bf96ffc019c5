#!/usr/bin/env python3
"""Deterministic generator for the farmers_market text-to-SQL database."""
import random
import sys

rng = random.Random(20240615)

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

emit("PRAGMA foreign_keys = OFF;")
emit("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
emit("""CREATE TABLE Market (
  MarketID INTEGER PRIMARY KEY,
  mkt_name TEXT NOT NULL,
  city_cd TEXT,
  open_day TEXT,
  is_covered TEXT,
  est_yr INTEGER,
  mgr_name TEXT,
  mgr_ph TEXT
);""")
emit("""CREATE TABLE Ref_Product_Categories (
  cat_code TEXT PRIMARY KEY,
  cat_desc TEXT,
  perishable_yn TEXT
);""")
emit("""CREATE TABLE stall_pitches (
  pitch_id INTEGER PRIMARY KEY,
  MarketID INTEGER,
  pitch_no TEXT,
  size_sqm TEXT,
  has_power TEXT,
  FOREIGN KEY (MarketID) REFERENCES Market(MarketID)
);""")
emit("""CREATE TABLE Vendor (
  VendorID INTEGER PRIMARY KEY,
  vend_fname TEXT,
  vend_lname TEXT,
  biz_name TEXT,
  gender TEXT,
  ph_no TEXT,
  home_mkt INTEGER,
  organic_cert TEXT,
  mentor_id INTEGER,
  join_dt TEXT,
  FOREIGN KEY (mentor_id) REFERENCES Vendor(VendorID)
);""")
emit("""CREATE TABLE products (
  prod_id INTEGER PRIMARY KEY,
  prod_name TEXT,
  vendor_id INTEGER,
  cat_cd TEXT,
  unit_price REAL,
  unit_cd TEXT,
  wt_g TEXT,
  in_season TEXT,
  FOREIGN KEY (vendor_id) REFERENCES Vendor(VendorID)
);""")
emit("""CREATE TABLE market_days (
  day_id INTEGER PRIMARY KEY,
  mkt_id INTEGER,
  mkt_date TEXT,
  weather TEXT,
  footfall INTEGER,
  FOREIGN KEY (mkt_id) REFERENCES Market(MarketID)
);""")
emit("""CREATE TABLE stall_bookings (
  VendorID INTEGER,
  day_id INTEGER,
  pitch_id INTEGER,
  fee REAL,
  paid_yn TEXT,
  status TEXT,
  PRIMARY KEY (VendorID, day_id),
  FOREIGN KEY (VendorID) REFERENCES Vendor(VendorID),
  FOREIGN KEY (day_id) REFERENCES market_days(day_id)
);""")
emit("""CREATE TABLE sales_records (
  sale_id INTEGER PRIMARY KEY,
  day_id INTEGER,
  prod_id INTEGER,
  qty INTEGER,
  amount REAL,
  pay_method TEXT
);""")
emit("""CREATE TABLE Inspection (
  insp_id INTEGER PRIMARY KEY,
  VendorID INTEGER,
  day_id INTEGER,
  inspector TEXT,
  result TEXT,
  score INTEGER,
  notes TEXT,
  FOREIGN KEY (VendorID) REFERENCES Vendor(VendorID)
);""")

# ---------------------------------------------------------------- markets
market_names = [
    ("Riverside Saturday Market", "PDX"), ("Hawthorne Growers Market", "PDX"),
    ("Pearl District Market", "PDX"), ("Lents International Market", "PDX"),
    ("Ballard Farmers Market", "SEA"), ("Capitol Hill Market", "SEA"),
    ("Fremont Sunday Market", "SEA"), ("Columbia City Market", "SEA"),
    ("University District Market", "SEA"), ("Lane County Market", "EUG"),
    ("Whiteaker Night Market", "EUG"), ("Fifth Street Market", "EUG"),
    ("Olympia Harbor Market", "OLY"), ("Westside Olympia Market", "OLY"),
    ("Tumwater Valley Market", "OLY"), ("Old Mill Market", "BND"),
    ("Drake Park Market", "BND"), ("NorthWest Crossing Market", "BND"),
    ("Salem Saturday Market", "SLM"), ("Bush Park Market", "SLM"),
]
days = ["SAT", "SUN", "WED", "THU", "SAT", "SAT", "SUN"]
mgr_first = ["Alice", "Brian", "Carmen", "Derek", "Elena", "Frank", "Grace", "Hector",
             "Irene", "Jamal", "Karen", "Luis", "Maya", "Nate", "Olga", "Paul",
             "Quinn", "Rosa", "Sam", "Tina"]
mgr_last = ["Baker", "Chen", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ito",
            "Jensen", "Kim", "Lopez", "Morris", "Nguyen", "Olsen", "Patel", "Reyes",
            "Stone", "Turner", "Vargas", "Wright"]
markets = []
for i, (name, city) in enumerate(market_names, start=1):
    est = rng.randint(1975, 2018) if rng.random() > 0.2 else None
    ph = "%03d-555-%04d" % (rng.choice([503, 206, 541, 360, 458]), rng.randint(1000, 9999))
    covered = "Y" if rng.random() < 0.35 else "N"
    markets.append((i, name, city, rng.choice(days), covered, est,
                    mgr_first[i - 1] + " " + mgr_last[(i * 7) % 20], ph))
insert("Market", markets)

# ---------------------------------------------------------------- categories
cats = [
    ("VEG", "Vegetables", "Y"), ("LGR", "Leafy Greens", "Y"), ("ROO", "Root Vegetables", "Y"),
    ("FRT", "Fruit", "Y"), ("BER", "Berries", "Y"), ("STF", "Stone Fruit", "Y"),
    ("DAI", "Dairy", "Y"), ("CHS", "Cheese", "Y"), ("EGG", "Eggs", "Y"),
    ("BAK", "Baked Goods", "Y"), ("BRD", "Bread", "Y"), ("PST", "Pastries", "Y"),
    ("MEA", "Meat", "Y"), ("PLT", "Poultry", "Y"), ("FSH", "Fish and Seafood", "Y"),
    ("HON", "Honey", "N"), ("PRS", "Jams and Preserves", "N"), ("FLW", "Cut Flowers", "Y"),
    ("PLN", "Plants and Seedlings", "N"), ("BEV", "Beverages", "N"),
]
insert("Ref_Product_Categories", cats)

items = {
    "VEG": [("Heirloom Tomatoes", 4.5), ("Zucchini", 2.75), ("Sweet Corn", 0.9), ("Bell Peppers", 3.25), ("Green Beans", 4.0), ("Cucumbers", 1.5), ("Eggplant", 3.0)],
    "LGR": [("Lacinato Kale", 3.5), ("Rainbow Chard", 3.75), ("Spinach", 4.25), ("Salad Mix", 6.0), ("Arugula", 5.0)],
    "ROO": [("Carrots", 2.5), ("Beets", 3.0), ("Fingerling Potatoes", 4.5), ("Radishes", 2.0), ("Parsnips", 3.5)],
    "FRT": [("Honeycrisp Apples", 3.5), ("Bartlett Pears", 3.0), ("Concord Grapes", 4.75), ("Melon", 5.5)],
    "BER": [("Strawberries", 6.5), ("Blueberries", 7.0), ("Marionberries", 7.5), ("Raspberries", 8.0)],
    "STF": [("Peaches", 4.0), ("Cherries", 8.5), ("Plums", 3.75), ("Apricots", 5.25)],
    "DAI": [("Whole Milk", 5.0), ("Greek Yogurt", 6.5), ("Cultured Butter", 9.0)],
    "CHS": [("Aged Cheddar", 12.0), ("Fresh Chevre", 9.5), ("Farmhouse Gouda", 14.0), ("Blue Cheese", 13.5)],
    "EGG": [("Pasture Eggs", 7.0), ("Duck Eggs", 9.0)],
    "BAK": [("Granola", 8.0), ("Oat Cookies", 4.5)],
    "BRD": [("Sourdough Loaf", 7.5), ("Rye Bread", 7.0), ("Baguette", 4.0), ("Seeded Whole Wheat", 6.75)],
    "PST": [("Croissant", 3.75), ("Fruit Galette", 6.0), ("Cinnamon Roll", 4.25)],
    "MEA": [("Grass-fed Ground Beef", 9.5), ("Pork Chops", 11.0), ("Lamb Shoulder", 16.5), ("Beef Jerky", 10.0)],
    "PLT": [("Whole Chicken", 18.0), ("Chicken Thighs", 8.5)],
    "FSH": [("Smoked Salmon", 15.0), ("Albacore Tuna", 12.5), ("Dungeness Crab", 22.0)],
    "HON": [("Wildflower Honey", 11.0), ("Clover Honey", 9.75), ("Honeycomb", 14.5)],
    "PRS": [("Strawberry Jam", 7.25), ("Pepper Jelly", 8.0), ("Pickled Beets", 6.5)],
    "FLW": [("Sunflower Bunch", 8.0), ("Dahlia Bouquet", 15.0), ("Tulip Bunch", 12.0)],
    "PLN": [("Tomato Starts", 4.0), ("Herb Pots", 5.5), ("Succulent Tray", 18.5)],
    "BEV": [("Apple Cider", 6.0), ("Kombucha", 4.5), ("Cold Brew Coffee", 5.25)],
}
units = {"VEG": "KG", "LGR": "BN", "ROO": "KG", "FRT": "KG", "BER": "PT", "STF": "KG",
         "DAI": "EA", "CHS": "EA", "EGG": "DZ", "BAK": "EA", "BRD": "EA", "PST": "EA",
         "MEA": "LB", "PLT": "LB", "FSH": "LB", "HON": "JR", "PRS": "JR", "FLW": "BN",
         "PLN": "EA", "BEV": "EA"}
cat_groups = [["VEG", "LGR", "ROO"], ["VEG", "FRT"], ["FRT", "BER", "STF"], ["DAI", "CHS"],
              ["EGG", "PLT"], ["BAK", "BRD", "PST"], ["MEA"], ["FSH"], ["HON", "PRS"],
              ["FLW", "PLN"], ["BEV", "FRT"], ["VEG", "ROO", "EGG"], ["BER", "PRS"]]

# ---------------------------------------------------------------- pitches
pitches = []
pid = 1
pitches_by_market = {}
for m in markets:
    n = rng.randint(3, 9)
    pitches_by_market[m[0]] = []
    for k in range(1, n + 1):
        zone = "ABC"[(k - 1) // 4]
        size = rng.choice(["6", "9", "9", "12", "12.5", "15", "18", "7.5", "10"])
        power = "Y" if rng.random() < 0.4 else "N"
        pitches.append((pid, m[0], "%s%02d" % (zone, k), size, power))
        pitches_by_market[m[0]].append(pid)
        pid += 1
# a new pitch added at Lane County Market this season (not yet booked)
pitches.append((pid, 10, "C10", "12", "Y"))
pid += 1
insert("stall_pitches", pitches)

# ---------------------------------------------------------------- vendors
ffirst = ["Anna", "Beth", "Clara", "Dana", "Emma", "Fiona", "Gina", "Hannah", "Isla",
          "Julia", "Kate", "Lena", "Mia", "Nora", "Opal", "Priya", "Ruth", "Sofia",
          "Tess", "Uma", "Vera", "Wendy", "Yara", "Zoe", "Alma", "Bianca", "Cora",
          "Della", "Eva", "Flora"]
mfirst = ["Aaron", "Ben", "Caleb", "Dylan", "Ethan", "Felix", "Gabe", "Henry", "Ivan",
          "Jack", "Kyle", "Liam", "Marco", "Noah", "Oscar", "Pete", "Reid", "Sean",
          "Tom", "Victor", "Will", "Xavier", "Yusuf", "Zack", "Abel", "Boris", "Cody",
          "Dean", "Eli", "Finn"]
lnames = ["Abbott", "Barnes", "Carver", "Delgado", "Ellis", "Fischer", "Gomez", "Hale",
          "Ingram", "Jones", "Keller", "Lindqvist", "Mendez", "Novak", "Ortiz", "Price",
          "Quintero", "Russo", "Schmidt", "Tanaka", "Underwood", "Vance", "Walsh",
          "Yamada", "Zimmer", "Archer", "Brooks", "Castillo", "Doyle", "Ferreira",
          "Greer", "Holm", "Iverson", "Juarez", "Kowalski", "Larsen", "Moreau", "Nash",
          "Okafor", "Pruitt"]
biz_words1 = ["Green", "Sunny", "Wild", "Cedar", "Willow", "Blue Heron", "Red Barn",
              "Mossy Rock", "Golden", "Twin Oaks", "Hidden Creek", "Maple", "Stony Brook",
              "Fern Hollow", "Silver Creek", "Bramble", "Juniper", "Copper Kettle",
              "Pine Ridge", "Old Orchard"]
biz_words2 = {"VEG": "Acres", "FRT": "Orchard", "BER": "Berry Farm", "DAI": "Creamery",
              "EGG": "Poultry", "BAK": "Bakehouse", "MEA": "Ranch", "FSH": "Fisheries",
              "HON": "Apiary", "FLW": "Flower Farm", "BEV": "Cider Co", "BRD": "Bakehouse"}
N_VEND = 60
vendors = []
vendor_groups = {}
used_biz = set()
for v in range(1, N_VEND + 1):
    g = "F" if rng.random() < 0.5 else "M"
    fn = rng.choice(ffirst if g == "F" else mfirst)
    ln = lnames[(v * 13) % len(lnames)]
    grp = cat_groups[(v - 1) % len(cat_groups)] if v <= 26 else rng.choice(cat_groups)
    vendor_groups[v] = grp
    suffix = biz_words2.get(grp[0], "Farm")
    while True:
        biz = "%s %s" % (rng.choice(biz_words1), suffix)
        if biz not in used_biz:
            used_biz.add(biz)
            break
        suffix = suffix if rng.random() < 0.5 else "Farm"
    ph = None if rng.random() < 0.15 else "%03d-%03d-%04d" % (
        rng.choice([503, 206, 541, 360, 458, 971]), rng.randint(200, 999), rng.randint(1000, 9999))
    home = rng.randint(1, 20)
    org = "Y" if rng.random() < 0.4 else "N"
    mentor = rng.randint(1, v - 1) if v > 8 and rng.random() < 0.35 else None
    jd = "%d-%02d-%02d" % (rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28))
    vendors.append((v, fn, ln, biz, g, ph, home, org, mentor, jd))
insert("Vendor", vendors)

# ---------------------------------------------------------------- products
products = []
prod_by_vendor = {}
pr = 1
for v in range(1, N_VEND + 1):
    if v in (17, 33, 48):        # a few vendors with no products listed
        continue
    grp = vendor_groups[v]
    n = rng.randint(1, 4)
    chosen = set()
    # make sure multi-category vendors carry at least one item of their first two groups
    plan = grp[:2] + [rng.choice(grp) for _ in range(n)]
    plan = plan[:max(n, min(2, len(grp)))]
    for c in plan:
        name, base = rng.choice(items[c])
        if (name) in chosen:
            continue
        chosen.add(name)
        price = round(base * rng.choice([0.9, 1.0, 1.0, 1.1, 1.2]) + rng.choice([0, 0.25, 0.5]), 2)
        wt = None if rng.random() < 0.1 else str(rng.choice([100, 250, 340, 450, 500, 680, 750, 907, 1000, 1500, 2000]))
        ins = "Y" if rng.random() < 0.7 else "N"
        products.append((pr, name, v, c, price, units[c], wt, ins))
        prod_by_vendor.setdefault(v, []).append(pr)
        pr += 1
insert("products", products)
price_of = {p[0]: p[4] for p in products}

# ---------------------------------------------------------------- market days
mdays = []
d = 1
weathers = ["SUN", "SUN", "CLD", "CLD", "RAIN", "WND"]
for m in markets:
    if m[0] in (14, 20):   # two markets with no recorded days yet
        continue
    n = rng.randint(2, 6)
    month = rng.randint(5, 7)
    for k in range(n):
        date = "2023-%02d-%02d" % (month + (k * 7) // 28, 1 + (rng.randint(0, 3) + k * 7) % 28)
        w = rng.choice(weathers)
        ff = None if rng.random() < 0.08 else rng.randint(300, 4800)
        mdays.append((d, m[0], date, w, ff))
        d += 1
insert("market_days", mdays)

# ---------------------------------------------------------------- bookings
bookings = []
seen = set()
vend_ids = [v[0] for v in vendors]
while len(bookings) < 240:
    day = rng.choice(mdays)
    v = rng.choice(vend_ids)
    if rng.random() < 0.4:   # vendors tend to favour their home market
        home_days = [x for x in mdays if x[1] == vendors[v - 1][6]]
        if home_days:
            day = rng.choice(home_days)
    if (v, day[0]) in seen:
        continue
    seen.add((v, day[0]))
    pitch = rng.choice(pitches_by_market[day[1]])
    fee = rng.choice([25.0, 30.0, 35.0, 40.0, 45.0, 50.0, 60.0])
    status = rng.choices(["C", "X", "N"], weights=[80, 12, 8])[0]
    paid = "Y" if (status == "C" and rng.random() < 0.9) else ("Y" if rng.random() < 0.3 else "N")
    bookings.append((v, day[0], pitch, fee, paid, status))
bookings.sort(key=lambda b: (b[1], b[0]))
insert("stall_bookings", bookings)

# ---------------------------------------------------------------- sales
sales = []
conf = [b for b in bookings if b[5] == "C" and b[0] in prod_by_vendor]
pays = ["CSH", "CSH", "CRD", "CRD", "CRD", "SNAP"]
for s in range(1, 301):
    b = rng.choice(conf)
    p = rng.choice(prod_by_vendor[b[0]])
    qty = rng.randint(1, 12)
    sales.append((s, b[1], p, qty, round(qty * price_of[p], 2), rng.choice(pays)))
insert("sales_records", sales)

# ---------------------------------------------------------------- inspections
inspectors = ["R. Okoye", "M. Lindgren", "J. Patel", "S. Whitfield", "D. Romero"]
notes_pool = ["Cold chain log missing", "Scale not certified", "Handwash station absent",
              "Labels incomplete", "Excellent hygiene", "Raw meat above ready-to-eat items"]
insp = []
for i in range(1, 66):
    b = rng.choice(bookings)
    res = rng.choices(["P", "F", "W"], weights=[65, 15, 20])[0]
    if res == "P":
        score = rng.randint(80, 100)
    elif res == "W":
        score = rng.randint(65, 84)
    else:
        score = rng.randint(35, 64)
    note = rng.choice(notes_pool) if (res != "P" or rng.random() < 0.15) else None
    insp.append((i, b[0], b[1], rng.choice(inspectors), res, score, note))
insert("Inspection", insp)

emit("COMMIT;")

path = sys.argv[1] if len(sys.argv) > 1 else "farmers_market.sql"
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
