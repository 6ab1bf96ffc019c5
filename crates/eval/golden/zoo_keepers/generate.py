#!/usr/bin/env python3
"""Generate the zoo_keepers SQLite database as SQL text.

Usage: python3 generate.py zoo_keepers.sql
"""
import random
import sys
import datetime

random.seed(4711)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end)
    return (a + datetime.timedelta(days=random.randint(0, (b - a).days))).isoformat()


out = []
out.append("PRAGMA foreign_keys = ON;")
out.append("BEGIN TRANSACTION;")


def insert(table, cols, rows):
    for r in rows:
        out.append("INSERT INTO %s (%s) VALUES (%s);" % (
            table, ", ".join(cols), ", ".join(q(v) for v in r)))


# ---------------------------------------------------------------- Ref_Species
out.append("""CREATE TABLE Ref_Species (
  species_code TEXT PRIMARY KEY,
  species_name TEXT NOT NULL,
  sci_name TEXT,
  diet TEXT,
  cons_status TEXT
);""")
species = [
    ("LION", "African Lion", "Panthera leo", "Carnivore", "VU"),
    ("TIGR", "Sumatran Tiger", "Panthera tigris sumatrae", "Carnivore", "CR"),
    ("GIRF", "Reticulated Giraffe", "Giraffa reticulata", "Herbivore", "EN"),
    ("ELEP", "Asian Elephant", "Elephas maximus", "Herbivore", "EN"),
    ("ZEBR", "Plains Zebra", "Equus quagga", "Herbivore", "NT"),
    ("PENG", "Humboldt Penguin", "Spheniscus humboldti", "Piscivore", "VU"),
    ("RPAN", "Red Panda", "Ailurus fulgens", "Herbivore", "EN"),
    ("MEER", "Meerkat", "Suricata suricatta", "Insectivore", "LC"),
    ("GORL", "Western Lowland Gorilla", "Gorilla gorilla gorilla", "Herbivore", "CR"),
    ("CHMP", "Chimpanzee", "Pan troglodytes", "Omnivore", "EN"),
    ("RHIN", "Southern White Rhino", "Ceratotherium simum", "Herbivore", "NT"),
    ("FLAM", "Chilean Flamingo", "Phoenicopterus chilensis", "Omnivore", "NT"),
    ("KOMO", "Komodo Dragon", "Varanus komodoensis", "Carnivore", "EN"),
    ("OTTR", "Asian Small-clawed Otter", "Aonyx cinereus", "Piscivore", "VU"),
    ("CAPY", "Capybara", "Hydrochoerus hydrochaeris", "Herbivore", "LC"),
    ("SNLP", "Snow Leopard", "Panthera uncia", "Carnivore", "VU"),
    ("TORT", "Aldabra Giant Tortoise", "Aldabrachelys gigantea", "Herbivore", "VU"),
    ("LEMR", "Ring-tailed Lemur", "Lemur catta", "Omnivore", "EN"),
]
insert("Ref_Species", ["species_code", "species_name", "sci_name", "diet", "cons_status"], species)

# ---------------------------------------------------------------- Enclosure
out.append("""CREATE TABLE Enclosure (
  EnclosureID INTEGER PRIMARY KEY,
  EnclosureName TEXT NOT NULL,
  Zone TEXT,
  AreaSqm REAL,
  IsIndoor TEXT,
  OpenedYear INTEGER
);""")
enclosures = [
    (1, "Savannah Plains", "Africa", 12400.0, "N", 1998),
    (2, "Lion Ridge", "Africa", 4550.0, "N", 2006),
    (3, "Tiger Territory", "Asia", 3820.0, "N", 2011),
    (4, "Elephant Valley", "Asia", 9150.0, "N", 2003),
    (5, "Penguin Cove", "Coast", 1260.0, "N", 2014),
    (6, "Bamboo Forest", "Asia", 1540.0, "N", 2016),
    (7, "Meerkat Mound", "Africa", 410.0, "N", 2009),
    (8, "Gorilla Kingdom", "Africa", 2680.0, "N", 2007),
    (9, "Rainforest Dome", "Americas", 2230.0, "Y", 2018),
    (10, "Reptile House", "Tropics", 820.0, "Y", 1995),
    (11, "Otter Creek", "Asia", 615.0, "N", 2019),
    (12, "Flamingo Lagoon", "Americas", 1875.0, "N", 2001),
    (13, "Lemur Walkthrough", "Madagascar", 1120.0, "N", 2013),
    (14, "Giant Tortoise House", "Tropics", 705.0, "Y", 2010),
    (15, "Nocturnal House", "Tropics", 530.0, "Y", 1992),
    (16, "Primate Pavilion", "Africa", 1460.0, "Y", 2021),
]
insert("Enclosure", ["EnclosureID", "EnclosureName", "Zone", "AreaSqm", "IsIndoor", "OpenedYear"], enclosures)

