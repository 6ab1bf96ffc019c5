#!/usr/bin/env python3
"""Write the food_delivery golden database as SQL (schema and rows).

    python3 generate.py food_delivery.sql

The rows come from a fixed seed, so the output is the same byte for byte on every run.
Money is kept in multiples of 0.25 (prices, totals) and 0.50 (tips): every such sum is exact
in floating point, so a total does not depend on the order in which rows are added up.
"""

import random
import sys
from datetime import datetime, timedelta

SEED = 20241215

# ---------------------------------------------------------------------------------------------
# restaurants: (name, cuisine, city, rating, opened_on)
RESTAURANTS = [
    ("Luigi's Trattoria", "Italian", "Austin", 4.6, "2016-04-12"),
    ("Sakura Sushi Bar", "Japanese", "Austin", 4.4, "2018-09-01"),
    ("El Camino Taqueria", "Mexican", "Austin", 4.1, "2015-06-20"),
    ("Smokehouse BBQ", "American", "Austin", 4.7, "2012-03-03"),
    ("Casa Verde", "Mexican", "Austin", 3.9, "2021-11-15"),
    ("Bombay Spice", "Indian", "Denver", 4.3, "2017-02-08"),
    ("Golden Dragon", "Chinese", "Denver", 3.8, "2009-10-30"),
    ("Pasta Fresca", "Italian", "Denver", 4.0, "2020-05-22"),
    ("Seoul Kitchen", "Korean", "Denver", 4.9, "2024-12-18"),
    ("The Burger Joint", "American", "Portland", 3.5, "2014-07-07"),
    ("Green Bowl", "Vegan", "Portland", 4.8, "2019-01-25"),
    ("Taco Loco", "Mexican", "Portland", 3.7, "2013-08-14"),
    ("Bella Roma", "Italian", "Portland", 3.4, "2022-04-02"),
    ("Pho Saigon", "Vietnamese", "Boston", 4.5, "2016-12-01"),
    ("Napoli Pizza", "Italian", "Boston", 4.2, "2011-05-19"),
    ("Curry House", "Indian", "Boston", 3.6, "2018-03-27"),
]
NEW_RESTAURANT = "Seoul Kitchen"  # opened after the last order: it has none

