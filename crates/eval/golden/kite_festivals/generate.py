# Writes the kite_festivals SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(2024)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "maker" (
"Maker_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Age" INTEGER,
"Experience_Years" INTEGER,
"Staff" INTEGER
);""")

out.append("""CREATE TABLE "kite" (
"Kite_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Maker_ID" INTEGER,
"Designer_ID" INTEGER,
"Wingspan" REAL,
"Weight" INTEGER,
"Price" INTEGER,
"Year" INTEGER,
"Is_Stunt" TEXT,
FOREIGN KEY ("Maker_ID") REFERENCES "maker"("Maker_ID")
);""")

out.append("""CREATE TABLE "Festival" (
"Festival_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year" INTEGER,
"Attendance" INTEGER,
"Budget_Millions" REAL,
"Status" TEXT
);""")

out.append("""CREATE TABLE "kite_in_festival" (
"Kite_ID" INTEGER,
"Festival_ID" INTEGER,
"Score" REAL,
"Place" INTEGER,
"Flight_Minutes" INTEGER,
PRIMARY KEY ("Kite_ID", "Festival_ID"),
FOREIGN KEY ("Kite_ID") REFERENCES "kite"("Kite_ID"),
FOREIGN KEY ("Festival_ID") REFERENCES "Festival"("Festival_ID")
);""")

# ---- maker (ages fixed by hand so superlatives and the age questions discriminate)
makers = [
    ("Wang Lixin", "China", 64),
    ("Zhao Meiling", "China", 31),
    ("Liu Guofeng", "China", 47),
    ("Chen Haoran", "China", 28),
    ("Kenji Morita", "Japan", 71),
    ("Yuko Tanaka", "Japan", 39),
    ("Hiroshi Abe", "Japan", 55),
    ("Ravi Mehta", "India", 42),
    ("Anjali Desai", "India", 26),
    ("Peter Lynn", "USA", 58),
    ("Sarah Collins", "USA", 36),
    ("George Webb", "UK", 52),
    ("Emily Hart", "UK", 33),
    ("Klaus Richter", "Germany", 61),
    ("Claire Fontaine", "France", 45),
]
for i, (name, country, age) in enumerate(makers):
    exp = max(2, age - random.randint(18, 26))
    staff = random.randint(1, 25)
    out.append("INSERT INTO maker VALUES (%s);" % ", ".join(
        q(v) for v in (i + 1, name, country, age, exp, staff)))

# ---- kite
kite_names = [
    "Red Phoenix", "Jade Dragon", "Sky Serpent", "Golden Carp", "Night Owl", "Blue Heron",
    "Thunder Box", "Paper Crane", "Storm Rider", "Silver Hawk", "Tiger Eye", "Cloud Dancer",
    "Fire Tetra", "Morning Star", "Sea Breeze", "Wind Lotus", "Black Kestrel", "Rainbow Sled",
    "Iron Falcon", "Sun Wheel", "Hornet", "Little Patang", "Coral Reef", "Bold Octopus",
    "Whisper", "Aurora Ray",
]
types = ["Delta", "Box", "Diamond", "Parafoil", "Sled", "Cellular"]
type_w = [6, 3, 4, 3, 2, 2]
# makers 3, 11 and 15 build no kites
kite_makers = [1, 1, 2, 5, 5, 5, 6, 7, 8, 8, 9, 10, 10, 12, 13, 14, 14, 4, 1, 7, 10, 9, 12,
               6, 2, 5]
base_wing = {"Delta": 2.4, "Box": 1.6, "Diamond": 1.2, "Parafoil": 3.5, "Sled": 1.0,
             "Cellular": 2.0}
used_w = set()
used_p = set()
for i, name in enumerate(kite_names):
    t = random.choices(types, weights=type_w)[0]
    if name == "Thunder Box":
        t = "Box"
    if name == "Rainbow Sled":
        t = "Sled"
    m = kite_makers[i]
    d = m if random.random() < 0.6 else random.randint(1, 15)
    wing = round(base_wing[t] + random.uniform(-0.4, 1.2), 2)
    w = random.randint(90, 900)
    while w in used_w:
        w += 1
    used_w.add(w)
    p = random.randint(4, 90) * 5
    while p in used_p:
        p += 5
    used_p.add(p)
    year = random.randint(2008, 2023)
    stunt = "T" if t in ("Delta", "Parafoil") and random.random() < 0.6 else "F"
    out.append("INSERT INTO kite VALUES (%s);" % ", ".join(
        q(v) for v in (i + 1, name, t, m, d, wing, w, p, year, stunt)))

# ---- Festival
festivals = [
    ("Weifang International Kite Festival", "Weifang", "China", 2023, 310000, 4.5, "Completed"),
    ("Dieppe Kite Festival", "Dieppe", "France", 2022, 420000, 2.1, "Completed"),
    ("Berck International Kite Meeting", "Berck", "France", 2023, 500000, 1.8, "Completed"),
    ("Uttarayan Kite Festival", "Ahmedabad", "India", 2024, 275000, 3.2, "Completed"),
    ("Hamamatsu Kite Festival", "Hamamatsu", "Japan", 2023, 160000, 1.4, "Completed"),
    ("Bristol Kite Festival", "Bristol", "UK", 2019, 28000, 0.3, "Completed"),
    ("Portsmouth Kite Festival", "Portsmouth", "UK", 2020, 35000, 0.4, "Cancelled"),
    ("Long Beach Kite Festival", "Long Beach", "USA", 2022, 52000, 0.9, "Completed"),
    ("Zilker Kite Festival", "Austin", "USA", 2024, 31000, 0.5, "Completed"),
    ("Smithsonian Kite Festival", "Washington", "USA", 2025, 46000, 0.7, "Planned"),
    ("Bali Kite Festival", "Sanur", "Indonesia", 2023, 88000, 0.6, "Completed"),
    ("Weifang Autumn Kite Fair", "Weifang", "China", 2025, 120000, 1.1, "Planned"),
    ("Cape Town Kite Festival", "Cape Town", "South Africa", 2021, 17000, 0.2, "Completed"),
]
for i, f in enumerate(festivals):
    out.append("INSERT INTO Festival VALUES (%s);" % ", ".join(q(v) for v in (i + 1,) + f))

# ---- kite_in_festival (festivals 7, 10, 12 have no kites; kites 16, 22, 25 fly nowhere)
entries = {
    1: [1, 2, 3, 18, 24, 6, 19],
    2: [4, 9, 14, 26, 11],
    3: [5, 9, 12, 20, 21, 3],
    4: [11, 8, 13, 1],
    5: [7, 4, 5, 20, 10],
    6: [14, 23, 15],
    8: [12, 17, 21, 9],
    9: [13, 15, 17, 12],
    11: [8, 6, 10, 19],
    13: [12, 26],
}
used_s = set()
for fid in sorted(entries):
    rows = []
    for kid in entries[fid]:
        s = round(random.uniform(60.0, 98.0), 1)
        while s in used_s:
            s = round(s + 0.1, 1)
        used_s.add(s)
        rows.append([kid, fid, s])
    rows.sort(key=lambda r: -r[2])
    for place, r in enumerate(rows, 1):
        r += [place, random.randint(5, 45)]
    for r in sorted(rows, key=lambda r: r[0]):
        out.append("INSERT INTO kite_in_festival VALUES (%s);" % ", ".join(q(v) for v in r))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
