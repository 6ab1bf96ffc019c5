# Writes the wildlife_reserve SQLite schema (CREATE TABLE) and all rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(101)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Conservation_Status (
    status_code TEXT PRIMARY KEY,
    status_description TEXT NOT NULL
);

CREATE TABLE Reserves (
    Reserve_ID INTEGER PRIMARY KEY,
    Reserve_Name TEXT NOT NULL,
    Country TEXT NOT NULL,
    Region TEXT,
    Area_sq_km REAL,
    Established_Year TEXT
);

CREATE TABLE Species (
    Species_ID INTEGER PRIMARY KEY,
    Common_Name TEXT NOT NULL,
    Scientific_Name TEXT NOT NULL,
    status_code TEXT NOT NULL,
    Average_Weight_kg REAL,
    FOREIGN KEY (status_code) REFERENCES Ref_Conservation_Status(status_code)
);

CREATE TABLE Rangers (
    Ranger_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Reserve_ID INTEGER NOT NULL,
    Years_of_Service INTEGER,
    Rank TEXT,
    FOREIGN KEY (Reserve_ID) REFERENCES Reserves(Reserve_ID)
);

CREATE TABLE Sightings (
    sighting_id INTEGER PRIMARY KEY,
    Species_ID INTEGER NOT NULL,
    Reserve_ID INTEGER NOT NULL,
    Ranger_ID INTEGER NOT NULL,
    sighting_date TEXT NOT NULL,
    animal_count INTEGER NOT NULL
);

CREATE TABLE Patrols (
    Patrol_ID INTEGER PRIMARY KEY,
    Ranger_ID INTEGER NOT NULL,
    Base_Reserve_ID INTEGER NOT NULL,
    Target_Reserve_ID INTEGER NOT NULL,
    Patrol_Date TEXT NOT NULL,
    Distance_km REAL,
    other_details TEXT,
    FOREIGN KEY (Ranger_ID) REFERENCES Rangers(Ranger_ID),
    FOREIGN KEY (Base_Reserve_ID) REFERENCES Reserves(Reserve_ID),
    FOREIGN KEY (Target_Reserve_ID) REFERENCES Reserves(Reserve_ID)
);

