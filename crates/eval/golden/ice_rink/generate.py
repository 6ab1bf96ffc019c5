#!/usr/bin/env python3
"""Generate the ice_rink SQLite database as SQL text.

Usage: python3 generate.py ice_rink.sql
"""
import random
import sys
import datetime

random.seed(20240217)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, float):
        return "%.2f" % v
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    s = datetime.date.fromisoformat(start)
    e = datetime.date.fromisoformat(end)
    return (s + datetime.timedelta(days=random.randint(0, (e - s).days))).isoformat()


out = []

# ---------------------------------------------------------------- Rink
out.append("""CREATE TABLE Rink (
    RinkID INTEGER PRIMARY KEY,
    RinkName TEXT NOT NULL,
    CityCode TEXT,
    Capacity INTEGER,
    OpenedYear INTEGER,
    Indoor TEXT
);""")
rinks = [
    # name, city code, capacity, opened, indoor
    ("Lakeshore Ice Centre", "TOR", 1200, 1988, "Y"),
    ("Northgate Arena", "TOR", 2500, 1972, "Y"),
    ("Nathan Phillips Square Rink", "TOR", 600, 1965, "N"),
    ("Scarborough Twin Pads", "TOR", 900, 1996, "Y"),
    ("Verdun Auditorium", "MTL", 4100, 1939, "Y"),
    ("Parc La Fontaine Rink", "MTL", 400, 1970, "N"),
    ("Centre Sportif Rosemont", "MTL", 1500, 2004, "Y"),
    ("Bytown Skating Club", "OTT", 800, 1982, "Y"),
    ("Kanata Recreation Complex", "OTT", 3200, 2008, "Y"),
    ("Rideau Canal Pavilion", "OTT", 350, 2011, "N"),
    ("Crowfoot Ice House", "CGY", 1800, 1999, "Y"),
    ("Bow River Arena", "CGY", 2900, 1987, "Y"),
    ("Kitsilano Ice Rink", "VAN", 1100, 1976, "Y"),
    ("Burnaby Winter Club", "VAN", 1600, 1957, "Y"),
    ("Robson Square Ice", "VAN", 300, 2010, "N"),
]
for i, r in enumerate(rinks, 1):
    out.append("INSERT INTO Rink VALUES (%s);" % ", ".join(q(x) for x in (i,) + r))

# ---------------------------------------------------------------- skating_coaches
out.append("""CREATE TABLE skating_coaches (
    coach_id INTEGER PRIMARY KEY,
    coach_fname TEXT,
    coach_lname TEXT,
    gender TEXT,
    dob TEXT,
    hrly_rate REAL,
    specialty TEXT,
    home_rink INTEGER,
    FOREIGN KEY (home_rink) REFERENCES Rink(RinkID)
);""")
coaches = [
    ("Natalie", "Fournier", "F", "Figure"),
    ("Marc", "Tremblay", "M", "Hockey"),
    ("Elena", "Petrova", "F", "Figure"),
    ("Jason", "Whitfield", "M", "Power Skating"),
    ("Priya", "Raman", "F", "Ice Dance"),
    ("Kevin", "O'Brien", "M", "Hockey"),
    ("Sophie", "Gagnon", "F", "Synchro"),
    ("Daniel", "Kowalski", "M", "Figure"),
    ("Mei", "Chen", "F", "Figure"),
    ("Ryan", "MacDonald", "M", "Hockey"),
    ("Isabelle", "Roy", "F", "Ice Dance"),
    ("Tyler", "Brooks", "M", "Speed"),
    ("Hannah", "Lindqvist", "F", "Figure"),
    ("Olivier", "Bouchard", "M", "Power Skating"),
    ("Grace", "Nakamura", "F", "Synchro"),
    ("Aaron", "Sutherland", "M", "Hockey"),
    ("Chloe", "Martel", "F", "Figure"),
    ("Victor", "Ivanov", "M", "Figure"),
    ("Jessica", "Campbell", "F", "Power Skating"),
    ("Luc", "Pelletier", "M", "Speed"),
]
for i, (fn, ln, g, spec) in enumerate(coaches, 1):
    dob = rand_date("1965-01-01", "1998-12-31")
    rate = float(random.choice(range(45, 96, 5))) + random.choice([0.0, 0.0, 0.5])
    home = random.randint(1, 15)
    out.append("INSERT INTO skating_coaches VALUES (%s);" % ", ".join(
        q(x) for x in (i, fn, ln, g, dob, rate, spec, home)))

