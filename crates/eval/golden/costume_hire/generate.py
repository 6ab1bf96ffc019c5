#!/usr/bin/env python3
"""Deterministic generator for the costume_hire test database.

Usage: python3 generate.py costume_hire.sql
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


def d(y, m, dd):
    return date(y, m, dd)


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, span))


out = []
out.append("PRAGMA foreign_keys = OFF;")
out.append("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
out.append("""CREATE TABLE Store (
  StoreID INTEGER PRIMARY KEY,
  store_name VARCHAR(60) NOT NULL,
  City VARCHAR(40),
  addr_line VARCHAR(80),
  phone_no VARCHAR(20),
  opened_dt TEXT,
  has_workshop CHAR(1) DEFAULT 'N'
);""")

out.append("""CREATE TABLE Ref_Costume_Categories (
  cat_cd VARCHAR(4) PRIMARY KEY,
  cat_desc VARCHAR(40) NOT NULL,
  period VARCHAR(20)
);""")

out.append("""CREATE TABLE costumes (
  costume_id INTEGER PRIMARY KEY,
  costume_nm VARCHAR(80) NOT NULL,
  cat_cd VARCHAR(4) REFERENCES Ref_Costume_Categories(cat_cd),
  size_cd VARCHAR(3),
  cond_cd CHAR(1),
  home_store INTEGER REFERENCES Store(StoreID),
  daily_rate REAL,
  replacement_val TEXT,
  acquired_dt TEXT
);""")

out.append("""CREATE TABLE customers (
  cust_id INTEGER PRIMARY KEY,
  cust_name VARCHAR(80) NOT NULL,
  cust_type CHAR(1),
  city VARCHAR(40),
  email VARCHAR(80),
  phone VARCHAR(20),
  member_yn CHAR(1)
);""")

out.append("""CREATE TABLE Staff (
  StaffID INTEGER PRIMARY KEY,
  stf_fname VARCHAR(30),
  stf_lname VARCHAR(30),
  StoreID INTEGER,
  job_title VARCHAR(30),
  emp_since TEXT,
  Manager INTEGER,
  hrly_rate REAL
);""")

out.append("""CREATE TABLE HireAgreements (
  HireNo INTEGER PRIMARY KEY,
  CustID INTEGER,
  StoreID INTEGER,
  ServedBy INTEGER,
  start_dt TEXT,
  due_dt TEXT,
  returned_dt TEXT,
  deposit_amt TEXT,
  production VARCHAR(80)
);""")

out.append("""CREATE TABLE hire_items (
  HireNo INTEGER REFERENCES HireAgreements(HireNo),
  costume_id INTEGER REFERENCES costumes(costume_id),
  rate_amt REAL,
  PRIMARY KEY (HireNo, costume_id)
);""")

out.append("""CREATE TABLE CostumeAlterations (
  AltID INTEGER PRIMARY KEY,
  CostumeID INTEGER,
  DoneBy INTEGER,
  alt_date TEXT,
  alt_type VARCHAR(3),
  cost_amt REAL,
  hrs REAL
);""")

out.append("""CREATE TABLE costume_transfers (
  xfer_id INTEGER PRIMARY KEY,
  costume_id INTEGER REFERENCES costumes(costume_id),
  from_store INTEGER REFERENCES Store(StoreID),
  to_store INTEGER REFERENCES Store(StoreID),
  xfer_date TEXT,
  auth_by INTEGER REFERENCES Staff(StaffID)
);""")


inserts = {}


def insert(table, rows):
    for r in rows:
        inserts.setdefault(table, []).append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


# ---------------------------------------------------------------- stores
store_data = [
    ("Footlights West End", "London", "14 Earlham Street", "020 7946 0112", "1998-03-02", "Y"),
    ("Footlights Camden", "London", "221 Camden High Street", "020 7946 0388", "2009-06-15", "N"),
    ("Footlights Manchester", "Manchester", "8 Quay Street", "0161 496 0745", "2003-09-01", "Y"),
    ("Footlights Bristol", "Bristol", "37 King Street", "0117 496 0321", "2005-04-11", "Y"),
    ("Footlights Leeds", "Leeds", "52 Briggate", None, "2011-02-07", "N"),
    ("Footlights Glasgow", "Glasgow", "101 Sauchiehall Street", "0141 496 0980", "2007-10-22", "Y"),
    ("Footlights Edinburgh", "Edinburgh", "19 Grassmarket", "0131 496 0457", "2012-08-01", "N"),
    ("Footlights Cardiff", "Cardiff", "5 Womanby Street", "029 2018 0633", "2014-05-19", "N"),
    ("Footlights Birmingham", "Birmingham", "76 Hurst Street", "0121 496 0810", "2006-01-30", "Y"),
    ("Footlights Liverpool", "Liverpool", "33 Hope Street", None, "2015-11-03", "N"),
    ("Footlights Nottingham", "Nottingham", "12 Goldsmith Street", "0115 496 0274", "2016-03-14", "N"),
    ("Footlights York", "York", "4 Stonegate", "01904 496 118", "2018-07-09", "N"),
    ("Footlights Brighton", "Brighton", "60 North Road", "01273 496 502", "2010-04-26", "Y"),
    ("Footlights Norwich", "Norwich", "9 Elm Hill", None, "2019-09-16", "N"),
    ("Footlights Newcastle", "Newcastle", "28 Grey Street", "0191 496 0663", "2013-12-02", "N"),
]
stores = [(i + 1,) + s for i, s in enumerate(store_data)]
insert("Store", stores)
NSTORE = len(stores)

# ---------------------------------------------------------------- categories
cats = [
    ("VIC", "Victorian", "1837-1901"),
    ("ELZ", "Elizabethan", "1558-1603"),
    ("MED", "Medieval", "1000-1485"),
    ("GRK", "Greek and Roman", None),
    ("MIL", "Military", None),
    ("ANM", "Animal", None),
    ("FTY", "Fairy Tale", None),
    ("CLN", "Clown and Circus", None),
    ("PIR", "Pirate", "1650-1730"),
    ("REG", "Regency", "1811-1820"),
    ("JAZ", "Jazz Age", "1920-1929"),
    ("WW2", "Wartime 1940s", "1939-1945"),
    ("SCI", "Science Fiction", None),
    ("CLR", "Clerical", None),
    ("PAN", "Pantomime Dame", None),
]
insert("Ref_Costume_Categories", cats)

items = {
    "VIC": ["Frock Coat", "Bustle Gown", "Top Hat and Tails", "Mourning Dress", "Chimney Sweep", "Flower Seller"],
    "ELZ": ["Doublet and Hose", "Court Gown", "Ruff and Cloak", "Farthingale Dress"],
    "MED": ["Knight Surcoat", "Peasant Tunic", "Monk Habit", "Maid Marian Dress", "Jester Motley"],
    "GRK": ["Toga", "Centurion Armour", "Chiton", "Gladiator Harness"],
    "MIL": ["Redcoat Uniform", "Hussar Jacket", "Naval Officer Uniform", "Highland Regiment Kilt"],
    "ANM": ["Lion Suit", "Cat Suit", "Pantomime Horse", "Wolf Suit", "Mouse Suit"],
    "FTY": ["Cinderella Ball Gown", "Fairy Godmother", "Wicked Queen", "Prince Charming", "Tin Soldier"],
    "CLN": ["Ringmaster Coat", "Pierrot", "Auguste Clown", "Strongman Leotard"],
    "PIR": ["Pirate Captain", "Deckhand Shirt", "Buccaneer Coat"],
    "REG": ["Empire Line Gown", "Tailcoat and Breeches", "Spencer Jacket"],
    "JAZ": ["Flapper Dress", "Pinstripe Suit", "Beaded Shift"],
    "WW2": ["Land Girl Dungarees", "RAF Uniform", "Tea Dress", "Warden Uniform"],
    "SCI": ["Space Cadet Jumpsuit", "Robot Suit", "Alien Bodysuit"],
    "CLR": ["Vicar Cassock", "Bishop Cope", "Nun Habit"],
    "PAN": ["Widow Twankey Dress", "Dame Trott Outfit", "Ugly Sister Gown"],
}
colours = ["Red", "Blue", "Green", "Black", "Gold", "Ivory", "Plum", "Grey", "Navy", "Bottle Green", "Crimson", "Silver"]
cat_weights = {"VIC": 12, "ELZ": 7, "MED": 8, "GRK": 5, "MIL": 9, "ANM": 8, "FTY": 9, "CLN": 5,
               "PIR": 6, "REG": 5, "JAZ": 6, "WW2": 6, "SCI": 3, "CLR": 3, "PAN": 4}
base_rate = {"VIC": 18, "ELZ": 24, "MED": 15, "GRK": 12, "MIL": 20, "ANM": 16, "FTY": 19, "CLN": 13,
             "PIR": 14, "REG": 21, "JAZ": 15, "WW2": 13, "SCI": 17, "CLR": 11, "PAN": 22}
sizes = ["XS", "S", "M", "M", "L", "L", "XL", "CH"]
conds = ["N", "G", "G", "G", "F", "F", "P"]

costumes = []
used_names = set()
cid = 0
for cat, n in cat_weights.items():
    for _ in range(n):
        while True:
            nm = "%s (%s)" % (rng.choice(items[cat]), rng.choice(colours))
            if nm not in used_names:
                used_names.add(nm)
                break
        cid += 1
        rate = round(base_rate[cat] + rng.uniform(-4, 9), 2)
        size = rng.choice(sizes)
        if size == "CH":
            rate = round(rate * 0.6, 2)
        repl = str(int(rate * rng.randint(9, 16) // 5 * 5))
        costumes.append([cid, nm, cat, size, rng.choice(conds),
                         rng.randint(1, NSTORE), rate, repl,
                         rand_date(d(2008, 1, 1), d(2023, 6, 30)).isoformat()])
rng.shuffle(costumes)
for i, c in enumerate(costumes):
    c[0] = i + 1
NCOST = len(costumes)

# ---------------------------------------------------------------- customers
companies = [
    ("Leeds Amateur Operatic Society", "Leeds"),
    ("Bristol Old Quay Players", "Bristol"),
    ("Harbourside Youth Theatre", "Bristol"),
    ("Mancunian Light Opera", "Manchester"),
    ("Salford Street Theatre", "Manchester"),
    ("Clyde Repertory Company", "Glasgow"),
    ("Royal Mile Players", "Edinburgh"),
    ("Taff Valley Musical Society", "Cardiff"),
    ("Brum Panto Company", "Birmingham"),
    ("Mersey Stage Company", "Liverpool"),
    ("Sherwood Players", "Nottingham"),
    ("Minster Mystery Players", "York"),
    ("Brighton Fringe Collective", "Brighton"),
    ("Broadland Dramatic Society", "Norwich"),
    ("Tyneside Theatre Company", "Newcastle"),
    ("Camden Shakespeare Ensemble", "London"),
    ("Southwark Opera Group", "London"),
    ("Hackney Youth Drama", "London"),
]
schools = [
    ("St Aidan's Primary School", "Leeds"),
    ("Kingsdown Academy", "Bristol"),
    ("Didsbury High School", "Manchester"),
    ("Morningside Grammar", "Edinburgh"),
    ("Holloway Comprehensive", "London"),
]
first_names = ["Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Mia", "Jack", "Sophie", "Noah",
               "Grace", "Callum", "Freya", "Rhys", "Evie", "Hamish", "Lily", "Owen", "Poppy", "Declan",
               "Imogen", "Tom", "Niamh", "Ewan", "Ruby", "Kieran", "Eleanor", "Dylan", "Martha", "Finlay"]
last_names = ["Thompson", "Hughes", "Campbell", "Patel", "Walsh", "Morgan", "Fletcher", "Baxter", "Quinn",
              "Doyle", "Ashworth", "Pritchard", "McLeod", "Singh", "Harding", "Okafor", "Bellamy", "Rowntree",
              "Sutcliffe", "Greaves", "Llewellyn", "Murray", "Kaur", "Whitfield", "Marsh"]
cities = [s[2] for s in stores]

customers = []
for nm, city in companies:
    customers.append([None, nm, "T", city])
for nm, city in schools:
    customers.append([None, nm, "S", city])
used = set()
for _ in range(17):
    while True:
        fn, ln = rng.choice(first_names), rng.choice(last_names)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    customers.append([None, fn + " " + ln, "I", rng.choice(cities)])
rng.shuffle(customers)
cust_rows = []
for i, c in enumerate(customers):
    cid = i + 1
    nm, typ, city = c[1], c[2], c[3]
    slug = "".join(ch for ch in nm.lower() if ch.isalnum())[:14]
    if typ == "I":
        email = None if rng.random() < 0.3 else slug + "@mailbox.co.uk"
    else:
        email = None if rng.random() < 0.1 else "bookings@" + slug + ".org.uk"
    phone = "07%03d %06d" % (rng.randint(100, 999), rng.randint(0, 999999))
    member = "Y" if (typ != "I" and rng.random() < 0.7) or (typ == "I" and rng.random() < 0.25) else "N"
    cust_rows.append((cid, nm, typ, city, email, phone, member))
insert("customers", cust_rows)
NCUST = len(cust_rows)

# ---------------------------------------------------------------- staff
staff = []
sid = 0
used = set()


def new_person():
    while True:
        fn, ln = rng.choice(first_names), rng.choice(last_names)
        if (fn, ln) not in used:
            used.add((fn, ln))
            return fn, ln


# head of operations
fn, ln = "Margaret", "Ellison"
used.add((fn, ln))
sid += 1
staff.append([sid, fn, ln, 1, "Operations Director", "1998-01-12", None, 38.5])
head = sid
# regional managers
regional = {}
for region, base_store in (("South", 1), ("North", 3), ("Scotland", 6)):
    fn, ln = new_person()
    sid += 1
    staff.append([sid, fn, ln, base_store, "Regional Manager",
                  rand_date(d(2002, 1, 1), d(2012, 12, 31)).isoformat(), head,
                  round(rng.uniform(27, 31), 2)])
    regional[region] = sid
region_of = {1: "South", 2: "South", 3: "North", 4: "South", 5: "North", 6: "Scotland", 7: "Scotland",
             8: "South", 9: "North", 10: "North", 11: "North", 12: "North", 13: "South", 14: "South",
             15: "Scotland"}
store_mgr = {}
for st in range(1, NSTORE + 1):
    fn, ln = new_person()
    sid += 1
    staff.append([sid, fn, ln, st, "Store Manager",
                  rand_date(d(2005, 1, 1), d(2020, 12, 31)).isoformat(), regional[region_of[st]],
                  round(rng.uniform(19, 24), 2)])
    store_mgr[st] = sid
# wardrobe technicians at the workshop stores
tech = []
for st in (1, 3, 4, 6, 9, 13, 1):
    fn, ln = new_person()
    sid += 1
    staff.append([sid, fn, ln, st, "Wardrobe Technician",
                  rand_date(d(2012, 1, 1), d(2023, 3, 31)).isoformat(), store_mgr[st],
                  round(rng.uniform(14, 18.5), 2)])
    tech.append(sid)
insert("Staff", staff)
NSTAFF = len(staff)

# ---------------------------------------------------------------- hires
productions = ["A Christmas Carol", "Twelfth Night", "The Pirates of Penzance", "Cinderella",
               "Oliver!", "Much Ado About Nothing", "Pride and Prejudice", "Chicago", "Dick Whittington",
               "The Wizard of Oz", "Macbeth", "Blithe Spirit", "Aladdin", "Robin Hood", "Cats",
               "Journey's End", "Mother Goose", "The Importance of Being Earnest", "Guys and Dolls"]
cost_by_store = {}
for c in costumes:
    cost_by_store.setdefault(c[5], []).append(c)

hires = []
hire_items = []
# a few customers never hire anything
never = set(rng.sample(range(1, NCUST + 1), 6))
active = [c for c in range(1, NCUST + 1) if c not in never]
city_store = {}
for s in stores:
    city_store.setdefault(s[2], []).append(s[0])
hno = 1000
for k in range(60):
    cust = active[k % len(active)] if k < len(active) else rng.choice(active)
    ccity = cust_rows[cust - 1][3]
    if rng.random() < 0.8:
        st = rng.choice(city_store[ccity])
    else:
        st = rng.randint(1, NSTORE)
    if not cost_by_store.get(st):
        st = 1
    start = rand_date(d(2022, 1, 10), d(2024, 11, 30))
    length = rng.choice([3, 5, 7, 7, 10, 14, 14, 21])
    due = start + timedelta(days=length)
    if start > d(2024, 10, 15) and rng.random() < 0.7:
        ret = None
    else:
        ret = (due + timedelta(days=rng.choice([-1, 0, 0, 0, 1, 2, 4]))).isoformat()
    ctype = cust_rows[cust - 1][2]
    prod = rng.choice(productions) if (ctype != "I" or rng.random() < 0.3) else None
    served = store_mgr[st] if rng.random() < 0.75 else rng.choice(
        [s[0] for s in staff if s[3] == st] + [store_mgr[st]])
    n_items = rng.choice([1, 1, 2, 2, 2, 3])
    pool = cost_by_store[st]
    picks = rng.sample(pool, min(n_items, len(pool)))
    total = 0
    hno += 1
    for c in picks:
        amt = round(c[6] * (0.9 if cust_rows[cust - 1][6] == "Y" else 1.0), 2)
        total += amt * length
        hire_items.append((hno, c[0], amt))
    dep = str(int(round(total * 0.5 / 5.0) * 5) + 20)
    hires.append((hno, cust, st, served, start.isoformat(), due.isoformat(), ret, dep, prod))
hires.sort(key=lambda h: h[4])
# renumber so HireNo follows start date
remap = {}
new_hires = []
for i, h in enumerate(hires):
    remap[h[0]] = 1001 + i
    new_hires.append((1001 + i,) + h[1:])
hire_items = sorted(((remap[h], c, a) for h, c, a in hire_items))
insert("HireAgreements", new_hires)
insert("hire_items", hire_items)

# ---------------------------------------------------------------- alterations
alt_types = ["HEM", "HEM", "TKN", "LET", "RPR", "RPR", "RPR", "DYE"]
workshop_staff = tech + [store_mgr[s] for s in (1, 3, 4, 6, 9, 13)]
alts = []
for i in range(48):
    c = rng.choice(costumes)
    typ = rng.choice(alt_types)
    hrs = {"HEM": 1.5, "TKN": 2.5, "LET": 3.0, "RPR": 2.0, "DYE": 4.0}[typ] + rng.choice([-0.5, 0, 0, 0.5, 1.0])
    cost = round(hrs * rng.uniform(14, 19), 2)
    by = rng.choice(tech + tech + workshop_staff)
    alts.append([None, c[0], by, rand_date(d(2021, 1, 5), d(2024, 11, 28)).isoformat(), typ, cost, hrs])
alts.sort(key=lambda a: a[3])
for i, a in enumerate(alts):
    a[0] = 501 + i
insert("CostumeAlterations", alts)

# ---------------------------------------------------------------- transfers
xfers = []
for i in range(32):
    c = rng.choice(costumes)
    frm = c[5]
    # the Bristol workshop takes in stock from other branches more often
    to = 4 if (frm != 4 and rng.random() < 0.2) else rng.randint(1, NSTORE)
    while to == frm:
        to = rng.randint(1, NSTORE)
    auth = store_mgr[to] if rng.random() < 0.8 else regional[region_of[to]]
    xfers.append([None, c[0], frm, to, rand_date(d(2021, 3, 1), d(2024, 11, 20)).isoformat(), auth])
xfers.sort(key=lambda x: x[4])
for i, x in enumerate(xfers):
    x[0] = i + 1
insert("costume_transfers", xfers)

insert("costumes", costumes)

for t in ("Store", "Ref_Costume_Categories", "costumes", "customers", "Staff", "HireAgreements",
          "hire_items", "CostumeAlterations", "costume_transfers"):
    out.extend(inserts[t])
out.append("COMMIT;")

with open(sys.argv[1] if len(sys.argv) > 1 else "costume_hire.sql", "w") as f:
    f.write("\n".join(out) + "\n")
