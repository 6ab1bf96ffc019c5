# Writes the ski_resorts SQLite schema and data (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(4127)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE "Resort" (
"resort_id" INTEGER PRIMARY KEY,
"Resort_Name" VARCHAR(80),
"Country" VARCHAR(50),
"Top_Elevation" INTEGER,
"Opened_Year" TEXT,
"other_details" VARCHAR(255)
);

CREATE TABLE "Ref_Lift_Types" (
"lift_type_code" CHAR(15) PRIMARY KEY,
"lift_type_description" VARCHAR(80)
);

CREATE TABLE "Lift" (
"lift_id" INTEGER PRIMARY KEY,
"resort_id" INTEGER NOT NULL,
"Lift_Name" VARCHAR(80),
"lift_type_code" CHAR(15),
"Capacity_Per_Hour" INTEGER,
"Length" TEXT,
FOREIGN KEY ("resort_id") REFERENCES "Resort"("resort_id")
);

CREATE TABLE "Instructor" (
"instructor_id" INTEGER PRIMARY KEY,
"Name" VARCHAR(80),
"Nationality" VARCHAR(50),
"Years_Certified" INTEGER,
"gender_code" CHAR(1)
);

CREATE TABLE "Lesson" (
"lesson_id" INTEGER PRIMARY KEY,
"instructor_id" INTEGER NOT NULL,
"resort_id" INTEGER NOT NULL,
"date_of_lesson" DATETIME,
"level_code" CHAR(15),
"Number_of_Students" INTEGER,
"Price" REAL,
FOREIGN KEY ("instructor_id") REFERENCES "Instructor"("instructor_id")
);

CREATE TABLE "Guest" (
"guest_id" INTEGER PRIMARY KEY,
"Guest_Name" VARCHAR(80),
"Age" TEXT,
"Home_Country" VARCHAR(50)
);

