# Writes the `shop` golden-set database (schema + all rows) as SQLite SQL to argv[1] (default shop.sql).
# Seeded with random.seed(20240315), so every run writes the same bytes.
import datetime
import random
import sys

random.seed(20240315)

OUT = sys.argv[1] if len(sys.argv) > 1 else "shop.sql"

SCHEMA = """\
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  city TEXT NOT NULL,
  country TEXT NOT NULL,
  joined_on TEXT NOT NULL
);

CREATE TABLE categories (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  category_id INTEGER NOT NULL REFERENCES categories(id),
  price REAL NOT NULL,
  stock INTEGER NOT NULL,
  is_discontinued INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  order_date TEXT NOT NULL,
  status TEXT NOT NULL,
  shipped_date TEXT
);

CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL,
  unit_price REAL NOT NULL
);
"""

CITIES = [
    ("Berlin", "Germany", "+49"), ("Munich", "Germany", "+49"), ("Hamburg", "Germany", "+49"),
    ("Paris", "France", "+33"), ("Lyon", "France", "+33"),
    ("London", "United Kingdom", "+44"), ("Manchester", "United Kingdom", "+44"),
    ("Madrid", "Spain", "+34"), ("Barcelona", "Spain", "+34"),
    ("Rome", "Italy", "+39"), ("Milan", "Italy", "+39"),
    ("Amsterdam", "Netherlands", "+31"), ("Vienna", "Austria", "+43"),
    ("New York", "United States", "+1"), ("Chicago", "United States", "+1"),
    ("Toronto", "Canada", "+1"),
]
CITY_WEIGHTS = [9, 4, 4, 6, 3, 7, 3, 4, 3, 3, 3, 4, 3, 5, 3, 3]

FIRST = ["Anna", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Emma", "Paul", "Clara", "Leon",
         "Julia", "Max", "Laura", "David", "Sarah", "Thomas", "Elena", "Marco", "Chloe", "Lucas",
         "Olivia", "James", "Isabel", "Carlos", "Giulia", "Pierre", "Hannah", "Daniel", "Nora", "Liam",
         "Mia", "Noah", "Zoe", "Oliver", "Alice", "Samuel", "Eva", "Hugo", "Lea", "Ethan"]
LAST = ["Schmidt", "Müller", "Weber", "Fischer", "Wagner", "Martin", "Bernard", "Dubois", "Smith", "Jones",
        "Taylor", "Brown", "Garcia", "Lopez", "Rossi", "Bianchi", "de Vries", "Jansen", "Huber", "Gruber",
        "Johnson", "Miller", "Tremblay", "O'Connor", "Novak", "Becker", "Moreau", "Romano", "Wilson", "Clarke"]

CATEGORIES = ["Electronics", "Books", "Home & Kitchen", "Clothing", "Sports & Outdoors",
              "Toys & Games", "Beauty", "Garden"]

# (name, category index 1-based, price)
PRODUCTS = [
    ("Wireless Mouse", 1, 24.99), ("Mechanical Keyboard", 1, 89.00), ("Noise-Cancelling Headphones", 1, 249.00),
    ("USB-C Charger 65W", 1, 39.90), ("27-inch Monitor", 1, 229.00), ("Bluetooth Speaker", 1, 59.95),
    ("Smartwatch", 1, 199.00), ("Webcam HD", 1, 49.50), ("Portable SSD 1TB", 1, 119.00),
    ("The Silent Forest", 2, 14.99), ("Cooking for Beginners", 2, 22.50), ("A Short History of Europe", 2, 18.90),
    ("Learn Python in 30 Days", 2, 34.00), ("The Night Train", 2, 12.99), ("Garden Planning Handbook", 2, 27.00),
    ("Chef's Knife", 3, 64.00), ("Cast Iron Skillet", 3, 42.90), ("Espresso Machine", 3, 349.00),
    ("Electric Kettle", 3, 34.99), ("Bamboo Cutting Board", 3, 19.90), ("Ceramic Mug Set", 3, 28.00),
    ("Stand Mixer", 3, 279.00),
    ("Cotton T-Shirt", 4, 15.00), ("Denim Jacket", 4, 79.90), ("Wool Scarf", 4, 29.00),
    ("Rain Jacket", 4, 99.00), ("Running Socks (3 pack)", 4, 12.50), ("Leather Belt", 4, 35.00),
    ("Yoga Mat", 5, 29.99), ("Trail Running Shoes", 5, 129.00), ("Camping Tent 2P", 5, 189.00),
    ("Steel Water Bottle", 5, 21.90), ("Adjustable Dumbbells", 5, 159.00), ("Cycling Helmet", 5, 69.00),
    ("Wooden Puzzle", 6, 17.99), ("Building Blocks Set", 6, 49.99), ("Board Game: Island Quest", 6, 39.00),
    ("Remote Control Car", 6, 54.90), ("Plush Bear", 6, 19.50),
    ("Face Moisturizer", 7, 24.00), ("Vitamin C Serum", 7, 32.50), ("Shampoo Bar", 7, 9.90),
    ("Hair Dryer", 7, 74.00), ("Lip Balm Trio", 7, 8.50),
    ("Garden Hose 25m", 8, 44.90), ("Pruning Shears", 8, 26.50), ("Raised Planter Box", 8, 89.90),
    ("Solar Garden Lights", 8, 36.00), ("Seed Starter Kit", 8, 18.00), ("Watering Can", 8, 16.90),
]

