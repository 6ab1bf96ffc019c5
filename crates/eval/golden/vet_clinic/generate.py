# Writes the vet_clinic SQLite schema and all rows (owners, vets, pets, appointments, vaccinations) as SQL.
# Seeded with random.seed(4127), so every run produces the same bytes.
import random
import sys
from datetime import date, timedelta

random.seed(4127)

OUT = sys.argv[1] if len(sys.argv) > 1 else "vet_clinic.sql"
TODAY = date(2025, 1, 15)

SCHEMA = """CREATE TABLE owners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT NOT NULL,
  city TEXT NOT NULL,
  registered_on TEXT NOT NULL
);

CREATE TABLE vets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  specialty TEXT NOT NULL,
  hire_date TEXT NOT NULL,
  is_full_time INTEGER NOT NULL
);

CREATE TABLE pets (
  id INTEGER PRIMARY KEY,
  owner_id INTEGER NOT NULL REFERENCES owners(id),
  name TEXT NOT NULL,
  species TEXT NOT NULL,
  breed TEXT,
  birth_date TEXT NOT NULL,
  weight_kg REAL NOT NULL,
  is_neutered INTEGER NOT NULL
);

CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  pet_id INTEGER NOT NULL REFERENCES pets(id),
  vet_id INTEGER NOT NULL REFERENCES vets(id),
  appointment_date TEXT NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  fee REAL
);

CREATE TABLE vaccinations (
  id INTEGER PRIMARY KEY,
  pet_id INTEGER NOT NULL REFERENCES pets(id),
  vaccine TEXT NOT NULL,
  given_date TEXT NOT NULL,
  next_due_date TEXT
);
"""


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def rand_date(start, end):
    return start + timedelta(days=random.randint(0, (end - start).days))


FIRST = ["Maria", "James", "Linda", "Robert", "Emily", "Daniel", "Sarah", "Michael",
         "Jessica", "David", "Ashley", "Chris", "Megan", "Kevin", "Laura", "Brian",
         "Rachel", "Jason", "Olivia", "Ethan", "Hannah", "Tyler", "Grace", "Noah",
         "Chloe", "Samuel", "Nina", "Victor", "Paula", "Omar", "Keiko", "Luis"]
LAST = ["Lopez", "Smith", "Nguyen", "Johnson", "O'Brien", "Garcia", "Miller", "Chen",
        "Patel", "Brown", "Wilson", "Kim", "Anderson", "Martinez", "Taylor", "Thomas",
        "Hughes", "Rivera", "Foster", "Baker", "Reyes", "Schultz", "Morgan", "Ward"]
CITIES = ["Portland"] * 6 + ["Salem"] * 3 + ["Eugene"] * 3 + ["Bend"] * 2 + ["Corvallis"] * 2 + ["Medford"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"]

owners = []
used = []
while len(owners) < 85:
    n = random.choice(FIRST) + " " + random.choice(LAST)
    if n in used:
        continue
    used.append(n)
    oid = len(owners) + 1
    first, last = n.split(" ")
    email = None
    if random.random() > 0.15:
        email = "%s.%s%d@%s" % (first.lower(), last.lower().replace("'", ""),
                                random.randint(1, 99), random.choice(DOMAINS))
    phone = "%s-555-%04d" % (random.choice(["503", "541", "971"]), random.randint(100, 9999))
    city = random.choice(CITIES)
    reg = rand_date(date(2016, 1, 1), date(2024, 10, 31))
    owners.append((oid, n, email, phone, city, reg.isoformat()))

vets = [
    (1, "Priya Nair", "general practice", "2012-04-02", 1),
    (2, "Thomas Becker", "surgery", "2009-09-14", 1),
    (3, "Alicia Romero", "general practice", "2017-06-19", 1),
    (4, "Howard Lin", "dentistry", "2014-02-03", 0),
    (5, "Sofia Marchetti", "dermatology", "2019-11-11", 0),
    (6, "Grant Okafor", "exotics", "2016-08-22", 1),
    (7, "Elena Petrova", "general practice", "2021-03-08", 1),
    (8, "Marcus Webb", "surgery", "2023-05-15", 0),
]

DOG_BREEDS = ["Labrador Retriever", "Golden Retriever", "German Shepherd", "Beagle",
              "French Bulldog", "Dachshund", "Border Collie", "Poodle", "Boxer",
              "Shih Tzu", "Australian Shepherd", "Chihuahua"]
DOG_WEIGHT = {"Labrador Retriever": (27, 38), "Golden Retriever": (25, 34),
              "German Shepherd": (28, 42), "Beagle": (9, 14), "French Bulldog": (8, 13),
              "Dachshund": (6, 12), "Border Collie": (14, 21), "Poodle": (18, 29),
              "Boxer": (25, 33), "Shih Tzu": (4, 8), "Australian Shepherd": (17, 29),
              "Chihuahua": (1.5, 3), None: (8, 30)}
CAT_BREEDS = ["Siamese", "Maine Coon", "Persian", "Ragdoll", "Bengal", "British Shorthair"]
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Lucy", "Cooper", "Daisy", "Milo",
             "Bailey", "Rocky", "Sadie", "Oliver", "Molly", "Tucker", "Chloe", "Bear",
             "Pepper", "Ziggy", "Willow", "Simba", "Nala", "Oreo", "Gizmo", "Rosie",
             "Jasper", "Maple", "Biscuit", "Hazel", "Finn", "Clover", "Mochi", "Kiwi",
             "Pumpkin", "Thor", "Poppy", "Scout", "Louie", "Juniper", "Otis", "Penny"]

