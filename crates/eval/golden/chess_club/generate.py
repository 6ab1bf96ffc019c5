# Writes the chess_club SQLite schema (CREATE TABLE) and all rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(4711)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Title_Types (
    title_code VARCHAR(10) PRIMARY KEY,
    title_description VARCHAR(80) NOT NULL,
    Minimum_Rating INTEGER
);

CREATE TABLE Clubs (
    Club_ID INTEGER PRIMARY KEY,
    Club_Name VARCHAR(100) NOT NULL,
    City VARCHAR(60),
    Country VARCHAR(60),
    Founded_Year TEXT,
    member_fee REAL
);

CREATE TABLE Players (
    Player_ID INTEGER PRIMARY KEY,
    Name VARCHAR(80) NOT NULL,
    Club_ID INTEGER,
    Birth_Year INTEGER,
    Nationality VARCHAR(60),
    Rating INTEGER,
    title_code VARCHAR(10)
);

CREATE TABLE Tournaments (
    Tournament_ID INTEGER PRIMARY KEY,
    Tournament_Name VARCHAR(100) NOT NULL,
    City VARCHAR(60),
    Start_Date DATE,
    Number_of_Rounds INTEGER,
    Prize_Fund REAL,
    other_details VARCHAR(255)
);

CREATE TABLE Games (
    Game_ID INTEGER PRIMARY KEY,
    Tournament_ID INTEGER NOT NULL,
    Round INTEGER,
    White_Player_ID INTEGER NOT NULL,
    Black_Player_ID INTEGER NOT NULL,
    Result VARCHAR(10),
    Number_of_Moves INTEGER,
    Opening_Name VARCHAR(80),
    FOREIGN KEY (White_Player_ID) REFERENCES Players (Player_ID),
    FOREIGN KEY (Black_Player_ID) REFERENCES Players (Player_ID)
);

