# Writes the canal_locks SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(1794)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "canal" (
"Canal_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Region" TEXT,
"Length" REAL,
"Opened" INTEGER,
"Summit_Height" INTEGER,
"Navigable" TEXT
);""")

out.append("""CREATE TABLE "lock_keeper" (
"Keeper_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Hometown" TEXT,
"Years_Service" INTEGER,
"Full_Time" TEXT
);""")

out.append("""CREATE TABLE "Lock" (
"Lock_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Canal_ID" INTEGER,
"Type" TEXT,
"Chambers" INTEGER,
"Rise" REAL,
"Year_Built" INTEGER,
"Keeper_ID" INTEGER,
"Relief_Keeper_ID" INTEGER,
FOREIGN KEY ("Canal_ID") REFERENCES "canal"("Canal_ID"),
FOREIGN KEY ("Keeper_ID") REFERENCES "lock_keeper"("Keeper_ID"),
FOREIGN KEY ("Relief_Keeper_ID") REFERENCES "lock_keeper"("Keeper_ID")
);""")

# Home_Canal_ID is a reference to canal that is deliberately left undeclared.
out.append("""CREATE TABLE "boat" (
"Boat_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Length" INTEGER,
"Year_Built" INTEGER,
"Owner_Country" TEXT,
"Hire" TEXT,
"Home_Canal_ID" INTEGER
);""")

out.append("""CREATE TABLE "passage" (
"Boat_ID" INTEGER,
"Lock_ID" INTEGER,
"Year" INTEGER,
"Direction" TEXT,
"Wait_Minutes" INTEGER,
PRIMARY KEY ("Boat_ID", "Lock_ID"),
FOREIGN KEY ("Boat_ID") REFERENCES "boat"("Boat_ID"),
FOREIGN KEY ("Lock_ID") REFERENCES "Lock"("Lock_ID")
);""")

# ---- canal: name, region, length (km), opened, summit height (m), navigable
canals = [
    ("Grand Union Canal", "Midlands", 220.5, 1814, 132, "T"),
    ("Kennet and Avon Canal", "South", 140.0, 1810, 137, "T"),
    ("Leeds and Liverpool Canal", "North West", 204.2, 1816, 148, "T"),
    ("Llangollen Canal", "Wales", 74.0, 1805, 94, "T"),
    ("Oxford Canal", "South", 126.3, 1790, 120, "T"),
    ("Trent and Mersey Canal", "Midlands", 150.1, 1777, 124, "T"),
    ("Shropshire Union Canal", "Midlands", 107.4, 1835, 145, "T"),
    ("Rochdale Canal", "North West", 51.5, 1804, 183, "T"),
    ("Caledonian Canal", "Scotland", 96.6, 1822, 32, "T"),
    ("Montgomery Canal", "Wales", 53.1, 1821, 87, "F"),
    ("Grantham Canal", "East Midlands", 53.9, 1797, 43, "F"),
    ("Nottingham Canal", "East Midlands", 24.1, 1796, 51, "F"),
]
for i, r in enumerate(canals):
    out.append("INSERT INTO canal VALUES (%s);" % ", ".join(q(v) for v in (i + 1,) + r))

# ---- lock_keeper
keeper_names = ["Arthur Pennington", "Maureen Blake", "Gareth Llewellyn", "Fiona MacLeod",
                "Derek Holloway", "Susan Ainsworth", "Rhys Morgan", "Colin Whitaker",
                "Janet Farrow", "Hamish Grant", "Linda Oakes", "Peter Crosby",
                "Brian Hesketh", "Eileen Marsh", "Tom Ashby"]
keeper_ages = [64, 47, 38, 29, 55, 33, 26, 58, 41, 52, 36, 61, 44, 23, 49]
keeper_towns = ["Birmingham", "Bath", "Llangollen", "Inverness", "Birmingham", "Leeds",
                "Llangollen", "Leeds", "Oxford", "Inverness", "Bath", "Birmingham",
                "Leeds", "Oxford", "Birmingham"]
for i in range(15):
    age = keeper_ages[i]
    service = random.randint(1, max(2, age - 22))
    full = "Yes" if random.random() < 0.65 else "No"
    row = (i + 1, keeper_names[i], age, keeper_towns[i], service, full)
    out.append("INSERT INTO lock_keeper VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- Lock: name, canal, type, chambers, rise (m), year built, keeper, relief keeper
locks = [
    ("Hatton Top Lock", 1, "Broad", 1, 2.1, 1799, 1, 5),
    ("Foxton Staircase", 1, "Staircase", 10, 22.9, 1814, 12, None),
    ("Stoke Bruerne Top Lock", 1, "Broad", 1, 2.4, 1805, 5, 15),
    ("Cowroast Lock", 1, "Broad", 1, 1.9, 1799, 1, None),
    ("Marsworth Lock", 1, "Broad", 1, 2.0, 1800, 12, 1),
    ("Caen Hill Lock", 2, "Broad", 1, 2.7, 1810, 2, 11),
    ("Bath Deep Lock", 2, "Broad", 1, 5.9, 1976, 11, 2),
    ("Bingley Five Rise", 3, "Staircase", 5, 18.0, 1774, 6, 8),
    ("Wigan Top Lock", 3, "Broad", 1, 2.3, 1816, 8, None),
    ("Grindley Brook Staircase", 4, "Staircase", 3, 5.8, 1805, 3, 7),
    ("New Marton Lock", 4, "Narrow", 1, 2.6, 1805, 7, 3),
    ("Somerton Deep Lock", 5, "Narrow", 1, 3.7, 1787, 9, None),
    ("Napton Top Lock", 5, "Narrow", 1, 2.2, 1778, 9, 14),
    ("Fradley Junction Lock", 6, "Narrow", 1, 1.8, 1770, 5, 1),
    ("Wheelock Lock", 6, "Narrow", 1, 2.5, 1777, 12, None),
    ("Audlem Top Lock", 7, "Narrow", 1, 2.2, 1835, 5, 12),
    ("Bunbury Staircase", 7, "Staircase", 2, 4.8, 1779, 8, None),
    ("Tuel Lane Lock", 8, "Broad", 1, 6.0, 1996, 6, 13),
    ("Neptune's Staircase", 9, "Staircase", 8, 19.2, 1822, 4, 10),
    ("Fort Augustus Locks", 9, "Staircase", 5, 12.4, 1822, 10, 4),
    ("Frankton Locks", 10, "Staircase", 2, 3.6, 1796, 3, None),
    ("Kegworth Flood Lock", 11, "Flood", 1, 0.6, 1797, 11, None),
]
for i, r in enumerate(locks):
    out.append("INSERT INTO Lock VALUES (%s);" % ", ".join(q(v) for v in (i + 1,) + r))

# ---- boat: name, type, length (ft), owner country, hire, home canal
boats = [
    ("Kingfisher", "Narrowboat", "England", "Y", 1),
    ("Dragonfly", "Narrowboat", "England", "N", 6),
    ("Rosie Lee", "Narrowboat", "England", "N", 1),
    ("Morning Mist", "Widebeam", "England", "N", 2),
    ("Tranquility", "Narrowboat", "Wales", "Y", 4),
    ("Otter", "Cruiser", "England", "N", 5),
    ("Willow", "Narrowboat", "Scotland", "N", 9),
    ("Bumblebee", "Narrowboat", "England", "Y", 7),
    ("Lady Grace", "Widebeam", "Netherlands", "N", 2),
    ("Spirit of Bath", "Widebeam", "England", "Y", 2),
    ("Wandering Star", "Narrowboat", "Wales", "N", 4),
    ("Moorhen", "Cruiser", "Scotland", "Y", 9),
    ("Puddle Duck", "Narrowboat", "England", "N", 3),
    ("Hestia", "Dutch Barge", "Netherlands", "N", 3),
    ("Celandine", "Narrowboat", "Germany", "Y", 5),
    ("Saltaire Rose", "Narrowboat", "England", "N", 3),
    ("Nutmeg", "Narrowboat", "Wales", "N", 10),
    ("Heron", "Widebeam", "Scotland", "N", 9),
    ("Jolly Roger", "Cruiser", "Germany", "N", 8),
    ("Dunlin", "Narrowboat", "England", "Y", 6),
]
lengths_by_type = {"Narrowboat": (45, 70), "Widebeam": (50, 68), "Cruiser": (22, 38),
                   "Dutch Barge": (55, 66)}
boat_rows = []
used_lengths = {72}
for i, (name, btype, country, hire, home) in enumerate(boats):
    lo, hi = lengths_by_type[btype]
    length = random.randint(lo, hi)
    while length in used_lengths:   # distinct lengths, so ordering by length has no ties
        length = random.randint(lo, hi)
    used_lengths.add(length)
    year = random.randint(1968, 2022)
    boat_rows.append([i + 1, name, btype, length, year, country, hire, home])
boat_rows[2][3] = 72          # Rosie Lee: the one full-length 72 ft narrowboat
boat_rows[2][4] = 1934        # an old working boat
for r in boat_rows:
    out.append("INSERT INTO boat VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- passage (link boat <-> Lock)
# boats 17, 19, 20 never pass a lock; locks 21 and 22 are never passed.
travelling_boats = [b for b in range(1, 21) if b not in (17, 19, 20)]
used_locks = list(range(1, 21))
lock_w = [5, 4, 3, 2, 2, 4, 2, 3, 2, 3, 2, 2, 2, 2, 1, 2, 1, 1, 2, 1]
pairs = set()
passage_rows = []
while len(passage_rows) < 37:
    b = random.choice(travelling_boats)
    l = random.choices(used_locks, weights=lock_w)[0]
    if (b, l) in pairs:
        continue
    pairs.add((b, l))
    year = random.randint(2021, 2024)
    direction = random.choice(["Up", "Down"])
    wait = random.choice([0, 5, 10, 15, 20, 25, 30, 45, 60, 90])
    passage_rows.append((b, l, year, direction, wait))
for b in travelling_boats:          # every travelling boat has at least one passage
    if not any(r[0] == b for r in passage_rows):
        passage_rows.append((b, 8, 2023, "Up", 20))
for r in passage_rows:
    out.append("INSERT INTO passage VALUES (%s);" % ", ".join(q(v) for v in r))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
