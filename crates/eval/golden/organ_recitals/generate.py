# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the organ_recitals database to the file named on the command line.
import random
import sys

random.seed(4711)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE church (
    Church_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Built_Year TEXT,
    Seating_Capacity INTEGER
);

CREATE TABLE Ref_Organ_Types (
    organ_type_code TEXT PRIMARY KEY,
    organ_type_description TEXT
);

CREATE TABLE organ (
    Organ_ID INTEGER PRIMARY KEY,
    Church_ID INTEGER NOT NULL,
    Builder TEXT,
    Number_of_Stops INTEGER,
    Year_Installed INTEGER,
    organ_type_code TEXT,
    other_details TEXT,
    FOREIGN KEY (Church_ID) REFERENCES church(Church_ID),
    FOREIGN KEY (organ_type_code) REFERENCES Ref_Organ_Types(organ_type_code)
);

CREATE TABLE organist (
    Organist_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER,
    Years_Performing INTEGER,
    Home_Church_ID INTEGER,
    FOREIGN KEY (Home_Church_ID) REFERENCES church(Church_ID)
);

CREATE TABLE recital (
    Recital_ID INTEGER PRIMARY KEY,
    Organist_ID INTEGER,
    Church_ID INTEGER,
    Recital_Date TEXT,
    Audience_Size INTEGER,
    Ticket_Price REAL
);

CREATE TABLE piece (
    Piece_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Composer TEXT,
    Duration_Minutes INTEGER
);

CREATE TABLE recital_piece (
    Recital_ID INTEGER NOT NULL,
    Piece_ID INTEGER NOT NULL,
    Programme_Order INTEGER,
    PRIMARY KEY (Recital_ID, Piece_ID),
    FOREIGN KEY (Recital_ID) REFERENCES recital(Recital_ID),
    FOREIGN KEY (Piece_ID) REFERENCES piece(Piece_ID)
);

