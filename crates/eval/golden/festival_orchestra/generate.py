# Writes the festival_orchestra SQLite schema and data (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(7319)

VENUES = [
    (1, "Royal Albert Hall", "London", 5272, "1871"),
    (2, "Musikverein", "Vienna", 1744, "1870"),
    (3, "Concertgebouw", "Amsterdam", 1974, "1888"),
    (4, "Philharmonie de Paris", "Paris", 2400, "2015"),
    (5, "Elbphilharmonie", "Hamburg", 2100, "2017"),
    (6, "Symphony Hall", "Birmingham", 2262, "1991"),
    (7, "Barbican Hall", "London", 1943, "1982"),
    (8, "Konzerthaus", "Berlin", 1575, "1821"),
    (9, "Suntory Hall", "Tokyo", 2006, "1986"),
]

ORCHESTRAS = [
    (1, "London Symphony Orchestra", 1904, "London", "LSO Live"),
    (2, "Vienna Philharmonic", 1842, "Vienna", "Deutsche Grammophon"),
    (3, "Royal Concertgebouw Orchestra", 1888, "Amsterdam", "RCO Live"),
    (4, "Orchestre de Paris", 1967, "Paris", "Erato"),
    (5, "NDR Elbphilharmonie Orchestra", 1945, "Hamburg", "Sony Classical"),
    (6, "City of Birmingham Symphony Orchestra", 1920, "Birmingham", "Warner Classics"),
    (7, "Berlin Philharmonic", 1882, "Berlin", "Deutsche Grammophon"),
    (8, "Philharmonia Orchestra", 1946, "London", "Signum Classics"),
    (9, "NHK Symphony Orchestra", 1926, "Tokyo", "Decca"),
    (10, "Budapest Festival Orchestra", 1983, "Budapest", "Channel Classics"),
]

CONDUCTORS = [
    (1, "Anton Keller", "Austria", 58),
    (2, "Marta Lindqvist", "Sweden", 44),
    (3, "Hiroshi Tanaka", "Japan", 63),
    (4, "Claire Dubois", "France", 39),
    (5, "James Whitfield", "United Kingdom", 71),
    (6, "Elena Petrova", "Russia", 52),
    (7, "Lukas Brandt", "Germany", 47),
    (8, "Sofia Moreno", "Spain", 35),
    (9, "Daniel O'Connor", "Ireland", 66),
    (10, "Pieter de Vries", "Netherlands", 55),
    (11, "Yuki Mori", "Japan", 41),
    (12, "Thomas Hale", "United Kingdom", 49),
]

PIECES = [
    (1, "Symphony No. 5 in C minor", "Ludwig van Beethoven", 33, "SYM"),
    (2, "Symphony No. 7 in A major", "Ludwig van Beethoven", 40, "SYM"),
    (3, "Violin Concerto in D major", "Johannes Brahms", 38, "CON"),
    (4, "Symphony No. 4 in E minor", "Johannes Brahms", 41, "SYM"),
    (5, "Piano Concerto No. 2", "Sergei Rachmaninoff", 34, "CON"),
    (6, "The Moldau", "Bedrich Smetana", 12, "TON"),
    (7, "New World Symphony", "Antonin Dvorak", 43, "SYM"),
    (8, "Cello Concerto in B minor", "Antonin Dvorak", 39, "CON"),
    (9, "The Rite of Spring", "Igor Stravinsky", 35, "BAL"),
    (10, "The Firebird Suite", "Igor Stravinsky", 22, "SUI"),
    (11, "Egmont Overture", "Ludwig van Beethoven", 9, "OVR"),
    (12, "Bolero", "Maurice Ravel", 16, "BAL"),
    (13, "La Mer", "Claude Debussy", 24, "TON"),
    (14, "Symphony No. 5 in C-sharp minor", "Gustav Mahler", 70, "SYM"),
    (15, "Symphony No. 1 in D major", "Gustav Mahler", 55, "SYM"),
    (16, "Also sprach Zarathustra", "Richard Strauss", 32, "TON"),
    (17, "Piano Concerto No. 21", "Wolfgang Amadeus Mozart", 29, "CON"),
    (18, "The Marriage of Figaro Overture", "Wolfgang Amadeus Mozart", 4, "OVR"),
    (19, "Pictures at an Exhibition", "Modest Mussorgsky", 31, "SUI"),
    (20, "Academic Festival Overture", "Johannes Brahms", 10, "OVR"),
    (21, "Peer Gynt Suite No. 1", "Edvard Grieg", 14, "SUI"),
    (22, "Symphony No. 6 Pathetique", "Pyotr Ilyich Tchaikovsky", 46, "SYM"),
    (23, "Piano Concerto No. 5 Emperor", "Ludwig van Beethoven", 37, "CON"),
]

