# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the robotics_league database to the file named on the command line.
import random
import sys

random.seed(20240611)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Schools (
    School_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    State TEXT,
    Founded_Year TEXT,
    Enrollment INTEGER
);

CREATE TABLE Teams (
    Team_ID INTEGER PRIMARY KEY,
    Team_Name TEXT NOT NULL,
    School_ID INTEGER NOT NULL,
    Coach_Name TEXT,
    Year_Founded INTEGER,
    FOREIGN KEY (School_ID) REFERENCES Schools (School_ID)
);

CREATE TABLE Ref_Drive_Types (
    drive_type_code TEXT PRIMARY KEY,
    drive_type_description TEXT NOT NULL
);

CREATE TABLE Robots (
    robot_id INTEGER PRIMARY KEY,
    robot_name TEXT NOT NULL,
    Team_ID INTEGER NOT NULL,
    weight_kg REAL,
    drive_type_code TEXT,
    build_cost REAL,
    FOREIGN KEY (Team_ID) REFERENCES Teams (Team_ID),
    FOREIGN KEY (drive_type_code) REFERENCES Ref_Drive_Types (drive_type_code)
);

CREATE TABLE Events (
    Event_ID INTEGER PRIMARY KEY,
    Event_Name TEXT NOT NULL,
    City TEXT,
    Event_Date TEXT,
    Number_of_Teams INTEGER
);

CREATE TABLE Matches (
    Match_ID INTEGER PRIMARY KEY,
    Event_ID INTEGER NOT NULL,
    Round TEXT,
    Red_Team_ID INTEGER NOT NULL,
    Blue_Team_ID INTEGER NOT NULL,
    Red_Score INTEGER,
    Blue_Score INTEGER,
    FOREIGN KEY (Red_Team_ID) REFERENCES Teams (Team_ID),
    FOREIGN KEY (Blue_Team_ID) REFERENCES Teams (Team_ID)
);

CREATE TABLE Mentors (
    Mentor_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Profession TEXT,
    Years_Experience INTEGER,
    other_details TEXT
);

