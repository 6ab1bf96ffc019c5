#!/usr/bin/env python3
"""Generate the hiking_trails SQLite database as SQL text.

Usage: python3 generate.py hiking_trails.sql
"""
import random
import sys
import datetime

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(round(v, 2))
    return str(v)


def rand_date(start, end):
    s = datetime.date.fromisoformat(start)
    e = datetime.date.fromisoformat(end)
    d = s + datetime.timedelta(days=random.randint(0, (e - s).days))
    return d.isoformat()


out = []
out.append("PRAGMA foreign_keys = OFF;")
out.append("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
out.append("""CREATE TABLE Park (
    ParkID INTEGER PRIMARY KEY,
    ParkName TEXT NOT NULL,
    StateCode TEXT,
    AreaSqMi REAL,
    YearEst INTEGER
);""")

out.append("""CREATE TABLE Ref_Difficulty_Levels (
    difficulty_code TEXT PRIMARY KEY,
    difficulty_level TEXT,
    difficulty_description TEXT
);""")

out.append("""CREATE TABLE trails (
    trail_id INTEGER PRIMARY KEY,
    trail_name TEXT NOT NULL,
    park_id INTEGER,
    length_km TEXT,
    elev_gain_m INTEGER,
    difficulty_code TEXT,
    is_loop TEXT,
    FOREIGN KEY (park_id) REFERENCES Park(ParkID),
    FOREIGN KEY (difficulty_code) REFERENCES Ref_Difficulty_Levels(difficulty_code)
);""")

out.append("""CREATE TABLE Ranger (
    rgr_id INTEGER PRIMARY KEY,
    rgr_fname TEXT,
    rgr_lname TEXT,
    park_id INTEGER,
    hire_dt TEXT,
    rank_cd TEXT,
    Supervisor INTEGER,
    FOREIGN KEY (park_id) REFERENCES Park(ParkID),
    FOREIGN KEY (Supervisor) REFERENCES Ranger(rgr_id)
);""")

out.append("""CREATE TABLE hikers (
    hiker_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    gender TEXT,
    dob TEXT,
    home_city TEXT,
    ph_no TEXT
);""")

out.append("""CREATE TABLE hike_logs (
    log_id INTEGER PRIMARY KEY,
    hiker_id INTEGER,
    trail_id INTEGER,
    hike_date TEXT,
    hrs REAL,
    rating INTEGER,
    party_size INTEGER
);""")

out.append("""CREATE TABLE trail_closures (
    closure_id INTEGER PRIMARY KEY,
    trail_id INTEGER,
    closed_from TEXT,
    closed_to TEXT,
    reason TEXT,
    ordered_by INTEGER,
    FOREIGN KEY (trail_id) REFERENCES trails(trail_id),
    FOREIGN KEY (ordered_by) REFERENCES Ranger(rgr_id)
);""")

out.append("""CREATE TABLE hikers_parks (
    permit_no INTEGER PRIMARY KEY,
    hiker_id INTEGER,
    park_id INTEGER,
    issue_date TEXT,
    permit_type TEXT,
    fee_amt REAL,
    FOREIGN KEY (hiker_id) REFERENCES hikers(hiker_id),
    FOREIGN KEY (park_id) REFERENCES Park(ParkID)
);""")

# ---------------------------------------------------------------- Park
parks = [
    (1, "Yosemite", "CA", 1169.0, 1890),
    (2, "Zion", "UT", 229.1, 1919),
    (3, "Yellowstone", "WY", 3471.2, 1872),
    (4, "Rocky Mountain", "CO", 415.1, 1915),
    (5, "Olympic", "WA", 1441.5, 1938),
    (6, "Glacier", "MT", 1583.5, 1910),
    (7, "Grand Canyon", "AZ", 1904.0, 1919),
    (8, "Acadia", "ME", 77.2, 1919),
    (9, "Great Smoky Mountains", "TN", 816.3, 1934),
    (10, "Denali", "AK", 7408.2, 1917),
    (11, "Sequoia", "CA", 631.4, 1890),
    (12, "Arches", "UT", 119.8, 1971),
    (13, "Grand Teton", "WY", 484.0, 1929),
    (14, "Mount Rainier", "WA", 369.3, 1899),
    (15, "Joshua Tree", "CA", 1235.4, 1994),
    (16, "Bryce Canyon", "UT", 55.9, 1928),
]
for p in parks:
    out.append("INSERT INTO Park VALUES (%s);" % ", ".join(q(v) for v in p))

# ---------------------------------------------------------------- Ref_Difficulty_Levels
levels = [
    ("E", "Easy", ["flat, often paved or boardwalk", "mostly level with short gentle grades",
                   "gentle grades, well maintained tread"]),
    ("M", "Moderate", ["some sustained climbing, good tread", "steady climbs, occasional rocky sections",
                       "long moderate day with noticeable elevation"]),
    ("S", "Strenuous", ["steep sections, half day or more", "sustained steep climbing, rough tread",
                        "full day with large elevation gain"]),
    ("V", "Very Strenuous", ["long and steep, good fitness required", "very long day, steep and exposed in places",
                             "multi-day or extreme day hike"]),
    ("X", "Expert", ["exposure, chains or ladders", "narrow ridges with steep drop-offs",
                     "technical scrambling, route finding, cables"]),
]
ref_codes = []
for letter, name, descs in levels:
    for i, d in enumerate(descs, start=1):
        code = "%s%d" % (letter, i)
        ref_codes.append(code)
        out.append("INSERT INTO Ref_Difficulty_Levels VALUES (%s, %s, %s);"
                   % (q(code), q(name), q("%s grade %d: %s" % (name, i, d))))

# ---------------------------------------------------------------- trails
trail_rows = [
    # name, park, length_km, gain_m, loop
    ("Mist Trail", 1, 4.8, 305, "N"),
    ("Half Dome", 1, 26.5, 1463, "N"),
    ("Four Mile Trail", 1, 7.7, 975, "N"),
    ("Mirror Lake Loop", 1, 8.0, 61, "Y"),
    ("Clouds Rest", 1, 23.3, 1036, "N"),
    ("Lower Yosemite Fall", 1, 1.6, 15, "Y"),
    ("Panorama Trail", 1, 13.7, 975, "N"),
    ("Angels Landing", 2, 8.7, 453, "N"),
    ("The Narrows", 2, 15.1, 101, "N"),
    ("Observation Point", 2, 12.9, 655, "N"),
    ("Emerald Pools", 2, 4.8, 190, "N"),
    ("Canyon Overlook", 2, 1.6, 50, "N"),
    ("Watchman Trail", 2, 5.3, 112, "N"),
    ("Mount Washburn", 3, 10.1, 428, "N"),
    ("Fairy Falls", 3, 7.7, 61, "N"),
    ("Uncle Tom's Trail", 3, 1.3, 152, "N"),
    ("Lone Star Geyser", 3, 7.7, 52, "N"),
    ("Sky Pond", 4, 15.6, 518, "N"),
    ("Emerald Lake", 4, 5.8, 230, "N"),
    ("Longs Peak Keyhole", 4, 23.8, 1556, "N"),
    ("Chasm Lake", 4, 13.5, 753, "N"),
    ("Hoh River Trail", 5, 28.0, 1137, "N"),
    ("Hurricane Hill", 5, 5.1, 213, "N"),
    ("Sol Duc Falls", 5, 2.6, 63, "N"),
    ("Highline Trail", 6, 18.9, 529, "N"),
    ("Grinnell Glacier", 6, 17.5, 609, "N"),
    ("Avalanche Lake", 6, 9.7, 223, "N"),
    ("Iceberg Lake", 6, 15.4, 375, "N"),
    ("Bright Angel Trail", 7, 19.3, 1335, "N"),
    ("South Kaibab Trail", 7, 11.4, 1458, "N"),
    ("Rim Trail", 7, 20.8, 61, "N"),
    ("North Kaibab Trail", 7, 22.5, 1780, "N"),
    ("Precipice Trail", 8, 3.4, 315, "Y"),
    ("Jordan Pond Path", 8, 5.1, 27, "Y"),
    ("Beehive Trail", 8, 2.4, 157, "Y"),
    ("Alum Cave Trail", 9, 17.7, 849, "N"),
    ("Chimney Tops", 9, 6.4, 427, "N"),
    ("Laurel Falls", 9, 3.9, 96, "N"),
    ("Rainbow Falls", 9, 8.8, 486, "N"),
    ("Savage River Loop", 10, 3.2, 43, "Y"),
    ("Mount Healy Overlook", 10, 7.2, 518, "N"),
    ("Horseshoe Lake", 10, 3.4, 91, "Y"),
    ("Moro Rock", 11, 0.8, 91, "N"),
    ("Congress Trail", 11, 4.7, 162, "Y"),
    ("Alta Peak", 11, 22.5, 1219, "N"),
    ("Delicate Arch", 12, 5.0, 183, "N"),
    ("Devils Garden Loop", 12, 12.4, 335, "Y"),
    ("Windows Loop", 12, 1.6, 42, "Y"),
    ("Cascade Canyon", 13, 14.5, 335, "N"),
    ("Jenny Lake Loop", 13, 12.6, 213, "Y"),
    ("Paintbrush Canyon", 13, 30.6, 1280, "Y"),
    ("Skyline Trail", 14, 8.9, 518, "Y"),
    ("Wonderland Trail", 14, 150.3, 6828, "Y"),
    ("Naches Peak Loop", 14, 5.5, 183, "Y"),
    ("Ryan Mountain", 15, 4.8, 320, "N"),
    ("Barker Dam", 15, 1.8, 15, "Y"),
    ("Lost Palms Oasis", 15, 11.6, 366, "N"),
    ("Navajo Loop", 16, 2.2, 168, "Y"),
    ("Queens Garden", 16, 2.9, 98, "N"),
    ("Fairyland Loop", 16, 12.9, 518, "Y"),
    ("Peekaboo Loop", 16, 8.9, 455, "Y"),
]
overrides = {"Half Dome": "X3", "Longs Peak Keyhole": "X3", "Angels Landing": "X2",
             "Precipice Trail": "X1", "Beehive Trail": "X1"}
bins = [(3, "E1"), (5, "E2"), (7, "E3"), (9, "M1"), (11, "M2"), (13, "M3"),
        (16, "S1"), (19, "S2"), (23, "S3"), (28, "V1"), (34, "V2"), (40, "V3")]

trails = []  # (id, name, park, length, gain)
for i, (name, park, length, gain, loop) in enumerate(trail_rows, start=1):
    score = length + gain / 100.0
    code = "X3"
    for lim, c in bins:
        if score < lim:
            code = c
            break
    code = overrides.get(name, code)
    trails.append((i, name, park, length, gain))
    out.append("INSERT INTO trails VALUES (%d, %s, %d, %s, %d, %s, %s);"
               % (i, q(name), park, q("%.1f" % length), gain, q(code), q(loop)))
trail_id = {t[1]: t[0] for t in trails}

# ---------------------------------------------------------------- Ranger
rangers = [
    (101, "Maria", "Alvarez", 1, "2001-06-15", "CR", None),
    (102, "James", "Whitfield", 1, "2012-04-02", "SR", 101),
    (103, "Kenji", "Tanaka", 1, "2019-05-20", "PR", 102),
    (104, "Sarah", "Kowalski", 2, "2016-03-14", "PR", 105),
    (105, "Daniel", "Reyes", 2, "2004-09-01", "CR", None),
    (106, "Emily", "Hart", 2, "2021-06-07", "SE", 105),
    (107, "Robert", "Greene", 3, "1999-05-10", "CR", None),
    (108, "Aisha", "Bello", 3, "2017-08-21", "PR", 107),
    (109, "Thomas", "O'Neill", 4, "2008-02-11", "CR", None),
    (110, "Laura", "Chen", 4, "2014-07-30", "SR", 109),
    (111, "Marcus", "Webb", 4, "2022-05-16", "SE", 110),
    (112, "Hannah", "Lindqvist", 5, "2010-10-04", "CR", None),
    (113, "Peter", "Nakamura", 5, "2018-06-25", "PR", 112),
    (114, "Grace", "Whitehorse", 6, "2006-04-17", "CR", None),
    (115, "Liam", "Doyle", 6, "2020-05-11", "PR", 114),
    (116, "Carlos", "Mendoza", 7, "2003-01-20", "CR", None),
    (117, "Jennifer", "Yazzie", 7, "2015-09-08", "SR", 116),
    (118, "Owen", "Burke", 7, "2023-04-03", "SE", 117),
    (119, "Rachel", "Thibodeau", 8, "2011-05-23", "CR", None),
    (120, "Nathan", "Price", 9, "2009-03-02", "CR", None),
    (121, "Olivia", "Carter", 9, "2016-11-14", "PR", 120),
    (122, "Samuel", "Ahkivgak", 10, "2005-06-06", "CR", None),
    (123, "Megan", "Foster", 11, "2013-08-19", "CR", None),
    (124, "David", "Kim", 13, "2018-04-09", "CR", None),
    (125, "Chloe", "Martin", 14, "2007-07-15", "CR", None),
]
for r in rangers:
    out.append("INSERT INTO Ranger VALUES (%s);" % ", ".join(q(v) for v in r))
rangers_by_park = {}
for r in rangers:
    rangers_by_park.setdefault(r[3], []).append(r[0])

# ---------------------------------------------------------------- hikers
female = ["Emma", "Olivia", "Sophia", "Ava", "Mia", "Harper", "Abigail", "Ella", "Grace",
          "Chloe", "Nora", "Lily", "Zoe", "Hazel", "Ruby", "Claire", "Naomi", "Ivy", "Leah", "Alice"]
male = ["Liam", "Noah", "Ethan", "Mason", "Lucas", "Logan", "Owen", "Caleb", "Wyatt", "Henry",
        "Jack", "Levi", "Isaac", "Miles", "Felix", "Jonah", "Ezra", "Gavin", "Elliot", "Theo"]
last = ["Anderson", "Brooks", "Campbell", "Dawson", "Ellis", "Fischer", "Garcia", "Hughes",
        "Iverson", "Jensen", "Keller", "Lopez", "McCarthy", "Nguyen", "Olsen", "Patel", "Quinn",
        "Ramirez", "Sullivan", "Turner", "Underwood", "Vasquez", "Walsh", "Young", "Zimmerman",
        "Bennett", "Coleman", "Foster", "Hayes", "Morgan"]
cities = ["Denver", "Seattle", "Portland", "Salt Lake City", "Boise", "Flagstaff",
          "San Francisco", "Knoxville", "Bozeman", "Sacramento", "Phoenix", "Boston"]
random.shuffle(female)
random.shuffle(male)
random.shuffle(last)
hikers = []
used = set()
for hid in range(1, 41):
    g = random.choice(["F", "M"])
    while True:
        fn = random.choice(female if g == "F" else male)
        ln = random.choice(last)
        if (fn, ln) not in used:
            used.add((fn, ln))
            break
    dob = rand_date("1956-01-01", "2004-12-31")
    city = random.choice(cities)
    ph = None
    if random.random() > 0.2:
        ph = "%03d-%03d-%04d" % (random.choice([303, 206, 503, 801, 208, 928, 415, 865, 406, 916, 602, 617]),
                                 random.randint(200, 999), random.randint(0, 9999))
    hikers.append((hid, fn, ln, g, dob, city, ph))
    out.append("INSERT INTO hikers VALUES (%s);" % ", ".join(q(v) for v in hikers[-1]))

# ---------------------------------------------------------------- hike_logs
active = list(range(1, 41))
random.shuffle(active)
inactive = set(active[:5])           # hikers that never logged a hike
active = active[5:]
weights = [random.choice([1, 1, 1, 2, 2, 3, 4]) for _ in active]
popular = [trail_id[n] for n in ("Angels Landing", "Half Dome", "Delicate Arch", "The Narrows",
                                 "Highline Trail", "Mist Trail", "Skyline Trail")]
pairs = set()
logs = []
while len(logs) < 80:
    hid = random.choices(active, weights=weights)[0]
    if random.random() < 0.4:
        tid = random.choice(popular)
    else:
        tid = random.randint(1, len(trails))
    if (hid, tid) in pairs:
        continue
    pairs.add((hid, tid))
    t = trails[tid - 1]
    hrs = t[3] / 3.2 + t[4] / 600.0 + random.uniform(-0.4, 1.2)
    hrs = max(0.5, round(hrs, 1))
    rating = random.randint(2, 5) if random.random() > 0.12 else None
    logs.append((hid, tid, rand_date("2022-03-01", "2024-10-31"), hrs, rating, random.randint(1, 6)))
logs.sort(key=lambda r: r[2])
for i, lg in enumerate(logs, start=1):
    out.append("INSERT INTO hike_logs VALUES (%d, %s);" % (i, ", ".join(q(v) for v in lg)))

# ---------------------------------------------------------------- trail_closures
closures = [
    ("Mist Trail", "2023-01-05", "2023-04-20", "Snow"),
    ("Half Dome", "2023-10-15", "2024-05-24", "Snow"),
    ("Four Mile Trail", "2023-07-02", "2023-07-30", "Rockfall"),
    ("Angels Landing", "2023-08-11", "2023-08-14", "Flooding"),
    ("The Narrows", "2023-07-20", "2023-08-02", "Flooding"),
    ("The Narrows", "2024-03-01", "2024-06-10", "Flooding"),
    ("Observation Point", "2019-05-26", None, "Rockfall"),
    ("Fairy Falls", "2024-05-10", "2024-06-01", "Bear activity"),
    ("Sky Pond", "2022-10-20", "2022-11-04", "Wildfire"),
    ("Chasm Lake", "2024-06-18", "2024-07-09", "Trail maintenance"),
    ("Highline Trail", "2023-06-01", "2023-07-13", "Snow"),
    ("Iceberg Lake", "2023-08-22", "2023-09-05", "Bear activity"),
    ("Grinnell Glacier", "2024-07-22", "2024-08-10", "Wildfire"),
    ("North Kaibab Trail", "2024-05-20", "2024-08-01", "Bridge repair"),
    ("Bright Angel Trail", "2024-08-15", None, "Trail maintenance"),
    ("Alum Cave Trail", "2023-12-01", None, "Flooding"),
    ("Chimney Tops", "2016-11-28", "2023-10-01", "Wildfire"),
    ("Alta Peak", "2021-09-10", "2021-12-15", "Wildfire"),
    ("Cascade Canyon", "2024-06-05", "2024-06-20", "Bear activity"),
    ("Wonderland Trail", "2024-09-01", "2024-09-20", "Wildfire"),
    ("Naches Peak Loop", "2024-07-08", "2024-07-19", "Trail maintenance"),
]
for i, (name, f, t, reason) in enumerate(closures, start=1):
    tid = trail_id[name]
    park = trails[tid - 1][2]
    by = random.choice(rangers_by_park.get(park, [None]))
    out.append("INSERT INTO trail_closures VALUES (%d, %d, %s, %s, %s, %s);"
               % (i, tid, q(f), q(t), q(reason), q(by)))

# ---------------------------------------------------------------- hikers_parks (permits)
permit_parks = [p[0] for p in parks if p[0] not in (10, 15)]
fees = {"DAY": [0.0, 15.0, 20.0, 35.0], "OVN": [10.0, 15.0, 25.0], "BCK": [25.0, 40.0, 55.0]}
for pno in range(1, 51):
    hid = random.randint(1, 40)
    park = random.choice(permit_parks)
    ptype = random.choices(["DAY", "OVN", "BCK"], weights=[5, 3, 2])[0]
    out.append("INSERT INTO hikers_parks VALUES (%d, %d, %d, %s, %s, %s);"
               % (1000 + pno, hid, park, q(rand_date("2023-01-01", "2024-12-31")), q(ptype),
                  q(random.choice(fees[ptype]))))

out.append("COMMIT;")

with open(sys.argv[1], "w") as fh:
    fh.write("\n".join(out) + "\n")
