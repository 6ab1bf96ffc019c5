#!/usr/bin/env python3
"""Deterministic generator for the repair_cafe database (community repair cafes)."""
import random
import sys

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


SCHEMA = """
CREATE TABLE Venue (
  VenueID INTEGER PRIMARY KEY,
  VenueName TEXT NOT NULL,
  StreetAddr TEXT,
  city_cd TEXT,
  Capacity TEXT,
  has_parking TEXT,
  opened_yr INTEGER
);

CREATE TABLE Ref_Item_Categories (
  cat_code TEXT PRIMARY KEY,
  cat_desc TEXT NOT NULL,
  needs_pat TEXT
);

CREATE TABLE Volunteer (
  VolID INTEGER PRIMARY KEY,
  vol_fname TEXT,
  vol_lname TEXT,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  home_venue INTEGER,
  mentor_id INTEGER,
  is_active TEXT,
  joined_dt TEXT,
  FOREIGN KEY (mentor_id) REFERENCES Volunteer(VolID)
);

CREATE TABLE fixer_skills (
  VolID INTEGER NOT NULL,
  cat_cd TEXT NOT NULL,
  skill_lvl INTEGER,
  yrs_exp INTEGER,
  PRIMARY KEY (VolID, cat_cd),
  FOREIGN KEY (VolID) REFERENCES Volunteer(VolID),
  FOREIGN KEY (cat_cd) REFERENCES Ref_Item_Categories(cat_code)
);

CREATE TABLE repair_events (
  event_id INTEGER PRIMARY KEY,
  venue_no INTEGER,
  event_dt TEXT,
  event_title TEXT,
  coordinator INTEGER,
  expected_visitors INTEGER,
  status TEXT,
  FOREIGN KEY (coordinator) REFERENCES Volunteer(VolID)
);

CREATE TABLE Visitor (
  VisitorID INTEGER PRIMARY KEY,
  fname TEXT,
  lname TEXT,
  city_cd TEXT,
  email TEXT,
  is_member TEXT,
  reg_date TEXT
);

CREATE TABLE items_brought (
  item_no INTEGER PRIMARY KEY,
  visitor_id INTEGER,
  evt_id INTEGER,
  cat_cd TEXT,
  brand TEXT,
  item_desc TEXT,
  approx_age_yrs INTEGER,
  wt_kg TEXT,
  FOREIGN KEY (visitor_id) REFERENCES Visitor(VisitorID),
  FOREIGN KEY (cat_cd) REFERENCES Ref_Item_Categories(cat_code)
);

CREATE TABLE RepairAttempt (
  AttemptID INTEGER PRIMARY KEY,
  item_no INTEGER,
  fixer INTEGER,
  outcome TEXT,
  mins_taken INTEGER,
  attempt_seq INTEGER,
  FOREIGN KEY (item_no) REFERENCES items_brought(item_no)
);

CREATE TABLE spare_parts (
  part_id INTEGER PRIMARY KEY,
  AttemptID INTEGER,
  part_name TEXT,
  qty INTEGER,
  unit_cost REAL,
  donated TEXT,
  FOREIGN KEY (AttemptID) REFERENCES RepairAttempt(AttemptID)
);
"""

CITIES = ["LDN", "MAN", "BRS", "LDS", "GLA"]

# ---------------------------------------------------------------- venues
venue_names = [
    "St Mark's Church Hall", "Oakfield Library", "Riverside Community Centre",
    "The Old Fire Station", "Hillcrest Scout Hut", "Market Street Makerspace",
    "Greenway Primary School", "Northgate Methodist Hall", "Canal Side Cafe",
    "Willow Tree Youth Club", "Parkview Sports Pavilion", "Union Mill Studios",
    "Elm Road Quaker Meeting House", "Kingsway Library", "Harbour Arts Centre",
    "Brookfield Village Hall", "Ashdown Community Hub", "Victoria Baths",
    "Thornbury Allotment Pavilion", "Queens Park Bowling Club", "Millbrook Tenants Hall",
    "Cedar Lane Family Centre",
]
streets = ["High St", "Station Rd", "Church Lane", "Mill Rd", "Park Ave", "Queen St",
           "King St", "Bridge St", "Victoria Rd", "Green Lane", "Canal St", "North Rd"]
venues = []
for i, name in enumerate(venue_names, start=1):
    city = CITIES[(i * 3) % 5] if i > 5 else CITIES[i - 1]
    cap = rng.choice([30, 40, 45, 50, 60, 75, 80, 100, 120, 150])
    cap_txt = str(cap)
    if i == 4:
        cap_txt = "200"  # largest, unique
    venues.append([i, name, "%d %s" % (rng.randint(1, 180), rng.choice(streets)), city,
                   cap_txt, rng.choice(["Y", "N", "N"]), rng.randint(1955, 2019)])
