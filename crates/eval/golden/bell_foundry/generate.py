# Writes the bell_foundry SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(1858)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "foundry" (
"Foundry_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"City" TEXT,
"Founded" INTEGER,
"Employees" INTEGER,
"Is_Active" TEXT
);""")

out.append("""CREATE TABLE "church" (
"Church_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year_Built" INTEGER,
"Tower_Height" REAL,
"Denomination" TEXT,
"Seats" INTEGER
);""")

out.append("""CREATE TABLE "bell" (
"Bell_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Foundry_ID" INTEGER,
"Year_Cast" INTEGER,
"Weight" REAL,
"Diameter" REAL,
"Note" TEXT,
"Status" TEXT,
FOREIGN KEY ("Foundry_ID") REFERENCES "foundry"("Foundry_ID")
);""")

out.append("""CREATE TABLE "bell_in_church" (
"Bell_ID" INTEGER,
"Church_ID" INTEGER,
"Year_Installed" INTEGER,
"Position" INTEGER,
PRIMARY KEY ("Bell_ID", "Church_ID"),
FOREIGN KEY ("Bell_ID") REFERENCES "bell"("Bell_ID"),
FOREIGN KEY ("Church_ID") REFERENCES "church"("Church_ID")
);""")

# ---- foundry: (name, country, city, founded, active)
foundries = [
    ("Whitechapel Bell Foundry", "England", "London", 1570, "F"),
    ("John Taylor & Co", "England", "Loughborough", 1784, "T"),
    ("Royal Eijsbouts", "Netherlands", "Asten", 1872, "T"),
    ("Petit & Fritsen", "Netherlands", "Aarle-Rixtel", 1660, "F"),
    ("Fonderie Paccard", "France", "Annecy", 1796, "T"),
    ("Cornille-Havard", "France", "Villedieu-les-Poeles", 1865, "T"),
    ("Glockengiesserei Rincker", "Germany", "Sinn", 1590, "T"),
    ("Grassmayr", "Austria", "Innsbruck", 1599, "T"),
    ("Perner", "Germany", "Passau", 1947, "T"),
    ("Meneely Bell Foundry", "USA", "Watervliet", 1826, "F"),
    ("McShane Bell Foundry", "USA", "Baltimore", 1856, "T"),
    ("Gillett & Johnston", "England", "Croydon", 1844, "T"),
]
foundry_rows = []
for i, (name, country, city, founded, active) in enumerate(foundries):
    emp = random.randint(8, 70)
    foundry_rows.append((i + 1, name, country, city, founded, emp, active))
for r in foundry_rows:
    out.append("INSERT INTO foundry VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- church: (name, city, country, year_built, tower_height, denomination)
churches = [
    ("Salisbury Cathedral", "Salisbury", "England", 1220, 123.0, "Anglican"),
    ("York Minster", "York", "England", 1230, 72.0, "Anglican"),
    ("Liverpool Cathedral", "Liverpool", "England", 1904, 101.0, "Anglican"),
    ("St Mary Redcliffe", "Bristol", "England", 1292, 89.0, "Anglican"),
    ("Notre-Dame de Paris", "Paris", "France", 1163, 69.0, "Catholic"),
    ("Sacre-Coeur Basilica", "Paris", "France", 1875, 83.0, "Catholic"),
    ("Lyon Cathedral", "Lyon", "France", 1180, 44.0, "Catholic"),
    ("Cologne Cathedral", "Cologne", "Germany", 1248, 157.0, "Catholic"),
    ("Passau Cathedral", "Passau", "Germany", 1668, 68.0, "Catholic"),
    ("Frauenkirche", "Dresden", "Germany", 1726, 91.0, "Protestant"),
    ("St Stephen Cathedral", "Vienna", "Austria", 1137, 136.0, "Catholic"),
    ("Innsbruck Cathedral", "Innsbruck", "Austria", 1717, 56.0, "Catholic"),
    ("St Martin Cathedral", "Utrecht", "Netherlands", 1254, 112.0, "Protestant"),
    ("St Bavo Church", "Haarlem", "Netherlands", 1370, 78.0, "Protestant"),
    ("Riverside Church", "New York", "USA", 1927, 120.0, "Protestant"),
    ("Washington National Cathedral", "Washington", "USA", 1907, 92.5, "Anglican"),
    ("Trinity Church", "Boston", "USA", 1872, 64.5, "Anglican"),
]
church_rows = []
for i, (name, city, country, built, height, denom) in enumerate(churches):
    seats = random.randint(16, 80) * 50
    church_rows.append((i + 1, name, city, country, built, height, denom, seats))
for r in church_rows:
    out.append("INSERT INTO church VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- bell: (name, foundry_id, year_cast, weight_kg, diameter_cm, note, status)
bells = [
    ("Great Paul", 2, 1881, 16920.0, 291.0, "E", "Good"),
    ("Great George", 2, 1940, 14800.0, 274.0, "E", "Good"),
    ("Emmanuel", 1, 1686, 13271.0, 261.0, "F", "Restored"),
    ("Marie", 3, 2012, 6023.0, 206.0, "G", "Good"),
    ("Gabriel", 6, 2013, 4162.0, 183.0, "A", "Good"),
    ("Anne-Genevieve", 6, 2013, 3477.0, 172.0, "B", "Good"),
    ("Savoyarde", 5, 1895, 18835.0, 300.0, "C", "Good"),
    ("Petersglocke", 7, 1923, 24000.0, 322.0, "C", "Restored"),
    ("Pretiosa", 7, 1612, 10500.0, 240.0, "G", "Good"),
    ("Speciosa", 7, 1620, 5600.0, 201.0, "A", "Good"),
    ("Pummerin", 8, 1951, 20130.0, 314.0, "C", "Good"),
    ("Josephsglocke", 8, 1961, 2300.0, 152.0, "D", "Good"),
    ("Sturmglocke", 9, 1952, 3100.0, 167.0, "E", "Good"),
    ("Sebastian", 9, 1952, 7900.0, 220.0, "A", "Good"),
    ("Jesaja", 3, 2003, 2400.0, 154.0, "D", "Good"),
    ("Hanna", 3, 2003, 1120.0, 118.0, "F", "Good"),
    ("Salvator", 1, 1605, 8200.0, 227.0, "G", "Restored"),
    ("Laurentius", 3, 1890, 3700.0, 173.0, "B", "Cracked"),
    ("Great Peter", 2, 1927, 10800.0, 244.0, "F", "Good"),
    ("Osmund", 1, 1680, 1650.0, 137.0, "D", "Good"),
    ("Canynges", 2, 1903, 2500.0, 158.0, "B", "Good"),
    ("Riverside Bourdon", 12, 1930, 9072.0, 260.0, "C", "Good"),
    ("Sabaoth", 1, 1962, 1450.0, 130.0, "D", "Good"),
    ("Centennial Bell", 10, 1876, 5900.0, 204.0, "E", "Cracked"),
    ("Troy Bell", 10, 1870, 1220.0, 121.0, "A", "Cracked"),
    ("Jean-Marie", 6, 2013, 1765.0, 140.0, "C", "Good"),
    ("Angelus", 5, 1950, 940.0, 112.0, "F", "Good"),
    ("Felicite", 5, 1907, 3020.0, 165.0, "G", "Good"),
    ("Ursulaglocke", 7, 1862, 4150.0, 181.0, "E", "Good"),
    ("Halbpummerin", 8, 1959, 2160.0, 148.0, "D", "Good"),
    ("Gedaechtnis", 9, 2003, 1750.0, 139.0, "G", "Good"),
    ("Cantate", 2, 1963, 780.0, 101.0, "E", "Good"),
]
for i, b in enumerate(bells):
    out.append("INSERT INTO bell VALUES (%s);" % ", ".join(q(v) for v in (i + 1,) + b))

# ---- bell_in_church: (bell_id, church_id, year_installed or None -> derived)
links = [
    (3, 5, None), (4, 5, None), (5, 5, None), (6, 5, None), (26, 5, None),
    (7, 6, None), (28, 6, None), (27, 6, None),
    (8, 8, None), (9, 8, None), (10, 8, None), (29, 8, None),
    (11, 11, None), (30, 11, 1960),
    (12, 12, None), (30, 12, 1992),
    (13, 9, None), (14, 9, None),
    (15, 10, None), (16, 10, None), (31, 10, None),
    (17, 13, None),
    (18, 14, None),
    (19, 2, None),
    (20, 1, 1681), (20, 4, 1872),
    (21, 4, None),
    (2, 3, None),
    (22, 15, None), (23, 15, 2005),
    (23, 16, 1964), (32, 16, None),
]
position = {}
for bell_id, church_id, year in links:
    if year is None:
        year = max(bells[bell_id - 1][2], churches[church_id - 1][3]) + random.randint(1, 4)
    position[church_id] = position.get(church_id, 0) + 1
    row = (bell_id, church_id, year, position[church_id])
    out.append("INSERT INTO bell_in_church VALUES (%s);" % ", ".join(q(v) for v in row))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
