#!/usr/bin/env python3
"""Deterministic generator for the animal_shelter evaluation database."""
import random
import sys

random.seed(20240611)

out_path = sys.argv[1] if len(sys.argv) > 1 else "animal_shelter.sql"


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, rows):
    return ["INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(x) for x in r)) for r in rows]


def rdate(y0, y1):
    y = random.randint(y0, y1)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


def phone(area):
    return "(%s) %03d-%04d" % (area, random.randint(200, 989), random.randint(0, 9999))


AREA = {"SEA": "206", "PDX": "503", "SFO": "415", "OAK": "510", "LAX": "310",
        "SAC": "916", "SJC": "408", "BOI": "208", "TAC": "253"}

# ---------------------------------------------------------------- Shelter
shelter_defs = [
    ("Harborview Animal Shelter", "SEA", "Y", 1998, "140"),
    ("Rose City Pet Rescue", "PDX", "Y", 2012, "95"),
    ("Golden Gate Humane Society", "SFO", "N", 1979, "250"),
    ("Lake Merritt Animal Haven", "OAK", "Y", 2015, "60"),
    ("Sunset Paws Shelter", "LAX", "N", 2004, "180"),
    ("Capitol City SPCA", "SAC", "N", 1988, "200"),
    ("Silicon Valley Animal Center", "SJC", "Y", 2009, "120"),
    ("Puget Sound Rescue League", "SEA", "N", 1993, "160"),
    ("Evergreen Shelter", "SEA", "Y", 2017, "45"),
    ("Mission District Pet Haven", "SFO", "Y", 2011, "70"),
    ("Willamette Valley Rescue", "PDX", "N", 2001, "110"),
    ("Eastbay Critter Care", "OAK", "N", 2006, "85"),
    ("Pacific Crest Animal Home", "LAX", "Y", 2019, "90"),
    ("Sacramento River Rescue", "SAC", "Y", 2014, "75"),
    ("Boise Foothills Shelter", "BOI", "N", 1996, "130"),
    ("Santa Clara Tails", "SJC", "N", 2008, "55"),
    ("Venice Beach Pet Rescue", "LAX", "Y", 2013, "65"),
    ("Ballard Bark House", "SEA", "Y", 2021, "40"),
    ("Alameda Whiskers", "OAK", "Y", 2016, "50"),
    ("Hollywood Hounds Rescue", "LAX", "N", 1999, "150"),
]
streets = ["Elm St", "Harbor Way", "Market St", "Grand Ave", "Oak Blvd", "1st Ave",
           "Pine St", "Lincoln Rd", "Main St", "Mission St", "Bay Rd", "River Dr"]
shelters = []
for i, (nm, city, nk, yr, cap) in enumerate(shelter_defs, start=1):
    addr = "%d %s" % (random.randint(10, 9800), random.choice(streets))
    shelters.append((i, nm, city, addr, phone(AREA[city]), cap, nk, yr))

# ---------------------------------------------------------------- kennels
kennels = []
kno = 100
shelter_kennels = {}
for s in shelters:
    sid = s[0]
    n = random.randint(3, 9)
    if sid == 3:
        n = 10
    for j in range(n):
        kno += 1
        size = random.choice(["S", "M", "M", "L", "L", "XL"])
        occ = {"S": 1, "M": 2, "L": 2, "XL": 4}[size] + random.choice([0, 0, 1])
        indoor = random.choice(["Y", "Y", "N"])
        lbl = "%s-%02d" % (random.choice("ABC"), j + 1)
        kennels.append((kno, sid, lbl, size, indoor, occ))
        shelter_kennels.setdefault(sid, []).append(kno)
    if len(kennels) >= 120:
        pass

# ---------------------------------------------------------------- species
species = [
    ("DOG", "Dog", 12), ("CAT", "Cat", 15), ("RAB", "Rabbit", 9), ("GPG", "Guinea Pig", 6),
    ("HAM", "Hamster", 2), ("FER", "Ferret", 8), ("BRD", "Parakeet", 10), ("PAR", "Parrot", 50),
    ("TRT", "Turtle", 40), ("SNK", "Snake", 20), ("LIZ", "Lizard", 12), ("CHN", "Chinchilla", 15),
    ("RAT", "Rat", 2), ("MSE", "Mouse", 2), ("HRS", "Horse", 28), ("GOT", "Goat", 16),
    ("PIG", "Pot-bellied Pig", 15), ("DUC", "Duck", 8), ("CHK", "Chicken", 8), ("HDG", "Hedgehog", 5),
]
species_weights = {"DOG": 95, "CAT": 85, "RAB": 18, "GPG": 12, "HAM": 6, "FER": 5, "BRD": 7,
                   "PAR": 3, "TRT": 4, "SNK": 2, "LIZ": 3, "CHN": 4, "RAT": 3, "GOT": 2, "PIG": 1}
# MSE, HRS, DUC, CHK, HDG never appear among the animals
breeds = {
    "DOG": ["Labrador Retriever", "Pit Bull Terrier", "German Shepherd", "Chihuahua", "Beagle",
            "Border Collie", "Husky", "Boxer", "Dachshund", "Great Dane", None],
    "CAT": ["Domestic Shorthair", "Domestic Longhair", "Siamese", "Maine Coon", "Tabby", None],
    "RAB": ["Lionhead", "Holland Lop", "Rex", None],
}
wt_range = {"DOG": (3.0, 45.0), "CAT": (2.5, 7.5), "RAB": (1.0, 3.5), "GPG": (0.7, 1.2),
            "HAM": (0.1, 0.2), "FER": (0.7, 2.0), "BRD": (0.1, 0.2), "PAR": (0.3, 0.9),
            "TRT": (0.5, 4.0), "SNK": (0.5, 3.0), "LIZ": (0.2, 1.5), "CHN": (0.4, 0.8),
            "RAT": (0.2, 0.5), "GOT": (25.0, 60.0), "PIG": (40.0, 60.0)}

pet_names = """Max Bella Luna Charlie Lucy Cooper Daisy Milo Bailey Sadie Rocky Molly Tucker Lola
Buddy Zoe Bear Stella Duke Penny Jack Rosie Oliver Ruby Toby Chloe Leo Gracie Finn Maggie Bentley
Pepper Murphy Coco Zeus Ginger Oscar Willow Teddy Nala Louie Hazel Gus Piper Ziggy Olive Rufus
Mocha Bruno Cleo Winston Sasha Jasper Ivy Hank Mabel Moose Pearl Rex Honey Simba Biscuit Diesel
Poppy Apollo Juniper Thor Minnie Ranger Peaches Bandit Dixie Koda Cinnamon Otis Misty Blue Tilly
Chester Nova Harley Frankie Sherlock Pumpkin Rusty Willa Tank Maple Scout Clover Kiwi Fig Waffles
Pickles Nugget Marble Pebbles Sprout Acorn Whiskers Smokey Shadow Tiger Socks Mittens Felix
Garfield Salem Boots Patches Snowball Pip Hopper Thumper Clementine Basil Sage Mango Sunny Rio
Echo Indigo Jinx Kobe Lady Memphis Noodle Paco Quincy Remy Sable Tater Uno Vinny Wren Yuki Ziggy2
Benny Dozer Ellie Fritz Goldie Hugo Iggy Jolene Kip Lulu Mojo Nacho Opal Pippin Rambo Suki Tofu""".split()
pet_names = [n for n in pet_names if not n[-1].isdigit()]

animals = []
aid = 1000
sp_codes = list(species_weights)
sp_w = [species_weights[c] for c in sp_codes]
# kennels of Golden Gate (3) get extra animals so it clearly holds the most available ones
heavy_pens = shelter_kennels[3]
all_pens = [k[0] for k in kennels]
for i in range(250):
    aid += 1
    sp = random.choices(sp_codes, sp_w)[0]
    nm = random.choice(pet_names)
    br = random.choice(breeds[sp]) if sp in breeds else None
    sex = random.choice(["F", "M"])
    dob = rdate(2010, 2023)
    lo, hi = wt_range[sp]
    wt = "%.1f" % random.uniform(lo, hi) if hi >= 2 else "%.2f" % random.uniform(lo, hi)
    if random.random() < 0.05:
        pen = random.choice(heavy_pens)
    else:
        pen = random.choice(all_pens)
    intake = rdate(max(2019, int(dob[:4])), 2024)
    status = random.choices(["A", "D", "H", "F"], [35, 40, 10, 15])[0]
    fixed = random.choice(["Y", "Y", "N"])
    animals.append([aid, nm, sp, br, sex, dob, wt, pen, intake, status, fixed])
# one clearly heaviest animal (a big Great Dane); as text '71.3' sorts below '9.x'
animals[17][1:8] = ["Titan", "DOG", "Great Dane", "M", "2018-04-02", "71.3", heavy_pens[2]]
animals[17][9] = "A"

# ---------------------------------------------------------------- adopters
fnames = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
          "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
          "Sarah", "Carlos", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty",
          "Mark", "Sandra", "Priya", "Ashley", "Kevin", "Emily", "Brian", "Mei", "Jorge", "Aisha",
          "Tomas", "Hana", "Omar", "Grace"]
