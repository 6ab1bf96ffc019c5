# Writes the schema and all rows of the `realty` golden set (a real-estate agency) as SQL.
# Seeded with random.seed(4127), so every run produces the same bytes.
import random
import sys
from datetime import date, timedelta

random.seed(4127)

OUT = sys.argv[1] if len(sys.argv) > 1 else "realty.sql"

FIRST = ["Olivia", "James", "Amelia", "Oliver", "Isla", "Harry", "Emily", "Jack",
         "Sophie", "George", "Grace", "Thomas", "Chloe", "William", "Lucy", "Daniel",
         "Hannah", "Samuel", "Ella", "Joseph", "Megan", "Adam", "Zara", "Ryan",
         "Priya", "Mohammed", "Aisha", "Liam", "Freya", "Noah", "Ruby", "Ethan",
         "Leah", "Lewis", "Holly", "Callum", "Niamh", "Arjun", "Maya", "Owen"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
        "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker",
        "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan",
        "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris",
        "King", "Baker", "Harrison", "Morgan", "Allen", "Ahmed", "Murphy", "Bell"]

CITIES = ["Bristol", "Leeds", "Manchester", "Brighton", "York"]
# relative price level per city
CITY_PRICE = {"Bristol": 1.15, "Leeds": 0.85, "Manchester": 0.95, "Brighton": 1.35, "York": 1.0}
STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue",
           "Mill Lane", "Queens Road", "Green Lane", "Albert Street", "Kings Road",
           "Orchard Close", "Manor Way", "Elm Grove", "Chapel Street", "Riverside Walk",
           "Newton Terrace", "Oakfield Drive", "Westbourne Place", "Clifton Hill", "Harbour View"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"]


def d(x):
    return x.isoformat()


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=random.randint(0, span))


def q(s):
    return "'" + str(s).replace("'", "''") + "'"


