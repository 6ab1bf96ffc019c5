# Writes the `events` ticketing database (schema + rows) as SQL to the given path (default events.sql).
# Seeded with random.seed(2417): every run produces the same bytes.
import datetime
import random
import sys

random.seed(2417)

SCHEMA = """CREATE TABLE venues (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  capacity INTEGER NOT NULL
);
CREATE TABLE promoters (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  website TEXT
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  category TEXT NOT NULL,
  venue_id INTEGER NOT NULL REFERENCES venues(id),
  promoter_id INTEGER REFERENCES promoters(id),
  event_date TEXT NOT NULL,
  base_price REAL NOT NULL,
  sold_out INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  signup_date TEXT NOT NULL,
  phone TEXT
);
CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  seat_section TEXT NOT NULL,
  price_paid REAL NOT NULL,
  purchase_date TEXT NOT NULL,
  refunded INTEGER NOT NULL DEFAULT 0
);
"""

# (name, city, capacity, kind)  kind decides which events and seat sections fit
VENUES = [
    ("Riverside Arena", "Manchester", 18000, "arena"),
    ("Harbour Theatre", "Bristol", 900, "theatre"),
    ("Northgate Stadium", "Leeds", 32000, "stadium"),
    ("The Blue Lantern Club", "London", 350, "club"),
    ("Royal Crescent Hall", "Bath", 1500, "theatre"),
    ("Castle Rock Amphitheatre", "Edinburgh", 6000, "arena"),
    ("Millbrook Comedy Cellar", "London", 220, "club"),
    ("Victoria Park Bowl", "London", 12000, "arena"),
    ("Docklands Warehouse", "Liverpool", 2500, "club"),
    ("St Anne's Concert Hall", "Dublin", 2200, "theatre"),
    ("Granite City Arena", "Aberdeen", 8000, "arena"),
    ("The Lyric Stage", "Manchester", 1100, "theatre"),
    ("Bay Sports Centre", "Cardiff", 5500, "stadium"),
    ("The Tollbooth Rooms", "Glasgow", 480, "club"),
]

SECTIONS = {
    "arena": [("Floor", 1.2), ("Lower Tier", 1.0), ("Upper Tier", 0.8), ("VIP", 2.0)],
    "stadium": [("Lower Tier", 1.0), ("Upper Tier", 0.8), ("VIP", 2.0)],
    "theatre": [("Stalls", 1.0), ("Circle", 0.9), ("Balcony", 0.7), ("Box", 1.8)],
    "club": [("General Admission", 1.0)],
}

PROMOTERS = [
    ("Bright Lights Promotions", "brightlights.co.uk"),
    ("Northern Star Events", "northernstarevents.com"),
    ("Encore Live", "encorelive.com"),
    ("Laugh Track Comedy", None),
    ("Green Room Productions", "greenroomproductions.co.uk"),
    ("Matchday Events Ltd", "matchdayevents.co.uk"),
    ("Velvet Curtain Theatricals", None),
    ("Soundwave Touring", "soundwavetouring.com"),
]

# category -> (venue kinds, promoter ids, price range, titles)
CATALOGUE = {
    "concert": (["arena", "club", "theatre"], [1, 2, 3, 8], (25, 95), [
        "Arctic Echoes Live", "The Midnight Orchestra", "Soul Revue Weekender",
        "Jazz by the River", "Electric Dreams Tour", "Folk Roots Night",
        "Synthwave Sessions", "Indie Rising Showcase", "Rock Legends Reunion",
        "Piano Nights with Clara Holt", "Northern Lights Festival", "Country Roads Tour",
        "Neon Skyline Live", "Brass Band Spectacular", "The Velvet Tones",
        "Disco Inferno Night", "Celtic Strings", "Echo Park Unplugged",
    ]),
    "theatre": (["theatre"], [5, 7, 2], (18, 70), [
        "Hamlet", "The Importance of Being Earnest", "A Midsummer Night's Dream",
        "Death of a Salesman", "The Glass Menagerie", "Blood Brothers",
        "An Inspector Calls", "Macbeth", "Pygmalion", "The Mousetrap",
        "Private Lives", "Twelfth Night",
    ]),
    "comedy": (["club", "theatre"], [4, 3], (12, 40), [
        "Stand-Up Saturday", "Sam Barker: No Refunds", "Improv Night",
        "The Late Laugh Show", "Comedy Gala", "Open Mic Madness",
        "Priya Shah: Overthinking It", "Dad Jokes Live",
    ]),
    "sport": (["stadium", "arena"], [6, 2], (20, 85), [
        "Rugby League Challenge Match", "Fight Night: Title Eliminator",
        "Basketball Cup Final", "Darts Masters", "Wrestling Showdown",
        "Netball Superleague Final", "Ice Hockey Challenge Cup",
        "Rugby Sevens Invitational", "Snooker Shootout", "Tennis Exhibition Night",
    ]),
}

