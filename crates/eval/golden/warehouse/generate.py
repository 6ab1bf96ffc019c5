# Writes the SQLite schema and all rows (INSERT statements) for the "warehouse" golden database to the file named on the command line.
import random
import sys
from datetime import date, timedelta

random.seed(4217)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def ins(table, cols, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(cols), ", ".join(q(v) for v in r)))
    return out


SCHEMA = """CREATE TABLE warehouses (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  capacity INTEGER NOT NULL,
  opened_date TEXT
);
CREATE TABLE suppliers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  rating REAL,
  contact_email TEXT
);
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  unit_price REAL NOT NULL,
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  reorder_level INTEGER NOT NULL
);
CREATE TABLE stock_levels (
  id INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id),
  warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
  quantity INTEGER NOT NULL,
  last_counted TEXT
);
CREATE TABLE purchase_orders (
  id INTEGER PRIMARY KEY,
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
  order_date TEXT NOT NULL,
  expected_date TEXT NOT NULL,
  received_date TEXT,
  status TEXT NOT NULL,
  amount REAL NOT NULL
);"""

# ---- warehouses ----
wh_data = [
    ("Northgate Distribution Center", "Chicago", 52000, "2012-04-16"),
    ("Lakeside Depot", "Milwaukee", 18000, "2016-09-01"),
    ("Harbor Point Warehouse", "Seattle", 36000, "2014-02-10"),
    ("Sunbelt Logistics Hub", "Dallas", 61000, "2010-07-22"),
    ("Peachtree Storage", "Atlanta", 27500, None),
    ("Mile High Fulfillment", "Denver", 22000, "2019-05-13"),
    ("Riverside Annex", "Chicago", 12500, "2021-03-08"),
    ("Desert Ridge Warehouse", "Phoenix", 30000, None),
]
warehouses = [(i + 1,) + w for i, w in enumerate(wh_data)]

# ---- suppliers ----
sup_data = [
    ("Acme Industrial Supply", "USA", 4.6),
    ("Brightline Tools", "USA", 4.1),
    ("Nordic Fasteners AB", "Sweden", 4.8),
    ("Shenzhen Voltmax Electronics", "China", 3.7),
    ("Maple Leaf Packaging", "Canada", 4.3),
    ("Rheinwerk GmbH", "Germany", 4.9),
    ("Pacific Rim Components", "China", 3.2),
    ("Monterrey Plasticos", "Mexico", 3.9),
    ("Kanto Precision Co.", "Japan", 4.7),
    ("Great Plains Safety", "USA", None),
    ("Bavaria Hydraulik", "Germany", 4.4),
    ("Tata Metalworks", "India", 3.5),
    ("Ontario Office Goods", "Canada", 4.0),
    ("Guadalajara Textiles", "Mexico", None),
    ("Lombardia Utensili", "Italy", 4.2),
]
suppliers = []
for i, (name, country, rating) in enumerate(sup_data):
    slug = "".join(ch for ch in name.lower().split()[0] if ch.isalnum())
    email = None if i in (6, 11, 13) else "orders@%s.example.com" % slug
    suppliers.append((i + 1, name, country, rating, email))

