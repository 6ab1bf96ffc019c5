# Writes the SQLite schema (CREATE TABLE) and rows (INSERT) of the lighthouse_service database to the file named on the command line.
import random
import sys

random.seed(4117)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Lamp_Types (
    lamp_type_code TEXT PRIMARY KEY,
    lamp_type_description TEXT NOT NULL
);

CREATE TABLE Lighthouses (
    Lighthouse_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Region TEXT,
    Country TEXT NOT NULL,
    Height_m REAL,
    Year_First_Lit TEXT,
    Light_Range INTEGER,
    Lamp_Type_Code TEXT,
    FOREIGN KEY (Lamp_Type_Code) REFERENCES Ref_Lamp_Types(lamp_type_code)
);

CREATE TABLE Keepers (
    Keeper_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Nationality TEXT,
    Hire_Date TEXT
);

CREATE TABLE Postings (
    posting_id INTEGER PRIMARY KEY,
    Keeper_ID INTEGER NOT NULL,
    Lighthouse_ID INTEGER NOT NULL,
    date_from TEXT NOT NULL,
    date_to TEXT,
    FOREIGN KEY (Keeper_ID) REFERENCES Keepers(Keeper_ID),
    FOREIGN KEY (Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID)
);

CREATE TABLE Inspections (
    Inspection_ID INTEGER PRIMARY KEY,
    Lighthouse_ID INTEGER NOT NULL,
    Inspector_Name TEXT NOT NULL,
    Inspection_Date TEXT NOT NULL,
    result_code TEXT NOT NULL,
    Cost REAL
);

CREATE TABLE Supply_Ships (
    Ship_ID INTEGER PRIMARY KEY,
    Ship_Name TEXT NOT NULL,
    Home_Port TEXT,
    Tonnage INTEGER,
    other_details TEXT
);

CREATE TABLE Supply_Runs (
    Run_ID INTEGER PRIMARY KEY,
    Ship_ID INTEGER NOT NULL,
    Depot_Lighthouse_ID INTEGER NOT NULL,
    Destination_Lighthouse_ID INTEGER NOT NULL,
    Run_Date TEXT NOT NULL,
    Tonnes_Delivered REAL,
    FOREIGN KEY (Ship_ID) REFERENCES Supply_Ships(Ship_ID),
    FOREIGN KEY (Depot_Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID),
    FOREIGN KEY (Destination_Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID)
);

