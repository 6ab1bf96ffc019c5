#!/usr/bin/env python3
"""Generate the rail_freight test database (schema + rows) as SQL text.

Usage: python3 generate.py OUTPUT.sql
"""
import datetime
import math
import random
import sys

random.seed(20240611)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Rail_Yards (
    Yard_ID INTEGER PRIMARY KEY,
    Yard_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Region TEXT NOT NULL,
    Number_of_Tracks INTEGER,
    Opened_Year INTEGER
);

CREATE TABLE Locomotives (
    Locomotive_ID INTEGER PRIMARY KEY,
    Loco_Number TEXT NOT NULL,
    Class TEXT NOT NULL,
    Manufacturer TEXT,
    Horsepower INTEGER,
    Build_Year INTEGER,
    Home_Yard_ID INTEGER
);

CREATE TABLE Wagons (
    Wagon_ID INTEGER PRIMARY KEY,
    Wagon_Code TEXT NOT NULL,
    wagon_type TEXT NOT NULL,
    Capacity_Tonnes INTEGER,
    Build_Year INTEGER,
    Last_Inspection_Date TEXT
);

CREATE TABLE Ref_Cargo_Types (
    cargo_type_code TEXT PRIMARY KEY,
    cargo_type_description TEXT NOT NULL,
    Hazardous TEXT NOT NULL
);

CREATE TABLE Customers (
    Customer_ID INTEGER PRIMARY KEY,
    Customer_Name TEXT NOT NULL,
    Town TEXT,
    Industry TEXT,
    Contact_Phone TEXT,
    Account_Opened TEXT
);

CREATE TABLE Drivers (
    Driver_ID INTEGER PRIMARY KEY,
    Driver_Name TEXT NOT NULL,
    Age INTEGER,
    Hire_Date TEXT,
    Home_Yard_ID INTEGER,
    FOREIGN KEY (Home_Yard_ID) REFERENCES Rail_Yards(Yard_ID)
);

CREATE TABLE Train_Runs (
    Run_ID INTEGER PRIMARY KEY,
    Run_Date TEXT NOT NULL,
    Departure_Time TEXT,
    origin_yard_id INTEGER NOT NULL,
    destination_yard_id INTEGER NOT NULL,
    Locomotive_ID INTEGER,
    Driver_ID INTEGER,
    Distance_km TEXT,
    Status TEXT,
    Arrival_Delay_Minutes INTEGER,
    FOREIGN KEY (origin_yard_id) REFERENCES Rail_Yards(Yard_ID),
    FOREIGN KEY (destination_yard_id) REFERENCES Rail_Yards(Yard_ID),
    FOREIGN KEY (Locomotive_ID) REFERENCES Locomotives(Locomotive_ID),
    FOREIGN KEY (Driver_ID) REFERENCES Drivers(Driver_ID)
);

