# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the textile_mill database to the file named on the command line.
import random
import sys

random.seed(4127)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Mills (
  Mill_ID INTEGER PRIMARY KEY,
  Mill_Name TEXT NOT NULL,
  Town TEXT,
  Country TEXT,
  Opened_Year TEXT,
  Number_of_Looms INTEGER
);

CREATE TABLE Ref_Fibre_Types (
  fibre_code TEXT PRIMARY KEY,
  fibre_description TEXT
);

CREATE TABLE Fabrics (
  Fabric_ID INTEGER PRIMARY KEY,
  Fabric_Name TEXT NOT NULL,
  fibre_code TEXT,
  Weight_GSM INTEGER,
  Price_per_Metre REAL,
  FOREIGN KEY (fibre_code) REFERENCES Ref_Fibre_Types(fibre_code)
);

CREATE TABLE Weavers (
  Weaver_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Mill_ID INTEGER,
  Years_of_Service INTEGER,
  Shift TEXT,
  FOREIGN KEY (Mill_ID) REFERENCES Mills(Mill_ID)
);

CREATE TABLE Clients (
  Client_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  other_details TEXT
);

CREATE TABLE Production_Orders (
  Order_ID INTEGER PRIMARY KEY,
  Client_ID INTEGER,
  Fabric_ID INTEGER,
  Mill_ID INTEGER,
  Order_Date TEXT,
  Metres_Ordered INTEGER,
  status_code TEXT
);

CREATE TABLE Order_Weavers (
  Order_ID INTEGER,
  Weaver_ID INTEGER,
  Hours REAL,
  PRIMARY KEY (Order_ID, Weaver_ID),
  FOREIGN KEY (Order_ID) REFERENCES Production_Orders(Order_ID),
  FOREIGN KEY (Weaver_ID) REFERENCES Weavers(Weaver_ID)
);

