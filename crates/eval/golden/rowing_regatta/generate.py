# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the rowing_regatta database to the file given on the command line.
import random
import sys

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(round(v, 2))
    return str(v)


SCHEMA = """CREATE TABLE "Ref_Boat_Classes" (
"Boat_Class_Code" TEXT PRIMARY KEY,
"Class_Description" TEXT,
"Crew_Size" INTEGER,
"Coxed" TEXT
);

CREATE TABLE "Clubs" (
"Club_ID" INTEGER PRIMARY KEY,
"Club_Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Founded_Year" TEXT,
"other_details" TEXT
);

CREATE TABLE "Rowers" (
"Rower_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Club_ID" INTEGER,
"Age" INTEGER,
"Weight" REAL,
"Nationality" TEXT,
FOREIGN KEY ("Club_ID") REFERENCES "Clubs"("Club_ID")
);

CREATE TABLE "Regattas" (
"Regatta_ID" INTEGER PRIMARY KEY,
"Regatta_Name" TEXT,
"Venue" TEXT,
"Country" TEXT,
"Regatta_Date" TEXT
);

CREATE TABLE "Races" (
"Race_ID" INTEGER PRIMARY KEY,
"Regatta_ID" INTEGER,
"Boat_Class_Code" TEXT,
"Distance" INTEGER,
"Round" TEXT
);

CREATE TABLE "Race_Results" (
"Result_ID" INTEGER PRIMARY KEY,
"Race_ID" INTEGER,
"Club_ID" INTEGER,
"Lane" INTEGER,
"Finish_Time" REAL,
"Position" INTEGER,
"Boat_Builder" TEXT,
"Boat_Year_Built" TEXT,
FOREIGN KEY ("Race_ID") REFERENCES "Races"("Race_ID"),
FOREIGN KEY ("Club_ID") REFERENCES "Clubs"("Club_ID")
);

CREATE TABLE "Result_Rowers" (
"Result_ID" INTEGER,
"Rower_ID" INTEGER,
"Seat" TEXT,
PRIMARY KEY ("Result_ID", "Rower_ID"),
FOREIGN KEY ("Result_ID") REFERENCES "Race_Results"("Result_ID"),
FOREIGN KEY ("Rower_ID") REFERENCES "Rowers"("Rower_ID")
);

CREATE TABLE "Challenges" (
"Challenge_ID" INTEGER PRIMARY KEY,
"Home_Club_ID" INTEGER,
"Away_Club_ID" INTEGER,
"Boat_Class_Code" TEXT,
"Challenge_Date" TEXT,
"Venue" TEXT,
"Margin_Seconds" REAL,
"Winner" TEXT,
"status_code" TEXT,
FOREIGN KEY ("Home_Club_ID") REFERENCES "Clubs"("Club_ID"),
FOREIGN KEY ("Away_Club_ID") REFERENCES "Clubs"("Club_ID"),
FOREIGN KEY ("Boat_Class_Code") REFERENCES "Ref_Boat_Classes"("Boat_Class_Code")
);
"""

boat_classes = [
    ("1x", "Single Sculls", 1, "N"),
    ("2x", "Double Sculls", 2, "N"),
    ("2-", "Coxless Pair", 2, "N"),
    ("2+", "Coxed Pair", 2, "Y"),
    ("4x", "Quadruple Sculls", 4, "N"),
    ("4-", "Coxless Four", 4, "N"),
    ("4+", "Coxed Four", 4, "Y"),
    ("8+", "Eight", 8, "Y"),
    ("LM1x", "Lightweight Single Sculls", 1, "N"),
    ("LM2x", "Lightweight Double Sculls", 2, "N"),
]

clubs = [
    (1, "Leander Club", "Henley-on-Thames", "United Kingdom", "1818", "Pink hippo emblem"),
    (2, "Thames Rowing Club", "London", "United Kingdom", "1860", None),
    (3, "London Rowing Club", "London", "United Kingdom", "1856", None),
    (4, "Agecroft Rowing Club", "Salford", "United Kingdom", "1861", "Moved to new boathouse in 2007"),
    (5, "Berliner Ruder-Club", "Berlin", "Germany", "1880", None),
    (6, "Der Hamburger und Germania Ruder Club", "Hamburg", "Germany", "1836", "Oldest rowing club in Germany"),
    (7, "Mainzer Ruder-Verein", "Mainz", "Germany", "1878", None),
    (8, "Societe Nautique de la Marne", "Joinville-le-Pont", "France", "1876", None),
    (9, "Aviron Bayonnais", "Bayonne", "France", "1904", "Multi-sport association"),
    (10, "Canottieri Aniene", "Rome", "Italy", "1892", None),
    (11, "Societa Canottieri Milano", "Milan", "Italy", "1890", None),
    (12, "Vesper Boat Club", "Philadelphia", "United States", "1865", "Boathouse Row"),
    (13, "Riverside Boat Club", "Cambridge", "United States", "1869", None),
    (14, "Sydney Rowing Club", "Sydney", "Australia", "1870", None),
    (15, "Mercantile Rowing Club", "Melbourne", "Australia", "1880", None),
    (16, "Argonaut Rowing Club", "Toronto", "Canada", "1872", None),
    (17, "De Hoop", "Amsterdam", "Netherlands", "1888", None),
    (18, "A.S.R. Nereus", "Amsterdam", "Netherlands", "1893", "Student club"),
    (19, "Danske Studenters Roklub", "Copenhagen", "Denmark", "1867", None),
    (20, "Seeclub Zurich", "Zurich", "Switzerland", "1862", None),
    (21, "Waiariki Rowing Club", "Rotorua", "New Zealand", None, None),
]

