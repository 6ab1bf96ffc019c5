# Writes the SQLite schema (CREATE TABLE) and seeded rows (INSERT) of the tea_estates database to the file named on the command line.
import random
import sys

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Estates (
  Estate_ID INTEGER PRIMARY KEY,
  Estate_Name TEXT NOT NULL,
  Region TEXT,
  Country TEXT,
  Elevation_Metres INTEGER,
  Established_Year TEXT,
  Area_Hectares REAL
);

CREATE TABLE Ref_Tea_Grades (
  grade_code TEXT PRIMARY KEY,
  grade_description TEXT NOT NULL
);

CREATE TABLE Pluckers (
  Plucker_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Estate_ID INTEGER,
  Years_Of_Work INTEGER,
  FOREIGN KEY (Estate_ID) REFERENCES Estates(Estate_ID)
);

CREATE TABLE Harvests (
  harvest_id INTEGER PRIMARY KEY,
  Estate_ID INTEGER NOT NULL,
  grade_code TEXT NOT NULL,
  Harvest_Date TEXT,
  Kilograms INTEGER,
  other_details TEXT,
  FOREIGN KEY (Estate_ID) REFERENCES Estates(Estate_ID),
  FOREIGN KEY (grade_code) REFERENCES Ref_Tea_Grades(grade_code)
);

CREATE TABLE Brokers (
  Broker_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Commission_Rate REAL
);

-- harvest_id and Broker_ID are not declared as foreign keys
CREATE TABLE Auction_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  harvest_id INTEGER,
  Broker_ID INTEGER,
  Auction_Date TEXT,
  Price_Per_Kg REAL,
  Buyer_Name TEXT
);

CREATE TABLE Consignments (
  Consignment_ID INTEGER PRIMARY KEY,
  Sending_Estate_ID INTEGER NOT NULL,
  Receiving_Estate_ID INTEGER NOT NULL,
  Consignment_Date TEXT,
  Kilograms INTEGER,
  FOREIGN KEY (Sending_Estate_ID) REFERENCES Estates(Estate_ID),
  FOREIGN KEY (Receiving_Estate_ID) REFERENCES Estates(Estate_ID)
);