CREATE TABLE Consignments (
    Consignment_ID INTEGER PRIMARY KEY,
    Run_ID INTEGER NOT NULL,
    Customer_ID INTEGER NOT NULL,
    cargo_type_code TEXT NOT NULL,
    Wagon_ID INTEGER,
    Tonnage REAL,
    Freight_Charge REAL,
    FOREIGN KEY (Run_ID) REFERENCES Train_Runs(Run_ID),
    FOREIGN KEY (Customer_ID) REFERENCES Customers(Customer_ID),
    FOREIGN KEY (cargo_type_code) REFERENCES Ref_Cargo_Types(cargo_type_code)
);
"""
# Note: Locomotives.Home_Yard_ID and Consignments.Wagon_ID are references
# left without a declared FOREIGN KEY; Train_Runs.Distance_km is a number
# stored as TEXT.

# ---------------------------------------------------------------- yards
# (name, town, region, tracks, opened, lat, lon)
YARDS = [
    ("Leeds Midland Road", "Leeds", "Yorkshire", 14, 1965, 53.79, -1.55),
    ("Doncaster Belmont Yard", "Doncaster", "Yorkshire", 22, 1958, 53.52, -1.13),
    ("Immingham Bulk Terminal", "Immingham", "Lincolnshire", 18, 1973, 53.61, -0.19),
    ("Felixstowe North Terminal", "Felixstowe", "East Anglia", 9, 1994, 51.96, 1.32),
    ("Southampton Maritime", "Southampton", "South East", 8, 1972, 50.91, -1.44),
    ("Crewe Basford Hall", "Crewe", "North West", 30, 1901, 53.08, -2.43),
    ("Daventry Railfreight Terminal", "Daventry", "Midlands", 10, 1997, 52.33, -1.19),
    ("Mossend Yard", "Bellshill", "Scotland", 16, None, 55.83, -4.03),
    ("Warrington Arpley Yard", "Warrington", "North West", 12, 1968, 53.38, -2.60),
    ("Peterborough Westwood Yard", "Peterborough", "East Anglia", 11, 1981, 52.58, -0.25),
    ("Cardiff Tidal Sidings", "Cardiff", "Wales", 7, None, 51.47, -3.17),
    ("Tees Yard", "Middlesbrough", "North East", 20, 1963, 54.57, -1.23),
    ("Wakefield Europort", "Wakefield", "Yorkshire", 6, 1996, 53.70, -1.42),
]
NEVER_DESTINATION = {3}          # Immingham: export/import port, only an origin
YARDS_WITHOUT_DRIVERS = {11, 13}  # Cardiff, Wakefield

# ---------------------------------------------------------------- locomotives
LOCO_CLASSES = {
    "Class 66": ("EMD", 3300, (1998, 2008), "66"),
    "Class 60": ("Brush Traction", 3100, (1989, 1993), "60"),
    "Class 70": ("GE Transportation", 3690, (2009, 2017), "70"),
    "Class 68": ("Vossloh", 3800, (2013, 2017), "68"),
    "Class 88": ("Stadler", 5360, (2016, 2017), "88"),
    "Class 90": ("BREL", 5000, (1987, 1990), "90"),
    "Class 59": ("EMD", 3000, (1985, 1995), "59"),
}
LOCO_PLAN = (["Class 66"] * 8 + ["Class 60"] * 3 + ["Class 70"] * 3 +
             ["Class 68"] * 2 + ["Class 88"] + ["Class 90"] * 2 + ["Class 59"])

# ---------------------------------------------------------------- wagons
# type -> (code prefix, capacity range, how many)
WAGON_TYPES = {
    "Hopper": ("HHA", (70, 76), 18),
    "Tank": ("TEA", (60, 75), 10),
    "Flat": ("BYA", (60, 70), 10),
    "Container Flat": ("FEA", (55, 66), 12),
    "Box": ("IWB", (40, 46), 6),
}

# ---------------------------------------------------------------- cargo types
# code, description, hazardous, wagon type, rate per tonne per 100 km
CARGO = [
    ("COAL", "Coal", "N", "Hopper", 3.10),
    ("AGG", "Aggregates", "N", "Hopper", 2.60),
    ("CONT", "Intermodal containers", "N", "Container Flat", 4.40),
    ("STEEL", "Steel products", "N", "Flat", 4.10),
    ("CEM", "Cement", "N", "Tank", 3.30),
    ("FUEL", "Petroleum fuel", "Y", "Tank", 5.20),
    ("CHEM", "Industrial chemicals", "Y", "Tank", 5.80),
    ("GRAIN", "Grain", "N", "Hopper", 2.90),
    ("TIMB", "Timber", "N", "Flat", 3.40),
    ("AUTO", "Automotive parts", "N", "Box", 4.90),
    ("BIOM", "Biomass wood pellets", "N", "Hopper", 3.00),
    ("WASTE", "Domestic waste", "N", "Container Flat", 2.40),
    ("LPG", "Liquefied petroleum gas", "Y", "Tank", 6.10),   # never shipped
    ("MAIL", "Parcels and mail", "N", "Box", 4.70),           # never shipped
]
CARGO_BY_CODE = {c[0]: c for c in CARGO}

# ---------------------------------------------------------------- customers
# name, town, industry, cargo codes shipped (empty = no consignments yet)
CUSTOMERS = [
    ("Selby Power Generation", "Selby", "Energy", ["COAL", "BIOM"]),
    ("Ouse Energy Ltd", "York", "Energy", ["COAL", "BIOM"]),
    ("Northern Aggregates Ltd", "Leeds", "Construction", ["AGG"]),
    ("Pennine Steel Works", "Sheffield", "Manufacturing", ["STEEL"]),
    ("Solent Container Services", "Southampton", "Shipping", ["CONT"]),
    ("Eastern Ports Logistics", "Felixstowe", "Shipping", ["CONT"]),
    ("Castle Cement Company", "Clitheroe", "Construction", ["CEM"]),
    ("Medway Fuels", "Rochester", "Energy", ["FUEL"]),
    ("Tees Chemicals plc", "Middlesbrough", "Chemicals", ["CHEM", "FUEL"]),
    ("Fenland Grain Traders", "Peterborough", "Agriculture", ["GRAIN"]),
    ("Kielder Timber Company", "Hexham", "Forestry", ["TIMB"]),
    ("Midland Motors Logistics", "Birmingham", "Automotive", ["AUTO", "CONT"]),
    ("Clyde Waste Services", "Glasgow", "Waste Management", ["WASTE"]),
    ("Severn Steel Products", "Newport", "Manufacturing", ["STEEL"]),
    ("Leeds City Recycling", "Leeds", "Waste Management", ["WASTE"]),
    ("Humber Bulk Traders", "Hull", "Energy", ["COAL"]),
    ("Mendip Stone Ltd", "Frome", "Construction", ["AGG"]),
    ("Caledonian Maltings", "Perth", "Agriculture", ["GRAIN"]),
    ("Crewe Intermodal Ltd", "Crewe", "Shipping", ["CONT"]),
    ("Yorkshire Steel Stockholders", "Doncaster", "Manufacturing", ["STEEL", "TIMB"]),
    ("Wessex Timber Merchants", "Salisbury", "Forestry", ["TIMB"]),
    ("Cardiff Bay Aggregates", "Cardiff", "Construction", ["AGG", "CEM"]),
    ("Anglia Fertiliser Co", "Ipswich", "Agriculture", []),
    ("Lakeland Paper Mills", "Kendal", "Manufacturing", []),
    ("Aire Valley Builders Merchants", "Leeds", "Construction", []),
]

# ---------------------------------------------------------------- drivers
DRIVER_NAMES = [
    "John Whitaker", "Sarah Holt", "David Pearson", "Emma Clarke",
    "Michael Atkinson", "Gary Robinson", "Karen Hughes", "Paul Dawson",
    "Steven Marsh", "Rachel Bennett", "Andrew Fletcher", "Ian McLeod",
    "Claire Jenkins", "Mark Thompson", "Lee Hargreaves", "Helen Wright",
    "Owen Price", "Fiona Campbell",
]
NEW_DRIVERS = {17, 18}  # hired in 2024, no runs yet

N_RUNS = 120
N_CONSIGNMENTS = 150


def q(v):
    """SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(round(v, 2))
    return str(v)