venues[6][4] = None      # capacity unknown
venues[13][2] = None     # address missing

# ---------------------------------------------------------------- categories
cats = [
    ("SAPL", "Small kitchen appliances", "Y"),
    ("LAMP", "Lamps and lighting", "Y"),
    ("AUDIO", "Radios and audio equipment", "Y"),
    ("TV", "Televisions and monitors", "Y"),
    ("COMP", "Computers and laptops", "Y"),
    ("PHON", "Mobile phones and tablets", "N"),
    ("CLCK", "Clocks and watches", "N"),
    ("TEXT", "Clothing and textiles", "N"),
    ("SHOE", "Shoes and bags", "N"),
    ("FURN", "Furniture", "N"),
    ("BIKE", "Bicycles", "N"),
    ("TOY", "Toys and games", "N"),
    ("JEWL", "Jewellery", "N"),
    ("TOOL", "Garden and DIY tools", "N"),
    ("VAC", "Vacuum cleaners", "Y"),
    ("SEW", "Sewing machines", "Y"),
    ("CERA", "Ceramics and glass", "N"),
    ("BOOK", "Books and paper", "N"),
    ("UMBR", "Umbrellas", "N"),
    ("KNIF", "Knife and scissor sharpening", "N"),
    ("HEAT", "Heaters and fans", "Y"),
]
cat_codes = [c[0] for c in cats]

# ---------------------------------------------------------------- volunteers
fnames_f = ["Alice", "Beth", "Chloe", "Diana", "Esther", "Fiona", "Grace", "Hannah",
            "Imogen", "Joan", "Kate", "Lucy", "Maya", "Nadia", "Olive", "Priya", "Ruth",
            "Sofia", "Tara", "Una"]
fnames_m = ["Adam", "Ben", "Colin", "David", "Edward", "Frank", "George", "Harry",
            "Ian", "Jack", "Kevin", "Liam", "Martin", "Neil", "Oscar", "Paul", "Raj",
            "Simon", "Tom", "Victor"]
lnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
          "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
          "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Edwards",
          "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "Baker", "Price"]

N_VOL = 42
volunteers = []
used = set()
for i in range(1, N_VOL + 1):
    g = "F" if rng.random() < 0.5 else "M"
    while True:
        fn = rng.choice(fnames_f if g == "F" else fnames_m)
        ln = rng.choice(lnames)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    dob = "%d-%02d-%02d" % (rng.randint(1946, 2003), rng.randint(1, 12), rng.randint(1, 28))
    ph = "07%03d %06d" % (rng.randint(100, 999), rng.randint(0, 999999))
    if rng.random() < 0.1:
        ph = None
    home = rng.randint(1, len(venues))
    mentor = None
    if i > 6 and rng.random() < 0.7:
        mentor = rng.randint(1, 6) if rng.random() < 0.75 else rng.randint(7, i - 1)
    active = "Y" if rng.random() < 0.8 else "N"
    joined = "%d-%02d-%02d" % (rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    volunteers.append([i, fn, ln, g, dob, ph, home, mentor, active, joined])
# make volunteer 1 the clear mentor leader, 2 second
for v in volunteers:
    if v[7] is not None and v[0] in (10, 14, 22, 31, 37):
        v[7] = 1
# ---------------------------------------------------------------- skills
skills = []
for v in volunteers:
    k = rng.choice([1, 2, 2, 3, 3, 4])
    for c in rng.sample(cat_codes, k):
        skills.append([v[0], c, rng.randint(1, 5), rng.randint(0, 25)])
skill_map = {}
for s in skills:
    skill_map.setdefault(s[1], []).append(s[0])

# ---------------------------------------------------------------- events
titles = ["Repair Cafe", "Fix-it Saturday", "Mend & Make Do", "Repair Cafe Special",
          "Bike Doctor Day", "Textile Mending Evening", "Electronics Clinic",
          "Christmas Toy Fix", "Spring Repair Fair", "Community Fix Up"]
events = []
N_EVT = 64
for i in range(1, N_EVT + 1):
    yr = 2022 + (i - 1) // 22
    mon = ((i - 1) % 22) // 2 + 1
    day = rng.randint(1, 28)
    venue = rng.randint(1, len(venues))
    if venue == 20:
        venue = 3
    coord = rng.choice([v[0] for v in volunteers if v[8] == "Y"])
    st = "C"
    if yr == 2024 and mon >= 10:
        st = "S"
    elif rng.random() < 0.08:
        st = "X"
    exp = rng.choice([20, 25, 30, 35, 40, 50, 60])
    if rng.random() < 0.07:
        exp = None
    events.append([i, venue, "%d-%02d-%02d" % (yr, mon, day), rng.choice(titles), coord, exp, st])
held = [e for e in events if e[6] == "C"]

# ---------------------------------------------------------------- visitors
vfirst = fnames_f + fnames_m + ["Aisha", "Bogdan", "Chen", "Dmitri", "Elif", "Fatima",
                                 "Gareth", "Hamza", "Ines", "Jonas", "Kwame", "Lena"]
visitors = []
N_VIS = 130
for i in range(1, N_VIS + 1):
    fn = rng.choice(vfirst)
    ln = rng.choice(lnames)
    city = rng.choice(CITIES + ["LDN", "MAN"])
    email = "%s.%s%d@%s" % (fn.lower(), ln.lower(), rng.randint(1, 99),
                            rng.choice(["mail.com", "inbox.co.uk", "post.net"]))
    if rng.random() < 0.2:
        email = None
    mem = "Y" if rng.random() < 0.35 else "N"
    reg = "%d-%02d-%02d" % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28))
    visitors.append([i, fn, ln, city, email, mem, reg])