# ---------------------------------------------------------------- keepers
out.append("""CREATE TABLE keepers (
  kpr_id INTEGER PRIMARY KEY,
  kpr_fname TEXT,
  kpr_lname TEXT,
  hire_dt TEXT,
  ph_no TEXT,
  salary INTEGER,
  supervisor INTEGER REFERENCES keepers(kpr_id),
  home_city TEXT
);""")
keeper_names = [
    ("Margaret", "Hollis"), ("Daniel", "Okafor"), ("Sophie", "Turner"), ("Liam", "Fletcher"),
    ("Priya", "Sharma"), ("Tom", "Whitaker"), ("Hannah", "Price"), ("George", "Ashby"),
    ("Chloe", "Bennett"), ("Ryan", "O'Brien"), ("Emily", "Carter"), ("Josh", "Hughes"),
    ("Aisha", "Mensah"), ("Oliver", "Grant"), ("Megan", "Doyle"), ("Sam", "Kowalski"),
    ("Lucy", "Parr"), ("Nathan", "Reid"), ("Grace", "Ellison"), ("Ben", "Marsh"),
]
cities = ["Bristol", "Bath", "Weston-super-Mare", "Clevedon", "Keynsham", "Portishead", "Nailsea"]
keepers = []
for i, (fn, ln) in enumerate(keeper_names, start=1):
    if i <= 2:
        sup = None
        hire = rand_date("2004-01-01", "2010-12-31")
        sal = random.randint(44, 49) * 1000 + random.choice([0, 500])
    else:
        sup = 1 if i % 2 == 1 else 2
        hire = rand_date("2012-01-01", "2023-09-30")
        sal = random.randint(24, 36) * 1000 + random.choice([0, 250, 500, 750])
    ph = None if random.random() < 0.2 else "07%03d %06d" % (random.randint(700, 999), random.randint(0, 999999))
    city = random.choice(cities) if i > 2 else "Bristol"
    keepers.append((i, fn, ln, hire, ph, sal, sup, city))
insert("keepers", ["kpr_id", "kpr_fname", "kpr_lname", "hire_dt", "ph_no", "salary", "supervisor", "home_city"], keepers)

