# Writes the SQLite schema (CREATE TABLE) and all rows (INSERT) of the marathon_events database to the file given as argv[1].
import random
import sys

random.seed(4127)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE "Cities" (
"City_ID" INTEGER PRIMARY KEY,
"City_Name" TEXT NOT NULL,
"Country" TEXT NOT NULL,
"Population" INTEGER
);

CREATE TABLE "Marathons" (
"Marathon_ID" INTEGER PRIMARY KEY,
"Marathon_Name" TEXT NOT NULL,
"Start_City_ID" INTEGER NOT NULL,
"Finish_City_ID" INTEGER NOT NULL,
"Year_First_Held" TEXT,
"Course_Length_km" REAL,
"Elevation_Gain" INTEGER,
FOREIGN KEY ("Start_City_ID") REFERENCES "Cities"("City_ID"),
FOREIGN KEY ("Finish_City_ID") REFERENCES "Cities"("City_ID")
);

CREATE TABLE "Runners" (
"Runner_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Age" INTEGER,
"Gender" TEXT,
"Nationality" TEXT,
"Club" TEXT
);

CREATE TABLE "Ref_Category_Codes" (
"category_code" TEXT PRIMARY KEY,
"category_description" TEXT
);

CREATE TABLE "Results" (
"Result_ID" INTEGER PRIMARY KEY,
"Runner_ID" INTEGER NOT NULL,
"Marathon_ID" INTEGER NOT NULL,
"Edition_Year" INTEGER,
"category_code" TEXT,
"Finish_Time_Minutes" REAL,
"Place" INTEGER
);

CREATE TABLE "Sponsors" (
"Sponsor_ID" INTEGER PRIMARY KEY,
"Company_Name" TEXT NOT NULL,
"Industry" TEXT,
"Country" TEXT
);