rower_specs = [
    ("Oliver Hartley", 1, "British"),
    ("James Whitmore", 1, "British"),
    ("Thomas Ashford", 1, "British"),
    ("Emily Barnes", 2, "British"),
    ("George Pennington", 2, "British"),
    ("Samuel Okafor", 3, "British"),
    ("William Drake", 3, "British"),
    ("Lukas Brandt", 5, "German"),
    ("Felix Hoffmann", 5, "German"),
    ("Jonas Weber", 6, "German"),
    ("Maximilian Kruger", 6, "German"),
    ("Tobias Schafer", 7, "German"),
    ("Antoine Dubois", 8, "French"),
    ("Hugo Lefevre", 8, "French"),
    ("Matteo Rossi", 10, "Italian"),
    ("Luca Bianchi", 10, "Italian"),
    ("Alessandro Conti", 11, "Italian"),
    ("Davide Marchetti", 11, "Italian"),
    ("Ryan Caldwell", 12, "American"),
    ("Michael Donnelly", 12, "American"),
    ("Ethan Brooks", 13, "American"),
    ("Jack Morrison", 14, "Australian"),
    ("Liam O'Connor", 14, "Australian"),
    ("Hamish Clarke", 15, "Australian"),
    ("Connor Mitchell", 16, "Canadian"),
    ("Daniel Tremblay", 16, "Canadian"),
    ("Sander de Vries", 17, "Dutch"),
    ("Bram Jansen", 17, "Dutch"),
    ("Koen Visser", 18, "Dutch"),
    ("Roel Bakker", 18, "Dutch"),
    ("Nico Steiner", 20, "Swiss"),
    ("Roman Keller", 20, "Swiss"),
    ("Erik Lindqvist", 5, "Swedish"),
    ("Mateo Fernandez", 11, "Spanish"),
    ("Thijs van Dam", 18, "Dutch"),
    ("Kevin Walsh", 2, "Irish"),
]

rowers = []
for i, (name, club, nat) in enumerate(rower_specs, start=1):
    age = random.randint(19, 35)
    weight = round(random.uniform(68.0, 97.0), 1)
    if name == "Hugo Lefevre":
        weight = None
    if name == "Mateo Fernandez":
        age = 37
    rowers.append((i, name, club, age, weight, nat))
rowers.append((37, "Henry Fairbairn", 1, 23, 87.6, "British"))

regattas = [
    (1, "Henley Royal Regatta", "Henley-on-Thames", "United Kingdom", "2024-07-02"),
    (2, "Henley Women's Regatta", "Henley-on-Thames", "United Kingdom", "2024-06-21"),
    (3, "Royal Canadian Henley Regatta", "St. Catharines", "Canada", "2024-08-06"),
    (4, "Holland Beker", "Bosbaan", "Netherlands", "2024-06-15"),
    (5, "Rotsee Regatta", "Lucerne", "Switzerland", "2024-05-24"),
    (6, "Memorial Paolo d'Aloja", "Piediluco", "Italy", "2024-04-12"),
    (7, "Munich International Regatta", "Oberschleissheim", "Germany", "2023-06-17"),
    (8, "Sydney International Regatta", "Penrith", "Australia", "2024-03-09"),
    (9, "Bled International Regatta", "Bled", "Slovenia", "2023-06-10"),
    (10, "Head of the Charles Regatta", "Boston", "United States", "2023-10-21"),
    (11, "Regates Internationales de Vichy", "Vichy", "France", "2023-09-16"),
]

race_specs = [
    (1, "8+", "Final"), (1, "4-", "Final"), (1, "1x", "Final"), (1, "2x", "Heat"), (1, "4+", "Final"),
    (2, "2x", "Final"),
    (3, "1x", "Heat"), (3, "1x", "Final"), (3, "8+", "Final"),
    (4, "1x", "Heat"), (4, "2x", "Final"), (4, "4x", "Final"), (4, "2-", "Final"), (4, "8+", "Final"),
    (5, "1x", "Semi-final"), (5, "1x", "Final"), (5, "2-", "Final"), (5, "4-", "Heat"),
    (6, "2x", "Heat"), (6, "2x", "Final"), (6, "LM2x", "Final"), (6, "4x", "Repechage"),
    (7, "1x", "Final"), (7, "8+", "Heat"), (7, "8+", "Final"), (7, "4x", "Final"),
    (8, "1x", "Final"), (8, "2x", "Final"), (8, "8+", "Final"),
    (9, "2-", "Final"), (9, "LM2x", "Heat"),
]
distance_for = {1: 2112, 2: 1500}
races = []
for i, (reg, cls, rnd) in enumerate(race_specs, start=1):
    races.append((i, reg, cls, distance_for.get(reg, 2000), rnd))