CREATE TABLE choir_exchange (
    Exchange_ID INTEGER PRIMARY KEY,
    Organist_ID INTEGER,
    Host_Church_ID INTEGER NOT NULL,
    Guest_Church_ID INTEGER NOT NULL,
    Exchange_Date TEXT,
    other_details TEXT,
    FOREIGN KEY (Organist_ID) REFERENCES organist(Organist_ID),
    FOREIGN KEY (Host_Church_ID) REFERENCES church(Church_ID),
    FOREIGN KEY (Guest_Church_ID) REFERENCES church(Church_ID)
);
"""

CHURCHES = [
    (1, "St. Bavo Church", "Haarlem", "Netherlands", "1520", 1500),
    (2, "Thomaskirche", "Leipzig", "Germany", "1496", 1600),
    (3, "Notre-Dame Cathedral", "Paris", "France", "1345", 2600),
    (4, "Saint-Sulpice", "Paris", "France", "1745", 1900),
    (5, "Westminster Abbey", "London", "United Kingdom", "1269", 2000),
    (6, "St Paul's Cathedral", "London", "United Kingdom", "1710", 2500),
    (7, "Freiburg Minster", "Freiburg", "Germany", "1513", 1800),
    (8, "Oude Kerk", "Amsterdam", "Netherlands", "1306", 1200),
    (9, "Passau Cathedral", "Passau", "Germany", "1693", 2200),
    (10, "Riga Cathedral", "Riga", "Latvia", "1211", 1100),
    (11, "Seville Cathedral", "Seville", "Spain", "1506", 3000),
    (12, "St. Stephen's Cathedral", "Vienna", "Austria", "1160", None),
    (13, "Frauenkirche", "Dresden", "Germany", "1743", 1750),
    (14, "Lund Cathedral", "Lund", "Sweden", "1145", 900),
    (15, "Martinikerk", "Groningen", "Netherlands", "1482", 1000),
    (16, "St. Mary's Church", "Lubeck", "Germany", "1351", 1550),
    (17, "Abbey of Saint-Ouen", "Rouen", "France", "1537", 1150),
    (18, "St Giles' Cathedral", "Edinburgh", "United Kingdom", "1385", 950),
]

ORGAN_TYPES = [
    ("BAR", "Baroque mechanical-action organ"),
    ("SYM", "Symphonic romantic organ"),
    ("NEO", "Neo-baroque organ"),
    ("CHM", "Chamber organ"),
    ("ELP", "Electro-pneumatic organ"),
    ("THR", "Theatre organ"),
    ("POS", "Positive organ"),
    ("REG", "Regal reed organ"),
    ("HAR", "Harmonium"),
    ("DIG", "Digital sampled organ"),
]

ORGANS = [
    (1, 1, "Christian Muller", 64, 1738, "BAR", "Restored by Marcussen in 1961"),
    (2, 2, "Wilhelm Sauer", 88, 1889, "SYM", None),
    (3, 2, "Gerald Woehl", 61, 2000, "BAR", "Known as the Bach organ"),
    (4, 3, "Aristide Cavaille-Coll", 115, 1868, "SYM", "Grand orgue"),
    (5, 4, "Aristide Cavaille-Coll", 102, 1862, "SYM", None),
    (6, 5, "Harrison & Harrison", 84, 1937, "ELP", "Built for the coronation"),
    (7, 6, "Henry Willis", 108, 1872, "SYM", None),
    (8, 7, "Rieger", 37, 2008, "NEO", None),
    (9, 8, "Christian Vater", 54, 1726, "BAR", None),
    (10, 9, "Steinmeyer", 233, 1928, "ELP", "Largest cathedral organ in Europe"),
    (11, 10, "E. F. Walcker", 124, 1884, "SYM", None),
    (12, 11, "Jordi Bosch", 72, 1793, "BAR", None),
    (13, 13, "Daniel Kern", 67, 2005, "NEO", None),
    (14, 15, "Arp Schnitger", 53, 1692, "BAR", "Case dates from 1542"),
    (15, 16, "Alexander Schuke", 101, 1968, "NEO", None),
    (16, 16, "Marcussen", 9, None, "CHM", "Movable continuo organ"),
    (17, 1, "Flentrop", 12, 2012, "CHM", None),
]

ORGANISTS = [
    (1, "Anna Lindqvist", "Swedish", 41, 18, 14),
    (2, "Pieter de Vries", "Dutch", 56, 33, 1),
    (3, "Marie-Claire Dubois", "French", 48, 25, 4),
    (4, "Johannes Keller", "German", 63, 40, 2),
    (5, "Thomas Whitfield", "British", 37, 14, 6),
    (6, "Elena Ruiz Navarro", "Spanish", 45, 22, 11),
    (7, "Lukas Hofer", "Austrian", 29, 7, 12),
    (8, "Ilze Kalnina", "Latvian", 52, 30, 10),
    (9, "Sophie Martin", "French", 34, 11, 3),
    (10, "Markus Brandt", "German", 58, 35, 9),
    (11, "James Hartley", "British", 71, 49, 5),
    (12, "Katarzyna Nowak", "Polish", 39, 16, None),
    (13, "Henrik Dahl", "Danish", 46, 24, None),
    (14, "Jan Kuiper", "Dutch", 27, 5, 15),
]

RECITALS = [
    (1, 4, 2, "2023-03-12", 820, 25.0),
    (2, 4, 7, "2023-05-20", 640, 18.0),
    (3, 4, 16, "2023-09-02", 710, 20.0),
    (4, 4, 13, "2024-01-14", 930, 30.0),
    (5, 3, 4, "2023-04-09", 1150, 35.0),
    (6, 3, 2, "2023-07-15", 760, 22.0),
    (7, 9, 3, "2023-06-18", 1800, None),
    (8, 9, 4, "2024-02-25", 1320, 28.0),
    (9, 2, 1, "2023-07-29", 980, 15.0),
    (10, 2, 8, "2023-10-07", 450, 12.0),
    (11, 2, 15, "2024-03-16", 520, 14.0),
    (12, 5, 6, "2023-11-04", 1600, 40.0),
    (13, 5, 5, "2024-04-21", 1420, 45.0),
    (14, 11, 5, "2023-12-17", 1750, 38.0),
    (15, 11, 6, "2024-05-11", 1180, None),
    (16, 10, 9, "2023-08-13", 1500, 20.0),
    (17, 10, 16, "2024-06-08", 690, 16.0),
    (18, 8, 10, "2023-09-23", 880, 10.0),
    (19, 6, 11, "2024-02-03", 2100, 25.0),
    (20, 1, 14, "2023-05-06", 380, None),
    (21, 1, 8, "2024-07-13", 410, 12.5),
    (22, 7, 12, "2024-03-30", 1950, 32.0),
    (23, 12, 3, "2024-08-24", 1650, 27.0),
    (24, 12, 7, "2023-10-28", 590, 18.0),
    (25, 9, 2, "2024-09-14", 800, 24.0),
]

PIECES = [
    (1, "Toccata and Fugue in D minor", "Johann Sebastian Bach", 9),
    (2, "Passacaglia and Fugue in C minor", "Johann Sebastian Bach", 14),
    (3, "Prelude and Fugue in E minor", "Johann Sebastian Bach", 12),
    (4, "Toccata from Symphony No. 5", "Charles-Marie Widor", 6),
    (5, "Choral No. 3 in A minor", "Cesar Franck", 13),
    (6, "Dieu parmi nous", "Olivier Messiaen", 10),
    (7, "Carillon de Westminster", "Louis Vierne", 7),
    (8, "Praeludium in G minor", "Dieterich Buxtehude", 8),
    (9, "Fantasy and Fugue on Ad nos, ad salutarem undam", "Franz Liszt", 30),
    (10, "Sonata No. 6 in D minor", "Felix Mendelssohn", 16),
    (11, "Fantasia and Fugue on B-A-C-H", "Max Reger", 21),
    (12, "Prelude and Fugue on the Name of Alain", "Maurice Durufle", 11),
    (13, "Suite gothique", "Leon Boellmann", 17),
    (14, "Litanies", "Jehan Alain", 5),
    (15, "Ciacona in F minor", "Johann Pachelbel", 6),
    (16, "Variations on Mein junges Leben hat ein End", "Jan Pieterszoon Sweelinck", 10),
    (17, "Organ Sonata in G major", "Edward Elgar", 24),
    (18, "Voluntary in C major", "Henry Purcell", 3),
]

EXCHANGES = [
    (1, 2, 1, 15, "2022-05-14", "Joint Pentecost evensong"),
    (2, 4, 2, 13, "2022-09-10", None),
    (3, 3, 4, 17, "2023-02-18", "Visiting choir sang the Durufle Requiem"),
    (4, 5, 6, 18, "2023-06-03", None),
    (5, 8, 10, 14, "2023-08-26", "Baltic choral festival"),
    (6, 11, 5, 6, "2021-11-20", None),
    (7, 10, 9, 12, "2024-04-13", "Easter exchange"),
    (8, 9, 3, 4, "2021-12-11", "Advent concert"),
    (9, 6, 11, 3, "2024-10-05", None),
    (10, 1, 14, 8, "2022-03-19", None),
    (11, 4, 2, 16, "2024-06-22", "Bach festival guest choir"),
    (12, 14, 15, 1, "2023-10-14", None),
]


def build_programmes():
    """Seeded choice of the pieces played at each recital (40 rows)."""
    playable = [p[0] for p in PIECES if p[0] not in (15, 18)]
    sizes = [2] * 15 + [1] * 10
    random.shuffle(sizes)
    rows = []
    for (rid, *_), k in zip(RECITALS, sizes):
        chosen = random.sample(playable, k)
        for order, pid in enumerate(chosen, start=1):
            rows.append((rid, pid, order))
    return rows


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def inserts(table, rows):
    return "".join(
        "INSERT INTO %s VALUES (%s);\n" % (table, ", ".join(lit(v) for v in row))
        for row in rows
    )


def main():
    out = sys.argv[1]
    parts = [SCHEMA, "\n"]
    parts.append(inserts("church", CHURCHES))
    parts.append(inserts("Ref_Organ_Types", ORGAN_TYPES))
    parts.append(inserts("organ", ORGANS))
    parts.append(inserts("organist", ORGANISTS))
    parts.append(inserts("recital", RECITALS))
    parts.append(inserts("piece", PIECES))
    parts.append(inserts("recital_piece", build_programmes()))
    parts.append(inserts("choir_exchange", EXCHANGES))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
