# Writes the SQLite schema and seed data (CREATE TABLE + INSERT statements) for the "takeaway" food delivery golden set.
import random
import sys
from datetime import date, timedelta

random.seed(4242)

CITIES = ["London", "Manchester", "Leeds", "Bristol", "Glasgow"]

RESTAURANTS = [
    ("Golden Dragon", "Chinese"), ("Bella Napoli", "Italian"), ("Spice Route", "Indian"),
    ("Sakura Sushi", "Japanese"), ("Taco Loco", "Mexican"), ("The Burger Joint", "American"),
    ("Pasta Fresca", "Italian"), ("Bombay Nights", "Indian"), ("Lucky Wok", "Chinese"),
    ("Athena Grill", "Greek"), ("Smokehouse 88", "American"), ("Tokyo Ramen Bar", "Japanese"),
    ("Casa Verde", "Mexican"), ("Mumbai Spice", "Indian"), ("Trattoria Roma", "Italian"),
    ("Jade Garden", "Chinese"), ("Olive Tree", "Greek"), ("Bao House", "Chinese"),
    ("Curry Leaf", "Indian"), ("Patty & Bun Co", "American"),
]

DISHES = {
    "Chinese": [("Spring Rolls", "Starter", 4.50, 1), ("Kung Pao Chicken", "Main", 9.95, 0),
                ("Sweet and Sour Pork", "Main", 9.50, 0), ("Egg Fried Rice", "Side", 3.50, 1),
                ("Crispy Duck", "Main", 12.95, 0), ("Mango Pudding", "Dessert", 4.00, 1)],
    "Italian": [("Garlic Bread", "Starter", 4.25, 1), ("Margherita Pizza", "Main", 10.50, 1),
                ("Spaghetti Carbonara", "Main", 11.95, 0), ("Lasagne", "Main", 12.50, 0),
                ("Tiramisu", "Dessert", 5.50, 1), ("San Pellegrino", "Drink", 2.25, 1)],
    "Indian": [("Onion Bhaji", "Starter", 3.95, 1), ("Chicken Tikka Masala", "Main", 11.50, 0),
               ("Lamb Rogan Josh", "Main", 12.95, 0), ("Saag Paneer", "Main", 9.95, 1),
               ("Garlic Naan", "Side", 2.95, 1), ("Mango Lassi", "Drink", 3.50, 1)],
    "Japanese": [("Edamame", "Starter", 3.95, 1), ("Salmon Nigiri", "Main", 8.95, 0),
                 ("Chicken Katsu Curry", "Main", 11.95, 0), ("Tonkotsu Ramen", "Main", 12.50, 0),
                 ("Vegetable Gyoza", "Starter", 5.25, 1), ("Matcha Ice Cream", "Dessert", 4.75, 1)],
    "Mexican": [("Nachos", "Starter", 5.95, 1), ("Beef Burrito", "Main", 9.75, 0),
                ("Chicken Quesadilla", "Main", 8.95, 0), ("Bean Tacos", "Main", 8.25, 1),
                ("Churros", "Dessert", 4.50, 1), ("Horchata", "Drink", 3.25, 1)],
    "American": [("Buffalo Wings", "Starter", 6.50, 0), ("Classic Cheeseburger", "Main", 10.95, 0),
                 ("Pulled Pork Sandwich", "Main", 11.25, 0), ("Veggie Burger", "Main", 9.95, 1),
                 ("Fries", "Side", 3.25, 1), ("Chocolate Milkshake", "Drink", 4.95, 1)],
    "Greek": [("Hummus and Pitta", "Starter", 4.95, 1), ("Chicken Souvlaki", "Main", 10.95, 0),
              ("Lamb Gyros", "Main", 11.50, 0), ("Moussaka", "Main", 12.25, 0),
              ("Greek Salad", "Side", 5.50, 1), ("Baklava", "Dessert", 4.25, 1)],
}

