# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the bus_network database to the file named on the command line.
import random
import sys

random.seed(4217)

TOWNS = ["Harrogate", "Ripon", "Skipton", "Otley", "Ilkley", "Wetherby", "Selby", "Tadcaster", "Knaresborough"]

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Depots (
    Depot_ID INTEGER PRIMARY KEY,
    Depot_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Capacity INTEGER,
    Opened_Year TEXT
);

CREATE TABLE Bus_Stops (
    stop_id INTEGER PRIMARY KEY,
    Stop_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Zone INTEGER
);

CREATE TABLE Ref_Bus_Models (
    model_code TEXT PRIMARY KEY,
    Manufacturer TEXT NOT NULL,
    Seats INTEGER NOT NULL,
    model_description TEXT
);

CREATE TABLE Routes (
    Route_ID INTEGER PRIMARY KEY,
    Route_Number TEXT NOT NULL,
    Start_Stop_ID INTEGER NOT NULL,
    End_Stop_ID INTEGER NOT NULL,
    Length_km REAL,
    Depot_ID INTEGER,
    FOREIGN KEY (Start_Stop_ID) REFERENCES Bus_Stops(stop_id),
    FOREIGN KEY (End_Stop_ID) REFERENCES Bus_Stops(stop_id),
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Buses (
    Bus_ID INTEGER PRIMARY KEY,
    Registration TEXT NOT NULL,
    model_code TEXT NOT NULL,
    Year_Built INTEGER,
    Depot_ID INTEGER,
    other_details TEXT,
    FOREIGN KEY (model_code) REFERENCES Ref_Bus_Models(model_code),
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Drivers (
    Driver_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Licence_Year INTEGER,
    Depot_ID INTEGER,
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Trips (
    Trip_ID INTEGER PRIMARY KEY,
    Route_ID INTEGER NOT NULL,
    Driver_ID INTEGER NOT NULL,
    Bus_ID INTEGER NOT NULL,
    Trip_Date TEXT NOT NULL,
    Passengers INTEGER,
    Fare_Revenue REAL
);

CREATE TABLE Route_Stops (
    Route_ID INTEGER NOT NULL,
    stop_id INTEGER NOT NULL,
    Stop_Order INTEGER NOT NULL,
    PRIMARY KEY (Route_ID, stop_id),
    FOREIGN KEY (Route_ID) REFERENCES Routes(Route_ID),
    FOREIGN KEY (stop_id) REFERENCES Bus_Stops(stop_id)
);
"""


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.1f" % v if abs(v * 10 - round(v * 10)) < 1e-9 else "%.2f" % v
    return str(v)


def insert(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


def main():
    out = []

    # Depots: (id, name, town, capacity, opened year as TEXT)
    depots = [
        (1, "Harrogate Central Garage", "Harrogate", 85, "1962"),
        (2, "Ripon Road Depot", "Ripon", 40, "1978"),
        (3, "Skipton Broughton Yard", "Skipton", 55, "1985"),
        (4, "Otley Wharfe Depot", "Otley", 30, "1971"),
        (5, "Wetherby Sandbeck Depot", "Wetherby", 45, "1999"),
        (6, "Selby Ousegate Garage", "Selby", None, "1956"),
        (7, "Ilkley Moor Outstation", "Ilkley", 18, "2008"),
        (8, "Tadcaster Maltings Depot", "Tadcaster", 25, None),
        (9, "Settle Road Outstation", "Skipton", 12, "2015"),
        (10, "Sherburn Industrial Park Depot", "Selby", 60, "2019"),
    ]

    # Bus stops: (id, name, town, zone)
    stop_names = [
        ("Harrogate Bus Station", "Harrogate", 1),
        ("Valley Gardens", "Harrogate", 1),
        ("Harrogate District Hospital", "Harrogate", 2),
        ("Pannal Ash", "Harrogate", 2),
        ("Ripon Market Place", "Ripon", 3),
        ("Ripon Cathedral", "Ripon", 3),
        ("Fountains Abbey Gate", "Ripon", 4),
        ("Skipton Bus Station", "Skipton", 5),
        ("Skipton Castle", "Skipton", 5),
        ("Embsay Crossroads", "Skipton", None),
        ("Otley Bus Station", "Otley", 2),
        ("Otley Chevin Foot", "Otley", 2),
        ("Pool in Wharfedale", "Otley", 3),
        ("Ilkley Station Road", "Ilkley", 3),
        ("Ben Rhydding", "Ilkley", 3),
        ("Burley Main Street", "Ilkley", 4),
        ("Wetherby Bus Station", "Wetherby", 2),
        ("Boston Spa Square", "Wetherby", 3),
        ("Collingham Crossroads", "Wetherby", 3),
        ("Selby Bus Station", "Selby", 5),
        ("Selby Abbey", "Selby", 5),
        ("Drax Power Station", "Selby", None),
        ("Tadcaster Bridge", "Tadcaster", 4),
        ("Sherburn Market Cross", "Tadcaster", 4),
        ("Knaresborough Castle", "Knaresborough", 1),
        ("Knaresborough High Street", "Knaresborough", 1),
        ("Starbeck Station", "Knaresborough", 1),
        ("Bolton Abbey Village", "Skipton", 5),
        ("Pateley Bridge Square", "Ripon", None),
        ("Spofforth Castle Lane", "Wetherby", 3),
    ]
    stops = [(i + 1,) + s for i, s in enumerate(stop_names)]
    stop_town = {s[0]: s[2] for s in stops}

    # Bus models reference table
    models = [
        ("E400", "Alexander Dennis", 78, "Enviro400 double deck"),
        ("E200", "Alexander Dennis", 39, "Enviro200 midibus"),
        ("STRL", "Wright", 41, "StreetLite single deck"),
        ("SDK9", "Wright", 84, "StreetDeck hybrid double deck"),
        ("B8RL", "Volvo", 49, "B8RLE single deck"),
        ("CTZ", "Optare", 29, "Solo SR small bus"),
        ("CTV", "Mercedes-Benz", 45, "Citaro"),
        ("ECT", "Irizar", 53, None),
        ("LNC", "MAN", 44, "Lion's City 12 single deck"),
        ("B5LH", "Volvo", 63, "B5LH hybrid double deck"),
    ]

    # Routes: number, start stop, end stop, depot
    route_defs = [
        ("36", 1, 5, 1),
        ("1", 1, 26, 1),
        ("X6", 1, 10, 1),
        ("24", 1, 29, 2),
        ("139", 5, 7, 2),
        ("X84", 8, 13, 3),
        ("74", 8, 28, 3),
        ("962", 11, 14, 4),
        ("X52", 11, 3, 4),
        ("7", 17, 1, 5),
        ("770", 17, 18, 5),
        ("X10", 20, 23, 6),
        ("405", 20, 22, 6),
        ("843", 23, 24, 8),
        ("65", 14, 16, 7),
        ("2A", 25, 27, None),
    ]
    routes = []
    for i, (num, a, b, d) in enumerate(route_defs):
        length = round(random.uniform(6, 48), 1)
        if num == "2A":
            length = None
        routes.append((i + 1, num, a, b, length, d))

    # Route stops: start, optional intermediate stops, end
    route_stops = []
    town_stops = {}
    for s in stops:
        town_stops.setdefault(s[2], []).append(s[0])
    extras = {
        1: [3],
        2: [24],
        3: [],
        4: [6],
        5: [],
        6: [9],
        7: [],
        8: [12],
        9: [4],
        10: [19, 30],
        11: [],
        12: [21],
        13: [],
        14: [],
        15: [15],
        16: [],
    }
    for r in routes:
        rid, _, a, b = r[0], r[1], r[2], r[3]
        seq = [a] + extras[rid] + [b]
        if rid == 16:
            continue  # a planned route with no recorded stops yet
        for order, sid in enumerate(seq, start=1):
            route_stops.append((rid, sid, order))

    # Buses
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age_id = {2008: "08", 2010: "60", 2012: "62", 2014: "64", 2015: "15", 2016: "66",
              2017: "17", 2018: "68", 2019: "19", 2020: "70", 2021: "21", 2022: "72", 2023: "23"}
    years = sorted(age_id)
    bus_depots = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 1, 2]
    bus_models = ["E400", "E400", "SDK9", "STRL", "E200", "B8RL", "E200", "STRL", "CTZ",
                  "B8RL", "B8RL", "E400", "CTZ", "STRL", "E200", "CTZ", "E400", "STRL",
                  "B8RL", "E200", "E200", "STRL", "CTZ", "SDK9", "B8RL"]
    buses = []
    used_regs = set()
    notes = {3: "Wheelchair ramp under repair", 9: "Branded for route 139",
             17: "Open-top conversion for summer", 21: "Fitted with USB charging"}
    for i in range(25):
        y = random.choice(years)
        while True:
            reg = "Y%s%s %s%s%s" % (random.choice("JKNX"), age_id[y],
                                     random.choice(letters), random.choice(letters), random.choice(letters))
            if reg not in used_regs:
                used_regs.add(reg)
                break
        year = y if i != 12 else None
        buses.append((i + 1, reg, bus_models[i], year, bus_depots[i], notes.get(i + 1)))

    # Drivers
    driver_names = ["James Whitaker", "Sarah Holroyd", "Mohammed Iqbal", "Emma Atkinson", "David Sutcliffe",
                    "Claire Brennan", "Paul Metcalfe", "Aisha Rahman", "Gareth Pickles", "Helen Dawson",
                    "Tomasz Nowak", "Rachel Greenwood", "Stephen Lofthouse", "Priya Sharma", "Mark Hebden",
                    "Joanne Ackroyd", "Liam Kershaw", "Beverley Hirst", "Andrew Fawcett", "Nadia Kowalczyk"]
    driver_depots = [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 6, 1, 3]
    ages = random.sample(range(24, 64), 20)
    drivers = []
    for i, n in enumerate(driver_names):
        age = ages[i]
        lic = 2024 - random.randint(2, age - 20)
        if i in (6, 15):
            lic = None
        drivers.append((i + 1, n, age, lic, driver_depots[i]))

    # Trips: route driven by a driver of the route's depot in a bus of that depot
    depot_buses = {}
    for b in buses:
        depot_buses.setdefault(b[4], []).append(b[0])
    depot_drivers = {}
    for d in drivers:
        depot_drivers.setdefault(d[4], []).append(d[0])
    bus_seats = {b[0]: dict((m[0], m[2]) for m in models)[b[2]] for b in buses}
    trips = []
    trip_routes = [r for r in routes if r[5] in depot_drivers and r[5] in depot_buses]
    trip_routes = [r for r in trip_routes if r[1] not in ("843",)]
    for i in range(40):
        r = random.choice(trip_routes)
        drv = random.choice(depot_drivers[r[5]])
        bus = random.choice(depot_buses[r[5]])
        date = "2024-%02d-%02d" % (random.randint(3, 5), random.randint(1, 28))
        pax = random.randint(4, bus_seats[bus] + 15)
        fare = round(pax * random.uniform(1.6, 2.9), 2)
        if i in (7, 22, 33):
            fare = None
        trips.append((i + 1, r[0], drv, bus, date, pax, fare))
    trips.sort(key=lambda t: (t[4], t[0]))
    trips = [(i + 1,) + t[1:] for i, t in enumerate(trips)]

    out.append("-- bus_network: a regional bus network (depots, stops, routes, buses, drivers, trips)")
    out.append(SCHEMA)
    for r in depots:
        out.append(insert("Depots", r))
    out.append("")
    for r in stops:
        out.append(insert("Bus_Stops", r))
    out.append("")
    for r in models:
        out.append(insert("Ref_Bus_Models", r))
    out.append("")
    for r in routes:
        out.append(insert("Routes", r))
    out.append("")
    for r in buses:
        out.append(insert("Buses", r))
    out.append("")
    for r in drivers:
        out.append(insert("Drivers", r))
    out.append("")
    for r in trips:
        out.append(insert("Trips", r))
    out.append("")
    for r in route_stops:
        out.append(insert("Route_Stops", r))
    out.append("")

    with open(sys.argv[1], "w", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
