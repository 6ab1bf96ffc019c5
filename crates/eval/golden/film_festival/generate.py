# Writes the film_festival SQLite schema (CREATE TABLE) and all rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(20240611)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE festival (
    Festival_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    First_Held TEXT,
    Budget REAL
);

CREATE TABLE studio (
    Studio_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Country TEXT,
    Founded_Year INTEGER
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT NOT NULL
);

CREATE TABLE film (
    Film_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Studio_ID INTEGER,
    genre_code TEXT,
    Running_Time INTEGER,
    Release_Year INTEGER,
    Budget REAL,
    FOREIGN KEY (Studio_ID) REFERENCES studio(Studio_ID),
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types(genre_code)
);

CREATE TABLE director (
    Director_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER
);

CREATE TABLE film_director (
    Film_ID INTEGER NOT NULL,
    Director_ID INTEGER NOT NULL,
    PRIMARY KEY (Film_ID, Director_ID),
    FOREIGN KEY (Film_ID) REFERENCES film(Film_ID),
    FOREIGN KEY (Director_ID) REFERENCES director(Director_ID)
);

CREATE TABLE screening (
    Screening_ID INTEGER PRIMARY KEY,
    Film_ID INTEGER NOT NULL,
    Festival_ID INTEGER NOT NULL,
    Screening_Date TEXT,
    Attendance INTEGER,
    Ticket_Revenue REAL
);

