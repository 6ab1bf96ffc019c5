# Writes the SQLite schema (CREATE TABLE) and rows (INSERT) of the type_foundry database to the file given as argv[1].
import random
import sys

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "%.2f" % v
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Foundries (
  Foundry_ID INTEGER PRIMARY KEY,
  Foundry_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Founded_Year TEXT
);

CREATE TABLE Designers (
  designer_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Nationality TEXT,
  Birth_Year INTEGER,
  Foundry_ID INTEGER,
  FOREIGN KEY (Foundry_ID) REFERENCES Foundries(Foundry_ID)
);

CREATE TABLE Ref_Classification_Types (
  classification_code TEXT PRIMARY KEY,
  classification_description TEXT NOT NULL
);

CREATE TABLE Typefaces (
  Typeface_ID INTEGER PRIMARY KEY,
  Typeface_Name TEXT NOT NULL,
  Foundry_ID INTEGER,
  classification_code TEXT,
  Release_Year INTEGER,
  Number_of_Weights INTEGER,
  Licence_Price REAL,
  FOREIGN KEY (Foundry_ID) REFERENCES Foundries(Foundry_ID),
  FOREIGN KEY (classification_code) REFERENCES Ref_Classification_Types(classification_code)
);

CREATE TABLE Customers (
  Customer_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  Industry TEXT,
  Country TEXT,
  other_details TEXT
);

CREATE TABLE Licence_Sales (
  sale_id INTEGER PRIMARY KEY,
  Customer_ID INTEGER NOT NULL,
  Typeface_ID INTEGER NOT NULL,
  Sale_Date TEXT,
  Seats INTEGER,
  Amount_Paid REAL
);

CREATE TABLE Typeface_Designers (
  designer_id INTEGER NOT NULL,
  Typeface_ID INTEGER NOT NULL,
  Role TEXT,
  PRIMARY KEY (designer_id, Typeface_ID),
  FOREIGN KEY (designer_id) REFERENCES Designers(designer_id),
  FOREIGN KEY (Typeface_ID) REFERENCES Typefaces(Typeface_ID)
);