# ---------------------------------------------------------------- members
out.append("""CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    dob TEXT,
    ph_no TEXT,
    city TEXT,
    join_dt TEXT,
    mbr_type TEXT
);""")
first_names = ["Emma", "Liam", "Olivia", "Noah", "Ava", "William", "Sophia", "Benjamin",
               "Charlotte", "Lucas", "Amelia", "Ethan", "Mia", "Jacob", "Harper", "Logan",
               "Evelyn", "Owen", "Abigail", "Nathan", "Emily", "Samuel", "Ella", "Gabriel",
               "Madison", "Henry", "Chloe", "Jack", "Zoe", "Alexander", "Lily", "Thomas",
               "Avery", "Felix", "Nora", "Mason", "Leah", "Dylan", "Maya", "Caleb",
               "Aria", "Isaac", "Hailey", "Julien", "Rosalie", "Arjun", "Ananya", "Connor",
               "Megan", "Wei"]
last_names = ["Smith", "Tremblay", "Brown", "Wilson", "Martin", "Anderson", "Taylor", "Lee",
              "Gauthier", "Thompson", "White", "Morin", "Clarke", "Lavoie", "Campbell",
              "Singh", "Wong", "Stewart", "Fortin", "Bergeron", "Murphy", "Patel", "Young",
              "Harris", "Boucher", "Kelly", "Scott", "Ouellet", "Baker", "Reid", "Nguyen",
              "Robinson", "McKenzie", "Hall", "Carter", "Leblanc", "Graham", "Fraser",
              "Mitchell", "Paquette", "Hughes", "Bennett", "Lam", "Cote", "Mackay",
              "Douglas", "Sharma", "Brennan", "Chow", "McLean"]
random.shuffle(last_names)
cities = (["Toronto"] * 14 + ["Montreal"] * 10 + ["Ottawa"] * 9 + ["Calgary"] * 7 +
          ["Vancouver"] * 6 + ["Mississauga"] * 2 + ["Laval"] * 2)
random.shuffle(cities)
area = {"Toronto": "416", "Mississauga": "905", "Montreal": "514", "Laval": "450",
        "Ottawa": "613", "Calgary": "403", "Vancouver": "604"}
mtypes = ["STD", "STD", "STD", "PRM", "JR", "FAM"]
for i in range(1, 51):
    fn = first_names[i - 1]
    ln = last_names[i - 1]
    city = cities[i - 1]
    mt = random.choice(mtypes)
    if mt == "JR":
        dob = rand_date("2008-01-01", "2016-12-31")
    else:
        dob = rand_date("1962-01-01", "2006-12-31")
    ph = None if random.random() < 0.14 else "%s-555-%04d" % (area[city], random.randint(100, 9999))
    join = rand_date("2016-01-01", "2024-06-30")
    out.append("INSERT INTO members VALUES (%s);" % ", ".join(
        q(x) for x in (i, fn, ln, dob, ph, city, join, mt)))

# ---------------------------------------------------------------- Ref_Equipment_Sizes
out.append("""CREATE TABLE Ref_Equipment_Sizes (
    size_code TEXT PRIMARY KEY,
    size_description TEXT
);""")
sizes = [("Y10", "Youth size 10"), ("Y11", "Youth size 11"), ("Y12", "Youth size 12"),
         ("Y13", "Youth size 13"), ("J1", "Junior size 1"), ("J2", "Junior size 2"),
         ("J3", "Junior size 3"), ("W5", "Womens size 5"), ("W6", "Womens size 6"),
         ("W7", "Womens size 7"), ("W8", "Womens size 8"), ("W9", "Womens size 9"),
         ("M7", "Mens size 7"), ("M8", "Mens size 8"), ("M9", "Mens size 9"),
         ("M10", "Mens size 10"), ("M11", "Mens size 11"), ("M12", "Mens size 12")]
