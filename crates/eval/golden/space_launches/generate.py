# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the space_launches database to the file given on the command line.
import random
import sys

random.seed(7041)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Agencies (
    Agency_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Country TEXT,
    Founded_Year TEXT,
    Budget REAL
);

CREATE TABLE Launch_Sites (
    Site_ID INTEGER PRIMARY KEY,
    Site_Name TEXT NOT NULL,
    Country TEXT,
    Latitude REAL,
    status_code TEXT
);

CREATE TABLE Ref_Rocket_Families (
    family_code TEXT PRIMARY KEY,
    family_description TEXT
);

CREATE TABLE Rockets (
    Rocket_ID INTEGER PRIMARY KEY,
    Rocket_Name TEXT NOT NULL,
    Agency_ID INTEGER,
    Stages INTEGER,
    Payload_Capacity_kg INTEGER,
    family_code TEXT,
    FOREIGN KEY (Agency_ID) REFERENCES Agencies(Agency_ID),
    FOREIGN KEY (family_code) REFERENCES Ref_Rocket_Families(family_code)
);

CREATE TABLE Missions (
    Mission_ID INTEGER PRIMARY KEY,
    Mission_Name TEXT NOT NULL,
    Rocket_ID INTEGER,
    Site_ID INTEGER,
    Launch_Date TEXT,
    Outcome TEXT,
    Cost REAL
);

CREATE TABLE Astronauts (
    Astronaut_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER,
    Agency_ID INTEGER,
    FOREIGN KEY (Agency_ID) REFERENCES Agencies(Agency_ID)
);

CREATE TABLE Mission_Crew (
    Mission_ID INTEGER,
    Astronaut_ID INTEGER,
    Role TEXT,
    PRIMARY KEY (Mission_ID, Astronaut_ID),
    FOREIGN KEY (Mission_ID) REFERENCES Missions(Mission_ID),
    FOREIGN KEY (Astronaut_ID) REFERENCES Astronauts(Astronaut_ID)
);