# base speed in seconds per 2000 m for each class
base = {"1x": 415, "2x": 395, "2-": 405, "4x": 362, "4-": 368, "4+": 380, "8+": 338, "LM2x": 400}

# (race id, clubs entered, rowers per club for the link table or None)
entries = [
    (3, [1, 5, 14], {1: [1], 5: [8], 14: [22]}),
    (1, [1, 2, 12, 9], None),
    (4, [3, 17], {3: [6, 7], 17: [27, 28]}),
    (8, [16, 12, 13], {16: [25], 12: [19], 13: [21]}),
    (9, [16, 13, 21], None),
    (11, [17, 18, 6, 20], {17: [27, 28], 18: [29, 30], 6: [10, 11], 20: [31, 32]}),
    (14, [18, 17, 5, 4], None),
    (16, [20, 10, 8, 6], {20: [31], 10: [15], 8: [13], 6: [10]}),
    (20, [10, 11, 8], {10: [15, 16], 11: [17, 34], 8: [13, 14]}),
    (25, [5, 6, 7, 2], None),
    (27, [14, 15, 1], {14: [22], 15: [24], 1: [1]}),
    (6, [2, 3], {2: [4, 36], 3: [6, 7]}),
]

builders = ["Empacher", "Filippi", "Hudson", "Vespoli", "Janousek", "Stampfli"]
bweights = [6, 4, 3, 2, 2, 1]

race_by_id = {r[0]: r for r in races}
results = []
links = []
rid = 0
for race_id, club_ids, crew in entries:
    _, reg, cls, dist, rnd = race_by_id[race_id]
    lanes = random.sample(range(1, 7), len(club_ids))
    times = []
    for c in club_ids:
        t = base[cls] * dist / 2000.0 + random.uniform(-6, 9)
        times.append(round(t, 2))
    order = sorted(range(len(club_ids)), key=lambda k: times[k])
    pos = {k: p + 1 for p, k in enumerate(order)}
    for k, c in enumerate(club_ids):
        rid += 1
        builder = random.choices(builders, bweights)[0]
        year = str(random.randint(2008, 2023))
        ft, ps = times[k], pos[k]
        if race_id == 9 and c == 21:
            ft, ps = None, None  # did not finish
        if race_id == 25 and c == 2:
            year = None
        results.append((rid, race_id, c, lanes[k], ft, ps, builder, year))
        if crew:
            members = crew[c]
            for s, r in enumerate(members):
                if len(members) == 1:
                    seat = "Stroke"
                else:
                    seat = "Bow" if s == 0 else "Stroke"
                links.append((rid, r, seat))

challenges = [
    (1, 1, 2, "8+", "2023-05-13", "Henley-on-Thames", 2.5, "Home", "COMPLETED"),
    (2, 3, 2, "8+", "2023-04-01", "London", 1.2, "Away", "COMPLETED"),
    (3, 5, 6, "4x", "2023-09-09", "Berlin", 3.1, "Home", "COMPLETED"),
    (4, 12, 13, "8+", "2023-10-07", "Philadelphia", 0.8, "Away", "COMPLETED"),
    (5, 14, 15, "8+", "2024-02-17", "Sydney", None, None, "CANCELLED"),
    (6, 17, 18, "8+", "2024-04-20", "Amsterdam", 4.4, "Home", "COMPLETED"),
    (7, 10, 11, "4-", "2024-05-04", "Rome", 1.9, "Away", "COMPLETED"),
    (8, 8, 9, "8+", "2023-06-03", "Joinville-le-Pont", 2.2, "Home", "COMPLETED"),
    (9, 16, 12, "8+", "2023-08-26", "Toronto", 5.0, "Away", "COMPLETED"),
    (10, 1, 20, "4-", "2024-09-14", "Henley-on-Thames", None, None, "POSTPONED"),
    (11, 6, 19, "8+", "2024-06-01", "Hamburg", 3.6, "Home", "COMPLETED"),
    (12, 2, 1, "8+", "2024-03-30", "London", 0.5, "Away", "COMPLETED"),
]


def inserts(table, rows):
    out = []
    for r in rows:
        out.append('INSERT INTO "%s" VALUES (%s);' % (table, ", ".join(q(v) for v in r)))
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 generate.py out.sql")
    parts = ["PRAGMA foreign_keys = ON;\n", SCHEMA, "\n"]
    parts.append(inserts("Ref_Boat_Classes", boat_classes))
    parts.append(inserts("Clubs", clubs))
    parts.append(inserts("Rowers", rowers))
    parts.append(inserts("Regattas", regattas))
    parts.append(inserts("Races", races))
    parts.append(inserts("Race_Results", results))
    parts.append(inserts("Result_Rowers", links))
    parts.append(inserts("Challenges", challenges))
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
