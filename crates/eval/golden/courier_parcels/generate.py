#!/usr/bin/env python3
"""Generate the courier_parcels SQLite database as SQL text.

Usage: python3 generate.py courier_parcels.sql
"""
import random
import sys
import datetime

random.seed(40417)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def d(day0, span):
    base = datetime.date(*day0)
    return base + datetime.timedelta(days=random.randint(0, span))


out = []
w = out.append

w("PRAGMA foreign_keys = ON;")
w("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- Depot
w("""CREATE TABLE Depot (
  DepotID INTEGER PRIMARY KEY,
  DepotName TEXT NOT NULL,
  CityCode TEXT NOT NULL,
  OpenedDate TEXT,
  LoadingBays INTEGER
);""")

depots = [
    ("London Park Royal", "LDN"), ("London Croydon", "LDN"), ("London Stratford", "LDN"),
    ("Manchester Trafford", "MAN"), ("Manchester Oldham Road", "MAN"),
    ("Birmingham Aston", "BHM"), ("Leeds Stourton", "LDS"), ("Glasgow Hillington", "GLA"),
    ("Bristol Avonmouth", "BRS"), ("Liverpool Speke", "LIV"), ("Edinburgh Sighthill", "EDI"),
    ("Cardiff Pengam", "CDF"), ("Newcastle Team Valley", "NCL"), ("Sheffield Attercliffe", "SHF"),
    ("Nottingham Colwick", "NTG"),
]
code_city = {"LDN": "London", "MAN": "Manchester", "BHM": "Birmingham", "LDS": "Leeds",
             "GLA": "Glasgow", "BRS": "Bristol", "LIV": "Liverpool", "EDI": "Edinburgh",
             "CDF": "Cardiff", "NCL": "Newcastle", "SHF": "Sheffield", "NTG": "Nottingham"}
bays_pool = [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 34, 40]
random.shuffle(bays_pool)
depot_rows = []
for i, (nm, cc) in enumerate(depots, start=1):
    opened = d((1998, 1, 1), 365 * 24).isoformat()
    bays = bays_pool[i - 1]
    if i == 14:
        opened = None
    depot_rows.append((i, nm, cc, opened, bays))
    w("INSERT INTO Depot VALUES (%s);" % ", ".join(q(x) for x in (i, nm, cc, opened, bays)))

# ---------------------------------------------------------------- couriers
w("""CREATE TABLE couriers (
  courier_id INTEGER PRIMARY KEY,
  crr_fname TEXT NOT NULL,
  crr_lname TEXT NOT NULL,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  home_depot INTEGER,
  hire_date TEXT,
  full_time TEXT,
  FOREIGN KEY (home_depot) REFERENCES Depot(DepotID)
);""")

male = ["James", "Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Thomas",
        "Oscar", "William", "Daniel", "Samuel", "Joseph", "Mohammed", "Ryan", "Liam", "Kieran",
        "Connor", "Adam", "Lewis", "Callum"]
female = ["Olivia", "Amelia", "Emily", "Isla", "Ava", "Jessica", "Sophie", "Grace", "Ruby",
          "Chloe", "Megan", "Hannah", "Lucy", "Priya", "Zara", "Ellie", "Katie", "Niamh"]
surn = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "Harris", "Martin",
        "Cooper", "Hughes", "Edwards", "Turner", "Murphy", "Campbell", "Kelly", "Baker",
        "Ahmed", "Singh", "Morgan", "Bell", "Reid"]
N_COURIERS = 40
courier_rows = []
used = set()
# depot assignment: make sure depot 15 has no couriers, depot 1 has the most
depot_choices = [1] * 6 + [2] * 4 + [3] * 3 + [4] * 4 + [5] * 2 + [6] * 4 + [7] * 3 + \
    [8] * 3 + [9] * 2 + [10] * 3 + [11] * 2 + [12] * 2 + [13] * 1 + [14] * 1
random.shuffle(depot_choices)
for cid in range(1, N_COURIERS + 1):
    while True:
        g = random.choice("MMMF")
        fn = random.choice(male if g == "M" else female)
        ln = random.choice(surn)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    dob = d((1962, 1, 1), 365 * 40).isoformat()
    ph = "07%d %06d" % (random.randint(100, 999), random.randint(0, 999999))
    if cid in (7, 23, 31):
        ph = None
    dep = depot_choices[cid - 1]
    hire = d((2012, 1, 1), 365 * 12).isoformat()
    ft = random.choice(["Y", "Y", "Y", "N"])
    if cid == 38:
        g = None
    courier_rows.append((cid, fn, ln, g, dob, ph, dep, hire, ft))
    w("INSERT INTO couriers VALUES (%s);" % ", ".join(
        q(x) for x in (cid, fn, ln, g, dob, ph, dep, hire, ft)))