def val(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return q(v)
    return str(v)


used_names = []


def new_name():
    while True:
        n = random.choice(FIRST) + " " + random.choice(LAST)
        if n not in used_names:
            used_names.append(n)
            return n


# ---------------- agents ----------------
agents = []
agent_cities = ["Bristol", "Bristol", "Bristol", "Leeds", "Leeds", "Manchester", "Manchester",
                "Manchester", "Brighton", "Brighton", "York", "York"]
for i, city in enumerate(agent_cities, start=1):
    hire = rand_date(date(2012, 1, 1), date(2023, 6, 30))
    agents.append((i, new_name(), city, d(hire)))

# ---------------- properties ----------------
properties = []
used_addr = []
TYPES = ["flat", "house", "studio", "bungalow", "maisonette"]
TYPE_W = [40, 35, 12, 7, 6]
for i in range(1, 141):
    city = random.choice(CITIES)
    while True:
        addr = "%d %s" % (random.randint(1, 180), random.choice(STREETS))
        if (addr, city) not in used_addr:
            used_addr.append((addr, city))
            break
    ptype = random.choices(TYPES, TYPE_W)[0]
    if ptype == "studio":
        beds = 0
        area = random.uniform(24, 40)
    elif ptype == "flat":
        beds = random.choice([1, 1, 2, 2, 2, 3])
        area = 30 + beds * random.uniform(18, 26)
    elif ptype == "maisonette":
        beds = random.choice([2, 3, 3])
        area = 40 + beds * random.uniform(20, 26)
    elif ptype == "bungalow":
        beds = random.choice([2, 2, 3])
        area = 50 + beds * random.uniform(20, 28)
    else:
        beds = random.choice([2, 3, 3, 3, 4, 4, 5])
        area = 45 + beds * random.uniform(22, 32)
    area = round(area, 1)
    price = area * random.uniform(2800, 3900) * CITY_PRICE[city]
    price = int(round(price / 5000.0)) * 5000
    if ptype in ("house", "bungalow"):
        garden = 1 if random.random() < 0.85 else 0
    elif ptype == "maisonette":
        garden = 1 if random.random() < 0.4 else 0
    elif ptype == "flat":
        garden = 1 if random.random() < 0.12 else 0
    else:
        garden = 0
    listed = rand_date(date(2023, 1, 9), date(2024, 11, 29))
    hired = [a for a in agents if a[3] <= d(listed)]
    local = [a for a in hired if a[2] == city]
    agent = random.choice(local) if local and random.random() < 0.92 else random.choice(hired)
    properties.append((i, addr, city, ptype, beds, area, price, garden, d(listed), agent[0]))

# ---------------- buyers ----------------
buyers = []
for i in range(1, 71):
    name = new_name()
    budget = random.randrange(150000, 700001, 5000)
    if random.random() < 0.8:
        first, last = name.lower().split(" ")
        style = random.randint(0, 2)
        local = [first + "." + last, first[0] + last, first + last[0] + str(random.randint(1, 99))][style]
        email = local + "@" + random.choice(EMAIL_DOMAINS)
    else:
        email = None
    buyers.append((i, name, budget, email))

# ---------------- viewings ----------------
viewings = []
vid = 0
END = date(2024, 12, 31)
prop_viewers = {}
for p in properties:
    n = random.choices([0, 1, 2, 3, 4, 5], [10, 26, 30, 20, 10, 4])[0]
    listed = date.fromisoformat(p[8])
    affordable = [b for b in buyers if b[2] >= p[6] * 0.85]
    pool = affordable if len(affordable) >= 5 else buyers
    chosen = random.sample(pool, min(n, len(pool)))
    rows = []
    for b in chosen:
        vdate = listed + timedelta(days=random.randint(2, 75))
        if vdate > END:
            vdate = END - timedelta(days=random.randint(0, 10))
        if random.random() < 0.8:
            agent_id = p[9]
        else:
            same = [a for a in agents if a[2] == p[2] and a[0] != p[9] and a[3] <= d(vdate)]
            agent_id = random.choice(same)[0] if same else p[9]
        rating = random.choices([1, 2, 3, 4, 5], [6, 12, 28, 34, 20])[0] if random.random() < 0.82 else None
        rows.append((vdate, b[0], agent_id, rating))
    rows.sort()
    prop_viewers[p[0]] = rows
    for vdate, bid, agent_id, rating in rows:
        vid += 1
        viewings.append((vid, p[0], bid, agent_id, d(vdate), rating))

# ---------------- offers ----------------
offers = []
oid = 0
for p in properties:
    rows = prop_viewers[p[0]]
    candidates = [r for r in rows if r[3] is None or r[3] >= 3]
    if not candidates or random.random() < 0.3:
        continue
    k = min(len(candidates), random.choices([1, 2, 3], [60, 30, 10])[0])
    picks = random.sample(candidates, k)
    prop_offers = []
    for vdate, bid, agent_id, rating in picks:
        odate = min(vdate + timedelta(days=random.randint(1, 21)), END)
        amount = int(round(p[6] * random.uniform(0.88, 1.03) / 1000.0)) * 1000
        prop_offers.append([odate, bid, amount])
    prop_offers.sort()
    # decide statuses: at most one accepted per property, the rest rejected/withdrawn/pending
    accepted_idx = None
    recent = prop_offers[-1][0] >= date(2024, 9, 1)
    if random.random() < (0.3 if recent else 0.7):
        accepted_idx = max(range(len(prop_offers)), key=lambda j: prop_offers[j][2])
    for j, (odate, bid, amount) in enumerate(prop_offers):
        if j == accepted_idx:
            status = "accepted"
        elif accepted_idx is None and odate >= date(2024, 9, 1):
            status = "pending"
        else:
            status = random.choices(["rejected", "withdrawn"], [82, 18])[0]
        prop_offers[j].append(status)
    for odate, bid, amount, status in prop_offers:
        oid += 1
        offers.append((oid, p[0], bid, amount, d(odate), status))

SCHEMA = """CREATE TABLE agents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  office_city TEXT NOT NULL,
  hire_date TEXT NOT NULL
);

CREATE TABLE properties (
  id INTEGER PRIMARY KEY,
  address TEXT NOT NULL,
  city TEXT NOT NULL,
  property_type TEXT NOT NULL,
  bedrooms INTEGER NOT NULL,
  floor_area_m2 REAL NOT NULL,
  asking_price INTEGER NOT NULL,
  has_garden INTEGER NOT NULL,
  listed_date TEXT NOT NULL,
  agent_id INTEGER NOT NULL REFERENCES agents(id)
);

CREATE TABLE buyers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  budget INTEGER NOT NULL,
  email TEXT
);

CREATE TABLE viewings (
  id INTEGER PRIMARY KEY,
  property_id INTEGER NOT NULL REFERENCES properties(id),
  buyer_id INTEGER NOT NULL REFERENCES buyers(id),
  agent_id INTEGER NOT NULL REFERENCES agents(id),
  viewing_date TEXT NOT NULL,
  rating INTEGER
);

CREATE TABLE offers (
  id INTEGER PRIMARY KEY,
  property_id INTEGER NOT NULL REFERENCES properties(id),
  buyer_id INTEGER NOT NULL REFERENCES buyers(id),
  amount INTEGER NOT NULL,
  offer_date TEXT NOT NULL,
  status TEXT NOT NULL
);
"""


def inserts(table, rows):
    return "".join("INSERT INTO %s VALUES (%s);\n" % (table, ", ".join(val(v) for v in r)) for r in rows)


with open(OUT, "w", newline="\n") as f:
    f.write(SCHEMA)
    f.write("\n")
    for table, rows in [("agents", agents), ("properties", properties), ("buyers", buyers),
                        ("viewings", viewings), ("offers", offers)]:
        f.write(inserts(table, rows))
        f.write("\n")