FIRST = ["Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Mia", "Noah", "Emily",
         "Leo", "Sophie", "Oscar", "Grace", "Arthur", "Freya", "Charlie", "Lily", "Jacob", "Chloe",
         "Thomas", "Ella", "Muhammad", "Zara", "Ethan", "Priya", "Daniel", "Hannah", "Samuel", "Ruby"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
        "Khan", "Clarke", "Campbell", "Murphy", "Lewis", "Hughes"]


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=random.randint(0, (d1 - d0).days))).isoformat()


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def inserts(table, cols, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(cols), ", ".join(q(v) for v in r)))
    return out


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "takeaway.sql"
    lines = []
    lines.append("""CREATE TABLE restaurants (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  cuisine TEXT NOT NULL,
  city TEXT NOT NULL,
  rating REAL,
  opened_on TEXT NOT NULL
);
CREATE TABLE couriers (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  city TEXT NOT NULL,
  vehicle TEXT NOT NULL,
  hired_on TEXT NOT NULL,
  phone TEXT
);
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  city TEXT NOT NULL,
  signup_date TEXT NOT NULL
);
CREATE TABLE dishes (
  id INTEGER PRIMARY KEY,
  restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
  name TEXT NOT NULL,
  category TEXT NOT NULL,
  price REAL NOT NULL,
  is_vegetarian INTEGER NOT NULL
);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),
  courier_id INTEGER REFERENCES couriers(id),
  order_date TEXT NOT NULL,
  status TEXT NOT NULL,
  total REAL NOT NULL,
  tip REAL
);
CREATE TABLE order_items (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES orders(id),
  dish_id INTEGER NOT NULL REFERENCES dishes(id),
  quantity INTEGER NOT NULL
);""")

    # restaurants
    restaurants = []
    for i, (name, cuisine) in enumerate(RESTAURANTS, start=1):
        city = CITIES[(i - 1) % len(CITIES)] if i <= 10 else random.choice(CITIES)
        rating = None if i in (7, 18) else round(random.uniform(3.4, 4.9), 1)
        restaurants.append((i, name, cuisine, city, rating, rand_date("2015-01-01", "2022-06-30")))
    lines += inserts("restaurants", ["id", "name", "cuisine", "city", "rating", "opened_on"], restaurants)

    # couriers
    couriers = []
    used = set()
    vehicles = ["Bicycle", "Scooter", "Car", "Motorbike"]
    for i in range(1, 16):
        while True:
            fn, ln = random.choice(FIRST), random.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        phone = None if i in (4, 11) else "07%03d %06d" % (random.randint(100, 999), random.randint(0, 999999))
        couriers.append((i, fn, ln, CITIES[(i - 1) % len(CITIES)], random.choice(vehicles),
                         rand_date("2021-01-01", "2024-06-30"), phone))
    lines += inserts("couriers", ["id", "first_name", "last_name", "city", "vehicle", "hired_on", "phone"], couriers)

    # customers
    customers = []
    for i in range(1, 61):
        while True:
            fn, ln = random.choice(FIRST), random.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        email = None if random.random() < 0.08 else "%s.%s%d@%s" % (
            fn.lower(), ln.lower(), random.randint(1, 99), random.choice(["gmail.com", "outlook.com", "yahoo.co.uk"]))
        customers.append((i, fn, ln, email, random.choice(CITIES), rand_date("2021-01-01", "2024-12-31")))
    lines += inserts("customers", ["id", "first_name", "last_name", "email", "city", "signup_date"], customers)

    # dishes: 6 per restaurant -> 120, prices vary slightly per restaurant
    dishes = []
    did = 1
    by_rest = {}
    for r in restaurants:
        rid, cuisine = r[0], r[2]
        by_rest[rid] = []
        for name, cat, price, veg in DISHES[cuisine]:
            p = round(price + random.choice([-0.5, 0.0, 0.0, 0.5, 1.0]), 2)
            dishes.append((did, rid, name, cat, p, veg))
            by_rest[rid].append((did, p))
            did += 1
    lines += inserts("dishes", ["id", "restaurant_id", "name", "category", "price", "is_vegetarian"], dishes)

    # orders and items
    orders = []
    items = []
    iid = 1
    weights = [random.randint(1, 6) for _ in restaurants]
    # restaurant 20 gets no orders (a negation answer)
    weights[19] = 0
    cust_ids = [c[0] for c in customers]
    # customers 55-60 never order
    active_customers = cust_ids[:54]
    for oid in range(1, 101):
        odate = rand_date("2022-01-01", "2025-06-30")
        # only customers who had signed up by the order date
        cust = random.choice([c for c in active_customers if customers[c - 1][5] <= odate])
        city = customers[cust - 1][4]
        local = [r[0] for r in restaurants if r[3] == city]
        rid = random.choices(local, weights=[weights[x - 1] for x in local])[0]
        city_couriers = [c[0] for c in couriers if c[3] == city]
        roll = random.random()
        if roll < 0.80:
            status = "delivered"
        elif roll < 0.92:
            status = "cancelled"
        else:
            status = "refunded"
        courier = None if status == "cancelled" and random.random() < 0.6 else random.choice(city_couriers)
        n_items = random.choice([1, 1, 2, 2, 3])
        chosen = random.sample(by_rest[rid], n_items)
        total = 0.0
        for dish_id, price in chosen:
            qty = random.choice([1, 1, 1, 2, 2, 3])
            items.append((iid, oid, dish_id, qty))
            iid += 1
            total += price * qty
        total = round(total + 2.49, 2)  # delivery fee
        if status == "delivered":
            tip = None if random.random() < 0.25 else float(random.choice([1, 1.5, 2, 2, 3, 4, 5]))
        else:
            tip = None
        orders.append((oid, cust, rid, courier, odate, status, total, tip))
    orders.sort(key=lambda o: (o[4], o[0]))
    remap = {}
    new_orders = []
    for new_id, o in enumerate(orders, start=1):
        remap[o[0]] = new_id
        new_orders.append((new_id,) + o[1:])
    items = sorted(((0, remap[it[1]], it[2], it[3]) for it in items), key=lambda t: (t[1], t[2]))
    items = [(k,) + it[1:] for k, it in enumerate(items, start=1)]
    lines += inserts("orders", ["id", "customer_id", "restaurant_id", "courier_id", "order_date", "status", "total", "tip"], new_orders)
    lines += inserts("order_items", ["id", "order_id", "dish_id", "quantity"], items)

    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