lnames = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
          "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
          "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
          "Harris", "Nguyen", "Clark", "Lewis", "Robinson", "Walker", "Kim", "Patel", "Chen",
          "Young", "Allen", "King", "Wright", "Scott", "Torres", "Hill"]
used_full = set()


def person():
    while True:
        f, l = random.choice(fnames), random.choice(lnames)
        if (f, l) not in used_full:
            used_full.add((f, l))
            return f, l


adopters = []
ad_cities = ["SEA", "PDX", "SFO", "OAK", "LAX", "SAC", "SJC", "TAC"]
ad_city_w = [30, 14, 12, 10, 16, 7, 6, 5]
for i in range(1, 101):
    f, l = person()
    city = random.choices(ad_cities, ad_city_w)[0]
    ph = None if random.random() < 0.1 else phone(AREA[city])
    email = "%s.%s%d@%s" % (f.lower(), l.lower(), random.randint(1, 99),
                            random.choice(["gmail.com", "yahoo.com", "outlook.com", "proton.me"]))
    dob = rdate(1955, 2003)
    first = random.choice(["Y", "N"])
    adopters.append((i, f, l, city, ph, email, dob, first))

# ---------------------------------------------------------------- adoptions
fee_range = {"DOG": (150, 350), "CAT": (75, 150), "RAB": (40, 80), "PIG": (100, 150), "GOT": (100, 150)}
adoptions = []
ano = 5000
# a few repeat adopters
repeat = [3, 7, 12, 18, 25, 31, 44, 58, 63, 77]


