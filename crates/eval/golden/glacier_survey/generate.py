# Writes the SQLite schema (CREATE TABLE) and all rows (INSERT) of the glacier_survey database to the file named on the command line.
import random
import sys

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """CREATE TABLE "Research_Station" (
"Station_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Country" TEXT,
"Altitude" INTEGER,
"Opened_Year" TEXT
);
CREATE TABLE "Ref_Glacier_Types" (
"glacier_type_code" TEXT PRIMARY KEY,
"glacier_type_description" TEXT
);
CREATE TABLE "Glacier" (
"Glacier_ID" INTEGER PRIMARY KEY,
"Glacier_Name" TEXT NOT NULL,
"Mountain_Range" TEXT,
"Country" TEXT,
"Area_km2" REAL,
"glacier_type_code" TEXT,
FOREIGN KEY ("glacier_type_code") REFERENCES "Ref_Glacier_Types"("glacier_type_code")
);
CREATE TABLE "scientist" (
"Scientist_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Nationality" TEXT,
"Age" INTEGER,
"Field" TEXT,
"Home_Station_ID" INTEGER NOT NULL,
FOREIGN KEY ("Home_Station_ID") REFERENCES "Research_Station"("Station_ID")
);
CREATE TABLE "Survey" (
"Survey_ID" INTEGER PRIMARY KEY,
"Glacier_ID" INTEGER NOT NULL,
"Team_Name" TEXT,
"Survey_Date" TEXT,
"Retreat_m" REAL,
"Cost" REAL,
"other_details" TEXT
);
CREATE TABLE "Survey_Participants" (
"Survey_ID" INTEGER,
"Scientist_ID" INTEGER,
"role_description" TEXT,
PRIMARY KEY ("Survey_ID", "Scientist_ID"),
FOREIGN KEY ("Survey_ID") REFERENCES "Survey"("Survey_ID"),
FOREIGN KEY ("Scientist_ID") REFERENCES "scientist"("Scientist_ID")
);
CREATE TABLE "Expedition" (
"Expedition_ID" INTEGER PRIMARY KEY,
"Base_Station_ID" INTEGER NOT NULL,
"Destination_Station_ID" INTEGER NOT NULL,
"Expedition_Date" TEXT,
"Number_of_Members" INTEGER,
FOREIGN KEY ("Base_Station_ID") REFERENCES "Research_Station"("Station_ID"),
FOREIGN KEY ("Destination_Station_ID") REFERENCES "Research_Station"("Station_ID")
);
CREATE TABLE "equipment" (
"Equipment_ID" INTEGER PRIMARY KEY,
"Item_Name" TEXT,
"Station_ID" INTEGER,
"Purchase_Price" REAL,
FOREIGN KEY ("Station_ID") REFERENCES "Research_Station"("Station_ID")
);
"""

# Station_ID, Name, Country, Altitude (m), Opened_Year (TEXT)
stations = [
    (1, "Jungfraujoch High Altitude Station", "Switzerland", 3466, "1931"),
    (2, "Sonnblick Observatory", "Austria", 3106, "1886"),
    (3, "Tarfala Research Station", "Sweden", 1135, "1946"),
    (4, "Finse Alpine Research Centre", "Norway", 1222, "1972"),
    (5, "Ny-Alesund Arctic Station", "Norway", 8, "1968"),
    (6, "Pyramid Laboratory", "Nepal", 5050, "1990"),
    (7, "Tianshan Glaciological Station", "China", 3545, "1959"),
    (8, "Juneau Icefield Camp", "United States", 1860, "1948"),
    (9, "Toolik Field Station", "United States", 720, "1975"),
    (10, "Vallot Refuge Laboratory", "France", 4362, "1890"),
    (11, "Perito Moreno Field Base", "Argentina", 290, "1997"),
    (12, "Franz Josef Research Hut", "New Zealand", 310, "2004"),
    (13, "Schneefernerhaus Environmental Station", "Germany", 2650, "1999"),
    (14, "Himansh Research Station", "India", 4080, "2016"),
    (15, "Kluane Lake Research Station", "Canada", 786, "1961"),
]

glacier_types = [
    ("VAL", "Valley glacier confined by valley walls"),
    ("CIR", "Cirque glacier occupying a bowl-shaped hollow"),
    ("ICP", "Ice cap or plateau glacier"),
    ("OUT", "Outlet glacier draining an icefield"),
    ("TID", "Tidewater glacier terminating in the sea"),
    ("PIE", "Piedmont glacier spreading onto a lowland plain"),
    ("HAN", "Hanging glacier ending high on a valley wall"),
]