CREATE TABLE Shipments (
  Shipment_ID INTEGER PRIMARY KEY,
  From_Mill_ID INTEGER,
  To_Mill_ID INTEGER,
  Shipment_Date TEXT,
  Metres INTEGER,
  FOREIGN KEY (From_Mill_ID) REFERENCES Mills(Mill_ID),
  FOREIGN KEY (To_Mill_ID) REFERENCES Mills(Mill_ID)
);
"""

MILLS = [
    (1, "Ashworth Weaving Mill", "Bolton", "United Kingdom", "1874", 420),
    (2, "Pennine Cloth Works", "Huddersfield", "United Kingdom", "1891", 260),
    (3, "Tweedside Mill", "Galashiels", "United Kingdom", "1838", 140),
    (4, "Lanificio Valsesia", "Biella", "Italy", "1903", 380),
    (5, "Tessitura Comasca", "Como", "Italy", "1921", 310),
    (6, "Filatura del Bisenzio", "Prato", "Italy", "1889", 225),
    (7, "Coimbatore Textiles", "Coimbatore", "India", "1956", 510),
    (8, "Surat Silk Looms", "Surat", "India", "1972", 455),
    (9, "Ludhiana Woollen Mills", "Ludhiana", "India", "1948", 330),
    (10, "Fabrica Textil do Ave", "Guimaraes", "Portugal", "1896", 275),
    (11, "Covilha Lanificios", "Covilha", "Portugal", None, 190),
    (12, "Bursa Dokuma", "Bursa", "Turkey", "1965", 360),
    (13, "Nishijin Orimono", "Kyoto", "Japan", "1932", 95),
    (14, "Filature de Roubaix", "Roubaix", "France", "1867", 170),
    (15, "Denizli Pamuk", "Denizli", "Turkey", "1979", 295),
]

FIBRES = [
    ("COT", "Cotton"),
    ("WOL", "Wool"),
    ("LIN", "Linen"),
    ("SLK", "Silk"),
    ("POL", "Polyester"),
    ("VIS", "Viscose"),
    ("HMP", "Hemp"),
    ("CSH", "Cashmere"),
]

FABRICS = [
    (1, "Oxford Shirting", "COT", 135, 7.80),
    (2, "Denim Twill", "COT", 380, 9.50),
    (3, "Poplin", "COT", 110, 6.20),
    (4, "Chambray", "COT", 140, 7.10),
    (5, "Seersucker", "COT", 125, 8.40),
    (6, "Flannel", "WOL", 280, 18.90),
    (7, "Gabardine", "WOL", 260, 21.50),
    (8, "Herringbone Tweed", "WOL", 420, 26.00),
    (9, "Worsted Serge", "WOL", 300, 23.75),
    (10, "Linen Canvas", "LIN", 340, 14.60),
    (11, "Handkerchief Linen", "LIN", 95, 12.30),
    (12, "Crepe de Chine", "SLK", 70, 38.00),
    (13, "Silk Dupioni", "SLK", 120, 44.50),
    (14, "Silk Organza", "SLK", 45, 31.20),
    (15, "Poly Satin", "POL", 105, 4.90),
    (16, "Georgette", "POL", 80, None),
    (17, "Viscose Challis", "VIS", 115, 6.75),
    (18, "Hemp Twill", "HMP", 230, 16.40),
    (19, "Cotton Velvet", "COT", None, 19.80),
    (20, "Cotton Voile", "COT", 65, 5.60),
]

# Weaver_ID, Name, Age, Mill_ID, Years_of_Service, Shift
WEAVERS = [
    (1, "Margaret Holt", 58, 1, 34, "Morning"),
    (2, "Thomas Ashby", 41, 1, 19, "Afternoon"),
    (3, "Ellen Brierley", 29, 1, 7, "Night"),
    (4, "George Haigh", 47, 2, 22, "Morning"),
    (5, "Susan Crowther", 36, 2, 12, None),
    (6, "Alasdair Scott", 63, 3, 41, "Morning"),
    (7, "Fiona Rutherford", 38, 3, 15, "Afternoon"),
    (8, "Giulia Ferraris", 44, 4, 20, "Morning"),
    (9, "Marco Sella", 27, 4, 4, "Night"),
    (10, "Paola Zegna", 52, 4, 30, "Afternoon"),
    (11, "Luca Bernasconi", 57, 5, 33, "Morning"),
    (12, "Chiara Molteni", 33, 5, 9, "Night"),
    (13, "Franco Bianchi", 49, 6, 26, "Afternoon"),
    (14, "Ravi Subramanian", 39, 7, 16, "Night"),
    (15, "Lakshmi Narayanan", 31, 7, 8, "Morning"),
    (16, "Karthik Rajan", 24, 7, 2, "Night"),
    (17, "Meena Patel", 45, 8, 21, "Morning"),
    (18, "Arjun Desai", 35, 8, None, "Afternoon"),
    (19, "Harpreet Singh", 50, 9, 27, "Night"),
    (20, "Gurdeep Kaur", 26, 9, 3, "Morning"),
    (21, "Joao Ferreira", 54, 10, 31, "Afternoon"),
    (22, "Ana Oliveira", 32, 10, 10, "Morning"),
    (23, "Rui Matos", 43, 11, 18, None),
    (24, "Mehmet Yilmaz", 46, 12, 23, "Night"),
    (25, "Ayse Demir", 30, 12, 6, "Morning"),
    (26, "Emre Kaya", 37, 12, 13, "Afternoon"),
    (27, "Rebecca Firth", 22, 2, 1, "Night"),
    (28, "Sofia Conti", 40, 6, 17, "Morning"),
]

CLIENTS = [
    (1, "Harrington & Pryce Tailors", "London", "United Kingdom", None),
    (2, "Savile Cloth Co", "Leeds", "United Kingdom", "Bespoke suiting only"),
    (3, "Moda Lombarda", "Milan", "Italy", None),
    (4, "Atelier Rivoli", "Paris", "France", None),
    (5, "Maison Beaulieu", "Lyon", "France", "Requires sample swatches"),
    (6, "Hansen Bekleidung", "Hamburg", "Germany", None),
    (7, "Rheinwerk Textil", "Cologne", "Germany", None),
    (8, "Bavaria Trachten", "Munich", "Germany", None),
    (9, "Northfield Apparel", "New York", "United States", None),
    (10, "Pacific Thread Co", "San Francisco", "United States", "Net 60 payment terms"),
    (11, "Kimura Fashion House", "Tokyo", "Japan", None),
    (12, "Van der Berg Mode", "Amsterdam", "Netherlands", None),
    (13, "Textiles Alhambra", "Madrid", "Spain", None),
    (14, "Brandt Interiors", "Berlin", "Germany", None),
    (15, "Costa Brava Linens", "Barcelona", "Spain", None),
]

STATUSES = ["DONE", "DONE", "DONE", "SHIP", "SHIP", "PROG", "PEND", "CANC"]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def build_orders():
    orders = []
    # clients 14 and 15 never order; mills 13, 14, 15 never receive orders
    client_pool = list(range(1, 14))
    mill_pool = list(range(1, 13))
    fixed = [
        # (client, fabric, mill) patterns that make some questions interesting
        (3, 8, 3), (3, 2, 7), (3, 12, 8), (3, 6, 9), (3, 13, 5), (3, 10, 2),
        (6, 7, 4), (6, 9, 1),          # Hansen: wool only
        (11, 14, 12), (11, 6, 3),  # Kimura: silk + wool, no cotton
    ]
    for c, f, m in fixed:
        orders.append((c, f, m))
    while len(orders) < 34:
        c = random.choice(client_pool)
        if c in (3, 6, 11):
            continue
        orders.append((c, random.randint(1, 20), random.choice(mill_pool)))
    random.shuffle(orders)
    rows = []
    for i, (c, f, m) in enumerate(orders, start=1):
        month = random.randint(1, 12)
        day = random.randint(1, 28)
        year = random.choice([2022, 2023, 2023, 2024])
        date = "%04d-%02d-%02d" % (year, month, day)
        metres = random.randint(12, 160) * 25
        rows.append((i, c, f, m, date, metres, random.choice(STATUSES)))
    return rows


def build_order_weavers(orders):
    by_mill = {}
    for w in WEAVERS:
        by_mill.setdefault(w[3], []).append(w[0])
    rows = []
    for o in orders:
        if o[6] in ("PEND", "CANC"):
            continue
        pool = by_mill.get(o[3], [])
        if not pool:
            continue
        k = min(len(pool), random.choice([1, 1, 2, 2, 3]))
        for wid in sorted(random.sample(pool, k)):
            rows.append((o[0], wid, float(random.randint(8, 120)) + random.choice([0.0, 0.5])))
    return rows


def build_shipments():
    rows = []
    senders = [1, 2, 3, 4, 5, 7, 8, 9, 10, 12]
    receivers = [1, 2, 4, 5, 6, 10, 11, 13, 14]
    i = 1
    while len(rows) < 20:
        a = random.choice(senders)
        b = random.choice(receivers)
        if a == b:
            continue
        date = "2023-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
        rows.append((i, a, b, date, random.randint(20, 200) * 25))
        i += 1
    return rows


def main():
    out = sys.argv[1]
    orders = build_orders()
    ow = build_order_weavers(orders)
    ships = build_shipments()
    lines = [SCHEMA]
    tables = [
        ("Mills", MILLS),
        ("Ref_Fibre_Types", FIBRES),
        ("Fabrics", FABRICS),
        ("Weavers", WEAVERS),
        ("Clients", CLIENTS),
        ("Production_Orders", orders),
        ("Order_Weavers", ow),
        ("Shipments", ships),
    ]
    for name, rows in tables:
        for r in rows:
            lines.append("INSERT INTO %s VALUES (%s);" % (name, ", ".join(q(v) for v in r)))
        lines.append("")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