pets = []


def make_pet(owner_id):
    pid = len(pets) + 1
    r = random.random()
    if r < 0.52:
        species = "dog"
        breed = random.choice(DOG_BREEDS) if random.random() > 0.2 else None
        lo, hi = DOG_WEIGHT[breed]
        w = round(random.uniform(lo, hi), 1)
    elif r < 0.86:
        species = "cat"
        breed = random.choice(CAT_BREEDS) if random.random() > 0.45 else None
        w = round(random.uniform(2.8, 6.5) + (2.5 if breed == "Maine Coon" else 0), 1)
    elif r < 0.93:
        species = "rabbit"
        breed = random.choice(["Holland Lop", "Netherland Dwarf", "Rex", None])
        w = round(random.uniform(1.0, 3.5), 1)
    elif r < 0.97:
        species = "guinea pig"
        breed = None
        w = round(random.uniform(0.7, 1.2), 2)
    else:
        species = "bird"
        breed = random.choice(["Cockatiel", "Budgerigar", "African Grey"])
        w = {"Cockatiel": 0.09, "Budgerigar": 0.04, "African Grey": 0.45}[breed]
    birth = rand_date(date(2009, 1, 1), date(2024, 6, 30))
    neut = 0
    if species in ("dog", "cat", "rabbit"):
        neut = 1 if random.random() < 0.7 else 0
    pets.append((pid, owner_id, random.choice(PET_NAMES), species, breed,
                 birth.isoformat(), w, neut))


for o in owners:
    r = random.random()
    count = 1 if r < 0.55 else 2 if r < 0.85 else 3 if r < 0.95 else 0
    for _ in range(count):
        make_pet(o[0])
# a couple of households with many animals
for _ in range(5):
    make_pet(owners[11][0])
for _ in range(4):
    make_pet(owners[40][0])

REASONS_GENERAL = [("annual checkup", 65, 95), ("vaccination", 40, 75), ("vomiting", 90, 180),
                   ("limping", 110, 260), ("ear infection", 85, 150), ("weight check", 35, 55)]
appointments = []
no_visit = [p[0] for p in random.sample(pets, 10)]
for p in pets:
    if p[0] in no_visit:
        continue
    nvis = random.randint(1, 3)
    for _ in range(nvis):
        d = rand_date(date(2023, 1, 3), date(2025, 2, 28))
        while d.weekday() == 6:
            d += timedelta(days=1)
        species = p[3]
        r = random.random()
        if species in ("bird", "guinea pig") or (species == "rabbit" and r < 0.7):
            reason, lo, hi = random.choice(REASONS_GENERAL)
            vet = 6
        elif r < 0.12:
            reason, lo, hi = "dental cleaning", 250, 550
            vet = 4
        elif r < 0.2:
            reason, lo, hi = "skin allergy", 120, 240
            vet = 5
        elif r < 0.27:
            reason, lo, hi = random.choice([("spay/neuter surgery", 300, 650),
                                            ("mass removal", 700, 1800)])
            vet = 2 if d < date(2023, 5, 15) or random.random() < 0.5 else 8
        else:
            reason, lo, hi = random.choice(REASONS_GENERAL)
            vet = random.choice([1, 1, 3, 3, 7])
            if vet == 7 and d < date(2021, 3, 8):
                vet = 1
        if d > TODAY:
            status, fee = "scheduled", None
        else:
            s = random.random()
            if s < 0.84:
                status, fee = "completed", round(random.uniform(lo, hi), 2)
            elif s < 0.94:
                status, fee = "cancelled", None
            else:
                status, fee = "no-show", 25.0
        appointments.append([None, p[0], vet, d.isoformat(), reason, status, fee])
appointments.sort(key=lambda a: (a[3], a[1]))
for i, a in enumerate(appointments):
    a[0] = i + 1

VACCINES = {"dog": [("Rabies", 365 * 3), ("DHPP", 365), ("Bordetella", 365), ("Leptospirosis", 365)],
            "cat": [("Rabies", 365), ("FVRCP", 365 * 3), ("FeLV", 365)],
            "rabbit": [("RHDV2", 365)]}
vaccinations = []
for p in pets:
    if p[3] not in VACCINES:
        continue
    for vac, interval in VACCINES[p[3]]:
        if random.random() < 0.5:
            continue
        g = rand_date(date(2023, 1, 3), date(2024, 12, 20))
        nd = None
        if random.random() > 0.2:
            nd = (g + timedelta(days=interval)).isoformat()
        vaccinations.append([None, p[0], vac, g.isoformat(), nd])
vaccinations.sort(key=lambda v: (v[3], v[1], v[2]))
for i, v in enumerate(vaccinations):
    v[0] = i + 1

with open(OUT, "w", newline="\n") as f:
    f.write(SCHEMA)
    f.write("\nBEGIN TRANSACTION;\n")
    for table, rows in (("owners", owners), ("vets", vets), ("pets", pets),
                        ("appointments", appointments), ("vaccinations", vaccinations)):
        f.write("\n")
        for row in rows:
            f.write("INSERT INTO %s VALUES (%s);\n" % (table, ", ".join(q(v) for v in row)))
    f.write("\nCOMMIT;\n")
