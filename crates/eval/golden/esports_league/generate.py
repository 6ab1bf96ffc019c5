# Writes the esports_league SQLite schema (CREATE TABLE) and seeded rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(4417)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


out = []
out.append("PRAGMA foreign_keys = ON;")
out.append("""CREATE TABLE "Organisations" (
"Org_ID" INTEGER PRIMARY KEY,
"Org_Name" TEXT NOT NULL,
"Country" TEXT,
"Founded_Year" TEXT,
"Budget" REAL
);""")
out.append("""CREATE TABLE "players" (
"Player_ID" INTEGER PRIMARY KEY,
"Handle" TEXT NOT NULL,
"Real_Name" TEXT,
"Nationality" TEXT,
"Age" INTEGER,
"Org_ID" INTEGER,
"Salary" REAL,
FOREIGN KEY ("Org_ID") REFERENCES "Organisations"("Org_ID")
);""")
out.append("""CREATE TABLE "Ref_Game_Titles" (
"game_title_code" TEXT PRIMARY KEY,
"game_title_description" TEXT,
"Genre" TEXT
);""")
out.append("""CREATE TABLE "Tournaments" (
"Tournament_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"City" TEXT,
"Country" TEXT,
"Prize_Pool" INTEGER,
"game_title_code" TEXT,
"Year" INTEGER,
FOREIGN KEY ("game_title_code") REFERENCES "Ref_Game_Titles"("game_title_code")
);""")
# Tournament_ID foreign key intentionally NOT declared
out.append("""CREATE TABLE "Matches" (
"Match_ID" INTEGER PRIMARY KEY,
"Tournament_ID" INTEGER,
"Blue_Team_ID" INTEGER NOT NULL,
"Red_Team_ID" INTEGER NOT NULL,
"Winner_ID" INTEGER,
"Duration_Minutes" INTEGER,
FOREIGN KEY ("Blue_Team_ID") REFERENCES "Organisations"("Org_ID"),
FOREIGN KEY ("Red_Team_ID") REFERENCES "Organisations"("Org_ID"),
FOREIGN KEY ("Winner_ID") REFERENCES "Organisations"("Org_ID")
);""")
out.append("""CREATE TABLE "Match_Players" (
"Match_ID" INTEGER NOT NULL,
"Player_ID" INTEGER NOT NULL,
"Kills" INTEGER,
"Deaths" INTEGER,
"other_details" TEXT,
PRIMARY KEY ("Match_ID", "Player_ID"),
FOREIGN KEY ("Match_ID") REFERENCES "Matches"("Match_ID"),
FOREIGN KEY ("Player_ID") REFERENCES "players"("Player_ID")
);""")

orgs = [
    (1, "Valkyrie Esports", "Sweden", "2012"),
    (2, "Red Harbor Gaming", "United States", "2015"),
    (3, "Saint Petersburg Wolves", "Russia", "2011"),
    (4, "Dragon Gate Club", "China", "2013"),
    (5, "Seoul Phoenix", "South Korea", "2010"),
    (6, "Lisbon Lions Esports", "Portugal", "2018"),
    (7, "Nordic Storm", "Denmark", "2016"),
    (8, "Tokyo Crane Gaming", "Japan", "2014"),
    (9, "Samba Squad", "Brazil", "2017"),
    (10, "Berlin Bytes", "Germany", "2019"),
    (11, "Paris Eternal Esports", "France", "2016"),
    (12, "Maple Legion", "Canada", "2020"),
    (13, "Warsaw Hussars", "Poland", "2015"),
    (14, "Outback Raiders", "Australia", "2021"),
    (15, "Madrid Matadors", "Spain", "2019"),
    (16, "Cairo Falcons", "Egypt", "2022"),
]
null_budget = {12, 16}
for oid, name, country, year in orgs:
    budget = None if oid in null_budget else float(random.randrange(800, 9000) * 1000)
    out.append('INSERT INTO "Organisations" VALUES (%s);' % ", ".join(q(v) for v in (oid, name, country, year, budget)))