# ---------------------------------------------------------------- items
item_templates = {
    "SAPL": [("Kenwood", "Food mixer", 3.2), ("Breville", "Toaster", 1.6), ("Russell Hobbs", "Kettle", 1.1),
             ("Morphy Richards", "Iron", 1.4), ("Tefal", "Sandwich maker", 1.8)],
    "LAMP": [("IKEA", "Desk lamp", 1.2), ("Habitat", "Floor lamp", 4.5), ("Anglepoise", "Anglepoise lamp", 2.3)],
    "AUDIO": [("Roberts", "DAB radio", 1.9), ("Sony", "CD player", 2.4), ("Technics", "Turntable", 6.5),
              ("Bush", "Transistor radio", 0.9)],
    "TV": [("Samsung", "LCD television", 9.8), ("LG", "Computer monitor", 4.1)],
    "COMP": [("Dell", "Laptop", 2.2), ("Lenovo", "Laptop", 1.9), ("HP", "Printer", 5.7), ("Apple", "iMac", 8.9)],
    "PHON": [("Samsung", "Smartphone", 0.2), ("Apple", "iPad", 0.5)],
    "CLCK": [("Acctim", "Wall clock", 0.8), ("Casio", "Wrist watch", 0.1), ("Smiths", "Mantel clock", 2.1)],
    "TEXT": [("Levi's", "Jeans", 0.7), ("M&S", "Wool jumper", 0.5), ("Barbour", "Waxed jacket", 1.3),
             (None, "Curtains", 2.0)],
    "SHOE": [("Clarks", "Leather shoes", 0.9), ("Dr. Martens", "Boots", 1.6), (None, "Leather handbag", 0.8)],
    "FURN": [(None, "Wooden chair", 5.5), ("IKEA", "Bookshelf", 18.0), (None, "Footstool", 3.4)],
    "BIKE": [("Raleigh", "Road bike", 11.0), ("Brompton", "Folding bike", 11.5), ("Carrera", "Mountain bike", 14.2)],
    "TOY": [("Lego", "Remote control car", 0.6), (None, "Teddy bear", 0.3), ("Hornby", "Train set", 2.7)],
    "JEWL": [(None, "Necklace", 0.05), (None, "Bracelet", 0.04)],
    "TOOL": [("Bosch", "Hedge trimmer", 3.1), ("Flymo", "Lawn mower", 12.0), ("Black+Decker", "Drill", 1.7)],
    "VAC": [("Dyson", "Vacuum cleaner", 6.8), ("Henry", "Vacuum cleaner", 7.5), ("Vax", "Carpet cleaner", 8.2)],
    "SEW": [("Singer", "Sewing machine", 7.0), ("Brother", "Sewing machine", 5.8)],
    "CERA": [(None, "Vase", 1.1), (None, "Teapot", 0.9)],
    "BOOK": [(None, "Hardback book", 0.8), (None, "Photo album", 1.2)],
    "UMBR": [("Totes", "Umbrella", 0.4)],
    "KNIF": [("Fiskars", "Scissors", 0.2), ("Sabatier", "Kitchen knife", 0.2)],
    "HEAT": [("Dimplex", "Fan heater", 2.5), ("Vornado", "Desk fan", 1.8)],
}
cat_weights = {"SAPL": 14, "LAMP": 10, "AUDIO": 9, "TV": 3, "COMP": 7, "PHON": 4, "CLCK": 5,
               "TEXT": 12, "SHOE": 4, "FURN": 4, "BIKE": 6, "TOY": 5, "JEWL": 3, "TOOL": 5,
               "VAC": 6, "SEW": 3, "CERA": 2, "BOOK": 1, "UMBR": 2, "KNIF": 3, "HEAT": 0}