# Glacier_ID, Glacier_Name, Mountain_Range, Country, Area_km2, glacier_type_code
glaciers = [
    (1, "Aletsch Glacier", "Alps", "Switzerland", 81.7, "VAL"),
    (2, "Rhone Glacier", "Alps", "Switzerland", 15.8, "VAL"),
    (3, "Gorner Glacier", "Alps", "Switzerland", 41.0, "VAL"),
    (4, "Pasterze", "Alps", "Austria", 16.3, "VAL"),
    (5, "Hintereisferner", "Alps", "Austria", 6.8, "VAL"),
    (6, "Mer de Glace", "Alps", "France", 30.4, "VAL"),
    (7, "Argentiere Glacier", "Alps", "France", 12.9, "VAL"),
    (8, "Storglaciaren", "Scandinavian Mountains", "Sweden", 3.1, "VAL"),
    (9, "Jostedalsbreen", "Scandinavian Mountains", "Norway", 458.0, "ICP"),
    (10, "Hardangerjokulen", "Scandinavian Mountains", "Norway", 71.3, "ICP"),
    (11, "Khumbu Glacier", "Himalaya", "Nepal", 17.4, "VAL"),
    (12, "Gangotri Glacier", "Himalaya", "India", 143.0, "VAL"),
    (13, "Chhota Shigri Glacier", "Himalaya", "India", 15.7, "VAL"),
    (14, "Urumqi Glacier No. 1", "Tian Shan", "China", 1.6, "CIR"),
    (15, "Mendenhall Glacier", "Coast Mountains", "United States", 93.2, "OUT"),
    (16, "Taku Glacier", "Coast Mountains", "United States", 725.0, "TID"),
    (17, "Malaspina Glacier", "Saint Elias Mountains", "United States", 3900.0, "PIE"),
    (18, "Kaskawulsh Glacier", "Saint Elias Mountains", "Canada", 1095.0, "VAL"),
    (19, "McCall Glacier", "Brooks Range", "United States", 6.2, "CIR"),
    (20, "Perito Moreno Glacier", "Andes", "Argentina", 250.0, "OUT"),
    (21, "Upsala Glacier", "Andes", "Argentina", 765.0, "OUT"),
    (22, "Grey Glacier", "Andes", "Chile", 270.5, "OUT"),
    (23, "Franz Josef Glacier", "Southern Alps", "New Zealand", 32.6, "VAL"),
    (24, "Fox Glacier", "Southern Alps", "New Zealand", 34.1, "VAL"),
    (25, "Tasman Glacier", "Southern Alps", "New Zealand", 101.3, "VAL"),
    (26, "Brewster Glacier", "Southern Alps", "New Zealand", 2.5, "CIR"),
    (27, "Kongsvegen", "Scandinavian Mountains", "Norway", 102.4, "TID"),
]

first_names = {
    "Swiss": ["Lukas", "Martina", "Reto", "Andrea"],
    "Austrian": ["Florian", "Katharina", "Stefan"],
    "Norwegian": ["Ingrid", "Henrik", "Solveig"],
    "Swedish": ["Per", "Annika"],
    "Nepali": ["Pasang", "Sunita"],
    "Chinese": ["Wei", "Xiaoming"],
    "American": ["Emily", "Jacob", "Rachel"],
    "French": ["Camille", "Antoine", "Delphine"],
    "Argentine": ["Martin", "Lucia"],
    "New Zealander": ["Aroha", "Liam"],
    "Indian": ["Anil", "Priya"],
    "Canadian": ["Olivia"],
}
last_names = {
    "Swiss": ["Huss", "Bauder", "Zemp", "Farinotti"],
    "Austrian": ["Kaser", "Fischer", "Hollweger"],
    "Norwegian": ["Andreassen", "Kjollmoen", "Haugen"],
    "Swedish": ["Holmlund", "Lindqvist"],
    "Nepali": ["Sherpa", "Gurung"],
    "Chinese": ["Li", "Zhang"],
    "American": ["Carter", "O'Neel", "Pelto"],
    "French": ["Vincent", "Six", "Berthier"],
    "Argentine": ["Rivera", "Masiokas"],
    "New Zealander": ["Ngata", "Chinn"],
    "Indian": ["Kulkarni", "Sharma"],
    "Canadian": ["Tremblay"],
}
home_for = {
    "Swiss": [1, 1, 10],
    "Austrian": [2, 13],
    "Norwegian": [4, 5],
    "Swedish": [3],
    "Nepali": [6],
    "Chinese": [7],
    "American": [8, 9],
    "French": [10, 1],
    "Argentine": [11],
    "New Zealander": [12],
    "Indian": [6, 7],
    "Canadian": [15, 8],
}
fields = ["Glaciology", "Climatology", "Geophysics", "Hydrology", "Remote Sensing", "Geomorphology"]