CREATE TABLE Plucker_Harvests (
  Plucker_ID INTEGER NOT NULL,
  harvest_id INTEGER NOT NULL,
  PRIMARY KEY (Plucker_ID, harvest_id),
  FOREIGN KEY (Plucker_ID) REFERENCES Pluckers(Plucker_ID),
  FOREIGN KEY (harvest_id) REFERENCES Harvests(harvest_id)
);
"""

# (name, region, country, elevation, established, hectares)
ESTATES = [
    ("Castleton Estate", "Darjeeling", "India", 1470, "1885", 172.5),
    ("Makaibari Estate", "Darjeeling", "India", 1380, "1859", 670.0),
    ("Glenburn Estate", "Darjeeling", "India", 975, "1859", 650.0),
    ("Halmari Estate", "Assam", "India", 95, "1930", 398.4),
    ("Mangalam Estate", "Assam", "India", 110, "1872", 312.0),
    ("Harmutty Estate", "Assam", "India", 120, "1885", 455.2),
    ("Kolukkumalai Estate", "Nilgiris", "India", 2170, "1900", 220.0),
    ("Pedro Estate", "Nuwara Eliya", "Sri Lanka", 1950, "1885", 290.3),
    ("Dambatenne Estate", "Uva", "Sri Lanka", 1860, "1890", 530.8),
    ("Lovers Leap Estate", "Nuwara Eliya", "Sri Lanka", 1890, "1878", 160.0),
    ("Kenilworth Estate", "Dimbula", "Sri Lanka", 1210, "1868", 245.6),
    ("Kericho Highlands Estate", "Kericho", "Kenya", 2050, "1924", 880.0),
    ("Kangaita Estate", "Kirinyaga", "Kenya", 2020, "1965", 140.7),
    ("Satemwa Estate", "Thyolo", "Malawi", 900, "1923", 760.0),
    ("Jun Chiyabari Estate", "Dhankuta", "Nepal", 1800, "2000", 75.0),
    ("Sungai Palas Estate", "Cameron Highlands", "Malaysia", 1520, "1929", None),
    ("Doi Mae Salong Estate", "Chiang Rai", "Thailand", None, None, 98.2),
]

GRADES = [
    ("SFTGFOP", "Special Finest Tippy Golden Flowery Orange Pekoe"),
    ("FTGFOP", "Finest Tippy Golden Flowery Orange Pekoe"),
    ("TGFOP", "Tippy Golden Flowery Orange Pekoe"),
    ("GFOP", "Golden Flowery Orange Pekoe"),
    ("FOP", "Flowery Orange Pekoe"),
    ("OP", "Orange Pekoe"),
    ("PEKOE", "Pekoe"),
    ("BOP", "Broken Orange Pekoe"),
    ("FBOP", "Flowery Broken Orange Pekoe"),
    ("BOPF", "Broken Orange Pekoe Fannings"),
    ("CTC", "Crush Tear Curl"),
    ("DUST", "Dust"),
]

# grade codes typical of each estate
ESTATE_GRADES = {
    1: ["SFTGFOP", "FTGFOP", "TGFOP"],
    2: ["FTGFOP", "TGFOP", "GFOP"],
    3: ["FTGFOP", "TGFOP"],
    4: ["TGFOP", "GFOP", "CTC"],
    5: ["CTC", "BOP", "GFOP"],
    6: ["CTC", "BOP"],
    7: ["FOP", "OP", "BOP"],
    8: ["BOP", "BOPF", "OP"],
    9: ["BOP", "FBOP", "BOPF"],
    10: ["OP", "BOP", "PEKOE"],
    11: ["OP", "BOP", "FBOP"],
    12: ["CTC", "BOPF"],
    13: ["CTC", "BOP"],
    14: ["BOP", "CTC", "OP"],
}

FIRST = ["Lakshmi", "Sunita", "Anjali", "Pooja", "Rekha", "Meena", "Kamala", "Radha",
         "Nirmala", "Chandrika", "Malini", "Kumari", "Shanthi", "Dilani", "Wanjiru",
         "Akinyi", "Njeri", "Chikondi", "Tamanda", "Sarita", "Gita", "Parvati",
         "Bimala", "Kanchan", "Rupa", "Priyanka", "Selvi", "Muthu", "Achieng", "Mercy"]
LAST = ["Tamang", "Rai", "Oraon", "Munda", "Gurung", "Lepcha", "Kujur", "Devi",
        "Perumal", "Ramasamy", "Kumar", "Mwangi", "Otieno", "Banda", "Phiri", "Sherpa",
        "Murugan", "Karunaratne"]

BROKERS = [
    ("J. Thomas and Co", "Kolkata", "India", 1.0),
    ("Carritt Moran and Co", "Kolkata", "India", 1.25),
    ("Contemporary Tea Brokers", "Kolkata", "India", 0.9),
    ("Paramount Tea Marketing", "Guwahati", "India", 1.1),
    ("Forbes and Walker Tea Brokers", "Colombo", "Sri Lanka", 1.5),
    ("John Keells", "Colombo", "Sri Lanka", 1.4),
    ("Asia Siyaka Commodities", "Colombo", "Sri Lanka", 1.35),
    ("Africa Tea Brokers", "Mombasa", "Kenya", 0.75),
    ("Venture Tea Brokers", "Mombasa", "Kenya", 0.8),
    ("Thompson Lloyd and Ewart", "London", "United Kingdom", 2.25),
    ("Coimbatore Tea Traders", "Coimbatore", "India", None),
]

BUYERS = ["Twinings", "Harrods", "Mariage Freres", "Dilmah", "Tata Consumer",
          "Teekanne", "Ronnefeldt", "Fortnum and Mason", "Unilever", "Kusmi Tea"]

NOTES = [None, None, None, "first flush", "second flush", "monsoon flush",
         "autumnal flush", "hand rolled", None, "organic certified"]


def main(path):
    out = [SCHEMA]

    def ins(table, row):
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row)))

    for i, e in enumerate(ESTATES, 1):
        ins("Estates", (i,) + e)
    out.append("")
    for g in GRADES:
        ins("Ref_Tea_Grades", g)
    out.append("")

    # Pluckers: 30 rows, estates 15..17 have none
    names = set()
    pluckers = []
    ages_used = set()
    estate_cycle = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    for pid in range(1, 31):
        while True:
            n = random.choice(FIRST) + " " + random.choice(LAST)
            if n not in names:
                names.add(n)
                break
        age = random.randint(19, 58)
        if pid == 7:
            age = 63  # the single oldest plucker
        years = max(1, age - random.randint(16, 24))
        years = min(years, age - 16)
        if pid % 11 == 0:
            years = None
        if pid <= 14:
            est = estate_cycle[pid - 1]
        else:
            est = random.choice([2, 2, 4, 8, 8, 9, 12, 1, 5, 11, 13, 2, 6, 10, 3, 7])
        pluckers.append((pid, n, age, est, years))
    for p in pluckers:
        ins("Pluckers", p)
    out.append("")

    # Harvests: 36 rows for estates 1..14 (15, 16, 17 have none)
    harvests = []
    for hid in range(1, 37):
        est = ((hid - 1) % 14) + 1
        grade = random.choice(ESTATE_GRADES[est])
        month = random.randint(3, 11)
        day = random.randint(1, 28)
        year = random.choice([2022, 2023])
        kg = random.randint(8, 120) * 50 + random.randint(0, 49)
        harvests.append((hid, est, grade, "%d-%02d-%02d" % (year, month, day), kg,
                         random.choice(NOTES)))
    for h in harvests:
        ins("Harvests", h)
    out.append("")

    for i, b in enumerate(BROKERS, 1):
        ins("Brokers", (i,) + b)
    out.append("")

    # Auction lots: 30 harvests are sold; brokers chosen by country of the estate
    broker_by_country = {"India": [1, 2, 3, 4], "Sri Lanka": [5, 6, 7], "Kenya": [8, 9],
                         "Malawi": [8, 10]}
    sold = sorted(random.sample(range(1, 37), 30))
    for lot_id, hid in enumerate(sold, 1):
        h = harvests[hid - 1]
        country = ESTATES[h[1] - 1][2]
        broker = random.choice(broker_by_country[country])
        if lot_id in (5, 17, 26):
            broker = 10  # a few lots sold in London
        y, m, d = h[3].split("-")
        m2 = int(m) + random.randint(1, 2)
        y2 = int(y)
        if m2 > 12:
            m2 -= 12
            y2 += 1
        date = "%d-%02d-%02d" % (y2, m2, random.randint(1, 28))
        base = {"SFTGFOP": 60, "FTGFOP": 45, "TGFOP": 32, "GFOP": 22, "FOP": 18,
                "OP": 14, "PEKOE": 10, "BOP": 8, "FBOP": 9, "BOPF": 6, "CTC": 4,
                "DUST": 2}[h[2]]
        price = round(base * random.uniform(0.8, 1.3), 2)
        buyer = random.choice(BUYERS)
        if lot_id % 9 == 0:
            buyer = None
        ins("Auction_Lots", (lot_id, hid, broker, date, price, buyer))
    out.append("")

    # Consignments: blending transfers between estates (never to itself)
    cons = []
    for cid in range(1, 21):
        while True:
            s = random.randint(1, 14)
            r = random.randint(1, 16)
            if s != r and ESTATES[s - 1][2] == ESTATES[min(r, 14) - 1][2] or (r in (15, 16) and s != r):
                break
        date = "%d-%02d-%02d" % (random.choice([2022, 2023]), random.randint(1, 12),
                                 random.randint(1, 28))
        kg = random.randint(4, 60) * 25
        cons.append((cid, s, r, date, kg))
    for c in cons:
        ins("Consignments", c)
    out.append("")

    # Plucker_Harvests: pluckers work on harvests of their own estate
    links = set()
    by_estate = {}
    for p in pluckers:
        by_estate.setdefault(p[3], []).append(p[0])
    for h in harvests:
        crew = by_estate.get(h[1], [])
        k = min(len(crew), random.randint(1, 2))
        for pid in random.sample(crew, k):
            links.add((pid, h[0]))
    links = sorted(links)
    # leave a few pluckers with no harvest
    links = [l for l in links if l[0] not in (13, 22, 29)]
    for l in links:
        ins("Plucker_Harvests", l)
    out.append("")

    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