START = datetime.date(2023, 1, 1)
END = datetime.date(2025, 6, 30)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def rand_date(lo, hi):
    return lo + datetime.timedelta(days=random.randint(0, (hi - lo).days))


lines = [SCHEMA]


def insert(table, cols, row):
    lines.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(cols), ", ".join(q(v) for v in row)))


# customers
N_CUSTOMERS = 64
pairs = [(f, l) for f in FIRST for l in LAST]
names = random.sample(pairs, N_CUSTOMERS)
domains = ["gmail.com", "outlook.com", "yahoo.com", "web.de", "orange.fr", "icloud.com", "gmx.net"]
customers = []
for i, (f, l) in enumerate(names, start=1):
    city, country, prefix = random.choices(CITIES, weights=CITY_WEIGHTS)[0]
    local = (f + "." + l).lower().replace(" ", "").replace("'", "").replace("ü", "ue")
    email = None if random.random() < 0.12 else local + "@" + random.choice(domains)
    phone = None if random.random() < 0.25 else "%s %d %07d" % (prefix, random.randint(20, 99), random.randint(0, 9999999))
    joined = rand_date(datetime.date(2022, 1, 1), datetime.date(2024, 9, 30))
    customers.append((i, f + " " + l, email, phone, city, country, joined.isoformat()))
    insert("customers", ["id", "name", "email", "phone", "city", "country", "joined_on"], customers[-1])

lines.append("")
for i, c in enumerate(CATEGORIES, start=1):
    insert("categories", ["id", "name"], (i, c))

lines.append("")
products = []
for i, (name, cat, price) in enumerate(PRODUCTS, start=1):
    r = random.random()
    stock = random.randint(0, 9) if r < 0.18 else random.randint(10, 250)
    disc = 1 if random.random() < 0.12 else 0
    products.append((i, name, cat, price, stock, disc))
    insert("products", ["id", "name", "category_id", "price", "stock", "is_discontinued"], products[-1])

# a few products that nobody has ordered yet
never_ordered = set(random.sample(range(1, len(PRODUCTS) + 1), 4))
orderable = [p for p in products if p[0] not in never_ordered]
# a few customers who never ordered
silent = set(random.sample(range(1, N_CUSTOMERS + 1), 7))
# some customers buy a lot more than others
cust_weight = {c[0]: random.choice([1, 1, 1, 2, 2, 3, 5]) for c in customers if c[0] not in silent}

lines.append("")
N_ORDERS = 130
dates = sorted(rand_date(START, END) for _ in range(N_ORDERS))
orders = []
for i, d in enumerate(dates, start=1):
    eligible = [c for c in customers if c[0] in cust_weight and c[6] <= d.isoformat()]
    cust = random.choices(eligible, weights=[cust_weight[c[0]] for c in eligible])[0]
    if d >= datetime.date(2025, 6, 1):
        status = random.choices(["pending", "shipped", "cancelled"], weights=[6, 3, 1])[0]
    else:
        status = random.choices(["shipped", "cancelled", "returned"], weights=[80, 12, 8])[0]
    shipped = None
    if status in ("shipped", "returned"):
        shipped = (d + datetime.timedelta(days=random.randint(1, 5))).isoformat()
    orders.append((i, cust[0], d.isoformat(), status, shipped))
    insert("orders", ["id", "customer_id", "order_date", "status", "shipped_date"], orders[-1])

lines.append("")
item_id = 0
for o in orders:
    n = random.choices([1, 2, 3], weights=[45, 35, 20])[0]
    for p in random.sample(orderable, n):
        item_id += 1
        qty = random.choices([1, 2, 3, 4], weights=[60, 25, 10, 5])[0]
        unit = p[3] if random.random() < 0.85 else round(p[3] * 0.9, 2)
        insert("order_items", ["id", "order_id", "product_id", "quantity", "unit_price"],
               (item_id, o[0], p[0], qty, unit))

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