# dishes per restaurant: (name, category, price, is_vegetarian)
DISHES = {
    "Luigi's Trattoria": [
        ("Bruschetta", "starter", 8.50, 1),
        ("Spaghetti Carbonara", "main", 16.75, 0),
        ("Lasagna al Forno", "main", 18.25, 0),
        ("Mushroom Risotto", "main", 17.50, 1),
        ("Tiramisu", "dessert", 8.75, 1),
        ("San Pellegrino", "drink", 3.50, 1),
    ],
    "Sakura Sushi Bar": [
        ("Edamame", "starter", 5.25, 1),
        ("Salmon Nigiri", "main", 12.50, 0),
        ("Dragon Roll", "main", 15.75, 0),
        ("Vegetable Tempura", "starter", 9.25, 1),
        ("Mochi Ice Cream", "dessert", 6.50, 1),
        ("Green Tea", "drink", 2.75, 1),
    ],
    "El Camino Taqueria": [
        ("Chips and Guacamole", "starter", 6.75, 1),
        ("Carnitas Tacos", "main", 11.50, 0),
        ("Chicken Burrito", "main", 12.25, 0),
        ("Bean and Cheese Quesadilla", "main", 9.75, 1),
        ("Horchata", "drink", 3.25, 1),
    ],
    "Smokehouse BBQ": [
        ("Brisket Plate", "main", 24.50, 0),
        ("Pulled Pork Sandwich", "main", 14.25, 0),
        ("Smoked Ribs", "main", 27.75, 0),
        ("Mac and Cheese", "starter", 6.25, 1),
        ("Pecan Pie", "dessert", 7.25, 1),
        ("Sweet Tea", "drink", 2.50, 1),
    ],
    "Casa Verde": [
        ("Elote", "starter", 5.75, 1),
        ("Fish Tacos", "main", 13.25, 0),
        ("Veggie Enchiladas", "main", 12.75, 1),
        ("Churros", "dessert", 5.50, 1),
        ("Agua Fresca", "drink", 3.75, 1),
    ],
    "Bombay Spice": [
        ("Vegetable Samosas", "starter", 6.00, 1),
        ("Butter Chicken", "main", 17.25, 0),
        ("Lamb Rogan Josh", "main", 19.50, 0),
        ("Palak Paneer", "main", 15.50, 1),
        ("Garlic Naan", "starter", 3.75, 1),
        ("Mango Lassi", "drink", 4.50, 1),
    ],
    "Golden Dragon": [
        ("Spring Rolls", "starter", 5.00, 1),
        ("Kung Pao Chicken", "main", 13.75, 0),
        ("Beef with Broccoli", "main", 14.50, 0),
        ("Vegetable Fried Rice", "main", 10.25, 1),
        ("Hot and Sour Soup", "starter", 4.75, 0),
    ],
    "Pasta Fresca": [
        ("Caprese Salad", "starter", 9.50, 1),
        ("Fettuccine Alfredo", "main", 15.25, 1),
        ("Penne Arrabbiata", "main", 13.50, 1),
        ("Seafood Linguine", "main", 21.75, 0),
        ("Panna Cotta", "dessert", 7.75, 1),
    ],
    "Seoul Kitchen": [
        ("Kimchi Pancake", "starter", 8.25, 1),
        ("Bibimbap", "main", 15.00, 1),
        ("Korean Fried Chicken", "main", 17.75, 0),
        ("Bulgogi", "main", 19.25, 0),
    ],
    "The Burger Joint": [
        ("Classic Cheeseburger", "main", 12.50, 0),
        ("Bacon Double Burger", "main", 15.50, 0),
        ("Veggie Burger", "main", 11.75, 1),
        ("French Fries", "starter", 4.25, 1),
        ("Chocolate Milkshake", "dessert", 6.25, 1),
        ("Cola", "drink", 2.25, 1),
    ],
    "Green Bowl": [
        ("Quinoa Power Bowl", "main", 14.75, 1),
        ("Falafel Wrap", "main", 11.25, 1),
        ("Lentil Soup", "starter", 6.50, 1),
        ("Acai Bowl", "dessert", 9.00, 1),
        ("Cold Brew Coffee", "drink", 4.00, 1),
    ],
    "Taco Loco": [
        ("Nachos Supreme", "starter", 9.75, 0),
        ("Al Pastor Tacos", "main", 10.75, 0),
        ("Steak Burrito", "main", 13.00, 0),
        ("Black Bean Tostada", "main", 8.25, 1),
        ("Jarritos", "drink", 2.00, 1),
    ],
    "Bella Roma": [
        ("Garlic Bread", "starter", 5.50, 1),
        ("Margherita Pizza", "main", 13.25, 1),
        ("Chicken Parmesan", "main", 17.00, 0),
        ("Cannoli", "dessert", 6.75, 1),
    ],
    "Pho Saigon": [
        ("Fresh Spring Rolls", "starter", 6.25, 0),
        ("Beef Pho", "main", 14.00, 0),
        ("Tofu Banh Mi", "main", 10.50, 1),
        ("Lemongrass Chicken Vermicelli", "main", 13.75, 0),
        ("Vietnamese Iced Coffee", "drink", 4.75, 1),
    ],
    "Napoli Pizza": [
        ("Garlic Knots", "starter", 5.25, 1),
        ("Pepperoni Pizza", "main", 16.50, 0),
        ("Quattro Formaggi Pizza", "main", 17.25, 1),
        ("Calzone", "main", 15.75, 0),
        ("Lemon Sorbet", "dessert", 5.75, 1),
    ],
    "Curry House": [
        ("Onion Bhaji", "starter", 5.50, 1),
        ("Chicken Tikka Masala", "main", 16.25, 0),
        ("Chana Masala", "main", 13.00, 1),
        ("Lamb Biryani", "main", 18.75, 0),
        ("Gulab Jamun", "dessert", 5.00, 1),
    ],
}

