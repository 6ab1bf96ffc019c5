# Writes the ice_cream_parlours SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
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

out.append("""CREATE TABLE "parlour" (
"Parlour_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Opening_Year" INTEGER,
"Seats" INTEGER,
"Revenue_Millions" REAL,
"Open_Late" TEXT
);""")

out.append("""CREATE TABLE "flavour" (
"Flavour_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Price" REAL,
"Calories" INTEGER,
"Year_Introduced" INTEGER,
"Contains_Nuts" TEXT
);""")

out.append("""CREATE TABLE "staff" (
"Staff_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Nationality" TEXT,
"Role" TEXT,
"Years_Working" INTEGER,
"Hourly_Wage" REAL,
"Parlour_ID" INTEGER,
"Favourite_Flavour_ID" INTEGER,
FOREIGN KEY ("Parlour_ID") REFERENCES "parlour"("Parlour_ID")
);""")

out.append("""CREATE TABLE "parlour_flavour" (
"Parlour_ID" INTEGER,
"Flavour_ID" INTEGER,
"Scoops_Sold" INTEGER,
"Is_Seasonal" TEXT,
PRIMARY KEY ("Parlour_ID", "Flavour_ID"),
FOREIGN KEY ("Parlour_ID") REFERENCES "parlour"("Parlour_ID"),
FOREIGN KEY ("Flavour_ID") REFERENCES "flavour"("Flavour_ID")
);""")

# ---- parlour
parlours = [
    ("Gelateria Rosa", "Florence", "Italy", "Yes"),
    ("Scoop Dreams", "Chicago", "USA", "Yes"),
    ("The Frozen Spoon", "London", "UK", "Yes"),
    ("Eisdiele Nord", "Hamburg", "Germany", "No"),
    ("Dolce Freddo", "Rome", "Italy", "No"),
    ("Polar Cone", "Boston", "USA", "No"),
    ("Kelly's Creamery", "Dublin", "Ireland", "No"),
    ("Eiscafe Venezia", "Munich", "Germany", "No"),
    ("Cone Corner", "Manchester", "UK", "No"),
    ("Sundae Best", "Seattle", "USA", "Yes"),
    ("Gelato Vivo", "Milan", "Italy", "Yes"),
    ("Brain Freeze", "Austin", "USA", "No"),
]
opening_years = [1962, 1998, 1985, 1974, 1951, 2006, 1993, 1968, 2011, 2015, 2003, 2019]
used_rev = set()
for i, (name, city, country, late) in enumerate(parlours):
    seats = random.randint(12, 95)
    rev = round(random.uniform(0.4, 3.8), 2)
    while rev in used_rev:
        rev = round(random.uniform(0.4, 3.8), 2)
    used_rev.add(rev)
    row = (i + 1, name, city, country, opening_years[i], seats, rev, late)
    out.append("INSERT INTO parlour VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- flavour
flavours = [
    ("Vanilla Bean", "Dairy", "F"),
    ("Dark Chocolate", "Dairy", "F"),
    ("Strawberry", "Dairy", "F"),
    ("Pistachio", "Gelato", "T"),
    ("Mint Chip", "Dairy", "F"),
    ("Salted Caramel", "Dairy", "F"),
    ("Lemon Sorbet", "Sorbet", "F"),
    ("Mango Sorbet", "Sorbet", "F"),
    ("Stracciatella", "Gelato", "F"),
    ("Cookie Dough", "Dairy", "F"),
    ("Raspberry Sorbet", "Sorbet", "F"),
    ("Coconut Dream", "Vegan", "F"),
    ("Hazelnut", "Gelato", "T"),
    ("Coffee", "Gelato", "F"),
    ("Oat Cinnamon", "Vegan", "F"),
    ("Black Sesame", "Vegan", "T"),
]
prices = [2.40, 2.80, 2.50, 3.90, 2.70, 3.20, 2.30, 2.60, 3.10, 3.00, 2.45, 3.35, 3.60, 2.90, 3.40, 4.10]
for i, (name, typ, nuts) in enumerate(flavours):
    if typ == "Sorbet":
        cal = random.randint(95, 140)
    elif typ == "Vegan":
        cal = random.randint(150, 210)
    else:
        cal = random.randint(190, 290)
    row = (i + 1, name, typ, prices[i], cal, random.randint(1975, 2021), nuts)
    out.append("INSERT INTO flavour VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- staff
staff_names = ["Giulia Conti", "Marco Bianchi", "Emily Carter", "Jake Miller", "Sophie Turner",
               "Lukas Schmidt", "Anna Weber", "Francesca Greco", "Ryan Walsh", "Aoife Byrne",
               "Hannah Fischer", "Tom Baker", "Olivia Brown", "Daniel Lopez", "Chloe Evans",
               "Matteo Russo", "Sara Novak", "Ben Harris", "Laura Martinez", "Piotr Kowalski",
               "Grace Kelly", "Noah Wilson", "Elena Ricci", "Katie Moore"]
nationality = ["Italy", "Italy", "USA", "USA", "UK", "Germany", "Germany", "Italy", "Ireland",
               "Ireland", "Germany", "UK", "USA", "Spain", "UK", "Italy", "Poland", "USA",
               "Spain", "Poland", "Ireland", "USA", "Italy", "UK"]
staff_parlour = [1, 1, 2, 2, 3, 4, 4, 5, 7, 7, 8, 9, 10, 3, 9, 11, 8, 6, 10, 4, 7, 2, 11, 3]
ages = [52, 23, 31, 19, 27, 44, 36, 61, 29, 21, 47, 38, 24, 33, 18, 42, 26, 55, 30, 41, 22, 35, 28, 45]
managers = set()
for i in range(24):
    p = staff_parlour[i]
    if p not in managers:
        role = "Manager"
        managers.add(p)
        years = random.randint(6, 20)
        wage = round(random.uniform(17.0, 24.0), 2)
    else:
        role = random.choice(["Scooper", "Scooper", "Cashier"])
        years = random.randint(0, 8)
        wage = round(random.uniform(10.5, 15.5), 2)
    years = min(years, ages[i] - 16)
    fav = random.randint(1, 16)
    row = (i + 1, staff_names[i], ages[i], nationality[i], role, years, wage, p, fav)
    out.append("INSERT INTO staff VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- parlour_flavour (parlours 7 and 12 have no listing; flavours 15 and 16 are never sold)
menus = {
    1: [1, 2, 4, 9, 13, 14, 7],
    2: [1, 2, 3, 5, 6, 10],
    3: [1, 2, 3, 6, 7, 12],
    4: [1, 2, 3, 9, 13],
    5: [4, 9, 13, 14, 8, 11],
    6: [1, 5, 10],
    8: [1, 3, 4, 9, 14],
    9: [2, 5, 10, 11],
    10: [1, 2, 3, 6, 8, 10, 12, 5],
    11: [4, 9, 13, 7, 8],
}
for p in sorted(menus):
    for f in menus[p]:
        scoops = random.randint(800, 9500)
        seasonal = "Yes" if f in (3, 7, 8, 11) and random.random() < 0.7 else "No"
        row = (p, f, scoops, seasonal)
        out.append("INSERT INTO parlour_flavour VALUES (%s);" % ", ".join(q(v) for v in row))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
