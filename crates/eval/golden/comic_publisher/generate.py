# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the comic_publisher database to the file given on the command line.
import random
import sys

random.seed(4217)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Publishers (
    Publisher_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Founded_Year TEXT
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT NOT NULL
);

CREATE TABLE Series (
    Series_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Publisher_ID INTEGER NOT NULL,
    genre_code TEXT,
    Start_Year INTEGER,
    is_ongoing INTEGER,
    FOREIGN KEY (Publisher_ID) REFERENCES Publishers (Publisher_ID),
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types (genre_code)
);

CREATE TABLE Issues (
    Issue_ID INTEGER PRIMARY KEY,
    Series_ID INTEGER NOT NULL,
    Issue_Number INTEGER,
    Release_Date TEXT,
    Cover_Price REAL,
    Print_Run INTEGER,
    FOREIGN KEY (Series_ID) REFERENCES Series (Series_ID)
);

CREATE TABLE Creators (
    Creator_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER,
    Role TEXT
);

CREATE TABLE Credits (
    Creator_ID INTEGER NOT NULL,
    Issue_ID INTEGER NOT NULL,
    credit_role TEXT,
    other_details TEXT,
    PRIMARY KEY (Creator_ID, Issue_ID),
    FOREIGN KEY (Creator_ID) REFERENCES Creators (Creator_ID),
    FOREIGN KEY (Issue_ID) REFERENCES Issues (Issue_ID)
);

CREATE TABLE Conventions (
    Convention_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Year INTEGER,
    Attendance INTEGER,
    Creator_ID INTEGER
);