CREATE TABLE Tournament_Entries (
    Player_ID INTEGER NOT NULL,
    Tournament_ID INTEGER NOT NULL,
    Final_Score REAL,
    PRIMARY KEY (Player_ID, Tournament_ID),
    FOREIGN KEY (Player_ID) REFERENCES Players (Player_ID),
    FOREIGN KEY (Tournament_ID) REFERENCES Tournaments (Tournament_ID)
);
"""

TITLES = [
    ("GM", "Grandmaster", 2500),
    ("IM", "International Master", 2400),
    ("FM", "FIDE Master", 2300),
    ("CM", "Candidate Master", 2200),
    ("WGM", "Woman Grandmaster", 2300),
    ("WIM", "Woman International Master", 2200),
    ("WFM", "Woman FIDE Master", 2100),
    ("WCM", "Woman Candidate Master", 2000),
    ("AGM", "Arena Grandmaster", None),
    ("AIM", "Arena International Master", None),
    ("AFM", "Arena FIDE Master", None),
    ("ACM", "Arena Candidate Master", None),
]

CLUBS = [
    (1, "Marshall Chess Club", "New York", "USA", "1915", 350.0),
    (2, "Mechanics' Institute Chess Club", "San Francisco", "USA", "1854", 290.0),
    (3, "Hastings Chess Club", "Hastings", "England", "1882", 60.0),
    (4, "Schachklub Berlin Nord", "Berlin", "Germany", "1903", 120.0),
    (5, "Club d'Echecs de Paris", "Paris", "France", "1921", 150.0),
    (6, "Club de Ajedrez Madrid", "Madrid", "Spain", "1947", 90.0),
    (7, "Schaakclub Amsterdam West", "Amsterdam", "Netherlands", "1930", 110.0),
    (8, "Moscow Central Chess Club", "Moscow", "Russia", "1956", 80.0),
    (9, "Wiener Schachverein", "Vienna", "Austria", "1857", 130.0),
    (10, "Budapest Chess Society", "Budapest", "Hungary", "1911", 70.0),
    (11, "Oslo Sjakkselskap", "Oslo", "Norway", "1913", 140.0),
    (12, "Chennai Chess Academy", "Chennai", "India", "1972", 40.0),
    (13, "Circulo de Xadrez de Lisboa", "Lisbon", "Portugal", "1958", None),
    (14, "Schachclub Muenchen 1836", "Munich", "Germany", "1836", 100.0),
    (15, "Krakow Chess Club", "Krakow", "Poland", "1893", None),
]

PLAYERS = [
    (1, "Daniel Harper", 1, 1988, "USA", 2612, "GM"),
    (2, "Michael Brennan", 1, 1995, "USA", 2455, "IM"),
    (3, "Sarah Kowalski", 2, 1999, "USA", 2311, "WGM"),
    (4, "Jonathan Reyes", 2, 1979, "USA", 2380, "FM"),
    (5, "Oliver Whitcombe", 3, 1965, "England", 2290, "FM"),
    (6, "Thomas Fairley", 3, 2004, "England", 2144, "CM"),
    (7, "Lukas Brandt", 4, 1991, "Germany", 2588, "GM"),
    (8, "Felix Hoffmann", 4, 2001, "Germany", 2402, "IM"),
    (9, "Anna Vogel", 4, 1997, "Germany", 2263, "WIM"),
    (10, "Julien Moreau", 5, 1985, "France", 2547, "GM"),
    (11, "Claire Dubois", 5, 2003, "France", 2198, "WFM"),
    (12, "Antoine Lefevre", 5, 1972, "France", 2336, "FM"),
    (13, "Pablo Ortega", 6, 1993, "Spain", 2489, "IM"),
    (14, "Javier Castillo", 6, 1968, "Spain", 2417, "IM"),
    (15, "Lucia Navarro", 6, 2006, "Spain", 2075, None),
    (16, "Daan de Vries", 7, 1990, "Netherlands", 2521, "GM"),
    (17, "Sanne Bakker", 7, 2000, "Netherlands", 2229, "WIM"),
    (18, "Pieter Jansen", 7, 1959, "Netherlands", 2183, "CM"),
    (19, "Dmitri Volkov", 8, 1984, "Russia", 2634, "GM"),
    (20, "Ekaterina Smirnova", 8, 1996, "Russia", 2408, "WGM"),
    (21, "Alexei Morozov", 8, 2002, "Russia", 2356, "FM"),
    (22, "Stefan Huber", 9, 1976, "Austria", 2398, "IM"),
    (23, "Markus Gruber", 9, 2005, "Austria", 2012, None),
    (24, "Gabor Nagy", 10, 1981, "Hungary", 2563, "GM"),
    (25, "Eszter Kovacs", 10, 1994, "Hungary", 2341, "WGM"),
    (26, "Henrik Solberg", 11, 1998, "Norway", 2476, "IM"),
    (27, "Ingrid Larsen", 11, 2007, "Norway", 1987, None),
    (28, "Arjun Raghavan", 12, 2008, "India", 2494, "IM"),
    (29, "Priya Subramanian", 12, 2002, "India", 2285, "WIM"),
    (30, "Vikram Iyer", 12, 1987, "India", 2576, "GM"),
    (31, "Max Lindqvist", 11, 1992, "Sweden", 2162, "AFM"),
    (32, "Tomasz Zielinski", 4, 1983, "Poland", 2439, "IM"),
    (33, "Emma Richter", 4, 1999, "Germany", 2251, "WFM"),
    (34, "Hugo Bauer", 14, 1962, "Germany", 2307, "FM"),
    (35, "Ravi Menon", 12, 2010, "India", 1845, "AGM"),
    (36, "Carlos Mendes", 6, 1975, "Portugal", 2370, "FM"),
]

TOURNAMENTS = [
    (1, "Hastings Christmas Congress", "Hastings", "2022-12-28", 9, 15000.0, None),
    (2, "Berlin Open", "Berlin", "2023-03-11", 9, 40000.0, None),
    (3, "Paris Rapid Championship", "Paris", "2023-05-20", 11, 25000.0, "Rapid time control, 15 minutes plus 10 seconds"),
    (4, "Madrid Masters", "Madrid", "2023-07-02", 7, 60000.0, "Invitation only"),
    (5, "Amsterdam Summer Open", "Amsterdam", "2023-08-05", 9, 18000.0, None),
    (6, "Vienna Invitational", "Vienna", "2023-09-14", 7, 35000.0, "Held at the Hotel Imperial"),
    (7, "Budapest Spring Festival", "Budapest", "2024-04-06", 9, 22000.0, None),
    (8, "Norway Fjord Classic", "Oslo", "2024-05-27", 10, 120000.0, "Armageddon tiebreaks"),
    (9, "Chennai Grandmaster Open", "Chennai", "2024-01-15", 10, 30000.0, None),
    (10, "Marshall Memorial", "New York", "2024-02-10", 8, 50000.0, None),
    (11, "Lisbon Atlantic Open", "Lisbon", "2024-10-19", 9, 12000.0, None),
    (12, "Krakow Cup", "Krakow", "2024-11-23", 7, None, "Prize fund to be announced"),
    (13, "San Francisco Bay Open", "San Francisco", "2025-01-18", 6, 8000.0, None),
]

OPENINGS = [
    "Sicilian Defence", "Ruy Lopez", "Queen's Gambit Declined", "French Defence",
    "Caro-Kann Defence", "King's Indian Defence", "English Opening",
    "Nimzo-Indian Defence", "Italian Game", "Slav Defence", "Grunfeld Defence",
    "London System",
]


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def insert(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(lit(v) for v in row))


# Tournament entries: tournaments 1..10 get entrants, 11..13 get none.
sizes = [5, 4, 4, 3, 4, 4, 5, 3, 4, 4]
entries = []
entrants = {}
player_ids = [p[0] for p in PLAYERS]
for tid, size in zip(range(1, 11), sizes):
    rounds = TOURNAMENTS[tid - 1][4]
    chosen = sorted(random.sample(player_ids, size))
    entrants[tid] = chosen
    for pid in chosen:
        score = random.randint(2, 2 * rounds - 2) / 2.0
        entries.append((pid, tid, score))

# Games between entrants of the same tournament.
games = []
gid = 1
for tid in range(1, 11):
    rounds = TOURNAMENTS[tid - 1][4]
    n = 4 if len(entrants[tid]) > 3 else 3
    for _ in range(n):
        white, black = random.sample(entrants[tid], 2)
        result = random.choice(["1-0", "1-0", "0-1", "1/2-1/2"])
        moves = random.randint(18, 92)
        opening = random.choice(OPENINGS)
        games.append((gid, tid, random.randint(1, rounds), white, black, result, moves, opening))
        gid += 1

lines = ["-- chess_club database: schema and data", SCHEMA]
for r in TITLES:
    lines.append(insert("Ref_Title_Types", r))
lines.append("")
for r in CLUBS:
    lines.append(insert("Clubs", r))
lines.append("")
for r in PLAYERS:
    lines.append(insert("Players", r))
lines.append("")
for r in TOURNAMENTS:
    lines.append(insert("Tournaments", r))
lines.append("")
for r in games:
    lines.append(insert("Games", r))
lines.append("")
for r in entries:
    lines.append(insert("Tournament_Entries", r))

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
