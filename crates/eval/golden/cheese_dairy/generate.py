# Writes the cheese_dairy SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "dairy" (
"Dairy_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Region" TEXT,
"Founded" INTEGER,
"Herd_Size" INTEGER,
"Annual_Output" REAL,
"Organic" TEXT
);""")

out.append("""CREATE TABLE "cheese" (
"Cheese_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Dairy_ID" INTEGER,
"Milk" TEXT,
"Style" TEXT,
"Aging_Months" INTEGER,
"Fat_Percent" REAL,
"Price" REAL,
"Wheel_Weight" REAL,
FOREIGN KEY ("Dairy_ID") REFERENCES "dairy"("Dairy_ID")
);""")

out.append("""CREATE TABLE "shop" (
"Shop_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Open_Year" INTEGER,
"Staff" INTEGER,
"Floor_Area" INTEGER,
"Rating" REAL
);""")

out.append("""CREATE TABLE "stock" (
"Shop_ID" INTEGER,
"Cheese_ID" INTEGER,
"Kg_In_Stock" REAL,
PRIMARY KEY ("Shop_ID", "Cheese_ID"),
FOREIGN KEY ("Shop_ID") REFERENCES "shop"("Shop_ID"),
FOREIGN KEY ("Cheese_ID") REFERENCES "cheese"("Cheese_ID")
);""")

# award.Cheese_ID refers to cheese.Cheese_ID but the reference is left undeclared.
out.append("""CREATE TABLE "award" (
"Award_ID" INTEGER PRIMARY KEY,
"Cheese_ID" INTEGER,
"Show" TEXT,
"Year" INTEGER,
"Medal" TEXT,
"Points" INTEGER,
"Judge" TEXT
);""")

# ---- dairy: (name, country, region, founded, organic)
dairies = [
    ("Manor Farm", "England", "Somerset", 1911, "No"),
    ("Fromagerie Vernier", "France", "Jura", 1885, "No"),
    ("Caseificio Rosola", "Italy", "Emilia-Romagna", 1890, "No"),
    ("Queseria La Antigua", "Spain", "Castilla y Leon", 1948, "Yes"),
    ("Kaasboerderij De Ruyter", "Netherlands", "Utrecht", 1872, "No"),
    ("Kaserei Eggiwil", "Switzerland", "Bern", 1903, "No"),
    ("Kaasmakerij Van Dijk", "Netherlands", "North Holland", 1999, "Yes"),
    ("Fromagerie Laurent", "France", "Normandy", 1932, "No"),
    ("Caseificio Valle", "Italy", "Lombardy", 1962, "Yes"),
    ("Sparkenhoe Dairy", "England", "Leicestershire", 2005, "Yes"),
    ("Quesos Ibores", "Spain", "Extremadura", 1991, "No"),
    ("Laiterie Ducret", "France", "Savoie", 1978, "Yes"),
    ("Alpkaserei Gstaad", "Switzerland", "Bern", 1955, "No"),
    ("Fromagerie Martin", "France", "Auvergne", 2004, "Yes"),
]
herds = []
for i, (name, country, region, founded, org) in enumerate(dairies):
    herd = random.randint(45, 620)
    while herd in herds:
        herd = random.randint(45, 620)
    herds.append(herd)
    output = round(herd * random.uniform(0.6, 1.4), 1)
    row = (i + 1, name, country, region, founded, herd, output, org)
    out.append("INSERT INTO dairy VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- cheese: (name, dairy, milk, style)
cheeses = [
    ("Manor Cheddar", 1, "Cow", "Hard"),
    ("Manor Smoked Cheddar", 1, "Cow", "Hard"),
    ("Comte Reserve", 2, "Cow", "Hard"),
    ("Morbier", 2, "Cow", "Semi-soft"),
    ("Bleu de Gex", 2, "Cow", "Blue"),
    ("Parmigiano Reggiano", 3, "Cow", "Hard"),
    ("Ricotta Fresca", 3, "Cow", "Fresh"),
    ("Manchego Curado", 4, "Sheep", "Hard"),
    ("Queso Fresco", 4, "Cow", "Fresh"),
    ("Boerenkaas Oud", 5, "Cow", "Hard"),
    ("Geitenkaas", 5, "Goat", "Semi-soft"),
    ("Emmentaler", 6, "Cow", "Hard"),
    ("Gruyere Alpage", 6, "Cow", "Hard"),
    ("Camembert de Normandie", 8, "Cow", "Soft"),
    ("Livarot", 8, "Cow", "Soft"),
    ("Pont-l'Eveque", 8, "Cow", "Soft"),
    ("Gorgonzola Dolce", 9, "Cow", "Blue"),
    ("Taleggio", 9, "Cow", "Semi-soft"),
    ("Sparkenhoe Red Leicester", 10, "Cow", "Hard"),
    ("Torta del Casar", 11, "Sheep", "Soft"),
    ("Ibores", 11, "Goat", "Semi-soft"),
    ("Reblochon", 12, "Cow", "Soft"),
    ("Tomme de Savoie", 12, "Cow", "Semi-soft"),
    ("Chevrotin", 12, "Goat", "Soft"),
    ("Mozzarella di Bufala", 3, "Buffalo", "Fresh"),
    ("Pecorino Toscano", 9, "Sheep", "Hard"),
    ("Leicestershire Blue", 10, "Cow", "Blue"),
    ("Sbrinz", 13, "Cow", "Hard"),
    ("Bergkase", 13, "Cow", "Hard"),
    ("Valdeon", 4, "Cow", "Blue"),
]
aging = {"Hard": (8, 36), "Semi-soft": (2, 6), "Soft": (1, 2), "Blue": (2, 5), "Fresh": (0, 0)}
fat = {"Hard": (30.0, 36.0), "Semi-soft": (25.0, 32.0), "Soft": (22.0, 28.0), "Blue": (28.0, 35.0), "Fresh": (10.0, 22.0)}
price = {"Hard": (18.0, 48.0), "Semi-soft": (14.0, 30.0), "Soft": (16.0, 34.0), "Blue": (20.0, 38.0), "Fresh": (8.0, 16.0)}
weight = {"Hard": (8.0, 40.0), "Semi-soft": (1.5, 7.0), "Soft": (0.25, 1.0), "Blue": (2.0, 9.0), "Fresh": (0.25, 1.5)}
prices = []
for i, (name, d, milk, style) in enumerate(cheeses):
    lo, hi = aging[style]
    months = random.randint(lo, hi)
    if name == "Parmigiano Reggiano":
        months = 30
    fp = round(random.uniform(*fat[style]), 1)
    p = round(random.uniform(*price[style]), 2)
    while p in prices:
        p = round(random.uniform(*price[style]), 2)
    prices.append(p)
    w = round(random.uniform(*weight[style]), 2)
    row = (i + 1, name, d, milk, style, months, fp, p, w)
    out.append("INSERT INTO cheese VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- shop: (name, city)
shops = [
    ("Neal's Yard Counter", "London"),
    ("La Fromagerie du Marche", "Paris"),
    ("Paxton Cheese Hall", "London"),
    ("Kaashuis Jordaan", "Amsterdam"),
    ("Fromagerie Mons", "Lyon"),
    ("Formaggeria Brera", "Milan"),
    ("The Bristol Cheesemonger", "Bristol"),
    ("Androuet Counter", "Paris"),
    ("The Bath Cheese Cellar", "Bath"),
    ("Cremerie des Halles", "Lyon"),
    ("Borough Wedge", "London"),
    ("Kaas en Co", "Amsterdam"),
]
ratings = []
for i, (name, city) in enumerate(shops):
    r = round(random.uniform(3.2, 4.9), 1)
    while r in ratings:
        r = round(random.uniform(3.2, 4.9), 1)
    ratings.append(r)
    row = (i + 1, name, city, random.randint(1968, 2021), random.randint(2, 14),
           random.randint(40, 260), r)
    out.append("INSERT INTO shop VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- stock (shops 9 and 12 stock nothing; cheeses 9, 21, 28 are stocked nowhere)
stock_pairs = [
    (1, 1), (1, 2), (1, 19), (1, 27), (1, 20), (1, 3),
    (2, 3), (2, 14), (2, 15), (2, 22), (2, 5),
    (3, 1), (3, 6), (3, 12), (3, 8),
    (4, 10), (4, 11), (4, 13), (4, 6),
    (5, 22), (5, 23), (5, 24), (5, 4), (5, 16),
    (6, 6), (6, 17), (6, 18), (6, 25), (6, 26), (6, 7),
    (7, 1), (7, 19), (7, 29),
    (8, 14), (8, 3), (8, 30),
    (10, 23), (10, 13), (10, 4),
    (11, 2), (11, 27), (11, 8), (11, 17),
]
for s, c in stock_pairs:
    row = (s, c, round(random.uniform(1.5, 60.0), 1))
    out.append("INSERT INTO stock VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- award (cheeses 2, 7, 9, 11, 16, 18, 21, 24, 28 never won an award)
shows = ["World Cheese Awards", "Mondial du Fromage", "British Cheese Awards", "International Cheese Show"]
judges = ["Juliet Harbutt", "Laurent Dubois", "Ivan Larcher", "Marta Vidal", "Pieter Smit", "Giulia Bassi"]
judge_w = [6, 4, 3, 3, 2, 2]
award_cheeses = [1, 3, 3, 6, 6, 6, 5, 8, 10, 12, 13, 13, 14, 15, 17, 19, 19, 20, 22, 23,
                 25, 26, 27, 27, 29, 30, 1, 25]
used_points = []
for i, c in enumerate(award_cheeses):
    pts = random.randint(72, 99)
    while pts in used_points and len(used_points) < 28:
        pts = random.randint(72, 99)
    used_points.append(pts)
    medal = "Gold" if pts >= 90 else ("Silver" if pts >= 82 else "Bronze")
    row = (i + 1, c, random.choice(shows), random.randint(2017, 2023), medal, pts,
           random.choices(judges, weights=judge_w)[0])
    out.append("INSERT INTO award VALUES (%s);" % ", ".join(q(v) for v in row))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