CREATE TABLE Team_Mentors (
    Mentor_ID INTEGER NOT NULL,
    Team_ID INTEGER NOT NULL,
    Hours_Per_Week INTEGER,
    PRIMARY KEY (Mentor_ID, Team_ID),
    FOREIGN KEY (Mentor_ID) REFERENCES Mentors (Mentor_ID),
    FOREIGN KEY (Team_ID) REFERENCES Teams (Team_ID)
);
"""

# School_ID, Name, City, State, Founded_Year (TEXT), Enrollment
SCHOOLS = [
    (1, "Lincoln High School", "Portland", "Oregon", "1908", 1650),
    (2, "Roosevelt High School", "Seattle", "Washington", "1922", 1720),
    (3, "Jefferson Academy", "Denver", "Colorado", "1964", 890),
    (4, "Westview High School", "San Diego", "California", "2002", 2350),
    (5, "Oak Ridge High School", "Knoxville", "Tennessee", "1951", 1280),
    (6, "Central Magnet School", "Austin", "Texas", "1948", 1120),
    (7, "Riverside Prep", "Sacramento", "California", "1995", 640),
    (8, "Hamilton High School", "Columbus", "Ohio", "1935", 1840),
    (9, "Brookfield Academy", "Milwaukee", "Wisconsin", "1962", None),
    (10, "Mission Bay High School", "San Diego", "California", "1931", 1510),
    (11, "Summit Technical High School", "Buffalo", "New York", "1978", 980),
    (12, "Cedar Falls High School", "Cedar Falls", "Iowa", "1914", 1330),
    (13, "Marshall STEM Academy", "Atlanta", "Georgia", "2009", 520),
    (14, "Evergreen High School", "Boise", "Idaho", "1970", None),
    (15, "Northgate High School", "Austin", "Texas", "1999", 1890),
]

# Team_ID, Team_Name, School_ID, Coach_Name, Year_Founded
TEAMS = [
    (1, "Iron Lions", 1, "Margaret Okafor", 2008),
    (2, "Rose City Robotics", 1, "Daniel Reyes", 2014),
    (3, "Cyber Hawks", 2, "Priya Natarajan", 2011),
    (4, "Emerald Gears", 2, None, 2019),
    (5, "Mile High Mechanics", 3, "Thomas Becker", 2010),
    (6, "Wave Runners", 4, "Alicia Moreno", 2016),
    (7, "Volt Vipers", 4, "Kevin Tran", 2021),
    (8, "Atomic Owls", 5, "Sarah Whitfield", 2007),
    (9, "Longhorn Logic", 6, "Marcus Johnson", 2013),
    (10, "Delta Drivers", 7, "Helen Park", 2018),
    (11, "Buckeye Bots", 8, "Robert Kowalski", 2009),
    (12, "Circuit Breakers", 8, "Jennifer Liu", 2017),
    (13, "Cheese Head Engineers", 9, "Paul Schneider", None),
    (14, "Tidal Force", 10, "Gabriela Santos", 2012),
    (15, "Steel Seagulls", 10, "Brian O'Connell", 2020),
    (16, "Snowbelt Sparks", 11, "Angela Russo", 2015),
    (17, "Prairie Pistons", 12, "Mark Jensen", 2006),
    (18, "Lone Star Voltage", 15, "Carlos Gutierrez", 2019),
    (19, "Bluebonnet Builders", 15, "Emily Carter", 2022),
    (20, "Quantum Cougars", 6, "Derek Washington", 2023),
    (21, "Rain Makers", 2, "Naomi Fischer", 2018),
    (22, "Gear Grinders", 12, None, 2016),
]

REF_DRIVE_TYPES = [
    ("TNK", "Tank drive"),
    ("MEC", "Mecanum wheel drive"),
    ("SWV", "Swerve drive"),
    ("OMN", "Omni-wheel holonomic drive"),
    ("WCD", "West Coast drive"),
    ("TRK", "Tracked drive"),
]

ROBOT_NAMES = [
    "Leo", "Thorn", "Talon", "Jade", "Summit", "Riptide", "Sidewinder", "Hoot",
    "Bevo", "Ripple", "Buckshot", "Sparky", "Cheddar", "Undertow", "Gull",
    "Blizzard", "Tractor", "Ranger", "Petal", "Quark", "Drizzle", "Grinder",
    "Athena", "Maverick", "Nimbus", "Pioneer", "Falcon", "Comet", "Rover",
    "Titan", "Zephyr", "Havoc",
]
# team of each robot (teams 10, 19, 20 have no robots)
ROBOT_TEAMS = [1, 1, 3, 4, 5, 6, 7, 8, 9, 2, 11, 12, 13, 14, 15, 16, 17, 18,
               3, 21, 21, 22, 1, 6, 12, 17, 3, 11, 1, 14, 8, 5]
ROBOT_DRIVES = ["TNK", "SWV", "MEC", "WCD", "TNK", "SWV", "MEC", "TNK",
                "WCD", "OMN", "TNK", "SWV", "TNK", "MEC", "OMN", "WCD",
                "TNK", "SWV", "SWV", "MEC", "TNK", "WCD", "MEC", "TNK",
                "OMN", "TNK", "WCD", "MEC", None, "SWV", "TNK", "MEC"]

# Event_ID, Event_Name, City, Event_Date, Number_of_Teams
EVENTS = [
    (1, "Pacific Northwest Regional", "Portland", "2023-03-04", 36),
    (2, "Puget Sound District Event", "Seattle", "2023-03-18", 28),
    (3, "Rocky Mountain Regional", "Denver", "2023-03-25", 33),
    (4, "San Diego Regional", "San Diego", "2023-04-01", 45),
    (5, "Lone Star Championship", "Austin", "2023-04-08", 52),
    (6, "Bayou Regional", "Houston", "2023-02-25", 30),
    (7, "Great Lakes Invitational", "Detroit", "2023-05-06", 24),
    (8, "Sunshine State Open", "Orlando", "2023-02-11", 40),
    (9, "Desert Showdown", "Phoenix", "2023-01-28", 18),
    (10, "National Championship", "Houston", "2023-04-20", 64),
    (11, "Heartland Scrimmage", "Omaha", "2023-06-10", 12),
    (12, "Cascade Offseason Classic", "Seattle", "2023-09-16", None),
]

ROUNDS = ["Qualification 1", "Qualification 2", "Qualification 3",
          "Quarterfinal", "Semifinal", "Final"]

# Mentor_ID, Name, Profession, Years_Experience, other_details
MENTORS = [
    (1, "Richard Alvarez", "Mechanical Engineer", 14, None),
    (2, "Susan Thompson", "Software Engineer", 9, "Former FIRST alumna"),
    (3, "Michael Harrison", "Electrical Engineer", 22, None),
    (4, "Linda Nguyen", "Physics Teacher", 11, None),
    (5, "James Patterson", "Software Engineer", 4, "Weekend availability only"),
    (6, "Karen Robinson", "Machinist", 27, None),
    (7, "David Kim", "Aerospace Engineer", 16, None),
    (8, "Patricia Wilson", "Product Designer", 7, None),
    (9, "Christopher Lee", "Software Engineer", 12, "Leads programming workshops"),
    (10, "Barbara Jackson", "Mechanical Engineer", 19, None),
    (11, "Anthony Martinez", "Electrician", 25, None),
    (12, "Nancy Davidson", "Data Scientist", 5, None),
    (13, "Steven Clark", "Civil Engineer", 30, "Retired"),
    (14, "Rachel Adams", "Mathematics Teacher", 8, None),
    (15, "George Mitchell", "Welder", 18, None),
    (16, "Olivia Bennett", "Industrial Designer", 3, None),
    (17, "Victor Huang", "Electrical Engineer", 10, None),
    (18, "Monica Ferguson", "Project Manager", 13, None),
]

# Mentor_ID, Team_ID, Hours_Per_Week (mentors 16, 17, 18 advise no team)
TEAM_MENTORS = [
    (1, 1, 6), (1, 2, 3), (2, 1, 4), (2, 3, 5), (3, 5, 8), (3, 8, 2),
    (4, 6, 5), (4, 7, 4), (5, 9, 3), (6, 11, 10), (6, 12, 7), (6, 17, 5),
    (7, 14, 6), (7, 15, 2), (8, 16, 4), (9, 3, 5), (9, 21, 6), (9, 4, 3),
    (10, 18, 7), (10, 19, 4), (11, 13, 5), (12, 10, 3), (13, 22, 9),
    (13, 17, 4), (14, 20, 2), (15, 9, 6), (15, 20, 5), (2, 6, 2),
    (11, 8, 3), (5, 18, 2),
]


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def insert(table, rows):
    lines = []
    for row in rows:
        lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(sql_value(v) for v in row)))
    return "\n".join(lines) + "\n"


def build_robots():
    rows = []
    used_weights = set()
    for i, name in enumerate(ROBOT_NAMES):
        while True:
            w = round(random.uniform(38.0, 56.0), 1)
            if w not in used_weights:
                used_weights.add(w)
                break
        cost = float(random.randrange(1800, 7600, 50))
        if i in (7, 19, 28):
            cost = None
        rows.append((i + 1, name, ROBOT_TEAMS[i], w, ROBOT_DRIVES[i], cost))
    return rows


def build_matches():
    rows = []
    mid = 1
    team_ids = [t[0] for t in TEAMS]
    for event_id in range(1, 11):
        n = 4 if event_id in (4, 5, 10) else 3
        rounds = ROUNDS[:n - 1] + ["Final"]
        for r in rounds:
            red, blue = random.sample(team_ids, 2)
            red_score = random.randint(40, 160)
            blue_score = random.randint(40, 160)
            while blue_score == red_score:
                blue_score = random.randint(40, 160)
            rows.append((mid, event_id, r, red, blue, red_score, blue_score))
            mid += 1
    return rows


def main():
    out = sys.argv[1]
    parts = [SCHEMA, "\n"]
    parts.append(insert("Schools", SCHOOLS))
    parts.append(insert("Teams", TEAMS))
    parts.append(insert("Ref_Drive_Types", REF_DRIVE_TYPES))
    parts.append(insert("Robots", build_robots()))
    parts.append(insert("Events", EVENTS))
    parts.append(insert("Matches", build_matches()))
    parts.append(insert("Mentors", MENTORS))
    parts.append(insert("Team_Mentors", TEAM_MENTORS))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main()