# ---------------------------------------------------------------- animals
out.append("""CREATE TABLE animals (
  animal_id INTEGER PRIMARY KEY,
  name TEXT,
  species_code TEXT REFERENCES Ref_Species(species_code),
  encl_no INTEGER REFERENCES Enclosure(EnclosureID),
  sex TEXT,
  dob TEXT,
  weight TEXT,
  arrival_date TEXT
);""")
# species -> (enclosure, count, weight range kg, max age years)
plan = [
    ("LION", 2, 4, (120, 210), 16),
    ("TIGR", 3, 2, (75, 140), 15),
    ("GIRF", 1, 5, (600, 1250), 20),
    ("ZEBR", 1, 6, (200, 380), 18),
    ("RHIN", 1, 2, (1600, 2300), 30),
    ("ELEP", 4, 3, (2700, 4800), 45),
    ("PENG", 5, 8, (3.6, 5.4), 18),
    ("RPAN", 6, 2, (3.8, 6.0), 12),
    ("MEER", 7, 7, (0.6, 0.95), 10),
    ("GORL", 8, 4, (70, 180), 35),
    ("CHMP", 16, 5, (38, 62), 40),
    ("CAPY", 9, 3, (38, 62), 9),
    ("FLAM", 12, 6, (2.2, 3.4), 30),
    ("KOMO", 10, 1, (62, 78), 25),
    ("OTTR", 11, 3, (2.1, 3.6), 12),
    ("TORT", 14, 2, (180, 250), 80),
    ("LEMR", 13, 5, (2.1, 3.4), 18),
]
names_pool = [
    "Nala", "Simba", "Zuri", "Kito", "Raja", "Suri", "Tano", "Amani", "Jabari", "Kiara",
    "Moyo", "Baraka", "Zola", "Imani", "Duma", "Asha", "Kofi", "Sefu", "Pili", "Tembo",
    "Lulu", "Bahati", "Juno", "Pip", "Percy", "Pebbles", "Waddles", "Flipper", "Mango",
    "Ginger", "Momo", "Bao", "Timon", "Sunny", "Sahara", "Dusty", "Kumbuka", "Mjukuu",
    "Efie", "Kera", "Bongo", "Kumbi", "Rosie", "Coral", "Blush", "Flora", "Pinky",
    "Salsa", "Rango", "Otto", "Ollie", "Splash", "Shelly", "Atlas", "Zaza", "Tiki",
    "Mora", "Koko", "Nia", "Obi", "Pablo", "Quinn", "Ravi", "Tilly", "Willow", "Yara",
    "Zeke", "Biscuit", "Cleo", "Fern", "Hazel",
]
random.shuffle(names_pool)
animals = []
aid = 0
for code, encl, cnt, (wlo, whi), maxage in plan:
    for _ in range(cnt):
        aid += 1
        name = names_pool.pop()
        sex = random.choice(["F", "M"])
        age = random.randint(1, maxage)
        dob = rand_date("%d-01-01" % (2024 - age), "%d-12-31" % (2024 - age))
        w = random.uniform(wlo, whi)
        weight = ("%.1f" % w) if w >= 10 else ("%.2f" % w)
        arr_start = max(datetime.date.fromisoformat(dob), datetime.date(1995, 1, 1))
        arrival = rand_date(arr_start.isoformat(), "2024-06-30")
        animals.append([aid, name, code, encl, sex, dob, weight, arrival])
insert("animals", ["animal_id", "name", "species_code", "encl_no", "sex", "dob", "weight", "arrival_date"], animals)