CREATE TABLE "Guest_Lesson" (
"guest_id" INTEGER NOT NULL,
"lesson_id" INTEGER NOT NULL,
PRIMARY KEY ("guest_id", "lesson_id"),
FOREIGN KEY ("guest_id") REFERENCES "Guest"("guest_id"),
FOREIGN KEY ("lesson_id") REFERENCES "Lesson"("lesson_id")
);
"""

RESORTS = [
    ("Zermatt", "Switzerland", 3883, "1898", "Matterhorn glacier paradise"),
    ("St. Anton", "Austria", 2811, "1937", "Arlberg ski area"),
    ("Chamonix", "France", 3842, "1924", "Host of first Winter Olympics"),
    ("Val d'Isere", "France", 3456, "1934", "Espace Killy"),
    ("Whistler Blackcomb", "Canada", 2284, "1966", "Peak 2 Peak gondola"),
    ("Vail", "USA", 3527, "1962", "Back Bowls"),
    ("Niseko United", "Japan", 1308, "1961", "Powder snow"),
    ("Kitzbuhel", "Austria", 2000, "1928", "Hahnenkamm race"),
    ("Cortina d'Ampezzo", "Italy", 2930, "1956", "Dolomiti Superski"),
    ("Aspen Snowmass", "USA", 3813, "1946", "Four mountains"),
    ("Verbier", "Switzerland", 3330, "1950", "4 Vallees"),
    ("Hakuba Happo-one", "Japan", 1831, "1958", "1998 Olympic venue"),
    ("Portillo", "Chile", 3310, "1949", "Laguna del Inca"),
    ("Are", "Sweden", 1274, "1910", "Largest resort in Scandinavia"),
]

LIFT_TYPES = [
    ("GON", "Gondola"),
    ("CHR", "Chairlift"),
    ("TBAR", "T-bar"),
    ("CAB", "Aerial cable car"),
    ("FUN", "Funicular"),
]

# (resort_id, name, type, capacity, length)
LIFTS = [
    (1, "Matterhorn Express", "GON", 2400, "3150.0"),
    (1, "Klein Matterhorn", "CAB", 1000, "3900.5"),
    (1, "Sunnegga", "FUN", 2700, "1560.0"),
    (1, "Hirli", "CHR", 1800, "1240.5"),
    (2, "Galzigbahn", "GON", 2200, "1620.0"),
    (2, "Valluga", "CAB", 650, "2050.0"),
    (2, "Nassereinbahn", "GON", 2900, "2790.5"),
    (3, "Aiguille du Midi", "CAB", 550, "2870.0"),
    (3, "Grands Montets", "GON", 1500, "2180.0"),
    (3, "Bochard", "GON", 1650, "2600.0"),
    (3, "Herse", "TBAR", 900, "640.0"),
    (4, "Olympique", "GON", 3000, "2110.0"),
    (4, "Solaise Express", "CHR", 3200, "1990.5"),
    (4, "Funival", "FUN", 3100, "1970.0"),
    (5, "Peak 2 Peak", "GON", 2050, "4400.0"),
    (5, "Whistler Village Gondola", "GON", 3600, "5000.0"),
    (5, "Glacier Express", "CHR", 2400, "1570.0"),
    (5, "Horstman T-Bar", "TBAR", 1100, "580.0"),
    (6, "Eagle Bahn", "GON", 3400, "3100.0"),
    (6, "Mountaintop Express", "CHR", 3600, "2230.0"),
    (6, "Sun Up Express", "CHR", 2800, "1550.0"),
    (7, "Hirafu Gondola", "GON", 1240, "2000.0"),
    (7, "King Bell Chair", "CHR", 1750, "1120.0"),
    (8, "Hahnenkammbahn", "GON", 2000, "3580.0"),
    (8, "3S Bahn", "GON", 3800, "3640.5"),
    (9, "Freccia nel Cielo", "CAB", 700, "2650.0"),
    (9, "Tofana Express", "CHR", 2500, "1730.0"),
    (10, "Silver Queen Gondola", "GON", 2300, "4420.0"),
    (10, "Elk Camp Gondola", "GON", 2000, "2500.0"),
    (11, "Medran", "GON", 3300, "2350.0"),
    (11, "Mont Fort", "CAB", 1050, "1800.5"),
    (12, "Adam Gondola", "GON", 2450, "3200.0"),
    (14, "VM8", "GON", 2600, "2110.0"),
    (14, "Fjallgardsliften", "TBAR", 1200, "890.0"),
]

INSTRUCTORS = [
    ("Lukas Berger", "Austria", 14, "M"),
    ("Sophie Martin", "France", 9, "F"),
    ("Marco Rossi", "Italy", 12, "M"),
    ("Anna Keller", "Switzerland", 6, "F"),
    ("Jake Thompson", "USA", 4, "M"),
    ("Emily Clarke", "Canada", 11, "F"),
    ("Kenji Sato", "Japan", 8, "M"),
    ("Pierre Dubois", "France", 17, "M"),
    ("Hannah Wolf", "Austria", 3, "F"),
    ("Ryan Mitchell", "Canada", 7, "M"),
    ("Giulia Bianchi", "Italy", 5, "F"),
    ("Nils Andersson", "Sweden", 10, "M"),
    ("Laura Fischer", "Switzerland", 2, "F"),
    ("Tom Becker", "USA", 15, "M"),
    ("Yuki Tanaka", "Japan", 1, "F"),
]

GUESTS = [
    ("Oliver Smith", "34", "United Kingdom"),
    ("Emma Johnson", "28", "USA"),
    ("Liam Brown", "41", "Canada"),
    ("Mia Schneider", "19", "Germany"),
    ("Noah Williams", "52", "USA"),
    ("Chloe Dupont", "23", "France"),
    ("Lucas van Dijk", "37", "Netherlands"),
    ("Sofia Garcia", "30", "Spain"),
    ("Ethan Davis", "16", "Australia"),
    ("Isabella Conti", "45", "Italy"),
    ("James Wilson", "60", "United Kingdom"),
    ("Ava Taylor", "12", "Australia"),
    ("Max Muller", "26", "Germany"),
    ("Lena Novak", "33", "Czech Republic"),
    ("Daniel Kim", "29", "South Korea"),
    ("Grace Lee", "38", "Singapore"),
    ("Henry Moore", "48", "USA"),
    ("Zoe Martin", "21", "Canada"),
    ("Oscar Nilsson", "55", "Sweden"),
    ("Hana Suzuki", "27", "Japan"),
    ("Jack White", "14", "United Kingdom"),
    ("Ella Fischer", "36", "Germany"),
    ("Leo Jansen", "43", "Netherlands"),
    ("Amelia Clark", "31", "Australia"),
    ("Felix Wagner", "50", "Germany"),
    ("Ruby Evans", "24", "United Kingdom"),
    ("Mateo Lopez", "39", "Spain"),
    ("Chen Wei", "32", "China"),
]

LEVELS = ["BEG", "INT", "ADV", "EXP"]
BASE_PRICE = {"BEG": 80.0, "INT": 95.0, "ADV": 120.0, "EXP": 150.0}
PER_STUDENT = {"BEG": 15.0, "INT": 20.0, "ADV": 25.0, "EXP": 35.0}

# instructors 13-15 give no lessons; resorts 13-14 host no lessons
LESSON_INSTRUCTORS = list(range(1, 13))
LESSON_RESORTS = list(range(1, 13))
N_LESSONS = 36


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def insert(out, table, rows):
    for r in rows:
        out.append('INSERT INTO "%s" VALUES (%s);' % (table, ", ".join(q(v) for v in r)))
    out.append("")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "ski_resorts.sql"
    out = [SCHEMA]

    insert(out, "Resort", [(i + 1,) + r for i, r in enumerate(RESORTS)])
    insert(out, "Ref_Lift_Types", LIFT_TYPES)
    insert(out, "Lift", [(i + 1,) + r for i, r in enumerate(LIFTS)])
    insert(out, "Instructor", [(i + 1,) + r for i, r in enumerate(INSTRUCTORS)])

    lessons = []
    for lid in range(1, N_LESSONS + 1):
        inst = random.choice(LESSON_INSTRUCTORS)
        res = random.choice(LESSON_RESORTS)
        month = random.choice([12, 1, 2, 3])
        year = 2022 if month == 12 else 2023
        day = random.randint(1, 28)
        hour = random.choice([9, 10, 13, 14])
        date = "%04d-%02d-%02d %02d:00:00" % (year, month, day, hour)
        level = random.choice(LEVELS)
        students = random.randint(1, 8)
        price = BASE_PRICE[level] + PER_STUDENT[level] * students + random.choice([0, 5, 10, 15])
        lessons.append((lid, inst, res, date, level, students, float(price)))
    insert(out, "Lesson", lessons)

    insert(out, "Guest", [(i + 1,) + r for i, r in enumerate(GUESTS)])

    # guests 25-28 take no lessons
    links = set()
    while len(links) < 40:
        g = random.randint(1, 24)
        l = random.randint(1, N_LESSONS)
        links.add((g, l))
    insert(out, "Guest_Lesson", sorted(links))

    with open(path, "w", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
