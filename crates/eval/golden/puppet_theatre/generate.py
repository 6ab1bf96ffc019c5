# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the puppet_theatre database to the file named on the command line.
import random
import sys

random.seed(4217)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Theatres (
    Theatre_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Seats INTEGER,
    Opening_Year INTEGER
);

CREATE TABLE Companies (
    Company_ID INTEGER PRIMARY KEY,
    Company_Name TEXT NOT NULL,
    Founded TEXT,
    Home_Country TEXT,
    other_details TEXT
);

CREATE TABLE Puppeteers (
    Puppeteer_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT
);

CREATE TABLE Shows (
    Show_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    genre_code TEXT,
    Running_Minutes INTEGER,
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types(genre_code)
);

CREATE TABLE Performances (
    Performance_ID INTEGER PRIMARY KEY,
    Show_ID INTEGER,
    Company_ID INTEGER,
    Theatre_ID INTEGER,
    Performance_Date TEXT,
    Tickets_Sold INTEGER,
    Revenue REAL
);

CREATE TABLE Cast_Members (
    Puppeteer_ID INTEGER,
    Company_ID INTEGER,
    Show_ID INTEGER,
    Role TEXT,
    PRIMARY KEY (Puppeteer_ID, Company_ID, Show_ID),
    FOREIGN KEY (Puppeteer_ID) REFERENCES Puppeteers(Puppeteer_ID),
    FOREIGN KEY (Company_ID) REFERENCES Companies(Company_ID),
    FOREIGN KEY (Show_ID) REFERENCES Shows(Show_ID)
);