CREATE TABLE Cargo_Transfers (
    Transfer_ID INTEGER PRIMARY KEY,
    Origin_Site_ID INTEGER,
    Destination_Site_ID INTEGER,
    Transfer_Date TEXT,
    Tonnes REAL,
    other_details TEXT,
    FOREIGN KEY (Origin_Site_ID) REFERENCES Launch_Sites(Site_ID),
    FOREIGN KEY (Destination_Site_ID) REFERENCES Launch_Sites(Site_ID)
);
"""

# Budget in millions of US dollars; Founded_Year kept as TEXT.
AGENCIES = [
    (1, "NASA", "United States", "1958", 25400.0),
    (2, "Roscosmos", "Russia", "1992", 3200.0),
    (3, "ESA", "France", "1975", 7800.0),
    (4, "JAXA", "Japan", "2003", 1500.0),
    (5, "ISRO", "India", "1969", 1700.0),
    (6, "CNSA", "China", "1993", 11000.0),
    (7, "Canadian Space Agency", "Canada", "1989", 320.0),
    (8, "DLR", "Germany", "1969", 1400.0),
    (9, "CNES", "France", "1961", 2600.0),
    (10, "UK Space Agency", "United Kingdom", "2010", 600.0),
    (11, "Italian Space Agency", "Italy", "1988", 1100.0),
    (12, "KARI", "South Korea", "1989", None),
    (13, "Israel Space Agency", "Israel", "1983", None),
]

LAUNCH_SITES = [
    (1, "Kennedy Space Center", "United States", 28.57, "ACT"),
    (2, "Cape Canaveral Space Force Station", "United States", 28.49, "ACT"),
    (3, "Vandenberg Space Force Base", "United States", 34.74, "ACT"),
    (4, "Baikonur Cosmodrome", "Kazakhstan", 45.96, "ACT"),
    (5, "Plesetsk Cosmodrome", "Russia", 62.93, "ACT"),
    (6, "Vostochny Cosmodrome", "Russia", 51.88, "ACT"),
    (7, "Guiana Space Centre", "French Guiana", 5.24, "ACT"),
    (8, "Tanegashima Space Center", "Japan", 30.40, "ACT"),
    (9, "Satish Dhawan Space Centre", "India", 13.72, "ACT"),
    (10, "Jiuquan Satellite Launch Center", "China", 40.96, "ACT"),
    (11, "Wenchang Space Launch Site", "China", 19.61, "ACT"),
    (12, "Naro Space Center", "South Korea", 34.43, "ACT"),
    (13, "Uchinoura Space Center", "Japan", 31.25, "INA"),
    (14, "Mahia Launch Complex", "New Zealand", -39.26, "ACT"),
]

FAMILIES = [
    ("SAT", "Saturn heavy-lift rockets of the Apollo era"),
    ("STS", "Space Transportation System (Space Shuttle)"),
    ("SLS", "Space Launch System super heavy-lift vehicles"),
    ("SOY", "Soyuz medium-lift launch vehicles"),
    ("PRO", "Proton heavy-lift launch vehicles"),
    ("ANG", "Angara modular launch vehicles"),
    ("ARI", "Ariane European heavy launchers"),
    ("VEG", "Vega European small launchers"),
    ("HII", "H-II liquid-fuelled Japanese launchers"),
    ("EPS", "Epsilon solid-fuelled Japanese launchers"),
    ("PSL", "Indian polar and geosynchronous satellite launchers"),
    ("LMA", "Long March Chinese launch vehicles"),
    ("NUR", "Nuri Korean space launch vehicles"),
    ("ATL", "Atlas expendable launch vehicles"),
]

ROCKETS = [
    (1, "Saturn V", 1, 3, 140000, "SAT"),
    (2, "Space Shuttle", 1, 2, 27500, "STS"),
    (3, "SLS Block 1", 1, 2, 95000, "SLS"),
    (4, "Soyuz-2.1a", 2, 3, 7020, "SOY"),
    (5, "Soyuz-FG", 2, 3, 7100, "SOY"),
    (6, "Proton-M", 2, 4, 23000, "PRO"),
    (7, "Angara A5", 2, 3, 24500, "ANG"),
    (8, "Ariane 5 ECA", 3, 2, 21000, "ARI"),
    (9, "Ariane 6", 3, 2, 21650, "ARI"),
    (10, "Vega C", 3, 4, 2300, "VEG"),
    (11, "H-IIA", 4, 2, 15000, "HII"),
    (12, "H3", 4, 2, 16500, "HII"),
    (13, "Epsilon", 4, 3, 1500, "EPS"),
    (14, "PSLV", 5, 4, 3800, "PSL"),
    (15, "LVM3", 5, 3, 8000, "PSL"),
    (16, "Long March 2F", 6, 2, 8400, "LMA"),
    (17, "Long March 5", 6, 2, 25000, "LMA"),
    (18, "Nuri", 12, 3, 3300, "NUR"),
]

# Cost in millions of US dollars (NULL when not disclosed).
MISSIONS = [
    (1, "STS Endeavour Resupply", 2, 1, "2001-04-19", "Success", 450.0),
    (2, "STS Discovery Return", 2, 1, "2005-07-26", "Success", 480.0),
    (3, "STS Atlantis Servicing", 2, 1, "2009-05-11", "Success", 510.0),
    (4, "Artemis Pathfinder", 3, 1, "2022-11-16", "Success", 4100.0),
    (5, "Artemis Crew Flight", 3, 1, "2024-09-05", "Success", 4200.0),
    (6, "Soyuz TMA Expedition 14", 5, 4, "2006-09-18", "Success", 75.0),
    (7, "Soyuz TMA Expedition 20", 5, 4, "2009-05-27", "Success", 80.0),
    (8, "Soyuz MS Expedition 57", 4, 4, "2018-10-11", "Failure", 85.0),
    (9, "Soyuz MS Expedition 58", 4, 4, "2018-12-03", "Success", 86.0),
    (10, "Meteor-M Deployment", 4, 6, "2017-11-28", "Failure", 60.0),
    (11, "Kondor-FKA Deployment", 4, 5, "2023-05-27", "Success", None),
    (12, "Proton Ekspress AMU1", 6, 4, "2015-12-24", "Success", 105.0),
    (13, "Proton Nauka Module", 6, 4, "2021-07-21", "Success", 120.0),
    (14, "Angara Demo Flight", 7, 5, "2014-12-23", "Success", 100.0),
    (15, "Angara Vostochny Debut", 7, 6, "2024-04-11", "Success", None),
    (16, "Ariane Webb Telescope", 8, 7, "2021-12-25", "Success", 220.0),
    (17, "Ariane Galileo FOC", 8, 7, "2016-11-17", "Success", 190.0),
    (18, "Ariane 6 Maiden Flight", 9, 7, "2024-07-09", "Partial Failure", 200.0),
    (19, "Vega C Pleiades Neo", 10, 7, "2022-12-21", "Failure", 45.0),
    (20, "Vega C LARES-2", 10, 7, "2022-07-13", "Success", 40.0),
    (21, "H-IIA Hayabusa2", 11, 8, "2014-12-03", "Success", 95.0),
    (22, "H-IIA SLIM Lander", 11, 8, "2023-09-07", "Success", 98.0),
    (23, "H3 Test Flight 1", 12, 8, "2023-03-07", "Failure", 110.0),
    (24, "Epsilon Hisaki", 13, 13, "2013-09-14", "Success", 38.0),
    (25, "PSLV Mars Orbiter", 14, 9, "2013-11-05", "Success", 74.0),
    (26, "PSLV Aditya-L1", 14, 9, "2023-09-02", "Success", 46.0),
    (27, "LVM3 Chandrayaan-3", 15, 9, "2023-07-14", "Success", 75.5),
    (28, "LVM3 Gaganyaan Crew", 15, 9, "2024-12-18", "Success", 130.0),
    (29, "Shenzhou Crew 12", 16, 10, "2021-06-17", "Success", 131.0),
    (30, "Shenzhou Crew 15", 16, 10, "2022-11-29", "Success", None),
    (31, "Long March Tianwen-1", 17, 11, "2020-07-23", "Success", 150.0),
    (32, "Long March Chang'e 5", 17, 11, "2020-11-23", "Success", 160.0),
    (33, "Nuri Second Flight", 18, 12, "2022-06-21", "Success", 60.5),
    (34, "Nuri First Flight", 18, 12, "2021-10-21", "Partial Failure", 58.0),
]

ASTRONAUTS = [
    (1, "Michael Carter", "United States", 45, 1),
    (2, "Sarah Whitfield", "United States", 41, 1),
    (3, "James Holloway", "United States", 52, 1),
    (4, "Rebecca Nguyen", "United States", 38, 1),
    (5, "Daniel Ortiz", "United States", 47, 1),
    (6, "Alexei Volkov", "Russia", 49, 2),
    (7, "Dmitri Sokolov", "Russia", 44, 2),
    (8, "Elena Morozova", "Russia", 39, 2),
    (9, "Sergei Petrov", "Russia", 55, 2),
    (10, "Thomas Becker", "Germany", 46, 3),
    (11, "Luca Romano", "Italy", 43, 3),
    (12, "Claire Dubois", "France", 40, 3),
    (13, "Matthias Lindqvist", "Sweden", 48, 3),
    (14, "Kenji Watanabe", "Japan", 50, 4),
    (15, "Yuki Tanaka", "Japan", 37, 4),
    (16, "Rakesh Menon", "India", 42, 5),
    (17, "Priya Nair", "India", 36, 5),
    (18, "Zhang Wei", "China", 51, 6),
    (19, "Liu Yang", "China", 44, 6),
    (20, "Chen Dong", "China", 46, 6),
    (21, "Marc Tremblay", "Canada", 53, 7),
    (22, "Emily Gauthier", "Canada", 35, 7),
    (23, "Stefan Krause", "Germany", 41, 8),
    (24, "Giulia Ferri", "Italy", 39, 11),
    (25, "Min-jun Park", "South Korea", 34, 12),
]

MISSION_CREW = [
    (1, 3, "Commander"), (1, 1, "Pilot"), (1, 11, "Mission Specialist"), (1, 21, "Mission Specialist"),
    (2, 1, "Commander"), (2, 2, "Pilot"), (2, 14, "Mission Specialist"), (2, 10, "Mission Specialist"),
    (3, 5, "Commander"), (3, 4, "Pilot"), (3, 3, "Mission Specialist"),
    (5, 2, "Commander"), (5, 5, "Pilot"), (5, 12, "Mission Specialist"), (5, 21, "Mission Specialist"),
    (5, 1, "Mission Specialist"),
    (6, 6, "Commander"), (6, 1, "Flight Engineer"), (6, 13, "Flight Engineer"),
    (7, 7, "Commander"), (7, 4, "Flight Engineer"), (7, 15, "Flight Engineer"),
    (8, 9, "Commander"), (8, 3, "Flight Engineer"),
    (9, 8, "Commander"), (9, 12, "Flight Engineer"), (9, 10, "Flight Engineer"),
    (28, 16, "Commander"), (28, 17, "Pilot"),
    (29, 18, "Commander"), (29, 19, "Pilot"), (29, 20, "Flight Engineer"),
    (30, 20, "Commander"), (30, 19, "Flight Engineer"),
]

# (origin, destination, date); tonnes and details are drawn from the seeded RNG.
TRANSFER_ROUTES = [
    (2, 1, "2021-03-14"), (3, 1, "2021-08-02"), (4, 6, "2019-05-20"), (5, 6, "2020-02-11"),
    (1, 7, "2022-01-09"), (8, 13, "2019-10-30"), (13, 8, "2022-06-15"), (10, 11, "2020-04-04"),
    (11, 10, "2021-09-22"), (9, 1, "2023-02-17"), (4, 5, "2018-07-07"), (6, 4, "2023-11-01"),
    (12, 8, "2022-03-28"), (1, 3, "2024-01-19"), (2, 7, "2023-05-05"), (10, 11, "2023-08-12"),
]
DETAILS = ["Booster segments", "Fuel tanks", "Payload adapter", "Avionics racks",
           "Core stage", "Fairing halves", "Ground support equipment", "Instrument crates"]


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def inserts(table, rows):
    return "".join("INSERT INTO %s VALUES (%s);\n" % (table, ", ".join(lit(x) for x in r)) for r in rows)


def main():
    transfers = []
    for i, (o, d, dt) in enumerate(TRANSFER_ROUTES, start=1):
        tonnes = round(random.uniform(4.0, 70.0), 1)
        details = random.choice(DETAILS) if random.random() < 0.6 else None
        transfers.append((i, o, d, dt, tonnes, details))

    out = [SCHEMA, "\n"]
    out.append(inserts("Agencies", AGENCIES))
    out.append(inserts("Launch_Sites", LAUNCH_SITES))
    out.append(inserts("Ref_Rocket_Families", FAMILIES))
    out.append(inserts("Rockets", ROCKETS))
    out.append(inserts("Missions", MISSIONS))
    out.append(inserts("Astronauts", ASTRONAUTS))
    out.append(inserts("Mission_Crew", MISSION_CREW))
    out.append(inserts("Cargo_Transfers", transfers))
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