# ---------------------------------------------------------------- Van
w("""CREATE TABLE Van (
  van_id INTEGER PRIMARY KEY,
  reg_no TEXT UNIQUE,
  make TEXT,
  model TEXT,
  yr_built INTEGER,
  payload_kg TEXT,
  DepotID INTEGER
);""")
models = [("Ford", "Transit"), ("Ford", "Transit Custom"), ("Mercedes-Benz", "Sprinter"),
          ("Mercedes-Benz", "Vito"), ("Vauxhall", "Vivaro"), ("Volkswagen", "Crafter"),
          ("Renault", "Master"), ("Peugeot", "Boxer"), ("Citroen", "Relay"), ("Nissan", "e-NV200")]
payload = {"Transit": 1400, "Transit Custom": 1100, "Sprinter": 1450, "Vito": 1000,
           "Vivaro": 1200, "Crafter": 1350, "Master": 1500, "Boxer": 1250, "Relay": 1300,
           "e-NV200": 700}
N_VANS = 25
van_rows = []
letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
for vid in range(1, N_VANS + 1):
    mk, md = random.choice(models)
    yr = random.randint(2012, 2023)
    agecode = yr - 2000 if random.random() < 0.5 else yr - 2000 + 50
    reg = "%s%s%02d %s" % (random.choice(letters), random.choice(letters), agecode,
                          "".join(random.choice(letters) for _ in range(3)))
    pl = str(payload[md] + random.choice([-50, 0, 0, 25, 50]))
    dep = random.randint(1, 14)
    if vid in (24, 25):
        dep = None
    van_rows.append((vid, reg, mk, md, yr, pl, dep))
    w("INSERT INTO Van VALUES (%s);" % ", ".join(q(x) for x in (vid, reg, mk, md, yr, pl, dep)))

# ---------------------------------------------------------------- senders
w("""CREATE TABLE senders (
  sender_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT,
  acct_type TEXT,
  email TEXT,
  joined_date TEXT
);""")
biz = ["Bramble & Oak Ltd", "Northern Threads", "Pennine Outdoor Co", "Kettle Hill Teas",
       "Cobalt Electronics", "Harbour Books", "Little Acorn Toys", "Sable Cosmetics",
       "Thistle Print Works", "Riverside Pet Supplies", "Copperfield Ceramics",
       "Atlas Spare Parts", "Greenleaf Organics", "Moorland Wool Shop", "Brightside Vinyl",
       "Foxglove Florists", "Quayside Coffee Roasters", "Ironbridge Tools"]
people = ["Margaret Ellis", "David Holmes", "Sarah Fletcher", "Peter Owen", "Aisha Rahman",
          "Graham Doyle", "Fiona McLeod", "Tom Barker", "Rebecca Price", "Imran Hussain",
          "Helen Carter", "Stuart Gray"]
sender_cities = ["London", "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol",
                 "Liverpool", "Edinburgh", "Cardiff", "Newcastle", "Sheffield", "York",
                 "Brighton", "Norwich", "Bath"]
sender_rows = []
names = biz + people
random.shuffle(names)
for sid, nm in enumerate(names, start=1):
    acct = "BUS" if nm in biz else "PRV"
    city = random.choice(sender_cities)
    if acct == "BUS":
        slug = "".join(c for c in nm.lower().split(" ")[0] if c.isalpha())
        email = "orders@%s.co.uk" % slug
    else:
        f, l = nm.lower().split(" ")
        email = "%s.%s@%s" % (f, l, random.choice(["gmail.com", "outlook.com", "btinternet.com"]))
    if sid in (5, 17, 26):
        email = None
    joined = d((2015, 1, 1), 365 * 8).isoformat()
    sender_rows.append((sid, nm, city, acct, email, joined))
    w("INSERT INTO senders VALUES (%s);" % ", ".join(
        q(x) for x in (sid, nm, city, acct, email, joined)))