def rand_date(start, end):
    span = (end - start).days
    return start + datetime.timedelta(days=random.randint(0, span))


def km(a, b):
    """Rail distance approximated as 1.25 x great-circle distance."""
    la1, lo1 = math.radians(a[5]), math.radians(a[6])
    la2, lo2 = math.radians(b[5]), math.radians(b[6])
    h = (math.sin((la2 - la1) / 2) ** 2 +
         math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(h)) * 1.25


def main(path):
    tables = {}

    # yards
    yards = []
    for i, (name, town, region, tracks, opened, _, _) in enumerate(YARDS, 1):
        yards.append((i, name, town, region, tracks, opened))
    tables["Rail_Yards"] = yards

    # locomotives
    locos = []
    used = {}
    for i, cls in enumerate(LOCO_PLAN, 1):
        maker, hp, (y0, y1), prefix = LOCO_CLASSES[cls]
        while True:
            num = prefix + "%03d" % random.randint(1, 250)
            if num not in used:
                used[num] = True
                break
        manufacturer = maker if i != 12 else None
        locos.append((i, num, cls, manufacturer, hp, random.randint(y0, y1),
                      random.choice([1, 2, 4, 5, 6, 8, 9, 12])))
    tables["Locomotives"] = locos
    retired_locos = {i for i, cls in enumerate(LOCO_PLAN, 1) if cls == "Class 59"}
    retired_locos.add(LOCO_PLAN.index("Class 60") + 1)
    active_locos = [l[0] for l in locos if l[0] not in retired_locos]

    # wagons
    wagons = []
    wid = 0
    for wtype, (prefix, (c0, c1), n) in WAGON_TYPES.items():
        for _ in range(n):
            wid += 1
            insp = rand_date(datetime.date(2022, 3, 1), datetime.date(2023, 12, 15))
            wagons.append((wid, "%s %d" % (prefix, 370000 + random.randint(100, 999) * 10 + wid % 10),
                           wtype, random.randint(c0, c1), random.randint(1985, 2021),
                           insp.isoformat()))
    for k in random.sample(range(len(wagons)), 5):
        w = list(wagons[k]); w[5] = None; wagons[k] = tuple(w)
    tables["Wagons"] = wagons
    wagons_by_type = {}
    for w in wagons:
        wagons_by_type.setdefault(w[2], []).append(w)

    # cargo types
    tables["Ref_Cargo_Types"] = [(c[0], c[1], c[2]) for c in CARGO]

    # customers
    customers = []
    for i, (name, town, industry, _) in enumerate(CUSTOMERS, 1):
        phone = "0%d %03d%03d" % (random.randint(1100, 1999), random.randint(100, 999),
                                  random.randint(0, 999))
        opened = rand_date(datetime.date(2005, 1, 1), datetime.date(2022, 6, 30))
        customers.append([i, name, town, industry, phone, opened.isoformat()])
    for k in (6, 13, 20, 24):
        customers[k][4] = None
    tables["Customers"] = [tuple(c) for c in customers]

    # drivers
    drivers = []
    yard_pool = [y[0] for y in yards if y[0] not in YARDS_WITHOUT_DRIVERS]
    for i, name in enumerate(DRIVER_NAMES, 1):
        if i in NEW_DRIVERS:
            hire = rand_date(datetime.date(2024, 1, 8), datetime.date(2024, 4, 30))
            age = random.randint(24, 33)
        else:
            hire = rand_date(datetime.date(1992, 1, 1), datetime.date(2021, 12, 31))
            age = min(64, (hire.year - 1992) // 3 + random.randint(27, 40) + (2023 - hire.year))
        drivers.append((i, name, age, hire.isoformat(), random.choice(yard_pool)))
    tables["Drivers"] = drivers
    active_drivers = [d[0] for d in drivers if d[0] not in NEW_DRIVERS]

    # train runs
    runs = []
    dates = sorted(rand_date(datetime.date(2023, 1, 2), datetime.date(2023, 12, 22))
                   for _ in range(N_RUNS))
    dest_pool = [y[0] for y in yards if y[0] not in NEVER_DESTINATION]
    for i, d in enumerate(dates, 1):
        origin = random.choice([y[0] for y in yards] + [3, 4, 5])  # ports busier
        dest = random.choice([y for y in dest_pool if y != origin])
        dist = "%d" % round(km(YARDS[origin - 1], YARDS[dest - 1]))
        r = random.random()
        if r < 0.06:
            status, delay = "Cancelled", None
        elif r < 0.18:
            status, delay = "Delayed", random.randint(35, 240)
        else:
            status, delay = "Completed", random.randint(0, 25)
        dep = "%02d:%02d" % (random.randint(0, 23), random.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        runs.append((i, d.isoformat(), dep, origin, dest, random.choice(active_locos),
                     random.choice(active_drivers), dist, status, delay))
    tables["Train_Runs"] = runs
    live_runs = [r for r in runs if r[8] != "Cancelled"]

    # consignments: one wagon load each
    cons = []
    active_customers = [i for i, c in enumerate(CUSTOMERS, 1) if c[3]]
    on_run = set()
    cid = 0
    while cid < N_CONSIGNMENTS:
        run = random.choice(live_runs)
        cust = random.choice(active_customers)
        code = random.choice(CUSTOMERS[cust - 1][3])
        _, _, _, wtype, rate = CARGO_BY_CODE[code]
        free = [w for w in wagons_by_type[wtype] if (run[0], w[0]) not in on_run]
        if not free:
            continue
        w = random.choice(free)
        on_run.add((run[0], w[0]))
        tonnage = round(w[3] * random.uniform(0.55, 1.0), 1)
        charge = round(tonnage * rate * max(int(run[7]), 60) / 100.0 + 85, 2)
        cid += 1
        cons.append((cid, run[0], cust, code, w[0], tonnage, charge))
    tables["Consignments"] = cons

    with open(path, "w") as f:
        f.write(SCHEMA)
        f.write("\n")
        for name, rows in tables.items():
            for row in rows:
                f.write("INSERT INTO %s VALUES (%s);\n" % (name, ", ".join(q(v) for v in row)))
            f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate.py OUTPUT.sql")
    main(sys.argv[1])