players = [
    ("Frostbyte", "Erik Lindqvist", "Sweden", 1),
    ("Nyx", "Johanna Berg", "Sweden", 1),
    ("Skald", "Oskar Holm", "Norway", 1),
    ("Vinter", "Lars Ek", "Sweden", 1),
    ("Hammerhead", "Tyler Brooks", "United States", 2),
    ("Ghostline", "Marcus Reed", "United States", 2),
    ("Zephyr", "Daniel Ortiz", "Mexico", 2),
    ("Volk", "Dmitri Sokolov", "Russia", 3),
    ("Kazimir", "Ivan Petrov", "Russia", 3),
    ("Lotus", "Wang Lei", "China", 4),
    ("Jadefist", "Chen Hao", "China", 4),
    ("Xiaolong", "Li Wei", "China", 4),
    ("Blaze", "Kim Min-jun", "South Korea", 5),
    ("Haneul", "Park Ji-hoon", "South Korea", 5),
    ("Navegador", "Tiago Santos", "Portugal", 6),
    ("Fado", "Rui Almeida", "Portugal", 6),
    ("Tordenskjold", "Mads Nielsen", "Denmark", 7),
    ("Glitch", "Frederik Jensen", "Denmark", 7),
    ("Runa", "Sofie Larsen", "Denmark", 7),
    ("Kaze", "Takumi Sato", "Japan", 8),
    ("Ronin", "Haruto Tanaka", "Japan", 8),
    ("Capoeira", "Lucas Silva", "Brazil", 9),
    ("Jaguar", "Gabriel Souza", "Brazil", 9),
    ("Zico", "Rafael Costa", "Brazil", 9),
    ("Blitzkopf", "Jonas Weber", "Germany", 10),
    ("Pixel", "Lukas Fischer", "Germany", 10),
    ("Mistral", "Hugo Moreau", "France", 11),
    ("Baguette", "Louis Bernard", "France", 11),
    ("Timber", "Liam Tremblay", "Canada", 12),
    ("Aurora", "Emma Roy", "Canada", 12),
    ("Husarz", "Jakub Nowak", "Poland", 13),
    ("Zlota", "Kamil Wozniak", "Poland", 13),
    ("Toro", "Pablo Garcia", "Spain", 15),
    ("Zarzuela", "Alvaro Martin", "Spain", 15),
    ("Drifter", "Sam Okafor", "Nigeria", None),
    ("Echo", None, "Argentina", None),
]
null_salary = {7, 19, 35, 36}
used_ages = []
for i, (handle, real, nat, org) in enumerate(players, start=1):
    age = random.randint(17, 30)
    if i == 17:
        age = 33  # veteran, unique oldest
    salary = None if i in null_salary else float(random.randrange(40, 420) * 1000)
    out.append('INSERT INTO "players" VALUES (%s);' % ", ".join(q(v) for v in (i, handle, real, nat, age, org, salary)))

games = [
    ("LOL", "League of Legends", "MOBA"),
    ("DOTA", "Dota 2", "MOBA"),
    ("CS2", "Counter-Strike 2", "FPS"),
    ("VAL", "Valorant", "FPS"),
    ("R6", "Rainbow Six Siege", "FPS"),
    ("OW2", "Overwatch 2", "Hero Shooter"),
    ("RL", "Rocket League", "Sports"),
    ("SC2", "StarCraft II", "RTS"),
    ("SF6", "Street Fighter 6", "Fighting"),
]
for g in games:
    out.append('INSERT INTO "Ref_Game_Titles" VALUES (%s);' % ", ".join(q(v) for v in g))

tournaments = [
    ("Nordic Winter Clash", "Stockholm", "Sweden", "LOL", 2022),
    ("Atlantic Masters", "Lisbon", "Portugal", "CS2", 2023),
    ("Pacific Rift Invitational", "Tokyo", "Japan", "VAL", 2023),
    ("Golden Dragon Cup", "Shanghai", "China", "DOTA", 2022),
    ("Rhine Major", "Cologne", "Germany", "CS2", 2024),
    ("Seoul Summer Showdown", "Seoul", "South Korea", "LOL", 2024),
    ("Copa Tropical", "Sao Paulo", "Brazil", "VAL", 2023),
    ("Baltic Brawl", "Warsaw", "Poland", "R6", 2022),
    ("Maple Leaf Open", "Toronto", "Canada", "RL", 2024),
    ("Lone Star Series", "Austin", "United States", "OW2", 2023),
    ("Berlin Grand Prix", "Berlin", "Germany", "LOL", 2023),
    ("Stockholm Frag Fest", "Stockholm", "Sweden", "CS2", 2024),
    ("Riviera Invitational", "Nice", "France", "DOTA", 2024),
    ("Las Vegas Showdown", "Las Vegas", "United States", "VAL", 2022),
]
pools = random.sample(range(10, 400), len(tournaments))
for i, (name, city, country, code, year) in enumerate(tournaments, start=1):
    prize = pools[i - 1] * 5000
    if i == 13:
        prize = None
    out.append('INSERT INTO "Tournaments" VALUES (%s);' % ", ".join(q(v) for v in (i, name, city, country, prize, code, year)))

playing_orgs = list(range(1, 14))
match_tournaments = list(range(1, 12)) + [random.randint(1, 11) for _ in range(19)]
random.shuffle(match_tournaments)
matches = []
for mid in range(1, 31):
    blue, red = random.sample(playing_orgs, 2)
    if mid == 30:
        blue, red = 12, 3  # Maple Legion on blue side, loses
    winner = random.choice([blue, red])
    if 12 in (blue, red):
        winner = red if blue == 12 else blue
    duration = random.randint(24, 58)
    tid = match_tournaments[mid - 1]
    matches.append((mid, tid, blue, red, winner, duration))
    out.append('INSERT INTO "Matches" VALUES (%s);' % ", ".join(q(v) for v in (mid, tid, blue, red, winner, duration)))

roster = {}
for i, p in enumerate(players, start=1):
    if p[3] is not None:
        roster.setdefault(p[3], []).append(i)
notes = [None, None, None, "MVP of the match", "substitute", None, "played through illness", None]
for mid, tid, blue, red, winner, duration in matches[:10]:
    for team in (blue, red):
        for pid in sorted(random.sample(roster[team], 2)):
            kills = random.randint(0, 18)
            deaths = random.randint(1, 14)
            note = random.choice(notes)
            out.append('INSERT INTO "Match_Players" VALUES (%s);' % ", ".join(q(v) for v in (mid, pid, kills, deaths, note)))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