wc = [c for c in cat_codes for _ in range(cat_weights[c])]
items = []
N_ITEM = 240
for i in range(1, N_ITEM + 1):
    c = rng.choice(wc)
    brand, desc, wt = rng.choice(item_templates[c])
    w = round(wt * rng.uniform(0.85, 1.15), 1) if wt >= 0.3 else round(wt, 2)
    wt_txt = str(w)
    if rng.random() < 0.06:
        wt_txt = None
    age = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40])
    if rng.random() < 0.05:
        age = None
    vis = rng.randint(1, N_VIS)
    ev = rng.choice(held)[0]
    items.append([i, vis, ev, c, brand, desc, age, wt_txt])
# visitor 7 is the most frequent visitor (unique top)
for it in items[:9]:
    it[1] = 7
# small kitchen appliances are the single most common category
items[9][3:6] = ["SAPL", "Breville", "Toaster"]
items[9][7] = "1.7"

# ---------------------------------------------------------------- repair attempts
attempts = []
aid = 0
ev_by_id = {e[0]: e for e in events}
for it in items:
    c = it[3]
    cands = skill_map.get(c) or [v[0] for v in volunteers]
    n = 1 if rng.random() < 0.8 else 2
    if rng.random() < 0.04:
        continue  # item registered but never looked at
    for s in range(1, n + 1):
        aid += 1
        fixer = rng.choice(cands)
        if s < n:
            out = rng.choice(["N", "P"])
        else:
            out = rng.choices(["F", "P", "N", "R"], weights=[55, 15, 20, 10])[0]
        mins = rng.randint(10, 95)
        attempts.append([aid, it[0], fixer, out, mins, s])
# ensure one fixer (volunteer 5) has the most attempts uniquely
for a in attempts[:40:3]:
    a[2] = 5

# ---------------------------------------------------------------- spare parts
parts_by_cat = {
    "SAPL": [("Fuse 13A", 0.25), ("Heating element", 12.5), ("Thermostat", 8.9), ("Power cord", 4.5)],
    "LAMP": [("Lamp holder", 2.8), ("Switch", 1.9), ("Power cord", 4.5)],
    "AUDIO": [("Drive belt", 3.5), ("Capacitor", 0.6), ("Stylus", 14.0)],
    "TV": [("Capacitor", 0.6), ("Power board", 29.0)],
    "COMP": [("Laptop battery", 34.0), ("SSD 256GB", 27.5), ("Keyboard", 22.0)],
    "PHON": [("Screen protector", 3.0), ("Charging port", 9.5)],
    "CLCK": [("Watch battery", 1.5), ("Clock movement", 7.8)],
    "TEXT": [("Zip", 2.2), ("Buttons", 1.0), ("Patch", 1.5)],
    "SHOE": [("Heel tip", 3.4), ("Shoe glue", 4.0)],
    "FURN": [("Wood glue", 3.8), ("Screws", 0.9)],
    "BIKE": [("Inner tube", 6.0), ("Brake pads", 5.5), ("Chain", 13.0), ("Gear cable", 3.2)],
    "TOY": [("AA batteries", 2.0), ("Motor", 4.8)],
    "JEWL": [("Jump rings", 1.2), ("Clasp", 2.6)],
    "TOOL": [("Blade", 11.0), ("Carbon brushes", 6.5)],
    "VAC": [("Vacuum belt", 3.9), ("Filter", 8.5), ("Hose", 15.0)],
    "SEW": [("Needles", 2.5), ("Drive belt", 3.5)],
    "CERA": [("Epoxy glue", 5.0)],
    "BOOK": [("Bookbinding tape", 3.0)],
    "UMBR": [("Umbrella rib", 1.8)],
    "KNIF": [("Rivet", 0.5)],
    "HEAT": [("Fuse 13A", 0.25)],
}
item_by_no = {it[0]: it for it in items}
parts = []
pid = 0
for a in attempts:
    if a[3] in ("F", "P") and rng.random() < 0.38:
        c = item_by_no[a[1]][3]
        for _ in range(rng.choice([1, 1, 1, 2])):
            pid += 1
            nm, cost = rng.choice(parts_by_cat[c])
            donated = "Y" if rng.random() < 0.3 else "N"
            uc = 0.0 if donated == "Y" and rng.random() < 0.5 else cost
            if rng.random() < 0.04:
                uc = None
            parts.append([pid, a[0], nm, rng.choice([1, 1, 1, 2, 4]), uc, donated])

# ---------------------------------------------------------------- write
out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;", SCHEMA.strip()]
ins(out, "Venue", venues)
ins(out, "Ref_Item_Categories", cats)
ins(out, "Volunteer", volunteers)
ins(out, "fixer_skills", skills)
ins(out, "repair_events", events)
ins(out, "Visitor", visitors)
ins(out, "items_brought", items)
ins(out, "RepairAttempt", attempts)
ins(out, "spare_parts", parts)
out.append("COMMIT;")

path = sys.argv[1] if len(sys.argv) > 1 else "repair_cafe.sql"
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