# (Concert_ID, Venue_ID, Orchestra_ID, Conductor_ID, concert_date)
CONCERT_PLAN = [
    (1, 1, 1, 5, "2023-07-14"),
    (2, 2, 2, 1, "2023-07-15"),
    (3, 3, 3, 10, "2023-07-16"),
    (4, 4, 4, 4, "2023-07-18"),
    (5, 5, 5, 7, "2023-07-20"),
    (6, 1, 8, 12, "2023-07-21"),
    (7, 7, 1, 2, "2023-07-22"),
    (8, 6, 6, 4, "2023-07-24"),
    (9, 8, 7, 7, "2023-07-25"),
    (10, 2, 2, 6, "2023-07-27"),
    (11, 3, 3, 1, "2024-07-12"),
    (12, 1, 1, 5, "2024-07-13"),
    (13, 5, 7, 3, "2024-07-14"),
    (14, 4, 4, 8, "2024-07-16"),
    (15, 7, 8, 12, "2024-07-18"),
    (16, 6, 6, 2, "2024-07-19"),
    (17, 1, 9, 11, "2024-07-20"),
    (18, 2, 2, 1, "2024-07-22"),
    (19, 3, 5, 10, "2024-07-23"),
    (20, 5, 1, 6, "2024-07-25"),
]

STATUS_CODES = ["CMP"] * 7 + ["PST", "CNL"]


def q(value):
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def insert(table, row):
    return 'INSERT INTO "%s" VALUES (%s);' % (table, ",".join(q(v) for v in row))


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "festival_orchestra.sql"
    capacity = {v[0]: v[3] for v in VENUES}
    lines = ["PRAGMA foreign_keys = ON;", ""]

    lines.append('''CREATE TABLE "venue" (
"Venue_ID" int,
"Venue_Name" text,
"City" text,
"Capacity" int,
"Opening_Year" text,
PRIMARY KEY ("Venue_ID")
);''')
    lines.append('''CREATE TABLE "orchestra" (
"Orchestra_ID" int,
"Orchestra_Name" text,
"Founded_Year" int,
"Home_City" text,
"Record_Company" text,
PRIMARY KEY ("Orchestra_ID")
);''')
    lines.append('''CREATE TABLE "conductor" (
"Conductor_ID" int,
"Name" text,
"Nationality" text,
"Age" int,
"Year_of_Debut" text,
PRIMARY KEY ("Conductor_ID")
);''')
    lines.append('''CREATE TABLE "piece" (
"Piece_ID" int,
"Title" text,
"Composer" text,
"Duration_Minutes" int,
"genre_code" text,
PRIMARY KEY ("Piece_ID")
);''')
    lines.append('''CREATE TABLE "concert" (
"Concert_ID" int,
"Venue_ID" int,
"Orchestra_ID" int,
"Conductor_ID" int,
"concert_date" text,
"Tickets_Sold" int,
"Ticket_Price" text,
"status_code" text,
PRIMARY KEY ("Concert_ID"),
FOREIGN KEY ("Venue_ID") REFERENCES "venue"("Venue_ID"),
FOREIGN KEY ("Orchestra_ID") REFERENCES "orchestra"("Orchestra_ID")
);''')
    lines.append('''CREATE TABLE "concert_piece" (
"Concert_ID" int,
"Piece_ID" int,
"Performance_Order" int,
"other_details" text,
PRIMARY KEY ("Concert_ID","Piece_ID"),
FOREIGN KEY ("Concert_ID") REFERENCES "concert"("Concert_ID"),
FOREIGN KEY ("Piece_ID") REFERENCES "piece"("Piece_ID")
);''')
    lines.append("")

    for v in VENUES:
        lines.append(insert("venue", v))
    for o in ORCHESTRAS:
        lines.append(insert("orchestra", o))
    for c in CONDUCTORS:
        debut = str(2023 - c[3] + random.randint(24, 30))
        lines.append(insert("conductor", c + (debut,)))
    for p in PIECES:
        lines.append(insert("piece", p))

    used_tickets = set()
    for cid, vid, oid, kid, date in CONCERT_PLAN:
        cap = capacity[vid]
        while True:
            sold = random.randint(int(cap * 0.55), cap)
            if sold not in used_tickets:
                used_tickets.add(sold)
                break
        price = "%.2f" % (random.choice([35, 40, 45, 50, 55, 60, 65, 75, 85, 95]) + random.choice([0, 0.5]))
        status = random.choice(STATUS_CODES)
        lines.append(insert("concert", (cid, vid, oid, kid, date, sold, price, status)))

    performable = [p[0] for p in PIECES if p[0] <= 18 or p[0] == 23]
    notes = [None, None, None, "Encore", "Premiere of new edition", None]
    for cid, _, _, _, _ in CONCERT_PLAN:
        chosen = random.sample(performable, 2)
        for order, pid in enumerate(chosen, start=1):
            lines.append(insert("concert_piece", (cid, pid, order, random.choice(notes))))

    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
