# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the bakery_chain database to the file named on the command line.
import random
import sys

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Bakeries (
  Bakery_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  City TEXT NOT NULL,
  Country TEXT NOT NULL,
  Opened_Year TEXT,
  Floor_Area REAL
);

CREATE TABLE Bakers (
  Baker_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Bakery_ID INTEGER NOT NULL,
  Years_Experience INTEGER,
  Shift TEXT,
  FOREIGN KEY (Bakery_ID) REFERENCES Bakeries(Bakery_ID)
);

CREATE TABLE Ref_Product_Categories (
  category_code TEXT PRIMARY KEY,
  category_description TEXT NOT NULL
);

CREATE TABLE Products (
  Product_ID INTEGER PRIMARY KEY,
  Product_Name TEXT NOT NULL,
  category_code TEXT NOT NULL,
  Price REAL NOT NULL,
  Weight_Grams INTEGER,
  other_details TEXT,
  FOREIGN KEY (category_code) REFERENCES Ref_Product_Categories(category_code)
);

CREATE TABLE Ingredients (
  Ingredient_ID INTEGER PRIMARY KEY,
  Ingredient_Name TEXT NOT NULL,
  Supplier_Country TEXT,
  Cost_per_kg REAL
);

CREATE TABLE Product_Ingredients (
  Product_ID INTEGER NOT NULL,
  Ingredient_ID INTEGER NOT NULL,
  Quantity_Grams INTEGER NOT NULL,
  PRIMARY KEY (Product_ID, Ingredient_ID),
  FOREIGN KEY (Product_ID) REFERENCES Products(Product_ID),
  FOREIGN KEY (Ingredient_ID) REFERENCES Ingredients(Ingredient_ID)
);

CREATE TABLE Daily_Sales (
  Sale_ID INTEGER PRIMARY KEY,
  Bakery_ID INTEGER NOT NULL,
  Product_ID INTEGER NOT NULL,
  Sale_Date TEXT NOT NULL,
  Units_Sold INTEGER NOT NULL
);

