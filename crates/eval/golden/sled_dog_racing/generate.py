# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the sled_dog_racing database to the file given on the command line.
import random
import sys

random.seed(4417)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, float):
        return "%.2f" % v
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE "Ref_Breeds" (
"breed_code" VARCHAR(10) PRIMARY KEY,
"breed_description" VARCHAR(80) NOT NULL,
"Origin_Country" VARCHAR(50)
);

CREATE TABLE "Kennels" (
"Kennel_ID" INTEGER PRIMARY KEY,
"Kennel_Name" VARCHAR(80) NOT NULL,
"Region" VARCHAR(80),
"Country" VARCHAR(50),
"Established" TEXT
);

CREATE TABLE "Towns" (
"Town_ID" INTEGER PRIMARY KEY,
"Name" VARCHAR(80) NOT NULL,
"Country" VARCHAR(50),
"Population" INTEGER
);

CREATE TABLE "Mushers" (
"Musher_ID" INTEGER PRIMARY KEY,
"Name" VARCHAR(80) NOT NULL,
"Age" INTEGER,
"Gender" VARCHAR(1),
"Nationality" VARCHAR(50),
"Kennel_ID" INTEGER,
"Years_Experience" INTEGER,
FOREIGN KEY ("Kennel_ID") REFERENCES "Kennels"("Kennel_ID")
);

CREATE TABLE "Dogs" (
"Dog_ID" INTEGER PRIMARY KEY,
"Dog_Name" VARCHAR(50) NOT NULL,
"breed_code" VARCHAR(10),
"Birth_Year" INTEGER,
"Kennel_ID" INTEGER
);

CREATE TABLE "Races" (
"Race_ID" INTEGER PRIMARY KEY,
"Race_Name" VARCHAR(80) NOT NULL,
"Start_Town_ID" INTEGER NOT NULL,
"Finish_Town_ID" INTEGER NOT NULL,
"Distance_km" INTEGER,
"Year" INTEGER,
FOREIGN KEY ("Start_Town_ID") REFERENCES "Towns"("Town_ID"),
FOREIGN KEY ("Finish_Town_ID") REFERENCES "Towns"("Town_ID")
);

CREATE TABLE "Race_Entries" (
"Entry_ID" INTEGER PRIMARY KEY,
"Race_ID" INTEGER NOT NULL,
"Musher_ID" INTEGER NOT NULL,
"Finish_Position" INTEGER,
"Finish_Hours" REAL,
"Dogs_At_Start" INTEGER,
"other_details" VARCHAR(255),
FOREIGN KEY ("Race_ID") REFERENCES "Races"("Race_ID"),
FOREIGN KEY ("Musher_ID") REFERENCES "Mushers"("Musher_ID")
);

