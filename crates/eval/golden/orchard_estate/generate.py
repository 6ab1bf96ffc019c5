# Writes the orchard_estate SQLite schema (CREATE TABLE) and all rows (INSERT) to the file given on the command line.
import random
import sys

random.seed(4217)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Fruit_Types (
    fruit_type_code TEXT PRIMARY KEY,
    fruit_type_description TEXT NOT NULL
);

CREATE TABLE Tree_Varieties (
    Variety_ID INTEGER PRIMARY KEY,
    Variety_Name TEXT NOT NULL,
    fruit_type_code TEXT NOT NULL,
    Harvest_Month TEXT,
    Avg_Yield_Per_Tree REAL,
    Origin_Country TEXT,
    FOREIGN KEY (fruit_type_code) REFERENCES Ref_Fruit_Types(fruit_type_code)
);

CREATE TABLE Orchards (
    Orchard_ID INTEGER PRIMARY KEY,
    Orchard_Name TEXT NOT NULL,
    Region TEXT,
    Country TEXT NOT NULL,
    Area_Hectares REAL,
    Year_Planted TEXT,
    Main_Variety_ID INTEGER,
    FOREIGN KEY (Main_Variety_ID) REFERENCES Tree_Varieties(Variety_ID)
);

CREATE TABLE Pickers (
    Picker_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age TEXT,
    Gender TEXT,
    Phone_Number TEXT
);

CREATE TABLE Harvest_Shifts (
    Shift_ID INTEGER PRIMARY KEY,
    Picker_ID INTEGER NOT NULL,
    Orchard_ID INTEGER NOT NULL,
    Shift_Date TEXT NOT NULL,
    Kilograms_Picked REAL
);

CREATE TABLE Buyers (
    Buyer_ID INTEGER PRIMARY KEY,
    Company_Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    other_details TEXT
);

CREATE TABLE Shipments (
    Shipment_ID INTEGER PRIMARY KEY,
    Source_Orchard_ID INTEGER NOT NULL,
    Packing_Orchard_ID INTEGER NOT NULL,
    Buyer_ID INTEGER NOT NULL,
    Shipment_Date TEXT,
    Weight_Kg INTEGER,
    status_code TEXT,
    Price_EUR REAL,
    FOREIGN KEY (Source_Orchard_ID) REFERENCES Orchards(Orchard_ID),
    FOREIGN KEY (Packing_Orchard_ID) REFERENCES Orchards(Orchard_ID),
    FOREIGN KEY (Buyer_ID) REFERENCES Buyers(Buyer_ID)
);