scientists = []
used_ages = set()
sid = 0
for nat in first_names:
    for fn, ln in zip(first_names[nat], last_names[nat]):
        sid += 1
        age = random.randint(26, 68)
        while age in used_ages and len(used_ages) < 43:
            age = random.randint(26, 68)
        used_ages.add(age)
        field = random.choice(fields)
        home = random.choice(home_for[nat])
        scientists.append((sid, fn + " " + ln, nat, age, field, home))

teams = ["Alpine Monitoring Group", "Cryosphere Watch", "Polar Ice Team",
         "Himalayan Survey Unit", "Southern Ice Project", "Arctic Mass Balance Team"]
team_for_range = {
    "Alps": [0, 1], "Scandinavian Mountains": [2, 5, 1], "Himalaya": [3, 1],
    "Tian Shan": [3], "Coast Mountains": [5, 1], "Saint Elias Mountains": [5, 2],
    "Brooks Range": [5], "Andes": [4, 1], "Southern Alps": [4],
}
notes = ["Heavy snow cover limited stake readings", "Drone survey supplemented by GPS",
         "Terminus position re-measured", "Data shared with WGMS", "Partial survey due to storm"]
unsurveyed = {5, 10, 19, 22, 26}
survey_pool = [g for g in glaciers if g[0] not in unsurveyed]
surveys = []
for i in range(1, 27):
    g = random.choice(survey_pool)
    if i in (3, 11, 19, 24):
        g = glaciers[0]  # Aletsch is the most surveyed glacier
    team = teams[random.choice(team_for_range[g[2]])]
    date = "%d-%02d-%02d" % (random.randint(2012, 2023), random.randint(6, 9), random.randint(1, 28))
    retreat = round(random.uniform(2.0, 58.0), 1)
    cost = float(random.randrange(8000, 90000, 50))
    other = random.choice(notes) if random.random() < 0.3 else None
    surveys.append((i, g[0], team, date, retreat, cost, other))

roles = ["Lead Scientist", "Field Assistant", "Data Analyst", None]
participants = []
active = [s for s in scientists if s[0] not in (5, 14, 22, 29)]
for s in surveys:
    k = random.choice([1, 1, 2])
    chosen = random.sample(active, k)
    for j, sc in enumerate(sorted(chosen)):
        role = "Lead Scientist" if j == 0 else random.choice(roles[1:])
        participants.append((s[0], sc[0], role))

expeditions = []
for i in range(1, 23):
    base = random.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15])
    dest = random.choice([s[0] for s in stations if s[0] != base and s[0] != 13])
    date = "%d-%02d-%02d" % (random.randint(2015, 2024), random.randint(1, 12), random.randint(1, 28))
    members = random.randint(3, 14) if i != 9 else None
    expeditions.append((i, base, dest, date, members))

items = [("Ground Penetrating Radar", 18000, 42000), ("Differential GPS Receiver", 6000, 15000),
         ("Automatic Weather Station", 9000, 26000), ("Steam Ice Drill", 3000, 8000),
         ("Time-Lapse Camera", 600, 2500), ("Ablation Stake Set", 300, 1200),
         ("Terrestrial Laser Scanner", 45000, 90000), ("Fixed-Wing Survey Drone", 12000, 30000),
         ("Satellite Phone", 900, 1600), ("Hot Water Drill", 20000, 38000),
         ("Snowmobile", 9000, 16000), ("Ice Radar Sled", 14000, 27000),
         ("Thermistor String", 1500, 4500), ("Snow Pit Kit", 400, 900)]
equipment = []
for i in range(1, 31):
    name, lo, hi = items[(i * 3 + random.randint(0, 2)) % len(items)]
    station = random.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15])
    price = float(random.randrange(lo, hi, 10)) if i != 17 else None
    equipment.append((i, name, station, price))

tables = [
    ("Research_Station", stations), ("Ref_Glacier_Types", glacier_types), ("Glacier", glaciers),
    ("scientist", scientists), ("Survey", surveys), ("Survey_Participants", participants),
    ("Expedition", expeditions), ("equipment", equipment),
]

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("PRAGMA foreign_keys = OFF;\n")
    f.write("BEGIN TRANSACTION;\n")
    f.write(SCHEMA)
    for name, rows in tables:
        for r in rows:
            f.write('INSERT INTO "%s" VALUES (%s);\n' % (name, ",".join(q(v) for v in r)))
    f.write("COMMIT;\n")