for s in sizes:
    out.append("INSERT INTO Ref_Equipment_Sizes VALUES (%s);" % ", ".join(q(x) for x in s))

# ---------------------------------------------------------------- lessons
out.append("""CREATE TABLE lessons (
    lesson_id INTEGER PRIMARY KEY,
    name TEXT,
    level TEXT,
    coach_id INTEGER,
    RinkID INTEGER,
    lesson_date TEXT,
    start_time TEXT,
    duration_min INTEGER,
    price REAL,
    max_students INTEGER,
    FOREIGN KEY (coach_id) REFERENCES skating_coaches(coach_id),
    FOREIGN KEY (RinkID) REFERENCES Rink(RinkID)
);""")
lesson_names = [
    ("Learn to Skate 1", "BEG"), ("Learn to Skate 2", "BEG"), ("Adult Beginner Skate", "BEG"),
    ("Tots on Ice", "BEG"), ("Stopping and Gliding", "BEG"), ("Forward Crossovers", "BEG"),
    ("Backward Crossovers", "INT"), ("Edge Control Workshop", "INT"), ("Spin Fundamentals", "INT"),
    ("Waltz Jump Clinic", "INT"), ("Power Skating Drills", "INT"), ("Ice Dance Basics", "INT"),
    ("Hockey Stickhandling", "INT"), ("Salchow Jump Clinic", "ADV"), ("Axel Preparation", "ADV"),
    ("Advanced Spins", "ADV"), ("Hockey Skating Speed", "ADV"), ("Competitive Ice Dance", "ADV"),
    ("Double Jump Clinic", "PRO"), ("Program Choreography", "PRO"), ("Elite Power Edge", "PRO"),
    ("Synchro Team Practice", "INT"), ("Private Freestyle Session", "ADV"),
    ("Goalie Movement", "ADV"), ("Speed Skating Starts", "INT"),
]
lesson_rows = []
for i in range(1, 41):
    nm, lvl = lesson_names[(i - 1) % len(lesson_names)] if i <= len(lesson_names) else random.choice(lesson_names)
    # a few coaches are much busier than others
    coach = random.choice([1, 1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    rink = random.choice([1, 1, 2, 2, 4, 5, 5, 7, 8, 9, 11, 12, 13, 14])
    d = rand_date("2023-09-01", "2024-08-31")
    st = random.choice(["07:00", "08:30", "10:00", "16:30", "17:45", "19:00"])
    dur = random.choice([30, 45, 45, 60, 60, 90])
    base = {"BEG": 20, "INT": 35, "ADV": 50, "PRO": 75}[lvl]
    price = float(base + random.choice(range(0, 31, 5))) - random.choice([0.0, 0.01])
    mx = random.choice([4, 6, 8, 10, 12, 15]) if lvl in ("BEG", "INT") else random.choice([1, 2, 4, 6])
    lesson_rows.append((i, nm, lvl, coach, rink, d, st, dur, price, mx))
for r in lesson_rows:
    out.append("INSERT INTO lessons VALUES (%s);" % ", ".join(q(x) for x in r))

# ---------------------------------------------------------------- Member_Lesson_Bookings
out.append("""CREATE TABLE Member_Lesson_Bookings (
    booking_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    lesson_id INTEGER,
    booked_on TEXT,
    paid TEXT,
    amt REAL
);""")
active_members = random.sample(range(1, 51), 38)
weights = {m: random.choice([1, 1, 1, 2, 2, 3, 5]) for m in active_members}
pool = [m for m in active_members for _ in range(weights[m])]
seen = set()
bid = 0
while bid < 80:
    m = random.choice(pool)
    l = random.randint(1, 40)
    if (m, l) in seen:
        continue
    seen.add((m, l))
    bid += 1
    lr = lesson_rows[l - 1]
    ld = datetime.date.fromisoformat(lr[5])
    bo = (ld - datetime.timedelta(days=random.randint(2, 40))).isoformat()
    paid = "N" if random.random() < 0.2 else "Y"
    amt = lr[8] if random.random() < 0.75 else round(lr[8] * 0.9, 2)
    out.append("INSERT INTO Member_Lesson_Bookings VALUES (%s);" % ", ".join(
        q(x) for x in (bid, m, l, bo, paid, amt)))

# ---------------------------------------------------------------- skate_rentals
out.append("""CREATE TABLE skate_rentals (
    rental_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    RinkID INTEGER,
    size_code TEXT,
    rental_date TEXT,
    skate_type TEXT,
    hrs INTEGER,
    amt REAL
);""")
for i in range(1, 71):
    m = None if random.random() < 0.15 else random.randint(1, 50)
    rink = random.randint(1, 15)
    sc = random.choice(sizes)[0]
    d = rand_date("2023-10-01", "2024-03-31")
    st = random.choice(["H", "F", "F"])
    hrs = random.choice([1, 1, 2, 2, 3])
    amt = float(hrs * (8 if st == "F" else 10)) + random.choice([0.0, 0.0, 2.5])
    out.append("INSERT INTO skate_rentals VALUES (%s);" % ", ".join(
        q(x) for x in (i, m, rink, sc, d, st, hrs, amt)))

# ---------------------------------------------------------------- Event
out.append("""CREATE TABLE Event (
    event_id INTEGER PRIMARY KEY,
    event_name TEXT,
    event_date TEXT,
    event_type TEXT,
    host_rink INTEGER,
    lead_coach INTEGER,
    tickets_sold TEXT,
    ticket_price REAL,
    FOREIGN KEY (host_rink) REFERENCES Rink(RinkID),
    FOREIGN KEY (lead_coach) REFERENCES skating_coaches(coach_id)
);""")
events = [
    ("Maple Cup Figure Skating Championship", "COMP"), ("Family Public Skate", "PUB"),
    ("Holiday on Ice Show", "SHOW"), ("Frost Cup Junior Hockey Tournament", "HKY"),
    ("Valentine's Skate Night", "PUB"), ("Spring Showcase", "SHOW"),
    ("Provincial Qualifier", "COMP"), ("Skate Canada Sectionals", "COMP"),
    ("Midnight Disco Skate", "PUB"), ("Winterlude Skate Party", "PUB"),
    ("Corporate Team Skate", "PRIV"), ("Alumni Hockey Classic", "HKY"),
    ("Snowflake Invitational", "COMP"), ("Ice Dance Gala", "SHOW"),
    ("Birthday Party Rental", "PRIV"), ("Northern Lights Cup", "COMP"),
    ("Learn to Skate Open House", "PUB"), ("Year End Recital", "SHOW"),
    ("Beer League Final", "HKY"), ("Synchro Challenge", "COMP"),
    ("New Year's Eve Skate", "PUB"), ("Charity Shinny Game", "HKY"),
    ("Autumn Classic", "COMP"), ("Glow Skate Night", "PUB"), ("Founders Cup Gala", "SHOW"),
]
fixed_dates = {"Holiday on Ice Show": "2023-12-16", "Valentine's Skate Night": "2024-02-14",
               "Spring Showcase": "2024-04-27", "Winterlude Skate Party": "2024-02-03",
               "New Year's Eve Skate": "2023-12-31", "Autumn Classic": "2024-09-28",
               "Year End Recital": "2024-06-08", "Beer League Final": "2024-04-13"}
for i, (nm, et) in enumerate(events, 1):
    d = fixed_dates.get(nm) or rand_date("2023-09-01", "2025-03-31")
    host = random.choice([1, 2, 2, 3, 4, 5, 5, 6, 7, 9, 11, 12, 12, 13, 14])
    lead = None if et in ("PUB", "PRIV") and random.random() < 0.7 else random.choice(
        [1, 2, 3, 5, 6, 8, 9, 10, 13, 17, 18])
    sold = str(random.randint(40, 2400))
    price = {"COMP": 15.0, "PUB": 8.0, "SHOW": 30.0, "HKY": 12.0, "PRIV": 0.0}[et] + \
        float(random.choice([0, 0, 5, 10]))
    out.append("INSERT INTO Event VALUES (%s);" % ", ".join(
        q(x) for x in (i, nm, d, et, host, lead, sold, price)))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
