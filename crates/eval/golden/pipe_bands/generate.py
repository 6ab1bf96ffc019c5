# Writes the pipe_bands SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(2718)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "band" (
"Band_ID" int,
"Name" text,
"Country" text,
"City" text,
"Grade" int,
"Founded_Year" int,
"Members" int,
"Sponsored" text,
PRIMARY KEY ("Band_ID")
);""")

out.append("""CREATE TABLE "piper" (
"Piper_ID" int,
"Name" text,
"Age" int,
"Nationality" text,
"Years_Playing" int,
"Band_ID" int,
"Former_Band_ID" int,
"Pipe_Major" text,
PRIMARY KEY ("Piper_ID"),
FOREIGN KEY ("Band_ID") REFERENCES "band"("Band_ID")
);""")

out.append("""CREATE TABLE "competition" (
"Competition_ID" int,
"Name" text,
"Year" int,
"City" text,
"Country" text,
"Type" text,
"Attendance" int,
"Prize_Money" real,
PRIMARY KEY ("Competition_ID")
);""")

out.append("""CREATE TABLE "band_in_competition" (
"Band_ID" int,
"Competition_ID" int,
"Rank" int,
"Total_Points" real,
PRIMARY KEY ("Band_ID", "Competition_ID"),
FOREIGN KEY ("Band_ID") REFERENCES "band"("Band_ID"),
FOREIGN KEY ("Competition_ID") REFERENCES "competition"("Competition_ID")
);""")

# ---- band: (name, country, city, grade)
bands = [
    ("Shotts and Dykehead Caledonia", "Scotland", "Shotts", 1),
    ("Inveraray and District", "Scotland", "Inveraray", 1),
    ("Field Marshal Montgomery", "Northern Ireland", "Lisburn", 1),
    ("Simon Fraser University", "Canada", "Burnaby", 1),
    ("St Laurence O'Toole", "Ireland", "Dublin", 1),
    ("Boghall and Bathgate Caledonia", "Scotland", "Bathgate", 1),
    ("Scottish Power", "Scotland", "Glasgow", 1),
    ("Glasgow Police", "Scotland", "Glasgow", 2),
    ("78th Fraser Highlanders", "Canada", "Toronto", 1),
    ("Manawatu Scottish", "New Zealand", "Palmerston North", 2),
    ("Canterbury Caledonian Society", "New Zealand", "Christchurch", 2),
    ("Ballycoan", "Northern Ireland", "Belfast", 2),
    ("City of Dunedin", "New Zealand", "Dunedin", 3),
    ("Lomond and Clyde", "Scotland", "Helensburgh", 3),
    ("Denny and Dunipace", "Scotland", "Denny", 2),
    ("Los Angeles Scots", "USA", "Los Angeles", 2),
]
founded = [1910, 1980, 1948, 1981, 1910, 1956, 1987, 1883, 1975, 1963, 1929, 1967, 1952, 1993, 1958, 1998]
band_rows = []
for i, (name, country, city, grade) in enumerate(bands):
    if grade == 1:
        members = random.randint(34, 45)
    elif grade == 2:
        members = random.randint(24, 33)
    else:
        members = random.randint(16, 24)
    sponsored = "Yes" if (grade == 1 and random.random() < 0.75) or random.random() < 0.2 else "No"
    band_rows.append((i + 1, name, country, city, grade, founded[i], members, sponsored))
for r in band_rows:
    out.append("INSERT INTO band VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- piper: (name, nationality, band, former band)
pipers = [
    ("Ryan Canning", "Scotland", 1, None),
    ("Stuart Liddell", "Scotland", 2, None),
    ("Richard Parkes", "Northern Ireland", 3, None),
    ("Alastair Lee", "Canada", 4, 9),
    ("Terry Tully", "Ireland", 5, None),
    ("Gordon Conn", "Scotland", 6, 1),
    ("Chris Armstrong", "Scotland", 7, None),
    ("Duncan Nicholson", "Scotland", 8, 7),
    ("Bill Livingstone", "Canada", 9, None),
    ("Fraser Morrison", "Scotland", 1, None),
    ("Callum Beaumont", "Scotland", 2, 1),
    ("Iain Speirs", "Scotland", 1, 6),
    ("Finlay Johnston", "Scotland", 7, 2),
    ("Jack Lee", "Canada", 4, None),
    ("Niall Stewart", "Scotland", 3, 7),
    ("Hugh MacInnes", "New Zealand", 10, None),
    ("Tom McLeod", "New Zealand", 11, 10),
    ("Aaron Shaw", "Northern Ireland", 12, 3),
    ("Kirsty Ross", "Scotland", 6, None),
    ("Eilidh Grant", "Scotland", 2, None),
    ("Sean McKeown", "Northern Ireland", 3, None),
    ("Andrew Carlisle", "Northern Ireland", 12, None),
    ("Michael Grey", "Canada", 9, 4),
    ("Donald Gillies", "Scotland", 8, None),
    ("Ross Cowan", "Scotland", 1, 2),
    ("Mark Tully", "Ireland", 5, None),
    ("Eric Ward", "USA", 16, 4),
    ("Angus MacColl", "Scotland", 7, None),
    ("Brian Donaldson", "New Zealand", 10, 11),
    ("Connor Sinton", "Scotland", 6, 2),
]
pm_bands = set()
piper_rows = []
for i, (name, nat, b, fb) in enumerate(pipers):
    age = random.randint(19, 60)
    pm = "F"
    if b not in pm_bands and (i < 9 or b in (10, 12, 16)):
        pm = "T"
        pm_bands.add(b)
        age = random.randint(33, 58)
    years = random.randint(4, age - 10)
    piper_rows.append((i + 1, name, age, nat, years, b, fb, pm))
for r in piper_rows:
    out.append("INSERT INTO piper VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- competition: (name, year, city, country, type)
comps = [
    ("World Pipe Band Championships", 2022, "Glasgow", "Scotland", "Major"),
    ("European Pipe Band Championships", 2022, "Aberdeen", "Scotland", "Major"),
    ("British Pipe Band Championships", 2022, "Paisley", "Scotland", "Major"),
    ("Cowal Highland Gathering", 2022, "Dunoon", "Scotland", "Highland Games"),
    ("World Pipe Band Championships", 2023, "Glasgow", "Scotland", "Major"),
    ("European Pipe Band Championships", 2023, "Belfast", "Northern Ireland", "Major"),
    ("North American Championships", 2023, "Maxville", "Canada", "Championship"),
    ("New Zealand Pipe Band Championships", 2023, "Christchurch", "New Zealand", "Championship"),
    ("Scottish Pipe Band Championships", 2023, "Dumbarton", "Scotland", "Major"),
    ("World Pipe Band Championships", 2024, "Glasgow", "Scotland", "Major"),
    ("Ulster Pipe Band Championships", 2024, "Lisburn", "Northern Ireland", "Championship"),
    ("Bridge of Allan Highland Games", 2024, "Bridge of Allan", "Scotland", "Highland Games"),
    ("Glenfinnan Highland Games", 2024, "Glenfinnan", "Scotland", "Highland Games"),
]
comp_rows = []
for i, (name, year, city, country, typ) in enumerate(comps):
    if name.startswith("World"):
        att = random.randint(35000, 48000)
        prize = round(random.uniform(40, 60), 1)
    elif typ == "Major":
        att = random.randint(9000, 22000)
        prize = round(random.uniform(12, 30), 1)
    elif typ == "Championship":
        att = random.randint(4000, 12000)
        prize = round(random.uniform(6, 15), 1)
    else:
        att = random.randint(1500, 9000)
        prize = round(random.uniform(2, 8), 1)
    comp_rows.append((i + 1, name, year, city, country, typ, att, prize))
for r in comp_rows:
    out.append("INSERT INTO competition VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- band_in_competition: which bands played where (13 = Glenfinnan has no results yet; bands 11 and 14 have none)
entries = {
    1: [1, 2, 3, 4, 5, 6, 9],
    2: [1, 2, 3, 6, 7],
    3: [2, 1, 6, 7, 8],
    4: [1, 2, 7, 15],
    5: [2, 1, 3, 4, 5, 9, 7],
    6: [3, 5, 2, 12, 6],
    7: [4, 9, 16],
    8: [10, 13],
    9: [1, 2, 6, 8],
    10: [1, 2, 3, 4, 6, 7],
    11: [3, 12, 5],
    12: [15, 8],
}
strength = {1: 92, 2: 91, 3: 88, 4: 87, 5: 86, 6: 85, 7: 83, 8: 78, 9: 84, 10: 80,
            11: 77, 12: 76, 13: 70, 14: 68, 15: 74, 16: 72}
used = set()
for cid in sorted(entries):
    scored = []
    for b in entries[cid]:
        while True:
            pts = round(strength[b] + random.uniform(-4.0, 4.0), 1)
            if pts not in used:
                used.add(pts)
                break
        scored.append((pts, b))
    scored.sort(reverse=True)
    for rank, (pts, b) in enumerate(scored, 1):
        row = (b, cid, rank, pts)
        out.append("INSERT INTO band_in_competition VALUES (%s);" % ", ".join(q(v) for v in row))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
