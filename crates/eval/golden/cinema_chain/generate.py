#!/usr/bin/env python3
"""Deterministic generator for the cinema_chain evaluation database.

Usage: python3 generate.py cinema_chain.sql
"""
import random
import sys

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


SCHEMA = """
CREATE TABLE Cinema (
    CinemaID INTEGER PRIMARY KEY,
    CinemaName TEXT NOT NULL,
    city_cd TEXT,
    opened_yr INTEGER,
    has_imax TEXT,
    ph_no TEXT
);

CREATE TABLE screens (
    screen_id INTEGER PRIMARY KEY,
    cinema_ref INTEGER,
    screen_no INTEGER,
    capacity TEXT,
    scr_type TEXT,
    FOREIGN KEY (cinema_ref) REFERENCES Cinema(CinemaID)
);

CREATE TABLE Ref_Film_Ratings (
    rating_cd TEXT PRIMARY KEY,
    rating_desc TEXT,
    min_age INTEGER,
    ctry TEXT
);

CREATE TABLE Film (
    FilmID INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    rel_yr INTEGER,
    runtime TEXT,
    rating_cd TEXT,
    genre TEXT,
    distrib TEXT
);

CREATE TABLE showings (
    show_id INTEGER PRIMARY KEY,
    FilmID INTEGER,
    scr INTEGER,
    show_dt TEXT,
    start_tm TEXT,
    base_price REAL,
    FOREIGN KEY (FilmID) REFERENCES Film(FilmID)
);

CREATE TABLE customers (
    cust_id INTEGER PRIMARY KEY,
    cust_fname TEXT,
    cust_lname TEXT,
    gender TEXT,
    dob TEXT,
    home_cin INTEGER,
    member_yn TEXT,
    email TEXT,
    FOREIGN KEY (home_cin) REFERENCES Cinema(CinemaID)
);

CREATE TABLE Ticket (
    TicketNo INTEGER PRIMARY KEY,
    show_id INTEGER,
    cust_id INTEGER,
    seat TEXT,
    price_paid REAL,
    status TEXT,
    FOREIGN KEY (show_id) REFERENCES showings(show_id)
);

CREATE TABLE Staff (
    staff_no INTEGER PRIMARY KEY,
    emp_fname TEXT,
    emp_lname TEXT,
    sex TEXT,
    job TEXT,
    cinema_no INTEGER,
    supervisor INTEGER,
    hire_dt TEXT,
    salary INTEGER,
    FOREIGN KEY (supervisor) REFERENCES Staff(staff_no)
);

CREATE TABLE film_reviews (
    cust_id INTEGER,
    FilmID INTEGER,
    stars INTEGER,
    review_dt TEXT,
    PRIMARY KEY (cust_id, FilmID),
    FOREIGN KEY (cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (FilmID) REFERENCES Film(FilmID)
);
"""

# ---------------------------------------------------------------- Cinema
CINEMAS = [
    ("Starlight Union Square", "NYC", "Y"),
    ("Starlight Brooklyn Heights", "NYC", "N"),
    ("Starlight Lincoln Center", "NYC", "Y"),
    ("Starlight Harlem", "NYC", "N"),
    ("Starlight Westwood", "LAX", "Y"),
    ("Starlight Burbank", "LAX", "N"),
    ("Starlight Santa Monica", "LAX", "N"),
    ("Starlight River North", "CHI", "Y"),
    ("Starlight Wicker Park", "CHI", "N"),
    ("Starlight Hyde Park", "CHI", "N"),
    ("Starlight Back Bay", "BOS", "N"),
    ("Starlight Fenway", "BOS", "N"),
    ("Starlight Mission", "SFO", "Y"),
    ("Starlight Embarcadero", "SFO", "Y"),
    ("Starlight Leicester Square", "LON", "Y"),
    ("Starlight Camden", "LON", "N"),
    ("Starlight Greenwich", "LON", "N"),
    ("Starlight Deansgate", "MAN", "N"),
    ("Starlight Salford Quays", "MAN", "N"),
    ("Starlight Princes Street", "EDI", "Y"),
]
AREA = {"NYC": "212", "LAX": "310", "CHI": "312", "BOS": "617", "SFO": "415",
        "LON": "020", "MAN": "0161", "EDI": "0131"}