# ---------------------------------------------------------------- feeding_schedules
out.append("""CREATE TABLE feeding_schedules (
  sched_id INTEGER PRIMARY KEY,
  animal_id INTEGER,
  kpr_id INTEGER,
  food_item TEXT,
  qty_kg REAL,
  feed_time TEXT,
  day_of_week TEXT
);""")
foods = {
    "LION": ["Horse meat", "Beef on the bone", "Whole rabbit"],
    "TIGR": ["Horse meat", "Beef on the bone", "Whole chicken"],
    "GIRF": ["Acacia browse", "Lucerne hay", "Carrots"],
    "ZEBR": ["Meadow hay", "Grass pellets"],
    "RHIN": ["Meadow hay", "Grass pellets", "Apples"],
    "ELEP": ["Meadow hay", "Browse branches", "Bananas"],
    "PENG": ["Sprats", "Herring"],
    "RPAN": ["Bamboo", "Panda pellets"],
    "MEER": ["Mealworms", "Crickets"],
    "GORL": ["Leafy greens", "Root vegetables", "Browse branches"],
    "CHMP": ["Leafy greens", "Fruit mix", "Primate pellets"],
    "CAPY": ["Grass pellets", "Leafy greens"],
    "FLAM": ["Flamingo pellets", "Brine shrimp"],
    "KOMO": ["Whole rabbit", "Whole chicken"],
    "OTTR": ["Herring", "Crayfish"],
    "TORT": ["Leafy greens", "Meadow hay"],
    "LEMR": ["Fruit mix", "Primate pellets"],
}
qty = {
    "LION": (5, 9), "TIGR": (4, 7), "GIRF": (10, 30), "ZEBR": (6, 10), "RHIN": (20, 40),
    "ELEP": (40, 90), "PENG": (0.4, 1.0), "RPAN": (1.0, 2.5), "MEER": (0.05, 0.15),
    "GORL": (5, 12), "CHMP": (2, 4), "CAPY": (2, 4), "FLAM": (0.2, 0.5), "KOMO": (2, 5),
    "OTTR": (0.4, 0.9), "TORT": (3, 6), "LEMR": (0.3, 0.6),
}
# keepers 3..18 work in zones; 19 and 20 are new and not on the feeding rota yet,
# head keepers 1 and 2 occasionally cover.
zone_keepers = {
    "Africa": [3, 4, 7, 8, 11],
    "Asia": [5, 6, 9, 12],
    "Coast": [10, 13],
    "Americas": [14, 15],
    "Tropics": [16, 17],
    "Madagascar": [18, 15],
}
encl_zone = {e[0]: e[2] for e in enclosures}
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
sched = []
sid = 0
for a in animals:
    n = 1 if random.random() < 0.88 else 2
    for _ in range(n):
        sid += 1
        code = a[2]
        kp = random.choice(zone_keepers[encl_zone[a[3]]])
        if random.random() < 0.06:
            kp = random.choice([1, 2])
        lo, hi = qty[code]
        qv = round(random.uniform(lo, hi), 2)
        t = "%02d:%s" % (random.choice([7, 8, 9, 10, 11, 13, 14, 15, 16]), random.choice(["00", "15", "30", "45"]))
        sched.append((sid, a[0], kp, random.choice(foods[code]), qv, t, random.choice(days)))
insert("feeding_schedules", ["sched_id", "animal_id", "kpr_id", "food_item", "qty_kg", "feed_time", "day_of_week"], sched)

# ---------------------------------------------------------------- Vet
out.append("""CREATE TABLE Vet (
  vet_id INTEGER PRIMARY KEY,
  vet_name TEXT NOT NULL,
  specialty TEXT,
  clinic_city TEXT,
  yrs_exp INTEGER
);""")
vets = [
    (1, "Dr. Helen Marsh", "Large Animal", "Bristol", 22),
    (2, "Dr. Kwame Asante", "Exotics", "Bristol", 14),
    (3, "Dr. Fiona Caldwell", "Avian", "Bath", 9),
    (4, "Dr. Rajesh Iyer", "Primates", "Bristol", 17),
    (5, "Dr. Sarah Lindqvist", "Reptiles", "Cardiff", 11),
    (6, "Dr. Patrick Nolan", "Dental", "Bath", 26),
    (7, "Dr. Amelia Stroud", None, "Gloucester", 4),
    (8, "Dr. Victor Hale", "Large Animal", "Swindon", 31),
    (9, "Dr. Nadia Rahman", "Exotics", "Cardiff", 7),
    (10, "Dr. Owen Pritchard", None, "Bristol", 2),
    (11, "Dr. Isabel Ferreira", "Aquatic", "Plymouth", 13),
    (12, "Dr. Colin Yates", "Pathology", "Exeter", 19),
]
insert("Vet", ["vet_id", "vet_name", "specialty", "clinic_city", "yrs_exp"], vets)