CREATE TABLE "Entry_Dogs" (
"Entry_ID" INTEGER NOT NULL,
"Dog_ID" INTEGER NOT NULL,
PRIMARY KEY ("Entry_ID", "Dog_ID"),
FOREIGN KEY ("Entry_ID") REFERENCES "Race_Entries"("Entry_ID"),
FOREIGN KEY ("Dog_ID") REFERENCES "Dogs"("Dog_ID")
);
"""

breeds = [
    ("ALH", "Alaskan Husky", "USA"),
    ("SIB", "Siberian Husky", "Russia"),
    ("MAL", "Alaskan Malamute", "USA"),
    ("GRL", "Greenland Dog", "Greenland"),
    ("SAM", "Samoyed", "Russia"),
    ("HOU", "Eurohound", "Norway"),
    ("CAN", "Canadian Eskimo Dog", "Canada"),
    ("CHI", "Chinook", "USA"),
    ("YAK", "Yakutian Laika", None),
]

kennels = [
    (1, "Nome Trail Kennel", "Alaska", "USA", "1988"),
    (2, "Denali Ridge Huskies", "Alaska", "USA", "2005"),
    (3, "Klondike Sled Dogs", "Yukon", "Canada", "1996"),
    (4, "Northern Lights Kennel", "Northwest Territories", "Canada", "2012"),
    (5, "Finnmark Polar Kennel", "Finnmark", "Norway", "1992"),
    (6, "Roros Fjell Kennel", "Trondelag", "Norway", "2009"),
    (7, "Arctic Fox Huskies", "Lapland", "Finland", "2001"),
    (8, "Kiruna Dog Sled Company", "Norrbotten", "Sweden", "2015"),
    (9, "Boundary Waters Kennel", "Minnesota", "USA", "1999"),
    (10, "Savoie Mushing", "Auvergne-Rhone-Alpes", "France", "2007"),
    (11, "Engadin Husky Ranch", "Graubunden", "Switzerland", "2010"),
    (12, "Silver Birch Kennel", "Ontario", "Canada", "2018"),
    (13, "Iron Range Huskies", "Minnesota", "USA", "1985"),
    (14, "Taiga Run Kennel", None, "Finland", "2020"),
]

towns = [
    (1, "Anchorage", "USA", 291247),
    (2, "Nome", "USA", 3699),
    (3, "Fairbanks", "USA", 32515),
    (4, "Whitehorse", "Canada", 28201),
    (5, "Dawson City", "Canada", 1577),
    (6, "Alta", "Norway", 21089),
    (7, "Karasjok", "Norway", 2614),
    (8, "Roros", "Norway", 5632),
    (9, "Ivalo", "Finland", 3207),
    (10, "Rovaniemi", "Finland", 64535),
    (11, "Kiruna", "Sweden", 22906),
    (12, "Duluth", "USA", 86697),
    (13, "Grand Marais", "USA", 1337),
    (14, "Bethel", "USA", 6325),
    (15, "Kotzebue", "USA", 3102),
    (16, "Glennallen", "USA", 439),
    (17, "Fort Kent", "USA", 4067),
    (18, "Megeve", "France", 3036),
    (19, "Bessans", "France", 341),
    (20, "Yellowknife", "Canada", 20340),
    (21, "Tromso", "Norway", 77544),
]

# (id, name, age, gender, nationality, kennel, years_experience)
mushers = [
    (1, "Wade Halvorsen", 52, "M", "USA", 1, 30),
    (2, "Kaylee Brennan", 34, "F", "USA", 1, 11),
    (3, "Travis Kuenzel", 41, "M", "USA", 2, 19),
    (4, "Marnie Okpik", 29, "F", "Canada", 2, 6),
    (5, "Gerald Tremblay", 58, "M", "Canada", 3, 35),
    (6, "Renee Lavoie", 45, "F", "Canada", 3, 21),
    (7, "Colin MacLeod", 37, "M", "United Kingdom", 4, 9),
    (8, "Ragnar Haugen", 49, "M", "Norway", 5, 24),
    (9, "Sigrid Eriksen", 31, "F", "Norway", 5, 10),
    (10, "Henrik Solberg", 24, "M", "Norway", 5, 3),
    (11, "Ingrid Moen", 44, "F", "Norway", 6, 18),
    (12, "Lars Bakke", 63, "M", "Norway", 6, 40),
    (13, "Juha Korhonen", 39, "M", "Finland", 7, 15),
    (14, "Aino Virtanen", 27, "F", "Finland", None, None),
    (15, "Elsa Nystrom", 36, "F", "Sweden", 8, 12),
    (16, "Mats Lindgren", 47, "M", "Sweden", 8, 22),
    (17, "Cody Rasmussen", 33, "M", "USA", 9, 8),
    (18, "Becca Thorsen", 40, "F", "USA", 9, 16),
    (19, "Julien Favre", 43, "M", "France", 10, 17),
    (20, "Luca Caflisch", 35, "M", "Switzerland", 11, None),
    (21, "Yuki Tanaka", 30, "F", "Japan", None, 5),
    (22, "Pekka Laine", 55, "M", "Finland", 7, 28),
]

dog_names = [
    "Nanook", "Juneau", "Tundra", "Blizzard", "Aurora", "Sitka", "Denali",
    "Frost", "Maple", "Loki", "Freya", "Odin", "Storm", "Skadi", "Tanana",
    "Koda", "Yukon", "Pepper", "Shadow", "Ember", "Birch", "Raven", "Sasha",
    "Misha", "Pilot", "Comet", "Nova", "Tinder", "Ghost", "Willow", "Bear",
    "Kenai",
]
# kennel and breed for each dog (kept by hand so that every kennel looks plausible)
dog_kennels = [1, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 5, 5, 6, 6, 7,
               7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 12, 12, 5, 1, 3, 13]
dog_breeds = ["ALH", "ALH", "SIB", "ALH", "MAL", "ALH", "CAN", "SIB", "CAN",
              "HOU", "HOU", "ALH", "GRL", "HOU", "SIB", "SIB", "SAM", "ALH",
              "HOU", "SIB", "ALH", "ALH", "MAL", "SIB", "HOU", "SAM", "ALH",
              "MAL", "HOU", "ALH", "ALH", "GRL"]
dogs = []
for i, name in enumerate(dog_names):
    by = random.randint(2014, 2022)
    if i == 22:
        by = None
    dogs.append((i + 1, name, dog_breeds[i], by, dog_kennels[i]))

# (id, name, start, finish, km, year)
races = [
    (1, "Iditarod Trail Sled Dog Race", 1, 2, 1609, 2023),
    (2, "Yukon Quest", 3, 4, 1545, 2022),
    (3, "Finnmarkslopet", 6, 6, 1200, 2024),
    (4, "Femundlopet", 8, 8, 650, 2024),
    (5, "John Beargrease Marathon", 12, 13, 483, 2023),
    (6, "Kuskokwim 300", 14, 14, 480, 2024),
    (7, "Kobuk 440", 15, 15, 708, 2022),
    (8, "Copper Basin 300", 16, 16, 470, 2023),
    (9, "Can-Am Crown 250", 17, 17, 402, 2024),
    (10, "Lapland Arctic Quest", 9, 10, 300, 2024),
    (11, "La Grande Odyssee", 18, 19, 350, 2023),
    (12, "Klondike Quest", 5, 4, 500, 2024),
]

# which mushers ran which race (races 8, 9, 11 have no entries)
race_fields = {
    1: [1, 2, 3, 5, 6, 8, 12, 17],
    2: [5, 6, 7, 1, 22],
    3: [8, 9, 11, 12, 13, 15, 16],
    4: [11, 12, 16],
    5: [17, 18, 3],
    6: [1, 2],
    7: [3, 2],
    10: [13, 22, 15],
    12: [7, 5],
}
speeds = {1: (6.5, 8.5), 2: (6.5, 8.5), 3: (8.0, 10.0), 4: (9.0, 11.0),
          5: (9.0, 11.5), 6: (10.0, 12.0), 7: (9.0, 11.0), 10: (10.0, 13.0),
          12: (9.5, 12.0)}
max_dogs = {1: 16, 2: 14, 3: 14, 4: 12, 5: 12, 6: 12, 7: 12, 10: 10, 12: 12}
notes = ["Rookie", "Scratched at checkpoint", "Sportsmanship award",
         "Dog dropped at checkpoint", "Veterinary award"]

entries = []
eid = 1
for rid in sorted(race_fields):
    km = [r for r in races if r[0] == rid][0][4]
    field = race_fields[rid]
    results = []
    for mid in field:
        hours = round(km / random.uniform(*speeds[rid]), 2)
        results.append([hours, mid])
    results.sort()
    scratched = set()
    if len(field) >= 5:
        scratched.add(results[-1][1])
    pos = 1
    for hours, mid in results:
        n = random.randint(max_dogs[rid] - 4, max_dogs[rid])
        if mid in scratched:
            entries.append((eid, rid, mid, None, None, n, "Scratched at checkpoint"))
        else:
            note = random.choice(notes[:1] + notes[2:]) if random.random() < 0.2 else None
            entries.append((eid, rid, mid, pos, hours, n, note))
            pos += 1
        eid += 1

musher_kennel = {m[0]: m[5] for m in mushers}
entry_dogs = []
for e in entries:
    if len(entry_dogs) >= 38:
        break
    k = musher_kennel[e[2]]
    pool = [d[0] for d in dogs if d[4] == k]
    if len(pool) < 2 or random.random() < 0.35:
        continue
    picked = sorted(random.sample(pool, min(len(pool), random.randint(2, 4))))
    for d in picked:
        entry_dogs.append((e[0], d))
entry_dogs = entry_dogs[:40]


def inserts(table, rows):
    return "".join(
        'INSERT INTO "%s" VALUES (%s);\n' % (table, ", ".join(q(v) for v in r))
        for r in rows)


out = SCHEMA + "\n"
out += inserts("Ref_Breeds", breeds)
out += inserts("Kennels", kennels)
out += inserts("Towns", towns)
out += inserts("Mushers", mushers)
out += inserts("Dogs", dogs)
out += inserts("Races", races)
out += inserts("Race_Entries", entries)
out += inserts("Entry_Dogs", entry_dogs)

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write(out)