CREATE TABLE "Marathon_Sponsors" (
"Marathon_ID" INTEGER NOT NULL,
"Sponsor_ID" INTEGER NOT NULL,
"Amount_Paid" INTEGER,
"other_details" TEXT,
PRIMARY KEY ("Marathon_ID", "Sponsor_ID"),
FOREIGN KEY ("Marathon_ID") REFERENCES "Marathons"("Marathon_ID"),
FOREIGN KEY ("Sponsor_ID") REFERENCES "Sponsors"("Sponsor_ID")
);
"""

CITIES = [
    (1, "Boston", "United States", 675647),
    (2, "Hopkinton", "United States", 18758),
    (3, "New York", "United States", 8336817),
    (4, "Chicago", "United States", 2746388),
    (5, "London", "United Kingdom", 8982000),
    (6, "Berlin", "Germany", 3645000),
    (7, "Tokyo", "Japan", 13960000),
    (8, "Paris", "France", 2161000),
    (9, "Valencia", "Spain", 791413),
    (10, "Amsterdam", "Netherlands", 872680),
    (11, "Athens", "Greece", 664046),
    (12, "Marathon", "Greece", 33423),
    (13, "Lisbon", "Portugal", 544851),
    (14, "Cascais", "Portugal", 214158),
    (15, "Rotterdam", "Netherlands", 651446),
    (16, "Frankfurt", "Germany", 753056),
    (17, "Osaka", "Japan", 2691185),
    (18, "Seville", "Spain", 688711),
    (19, "Lyon", "France", 516092),
    (20, "Porto", "Portugal", 231800),
    (21, "Hamburg", "Germany", 1841179),
    (22, "Nice", "France", 342669),
    (23, "Cannes", "France", 74152),
    (24, "Almada", "Portugal", None),
    (25, "Newcastle upon Tyne", "United Kingdom", 300196),
    (26, "South Shields", "United Kingdom", 75337),
    (27, "Munich", "Germany", 1488202),
]

MARATHONS = [
    (1, "Boston Marathon", 2, 1, "1897", 42.195, 248),
    (2, "New York City Marathon", 3, 3, "1970", 42.195, 247),
    (3, "Chicago Marathon", 4, 4, "1977", 42.195, 74),
    (4, "London Marathon", 5, 5, "1981", 42.195, 117),
    (5, "Berlin Marathon", 6, 6, "1974", 42.195, 73),
    (6, "Tokyo Marathon", 7, 7, "2007", 42.195, 96),
    (7, "Paris Marathon", 8, 8, "1976", 42.195, 152),
    (8, "Valencia Marathon", 9, 9, "1981", 42.195, 52),
    (9, "Amsterdam Marathon", 10, 10, "1975", 42.195, None),
    (10, "Athens Authentic Marathon", 12, 11, "1972", 42.195, 332),
    (11, "Lisbon Marathon", 14, 13, "1986", 42.195, None),
    (12, "Rotterdam Marathon", 15, 15, "1981", 42.195, 41),
    (13, "Frankfurt Marathon", 16, 16, "1981", 42.195, 63),
    (14, "Osaka Marathon", 17, 17, "2011", 42.195, 88),
    (15, "Hamburg Marathon", 21, 21, "1986", 42.195, 57),
    (16, "Nice-Cannes Marathon", 22, 23, "2008", 42.195, 214),
    (17, "Seville Marathon", 18, 18, "1985", 42.195, 36),
    (18, "Lisbon Half Marathon", 24, 13, "1991", 21.0975, 64),
    (19, "Berlin Half Marathon", 6, 6, "1990", 21.0975, 30),
    (20, "Great North Run Half Marathon", 25, 26, "1981", 21.0975, 133),
]

# Runner_ID, Name, Age, Gender, Nationality, Club, wheelchair athlete?
RUNNERS = [
    (1, "Daniel Kiprop", 29, "Male", "Kenya", "Kaptagat Athletics Camp", False),
    (2, "Brigid Chepkoech", 27, "Female", "Kenya", "Iten Elite Runners", False),
    (3, "Tesfaye Alemu", 31, "Male", "Ethiopia", None, False),
    (4, "Almaz Gebremedhin", 26, "Female", "Ethiopia", "Addis Running Club", False),
    (5, "Kenji Watanabe", 34, "Male", "Japan", "Asahi Kasei Running Club", False),
    (6, "Yuki Nakamura", 24, "Female", "Japan", "Tokyo Harriers", False),
    (7, "Michael Sullivan", 45, "Male", "United States", "Boston Athletic Association", False),
    (8, "Sarah Whitfield", 38, "Female", "United States", None, False),
    (9, "James Ashworth", 52, "Male", "United Kingdom", "Serpentine Running Club", False),
    (10, "Emma Caldwell", 33, "Female", "United Kingdom", "Thames Hare and Hounds", False),
    (11, "Lukas Hoffmann", 41, "Male", "Germany", "SCC Berlin", False),
    (12, "Anna Schreiber", 36, "Female", "Germany", "LG Frankfurt", False),
    (13, "Javier Morales", 47, "Male", "Spain", "Club Atletismo Valencia", False),
    (14, "Lucia Fernandez", 22, "Female", "Spain", None, False),
    (15, "Rui Carvalho", 39, "Male", "Portugal", "Sporting Clube de Portugal", False),
    (16, "Ines Duarte", 44, "Female", "Portugal", "Benfica Atletismo", False),
    (17, "Pieter de Vries", 56, "Male", "Netherlands", "AV Rotterdam", False),
    (18, "Sanne Bakker", 30, "Female", "Netherlands", None, False),
    (19, "Julien Moreau", 37, "Male", "France", "Paris Running Tour", False),
    (20, "Camille Laurent", 28, "Female", "France", "AC Nice", False),
    (21, "Marco Bellini", 43, "Male", "Italy", "Atletica Milano", False),
    (22, "Joseph Okello", 25, "Male", "Uganda", None, False),
    (23, "David Weir-Hall", 35, "Male", "United Kingdom", "Weir Archer Academy", True),
    (24, "Tatyana Brennan", 32, "Female", "United States", "Illinois Wheelchair Athletics", True),
    (25, "Marcel Hug-Berger", 40, "Male", "Switzerland", "RC Oberwallis", True),
    (26, "Hiroshi Tanaka", 61, "Male", "Japan", "Osaka Masters", False),
    (27, "Eleni Papadopoulou", 48, "Female", "Greece", "Panathinaikos AC", False),
    (28, "Nikos Stavrou", 21, "Male", "Greece", None, False),
    (29, "Grace Wanjiru", 23, "Female", "Kenya", None, False),
    (30, "Thomas Keller", 58, "Male", "Switzerland", "LC Zurich", False),
    (31, "Olivia Grant", 50, "Female", "United States", "Chicago Area Runners Association", False),
    (32, "Hamid Bensaid", 42, "Male", "Morocco", None, False),
]

CATEGORIES = [
    ("ELITE", "Elite invited field"),
    ("OPEN", "Open category, mass start"),
    ("U23", "Under 23"),
    ("VET40", "Veteran, aged 40 to 49"),
    ("VET50", "Veteran, aged 50 and over"),
    ("WCH", "Wheelchair racing"),
    ("HCY", "Handcycle"),
]

SPONSORS = [
    (1, "Bank of America", "Banking", "United States"),
    (2, "Tata Consultancy Services", "IT Services", "India"),
    (3, "Adidas", "Sportswear", "Germany"),
    (4, "Asics", "Sportswear", "Japan"),
    (5, "BMW", "Automotive", "Germany"),
    (6, "Schneider Electric", "Energy", "France"),
    (7, "Abbott", "Healthcare", "United States"),
    (8, "Virgin Money", "Banking", "United Kingdom"),
    (9, "EDP", "Energy", "Portugal"),
    (10, "Fundacion Trinidad Alfonso", None, "Spain"),
    (11, "Mizuno", "Sportswear", "Japan"),
    (12, "NN Group", "Insurance", "Netherlands"),
    (13, "Mainova", "Energy", "Germany"),
    (14, "Hamburger Sparkasse", "Banking", "Germany"),
    (15, "Gatorade", "Beverages", "United States"),
    (16, "Nike", "Sportswear", "United States"),
    (17, "Garmin", "Electronics", "Switzerland"),
    (18, "OPAP", None, "Greece"),
    (19, "Toyota", "Automotive", "Japan"),
]

# Marathon_ID, Sponsor_ID, other_details
LINKS = [
    (1, 1, None), (1, 7, "Official healthcare partner"), (1, 15, None),
    (2, 2, "Title sponsor"), (2, 4, "Official footwear"),
    (3, 1, "Title sponsor"), (3, 7, None), (3, 15, "Hydration partner"),
    (4, 2, "Title sponsor"), (4, 8, "Former title sponsor"), (4, 7, None), (4, 3, "Official kit"),
    (5, 5, "Title sponsor"), (5, 3, "Official kit"), (5, 7, None),
    (6, 4, "Official footwear"), (6, 19, "Official vehicle"), (6, 7, None),
    (7, 6, "Title sponsor"), (7, 4, None),
    (8, 10, "Main backer"), (8, 11, None),
    (9, 2, "Title sponsor"),
    (10, 18, "Title sponsor"),
    (11, 9, "Title sponsor"),
    (12, 12, "Title sponsor"),
    (13, 13, "Title sponsor"),
    (14, 11, None),
    (15, 14, "Title sponsor"),
    (18, 9, None),
    (20, 8, None),
]

AMOUNT_BASE = {1: 5200, 2: 4800, 3: 4100, 4: 5500, 5: 3900, 6: 2600, 7: 1800, 8: 1500,
               9: 1200, 10: 600, 11: 700, 12: 900, 13: 800, 14: 1000, 15: 750,
               18: 300, 20: 650}


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def insert(table, row):
    return 'INSERT INTO "%s" VALUES (%s);' % (table, ",".join(q(v) for v in row))


def make_results():
    # Marathons with results (weights make some events appear more often).
    pool = [1] * 4 + [2] * 3 + [3] * 3 + [4] * 4 + [5] * 6 + [6] * 2 + [7] * 2 + [8] * 3 \
        + [10] * 2 + [11] * 2 + [12] + [13] + [16] + [20]
    active = [r for r in RUNNERS if r[0] not in (18, 21, 30, 32)]  # runners with no results
    rows = []
    seen = set()
    rid = 1
    while len(rows) < 40:
        runner = random.choice(active)
        mid = random.choice(pool)
        year = random.choice([2019, 2021, 2022, 2023, 2024])
        if (runner[0], mid, year) in seen:
            continue
        seen.add((runner[0], mid, year))
        age = runner[2]
        if runner[6]:
            code = "WCH"
            t = random.uniform(82, 105)
        elif runner[0] in (1, 2, 3, 4, 22, 29):
            code = "ELITE"
            t = random.uniform(124, 152) + (8 if runner[3] == "Female" else 0)
        elif age < 23:
            code = "U23"
            t = random.uniform(160, 230)
        elif age >= 50:
            code = "VET50"
            t = random.uniform(185, 290)
        elif age >= 40:
            code = "VET40"
            t = random.uniform(170, 270)
        else:
            code = "OPEN"
            t = random.uniform(150, 280)
        t = round(t, 1)
        if code == "WCH":
            place = random.randint(1, 12)
        elif code == "ELITE":
            place = max(1, int((t - 122) / 2.2) + random.randint(0, 2))
        else:
            place = int((t - 140) ** 1.9) + random.randint(20, 400)
        rows.append((rid, runner[0], mid, year, code, t, place))
        rid += 1
    return rows


def main():
    out = [SCHEMA]
    for r in CITIES:
        out.append(insert("Cities", r))
    out.append("")
    for r in MARATHONS:
        out.append(insert("Marathons", r))
    out.append("")
    for r in RUNNERS:
        out.append(insert("Runners", r[:6]))
    out.append("")
    for r in CATEGORIES:
        out.append(insert("Ref_Category_Codes", r))
    out.append("")
    for r in make_results():
        out.append(insert("Results", r))
    out.append("")
    for r in SPONSORS:
        out.append(insert("Sponsors", r))
    out.append("")
    for mid, sid, det in LINKS:
        shares = sum(2 if l[2] == "Title sponsor" else 1 for l in LINKS if l[0] == mid)
        share = 2 if det == "Title sponsor" else 1
        amount = AMOUNT_BASE[mid] * 1000 * share // shares
        amount = (amount + random.randint(-40, 40) * 1000) // 1000 * 1000
        out.append(insert("Marathon_Sponsors", (mid, sid, amount, det)))
    out.append("")
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