CREATE TABLE co_production (
    Film_ID INTEGER NOT NULL,
    Lead_Studio_ID INTEGER NOT NULL,
    Partner_Studio_ID INTEGER NOT NULL,
    other_details TEXT,
    PRIMARY KEY (Film_ID, Lead_Studio_ID, Partner_Studio_ID),
    FOREIGN KEY (Film_ID) REFERENCES film(Film_ID),
    FOREIGN KEY (Lead_Studio_ID) REFERENCES studio(Studio_ID),
    FOREIGN KEY (Partner_Studio_ID) REFERENCES studio(Studio_ID)
);
"""

# (id, name, city, country, first held (text), budget in million USD)
FESTIVALS = [
    (1, "Cannes Film Festival", "Cannes", "France", "1946", 20.0),
    (2, "Venice International Film Festival", "Venice", "Italy", "1932", 14.5),
    (3, "Berlin International Film Festival", "Berlin", "Germany", "1951", 26.0),
    (4, "Toronto International Film Festival", "Toronto", "Canada", "1976", 31.2),
    (5, "Sundance Film Festival", "Park City", "USA", "1978", 18.7),
    (6, "San Sebastian International Film Festival", "San Sebastian", "Spain", "1953", 9.3),
    (7, "Locarno Film Festival", "Locarno", "Switzerland", "1946", 13.1),
    (8, "Karlovy Vary International Film Festival", "Karlovy Vary", "Czech Republic", "1946", 7.8),
    (9, "Tribeca Film Festival", "New York", "USA", "2002", None),
    (10, "Busan International Film Festival", "Busan", "South Korea", "1996", 11.4),
    (11, "Tokyo International Film Festival", "Tokyo", "Japan", "1985", 10.2),
    (12, "International Film Festival Rotterdam", "Rotterdam", "Netherlands", "1972", 8.6),
    (13, "Telluride Film Festival", "Telluride", "USA", "1974", None),
    (14, "Sydney Film Festival", "Sydney", "Australia", "1954", 5.9),
    (15, "IndieLisboa", "Lisbon", "Portugal", "2004", 1.2),
    (16, "Annecy International Animation Film Festival", "Annecy", "France", "1960", 6.4),
    (17, "Edinburgh International Film Festival", "Edinburgh", "UK", "1947", 3.7),
]
# month in which each festival usually takes place
FEST_MONTH = {1: 5, 2: 9, 3: 2, 4: 9, 5: 1, 6: 9, 7: 8, 8: 7, 9: 6, 10: 10,
              11: 10, 12: 1, 13: 9, 14: 6, 15: 5, 16: 6, 17: 8}
NO_SCREENINGS = {13, 15}

STUDIOS = [
    (1, "Warner Bros. Pictures", "USA", 1923),
    (2, "Gaumont", "France", 1895),
    (3, "Pathe", "France", 1896),
    (4, "Studio Babelsberg", "Germany", 1912),
    (5, "Toho", "Japan", 1932),
    (6, "Cinecitta", "Italy", 1937),
    (7, "Ealing Studios", "UK", 1902),
    (8, "CJ Entertainment", "South Korea", 1995),
    (9, "A24", "USA", 2012),
    (10, "Working Title Films", "UK", 1983),
    (11, "Constantin Film", "Germany", 1950),
    (12, "El Deseo", "Spain", 1986),
    (13, "Studio Ghibli", "Japan", 1985),
    (14, "Lionsgate", "Canada", 1997),
    (15, "Neon", "USA", 2017),
]

GENRES = [
    ("DRA", "Drama"),
    ("COM", "Comedy"),
    ("THR", "Thriller"),
    ("DOC", "Documentary"),
    ("ANI", "Animation"),
    ("HOR", "Horror"),
    ("SCI", "Science Fiction"),
    ("ROM", "Romance"),
    ("WAR", "War"),
]

# (id, title, studio, genre, running time, release year, budget in million USD)
FILMS = [
    (1, "The Silent Harbor", 1, "DRA", 128, 2015, 45.0),
    (2, "Midnight Express Line", 1, "THR", 112, 2017, 60.5),
    (3, "The Last Orchard", 2, "DRA", 104, 2016, 12.3),
    (4, "Paper Lanterns", 13, "ANI", 98, 2018, 25.0),
    (5, "Winter in Lyon", 3, "ROM", 101, 2014, 8.7),
    (6, "Ashes of Berlin", 4, "DRA", 141, 2019, 30.2),
    (7, "The Glass Detective", 10, "THR", 117, 2020, 22.0),
    (8, "Night Shift at Seoul Station", 8, "THR", 125, 2019, 15.5),
    (9, "A Quiet Comedy of Errors", 9, "COM", 95, 2021, 4.2),
    (10, "Rivers of Memory", 12, "DRA", 133, 2017, 9.8),
    (11, "The Robot Gardener", 5, "SCI", 108, 2022, 18.0),
    (12, "Harvest of Light", 6, "DRA", 119, 2013, None),
    (13, "The Long Night Ahead", 14, "HOR", 92, 2018, 6.5),
    (14, "Under the Ice", 11, "DOC", 86, 2020, 1.9),
    (15, "Sons of the Desert Wind", 1, "DRA", 152, 2016, 85.0),
    (16, "Laughing Matters", 10, "COM", 99, 2015, 11.0),
    (17, "Kaiju Dawn", 5, "SCI", 124, 2021, 40.0),
    (18, "Letters to Madrid", 12, "ROM", 110, 2019, None),
    (19, "The Hollow House", 9, "HOR", 97, 2022, 3.5),
    (20, "Voices of the Steppe", 11, "DOC", 78, 2018, None),
    (21, "Starfall", 1, "SCI", 138, 2022, 120.0),
    (22, "Little Moon Rabbit", 13, "ANI", 89, 2023, 20.5),
    (23, "Dinner at Eight Thirty", 3, "COM", 103, 2020, 7.1),
    (24, "Crossing the Border", 8, "THR", 131, 2023, 13.4),
    (25, "The Painter's Daughter", 2, "DRA", 121, 2021, 10.6),
    (26, "Northern Lights", 14, "ROM", 106, 2016, 14.8),
    (27, "Iron Season", 1, "THR", 115, 2023, 55.0),
    (28, "Whispers in Rome", 6, "ROM", 100, 2022, 9.0),
    (29, "The Final Cut", 4, "DOC", 94, 2014, 2.4),
    (30, "Summer of the Falcon", 8, "DRA", 127, 2024, None),
]

DIRECTORS = [
    (1, "Claire Dubois", "France", 1968),
    (2, "Marco Bellini", "Italy", 1955),
    (3, "Hannah Weber", "Germany", 1979),
    (4, "Kenji Morita", "Japan", 1962),
    (5, "Park Ji-woo", "South Korea", 1981),
    (6, "James Whitaker", "UK", 1970),
    (7, "Sofia Alvarez", "Spain", 1974),
    (8, "Michael Grant", "USA", 1958),
    (9, "Emily Carter", "USA", 1985),
    (10, "Lucas Martin", "Canada", 1977),
    (11, "Yuki Tanaka", "Japan", None),
    (12, "Anna Kowalski", "Poland", 1966),
    (13, "Pierre Laurent", "France", 1949),
    (14, "Elena Rossi", "Italy", 1983),
    (15, "David Okafor", "UK", 1990),
    (16, "Ingrid Larsen", "Denmark", None),
    (17, "Tomas Herrera", "Mexico", 1972),
    (18, "Lee Min-seo", "South Korea", 1988),
    (19, "Robert Hayes", "USA", 1963),
    (20, "Mei Lin", "China", 1992),
]

FILM_DIRECTOR = [
    (1, 8), (2, 8), (2, 9), (3, 1), (4, 4), (5, 13), (6, 3), (7, 6), (8, 5),
    (9, 9), (10, 7), (11, 11), (12, 2), (13, 10), (14, 3), (14, 12), (15, 8),
    (16, 6), (16, 15), (17, 4), (18, 7), (18, 17), (19, 9), (20, 12), (21, 8),
    (22, 11), (23, 1), (23, 13), (24, 18), (25, 1), (26, 10), (27, 15),
    (28, 14), (28, 2), (29, 16), (30, 5), (30, 18),
]

CO_PRODUCTIONS = [
    (3, 2, 3, "French co-financing agreement"),
    (6, 4, 11, None),
    (7, 10, 7, "Sound stages rented in London"),
    (8, 8, 1, "US distribution rights"),
    (10, 12, 2, None),
    (12, 6, 2, None),
    (14, 11, 4, None),
    (17, 5, 13, "Animated sequences"),
    (18, 12, 3, None),
    (21, 1, 14, None),
    (24, 8, 9, "North American release"),
    (25, 2, 6, "Filmed on location in Rome"),
    (28, 6, 12, None),
]


def screenings():
    rows = []
    used = set()
    fest_ids = [f[0] for f in FESTIVALS if f[0] not in NO_SCREENINGS]
    film_years = {f[0]: f[5] for f in FILMS}
    sid = 1
    while len(rows) < 36:
        film = random.randint(1, 30)
        fest = random.choice(fest_ids)
        if (film, fest) in used:
            continue
        used.add((film, fest))
        year = film_years[film] + random.choice([0, 0, 1])
        if year > 2024:
            year = 2024
        date = "%04d-%02d-%02d" % (year, FEST_MONTH[fest], random.randint(1, 28))
        attendance = random.randint(30, 250) * 10 + random.randint(0, 9)
        if random.random() < 0.15:
            revenue = None
        else:
            revenue = round(attendance * random.uniform(9.0, 18.0), 2)
        rows.append((sid, film, fest, date, attendance, revenue))
        sid += 1
    return rows


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def inserts(table, rows):
    return ["INSERT INTO %s VALUES (%s);" % (table, ", ".join(lit(v) for v in r)) for r in rows]


def main():
    out = [SCHEMA]
    out += inserts("festival", FESTIVALS)
    out += inserts("studio", STUDIOS)
    out += inserts("Ref_Genre_Types", GENRES)
    out += inserts("film", FILMS)
    out += inserts("director", DIRECTORS)
    out += inserts("film_director", FILM_DIRECTOR)
    out += inserts("screening", screenings())
    out += inserts("co_production", CO_PRODUCTIONS)
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