CREATE TABLE Keeper_Lamp_Certifications (
    Keeper_ID INTEGER NOT NULL,
    lamp_type_code TEXT NOT NULL,
    date_certified TEXT,
    PRIMARY KEY (Keeper_ID, lamp_type_code),
    FOREIGN KEY (Keeper_ID) REFERENCES Keepers(Keeper_ID),
    FOREIGN KEY (lamp_type_code) REFERENCES Ref_Lamp_Types(lamp_type_code)
);
"""

LAMP_TYPES = [
    ("FR1", "First-order Fresnel lens"),
    ("FR2", "Second-order Fresnel lens"),
    ("FR3", "Third-order Fresnel lens"),
    ("LED", "Light-emitting diode array"),
    ("HAL", "Rotating halogen beacon"),
    ("ACE", "Acetylene gas lamp"),
    ("PVB", "Paraffin vapour burner"),
    ("XEN", "Xenon arc lamp"),
]

# (Name, Region, Country, Height_m, Year_First_Lit, Light_Range, Lamp_Type_Code)
LIGHTHOUSES = [
    ("Fastnet", "Munster", "Ireland", 54.0, "1904", 27, "LED"),
    ("Hook Head", "Leinster", "Ireland", 35.0, "1172", 23, "FR2"),
    ("Bell Rock", "Angus", "United Kingdom", 35.3, "1811", 18, "LED"),
    ("Eddystone", "Devon", "United Kingdom", 49.0, "1882", 17, "FR1"),
    ("Bishop Rock", "Isles of Scilly", "United Kingdom", 44.0, "1858", 20, "LED"),
    ("Cap Frehel", "Brittany", "France", 33.0, "1950", 29, "HAL"),
    ("Ile Vierge", "Brittany", "France", 82.5, "1902", 24, "FR1"),
    ("Cordouan", "Nouvelle-Aquitaine", "France", 67.5, "1611", 22, "FR1"),
    ("Cabo da Roca", "Lisbon", "Portugal", 22.0, "1772", 26, "FR1"),
    ("Cabo de Sao Vicente", "Algarve", "Portugal", 28.0, "1846", 32, "FR1"),
    ("Tower of Hercules", "Galicia", "Spain", 55.0, "1791", 23, "FR2"),
    ("Cabo Finisterre", "Galicia", "Spain", 17.0, "1853", 31, "HAL"),
    ("Westerheversand", "Schleswig-Holstein", "Germany", 40.0, "1908", 21, "FR3"),
    ("Roter Sand", "Lower Saxony", "Germany", 52.5, "1885", None, None),
    ("Lindesnes", "Agder", "Norway", 16.0, "1656", 19, "FR2"),
    ("Peggys Point", "Nova Scotia", "Canada", 15.0, "1915", 11, "LED"),
    ("Cape Race", "Newfoundland", "Canada", 29.0, "1907", 25, "FR1"),
    ("Cape Hatteras", "North Carolina", "United States", 63.0, "1870", 20, "HAL"),
    ("Portland Head", "Maine", "United States", 24.0, "1791", 24, "FR2"),
    ("Split Point", "Victoria", "Australia", 34.0, "1891", 18, "LED"),
    ("Cape Byron", "New South Wales", "Australia", 22.5, "1901", 27, "FR1"),
    ("Skerryvore", "Argyll", "United Kingdom", 48.0, "1844", None, "PVB"),
]

# (Name, Age, Nationality, Hire_Date)
KEEPERS = [
    ("Liam Doyle", 52, "Irish", "1998-04-12"),
    ("Padraig Walsh", 61, "Irish", "1989-09-01"),
    ("Angus McLeod", 47, "British", "2003-06-20"),
    ("Thomas Penrose", 38, "British", "2011-02-14"),
    ("Yann Le Goff", 55, "French", "1995-10-03"),
    ("Pierre Kerjean", 29, "French", "2018-05-07"),
    ("Joao Ferreira", 44, "Portuguese", "2006-03-30"),
    ("Manuel Brito", 66, "Portuguese", "1984-07-19"),
    ("Xose Castro", 35, "Spanish", "2013-11-11"),
    ("Hans Petersen", 58, "German", "1992-01-27"),
    ("Jens Albrecht", 41, "German", "2008-08-15"),
    ("Ola Nygaard", 49, "Norwegian", "2001-04-02"),
    ("Ewan MacNeil", 33, "Canadian", "2015-09-21"),
    ("Mary Kennedy", 46, "Canadian", "2004-12-06"),
    ("Robert Hale", 57, "American", "1993-05-18"),
    ("Samuel Whitcomb", 27, "American", "2020-03-09"),
    ("Bruce Gallagher", 63, "Australian", "1987-02-23"),
    ("Fiona Brennan", 39, "Irish", "2010-06-01"),
    ("Catriona Ross", 31, "British", "2016-10-17"),
    ("Gwenael Morvan", 50, "French", "1999-11-29"),
    ("Ines Soares", 36, "Portuguese", None),
    ("Karl Jansen", 43, "German", "2007-07-07"),
    ("Declan Murphy", None, "Irish", "2022-01-10"),
    ("Noah Fischer", 24, None, "2023-04-03"),
]

INSPECTORS = ["Eileen Carter", "Michel Dubois", "Gordon Reid", "Ana Pereira", "Walter Brandt", "Helen Walsh"]
RESULTS = ["PASS", "PASS", "PASS", "COND", "FAIL"]

SHIPS = [
    ("Granuaile", "Galway", 2623, None),
    ("Pharos", "Oban", 3672, "Flagship of the northern fleet"),
    ("Galatea", "Harwich", 3569, None),
    ("Alert", "Swansea", 255, "Tender, inshore work only"),
    ("Armorique", "Brest", 1150, None),
    ("Gago Coutinho", "Lisbon", 980, None),
    ("Neuwerk", "Cuxhaven", 1720, None),
    ("Fyrbjorn", "Kristiansand", 640, "Retired in 2021"),
    ("Edward Cornwallis", "Halifax", 3727, None),
    ("Cape Pillar", "Sydney", 870, None),
]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(y0, y1):
    y = random.randint(y0, y1)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


def main():
    out = []
    out.append(SCHEMA)

    for r in LAMP_TYPES:
        out.append("INSERT INTO Ref_Lamp_Types VALUES (%s);" % ", ".join(q(x) for x in r))
    for i, r in enumerate(LIGHTHOUSES, 1):
        out.append("INSERT INTO Lighthouses VALUES (%s);" % ", ".join(q(x) for x in (i,) + r))
    for i, r in enumerate(KEEPERS, 1):
        out.append("INSERT INTO Keepers VALUES (%s);" % ", ".join(q(x) for x in (i,) + r))

    # Postings: keepers 1..20 get postings; 21..24 have none. Lighthouses 14 and 22 get none.
    posted_lighthouses = [i for i in range(1, len(LIGHTHOUSES) + 1) if i not in (14, 22)]
    posting_id = 1
    for k in range(1, 21):
        n = random.choice([1, 1, 2, 2, 3])
        start_year = int(KEEPERS[k - 1][3][:4]) + random.randint(1, 2)
        for j in range(n):
            lh = random.choice(posted_lighthouses)
            dfrom = "%04d-%02d-01" % (start_year, random.randint(1, 12))
            length = random.randint(2, 6)
            if start_year + length > 2024:
                n = j + 1
            if j == n - 1 and (start_year + length > 2024 or random.random() < 0.5):
                dto = None
            else:
                dto = "%04d-%02d-28" % (start_year + length, random.randint(1, 12))
            out.append("INSERT INTO Postings VALUES (%s);" % ", ".join(
                q(x) for x in (posting_id, k, lh, dfrom, dto)))
            posting_id += 1
            start_year += length + 1
            if j == n - 1:
                break

    # Inspections (foreign key to Lighthouses not declared). Lighthouses 16 and 20 never inspected.
    inspected = [i for i in range(1, len(LIGHTHOUSES) + 1) if i not in (16, 20)]
    for i in range(1, 33):
        lh = random.choice(inspected)
        cost = None if random.random() < 0.12 else round(random.uniform(800, 9500), 2)
        out.append("INSERT INTO Inspections VALUES (%s);" % ", ".join(
            q(x) for x in (i, lh, random.choice(INSPECTORS), rand_date(2015, 2024),
                           random.choice(RESULTS), cost)))

    for i, r in enumerate(SHIPS, 1):
        out.append("INSERT INTO Supply_Ships VALUES (%s);" % ", ".join(q(x) for x in (i,) + r))

    # Supply runs: depots are a handful of lighthouses; ships 8 and 10 make no runs.
    depots = [1, 3, 6, 9, 17]
    active_ships = [1, 2, 3, 4, 5, 6, 7, 9]
    for i in range(1, 31):
        dep = random.choice(depots)
        dest = random.choice([x for x in range(1, len(LIGHTHOUSES) + 1) if x != dep])
        tonnes = None if random.random() < 0.08 else round(random.uniform(4, 60), 1)
        out.append("INSERT INTO Supply_Runs VALUES (%s);" % ", ".join(
            q(x) for x in (i, random.choice(active_ships), dep, dest, rand_date(2019, 2024), tonnes)))

    # Certifications: keepers 1..22 certified for 1-3 lamp types; XEN and PVB never certified.
    cert_codes = ["FR1", "FR2", "FR3", "LED", "HAL", "ACE"]
    for k in range(1, 23):
        for code in sorted(random.sample(cert_codes, random.choice([1, 1, 2, 2, 3]))):
            out.append("INSERT INTO Keeper_Lamp_Certifications VALUES (%s);" % ", ".join(
                q(x) for x in (k, code, None if random.random() < 0.1 else rand_date(int(KEEPERS[k - 1][3][:4]) if KEEPERS[k - 1][3] else 2000, 2024))))

    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