cinema_rows = []
for i, (name, city, imax) in enumerate(CINEMAS, start=1):
    yr = random.randint(1988, 2019)
    ph = None if i in (4, 12, 19) else "%s-%03d-%04d" % (AREA[city], random.randint(200, 999), random.randint(0, 9999))
    cinema_rows.append((i, name, city, yr, imax, ph))

# ---------------------------------------------------------------- screens
screen_rows = []
sid = 0
for c in cinema_rows:
    cid, imax = c[0], c[4]
    n = random.randint(3, 5)
    for k in range(1, n + 1):
        sid += 1
        if imax == "Y" and k == 1:
            typ, cap = "IMAX", random.choice([280, 320, 350, 410])
        else:
            typ = random.choice(["2D", "2D", "2D", "3D"])
            cap = random.choice([60, 80, 95, 110, 120, 150, 180, 210, 240])
        screen_rows.append((sid, cid, k, str(cap), typ))
# make sure a couple of cinemas have no 3D screen and a couple do
cin_3d = {}
for r in screen_rows:
    cin_3d.setdefault(r[1], set()).add(r[4])

# ---------------------------------------------------------------- ratings
rating_rows = [
    ("G", "General audiences - all ages admitted", 0, "US"),
    ("PG", "Parental guidance suggested", 0, "US"),
    ("PG-13", "Parents strongly cautioned - some material may be inappropriate for children under 13", 13, "US"),
    ("R", "Restricted - under 17 requires accompanying parent or adult guardian", 17, "US"),
    ("NC-17", "Adults only - no one 17 and under admitted", 18, "US"),
    ("NR", "Not rated", None, "US"),
    ("U", "Universal - suitable for all", 0, "UK"),
    ("12A", "Under 12s must be accompanied by an adult", 12, "UK"),
    ("15", "Suitable only for 15 years and over", 15, "UK"),
    ("18", "Suitable only for adults", 18, "UK"),
    ("R18", "Restricted 18 - licensed premises only", 18, "UK"),
    ("14A", "Under 14 must be accompanied by an adult", 14, "CA"),
    ("18A", "Under 18 must be accompanied by an adult", 18, "CA"),
    ("A", "Admittance restricted to adults", 18, "CA"),
    ("E", "Exempt from classification", None, "AU"),
    ("M", "Mature - recommended for 15 and over", 15, "AU"),
    ("MA15+", "Mature accompanied - under 15 must be with a guardian", 15, "AU"),
    ("R18+", "Restricted to 18 and over", 18, "AU"),
    ("X18+", "Restricted - adults only", 18, "AU"),
    ("CTC", "Check the classification", None, "AU"),
]

# ---------------------------------------------------------------- films
FILMS = [
    # title, genre, rating, runtime
    ("The Last Lighthouse", "Drama", "PG-13", 124),
    ("Neon Harbor", "Thriller", "R", 112),
    ("Paper Rockets", "Animation", "G", 94),
    ("Midnight at the Diner", "Comedy", "PG-13", 101),
    ("Iron Orchard", "Action", "PG-13", 131),
    ("The Quiet Tenant", "Horror", "R", 98),
    ("Starfall Protocol", "Sci-Fi", "PG-13", 142),
    ("Honey and Ash", "Romance", "PG-13", 109),
    ("Little Bear Goes North", "Animation", "G", 88),
    ("Cold Ledger", "Thriller", "R", 117),
    ("Summer of the Kites", "Drama", "PG", 106),
    ("Velvet Static", "Drama", "NC-17", 133),
    ("Grand Larceny Club", "Comedy", "R", 104),
    ("Beneath the Ice Shelf", "Sci-Fi", "PG-13", 127),
    ("The Ninth Floor", "Horror", "R", 92),
    ("Runaway Parade", "Comedy", "PG", 97),
    ("Kingdom of Salt", "Action", "R", 158),
    ("A Map of Tuesdays", "Romance", "PG", 113),
    ("Echo Valley", "Drama", "R", 121),
    ("Thunder Road Rally", "Action", "PG-13", 118),
    ("The Glass Orchestra", "Drama", "NR", 139),
    ("Pixel Pirates", "Animation", "PG", 91),
    ("Under a Borrowed Moon", "Romance", "12A", 108),
    ("Hollow Pines", "Horror", "15", 96),
    ("Signal Lost", "Sci-Fi", "R", 129),
    ("The Accountant's Holiday", "Comedy", "PG-13", 99),
    ("Crimson Tide Pool", "Thriller", "PG-13", 114),
    ("Blue Hour", "Drama", "18", 137),
    ("Dragon Street Diner", "Animation", "U", 85),
    ("Operation Lantern", "Action", "PG-13", 136),
    ("Salt and Vinegar", "Comedy", "15", 102),
    ("The Orbiting Choir", "Sci-Fi", "PG", 119),
    ("Wolves of Marlow", "Thriller", "R", 123),
    ("Second Spring", "Romance", "PG-13", 111),
    ("Dust Devils", "Action", "R", 115),
    ("The Silent Archive", "Drama", "NR", 146),
    ("Galaxy Gardeners", "Animation", "G", 93),
    ("Night Shift at Woolworths", "Comedy", "12A", 100),
    ("The Final Reel", "Drama", "PG-13", 126),
    ("Parallel Lines", "Sci-Fi", "NC-17", 132),
]
DISTRIBS = ["Lumen Pictures", "Harbor Films", "Northgate", "Bright Owl", "Cobalt Releasing"]
film_rows = []
for i, (t, g, r, rt) in enumerate(FILMS, start=1):
    yr = random.randint(2019, 2024)
    d = None if i in (12, 21, 28, 36) else random.choice(DISTRIBS)
    film_rows.append((i, t, yr, str(rt), r, g, d))