CREATE TABLE Picker_Certifications (
    Picker_ID INTEGER NOT NULL,
    Variety_ID INTEGER NOT NULL,
    Date_Certified TEXT,
    PRIMARY KEY (Picker_ID, Variety_ID),
    FOREIGN KEY (Picker_ID) REFERENCES Pickers(Picker_ID),
    FOREIGN KEY (Variety_ID) REFERENCES Tree_Varieties(Variety_ID)
);
"""

fruit_types = [
    ("APL", "Apple"),
    ("PER", "Pear"),
    ("CHR", "Cherry"),
    ("PLM", "Plum"),
    ("PCH", "Peach"),
    ("APR", "Apricot"),
    ("QNC", "Quince"),
    ("FIG", "Fig"),
    ("NEC", "Nectarine"),
    ("PMG", "Pomegranate"),
]

# Variety_ID, Variety_Name, fruit_type_code, Harvest_Month, Avg_Yield_Per_Tree, Origin_Country
varieties = [
    (1, "Gala", "APL", "September", 62.5, "New Zealand"),
    (2, "Fuji", "APL", "October", 70.0, "Japan"),
    (3, "Granny Smith", "APL", "October", 58.0, "Australia"),
    (4, "Golden Delicious", "APL", "September", 66.0, "United States"),
    (5, "Conference", "PER", "September", 48.5, "United Kingdom"),
    (6, "Williams", "PER", "August", 45.0, None),
    (7, "Bing", "CHR", "June", 22.0, "United States"),
    (8, "Lapins", "CHR", "July", 25.5, "Canada"),
    (9, "Santa Rosa", "PLM", "July", 38.0, "United States"),
    (10, "Stanley", "PLM", "September", 41.0, None),
    (11, "Redhaven", "PCH", "August", 52.0, "United States"),
    (12, "Elberta", "PCH", "August", 49.5, "United States"),
    (13, "Bergeron", "APR", "July", 33.0, "France"),
    (14, "Rojo Pasion", "APR", "June", 30.5, "Spain"),
]

# Orchard_ID, Orchard_Name, Region, Country, Area_Hectares, Year_Planted, Main_Variety_ID
orchards = [
    (1, "Finca Los Almendros", "Murcia", "Spain", 42.5, "1994", 14),
    (2, "Huerta del Segura", "Murcia", "Spain", 18.0, "2005", 11),
    (3, "Finca El Olivar", "Lleida", "Spain", 55.3, "1988", 5),
    (4, "Mas de la Serra", "Lleida", "Spain", 27.8, "2011", 4),
    (5, "Podere San Michele", "Trentino", "Italy", 12.4, "1979", 1),
    (6, "Tenuta Val di Non", "Trentino", "Italy", 33.6, "1999", 4),
    (7, "Frutteto Ferrara", "Emilia-Romagna", "Italy", 21.9, "2008", 6),
    (8, "Verger de Moissac", "Occitanie", "France", 38.2, "1985", 13),
    (9, "Domaine des Pommiers", "Normandie", "France", 9.7, "2016", 3),
    (10, "Vergers du Rhone", "Auvergne-Rhone-Alpes", "France", 24.1, "2002", None),
    (11, "Quinta da Cerejeira", "Fundao", "Portugal", 15.5, "1997", 8),
    (12, "Quinta do Oeste", "Alcobaca", "Portugal", 30.2, "2013", 2),
    (13, "Sad Grojecki", "Mazowieckie", "Poland", 47.0, "1991", 1),
    (14, "Sad Lubelski", "Lubelskie", "Poland", 6.3, "2019", None),
    (15, "Fundo Los Cerezos", "O'Higgins", "Chile", 61.8, "2007", 7),
]

# Picker_ID, Name, Nationality, Age, Gender, Phone_Number
pickers = [
    (1, "Marek Kowalski", "Polish", "34", "M", "+48 601 223 114"),
    (2, "Ana Popescu", "Romanian", "27", "F", "+40 721 558 903"),
    (3, "Ivan Petrov", "Bulgarian", "45", "M", None),
    (4, "Oksana Shevchenko", "Ukrainian", "31", "F", "+380 67 114 2290"),
    (5, "Youssef El Amrani", "Moroccan", "23", "M", "+212 661 447 028"),
    (6, "Joao Ferreira", "Portuguese", "52", "M", "+351 912 334 781"),
    (7, "Lucia Garcia", "Spanish", "19", "F", None),
    (8, "Giulia Rossi", "Italian", "38", "F", "+39 347 220 1198"),
    (9, "Piotr Nowak", "Polish", "41", "M", "+48 512 908 331"),
    (10, "Elena Dumitru", "Romanian", "29", "F", None),
    (11, "Stoyan Georgiev", "Bulgarian", "57", "M", "+359 88 712 4406"),
    (12, "Mykola Bondarenko", "Ukrainian", "36", "M", "+380 50 388 1172"),
    (13, "Fatima Benali", "Moroccan", "26", "F", "+212 670 115 932"),
    (14, "Carlos Munoz", "Chilean", "44", "M", "+56 9 8812 3304"),
    (15, "Katarzyna Wisniewska", "Polish", "22", "F", None),
    (16, "Andrei Ionescu", "Romanian", "49", "M", "+40 744 901 226"),
    (17, "Maria Santos", "Portuguese", "33", "F", "+351 936 220 415"),
    (18, "Pablo Navarro", "Spanish", "28", "M", "+34 622 781 045"),
    (19, "Tomasz Zielinski", "Polish", "63", "M", None),
    (20, "Daria Kovalenko", "Ukrainian", "24", "F", "+380 63 502 7781"),
    (21, "Hassan Ouali", "Moroccan", "39", "M", "+212 655 380 219"),
    (22, "Camila Rojas", "Chilean", "30", "F", "+56 9 7731 0458"),
    (23, "Nikolai Dimitrov", "Bulgarian", "21", "M", None),
    (24, "Marta Lopez", "Spanish", "47", "F", "+34 655 102 388"),
    (25, "Luca Bianchi", "Italian", "35", "M", "+39 333 871 6620"),
]

# Buyer_ID, Company_Name, City, Country, other_details
buyers = [
    (1, "Rheinland Fruit Handel GmbH", "Cologne", "Germany", "Supermarket supplier"),
    (2, "Hollandse Groothandel BV", "Rotterdam", "Netherlands", None),
    (3, "Covent Produce Ltd", "London", "United Kingdom", "Requires GlobalGAP certificate"),
    (4, "Primeurs de Rungis", "Paris", "France", None),
    (5, "Mercabarna Frutas SL", "Barcelona", "Spain", "Pays within 30 days"),
    (6, "Nordic Fresh AB", "Stockholm", "Sweden", None),
    (7, "Fruit Express Polska", "Warsaw", "Poland", "Refrigerated transport only"),
    (8, "Brussels Fruit Market NV", "Brussels", "Belgium", None),
    (9, "Alpen Obst AG", "Zurich", "Switzerland", "Organic only"),
    (10, "Danube Wholesale Kft", "Budapest", "Hungary", None),
    (11, "Baltic Greens UAB", "Vilnius", "Lithuania", None),
    (12, "Copenhagen Harvest ApS", "Copenhagen", "Denmark", "New customer"),
]

# ---- harvest shifts: pickers 6, 11, 19, 24 never work; orchards 10 and 14 have no shifts
shift_pickers = [p[0] for p in pickers if p[0] not in (6, 11, 19, 24)]
shift_orchards = [o[0] for o in orchards if o[0] not in (10, 14)]
shifts = []
for sid in range(1, 41):
    pid = random.choice(shift_pickers)
    oid = random.choice(shift_orchards)
    month = random.choice([6, 7, 8, 9, 10])
    day = random.randint(1, 28)
    kg = round(random.uniform(180, 720), 1)
    if random.random() < 0.05:
        kg = None
    shifts.append((sid, pid, oid, "2023-%02d-%02d" % (month, day), kg))

# ---- shipments: buyers 6, 11 and 12 receive nothing; orchards 9 and 14 never ship
source_orchards = [o[0] for o in orchards if o[0] not in (9, 14)]
packing_orchards = [1, 3, 6, 8, 13, 15]
ship_buyers = [b[0] for b in buyers if b[0] not in (6, 11, 12)]
statuses = ["Delivered"] * 6 + ["In Transit"] * 2 + ["Cancelled"]
shipments = []
for shid in range(1, 31):
    src = random.choice(source_orchards)
    pack = src if (src in packing_orchards and random.random() < 0.5) else random.choice(packing_orchards)
    buyer = random.choice(ship_buyers)
    month = random.choice([6, 7, 8, 9, 10, 11])
    day = random.randint(1, 28)
    weight = random.randrange(800, 12001, 50)
    status = random.choice(statuses)
    price = round(weight * random.uniform(0.6, 1.4), 2)
    if random.random() < 0.12:
        price = None
    shipments.append((shid, src, pack, buyer, "2023-%02d-%02d" % (month, day), weight, status, price))

# ---- certifications: pickers 7 and 23 hold none; varieties 10 and 12 have no certified pickers
cert_varieties = [v[0] for v in varieties if v[0] not in (10, 12)]
cert_pickers = [p[0] for p in pickers if p[0] not in (7, 23)]
certs = set()
while len(certs) < 35:
    certs.add((random.choice(cert_pickers), random.choice(cert_varieties)))
certifications = []
for pid, vid in sorted(certs):
    certifications.append((pid, vid, "20%02d-%02d-%02d" % (random.randint(15, 23), random.randint(1, 12), random.randint(1, 28))))


def inserts(table, rows):
    return "".join("INSERT INTO %s VALUES (%s);\n" % (table, ", ".join(q(v) for v in r)) for r in rows)


out = [SCHEMA, "\n"]
out.append(inserts("Ref_Fruit_Types", fruit_types))
out.append(inserts("Tree_Varieties", varieties))
out.append(inserts("Orchards", orchards))
out.append(inserts("Pickers", pickers))
out.append(inserts("Harvest_Shifts", shifts))
out.append(inserts("Buyers", buyers))
out.append(inserts("Shipments", shipments))
out.append(inserts("Picker_Certifications", certifications))

with open(sys.argv[1], "w", newline="\n") as f:
    f.write("".join(out))