# ---- products ----
# (name, category, price, supplier_id)
prod_data = [
    ("Cordless Drill 18V", "Tools", 89.99, 2),
    ("Impact Driver Kit", "Tools", 129.50, 2),
    ("Adjustable Wrench 10in", "Tools", 14.75, 15),
    ("Socket Set 40pc", "Tools", 54.20, 6),
    ("Claw Hammer 16oz", "Tools", 12.40, 1),
    ("Torque Wrench 1/2in", "Tools", 112.00, 6),
    ("Utility Knife", "Tools", 6.95, 1),
    ("Precision Screwdriver Set", "Tools", 23.80, 9),
    ("Pipe Cutter", "Tools", 31.60, 15),
    ("Angle Grinder 4.5in", "Tools", 74.99, 11),
    ("Hex Bolt M8 (box of 100)", "Fasteners", 11.20, 3),
    ("Wood Screws #8 (box of 500)", "Fasteners", 18.45, 3),
    ("Stainless Washers (box of 200)", "Fasteners", 7.30, 3),
    ("Anchor Bolts (box of 50)", "Fasteners", 22.10, 12),
    ("Rivets 3/16 (box of 250)", "Fasteners", 9.85, 12),
    ("Drywall Screws (box of 1000)", "Fasteners", 26.00, 1),
    ("Nylon Lock Nuts (box of 100)", "Fasteners", 8.60, 3),
    ("LED Work Light", "Electrical", 39.90, 4),
    ("Extension Cord 25ft", "Electrical", 19.99, 4),
    ("Circuit Breaker 20A", "Electrical", 15.45, 7),
    ("Wire Spool 12AWG", "Electrical", 64.30, 7),
    ("Digital Multimeter", "Electrical", 45.00, 9),
    ("Surge Protector Strip", "Electrical", 24.75, 4),
    ("Junction Box", "Electrical", 5.60, 7),
    ("Cable Ties (pack of 500)", "Electrical", 11.95, 4),
    ("Safety Goggles", "Safety", 8.25, 10),
    ("Hard Hat", "Safety", 21.50, 10),
    ("Nitrile Gloves (box of 100)", "Safety", 13.40, 10),
    ("Hi-Vis Vest", "Safety", 9.90, 14),
    ("Ear Defenders", "Safety", 17.85, 6),
    ("First Aid Kit", "Safety", 42.00, 10),
    ("Steel Toe Boots", "Safety", 96.00, 14),
    ("Respirator Mask N95 (box of 20)", "Safety", 27.60, 8),
    ("Corrugated Boxes Medium (bundle of 25)", "Packaging", 16.80, 5),
    ("Stretch Wrap Roll", "Packaging", 28.90, 5),
    ("Packing Tape (case of 36)", "Packaging", 49.50, 5),
    ("Bubble Wrap 100ft", "Packaging", 21.30, 8),
    ("Shipping Labels (roll of 500)", "Packaging", 12.70, 13),
    ("Pallet Wrap Dispenser", "Packaging", 58.00, 5),
    ("Foam Peanuts 14 cu ft", "Packaging", 33.25, 8),
    ("Hydraulic Jack 3 Ton", "Hydraulics", 149.00, 11),
    ("Hydraulic Hose 1/2in x 10ft", "Hydraulics", 38.40, 11),
    ("Quick Coupler Set", "Hydraulics", 67.80, 11),
    ("Pressure Gauge 5000 PSI", "Hydraulics", 44.95, 6),
    ("Hydraulic Fluid 5 Gal", "Hydraulics", 85.00, 11),
    ("Pump Seal Kit", "Hydraulics", 29.99, 9),
    ("Printer Paper (case)", "Office", 42.50, 13),
    ("Clipboard", "Office", 3.45, 13),
    ("Whiteboard Markers (12 pack)", "Office", 10.80, 13),
    ("Label Maker", "Office", 36.99, 13),
    ("Desk Organizer", "Office", 15.25, 8),
    ("Heavy-Duty Stapler", "Office", 27.40, 13),
    ("Shop Rags (bag of 50)", "Janitorial", 14.60, 14),
    ("Degreaser Concentrate 1 Gal", "Janitorial", 19.80, 1),
    ("Push Broom 24in", "Janitorial", 24.90, 1),
    ("Absorbent Spill Kit", "Janitorial", 78.50, 10),
    ("Trash Bags 55 Gal (case)", "Janitorial", 31.15, 8),
    ("Floor Squeegee", "Janitorial", 18.30, 14),
]
products = []
for i, (name, cat, price, sid) in enumerate(prod_data):
    reorder = random.choice([10, 15, 20, 25, 30, 40, 50, 75, 100])
    products.append((i + 1, name, cat, price, sid, reorder))


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=random.randint(0, span))


# ---- stock levels ----
stock = []
sid = 1
for p in products:
    n_wh = random.choice([1, 2, 2, 3, 3, 4])
    whs = sorted(random.sample(range(1, len(warehouses) + 1), n_wh))
    for w in whs:
        r = random.random()
        if r < 0.08:
            qty = 0
        elif r < 0.3:
            qty = random.randint(1, p[5])
        else:
            qty = random.randint(p[5], p[5] * 8)
        counted = None if random.random() < 0.06 else rand_date(date(2024, 6, 1), date(2025, 6, 30)).isoformat()
        stock.append((sid, p[0], w, qty, counted))
        sid += 1

# ---- purchase orders ----
orders = []
sup_weights = [6, 5, 4, 7, 5, 3, 4, 3, 4, 3, 4, 2, 2, 1, 3]
wh_weights = [7, 3, 5, 7, 4, 3, 2, 3]
for oid in range(1, 181):
    s = random.choices(range(1, 16), weights=sup_weights)[0]
    w = random.choices(range(1, 9), weights=wh_weights)[0]
    od = rand_date(date(2022, 1, 3), date(2025, 6, 20))
    lead = random.randint(7, 35)
    ed = od + timedelta(days=lead)
    r = random.random()
    if od >= date(2025, 5, 1):
        status = random.choice(["Pending", "Pending", "Shipped"])
    elif r < 0.07:
        status = "Cancelled"
    elif od >= date(2025, 3, 1) and r < 0.45:
        status = "Shipped"
    else:
        status = "Received"
    if status == "Received":
        rd = (ed + timedelta(days=random.randint(-5, 12))).isoformat()
    else:
        rd = None
    amount = round(random.uniform(350, 24000), 2)
    orders.append((oid, s, w, od.isoformat(), ed.isoformat(), rd, status, amount))
orders.sort(key=lambda o: o[3])
orders = [(i + 1,) + o[1:] for i, o in enumerate(orders)]

lines = [SCHEMA]
lines += ins("warehouses", ["id", "name", "city", "capacity", "opened_date"], warehouses)
lines += ins("suppliers", ["id", "name", "country", "rating", "contact_email"], suppliers)
lines += ins("products", ["id", "name", "category", "unit_price", "supplier_id", "reorder_level"], products)
lines += ins("stock_levels", ["id", "product_id", "warehouse_id", "quantity", "last_counted"], stock)
lines += ins("purchase_orders", ["id", "supplier_id", "warehouse_id", "order_date", "expected_date", "received_date", "status", "amount"], orders)

out = sys.argv[1] if len(sys.argv) > 1 else "warehouse.sql"
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
