# Writes the coffee_roastery SQLite schema (CREATE TABLE) and rows (INSERT) to the file given as argv[1].
import random
import sys

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """CREATE TABLE Farms (
  Farm_ID INTEGER PRIMARY KEY,
  Farm_Name TEXT NOT NULL,
  Region TEXT,
  Country TEXT NOT NULL,
  Altitude_m INTEGER,
  Organic_Flag TEXT NOT NULL
);
CREATE TABLE Ref_Processing_Methods (
  process_code TEXT PRIMARY KEY,
  process_description TEXT NOT NULL
);
CREATE TABLE Green_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  Farm_ID INTEGER NOT NULL,
  process_code TEXT NOT NULL,
  Variety TEXT,
  Harvest_Year TEXT,
  Bags INTEGER,
  Price_per_kg REAL,
  other_details TEXT,
  FOREIGN KEY (Farm_ID) REFERENCES Farms(Farm_ID),
  FOREIGN KEY (process_code) REFERENCES Ref_Processing_Methods(process_code)
);
CREATE TABLE Roasters (
  Roaster_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Nationality TEXT,
  Years_Experience INTEGER
);
CREATE TABLE Roasts (
  Roast_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER NOT NULL,
  Roaster_ID INTEGER NOT NULL,
  Roast_Date TEXT,
  Roast_Level TEXT,
  Kilograms REAL,
  Cupping_Score REAL
);
CREATE TABLE Cafes (
  Cafe_ID INTEGER PRIMARY KEY,
  Cafe_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Seats INTEGER
);
CREATE TABLE Cafe_Purchases (
  Cafe_ID INTEGER NOT NULL,
  Roast_ID INTEGER NOT NULL,
  Kg_Bought REAL,
  PRIMARY KEY (Cafe_ID, Roast_ID),
  FOREIGN KEY (Cafe_ID) REFERENCES Cafes(Cafe_ID),
  FOREIGN KEY (Roast_ID) REFERENCES Roasts(Roast_ID)
);
CREATE TABLE Lot_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER NOT NULL,
  From_Farm_ID INTEGER NOT NULL,
  To_Farm_ID INTEGER NOT NULL,
  Transfer_Date TEXT,
  Kg_Moved REAL,
  FOREIGN KEY (Lot_ID) REFERENCES Green_Lots(Lot_ID),
  FOREIGN KEY (From_Farm_ID) REFERENCES Farms(Farm_ID),
  FOREIGN KEY (To_Farm_ID) REFERENCES Farms(Farm_ID)
);
"""

farms = [
    ("Finca El Paraiso", "Cauca", "Colombia", 1950, "Y"),
    ("Hacienda La Esmeralda", "Chiriqui", "Panama", 1650, "N"),
    ("Fazenda Santa Ines", "Minas Gerais", "Brazil", 1150, "N"),
    ("Fazenda Ambiental Fortaleza", "Sao Paulo", "Brazil", 1080, "Y"),
    ("Gesha Village Estate", "Bench Maji", "Ethiopia", 1910, "Y"),
    ("Kayon Mountain Farm", "Guji", "Ethiopia", 2120, "Y"),
    ("Gatomboya Estate", "Nyeri", "Kenya", 1820, "N"),
    ("Karimikui Farm", "Kirinyaga", "Kenya", 1675, "N"),
    ("Finca El Injerto", "Huehuetenango", "Guatemala", 1720, "N"),
    ("Finca Santa Felisa", "Acatenango", "Guatemala", 1790, "Y"),
    ("Finca Monte Copey", "Tarrazu", "Costa Rica", 1880, "N"),
    ("Finca Los Pirineos", "Usulutan", "El Salvador", 1450, "N"),
    ("Huye Mountain Farm", "Southern Province", "Rwanda", 1930, "N"),
    ("Wahana Estate", "North Sumatra", "Indonesia", 1300, "N"),
    ("Finca Tasta", "Cajamarca", "Peru", None, "Y"),
    ("Finca La Florida", "Huila", "Colombia", 1735, "N"),
    ("Granja La Esperanza", "Valle del Cauca", "Colombia", 1610, "Y"),
    ("Sipi Falls Farm", None, "Uganda", 1860, "N"),
]

methods = [
    ("WSH", "Washed: cherry skin and mucilage removed before drying"),
    ("NAT", "Natural: whole cherry dried on raised beds"),
    ("HON", "Honey: skin removed, mucilage left on during drying"),
    ("ANA", "Anaerobic fermentation in sealed tanks"),
    ("WHL", "Wet-hulled: parchment removed at high moisture"),
    ("CRB", "Carbonic maceration under carbon dioxide"),
]

varieties = {
    "Colombia": ["Caturra", "Castillo", "Pink Bourbon"],
    "Panama": ["Gesha"],
    "Brazil": ["Yellow Bourbon", "Catuai", "Mundo Novo"],
    "Ethiopia": ["Heirloom", "Gesha"],
    "Kenya": ["SL28", "SL34", "Ruiru 11"],
    "Guatemala": ["Bourbon", "Pacamara"],
    "Costa Rica": ["Caturra", "Villa Sarchi"],
    "El Salvador": ["Pacamara", "Bourbon"],
    "Rwanda": ["Red Bourbon"],
    "Indonesia": ["Typica", "Ateng"],
    "Peru": ["Typica"],
    "Uganda": ["SL14"],
}

