# Writes the river_cruises SQLite schema (CREATE TABLE) and all rows (INSERT) to the file named on the command line.
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

CREATE TABLE Ref_Ship_Classes (
  Ship_Class_Code TEXT PRIMARY KEY,
  Ship_Class_Description TEXT NOT NULL
);

CREATE TABLE Ports (
  Port_ID INTEGER PRIMARY KEY,
  Port_Name TEXT NOT NULL,
  River TEXT NOT NULL,
  Country TEXT NOT NULL
);

CREATE TABLE Ships (
  Ship_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Built_Year TEXT,
  Cabins INTEGER,
  Ship_Class_Code TEXT,
  FOREIGN KEY (Ship_Class_Code) REFERENCES Ref_Ship_Classes(Ship_Class_Code)
);

CREATE TABLE Cruises (
  Cruise_ID INTEGER PRIMARY KEY,
  Ship_ID INTEGER NOT NULL,
  Embark_Port_ID INTEGER NOT NULL,
  Disembark_Port_ID INTEGER NOT NULL,
  Start_Date TEXT,
  Nights INTEGER,
  Price_Per_Person REAL,
  FOREIGN KEY (Ship_ID) REFERENCES Ships(Ship_ID),
  FOREIGN KEY (Embark_Port_ID) REFERENCES Ports(Port_ID),
  FOREIGN KEY (Disembark_Port_ID) REFERENCES Ports(Port_ID)
);

CREATE TABLE Passengers (
  Passenger_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Nationality TEXT,
  loyalty_level TEXT
);

CREATE TABLE Bookings (
  Booking_ID INTEGER PRIMARY KEY,
  Passenger_ID INTEGER NOT NULL,
  Cruise_ID INTEGER NOT NULL,
  Cabin_Type TEXT,
  Amount_Paid REAL,
  FOREIGN KEY (Passenger_ID) REFERENCES Passengers(Passenger_ID),
  FOREIGN KEY (Cruise_ID) REFERENCES Cruises(Cruise_ID)
);

CREATE TABLE Crew_Members (
  crew_member_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Role TEXT,
  Ship_ID INTEGER,
  Years_of_Service INTEGER,
  other_details TEXT
);