CREATE TABLE Crossovers (
    Crossover_ID INTEGER PRIMARY KEY,
    Crossover_Title TEXT,
    Lead_Series_ID INTEGER NOT NULL,
    Guest_Series_ID INTEGER NOT NULL,
    Crossover_Year INTEGER,
    FOREIGN KEY (Lead_Series_ID) REFERENCES Series (Series_ID),
    FOREIGN KEY (Guest_Series_ID) REFERENCES Series (Series_ID)
);
"""

PUBLISHERS = [
    (1, "Marvel Comics", "New York", "USA", "1939"),
    (2, "DC Comics", "Burbank", "USA", "1934"),
    (3, "Dark Horse Comics", "Milwaukie", "USA", "1986"),
    (4, "Image Comics", "Portland", "USA", "1992"),
    (5, "IDW Publishing", "San Diego", "USA", "1999"),
    (6, "Dargaud", "Paris", "France", "1936"),
    (7, "Casterman", "Tournai", "Belgium", "1780"),
    (8, "Glenat", "Grenoble", "France", "1969"),
    (9, "Shueisha", "Tokyo", "Japan", "1925"),
    (10, "Kodansha", "Tokyo", "Japan", "1909"),
    (11, "Sergio Bonelli Editore", "Milan", "Italy", "1941"),
    (12, "Drawn & Quarterly", "Montreal", "Canada", "1990"),
    (13, "Fantagraphics Books", "Seattle", "USA", "1976"),
    (14, "Boom! Studios", "Los Angeles", "USA", "2005"),
]

GENRES = [
    ("ACT", "Action, adventure and superheroes"),
    ("HOR", "Horror and the supernatural"),
    ("SCF", "Science fiction"),
    ("FAN", "Fantasy"),
    ("CRM", "Crime and noir"),
    ("HUM", "Humor"),
    ("ROM", "Romance"),
    ("BIO", "Biography and memoir"),
]

SERIES = [
    (1, "The Iron Sentinel", 1, "ACT", 2015, 1),
    (2, "Night Harbor", 2, "CRM", 2011, 0),
    (3, "Shadow of the Night Owl", 2, "ACT", 2019, 1),
    (4, "Hollow Creek", 3, "HOR", 2008, 0),
    (5, "Starfall Pilgrims", 4, "SCF", 2014, 1),
    (6, "The Ashen Crown", 4, "FAN", 2017, 1),
    (7, "Dead Signal", 4, "HOR", 2020, 1),
    (8, "Gearbound", 5, "SCF", 2012, 0),
    (9, "Les Voyageurs du Vent", 6, "FAN", 1998, 0),
    (10, "Capitaine Brume", 6, "HUM", 2003, 1),
    (11, "Le Dernier Phare", 7, "CRM", 2010, 0),
    (12, "Les Marais Rouges", 8, "HOR", 2016, 0),
    (13, "Kaze no Ken", 9, "ACT", 2013, 1),
    (14, "Ghost Ramen", 9, "HUM", 2018, 1),
    (15, "Tetsu Knights", 10, "SCF", 2009, 0),
    (16, "Blue Lantern Alley", 10, "FAN", 2021, 1),
    (17, "Il Cacciatore di Nebbia", 11, "CRM", 1995, 1),
    (18, "Midnight Cartographers", 3, "FAN", 2022, 1),
    (19, "The Quiet Orbit", 5, "SCF", 2017, 0),
    (20, "Paper Wolves", 14, "ACT", 2023, 1),
    (21, "Eclipse Brigade", 1, "ACT", 2006, 0),
    (22, "Neon Jackals", 1, "CRM", 2018, 1),
    (23, "Laughing Gravestones", 14, "HUM", 2010, 0),
    (24, "Winter Night Express", 2, None, 2024, 1),
    (25, "Velvet Static", 4, "ROM", 2021, 1),
]

# series without any issue (announced or too recent)
NO_ISSUES = {18, 20, 24}

CREATORS = [
    (1, "Daniel Whitaker", "American", 1968, "Writer"),
    (2, "Rosa Delgado", "Spanish", 1979, "Artist"),
    (3, "Martin Keller", "American", 1955, "Writer"),
    (4, "Hannah Brooks", "Canadian", 1984, "Colorist"),
    (5, "Tom Ashby", "British", 1972, "Artist"),
    (6, "Siobhan O'Rourke", "British", 1981, "Writer"),
    (7, "Lucas Ferreira", "Brazilian", 1976, "Artist"),
    (8, "Claire Morel", "French", 1965, "Writer"),
    (9, "Julien Lambert", "French", 1988, "Artist"),
    (10, "Pieter Janssens", "Belgian", 1959, "Artist"),
    (11, "Emile Vasseur", "Belgian", 1948, "Writer"),
    (12, "Nadia Benali", "French", 1987, "Colorist"),
    (13, "Kenji Morita", "Japanese", 1970, "Writer"),
    (14, "Aiko Tanabe", "Japanese", 1986, "Artist"),
    (15, "Marco Lanzetti", "Italian", 1962, "Artist"),
    (16, "Giulia Ferri", "Italian", 1990, "Letterer"),
    (17, "Yuto Hasegawa", "Japanese", 1978, "Writer"),
    (18, "Megan Cole", "American", 1993, "Letterer"),
    (19, "Pablo Ortega", "Spanish", 1974, "Writer"),
    (20, "Sarah Lindqvist", "Canadian", None, "Artist"),
    (21, "Owen Pritchard", "British", 1966, "Colorist"),
    (22, "Chloe Nguyen", "American", 1991, "Artist"),
    (23, "Ben Hargreave", "British", 1983, "Writer"),
    (24, "Ines Moreau", "French", 1995, "Letterer"),
    (25, "Tadashi Ono", "Japanese", 1952, "Artist"),
]

# creators 23-25 have no credits
CREDITED = [c[0] for c in CREATORS if c[0] <= 22]

CONVENTIONS = [
    (1, "Comic-Con International", "San Diego", 2018, 130000, 3),
    (2, "Comic-Con International", "San Diego", 2022, 135500, 7),
    (3, "Angouleme International Comics Festival", "Angouleme", 2018, 201000, 11),
    (4, "Angouleme International Comics Festival", "Angouleme", 2023, 208500, 12),
    (5, "Lucca Comics & Games", "Lucca", 2019, 271000, 15),
    (6, "New York Comic Con", "New York", 2019, 250000, 1),
    (7, "Comiket", "Tokyo", 2018, 570000, 17),
    (8, "Thought Bubble", "Harrogate", 2022, 45000, 9),
    (9, "MCM London Comic Con", "London", 2018, 133000, None),
    (10, "Emerald City Comic Con", "Seattle", 2022, 98000, 5),
    (11, "Toronto Comic Arts Festival", "Toronto", 2019, 27000, 20),
    (12, "Comic Barcelona", "Barcelona", 2018, 118000, 19),
    (13, "FACTS", "Ghent", 2023, 62000, None),
    (14, "Lakes International Comic Art Festival", "Kendal", 2022, 18500, 9),
    (15, "Fumetto", "Lucerne", 2023, 55000, 11),
]

CROSSOVERS = [
    (1, "Iron Night", 1, 3, 2019),
    (2, "Harbor of Ghosts", 2, 4, 2012),
    (3, "Pilgrims of the Crown", 5, 6, 2018),
    (4, "Signal Lost", 7, 19, 2021),
    (5, "Brigade Rising", 21, 1, 2016),
    (6, "Jackals in the Harbor", 22, 2, 2019),
    (7, "Steel Wind", 13, 15, 2014),
    (8, "The Crown and the Wind", 6, 9, 2019),
    (9, "Gearbound Orbit", 8, 19, 2018),
    (10, "Ramen Knights", 14, 15, 2019),
]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def build_issues():
    with_issues = [s for s in SERIES if s[0] not in NO_ISSUES]
    counts = {s[0]: 1 for s in with_issues}
    for _ in range(40 - len(with_issues)):
        counts[random.choice(with_issues)[0]] += 1
    rows = []
    iid = 1
    for s in with_issues:
        sid, start = s[0], s[4]
        dates = []
        for n in range(1, counts[sid] + 1):
            y = min(2024, start + random.randint(0, 2) * (n - 1) + (n - 1) // 2)
            dates.append("%04d-%02d-%02d" % (y, random.randint(1, 12), random.randint(1, 28)))
        dates.sort()
        for n, date in enumerate(dates, start=1):
            y = int(date[:4])
            if y < 2010:
                price = random.choice([2.99, 3.50, 3.99])
            else:
                price = random.choice([3.99, 4.99, 5.99, 9.99])
            run = random.randint(60, 1200) * 100
            if random.random() < 0.12:
                run = None
            rows.append((iid, sid, n, date, price, run))
            iid += 1
    return rows


def build_credits(issues):
    pairs = set()
    rows = []
    notes = [None, None, None, "Variant cover", "Fill-in issue", "Uncredited inks", None]
    while len(rows) < 40:
        issue = random.choice(issues)[0]
        cid = random.choice(CREDITED)
        if (cid, issue) in pairs:
            continue
        pairs.add((cid, issue))
        role = CREATORS[cid - 1][4]
        if random.random() < 0.1:
            role = "Cover Artist"
        rows.append((cid, issue, role, random.choice(notes)))
    rows.sort()
    return rows


def main():
    out = sys.argv[1]
    issues = build_issues()
    credits = build_credits(issues)
    lines = [SCHEMA]
    tables = [
        ("Publishers", PUBLISHERS),
        ("Ref_Genre_Types", GENRES),
        ("Series", SERIES),
        ("Issues", issues),
        ("Creators", CREATORS),
        ("Credits", credits),
        ("Conventions", CONVENTIONS),
        ("Crossovers", CROSSOVERS),
    ]
    for name, rows in tables:
        for r in rows:
            lines.append("INSERT INTO %s VALUES (%s);" % (name, ", ".join(q(v) for v in r)))
        lines.append("")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