# farms 12 (Huye), 15 (Finca Tasta) and 18 (Sipi Falls) have no lots
lot_farms = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 16, 17, 1, 2, 5, 7, 9, 3, 4, 6, 16, 1, 11]
proc_for_country = {
    "Indonesia": ["WHL"],
    "Brazil": ["NAT", "HON", "NAT"],
    "Ethiopia": ["WSH", "NAT", "ANA"],
}
notes = [None, None, None, "Grainpro bags", "Microlot", None, "Competition lot", None,
         "Fair Trade certified", None]
lots = []
for i, fid in enumerate(lot_farms, start=1):
    country = farms[fid - 1][2]
    proc = random.choice(proc_for_country.get(country, ["WSH", "WSH", "HON", "NAT", "ANA"]))
    var = random.choice(varieties[country])
    year = random.choice(["2021", "2022", "2022", "2023", "2023", "2024"])
    bags = random.randint(8, 120)
    base = 28.0 if var == "Gesha" else 7.5
    price = round(base + random.uniform(0, 12), 2)
    lots.append((i, fid, proc, var, year, bags, price, random.choice(notes)))

roasters = [
    ("Anna Kowalska", 34, "Poland", 9),
    ("Marco Bianchi", 46, "Italy", 22),
    ("James O'Connor", 29, "Ireland", 5),
    ("Yuki Tanaka", 38, "Japan", 14),
    ("Lars Eriksen", 51, "Norway", 27),
    ("Sofia Martinez", 27, "Spain", 4),
    ("Daniel Weber", 42, "Germany", 17),
    ("Camila Rocha", 31, "Brazil", 8),
    ("Ethan Brooks", 36, "United States", 12),
    ("Chloe Dubois", 44, "France", 19),
    ("Tomas Herrera", 33, "Colombia", 10),
    ("Ryan Mitchell", 25, "United States", 2),
    ("Hannah Kim", 40, "South Korea", 15),
]

levels = ["Light", "Medium-Light", "Medium", "Medium-Dark", "Dark"]
# roasters 12 and 13 never roast; lots 23-25 are never roasted
roaster_pool = [1, 2, 2, 3, 4, 4, 5, 5, 5, 6, 7, 7, 8, 9, 10, 10, 11]
roasts = []
for rid in range(1, 36):
    lot = random.randint(1, 22)
    roaster = random.choice(roaster_pool)
    month = random.randint(1, 12)
    day = random.randint(1, 28)
    yr = random.choice([2023, 2024])
    level = random.choice(levels)
    kg = round(random.uniform(6, 60), 1)
    score = random.choice([None] + [round(82 + 0.25 * random.randint(0, 42), 2) for _ in range(10)])
    roasts.append((rid, lot, roaster, "%d-%02d-%02d" % (yr, month, day), level, kg, score))

cafes = [
    ("Blue Bean Espresso", "Portland", "United States", 40),
    ("Kaffeehaus Mitte", "Berlin", "Germany", 55),
    ("Cafe Lumiere", "Paris", "France", 32),
    ("Nordlys Kaffebar", "Oslo", "Norway", 28),
    ("The Roasted Bean", "London", "United Kingdom", 64),
    ("Sakura Drip", "Tokyo", "Japan", 18),
    ("Flat White Lab", "Melbourne", "Australia", 45),
    ("Origen Cafe", "Madrid", "Spain", None),
    ("Little Bean Corner", "Dublin", "Ireland", 22),
    ("Crema Collective", "Seattle", "United States", 70),
    ("Brew Theory", "Toronto", "Canada", 36),
    ("Kahvila Aalto", "Helsinki", "Finland", None),
    ("Moka Lane", "Milan", "Italy", 26),
    ("Cafe Tostado", "Bogota", "Colombia", 30),
    ("Pour Over Society", "Copenhagen", "Denmark", 50),
]

# cafes 13, 14, 15 never buy
purchases = []
seen = set()
while len(purchases) < 40:
    c = random.randint(1, 12)
    r = random.randint(1, 35)
    if (c, r) in seen:
        continue
    seen.add((c, r))
    purchases.append((c, r, round(random.uniform(2, 25), 1)))
purchases.sort()

transfers = []
for tid in range(1, 15):
    lot = random.randint(1, 25)
    src = lots[lot - 1][1]
    dst = random.choice([f for f in range(1, 19) if f != src])
    date = "2024-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
    transfers.append((tid, lot, src, dst, date, float(random.randint(3, 40) * 60)))

out = []
out.append(SCHEMA)
for i, f in enumerate(farms, start=1):
    out.append("INSERT INTO Farms VALUES (%s);" % ", ".join(q(v) for v in (i,) + f))
for m in methods:
    out.append("INSERT INTO Ref_Processing_Methods VALUES (%s);" % ", ".join(q(v) for v in m))
for l in lots:
    out.append("INSERT INTO Green_Lots VALUES (%s);" % ", ".join(q(v) for v in l))
for i, r in enumerate(roasters, start=1):
    out.append("INSERT INTO Roasters VALUES (%s);" % ", ".join(q(v) for v in (i,) + r))
for r in roasts:
    out.append("INSERT INTO Roasts VALUES (%s);" % ", ".join(q(v) for v in r))
for i, c in enumerate(cafes, start=1):
    out.append("INSERT INTO Cafes VALUES (%s);" % ", ".join(q(v) for v in (i,) + c))
for p in purchases:
    out.append("INSERT INTO Cafe_Purchases VALUES (%s);" % ", ".join(q(v) for v in p))
for t in transfers:
    out.append("INSERT INTO Lot_Transfers VALUES (%s);" % ", ".join(q(v) for v in t))

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as fh:
    fh.write("\n".join(out) + "\n")