def fee_for(sp):
    lo, hi = fee_range.get(sp, (20, 50))
    return float(random.randrange(lo, hi + 1, 5))


for a in animals:
    if a[9] == "D" or (a[9] == "A" and random.random() < 0.15):
        ano += 1
        if random.random() < 0.3:
            adp = random.choice(repeat)
        else:
            adp = random.randint(1, 100)
        adt = rdate(max(2019, int(a[8][:4])), 2024)
        if adt < a[8]:
            adt = a[8][:4] + "-12-30"
        ret = "N" if a[9] == "D" else "Y"
        adoptions.append([ano, a[0], adp, adt, fee_for(a[2]), ret])
# one clearly highest fee
for r in adoptions:
    a = next(x for x in animals if x[0] == r[1])
    if a[2] == "DOG" and a[3] == "Border Collie":
        r[4] = 425.0
        break

# ---------------------------------------------------------------- volunteers
volunteers = []
no_vol_shelters = {9, 15, 18}
vol_shelters = [s[0] for s in shelters if s[0] not in no_vol_shelters]
hours = random.sample(range(4, 640), 60)
for i in range(1, 61):
    f, l = person()
    g = "F" if f in ("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
                     "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Sandra", "Priya",
                     "Ashley", "Emily", "Mei", "Aisha", "Hana", "Grace") else "M"
    home = random.choice(vol_shelters)
    if i <= 8:
        mentor = None
    else:
        mentor = random.choice(list(range(1, 9)) + list(range(9, min(i, 25))))
        if random.random() < 0.1:
            mentor = None
    volunteers.append((200 + i, f, l, g, home, None if mentor is None else 200 + mentor,
                       rdate(2012, 2024), hours[i - 1]))

# ---------------------------------------------------------------- vet visits
vets = ["Dr. Patel", "Dr. Okafor", "Dr. Lindqvist", "Dr. Ramirez", "Dr. Chen", None]
reason_cost = {"VAC": (25, 60), "CHK": (40, 90), "SURG": (250, 900), "DENT": (150, 400), "INJ": (80, 300)}
visited = random.sample([a[0] for a in animals], 200)
visits = []
vid = 1
for k in range(230):
    an = visited[k] if k < 200 else random.choice(visited)
    reason = random.choices(list(reason_cost), [40, 30, 12, 8, 10])[0]
    lo, hi = reason_cost[reason]
    visits.append((vid, an, random.choice(vets), rdate(2019, 2024), reason,
                   round(random.uniform(lo, hi), 2)))
    vid += 1
# make sure a few animals had both a vaccination and a surgery
for an in visited[:5]:
    visits.append((vid, an, "Dr. Okafor", rdate(2021, 2024), "VAC", round(random.uniform(25, 60), 2)))
    vid += 1
    visits.append((vid, an, "Dr. Ramirez", rdate(2021, 2024), "SURG", round(random.uniform(250, 900), 2)))
    vid += 1

