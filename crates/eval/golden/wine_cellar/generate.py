# Writes the wine_cellar SQLite schema and all of its rows (INSERT statements) to the file given as the first argument.
import random
import sys

random.seed(7321)

out = []
w = out.append

w("PRAGMA foreign_keys = ON;")
w("")
w("""CREATE TABLE "Winery" (
"Winery_ID" int,
"Winery_Name" text,
"Region" text,
"Country" text,
"Founded_Year" text,
"other_details" text,
PRIMARY KEY ("Winery_ID")
);""")
w("")
w("""CREATE TABLE "Grape_Varieties" (
"grape_id" int,
"grape_name" text,
"colour_code" text,
PRIMARY KEY ("grape_id")
);""")
w("")
w("""CREATE TABLE "Wine" (
"Wine_ID" int,
"Wine_Name" text,
"Winery_ID" int,
"grape_id" int,
"Vintage" int,
"Price" real,
"Rating_Score" text,
PRIMARY KEY ("Wine_ID"),
FOREIGN KEY ("Winery_ID") REFERENCES "Winery"("Winery_ID")
);""")
w("")
w("""CREATE TABLE "Customers" (
"customer_id" int,
"customer_name" text,
"City" text,
"membership_level_code" text,
"date_joined" text,
PRIMARY KEY ("customer_id")
);""")
w("")
w("""CREATE TABLE "Purchases" (
"purchase_id" int,
"customer_id" int,
"Wine_ID" int,
"date_of_purchase" text,
"Bottles" int,
"Total_Paid" text,
PRIMARY KEY ("purchase_id"),
FOREIGN KEY ("customer_id") REFERENCES "Customers"("customer_id")
);""")
w("")
w("""CREATE TABLE "Tasting_Event" (
"Event_ID" int,
"Event_Name" text,
"Event_Date" text,
"Venue_City" text,
"Number_of_Attendees" int,
PRIMARY KEY ("Event_ID")
);""")
w("")
w("""CREATE TABLE "Wines_Poured" (
"Event_ID" int,
"Wine_ID" int,
"Pour_Order" int,
PRIMARY KEY ("Event_ID","Wine_ID"),
FOREIGN KEY ("Event_ID") REFERENCES "Tasting_Event"("Event_ID"),
FOREIGN KEY ("Wine_ID") REFERENCES "Wine"("Wine_ID")
);""")
w("")


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return '"' + v.replace('"', '""') + '"'
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def ins(table, rows):
    for r in rows:
        w('INSERT INTO "%s" VALUES (%s);' % (table, ",".join(q(v) for v in r)))
    w("")


wineries = [
    ("Domaine Laurent", "Burgundy", "France", "Family estate"),
    ("Chateau Belle Rive", "Bordeaux", "France", "Classified growth"),
    ("Maison Duval", "Rhone Valley", "France", None),
    ("Tenuta San Marco", "Tuscany", "Italy", "Organic certified"),
    ("Cantina Rossi", "Piedmont", "Italy", None),
    ("Bodegas Alvarez", "Rioja", "Spain", "Cooperative"),
    ("Silver Oak Ridge", "Napa Valley", "USA", None),
    ("Redwood Creek Cellars", "Sonoma", "USA", "Sustainable farming"),
    ("Barossa Hills Estate", "Barossa Valley", "Australia", None),
    ("Kaituna Bay", "Marlborough", "New Zealand", "Screw caps only"),
    ("Weingut Keller", "Mosel", "Germany", "Family estate"),
    ("Vina Los Andes", "Mendoza", "Argentina", None),
]
founded = [1842, 1789, 1921, 1967, 1895, 1910, 1972, 1988, 1953, 1996, 1871, 2001]
winery_rows = []
for i, (n, r, c, d) in enumerate(wineries):
    winery_rows.append((i + 1, n, r, c, str(founded[i]), d))
ins("Winery", winery_rows)

grapes = [
    ("Cabernet Sauvignon", "RED"), ("Merlot", "RED"), ("Pinot Noir", "RED"),
    ("Syrah", "RED"), ("Tempranillo", "RED"), ("Sangiovese", "RED"),
    ("Nebbiolo", "RED"), ("Malbec", "RED"), ("Chardonnay", "WHT"),
    ("Sauvignon Blanc", "WHT"), ("Riesling", "WHT"), ("Viognier", "WHT"),
    ("Gewurztraminer", "WHT"), ("Grenache", "RED"),
]
ins("Grape_Varieties", [(i + 1, g, c) for i, (g, c) in enumerate(grapes)])
gid = {g: i + 1 for i, (g, c) in enumerate(grapes)}