CREATE TABLE Cruise_Port_Calls (
  Cruise_ID INTEGER NOT NULL,
  Port_ID INTEGER NOT NULL,
  Call_Order INTEGER NOT NULL,
  PRIMARY KEY (Cruise_ID, Port_ID),
  FOREIGN KEY (Cruise_ID) REFERENCES Cruises(Cruise_ID),
  FOREIGN KEY (Port_ID) REFERENCES Ports(Port_ID)
);
"""

SHIP_CLASSES = [
    ("LNG", "Longship with full-width suites and sun deck"),
    ("STD", "Standard river cruiser"),
    ("SUI", "All-suite luxury river vessel"),
    ("EXP", "Expedition riverboat with small-boat landings"),
    ("PAD", "Traditional paddle-wheel steamer"),
]

# (name, river, country)
PORTS = [
    ("Passau", "Danube", "Germany"),
    ("Melk", "Danube", "Austria"),
    ("Vienna", "Danube", "Austria"),
    ("Bratislava", "Danube", "Slovakia"),
    ("Budapest", "Danube", "Hungary"),
    ("Vukovar", "Danube", "Croatia"),
    ("Belgrade", "Danube", "Serbia"),
    ("Basel", "Rhine", "Switzerland"),
    ("Strasbourg", "Rhine", "France"),
    ("Rudesheim", "Rhine", "Germany"),
    ("Koblenz", "Rhine", "Germany"),
    ("Cologne", "Rhine", "Germany"),
    ("Amsterdam", "Rhine", "Netherlands"),
    ("Paris", "Seine", "France"),
    ("Rouen", "Seine", "France"),
    ("Honfleur", "Seine", "France"),
    ("Lyon", "Rhone", "France"),
    ("Avignon", "Rhone", "France"),
    ("Arles", "Rhone", "France"),
    ("Porto", "Douro", "Portugal"),
    ("Regua", "Douro", "Portugal"),
    ("Pinhao", "Douro", "Portugal"),
    ("Cochem", "Moselle", "Germany"),
    ("Trier", "Moselle", "Germany"),
]

# (name, built_year, cabins, class, home river)
SHIPS = [
    ("Danube Serenade", "2014", 95, "LNG", "Danube"),
    ("Blue Heron", "2009", 72, "STD", "Danube"),
    ("Duchess of Melk", "2019", 48, "SUI", "Danube"),
    ("Silver Crane", "2003", 64, "STD", "Danube"),
    ("Rhine Aurora", "2016", 90, "LNG", "Rhine"),
    ("Amadea Lyra", "2021", 56, "SUI", "Rhine"),
    ("Golden Otter", "1998", 80, "STD", "Rhine"),
    ("Seine Lumiere", "2012", 68, "LNG", "Seine"),
    ("Rhone Harmony", "2017", 74, "STD", "Rhone"),
    ("Douro Spirit", "2013", 53, "EXP", "Douro"),
    ("Quinta Star", "2022", 42, "SUI", "Douro"),
    ("Moselle Belle", None, 38, "EXP", "Moselle"),
    ("Emerald Willow", "2006", 61, None, "Danube"),
    ("River Nocturne", "2024", 85, "LNG", None),
]

FIRST = ["James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen",
         "Thomas", "Helen", "Peter", "Margaret", "Hans", "Ingrid", "Pierre", "Claire",
         "Willem", "Anke", "Oliver", "Charlotte", "Liam", "Chloe", "Noah", "Grace",
         "Walter", "Dorothy", "Bruce", "Fiona", "Gerhard", "Sophie", "Edward", "Judith",
         "Arthur", "Nora", "Harold", "Joan", "Samuel", "Wendy", "Rita", "Dennis"]
LAST = ["Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Anderson", "Clarke",
        "Muller", "Schneider", "Fischer", "Dubois", "Laurent", "de Vries", "Jansen",
        "Murphy", "Walsh", "Campbell", "Stewart", "Thompson", "Harris", "Nguyen",
        "Kowalski", "Rossi", "Bauer", "Hughes", "Fraser", "Morgan", "Bennett", "Reid"]

NATIONALITIES = ["United States"] * 5 + ["United Kingdom"] * 3 + ["Australia"] * 2 + \
    ["Canada"] * 2 + ["Germany"] * 2 + ["Netherlands", "France", "Ireland"]
LOYALTY = ["Bronze", "Bronze", "Silver", "Silver", "Gold", "Platinum", None]

CREW_ROLES = ["Deckhand", "Deckhand", "Steward", "Steward", "Chef", "Engineer",
              "Cruise Director", "Hotel Manager"]
CREW_NOTES = [None, None, None, "Speaks German and French", "First aid certified",
              "Former sommelier", "Trainee", None]


def unique_names(n):
    names = set()
    out = []
    while len(out) < n:
        nm = random.choice(FIRST) + " " + random.choice(LAST)
        if nm not in names:
            names.add(nm)
            out.append(nm)
    return out


def main():
    path = sys.argv[1]
    lines = [SCHEMA]

    for code, desc in SHIP_CLASSES:
        lines.append("INSERT INTO Ref_Ship_Classes VALUES (%s, %s);" % (q(code), q(desc)))

    port_ids = {}
    river_ports = {}
    for i, (name, river, country) in enumerate(PORTS, 1):
        port_ids[name] = i
        river_ports.setdefault(river, []).append(i)
        lines.append("INSERT INTO Ports VALUES (%d, %s, %s, %s);" % (i, q(name), q(river), q(country)))

    ships_by_river = {}
    for i, (name, year, cabins, cls, river) in enumerate(SHIPS, 1):
        if river:
            ships_by_river.setdefault(river, []).append(i)
        lines.append("INSERT INTO Ships VALUES (%d, %s, %s, %s, %s);" % (i, q(name), q(year), q(cabins), q(cls)))

    # Ports that are never used by any cruise (neither end nor call)
    unused_ports = {port_ids["Arles"], port_ids["Vukovar"]}
    # Ships that never sail
    idle_ships = {13, 14}

    # Cruises
    river_weights = ["Danube"] * 9 + ["Rhine"] * 7 + ["Seine"] * 4 + ["Rhone"] * 3 + \
        ["Douro"] * 4 + ["Moselle"] * 2
    random.shuffle(river_weights)
    cruises = []
    calls = []
    used_prices = set()
    for cid, river in enumerate(river_weights, 1):
        ports = [p for p in river_ports[river] if p not in unused_ports]
        ships = [s for s in ships_by_river[river] if s not in idle_ships]
        ship = random.choice(ships)
        if random.random() < 0.5:
            seq = ports[:]
        else:
            seq = ports[::-1]
        start = random.randint(0, max(0, len(seq) - 3)) if len(seq) > 3 else 0
        end = random.randint(min(len(seq) - 1, start + 2), len(seq) - 1)
        route = seq[start:end + 1]
        if len(route) < 2:
            route = seq[:2]
        embark, disembark = route[0], route[-1]
        middle = route[1:-1]
        nights = max(3, min(14, len(route) * 2 + random.randint(-1, 3)))
        month = random.randint(3, 11)
        day = random.randint(1, 28)
        year = random.choice([2023, 2024, 2024])
        start_date = "%d-%02d-%02d" % (year, month, day)
        while True:
            price = round(nights * random.randint(260, 520) / 10.0) * 10 - 1
            if price not in used_prices:
                used_prices.add(price)
                break
        cruises.append((cid, ship, embark, disembark, start_date, nights, float(price)))
        for order, p in enumerate(middle, 1):
            calls.append((cid, p, order))
    for c in cruises:
        lines.append("INSERT INTO Cruises VALUES (%d, %d, %d, %d, %s, %d, %s);" % (
            c[0], c[1], c[2], c[3], q(c[4]), c[5], q(c[6])))

    # Passengers
    names = unique_names(34)
    passengers = []
    for pid, nm in enumerate(names, 1):
        age = random.randint(29, 84)
        nat = random.choice(NATIONALITIES)
        loyalty = random.choice(LOYALTY)
        passengers.append((pid, nm, age, nat, loyalty))
        lines.append("INSERT INTO Passengers VALUES (%d, %s, %s, %s, %s);" % (pid, q(nm), q(age), q(nat), q(loyalty)))

    # Bookings: some passengers never book, some cruises never get bookings
    non_booking = set(random.sample(range(1, len(passengers) + 1), 5))
    unbooked_cruises = set(random.sample(range(1, len(cruises) + 1), 6))
    bookers = [p for p in range(1, len(passengers) + 1) if p not in non_booking]
    bookable = [c for c in cruises if c[0] not in unbooked_cruises]
    seen = set()
    bid = 0
    booking_rows = []
    while bid < 40:
        pid = random.choice(bookers)
        c = random.choice(bookable)
        if (pid, c[0]) in seen:
            continue
        seen.add((pid, c[0]))
        bid += 1
        cabin = random.choice(["Standard", "Standard", "Balcony", "Balcony", "Suite"])
        factor = {"Standard": 1.0, "Balcony": 1.35, "Suite": 1.9}[cabin]
        discount = random.choice([1.0, 1.0, 0.95, 0.9])
        amount = round(c[6] * factor * discount, 2)
        if random.random() < 0.07:
            amount = None
        booking_rows.append((bid, pid, c[0], cabin, amount))
    for b in booking_rows:
        lines.append("INSERT INTO Bookings VALUES (%d, %d, %d, %s, %s);" % (b[0], b[1], b[2], q(b[3]), q(b[4])))

    # Crew members (Ship_ID refers to Ships but is not declared as a foreign key)
    crew_names = unique_names(32)
    crew_ships = [s for s in range(1, len(SHIPS) + 1) if s != 12]  # Moselle Belle has no crew listed
    for i, nm in enumerate(crew_names, 1):
        if i <= 12:
            role = "Captain"
            ship = crew_ships[i - 1]
        else:
            role = random.choice(CREW_ROLES)
            ship = random.choice(crew_ships[:-1])
        years = random.randint(1, 14) if role != "Captain" else random.randint(8, 31)
        note = random.choice(CREW_NOTES)
        lines.append("INSERT INTO Crew_Members VALUES (%d, %s, %s, %d, %d, %s);" % (i, q(nm), q(role), ship, years, q(note)))

    for c in calls:
        lines.append("INSERT INTO Cruise_Port_Calls VALUES (%d, %d, %d);" % c)

    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