CREATE TABLE Protected_Species (
    Reserve_ID INTEGER NOT NULL,
    Species_ID INTEGER NOT NULL,
    Estimated_Population INTEGER,
    PRIMARY KEY (Reserve_ID, Species_ID),
    FOREIGN KEY (Reserve_ID) REFERENCES Reserves(Reserve_ID),
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID)
);
"""

STATUSES = [
    ("LC", "Least Concern"),
    ("NT", "Near Threatened"),
    ("VU", "Vulnerable"),
    ("EN", "Endangered"),
    ("CR", "Critically Endangered"),
    ("EW", "Extinct in the Wild"),
    ("EX", "Extinct"),
    ("DD", "Data Deficient"),
    ("NE", "Not Evaluated"),
    ("CD", "Conservation Dependent"),
    ("LR", "Lower Risk"),
]

# id, name, country, region, area, established year (TEXT)
RESERVES = [
    (1, "Serengeti National Park", "Tanzania", "Mara Region", 14763.0, "1951"),
    (2, "Maasai Mara National Reserve", "Kenya", "Narok County", 1510.0, "1961"),
    (3, "Kruger National Park", "South Africa", "Mpumalanga", 19485.0, "1926"),
    (4, "Moremi Game Reserve", "Botswana", "North-West District", 4871.0, "1963"),
    (5, "Etosha National Park", "Namibia", "Kunene Region", 22270.0, "1907"),
    (6, "Chobe National Park", "Botswana", "Chobe District", 11700.0, "1967"),
    (7, "Ngorongoro Conservation Area", "Tanzania", "Arusha Region", 8292.0, "1959"),
    (8, "Selous Game Reserve", "Tanzania", None, 50000.0, "1922"),
    (9, "Amboseli National Park", "Kenya", "Kajiado County", 392.0, "1974"),
    (10, "Tsavo East National Park", "Kenya", "Taita-Taveta County", 13747.0, "1948"),
    (11, "Hwange National Park", "Zimbabwe", "Matabeleland North", 14651.0, "1928"),
    (12, "South Luangwa National Park", "Zambia", "Eastern Province", 9050.0, "1972"),
    (13, "Bwindi Impenetrable National Park", "Uganda", "Western Region", 331.0, "1991"),
    (14, "Queen Elizabeth National Park", "Uganda", None, 1978.0, "1952"),
    (15, "Ranthambore National Park", "India", "Rajasthan", 1334.0, "1980"),
    (16, "Kaziranga National Park", "India", "Assam", 430.0, "1908"),
    (17, "Jim Corbett National Park", "India", "Uttarakhand", 520.0, "1936"),
    (18, "Chitwan National Park", "Nepal", None, 952.0, "1973"),
    (19, "Gunung Leuser National Park", "Indonesia", "Aceh", 7927.0, "1980"),
    (20, "Manu National Park", "Peru", "Madre de Dios", 15328.0, "1973"),
    (21, "Corcovado National Park", "Costa Rica", "Puntarenas", 424.0, "1975"),
]

# id, common name, scientific name, status code, average weight (kg)
SPECIES = [
    (1, "African Elephant", "Loxodonta africana", "EN", 5400.0),
    (2, "Black Rhinoceros", "Diceros bicornis", "CR", 1100.0),
    (3, "White Rhinoceros", "Ceratotherium simum", "NT", 2300.0),
    (4, "Lion", "Panthera leo", "VU", 190.0),
    (5, "Leopard", "Panthera pardus", "VU", 58.0),
    (6, "Cheetah", "Acinonyx jubatus", "VU", 50.0),
    (7, "African Wild Dog", "Lycaon pictus", "EN", 25.0),
    (8, "Giraffe", "Giraffa camelopardalis", "VU", 1190.0),
    (9, "Plains Zebra", "Equus quagga", "NT", 385.0),
    (10, "Blue Wildebeest", "Connochaetes taurinus", "LC", 240.0),
    (11, "Hippopotamus", "Hippopotamus amphibius", "VU", 1500.0),
    (12, "Mountain Gorilla", "Gorilla beringei beringei", "EN", 155.0),
    (13, "Bengal Tiger", "Panthera tigris tigris", "EN", 220.0),
    (14, "Indian Rhinoceros", "Rhinoceros unicornis", "VU", 2200.0),
    (15, "Asian Elephant", "Elephas maximus", "EN", 4000.0),
    (16, "Sumatran Orangutan", "Pongo abelii", "CR", 64.0),
    (17, "Jaguar", "Panthera onca", "NT", 95.0),
    (18, "Giant Otter", "Pteronura brasiliensis", "EN", 30.0),
    (19, "Spotted Hyena", "Crocuta crocuta", "LC", 62.0),
    (20, "Ground Pangolin", "Smutsia temminckii", "VU", None),
    (21, "Central American Tapir", "Tapirus bairdii", "EN", 280.0),
    (22, "Sumatran Tiger", "Panthera tigris sumatrae", "CR", None),
    (23, "Nile Crocodile", "Crocodylus niloticus", "LC", 410.0),
]

# id, name, age, reserve, years of service, rank
RANGERS = [
    (1, "Emmanuel Mushi", 41, 1, 15, "Senior Ranger"),
    (2, "Neema Kimaro", 29, 1, 5, "Ranger"),
    (3, "David Sankale", 45, 2, 20, "Head Ranger"),
    (4, "Grace Wanjiru", 33, 2, 8, "Ranger"),
    (5, "Sipho Ndlovu", 52, 3, 27, "Head Ranger"),
    (6, "Thandiwe Mokoena", 38, 3, 12, "Senior Ranger"),
    (7, "Pieter van der Merwe", 26, 3, 3, "Trainee"),
    (8, "Kagiso Sebego", 36, 4, 10, "Ranger"),
    (9, "Johannes Shikongo", 47, 5, 22, "Head Ranger"),
    (10, "Boitumelo Kgosi", 31, 6, 7, "Ranger"),
    (11, "Baraka Lyimo", 44, 7, 18, "Senior Ranger"),
    (12, "Samuel Ole Kina", 39, 9, 14, "Senior Ranger"),
    (13, "Mercy Achieng", 24, 10, 2, "Trainee"),
    (14, "Tendai Moyo", 50, 11, 25, "Head Ranger"),
    (15, "Chanda Mwale", 35, 12, 9, "Ranger"),
    (16, "Patience Nakato", 28, 13, 4, "Ranger"),
    (17, "Robert Tumusiime", 43, 13, 17, "Senior Ranger"),
    (18, "Moses Okello", 37, 14, None, "Ranger"),
    (19, "Rajesh Meena", 46, 15, 21, "Head Ranger"),
    (20, "Bipul Das", 34, 16, 9, "Ranger"),
    (21, "Anjali Bora", 27, 16, 3, "Trainee"),
    (22, "Ram Bahadur Thapa", 55, 18, 30, "Head Ranger"),
    (23, "Putri Rahmawati", 30, 19, 6, "Ranger"),
    (24, "Iwan Siregar", 42, 19, 16, "Senior Ranger"),
    (25, "Luis Quispe", 40, 20, 13, "Senior Ranger"),
    (26, "Carmen Huaman", 25, 20, 1, "Trainee"),
]

# reserve -> [(species, estimated population)]
PROTECTED = {
    1: [(1, 7000), (2, 55), (4, 3000), (6, 300), (10, 1300000)],
    2: [(4, 850), (6, 120), (11, 4200)],
    3: [(1, 17000), (3, 3500), (5, 2000), (7, 350)],
    4: [(7, 420)],
    5: [(2, 620), (8, 2800)],
    6: [(1, 45000), (11, 6500)],
    7: [(2, 70), (4, 60)],
    8: [(7, 800), (23, 9000)],
    9: [(1, 1600)],
    11: [(20, None)],
    12: [(5, 1500)],
    13: [(12, 459)],
    15: [(13, 75)],
    16: [(13, 104), (14, 2613), (15, 1940)],
    17: [(13, 260)],
    18: [(13, 128), (14, 694)],
    19: [(16, 5500), (22, 120)],
    20: [(17, 350), (18, 90)],
    21: [(21, 250)],
}

# species that a ranger could plausibly see in each reserve (for sightings)
HABITAT = {
    1: [1, 2, 4, 5, 6, 8, 9, 10, 19],
    2: [1, 4, 6, 9, 10, 11],
    3: [1, 3, 4, 5, 7, 23],
    4: [1, 7, 11],
    5: [2, 8, 9],
    6: [1, 4, 11],
    7: [2, 4, 19],
    9: [1, 9],
    10: [1, 4],
    11: [1, 20],
    12: [5, 11],
    13: [12],
    14: [4, 11],
    15: [13, 5],
    16: [13, 14, 15],
    18: [13, 14],
    19: [16],
    20: [17, 18],
}

# typical group sizes per species (min, max)
GROUP = {1: (3, 40), 2: (1, 3), 3: (1, 6), 4: (2, 14), 5: (1, 2), 6: (1, 5),
         7: (4, 18), 8: (2, 12), 9: (10, 60), 10: (50, 400), 11: (5, 30),
         12: (4, 15), 13: (1, 3), 14: (1, 4), 15: (3, 20), 16: (1, 3),
         17: (1, 2), 18: (3, 9), 19: (2, 11), 20: (1, 1), 23: (2, 15)}

NO_SIGHTING_RANGERS = {7, 13, 21, 10, 18}


def rand_date(year_lo=2023, year_hi=2024):
    y = random.randint(year_lo, year_hi)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


def main():
    out = sys.argv[1]
    lines = [SCHEMA]

    for code, desc in STATUSES:
        lines.append("INSERT INTO Ref_Conservation_Status VALUES (%s, %s);" % (q(code), q(desc)))
    lines.append("")
    for r in RESERVES:
        lines.append("INSERT INTO Reserves VALUES (%s);" % ", ".join(q(v) for v in r))
    lines.append("")
    for s in SPECIES:
        lines.append("INSERT INTO Species VALUES (%s);" % ", ".join(q(v) for v in s))
    lines.append("")
    for r in RANGERS:
        lines.append("INSERT INTO Rangers VALUES (%s);" % ", ".join(q(v) for v in r))
    lines.append("")

    # sightings
    rangers_by_reserve = {}
    for r in RANGERS:
        if r[0] not in NO_SIGHTING_RANGERS:
            rangers_by_reserve.setdefault(r[3], []).append(r[0])
    reserve_pool = sorted(k for k in HABITAT if k in rangers_by_reserve)
    rows = []
    for _ in range(34):
        res = random.choice(reserve_pool)
        sp = random.choice(HABITAT[res])
        rg = random.choice(rangers_by_reserve[res])
        lo, hi = GROUP[sp]
        rows.append((sp, res, rg, rand_date(), random.randint(lo, hi)))
    rows.sort(key=lambda t: t[3])
    for i, (sp, res, rg, dt, cnt) in enumerate(rows, start=1):
        lines.append("INSERT INTO Sightings VALUES (%d, %d, %d, %d, %s, %d);" % (i, sp, res, rg, q(dt), cnt))
    lines.append("")

    # patrols: (ranger, base, target, typical distance)
    routes = [
        (1, 1, 7, 95), (2, 1, 2, 140), (11, 7, 1, 95), (3, 2, 1, 140),
        (4, 2, 1, 150), (8, 4, 6, 170), (10, 6, 4, 170), (10, 6, 11, 120),
        (14, 11, 6, 120), (12, 9, 10, 110), (13, 10, 9, 110), (16, 13, 14, 60),
        (17, 13, 14, 60), (18, 14, 13, 60), (19, 15, 17, 380), (22, 18, 17, 310),
        (22, 18, 16, 240), (21, 16, 18, 240), (7, 3, 11, 400), (1, 1, 2, 140),
        (13, 10, 9, 110), (16, 13, 14, 60),
    ]
    details = ["Anti-poaching sweep", "Fence inspection", "Snare removal",
               "Wildlife census support", "Carcass report follow-up", None, None]
    prow = []
    for rg, base, tgt, dist in routes:
        d = round(dist * random.uniform(0.85, 1.2), 1)
        prow.append((rg, base, tgt, rand_date(), d, random.choice(details)))
    prow.sort(key=lambda t: t[3])
    for i, (rg, base, tgt, dt, d, od) in enumerate(prow, start=1):
        lines.append("INSERT INTO Patrols VALUES (%d, %d, %d, %d, %s, %s, %s);" % (i, rg, base, tgt, q(dt), q(d), q(od)))
    lines.append("")

    for res in sorted(PROTECTED):
        for sp, pop in PROTECTED[res]:
            lines.append("INSERT INTO Protected_Species VALUES (%d, %d, %s);" % (res, sp, q(pop)))

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