CREATE TABLE Stock_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  From_Bakery_ID INTEGER NOT NULL,
  To_Bakery_ID INTEGER NOT NULL,
  Product_ID INTEGER NOT NULL,
  Transfer_Date TEXT NOT NULL,
  Units INTEGER NOT NULL,
  FOREIGN KEY (From_Bakery_ID) REFERENCES Bakeries(Bakery_ID),
  FOREIGN KEY (To_Bakery_ID) REFERENCES Bakeries(Bakery_ID),
  FOREIGN KEY (Product_ID) REFERENCES Products(Product_ID)
);
"""

# (Name, City, Country, Opened_Year as TEXT, Floor_Area)
BAKERIES = [
    ("Maison Dorée", "Paris", "France", "1998", 142.5),
    ("Le Fournil du Marais", "Paris", "France", "2011", 96.0),
    ("Boulangerie Saint-Jean", "Lyon", "France", "2005", 118.0),
    ("Pão Quente", "Lisbon", "Portugal", "2014", 88.5),
    ("Forno Antico", "Rome", "Italy", "1987", 130.0),
    ("Panificio Verdi", "Milan", "Italy", "2009", None),
    ("Brotzeit", "Berlin", "Germany", "2016", 104.0),
    ("Bäckerei Lindner", "Munich", "Germany", "1993", 160.0),
    ("Crumb & Co", "London", "United Kingdom", "2018", 72.0),
    ("The Rolling Pin", "Manchester", "United Kingdom", "2012", 90.5),
    ("Horno de Leña", "Madrid", "Spain", "2001", 125.0),
    ("Forn Barceloneta", "Barcelona", "Spain", "2020", 64.0),
    ("De Zoete Oven", "Amsterdam", "Netherlands", "2007", 110.0),
    ("Kanelbullen", "Stockholm", "Sweden", "2022", None),
]

FIRST = ["Amélie", "Lucas", "Sofia", "Matteo", "Hannah", "Jonas", "Olivia", "Diego",
         "Inês", "Pedro", "Clara", "Thomas", "Emma", "Marco", "Lena", "Hugo",
         "Julia", "Rafael", "Elena", "Noah", "Chloé", "Felix", "Marta", "Liam",
         "Giulia", "Oscar", "Nina", "Pablo", "Sara", "Tobias"]
LAST = ["Moreau", "Bernard", "Rossi", "Ferrari", "Schmidt", "Becker", "Smith", "García",
        "Silva", "Costa", "Dubois", "Müller", "Wilson", "Bianchi", "Fischer", "Lefèvre",
        "Wagner", "Santos", "Romano", "de Vries", "Laurent", "Weber", "López", "Taylor",
        "Conti", "Lindqvist", "Jansen", "Martín", "Andersson", "Hoffmann"]

# Bakery 14 (Kanelbullen) gets no bakers.
BAKER_BAKERY = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 7, 7, 8, 8, 9, 10, 10,
                11, 11, 12, 13, 13, 1, 3, 8, 6, 11]
SHIFTS = ["Morning", "Night", "Afternoon"]

CATEGORIES = [
    ("BRD", "Breads and loaves"),
    ("VIE", "Viennoiserie and laminated pastries"),
    ("CAK", "Cakes and tarts"),
    ("COO", "Cookies and biscuits"),
    ("SAV", "Savoury pastries and sandwiches"),
    ("GLF", "Gluten-free range"),
    ("SEA", "Seasonal and holiday specialties"),
]

# (Product_Name, category_code, Price, Weight_Grams, other_details)
PRODUCTS = [
    ("Baguette Tradition", "BRD", 1.3, 250, None),
    ("Sourdough Loaf", "BRD", 5.2, 800, "Long fermentation"),
    ("Rye Bread", "BRD", 4.1, 750, None),
    ("Ciabatta", "BRD", 2.4, 300, None),
    ("Focaccia Rosmarino", "BRD", 3.6, 400, "Olive oil topping"),
    ("Butter Croissant", "VIE", 1.6, 70, None),
    ("Pain au Chocolat", "VIE", 1.9, 80, None),
    ("Almond Croissant", "VIE", 2.8, 110, "Twice baked"),
    ("Kanelbulle", "VIE", 2.5, 90, None),
    ("Pastel de Nata", "CAK", 1.4, 65, None),
    ("Tarte Tatin", "CAK", 18.5, 900, "Serves six"),
    ("Black Forest Cake", "CAK", 24.0, 1200, None),
    ("Lemon Tart", "CAK", 3.9, 120, None),
    ("Chocolate Chip Cookie", "COO", 1.8, 60, None),
    ("Oat and Raisin Cookie", "COO", 1.7, 60, None),
    ("Almond Biscotti", "COO", 4.5, 200, "Pack of ten"),
    ("Ham and Cheese Croissant", "SAV", 3.8, 150, None),
    ("Spinach Quiche", "SAV", 4.6, 220, None),
    ("Sausage Roll", "SAV", 2.9, 130, None),
    ("Gluten-Free Brown Loaf", "GLF", 6.3, 500, "Certified gluten free"),
    ("Stollen", "SEA", 14.0, 1000, "December only"),
    ("Panettone", "SEA", 16.5, 1000, "Imported from Milan"),
    ("Hot Cross Bun", "SEA", 1.5, 75, None),
    ("Brioche", "VIE", 4.2, 400, None),
    ("Pretzel", "BRD", 1.2, 110, None),
]

# (Ingredient_Name, Supplier_Country, Cost_per_kg)
INGREDIENTS = [
    ("Wheat Flour", "France", 0.85),
    ("Rye Flour", "Germany", 1.1),
    ("Butter", "France", 8.4),
    ("Sugar", "Germany", 0.95),
    ("Dark Chocolate", "Belgium", 12.5),
    ("Almonds", "Spain", 11.2),
    ("Eggs", "Netherlands", 3.2),
    ("Whole Milk", "Netherlands", 1.05),
    ("Yeast", "Italy", 6.7),
    ("Sea Salt", "Portugal", 0.6),
    ("Olive Oil", "Italy", 7.9),
    ("Cinnamon", "Sri Lanka", 21.0),
    ("Raisins", "Turkey", 4.3),
    ("Lemons", "Spain", 2.1),
    ("Gruyère Cheese", "Switzerland", 19.5),
    ("Cooked Ham", "Spain", 13.8),
    ("Rice Flour", None, 2.4),
    ("Vanilla Pods", "Madagascar", 310.0),
    ("Pistachios", "Iran", 24.0),
    ("Honey", "Greece", None),
]

# Product -> key ingredient ids (1-based); some products have no recorded recipe,
# and Pistachios (19) and Honey (20) are used by no product.
RECIPES = {
    1: [1, 9, 10],
    2: [1, 10],
    3: [2, 1],
    5: [1, 11],
    6: [1, 3],
    7: [1, 3, 5],
    8: [3, 6],
    9: [3, 12],
    10: [7, 8, 18],
    12: [5, 7],
    13: [14, 7],
    14: [3, 5],
    15: [13, 4],
    17: [15, 16],
    18: [7, 15],
    20: [17, 9],
    22: [13, 18],
    24: [3, 7],
}


def main():
    out = sys.argv[1]
    lines = [SCHEMA.strip(), ""]

    for i, b in enumerate(BAKERIES, 1):
        lines.append("INSERT INTO Bakeries VALUES (%s);" % ", ".join(q(v) for v in (i,) + b))
    lines.append("")

    for i, bakery in enumerate(BAKER_BAKERY, 1):
        name = FIRST[i - 1] + " " + LAST[i - 1]
        age = random.randint(21, 62)
        exp = max(0, min(age - 18, random.randint(1, 30)))
        if i in (9, 22):
            exp = None
        shift = random.choice(SHIFTS)
        if i in (5, 17, 26):
            shift = None
        lines.append("INSERT INTO Bakers VALUES (%s);" % ", ".join(q(v) for v in (i, name, age, bakery, exp, shift)))
    lines.append("")

    for c in CATEGORIES:
        lines.append("INSERT INTO Ref_Product_Categories VALUES (%s);" % ", ".join(q(v) for v in c))
    lines.append("")

    for i, p in enumerate(PRODUCTS, 1):
        lines.append("INSERT INTO Products VALUES (%s);" % ", ".join(q(v) for v in (i,) + p))
    lines.append("")

    for i, g in enumerate(INGREDIENTS, 1):
        lines.append("INSERT INTO Ingredients VALUES (%s);" % ", ".join(q(v) for v in (i,) + g))
    lines.append("")

    n_links = 0
    for pid in sorted(RECIPES):
        weight = PRODUCTS[pid - 1][2]
        for iid in RECIPES[pid]:
            if iid in (1, 2, 17):
                grams = random.randint(40, 60) * 10
            elif iid in (9, 10, 12, 18):
                grams = random.randint(1, 12)
            else:
                grams = random.randint(3, 25) * 5
            lines.append("INSERT INTO Product_Ingredients VALUES (%d, %d, %d);" % (pid, iid, grams))
            n_links += 1
    lines.append("")

    # Daily sales: bakeries 12 and 14 never record sales; products 11 and 21 never sold.
    selling = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]
    sold_products = [p for p in range(1, 26) if p not in (11, 21)]
    seen = set()
    sid = 0
    while sid < 40:
        b = random.choice(selling)
        p = random.choice(sold_products)
        d = "2023-%02d-%02d" % (random.randint(3, 5), random.randint(1, 28))
        if (b, p, d) in seen:
            continue
        seen.add((b, p, d))
        sid += 1
        units = random.randint(4, 160)
        lines.append("INSERT INTO Daily_Sales VALUES (%d, %d, %d, %s, %d);" % (sid, b, p, q(d), units))
    lines.append("")

    # Stock transfers between bakeries; bakeries 6 and 13 never send stock.
    senders = [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14]
    tid = 0
    while tid < 22:
        f = random.choice(senders)
        t = random.randint(1, 14)
        if t == f:
            continue
        tid += 1
        p = random.randint(1, 25)
        d = "2023-%02d-%02d" % (random.randint(3, 6), random.randint(1, 28))
        units = random.randint(5, 80)
        lines.append("INSERT INTO Stock_Transfers VALUES (%d, %d, %d, %d, %s, %d);" % (tid, f, t, p, q(d), units))

    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