CREATE TABLE Tours (
    Tour_ID INTEGER PRIMARY KEY,
    Tour_Name TEXT,
    Company_ID INTEGER,
    Start_Theatre_ID INTEGER,
    End_Theatre_ID INTEGER,
    Start_Date TEXT,
    Number_of_Stops INTEGER,
    FOREIGN KEY (Company_ID) REFERENCES Companies(Company_ID),
    FOREIGN KEY (Start_Theatre_ID) REFERENCES Theatres(Theatre_ID),
    FOREIGN KEY (End_Theatre_ID) REFERENCES Theatres(Theatre_ID)
);
"""

THEATRES = [
    # id, name, city, country, seats, opening year
    (1, "Le Mouffetard", "Paris", "France", 186, 1993),
    (2, "Theatre Jean Arp", "Clamart", "France", 412, 1978),
    (3, "Grand Theatre de Charleville", "Charleville-Mezieres", "France", 640, None),
    (4, "Augsburger Puppenkiste", "Augsburg", "Germany", 214, 1948),
    (5, "Figurentheater Lubeck", "Lubeck", "Germany", 128, 1982),
    (6, "Schaubude Berlin", "Berlin", "Germany", 530, 1993),
    (7, "Divadlo Spejbla a Hurvinka", "Prague", "Czech Republic", 355, 1945),
    (8, "Teatro Gioco Vita", "Piacenza", "Italy", 472, 1971),
    (9, "Teatro San Carlino", "Rome", "Italy", 243, None),
    (10, "Teatre Principal", "Tolosa", "Spain", 298, 1956),
    (11, "Little Angel Theatre", "London", "United Kingdom", 100, 1961),
    (12, "Norwich Puppet Theatre", "Norwich", "United Kingdom", 190, 1979),
    (13, "Teatr Lalka", "Warsaw", "Poland", 320, 1945),
    (14, "Teatro Dom Roberto", "Lisbon", "Portugal", 157, None),
    (15, "National Bunraku Theatre", "Osaka", "Japan", 753, 1984),
    (16, "Toone Theatre", "Brussels", "Belgium", 96, 1830),
]

COMPANIES = [
    # id, name, founded (TEXT), home country, other details
    (1, "Compagnie Philippe Genty", "1968", "France", "Visual theatre and large-scale illusion"),
    (2, "Les Anges au Plafond", "2000", "France", None),
    (3, "Puppentheater Halle", "1978", "Germany", "Municipal ensemble"),
    (4, "Figurentheater Tubingen", "1993", "Germany", None),
    (5, "Teatro del Drago", "1979", "Italy", "Family-run, fifth generation"),
    (6, "Blind Summit Theatre", "1997", "United Kingdom", None),
    (7, "Handspring Puppet Company", "1981", "South Africa", "Known for life-size animal puppets"),
    (8, "Teatr Baj", "1928", "Poland", None),
    (9, "Bunraku Kyokai", "1963", "Japan", "Traditional three-person puppetry"),
    (10, "Companhia de Marionetas de Lisboa", "1985", "Portugal", None),
    (11, "Teatro Corsario", "1982", "Spain", None),
]

PUPPETEER_NAMES = [
    ("Claire Dubois", "French"), ("Julien Marchand", "French"), ("Amelie Laurent", "French"),
    ("Lukas Becker", "German"), ("Hanna Vogel", "German"), ("Matthias Kruger", "German"),
    ("Sofia Bianchi", "Italian"), ("Marco Ferri", "Italian"), ("Giulia Romano", "Italian"),
    ("Oliver Hughes", "British"), ("Emma Clarke", "British"), ("Thomas Reid", "British"),
    ("Sipho Ndlovu", "South African"), ("Naledi Khumalo", "South African"),
    ("Katarzyna Nowak", "Polish"), ("Piotr Zielinski", "Polish"),
    ("Kenji Yoshida", "Japanese"), ("Aiko Tanaka", "Japanese"), ("Hiroshi Mori", "Japanese"),
    ("Rita Carvalho", "Portuguese"), ("Joao Pereira", "Portuguese"),
    ("Lucia Moreno", "Spanish"), ("Javier Ortega", "Spanish"),
    ("Tereza Novakova", "Czech"), ("Pieter Janssens", "Belgian"),
]

GENRES = [
    ("MAR", "Marionette"),
    ("SHD", "Shadow puppetry"),
    ("HND", "Hand puppetry"),
    ("ROD", "Rod puppetry"),
    ("BUN", "Bunraku"),
    ("OBJ", "Object theatre"),
    ("TOY", "Toy theatre"),
]

SHOWS = [
    # title, genre code
    ("The Moon Weaver", "SHD"),
    ("Pinocchio's Long Night", "MAR"),
    ("Under a Paper Moon", "SHD"),
    ("The Tinderbox", "HND"),
    ("War Horse Variations", "ROD"),
    ("Sonezaki Shinju", "BUN"),
    ("Kitchen Odyssey", "OBJ"),
    ("The Snow Queen", "MAR"),
    ("Punch and the Crocodile", "HND"),
    ("Lantern Tales", "SHD"),
    ("The Firebird", "MAR"),
    ("Ulysses in Cardboard", "OBJ"),
    ("The Forty-Seven Ronin", "BUN"),
    ("Don Quixote Rides Again", "ROD"),
    ("Hansel and Gretel", "MAR"),
    ("Whispers of the Sea", "ROD"),
]

ROLES = ["Lead manipulator", "Voice", "Second manipulator", "Feet", "Left hand",
         "Narrator", "Shadow operator", "Musician"]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def inserts(table, rows):
    return ["INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)) for r in rows]


def main():
    out = sys.argv[1]
    lines = [SCHEMA]

    # Puppeteers: unique ages
    ages = random.sample(range(21, 76), len(PUPPETEER_NAMES))
    puppeteers = [(i + 1, n, nat, ages[i]) for i, (n, nat) in enumerate(PUPPETEER_NAMES)]

    # Shows: unique running times
    minutes = random.sample(range(35, 125), len(SHOWS))
    shows = [(i + 1, t, g, minutes[i]) for i, (t, g) in enumerate(SHOWS)]

    # Which companies stage which shows (companies 10 and 11 stage nothing)
    staging = {
        1: [8, 11, 1],
        2: [7, 12, 2],
        3: [2, 15, 4],
        4: [9, 3, 15],
        5: [2, 11, 14],
        6: [7, 4, 16],
        7: [5, 16],
        8: [15, 10, 9],
        9: [6, 13],
    }
    # Puppeteers 22-25 are in no cast at all
    cast_pool = {
        1: [1, 2, 3, 10],
        2: [1, 3, 11],
        3: [4, 5, 6],
        4: [5, 6, 24],
        5: [7, 8, 9],
        6: [10, 11, 12],
        7: [13, 14, 12],
        8: [15, 16],
        9: [17, 18, 19],
    }
    cast = []
    for cid in sorted(staging):
        for sid in staging[cid]:
            k = random.randint(1, min(2, len(cast_pool[cid])))
            for pid in sorted(random.sample(cast_pool[cid], k)):
                role = random.choice(ROLES) if random.random() < 0.8 else None
                cast.append((pid, cid, sid, role))
    # a couple of extra guest appearances
    cast.append((20, 8, 10, "Shadow operator"))
    cast.append((21, 5, 2, None))
    cast = sorted(set(cast), key=lambda r: (r[1], r[2], r[0]))
    # drop the puppeteer 24 (kept out of any cast)
    cast = [c for c in cast if c[0] not in (22, 23, 24, 25)]

    # Performances: theatres 12 and 16 host nothing
    pairs = [(cid, sid) for cid in sorted(staging) for sid in staging[cid]]
    weights = [{1: 5, 2: 3, 3: 4, 4: 2, 5: 3, 6: 3, 7: 2, 8: 2, 9: 2}[c] for c, _ in pairs]
    host_theatres = [t for t in THEATRES if t[0] not in (12, 16)]
    seats = {t[0]: t[4] for t in THEATRES}
    performances = []
    for pid in range(1, 41):
        cid, sid = random.choices(pairs, weights=weights)[0]
        th = random.choice(host_theatres)[0]
        y = random.choice([2023, 2024])
        m = random.randint(1, 12)
        d = random.randint(1, 28)
        date = "%04d-%02d-%02d" % (y, m, d)
        sold = random.randint(int(seats[th] * 0.35), seats[th])
        price = random.choice([12.0, 14.5, 16.0, 18.0, 22.0, 25.0])
        revenue = round(sold * price, 2) if random.random() < 0.88 else None
        performances.append((pid, sid, cid, th, date, sold, revenue))

    tour_names = ["Autumn Strings Tour", "Northern Lights Circuit", "Shadows Across Europe",
                  "Summer Festival Run", "Winter Fairy Tales", "Riverside Tour",
                  "Capitals Tour", "Baltic Puppet Route", "Mediterranean Crossing",
                  "Spring Awakening", "Festival Road", "Grand Marionette Journey"]
    tours = []
    for i, name in enumerate(tour_names):
        cid = random.choice([1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        s, e = random.sample([t[0] for t in THEATRES if t[0] != 16], 2)
        date = "%04d-%02d-%02d" % (random.choice([2023, 2024]), random.randint(1, 12), random.randint(1, 28))
        stops = random.randint(3, 14) if random.random() < 0.9 else None
        tours.append((i + 1, name, cid, s, e, date, stops))

    lines += inserts("Theatres", THEATRES)
    lines += inserts("Companies", COMPANIES)
    lines += inserts("Puppeteers", puppeteers)
    lines += inserts("Ref_Genre_Types", GENRES)
    lines += inserts("Shows", shows)
    lines += inserts("Performances", performances)
    lines += inserts("Cast_Members", cast)
    lines += inserts("Tours", tours)

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