# ---------------------------------------------------------------- Ref_Parcel_Sizes
w("""CREATE TABLE Ref_Parcel_Sizes (
  size_code TEXT PRIMARY KEY,
  size_description TEXT,
  max_weight_kg REAL,
  base_charge REAL
);""")
sizes = [
    ("LL", "Large letter", 0.75, 2.95),
    ("XS", "Extra small parcel", 1.0, 3.49),
    ("S", "Small parcel", 2.0, 3.99),
    ("S+", "Small parcel plus", 3.0, 4.79),
    ("M", "Medium parcel", 5.0, 5.99),
    ("M+", "Medium parcel plus", 10.0, 7.49),
    ("L", "Large parcel", 15.0, 9.99),
    ("L+", "Large parcel plus", 20.0, 12.49),
    ("XL", "Extra large parcel", 25.0, 15.99),
    ("XXL", "Oversize parcel", 30.0, 19.99),
    ("TB", "Tube (posters, plans)", 2.0, 6.25),
    ("FR", "Fragile item box", 10.0, 11.50),
    ("BK", "Bulky item", 40.0, 29.00),
    ("QP", "Quarter pallet", 250.0, 45.00),
    ("HP", "Half pallet", 500.0, 65.00),
]
for s in sizes:
    w("INSERT INTO Ref_Parcel_Sizes VALUES (%s);" % ", ".join(q(x) for x in s))

# ---------------------------------------------------------------- parcels
w("""CREATE TABLE parcels (
  parcel_id INTEGER PRIMARY KEY,
  sender_id INTEGER NOT NULL,
  size_code TEXT,
  wt_kg REAL,
  dest_city TEXT,
  dest_pcode TEXT,
  sent_date TEXT,
  status TEXT,
  decl_value REAL,
  FOREIGN KEY (sender_id) REFERENCES senders(sender_id),
  FOREIGN KEY (size_code) REFERENCES Ref_Parcel_Sizes(size_code)
);""")
pc_prefix = {"London": ["SW1A", "E14", "N7", "SE15", "W12"], "Manchester": ["M1", "M14", "M20"],
             "Birmingham": ["B5", "B15", "B29"], "Leeds": ["LS6", "LS11"],
             "Glasgow": ["G2", "G12", "G41"], "Bristol": ["BS1", "BS8"],
             "Liverpool": ["L1", "L17"], "Edinburgh": ["EH1", "EH10"], "Cardiff": ["CF10", "CF24"],
             "Newcastle": ["NE1", "NE6"], "Sheffield": ["S1", "S10"],
             "Nottingham": ["NG1", "NG7"], "York": ["YO1"], "Oxford": ["OX1", "OX4"],
             "Cambridge": ["CB1"]}
dest_cities = list(pc_prefix.keys())
dest_weights = [10, 6, 5, 4, 4, 4, 3, 3, 3, 2, 3, 2, 2, 2, 1]
size_use = ["LL", "XS", "S", "S+", "M", "M+", "L", "L+", "XL", "TB", "FR", "BK", "QP"]
# HP (half pallet) and XXL are never used
size_w = [6, 8, 12, 6, 14, 8, 6, 3, 3, 2, 5, 2, 1]
size_max = {s[0]: s[2] for s in sizes}
N_PARCELS = 60
parcel_rows = []
# sender choice: a few heavy senders, and senders 29/30 send nothing
sender_w = [1] * 28
for heavy in (3, 8, 12, 20):
    sender_w[heavy - 1] = 5
for light in (6, 15, 22):
    sender_w[light - 1] = 0
for pid in range(1, N_PARCELS + 1):
    sid = random.choices(range(1, 29), weights=sender_w)[0]
    sc = random.choices(size_use, weights=size_w)[0]
    mx = size_max[sc]
    wt = round(random.uniform(mx * 0.15, mx), 2)
    dc = random.choices(dest_cities, weights=dest_weights)[0]
    pcode = "%s %d%s%s" % (random.choice(pc_prefix[dc]), random.randint(1, 9),
                           random.choice(letters), random.choice(letters))
    sent = d((2024, 1, 3), 150).isoformat()
    r = random.random()
    if r < 0.62:
        st = "DEL"
    elif r < 0.76:
        st = "RET"
    elif r < 0.90:
        st = "TRN"
    else:
        st = "LST"
    dv = round(random.choice([15, 20, 25, 40, 50, 60, 75, 80, 120, 150, 200, 250, 300, 450]) +
               random.choice([0, 0, 0.99, 0.5]), 2)
    if random.random() < 0.2:
        dv = None
    parcel_rows.append([pid, sid, sc, wt, dc, pcode, sent, st, dv])

# fix a few by hand so the data tells a clear story
parcel_rows[4][2] = "XL"
parcel_rows[4][3] = 23.4
parcel_rows[4][8] = 612.0
for p in parcel_rows:
    w("INSERT INTO parcels VALUES (%s);" % ", ".join(q(x) for x in p))