# couriers: (first_name, last_name, phone, vehicle, city, hired_on)
COURIERS = [
    ("Marcus", "Bell", "512-555-0141", "bike", "Austin", "2021-03-15"),
    ("Priya", "Nair", "512-555-0187", "scooter", "Austin", "2020-08-02"),
    ("Diego", "Ramos", "512-555-0163", "car", "Austin", "2022-01-10"),
    ("Hannah", "Kowalski", "720-555-0119", "bike", "Denver", "2021-06-21"),
    ("Tyrone", "Jackson", "720-555-0152", "scooter", "Denver", "2019-11-04"),
    ("Lena", "Fischer", "503-555-0134", "bike", "Portland", "2022-05-30"),
    ("Sam", "Okafor", "503-555-0178", "car", "Portland", "2020-02-17"),
    ("Julia", "Moreau", "617-555-0125", "scooter", "Boston", "2021-09-09"),
    ("Kevin", "Tran", "617-555-0190", "bike", "Boston", "2024-06-20"),
]

# customers: (first_name, last_name, city, signup_date); emails are derived from the names
CUSTOMERS = [
    ("Emily", "Carter", "Austin", "2022-02-11"),
    ("James", "Whitfield", "Austin", "2022-05-03"),
    ("Sofia", "Alvarez", "Austin", "2022-07-19"),
    ("Noah", "Brooks", "Austin", "2022-10-28"),
    ("Olivia", "Martin", "Austin", "2023-01-14"),
    ("Liam", "Nguyen", "Austin", "2023-03-22"),
    ("Ava", "Patel", "Austin", "2023-06-09"),
    ("Ethan", "Morales", "Austin", "2023-09-30"),
    ("Mia", "Sullivan", "Austin", "2024-02-05"),
    ("Lucas", "Hoffman", "Austin", "2024-08-17"),
    ("Isabella", "Reyes", "Denver", "2022-03-08"),
    ("Mason", "Clark", "Denver", "2022-06-25"),
    ("Charlotte", "Young", "Denver", "2022-11-12"),
    ("Benjamin", "Adams", "Denver", "2023-02-27"),
    ("Amelia", "Wright", "Denver", "2023-05-16"),
    ("Henry", "Scott", "Denver", "2023-08-04"),
    ("Harper", "Green", "Denver", "2024-01-21"),
    ("Daniel", "Kim", "Denver", "2024-06-13"),
    ("Evelyn", "Baker", "Portland", "2022-01-30"),
    ("Jack", "Rivera", "Portland", "2022-04-18"),
    ("Abigail", "Hughes", "Portland", "2022-09-06"),
    ("Owen", "Foster", "Portland", "2023-01-03"),
    ("Grace", "Bennett", "Portland", "2023-04-29"),
    ("Samuel", "Price", "Portland", "2023-10-11"),
    ("Chloe", "Ward", "Portland", "2024-03-26"),
    ("Ryan", "Murphy", "Portland", "2024-11-02"),
    ("Zoe", "Campbell", "Boston", "2022-02-23"),
    ("Nathan", "Perry", "Boston", "2022-08-14"),
    ("Lily", "Howard", "Boston", "2023-02-09"),
    ("Aaron", "Cole", "Boston", "2023-07-01"),
    ("Hazel", "Ortiz", "Boston", "2024-04-15"),
    ("Caleb", "Jenkins", "Boston", "2024-10-20"),
]
# signed up, never ordered
NO_ORDERS = {("Lucas", "Hoffman"), ("Caleb", "Jenkins")}
# how often a customer orders, relative to the others
HEAVY = {("Sofia", "Alvarez"): 4.0, ("Mason", "Clark"): 3.0, ("Evelyn", "Baker"): 3.0,
         ("Zoe", "Campbell"): 2.5, ("Noah", "Brooks"): 2.0}

# how popular a restaurant is in its city
POPULARITY = {
    "Luigi's Trattoria": 5, "Sakura Sushi Bar": 3, "El Camino Taqueria": 4,
    "Smokehouse BBQ": 6, "Casa Verde": 2,
    "Bombay Spice": 5, "Golden Dragon": 3, "Pasta Fresca": 4,
    "The Burger Joint": 5, "Green Bowl": 4, "Taco Loco": 3, "Bella Roma": 1,
    "Pho Saigon": 5, "Napoli Pizza": 4, "Curry House": 2,
}