CREATE TABLE Revivals (
  Revival_ID INTEGER PRIMARY KEY,
  Original_Typeface_ID INTEGER NOT NULL,
  Revival_Typeface_ID INTEGER NOT NULL,
  Revival_Year INTEGER,
  Notes TEXT,
  FOREIGN KEY (Original_Typeface_ID) REFERENCES Typefaces(Typeface_ID),
  FOREIGN KEY (Revival_Typeface_ID) REFERENCES Typefaces(Typeface_ID)
);
"""

# Foundry_ID, Foundry_Name, City, Country, Founded_Year (TEXT)
FOUNDRIES = [
    (1, "Lettergieterij Vos", "Amsterdam", "Netherlands", "1987"),
    (2, "Hofstede Type", "The Hague", "Netherlands", "2004"),
    (3, "Kessler & Brandt", "Berlin", "Germany", "1921"),
    (4, "Spreeform", "Berlin", "Germany", "2011"),
    (5, "Albion Letterworks", "London", "United Kingdom", "1936"),
    (6, "Hudson Type Co.", "New York", "United States", "1998"),
    (7, "Pacific Glyph", "San Francisco", "United States", "2009"),
    (8, "Atelier Reymond", "Zurich", "Switzerland", "1948"),
    (9, "Maison Clairet", "Paris", "France", "1979"),
    (10, "Tipografia Lusa", "Lisbon", "Portugal", "2013"),
    (11, "Fundicion Austral", "Buenos Aires", "Argentina", None),
    (12, "Northlight Type", "Toronto", "Canada", "2016"),
    (13, "Kobayashi Moji", "Tokyo", "Japan", "1962"),
    (14, "Sorensen Skrift", "Copenhagen", "Denmark", "2001"),
    (15, "Vltava Typeworks", "Prague", "Czech Republic", "1994"),
]

# designer_id, Name, Nationality, Birth_Year, Foundry_ID
DESIGNERS = [
    (1, "Pieter de Wit", "Dutch", 1958, 1),
    (2, "Anouk Verhoeven", "Dutch", 1979, 1),
    (3, "Joris Bakker", "Dutch", 1984, 2),
    (4, "Klaus Richter", "German", 1949, 3),
    (5, "Hanna Vogel", "German", 1972, 3),
    (6, "Felix Lindner", "German", 1988, 4),
    (7, "Margaret Ellison", "British", 1955, 5),
    (8, "Thomas Whitcombe", "British", 1967, 5),
    (9, "Daniel Okafor", "American", 1981, 6),
    (10, "Rachel Kim", "American", 1990, 6),
    (11, "Samuel Ortega", "American", 1976, 7),
    (12, "Urs Baumann", "Swiss", 1945, 8),
    (13, "Lea Fischli", "Swiss", 1983, 8),
    (14, "Camille Roussel", "French", 1969, 9),
    (15, "Julien Marchetti", "French", 1992, 9),
    (16, "Ines Carvalho", "Portuguese", 1986, 10),
    (17, "Martin Aguirre", "Argentine", 1974, 11),
    (18, "Sophie Tremblay", "Canadian", 1989, 12),
    (19, "Kenji Watanabe", "Japanese", 1953, 13),
    (20, "Yuki Morita", "Japanese", 1991, 13),
    (21, "Mette Sorensen", "Danish", 1977, 14),
    (22, "Tomas Novak", "Czech", 1965, 15),
    (23, "Eva Hruba", "Czech", None, 15),
    (24, "Oliver Grant", "British", 1995, None),
    (25, "Luca Bianchi", "Italian", 1980, None),
    (26, "Rosa Mendes", "Portuguese", None, 10),
]

REF = [
    ("SERIF", "Serif: letterforms with small finishing strokes"),
    ("SANS", "Sans-serif: letterforms without finishing strokes"),
    ("SLAB", "Slab serif: heavy, block-like serifs"),
    ("SCRIPT", "Script: forms based on fluid handwriting"),
    ("MONO", "Monospaced: every glyph has the same advance width"),
    ("DISP", "Display: designed for headlines and large sizes"),
    ("BLACK", "Blackletter: Gothic forms based on medieval scripts"),
    ("STEN", "Stencil: letters with bridges for cut-out use"),
    ("BRUSH", "Brush: forms made with a brush or marker"),
    ("ORN", "Ornamental: dingbats, borders and decorative glyphs"),
]

# Typeface_ID, Name, Foundry_ID, code, Release_Year, Number_of_Weights, Licence_Price
TYPEFACES = [
    (1, "Amstel Serif", 1, "SERIF", 1992, 6, 179.00),
    (2, "Grachten Sans", 1, "SANS", 2008, 9, 249.00),
    (3, "Vos Antiqua", 1, "SERIF", 1989, 4, 129.00),
    (4, "Polder Grotesk", 2, "SANS", 2015, 12, 299.00),
    (5, "Hofstede Mono", 2, "MONO", 2019, 5, 89.00),
    (6, "Brandt Fraktur", 3, "BLACK", 1924, 2, 59.00),
    (7, "Kessler Grotesk", 3, "SANS", 1931, 7, 219.00),
    (8, "Neue Kessler Grotesk", 3, "SANS", 2017, 14, 349.00),
    (9, "Spree Slab", 4, "SLAB", 2013, 8, 159.00),
    (10, "Spree Display", 4, "DISP", 2021, 3, 99.00),
    (11, "Albion Roman", 5, "SERIF", 1938, 5, 199.00),
    (12, "Thames Script", 5, "SCRIPT", 1952, 2, 79.00),
    (13, "Albion Roman Revived", 5, "SERIF", 2018, 10, 289.00),
    (14, "Hudson Gothic", 6, "SANS", 2001, 10, 239.00),
    (15, "Empire Slab", 6, "SLAB", 2005, 6, 149.00),
    (16, "Brooklyn Stencil", 6, "STEN", 2016, 2, 69.00),
    (17, "Pacific Mono", 7, "MONO", 2012, 8, 119.00),
    (18, "Golden Gate Sans", 7, "SANS", 2020, 11, 269.00),
    (19, "Reymond Grotesk", 8, "SANS", 1957, 5, 189.00),
    (20, "Limmat Serif", 8, "SERIF", 2010, 8, 229.00),
    (21, "Reymond Grotesk Nova", 8, "SANS", 2022, 16, 399.00),
    (22, "Clairet Didone", 9, "SERIF", 1983, 4, 169.00),
    (23, "Montmartre Script", 9, "SCRIPT", 2014, 3, 109.00),
    (24, "Seine Display", 9, "DISP", None, 1, 49.00),
    (25, "Lusa Slab", 10, "SLAB", 2016, 7, 139.00),
    (26, "Tejo Sans", 10, "SANS", 2023, 9, 209.00),
    (27, "Austral Stencil", 11, "STEN", 2009, 2, 59.00),
    (28, "Pampa Serif", 11, "SERIF", 2018, 6, 159.00),
    (29, "Moji Mincho Latin", 13, "SERIF", 1971, 3, 149.00),
    (30, "Shibuya Mono", 13, "MONO", 2021, 6, 99.00),
    (31, "Nyhavn Sans", 14, "SANS", 2006, 8, 199.00),
    (32, "Vltava Antikva", 15, "SERIF", 1996, 5, 139.00),
    (33, "Vltava Grotesk", 15, "SANS", 2011, 7, 179.00),
    (34, "Clairet Didone Moderne", 9, "SERIF", 2019, 8, 259.00),
    (35, "Brandt Fraktur Neu", 4, "BLACK", 2020, 4, None),
]

# Customer_ID, Company_Name, Industry, Country, other_details
CUSTOMERS = [
    (1, "Meridian Publishing", "Publishing", "United States", None),
    (2, "Blue Harbor Books", "Publishing", "United Kingdom", "Annual catalogue licence"),
    (3, "Hartmann Verlag", "Publishing", "Germany", None),
    (4, "Northwind Airlines", "Aviation", "Canada", "Wayfinding project"),
    (5, "Lumen Bank", "Finance", "Switzerland", None),
    (6, "Crescent Media Group", "Media", "United States", None),
    (7, "Studio Okra", "Design Agency", "Netherlands", "Rebrand for clients"),
    (8, "Vireo Software", "Technology", "United States", None),
    (9, "Atelier Noir", "Fashion", "France", None),
    (10, "Gazeta Lisboa", "Media", "Portugal", "Newspaper redesign"),
    (11, "Kawaguchi Foods", "Food and Beverage", "Japan", None),
    (12, "Polar Outdoor Gear", "Retail", "Denmark", None),
    (13, "Rheinland Automobile", "Automotive", "Germany", "Corporate typeface"),
    (14, "Brightline Transit", "Transport", "United States", None),
    (15, "Solstice Records", "Music", "United Kingdom", None),
    (16, "Pixelgrove Games", "Technology", "Canada", None),
    (17, "Casa Moreno Vinos", "Food and Beverage", "Argentina", None),
    (18, "Helix Pharmaceuticals", "Healthcare", "Switzerland", None),
    (19, "Quarterly Review", "Publishing", "United States", "Print and web"),
    (20, "Elbe Kaffee", "Food and Beverage", "Germany", None),
    (21, "Stellar Academy", "Education", "Australia", None),
    (22, "Ostrava Steelworks", "Manufacturing", "Czech Republic", None),
]

# Typeface_Designers: (designer_id, Typeface_ID, Role)
TYPEFACE_DESIGNERS = [
    (1, 1, "Lead designer"), (1, 3, "Lead designer"), (2, 2, "Lead designer"),
    (1, 2, "Art director"), (3, 4, "Lead designer"), (3, 5, "Lead designer"),
    (2, 4, "Kerning"), (4, 7, "Lead designer"), (4, 6, "Revision"),
    (5, 8, "Lead designer"), (4, 8, "Art director"), (6, 9, "Lead designer"),
    (6, 10, "Lead designer"), (6, 35, "Lead designer"), (7, 11, "Revision"),
    (7, 12, "Lead designer"), (8, 13, "Lead designer"), (7, 13, "Art director"),
    (9, 14, "Lead designer"), (10, 16, "Lead designer"), (9, 15, "Lead designer"),
    (11, 17, "Lead designer"), (11, 18, "Lead designer"), (10, 18, "Italics"),
    (12, 19, "Revision"), (13, 20, "Lead designer"), (13, 21, "Lead designer"),
    (12, 21, "Art director"), (14, 22, "Revision"), (15, 23, "Lead designer"),
    (15, 34, "Lead designer"), (14, 34, "Art director"), (16, 25, "Lead designer"),
    (16, 26, "Lead designer"), (17, 27, "Lead designer"), (17, 28, "Lead designer"),
    (19, 29, "Lead designer"), (20, 30, "Lead designer"), (21, 31, "Lead designer"),
    (22, 32, "Lead designer"), (22, 33, "Lead designer"), (25, 21, "Greek extension"),
]

# Revivals: (Revival_ID, Original, Revival, Revival_Year, Notes)
REVIVALS = [
    (1, 11, 13, 2018, "Digitised from 1938 metal specimens"),
    (2, 7, 8, 2017, "Expanded weights and widths"),
    (3, 19, 21, 2022, "Variable font edition"),
    (4, 22, 34, 2019, None),
    (5, 6, 35, 2020, "Redrawn from foundry proofs"),
    (6, 3, 1, 1992, None),
    (7, 7, 33, 2011, "Loosely based on the Berlin original"),
    (8, 29, 30, 2021, "Latin companion reworked as monospace"),
    (9, 12, 23, 2014, None),
    (10, 7, 4, 2015, "Inspired by the early grotesques"),
    (11, 22, 28, 2018, None),
]

TF_PRICE = {t[0]: t[6] for t in TYPEFACES}


def make_sales():
    rows = []
    # typefaces never sold: 6, 24, 27, 32
    sellable = [t[0] for t in TYPEFACES if t[0] not in (6, 24, 27, 32) and t[6] is not None]
    # customers with no sales: 21, 22
    buyers = [c[0] for c in CUSTOMERS if c[0] not in (21, 22)]
    sid = 1
    # guarantee every buyer has at least one sale
    plan = [(b, random.choice(sellable)) for b in buyers]
    while len(plan) < 40:
        plan.append((random.choice(buyers), random.choice(sellable)))
    # fixed sales that make the SANS-but-not-SERIF question non-trivial
    plan[0] = (1, 21)
    plan[1] = (2, 11)
    for cust, tf in plan:
        y = random.randint(2019, 2024)
        m = random.randint(1, 12)
        d = random.randint(1, 28)
        seats = random.choice([1, 1, 2, 5, 5, 10, 10, 20, 25, 50])
        price = TF_PRICE[tf]
        discount = 1.0 if seats < 10 else (0.85 if seats < 25 else 0.7)
        amount = round(price * seats * discount, 2)
        if random.random() < 0.08:
            amount = None
        rows.append((sid, cust, tf, "%04d-%02d-%02d" % (y, m, d), seats, amount))
        sid += 1
    return rows


def main():
    out = sys.argv[1]
    sales = make_sales()
    lines = [SCHEMA]

    def emit(table, cols, rows):
        for r in rows:
            lines.append("INSERT INTO %s (%s) VALUES (%s);" % (
                table, ", ".join(cols), ", ".join(q(v) for v in r)))
        lines.append("")

    emit("Foundries", ["Foundry_ID", "Foundry_Name", "City", "Country", "Founded_Year"], FOUNDRIES)
    emit("Designers", ["designer_id", "Name", "Nationality", "Birth_Year", "Foundry_ID"], DESIGNERS)
    emit("Ref_Classification_Types", ["classification_code", "classification_description"], REF)
    emit("Typefaces", ["Typeface_ID", "Typeface_Name", "Foundry_ID", "classification_code",
                       "Release_Year", "Number_of_Weights", "Licence_Price"], TYPEFACES)
    emit("Customers", ["Customer_ID", "Company_Name", "Industry", "Country", "other_details"], CUSTOMERS)
    emit("Licence_Sales", ["sale_id", "Customer_ID", "Typeface_ID", "Sale_Date", "Seats", "Amount_Paid"], sales)
    emit("Typeface_Designers", ["designer_id", "Typeface_ID", "Role"], TYPEFACE_DESIGNERS)
    emit("Revivals", ["Revival_ID", "Original_Typeface_ID", "Revival_Typeface_ID", "Revival_Year", "Notes"], REVIVALS)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
