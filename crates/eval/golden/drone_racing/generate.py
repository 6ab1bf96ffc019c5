# Writes the drone_racing SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(5)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "team" (
"Team_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Founded_Year" INTEGER,
"Budget_Millions" REAL,
"Sponsor_Count" INTEGER
);""")

out.append("""CREATE TABLE "pilot" (
"Pilot_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Country" TEXT,
"Team_ID" INTEGER,
"Years_Active" INTEGER,
"World_Rank" INTEGER,
"Is_Pro" TEXT,
FOREIGN KEY ("Team_ID") REFERENCES "team"("Team_ID")
);""")

out.append("""CREATE TABLE "drone" (
"Drone_ID" INTEGER PRIMARY KEY,
"Model" TEXT,
"Manufacturer" TEXT,
"Frame_Size" INTEGER,
"Weight" INTEGER,
"Top_Speed" INTEGER,
"Price" REAL,
"Pilot_ID" INTEGER,
FOREIGN KEY ("Pilot_ID") REFERENCES "pilot"("Pilot_ID")
);""")

out.append("""CREATE TABLE "race" (
"Race_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year" INTEGER,
"Laps" INTEGER,
"Track_Length" INTEGER,
"Attendance" INTEGER,
"Prize_Money" REAL,
"Status" TEXT
);""")

# Drone_ID is deliberately left without a declared foreign key.
out.append("""CREATE TABLE "race_result" (
"Race_ID" INTEGER,
"Pilot_ID" INTEGER,
"Drone_ID" INTEGER,
"Position" INTEGER,
"Points" INTEGER,
"Best_Lap" REAL,
PRIMARY KEY ("Race_ID", "Pilot_ID"),
FOREIGN KEY ("Race_ID") REFERENCES "race"("Race_ID"),
FOREIGN KEY ("Pilot_ID") REFERENCES "pilot"("Pilot_ID")
);""")

# ---- team
teams = [
    ("Rotor Riot", "United States", 2015),
    ("Team BlackSheep", "Switzerland", 2011),
    ("Vortex Racing", "United Kingdom", 2016),
    ("Skyline FPV", "United States", 2017),
    ("Nordic Props", "Germany", 2018),
    ("Kangaroo Quads", "Australia", 2016),
    ("Samurai Drones", "Japan", 2017),
    ("Falcon Squad", "South Korea", 2019),
    ("Red Line FPV", "United Kingdom", 2020),
    ("Apex Aerial", "France", 2021),
]
for i, (name, country, year) in enumerate(teams):
    budget = round(random.uniform(0.4, 6.5), 1)
    sponsors = random.randint(1, 14)
    out.append("INSERT INTO team VALUES (%s);" % ", ".join(
        q(v) for v in (i + 1, name, country, year, budget, sponsors)))

# ---- pilot  (teams 9 and 10 have no pilots)
pilots = [
    ("Zoe Ortiz", 22, "United States", 1),
    ("Jordan Temple", 27, "United States", 1),
    ("Luke Bannister", 15, "United Kingdom", 3),
    ("Thomas Bitmatta", 31, "United Kingdom", 3),
    ("Evan Turner", 24, "United States", 4),
    ("Mario Haas", 35, "Germany", 5),
    ("Felix Krause", 17, "Germany", 2),
    ("Lena Vogel", 26, "Germany", 5),
    ("Jake Mitchell", 29, "Australia", 6),
    ("Chad Nowak", 16, "Australia", 6),
    ("Ryo Tanaka", 33, "Japan", 7),
    ("Kenji Sato", 21, "Japan", 7),
    ("Min-jun Park", 18, "South Korea", 8),
    ("Seo-yeon Kim", 25, "South Korea", 8),
    ("Nico Baumann", 28, "Switzerland", 2),
    ("Ana Lucia Costa", 23, "Brazil", 4),
    ("Pierre Dubois", 38, "France", 2),
    ("Oliver Grant", 20, "United Kingdom", 3),
    ("Tyler Reed", 34, "United States", 1),
    ("Sophie Laurent", 19, "France", 2),
    ("Daniel Shin", 30, "South Korea", 8),
    ("Matt Hughes", 37, "Australia", 3),
    ("Hiro Yamada", 36, "Japan", 7),
    ("Emma Carter", 32, "United States", 1),
]
ranks = random.sample(range(1, 120), len(pilots))
for i, (name, age, country, team) in enumerate(pilots):
    years = max(1, min(age - 14, random.randint(1, 9)))
    is_pro = "T" if ranks[i] <= 60 else "F"
    out.append("INSERT INTO pilot VALUES (%s);" % ", ".join(
        q(v) for v in (i + 1, name, age, country, team, years, ranks[i], is_pro)))

# ---- drone  (pilots 7, 16, 17, 20 and 24 own no drone)
makers = {
    "ImpulseRC": ["Apex", "Reverb", "Alien"],
    "Armattan": ["Marmotte", "Badger", "Chameleon"],
    "iFlight": ["Nazgul5", "Titan XL5", "Cidora"],
    "TBS": ["Source One", "Oblivion"],
    "Diatone": ["Roma F5", "Taycan"],
    "GEPRC": ["Mark4", "Crocodile"],
}
owners = [1, 1, 2, 3, 4, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 21, 22, 23, 3]
maker_names = list(makers)
speeds = random.sample(range(120, 196), len(owners))
drone_rows = []
used_models = set()
for i, owner in enumerate(owners):
    while True:
        mk = random.choice(maker_names)
        model = random.choice(makers[mk])
        if model not in used_models or len(used_models) >= 15:
            break
    used_models.add(model)
    frame = random.choice([210, 220, 225, 250, 250])
    weight = frame + random.randint(150, 420)
    speed = speeds[i]
    price = round(random.uniform(180, 720), 2)
    drone_rows.append((i + 1, model, mk, frame, weight, speed, price, owner))
for r in drone_rows:
    out.append("INSERT INTO drone VALUES (%s);" % ", ".join(q(v) for v in r))
drones_of = {}
for r in drone_rows:
    drones_of.setdefault(r[7], []).append(r[0])

# ---- race
races = [
    ("DRL Allianz World Championship", "Las Vegas", "United States", 2019, "Completed"),
    ("Drone Champions League Berlin", "Berlin", "Germany", 2019, "Completed"),
    ("MultiGP International Open", "Muncie", "United States", 2020, "Cancelled"),
    ("FAI Drone Racing World Cup Seoul", "Seoul", "South Korea", 2020, "Completed"),
    ("Sydney Harbour Drone Prix", "Sydney", "Australia", 2021, "Completed"),
    ("London Night Race", "London", "United Kingdom", 2021, "Completed"),
    ("Tokyo Neon Cup", "Tokyo", "Japan", 2021, "Postponed"),
    ("Munich Indoor Masters", "Munich", "Germany", 2022, "Completed"),
    ("Geneva Lakeside Challenge", "Geneva", "Switzerland", 2022, "Completed"),
    ("Osaka Speed Trial", "Osaka", "Japan", 2022, "Completed"),
    ("Busan Coastal Sprint", "Busan", "South Korea", 2023, "Cancelled"),
    ("MultiGP Championship Finals", "Muncie", "United States", 2023, "Completed"),
    ("Melbourne Park Race", "Melbourne", "Australia", 2023, "Completed"),
    ("Manchester Arena Grand Prix", "Manchester", "United Kingdom", 2024, "Completed"),
    ("Hamburg Harbour Showdown", "Hamburg", "Germany", 2024, "Postponed"),
]
attendances = random.sample(range(1200, 24000, 10), len(races))
prizes = random.sample([5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 80, 100, 120, 150, 250], len(races))
race_rows = []
for i, (name, city, country, year, status) in enumerate(races):
    laps = random.choice([3, 4, 5, 6])
    length = random.randint(38, 110) * 10
    prize = float(prizes[i])
    race_rows.append((i + 1, name, city, country, year, laps, length, attendances[i], prize, status))
for r in race_rows:
    out.append("INSERT INTO race VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- race_result: three to five pilots per completed race; pilots 7, 16, 17, 20, 24 never race
racers = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 21, 22, 23]
racer_w = [4, 3, 9, 6, 2, 3, 3, 4, 2, 3, 2, 2, 3, 2, 1, 2, 2, 1, 1]
points_for = {1: 10, 2: 7, 3: 5, 4: 3, 5: 1}
for r in race_rows:
    if r[9] != "Completed":
        continue
    size = random.randint(3, 5)
    field = []
    while len(field) < size:
        p = random.choices(racers, weights=racer_w)[0]
        if p not in field:
            field.append(p)
    # the field list order is the finishing order
    # best laps sorted so the winner tends to have the quickest lap
    laps = sorted(round(random.uniform(9.0, 14.0), 2) for _ in field)
    for pos, p in enumerate(field, start=1):
        d = random.choice(drones_of[p])
        out.append("INSERT INTO race_result VALUES (%s);" % ", ".join(
            q(v) for v in (r[0], p, d, pos, points_for[pos], laps[pos - 1])))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
