# Writes the lacrosse_league SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(2718)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


out = []
out.append("-- lacrosse_league: schema and rows, written by generate.py")
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "club" (
"Club_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Founded" INTEGER,
"Capacity" INTEGER,
"Budget_Million" REAL,
"Conference" TEXT
);""")

out.append("""CREATE TABLE "coach" (
"Coach_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Nationality" TEXT,
"Club_ID" INTEGER,
"Role" TEXT,
"Start_Year" INTEGER,
"Championships" INTEGER,
"Former_Player" TEXT
);""")

out.append("""CREATE TABLE "player" (
"Player_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Club_ID" INTEGER,
"Position" TEXT,
"Age" INTEGER,
"Height" INTEGER,
"Weight" INTEGER,
"Country" TEXT,
"Jersey_Number" INTEGER,
FOREIGN KEY ("Club_ID") REFERENCES "club"("Club_ID")
);""")

out.append("""CREATE TABLE "match" (
"Match_ID" INTEGER PRIMARY KEY,
"Home_Club_ID" INTEGER,
"Away_Club_ID" INTEGER,
"Year" INTEGER,
"Round" INTEGER,
"Format" TEXT,
"Attendance" INTEGER,
"Home_Goals" INTEGER,
"Away_Goals" INTEGER,
FOREIGN KEY ("Home_Club_ID") REFERENCES "club"("Club_ID"),
FOREIGN KEY ("Away_Club_ID") REFERENCES "club"("Club_ID")
);""")

out.append("""CREATE TABLE "player_in_match" (
"Player_ID" INTEGER,
"Match_ID" INTEGER,
"Goals" INTEGER,
"Assists" INTEGER,
"Minutes_Played" INTEGER,
PRIMARY KEY ("Player_ID", "Match_ID"),
FOREIGN KEY ("Player_ID") REFERENCES "player"("Player_ID"),
FOREIGN KEY ("Match_ID") REFERENCES "match"("Match_ID")
);""")

# ---- club
clubs = [
    ("Chesapeake Ospreys", "Baltimore", "USA", 1987, "East"),
    ("Hudson Valley Hawks", "Albany", "USA", 1996, "East"),
    ("Denver Summit", "Denver", "USA", 2003, "West"),
    ("Boston Tides", "Boston", "USA", 1978, "East"),
    ("Toronto Ironmen", "Toronto", "Canada", 1969, "East"),
    ("Vancouver Rapids", "Vancouver", "Canada", 1974, "West"),
    ("Calgary Rustlers", "Calgary", "Canada", 1992, "West"),
    ("Manchester Wolves", "Manchester", "England", 1958, "East"),
    ("London Rangers", "London", "England", 1983, "East"),
    ("Sydney Blues", "Sydney", "Australia", 1965, "West"),
    ("Melbourne Magpies", "Melbourne", "Australia", 2001, "West"),
    ("Philadelphia Founders", "Philadelphia", "USA", 2008, "East"),
]
club_rows = []
for i, (name, city, country, founded, conf) in enumerate(clubs):
    if country in ("USA", "Canada"):
        cap = random.randint(60, 220) * 100
        budget = round(random.uniform(4.0, 18.0), 1)
    else:
        cap = random.randint(15, 60) * 100
        budget = round(random.uniform(0.8, 3.5), 1)
    club_rows.append([i + 1, name, city, country, founded, cap, budget, conf])
club_rows[6][6] = 16.4  # no tie for the highest budget
for r in club_rows:
    out.append(ins("club", r))

# ---- coach (Club_ID is a reference to club, left undeclared)
coaches = [
    ("Dave Pietramala", "USA", 1, "Head", "T"),
    ("Gary Gait", "Canada", 5, "Head", "T"),
    ("Ian Whitlock", "England", 8, "Head", "F"),
    ("Marcus Holman", "USA", 2, "Head", "T"),
    ("Troy Cordingley", "Canada", 6, "Head", "T"),
    ("Liam Byrne", "Australia", 10, "Head", "F"),
    ("Rob Kavanagh", "USA", 4, "Head", "F"),
    ("Derek Keenan", "Canada", 7, "Head", "T"),
    ("Nathan Price", "England", 9, "Head", "F"),
    ("Connor Walsh", "USA", 3, "Head", "T"),
    ("Brian Silcott", "Canada", 5, "Assistant", "T"),
    ("Sam Whitaker", "Australia", 10, "Assistant", "T"),
    ("Jordan Hale", "USA", 1, "Assistant", "F"),
    ("Owen Tremblay", "Canada", 6, "Assistant", "F"),
]
ages = [58, 57, 49, 41, 63, 46, 52, 61, 38, 44, 35, 33, 39, 47]
for i, (name, nat, club, role, fp) in enumerate(coaches):
    start = random.randint(2008, 2022)
    champs = random.choices([0, 1, 2, 3, 4], weights=[5, 4, 3, 2, 1])[0]
    out.append(ins("coach", (i + 1, name, ages[i], nat, club, role, start, champs, fp)))

# ---- player
first = ["Jake", "Tyler", "Connor", "Ryan", "Matt", "Chris", "Brendan", "Kyle", "Shane", "Evan",
         "Drew", "Cole", "Reece", "Owen", "Austin", "Blake", "Mitch", "Zach", "Lyle", "Jeremy",
         "Callum", "Harry", "Tom", "Josh", "Ben", "Riley", "Nick", "Sean", "Dylan", "Wesley",
         "Curtis", "Jesse", "Mark", "Aidan", "Logan", "Brody"]
last = ["Thompson", "Rambo", "Powell", "Schreiber", "Kirst", "Gray", "Staats", "Harrison",
        "Dickson", "Murray", "Fletcher", "Sanderson", "Byrne", "Lambert", "French", "Teat",
        "Powless", "Currier", "Jamieson", "Noble", "Ashworth", "Clarke", "Bennett", "Howell",
        "Walker", "Doyle", "Marchand", "Quinn", "Hartley", "Kelly", "Bonnar", "Hill", "Ellis",
        "Reid", "Marshall", "Ward"]
per_club = [4, 3, 3, 2, 4, 3, 3, 3, 2, 3, 3, 3]
positions = ["Attack", "Midfield", "Defense", "Goalie"]
pos_w = [4, 5, 4, 1]
player_club = []
for c, n in enumerate(per_club):
    player_club += [c + 1] * n
pid = 0
player_rows = []
for c in player_club:
    country = clubs[c - 1][2]
    r = random.random()
    if country == "USA" and r < 0.15:
        country = "Canada"
    elif country == "Canada" and r < 0.2:
        country = "Haudenosaunee"
    elif country in ("England", "Australia") and r < 0.2:
        country = "USA"
    pos = random.choices(positions, weights=pos_w)[0]
    age = random.randint(19, 35)
    base_h = {"Attack": 180, "Midfield": 183, "Defense": 188, "Goalie": 185}[pos]
    h = base_h + random.randint(-7, 8)
    w = int(round(h * 0.47 + random.randint(-6, 10)))
    player_rows.append([pid + 1, first[pid] + " " + last[pid], c, pos, age, h, w, country,
                        random.randint(1, 99)])
    pid += 1
# a few fixed values that keep the superlatives discriminating
player_rows[6][4] = 37
player_rows[21][4] = 18
player_rows[13][5] = 198
for r in player_rows:
    out.append(ins("player", r))

# ---- match
match_rows = []
for i in range(30):
    home, away = random.sample(range(1, 13), 2)
    year = 2022 + i // 10
    rnd = i % 10 + 1
    fmt = random.choices(["Field", "Box"], weights=[3, 2])[0]
    att = int(club_rows[home - 1][5] * random.uniform(0.45, 1.0)) // 10 * 10
    hg = random.randint(6, 17)
    ag = random.randint(5, 16)
    if hg == ag:
        hg += 1  # no draws in lacrosse
    match_rows.append((i + 1, home, away, year, rnd, fmt, att, hg, ag))
for r in match_rows:
    out.append(ins("match", r))

# ---- player_in_match
pairs = set()
app_rows = []
while len(app_rows) < 40:
    m = random.choice(match_rows)
    side = random.choice([m[1], m[2]])
    cands = [p for p in player_rows if p[2] == side]
    p = random.choice(cands)
    if (p[0], m[0]) in pairs:
        continue
    pairs.add((p[0], m[0]))
    if p[3] == "Goalie":
        g, a = 0, random.randint(0, 1)
    elif p[3] == "Attack":
        g, a = random.randint(0, 6), random.randint(0, 4)
    elif p[3] == "Midfield":
        g, a = random.randint(0, 4), random.randint(0, 3)
    else:
        g, a = random.randint(0, 1), random.randint(0, 2)
    mins = 60 if m[5] == "Field" else random.choice([40, 45, 50, 60])
    mins = min(mins, random.choice([mins, mins, mins - 12, mins - 20]))
    app_rows.append((p[0], m[0], g, a, mins))
app_rows.sort()
for r in app_rows:
    out.append(ins("player_in_match", r))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