# (winery index, grape, wine name)
wine_defs = [
    (1, "Pinot Noir", "Laurent Cote de Nuits"),
    (1, "Chardonnay", "Laurent Meursault"),
    (1, "Pinot Noir", "Laurent Grand Cru"),
    (2, "Cabernet Sauvignon", "Belle Rive Grand Vin"),
    (2, "Merlot", "Belle Rive Second Vin"),
    (2, "Merlot", "Belle Rive Pomerol"),
    (3, "Syrah", "Duval Hermitage"),
    (3, "Viognier", "Duval Condrieu"),
    (4, "Sangiovese", "San Marco Chianti Classico"),
    (4, "Sangiovese", "San Marco Brunello"),
    (4, "Merlot", "San Marco Super Tuscan"),
    (5, "Nebbiolo", "Rossi Barolo"),
    (5, "Nebbiolo", "Rossi Barbaresco"),
    (6, "Tempranillo", "Alvarez Reserva"),
    (6, "Tempranillo", "Alvarez Gran Reserva"),
    (6, "Tempranillo", "Alvarez Crianza"),
    (7, "Cabernet Sauvignon", "Silver Oak Estate Cabernet"),
    (7, "Chardonnay", "Silver Oak Chardonnay"),
    (8, "Pinot Noir", "Redwood Russian River Pinot"),
    (8, "Chardonnay", "Redwood Sonoma Coast Chardonnay"),
    (9, "Syrah", "Barossa Old Vine Shiraz"),
    (9, "Syrah", "Barossa Hills Shiraz"),
    (9, "Cabernet Sauvignon", "Barossa Cabernet"),
    (10, "Sauvignon Blanc", "Kaituna Sauvignon Blanc"),
    (10, "Pinot Noir", "Kaituna Pinot Noir"),
    (11, "Riesling", "Keller Riesling Kabinett"),
    (11, "Riesling", "Keller Riesling Spatlese"),
    (12, "Malbec", "Los Andes Malbec"),
    (12, "Malbec", "Los Andes Malbec Reserva"),
    (12, "Cabernet Sauvignon", "Los Andes Cabernet"),
]
wine_rows = []
for i, (wi, g, n) in enumerate(wine_defs):
    vintage = random.randint(2008, 2021)
    price = round(random.uniform(14, 160), 2)
    score = random.randint(82, 98)
    wine_rows.append((i + 1, n, wi, gid[g], vintage, price, str(score)))
ins("Wine", wine_rows)
prices = {r[0]: r[5] for r in wine_rows}

customers = [
    ("Eleanor Whitfield", "London"), ("James Okafor", "Manchester"),
    ("Sophie Laurent", "London"), ("Oliver Grant", "Edinburgh"),
    ("Priya Sharma", "Bristol"), ("Thomas Reed", "Leeds"),
    ("Hannah Moss", "London"), ("Daniel Crowe", "Manchester"),
    ("Amelia Hart", "Bristol"), ("George Bennett", "Edinburgh"),
    ("Isabel Fontaine", "London"), ("Marcus Lee", "Leeds"),
    ("Chloe Adams", "York"), ("William Hughes", "Bristol"),
    ("Ruby Patel", "Manchester"), ("Samuel Frost", "London"),
]
levels = ["GLD", "SLV", "BRZ", "PLT"]
cust_rows = []
for i, (n, c) in enumerate(customers):
    lvl = random.choice(levels)
    d = "%04d-%02d-%02d" % (random.randint(2015, 2022), random.randint(1, 12), random.randint(1, 28))
    cust_rows.append((i + 1, n, c, lvl, d))
ins("Customers", cust_rows)

purchase_rows = []
buyers = list(range(1, 14))  # customers 14-16 never buy
for i in range(40):
    c = random.choice(buyers)
    wn = random.randint(1, 30)
    d = "2023-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
    b = random.choice([1, 1, 2, 3, 6, 6, 12])
    paid = round(prices[wn] * b * random.choice([1.0, 1.0, 0.95, 0.9]), 2)
    purchase_rows.append((i + 1, c, wn, d, b, "%.2f" % paid))
purchase_rows.sort(key=lambda r: r[3])
purchase_rows = [(i + 1,) + r[1:] for i, r in enumerate(purchase_rows)]
ins("Purchases", purchase_rows)

events = [
    ("Bordeaux Left Bank Evening", "London"),
    ("Old World Reds", "Manchester"),
    ("Summer Whites Garden Party", "Bristol"),
    ("Italian Classics", "London"),
    ("New World Showcase", "Edinburgh"),
    ("Spanish Fiesta Tasting", "Leeds"),
    ("Burgundy Masterclass", "London"),
    ("Festive Fine Wine Fair", "Edinburgh"),
]
ev_rows = []
for i, (n, c) in enumerate(events):
    d = "2023-%02d-%02d" % (i + 2 + (i // 4), random.randint(1, 28))
    ev_rows.append((i + 1, n, d, c, random.randint(18, 140)))
ins("Tasting_Event", ev_rows)

poured = []
for e in range(1, 9):
    k = random.randint(2, 6)
    ws = random.sample(range(1, 31), k)
    for o, wn in enumerate(ws):
        poured.append((e, wn, o + 1))
ins("Wines_Poured", poured)

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out))