# ---------------------------------------------------------------- Parcel_Courier (delivery attempts)
w("""CREATE TABLE Parcel_Courier (
  attempt_id INTEGER PRIMARY KEY,
  parcel_id INTEGER,
  courier_id INTEGER,
  van_id INTEGER,
  attempt_no INTEGER,
  attempt_date TEXT,
  outcome TEXT,
  signed_by TEXT
);""")
city_depots = {}
for (did, nm, cc, op, b) in depot_rows:
    city_depots.setdefault(code_city[cc], []).append(did)
couriers_at = {}
for c in courier_rows:
    couriers_at.setdefault(c[6], []).append(c[0])
vans_at = {}
for v in van_rows:
    if v[6] is not None:
        vans_at.setdefault(v[6], []).append(v[0])
lazy_couriers = {5, 19, 33, 40}   # never make an attempt
attempts = []
aid = 1
for p in parcel_rows:
    pid, st, sent = p[0], p[7], datetime.date.fromisoformat(p[6])
    deps = city_depots.get(p[4], [1, 6, 7])
    if st == "DEL":
        n = random.choices([1, 2, 3], weights=[7, 2, 1])[0]
    elif st == "RET":
        n = 2
    elif st == "TRN":
        n = random.choice([0, 1])
    else:
        n = random.choice([0, 1])
    day = sent + datetime.timedelta(days=random.randint(1, 3))
    for k in range(1, n + 1):
        dep = random.choice(deps)
        pool = [c for c in couriers_at.get(dep, []) if c not in lazy_couriers]
        if not pool:
            pool = [c for c in couriers_at[1] if c not in lazy_couriers]
        cid = random.choice(pool)
        vpool = vans_at.get(dep) or [1, 2, 3]
        vid = random.choice(vpool)
        if st == "DEL" and k == n:
            oc = "DLV"
            signer = random.choice(["recipient", "neighbour", "reception", "safe place"])
            if signer == "recipient":
                signer = random.choice(["J. Carter", "A. Singh", "M. Lowe", "P. Byrne",
                                        "S. Ward", "K. Osei", "L. Grant", "R. Nash"])
            if signer == "safe place":
                signer = None
        else:
            oc = random.choices(["NAH", "ADR", "REF", "ACC"], weights=[8, 2, 2, 1])[0]
            signer = None
        attempts.append((aid, pid, cid, vid, k, day.isoformat(), oc, signer))
        aid += 1
        day = day + datetime.timedelta(days=random.randint(1, 2))
assert len(attempts) <= 80, len(attempts)
for a in attempts:
    w("INSERT INTO Parcel_Courier VALUES (%s);" % ", ".join(q(x) for x in a))

# ---------------------------------------------------------------- claims
w("""CREATE TABLE claims (
  claim_id INTEGER PRIMARY KEY,
  parcel_ref INTEGER NOT NULL,
  claim_date TEXT,
  reason TEXT,
  claim_amt REAL,
  approved TEXT,
  paid_amt REAL,
  FOREIGN KEY (parcel_ref) REFERENCES parcels(parcel_id)
);""")
claim_rows = []
lost = [p for p in parcel_rows if p[7] == "LST"]
dlv = [p for p in parcel_rows if p[7] == "DEL"]
ret = [p for p in parcel_rows if p[7] == "RET"]
picked = lost[:] + random.sample(dlv, 11) + random.sample(ret, 3)
picked.sort(key=lambda p: p[0])
for cid, p in enumerate(picked, start=1):
    if p[7] == "LST":
        reason = "Lost in transit"
    elif p[7] == "RET":
        reason = random.choice(["Late delivery", "Not delivered"])
    else:
        reason = random.choice(["Damaged", "Damaged", "Contents missing", "Late delivery",
                                "Wet packaging"])
    cd = (datetime.date.fromisoformat(p[6]) +
          datetime.timedelta(days=random.randint(5, 30))).isoformat()
    val = p[8] if p[8] is not None else random.choice([20.0, 35.0, 50.0])
    amt = round(val * random.choice([1, 1, 0.5, 0.8]), 2)
    ap = random.choice(["T", "T", "F"])
    paid = round(min(amt, 100.0 if p[8] is None else amt), 2) if ap == "T" else None
    claim_rows.append((cid, p[0], cd, reason, amt, ap, paid))
    w("INSERT INTO claims VALUES (%s);" % ", ".join(
        q(x) for x in (cid, p[0], cd, reason, amt, ap, paid)))

w("COMMIT;")

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(out) + "\n")