FIRST = ["Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava", "George", "Mia", "Noah",
         "Emily", "Liam", "Sophie", "Lucas", "Grace", "Ethan", "Chloe", "Sean", "Aoife",
         "Conor", "Niamh", "Pierre", "Camille", "Lukas", "Hannah", "Mateo", "Lucia",
         "Daan", "Sanne", "James", "Olivia", "Michael", "Emma", "Ravi", "Anika",
         "Tom", "Freya", "Callum", "Eilidh", "Rhys", "Megan"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
        "Roberts", "Walsh", "Murphy", "Kelly", "Byrne", "Dubois", "Martin", "Muller",
        "Schmidt", "Garcia", "Lopez", "de Vries", "Jansen", "Johnson", "Miller", "Patel",
        "Campbell", "Stewart", "Davies", "Hughes", "O'Brien", "Clarke"]
COUNTRIES = [("United Kingdom", 50), ("Ireland", 14), ("France", 7), ("Germany", 7),
             ("Spain", 5), ("Netherlands", 5), ("United States", 8), ("Canada", 4)]
PHONE_PREFIX = {"United Kingdom": "+44 7", "Ireland": "+353 8", "France": "+33 6",
                "Germany": "+49 15", "Spain": "+34 6", "Netherlands": "+31 6",
                "United States": "+1 ", "Canada": "+1 "}


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def insert(out, table, row):
    out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row)))


def day(d):
    return d.isoformat()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "events.sql"
    out = [SCHEMA.rstrip("\n"), "BEGIN TRANSACTION;"]

    for i, (name, city, cap, _kind) in enumerate(VENUES, 1):
        insert(out, "venues", (i, name, city, cap))
    for i, (name, site) in enumerate(PROMOTERS, 1):
        insert(out, "promoters", (i, name, site))

    # events
    events = []
    start = datetime.date(2024, 1, 12)
    for category in ["concert", "theatre", "comedy", "sport"]:
        kinds, promoters, (lo, hi), titles = CATALOGUE[category]
        for title in titles:
            venue_ids = [i for i, v in enumerate(VENUES, 1) if v[3] in kinds]
            venue_id = random.choice(venue_ids)
            promoter_id = random.choice(promoters) if random.random() < 0.8 else None
            date = start + datetime.timedelta(days=random.randint(0, 520))
            price = float(random.randint(lo, hi)) + random.choice([0.0, 0.5, 0.99, 0.0])
            sold_out = 1 if random.random() < 0.22 else 0
            events.append([title, category, venue_id, promoter_id, date, price, sold_out])
    events.sort(key=lambda e: (e[4], e[0]))
    for i, e in enumerate(events, 1):
        insert(out, "events", (i, e[0], e[1], e[2], e[3], day(e[4]), e[5], e[6]))

    # customers
    customers = []
    used = []
    weights = [w for _c, w in COUNTRIES]
    while len(customers) < 130:
        name = random.choice(FIRST) + " " + random.choice(LAST)
        if name in used:
            continue
        used.append(name)
        country = random.choices([c for c, _w in COUNTRIES], weights)[0]
        signup = datetime.date(2022, 3, 1) + datetime.timedelta(days=random.randint(0, 900))
        phone = None
        if random.random() > 0.17:
            digits = 10 if PHONE_PREFIX[country] == "+1 " else 9
            phone = PHONE_PREFIX[country] + "".join(str(random.randint(0, 9)) for _ in range(digits))
        customers.append((name, country, signup, phone))
    customers.sort(key=lambda c: (c[2], c[0]))
    for i, c in enumerate(customers, 1):
        insert(out, "customers", (i, c[0], c[1], day(c[2]), c[3]))

    # tickets: a few events (the last ones on the calendar) have no sales yet
    sellable = list(range(1, len(events) - 3))
    ev_weights = [4 if events[i - 1][6] else 1 + random.random() for i in sellable]
    buyer_pool = list(range(1, len(customers) + 1))
    random.shuffle(buyer_pool)
    buyer_pool = buyer_pool[:118]  # the rest never buy anything
    tickets = []
    while len(tickets) < 300:
        eid = random.choices(sellable, ev_weights)[0]
        title, category, venue_id, _p, edate, base, _so = events[eid - 1]
        cid = random.choice(buyer_pool)
        signup = customers[cid - 1][2]
        earliest = max(signup, edate - datetime.timedelta(days=120))
        latest = edate - datetime.timedelta(days=1)
        if earliest > latest:
            continue
        pdate = earliest + datetime.timedelta(days=random.randint(0, (latest - earliest).days))
        section, mult = random.choice(SECTIONS[VENUES[venue_id - 1][3]])
        price = base * mult
        if (edate - pdate).days > 75:
            price *= 0.9  # early bird
        price = round(price + 1e-9, 2)
        refunded = 1 if random.random() < 0.08 else 0
        tickets.append((eid, cid, section, price, pdate, refunded))
    tickets.sort(key=lambda t: (t[4], t[0], t[1]))
    for i, t in enumerate(tickets, 1):
        insert(out, "tickets", (i, t[0], t[1], t[2], t[3], day(t[4]), t[5]))

    out.append("COMMIT;")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