NEVER_SHOWN = {12, 28, 36, 40}

# ---------------------------------------------------------------- showings
show_rows = []
shown_films = [f[0] for f in film_rows if f[0] not in NEVER_SHOWN]
# a film that is shown in New York but never in LA and vice versa is handled
# by random choice; some films are weighted to be popular
weights = {fid: 1 for fid in shown_films}
for fid in (5, 7, 17, 20):
    weights[fid] = 3
nyc_screens = [s[0] for s in screen_rows if cinema_rows[s[1] - 1][2] == "NYC"]
lax_screens = [s[0] for s in screen_rows if cinema_rows[s[1] - 1][2] == "LAX"]
all_screens = [s[0] for s in screen_rows]
times = ["11:00", "13:30", "16:15", "18:45", "19:30", "21:15", "22:40"]
for i in range(1, 201):
    fid = random.choices(shown_films, weights=[weights[f] for f in shown_films])[0]
    # keep a few films away from Los Angeles
    scr = random.choice(all_screens)
    while fid in (3, 18, 24, 33) and scr in lax_screens:
        scr = random.choice(all_screens)
    day = random.randint(1, 28)
    dt = "2024-%02d-%02d" % (random.choice([3, 4, 5]), day)
    tm = random.choice(times)
    price = random.choice([9.5, 11.0, 12.5, 14.0]) + (5.0 if screen_rows[scr - 1][4] == "IMAX" else 0.0)
    show_rows.append((i, fid, scr, dt, tm, price))
# guarantee films 3 and 24 are shown in NYC
show_rows[10] = (11, 3, nyc_screens[0], "2024-03-09", "13:30", 9.5)
show_rows[11] = (12, 24, nyc_screens[3], "2024-04-12", "21:15", 12.5)

# ---------------------------------------------------------------- customers
FN_F = ["Emma", "Olivia", "Ava", "Sophia", "Mia", "Isabella", "Grace", "Chloe", "Lucy", "Hannah",
        "Priya", "Aisha", "Maya", "Zoe", "Ella", "Ruby", "Nora", "Leah", "Freya", "Ines"]
FN_M = ["Liam", "Noah", "James", "Oliver", "Ethan", "Lucas", "Mason", "Jack", "Harry", "Samuel",
        "Daniel", "Omar", "Ravi", "Leo", "Finn", "Arthur", "Mateo", "Owen", "Caleb", "Hugo"]
LN = ["Smith", "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Taylor", "Clarke",
      "Patel", "Nguyen", "Khan", "Murphy", "O'Brien", "Walker", "Hughes", "Evans", "Rossi",
      "Kim", "Lopez", "Baker", "Wright", "Scott", "Turner", "Reid", "Campbell", "Fraser"]