N_ORDERS = 240
START = datetime(2023, 1, 1)
END = datetime(2024, 12, 31)

# ---------------------------------------------------------------------------------------------


def q(s):
    return "'" + s.replace("'", "''") + "'"


def money(x):
    return f"{x:.2f}"


def main(path, seed=SEED):
    rng = random.Random(seed)
    out = []
    w = out.append
    w("-- food_delivery: restaurants, couriers, customers, dishes, orders and order items.")
    w("-- Written by generate.py (seed %d); run it again to get this file byte for byte." % seed)
    w("")
    w("CREATE TABLE restaurants (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    name TEXT NOT NULL,\n"
      "    cuisine TEXT NOT NULL,\n"
      "    city TEXT NOT NULL,\n"
      "    rating REAL,\n"
      "    opened_on DATE\n"
      ");")
    w("")
    w("CREATE TABLE couriers (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    first_name TEXT NOT NULL,\n"
      "    last_name TEXT NOT NULL,\n"
      "    phone TEXT,\n"
      "    vehicle TEXT NOT NULL,\n"
      "    city TEXT NOT NULL,\n"
      "    hired_on DATE\n"
      ");")
    w("")
    w("CREATE TABLE customers (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    first_name TEXT NOT NULL,\n"
      "    last_name TEXT NOT NULL,\n"
      "    email TEXT NOT NULL,\n"
      "    city TEXT NOT NULL,\n"
      "    signup_date DATE\n"
      ");")
    w("")
    w("CREATE TABLE dishes (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),\n"
      "    name TEXT NOT NULL,\n"
      "    category TEXT NOT NULL,\n"
      "    price REAL NOT NULL,\n"
      "    is_vegetarian INTEGER NOT NULL\n"
      ");")
    w("")
    w("CREATE TABLE orders (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    customer_id INTEGER NOT NULL REFERENCES customers(id),\n"
      "    restaurant_id INTEGER NOT NULL REFERENCES restaurants(id),\n"
      "    courier_id INTEGER REFERENCES couriers(id),\n"
      "    ordered_at TIMESTAMP NOT NULL,\n"
      "    delivered_at TIMESTAMP,\n"
      "    status TEXT NOT NULL,\n"
      "    total REAL NOT NULL,\n"
      "    tip REAL NOT NULL DEFAULT 0\n"
      ");")
    w("")
    w("CREATE TABLE order_items (\n"
      "    id INTEGER PRIMARY KEY,\n"
      "    order_id INTEGER NOT NULL REFERENCES orders(id),\n"
      "    dish_id INTEGER NOT NULL REFERENCES dishes(id),\n"
      "    quantity INTEGER NOT NULL,\n"
      "    unit_price REAL NOT NULL\n"
      ");")
    w("")

    # restaurants
    rest_id = {}
    for i, (name, cuisine, city, rating, opened) in enumerate(RESTAURANTS, 1):
        rest_id[name] = i
        w("INSERT INTO restaurants VALUES (%d, %s, %s, %s, %.1f, %s);"
          % (i, q(name), q(cuisine), q(city), rating, q(opened)))
    w("")

    # couriers
    courier_city = {}
    for i, (first, last, phone, vehicle, city, hired) in enumerate(COURIERS, 1):
        courier_city.setdefault(city, []).append((i, hired))
        w("INSERT INTO couriers VALUES (%d, %s, %s, %s, %s, %s, %s);"
          % (i, q(first), q(last), q(phone), q(vehicle), q(city), q(hired)))
    w("")

    # customers
    cust = []
    for i, (first, last, city, signup) in enumerate(CUSTOMERS, 1):
        email = f"{first.lower()}.{last.lower()}@example.com"
        cust.append((i, first, last, city, signup))
        w("INSERT INTO customers VALUES (%d, %s, %s, %s, %s, %s);"
          % (i, q(first), q(last), q(email), q(city), q(signup)))
    w("")

    # dishes
    dish_rows = {}  # restaurant id -> [(dish id, price)]
    did = 0
    for name, _c, _ci, _r, _o in RESTAURANTS:
        for dname, cat, price, veg in DISHES[name]:
            did += 1
            dish_rows.setdefault(rest_id[name], []).append((did, price))
            w("INSERT INTO dishes VALUES (%d, %d, %s, %s, %s, %d);"
              % (did, rest_id[name], q(dname), q(cat), money(price), veg))
    w("")

    # orders: timestamps first, sorted, so that ids follow time
    span = int((END - START).total_seconds() // 60)
    times = []
    for _ in range(N_ORDERS):
        t = START + timedelta(minutes=rng.randrange(span))
        # meals: move the time into lunch or dinner hours
        hour = rng.choice([11, 12, 12, 13, 17, 18, 18, 19, 19, 20, 21])
        t = t.replace(hour=hour, second=0)
        times.append(t)
    times.sort()
    # the last three orders are still on the way on the evening the data ends
    times[-3:] = [datetime(2024, 12, 31, 19, 4), datetime(2024, 12, 31, 19, 22),
                  datetime(2024, 12, 31, 19, 47)]

    active = [c for c in cust if (c[1], c[2]) not in NO_ORDERS]
    weights = [HEAVY.get((c[1], c[2]), 1.0) for c in active]
    by_city = {}
    for name, _cu, city, _r, _o in RESTAURANTS:
        if name != NEW_RESTAURANT:
            by_city.setdefault(city, []).append(name)

    orders = []
    items = []
    iid = 0
    for oid, t in enumerate(times, 1):
        c = rng.choices(active, weights)[0]
        city = c[3]
        # a customer may order only after signing up; otherwise pick again in the same city
        signup = datetime.strptime(c[4], "%Y-%m-%d")
        while signup > t:
            c = rng.choices(active, weights)[0]
            city = c[3]
            signup = datetime.strptime(c[4], "%Y-%m-%d")
        names = by_city[city]
        rname = rng.choices(names, [POPULARITY[n] for n in names])[0]
        rid = rest_id[rname]

        # status: the last few orders are still on the way; some orders are cancelled
        if oid > N_ORDERS - 3:
            status = "on_the_way"
        elif rng.random() < 0.08:
            status = "cancelled"
        else:
            status = "delivered"

        hired_by_then = [i for i, hired in courier_city[city] if hired <= t.strftime("%Y-%m-%d")]
        courier = None if status == "cancelled" else rng.choice(hired_by_then)
        delivered = None
        if status == "delivered":
            delivered = t + timedelta(minutes=rng.randrange(18, 66))

        # items: 1 to 4 different dishes
        menu = dish_rows[rid]
        k = rng.choice([1, 2, 2, 3, 3, 4])
        chosen = rng.sample(menu, min(k, len(menu)))
        total = 0.0
        for d, price in chosen:
            qty = rng.choice([1, 1, 1, 2, 2, 3])
            iid += 1
            items.append((iid, oid, d, qty, price))
            total += qty * price

        if status == "delivered":
            tip = 0.0 if rng.random() < 0.2 else rng.choice(
                [1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 7.5])
        elif status == "on_the_way":
            tip = rng.choice([0.0, 2.0, 3.0])
        else:
            tip = 0.0
        orders.append((oid, c[0], rid, courier, t, delivered, status, total, tip))

    for oid, cid, rid, courier, t, delivered, status, total, tip in orders:
        w("INSERT INTO orders VALUES (%d, %d, %d, %s, %s, %s, %s, %s, %s);"
          % (oid, cid, rid, "NULL" if courier is None else str(courier),
             q(t.strftime("%Y-%m-%d %H:%M:%S")),
             "NULL" if delivered is None else q(delivered.strftime("%Y-%m-%d %H:%M:%S")),
             q(status), money(total), money(tip)))
    w("")
    for iid, oid, d, qty, price in items:
        w("INSERT INTO order_items VALUES (%d, %d, %d, %d, %s);"
          % (iid, oid, d, qty, money(price)))

    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "food_delivery.sql")