# ---------------------------------------------------------------- fosters
fosters = []
pairs = set()
foster_vols = random.sample([v[0] for v in volunteers], 30)
foster_animals = [a for a in animals if a[9] == "F"]
for a in foster_animals:
    v = random.choice(foster_vols)
    pairs.add((v, a[0]))
    fosters.append((v, a[0], rdate(2023, 2024), None))
while len(fosters) < 80:
    v = random.choice(foster_vols)
    a = random.choice(animals)
    if (v, a[0]) in pairs:
        continue
    pairs.add((v, a[0]))
    st = rdate(2019, 2023)
    en = "%s-%s" % (st[:4], "%02d-%02d" % (min(12, int(st[5:7]) + random.randint(1, 3)), random.randint(1, 28)))
    fosters.append((v, a[0], st, en))

# ---------------------------------------------------------------- output
lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
lines.append("""CREATE TABLE Shelter (
  ShelterID INTEGER PRIMARY KEY,
  shelter_nm TEXT NOT NULL,
  city_cd TEXT,
  street_addr TEXT,
  ph_no TEXT,
  capacity TEXT,
  nokill_yn TEXT,
  opened_yr INTEGER
);""")
lines.append("""CREATE TABLE kennel_units (
  kennel_no INTEGER PRIMARY KEY,
  ShelterID INTEGER NOT NULL,
  unit_lbl TEXT,
  size_cd TEXT,
  indoor_yn TEXT,
  max_occ INTEGER,
  FOREIGN KEY (ShelterID) REFERENCES Shelter(ShelterID)
);""")
lines.append("""CREATE TABLE Ref_Species_Codes (
  species_cd TEXT PRIMARY KEY,
  species_desc TEXT,
  avg_lifespan_yrs INTEGER
);""")
lines.append("""CREATE TABLE Animal (
  AnimalID INTEGER PRIMARY KEY,
  anml_nm TEXT,
  species_cd TEXT,
  breed TEXT,
  sex TEXT,
  dob TEXT,
  wt_kg TEXT,
  pen_id INTEGER,
  intake_dt TEXT,
  status_cd TEXT,
  fixed_yn TEXT,
  FOREIGN KEY (species_cd) REFERENCES Ref_Species_Codes(species_cd)
);""")
lines.append("""CREATE TABLE adopters (
  adopter_id INTEGER PRIMARY KEY,
  fname TEXT,
  lname TEXT,
  city_cd TEXT,
  ph_no TEXT,
  email TEXT,
  dob TEXT,
  first_time_yn TEXT
);""")
lines.append("""CREATE TABLE adoption_records (
  adopt_no INTEGER PRIMARY KEY,
  AnimalID INTEGER NOT NULL,
  adptr INTEGER NOT NULL,
  adopt_dt TEXT,
  fee_amt REAL,
  returned_yn TEXT,
  FOREIGN KEY (AnimalID) REFERENCES Animal(AnimalID)
);""")
lines.append("""CREATE TABLE Volunteer (
  vol_id INTEGER PRIMARY KEY,
  vol_fname TEXT,
  vol_lname TEXT,
  gender TEXT,
  home_shltr INTEGER NOT NULL,
  mentor_id INTEGER,
  start_dt TEXT,
  hrs_logged INTEGER,
  FOREIGN KEY (home_shltr) REFERENCES Shelter(ShelterID),
  FOREIGN KEY (mentor_id) REFERENCES Volunteer(vol_id)
);""")
lines.append("""CREATE TABLE vet_visits (
  visit_id INTEGER PRIMARY KEY,
  AnimalID INTEGER,
  vet_nm TEXT,
  visit_dt TEXT,
  reason_cd TEXT,
  cost_usd REAL
);""")
lines.append("""CREATE TABLE foster_assignments (
  vol_id INTEGER NOT NULL,
  AnimalID INTEGER NOT NULL,
  start_dt TEXT,
  end_dt TEXT,
  PRIMARY KEY (vol_id, AnimalID),
  FOREIGN KEY (vol_id) REFERENCES Volunteer(vol_id),
  FOREIGN KEY (AnimalID) REFERENCES Animal(AnimalID)
);""")
lines += ins("Shelter", shelters)
lines += ins("kennel_units", kennels)
lines += ins("Ref_Species_Codes", species)
lines += ins("Animal", animals)
lines += ins("adopters", adopters)
lines += ins("adoption_records", adoptions)
lines += ins("Volunteer", volunteers)
lines += ins("vet_visits", visits)
lines += ins("foster_assignments", fosters)
lines.append("COMMIT;")
with open(out_path, "w") as fh:
    fh.write("\n".join(lines) + "\n")