cust_rows = []
for i in range(1, 121):
    g = random.choice("FM")
    fn = random.choice(FN_F if g == "F" else FN_M)
    ln = random.choice(LN)
    dob = "%d-%02d-%02d" % (random.randint(1955, 2006), random.randint(1, 12), random.randint(1, 28))
    home = random.randint(1, 20)
    mem = random.choice("YYN")
    email = None if random.random() < 0.12 else "%s.%s%d@mailbox.test" % (fn.lower(), ln.lower().replace("'", ""), i)
    cust_rows.append((i, fn, ln, g, dob, home, mem, email))

# ---------------------------------------------------------------- tickets
ticket_rows = []
cweights = [1] * 120
cweights[16] = 6   # customer 17 is a regular
for i in range(1, 301):
    sh = random.choice(show_rows)
    if random.random() < 0.15:
        cust = None
    else:
        cust = random.choices(range(1, 121), weights=cweights)[0]
    seat = "%s%d" % (random.choice("ABCDEFGHJK"), random.randint(1, 18))
    disc = 0.0
    if cust is not None and cust_rows[cust - 1][6] == "Y":
        disc = 1.5
    price = round(sh[5] - disc, 2)
    status = "R" if random.random() < 0.08 else "P"
    ticket_rows.append((i, sh[0], cust, seat, price, status))

# ---------------------------------------------------------------- staff
staff_rows = []
sno = 0
# head office
sno += 1
staff_rows.append((sno, "Margaret", "Okafor", "F", "Chief Operating Officer", None, None, "2009-02-16", 185000))
sno += 1
staff_rows.append((sno, "Gordon", "Ellis", "M", "Regional Director", None, 1, "2012-07-01", 132000))
sno += 1
staff_rows.append((sno, "Fiona", "MacLeod", "F", "Regional Director", None, 1, "2014-03-10", 128500))
manager_of = {}
for c in cinema_rows:
    sno += 1
    g = random.choice("FM")
    fn = random.choice(FN_F if g == "F" else FN_M)
    ln = random.choice(LN)
    sup = 3 if c[2] in ("LON", "MAN", "EDI") else 2
    hire = "%d-%02d-%02d" % (random.randint(2010, 2021), random.randint(1, 12), random.randint(1, 28))
    staff_rows.append((sno, fn, ln, g, "Cinema Manager", c[0], sup, hire, random.randint(58, 79) * 1000 + random.choice([0, 250, 500, 750])))
    manager_of[c[0]] = sno
JOBS = ["Projectionist", "Usher", "Box Office Clerk", "Concessions Attendant"]
while sno < 60:
    sno += 1
    g = random.choice("FM")
    fn = random.choice(FN_F if g == "F" else FN_M)
    ln = random.choice(LN)
    cin = random.choice([1, 1, 3, 5, 8, 15] + list(range(1, 21)))
    job = random.choice(JOBS)
    hire = "%d-%02d-%02d" % (random.randint(2015, 2024), random.randint(1, 12), random.randint(1, 28))
    sal = {"Projectionist": 38000, "Usher": 27000, "Box Office Clerk": 29000,
           "Concessions Attendant": 26500}[job] + random.randint(0, 40) * 100
    staff_rows.append((sno, fn, ln, g, job, cin, manager_of[cin], hire, sal))

# ---------------------------------------------------------------- reviews
review_rows = []
pairs = set()
rweights = [1] * 120
for k in (4, 22, 57, 90):
    rweights[k] = 5
while len(review_rows) < 150:
    c = random.choices(range(1, 121), weights=rweights)[0]
    f = random.randint(1, 40)
    if (c, f) in pairs:
        continue
    pairs.add((c, f))
    stars = random.choice([1, 2, 3, 3, 4, 4, 4, 5, 5])
    dt = "2024-%02d-%02d" % (random.randint(3, 6), random.randint(1, 28))
    review_rows.append((c, f, stars, dt))
review_rows.sort()

# ---------------------------------------------------------------- write
out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
out.append(SCHEMA.strip())
insert(out, "Cinema", cinema_rows)
insert(out, "screens", screen_rows)
insert(out, "Ref_Film_Ratings", rating_rows)
insert(out, "Film", film_rows)
insert(out, "showings", show_rows)
insert(out, "customers", cust_rows)
insert(out, "Ticket", ticket_rows)
insert(out, "Staff", staff_rows)
insert(out, "film_reviews", review_rows)
out.append("COMMIT;")

path = sys.argv[1] if len(sys.argv) > 1 else "cinema_chain.sql"
with open(path, "w") as fh:
    fh.write("\n".join(out) + "\n")