# ---------------------------------------------------------------- Animal_Vet (health checks)
out.append("""CREATE TABLE Animal_Vet (
  check_id INTEGER PRIMARY KEY,
  animal_id INTEGER REFERENCES animals(animal_id),
  vet_id INTEGER REFERENCES Vet(vet_id),
  check_date TEXT,
  diagnosis TEXT,
  fee REAL,
  follow_up TEXT
);""")
vet_for = {
    "LION": [1, 2, 8], "TIGR": [1, 2, 8], "GIRF": [1, 8], "ZEBR": [1, 8], "RHIN": [1, 8],
    "ELEP": [1, 8, 6], "PENG": [3, 11], "RPAN": [2, 9], "MEER": [2, 9, 7], "GORL": [4, 6],
    "CHMP": [4, 7], "CAPY": [2, 9], "FLAM": [3], "KOMO": [5], "OTTR": [11, 9],
    "TORT": [5, 2], "LEMR": [4, 9],
}
diagnoses = [
    ("Routine exam - healthy", 0.40), ("Dental tartar", 0.08), ("Parasite infection", 0.12),
    ("Minor wound", 0.10), ("Overweight", 0.07), ("Eye infection", 0.06), ("Arthritis", 0.06),
    ("Respiratory infection", 0.06), ("Foot abscess", 0.05),
]
checks = []
cid = 0
pool = list(animals)
random.shuffle(pool)
chosen = pool[:44] + random.sample(pool[:44], 18)
chosen.sort(key=lambda a: a[0])
for a in chosen:
    cid += 1
    v = random.choice(vet_for[a[2]])
    r = random.random()
    acc = 0
    diag = diagnoses[-1][0]
    for d, p in diagnoses:
        acc += p
        if r < acc:
            diag = d
            break
    if random.random() < 0.05:
        diag = None
    big = a[2] in ("ELEP", "RHIN", "GIRF", "GORL", "LION", "TIGR")
    fee = round(random.uniform(180, 650) if big else random.uniform(45, 260), 2)
    fu = "N" if diag in (None, "Routine exam - healthy") else random.choice(["Y", "Y", "N"])
    checks.append([cid, a[0], v, rand_date("2022-01-05", "2024-11-28"), diag, fee, fu])
checks.sort(key=lambda c: c[3])
for i, c in enumerate(checks, start=1):
    c[0] = i
insert("Animal_Vet", ["check_id", "animal_id", "vet_id", "check_date", "diagnosis", "fee", "follow_up"], checks)

# ---------------------------------------------------------------- donations
out.append("""CREATE TABLE donations (
  donation_id INTEGER PRIMARY KEY,
  donor_name TEXT,
  donor_city TEXT,
  amt REAL,
  donation_dt TEXT,
  EnclosureID INTEGER,
  gift_aid TEXT
);""")
donors = [
    "Alice Whitmore", "James Pickering", "Ruth Coleman", "Mohammed Iqbal", "Karen Lowe",
    "Peter Sandford", "Fatima Noor", "Greg Atkins", "Olivia Hart", "Stephen Yeo",
    "Brunel Engineering Ltd", "Clifton Rotary Club", "Avon Valley Garden Centre",
    "St Mary's Primary School", "Harbourside Bakery", "Joan Ridley", "Mark Tennant",
    "Yusuf Demir", "Laura Finch", "Edward Blythe",
]
donor_city = {}
for d in donors:
    donor_city[d] = random.choice(cities + ["London", "Cardiff", "Swindon", "Gloucester"])
dons = []
for i in range(1, 47):
    d = random.choice(donors)
    company = d.endswith("Ltd") or "Club" in d or "Centre" in d or "School" in d or "Bakery" in d
    if company:
        amt = float(random.choice([250, 300, 500, 750, 1000, 1500, 2000]))
    else:
        amt = random.choice([5.0, 7.5, 10.0, 12.5, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, 75.0, 100.0, 120.0, 150.0, 200.0])
    enc = None if random.random() < 0.25 else random.choice([1, 2, 3, 4, 5, 6, 8, 9, 11, 13, 16])
    ga = None if company else random.choice(["Y", "Y", "N"])
    dons.append((i, d, donor_city[d], amt, rand_date("2022-03-01", "2024-12-20"), enc, ga))
dons.sort(key=lambda x: x[4])
dons = [(i,) + d[1:] for i, d in enumerate(dons, start=1)]
insert("donations", ["donation_id", "donor_name", "donor_city", "amt", "donation_dt", "EnclosureID", "gift_aid"], dons)

out.append("COMMIT;")

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
