# Writes the apiary_coop SQLite schema and all its rows (CREATE TABLE + INSERT statements) to the file named on the command line.
import random
import sys

random.seed(4711)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def date(y0, y1):
    y = random.randint(y0, y1)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


out = []
out.append("PRAGMA foreign_keys = ON;")

out.append("""CREATE TABLE "Members" (
"member_id" INTEGER PRIMARY KEY,
"first_name" VARCHAR(50),
"last_name" VARCHAR(50),
"gender" VARCHAR(1),
"city" VARCHAR(80),
"date_joined" DATETIME,
"years_experience" TEXT,
"phone_number" VARCHAR(40)
);""")

out.append("""CREATE TABLE "Apiaries" (
"apiary_id" INTEGER PRIMARY KEY,
"Apiary_Name" VARCHAR(80),
"region" VARCHAR(50),
"address_details" VARCHAR(255),
"altitude_m" TEXT,
"date_established" DATETIME
);""")

out.append("""CREATE TABLE "Hives" (
"hive_id" INTEGER PRIMARY KEY,
"apiary_id" INTEGER NOT NULL,
"queen_breed" VARCHAR(50),
"hive_type_code" VARCHAR(10),
"date_of_installation" DATETIME,
"number_of_frames" INTEGER,
FOREIGN KEY ("apiary_id") REFERENCES "Apiaries"("apiary_id")
);""")

out.append("""CREATE TABLE "Inspections" (
"inspection_id" INTEGER PRIMARY KEY,
"hive_id" INTEGER NOT NULL,
"inspector_id" INTEGER NOT NULL,
"date_of_inspection" DATETIME,
"health_status_code" VARCHAR(15),
"varroa_mite_count" TEXT,
"other_details" VARCHAR(255),
FOREIGN KEY ("hive_id") REFERENCES "Hives"("hive_id"),
FOREIGN KEY ("inspector_id") REFERENCES "Members"("member_id")
);""")

out.append("""CREATE TABLE "Honey_Harvests" (
"harvest_id" INTEGER PRIMARY KEY,
"hive_id" INTEGER NOT NULL,
"harvest_date" DATETIME,
"weight_kg" REAL,
"grade_code" VARCHAR(5)
);""")

out.append("""CREATE TABLE "Equipment" (
"equipment_id" INTEGER PRIMARY KEY,
"equipment_name" VARCHAR(80),
"equipment_type_code" VARCHAR(10),
"replacement_value" TEXT,
"other_details" VARCHAR(255)
);""")

out.append("""CREATE TABLE "Equipment_Loans" (
"loan_id" INTEGER PRIMARY KEY,
"member_id" INTEGER NOT NULL,
"equipment_id" INTEGER NOT NULL,
"date_loaned" DATETIME,
"date_returned" DATETIME,
"loan_fee" TEXT,
FOREIGN KEY ("member_id") REFERENCES "Members"("member_id")
);""")

# ---- Members
first_names = ["Margaret", "Thomas", "Aisha", "Lars", "Elena", "Samuel", "Priya", "Jonas",
               "Clara", "Diego", "Hannah", "Oliver", "Mei", "Patrick", "Ingrid", "Rafael",
               "Sofia", "Walter", "Nadia", "Ethan"]
last_names = ["Whitfield", "Brennan", "Okafor", "Lindqvist", "Rossi", "Hartley", "Nair", "Becker",
              "Dubois", "Morales", "Schultz", "O'Neill", "Chen", "Gallagher", "Halvorsen", "Santos",
              "Novak", "Pemberton", "Haddad", "Kowalski"]
genders = ["F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M",
           "F", "M", "F", "M"]
cities = ["Ashford", "Millbrook", "Riverton", "Ashford", "Kingsbridge", "Millbrook", "Riverton",
          "Ashford", "Oakdale", "Kingsbridge", "Millbrook", "Ashford", "Riverton", "Oakdale",
          "Ashford", "Millbrook", "Kingsbridge", "Riverton", "Ashford", "Oakdale"]
member_rows = []
for i in range(20):
    member_rows.append((i + 1, first_names[i], last_names[i], genders[i], cities[i],
                        date(2008, 2022), str(random.randint(1, 35)),
                        "(555) %03d-%04d" % (random.randint(100, 999), random.randint(0, 9999))))
for r in member_rows:
    out.append("INSERT INTO Members VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- Apiaries
apiaries = [
    ("Clover Hill", "North Valley", "12 Clover Lane"),
    ("Willow Creek", "River Basin", "4 Creekside Road"),
    ("Heather Moor", "Highlands", "Moor Track 7"),
    ("Orchard Row", "North Valley", "88 Orchard Row"),
    ("Sunny Meadow", "Plains", "210 Meadow Drive"),
    ("Pine Ridge", "Highlands", "3 Ridge Path"),
    ("Lavender Fields", "Coastal", "17 Seaview Terrace"),
    ("Riverside Farm", "River Basin", "52 Mill Street"),
    ("Dune Gardens", "Coastal", "9 Harbour Walk"),
    ("Acacia Grove", "Plains", "61 Grove Avenue"),
]
for i, (name, region, addr) in enumerate(apiaries):
    if region == "Highlands":
        alt = random.randint(600, 1100)
    elif region == "Coastal":
        alt = random.randint(5, 60)
    else:
        alt = random.randint(80, 400)
    row = (i + 1, name, region, addr, str(alt), date(1995, 2018))
    out.append("INSERT INTO Apiaries VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- Hives
breeds = ["Italian", "Carniolan", "Buckfast", "Russian", "Caucasian"]
breed_w = [9, 7, 6, 3, 2]
hive_types = ["LANG", "LANG", "LANG", "TOPB", "WARRE", "DADANT"]
hive_apiary = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9,
               1, 2, 5, 7]
hive_rows = []
for i, a in enumerate(hive_apiary):
    breed = random.choices(breeds, weights=breed_w)[0]
    ht = random.choice(hive_types)
    frames = {"LANG": 10, "TOPB": 24, "WARRE": 8, "DADANT": 11}[ht]
    if ht == "LANG" and random.random() < 0.4:
        frames = 8
    hive_rows.append((i + 1, a, breed, ht, date(2015, 2023), frames))
for r in hive_rows:
    out.append("INSERT INTO Hives VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- Inspections
statuses = ["HEALTHY", "HEALTHY", "HEALTHY", "WEAK", "VARROA", "NOSEMA", "QUEENLESS"]
inspectors = [1, 2, 3, 5, 7, 8, 11, 13, 14, 17]
insp_w = [6, 3, 5, 2, 4, 3, 1, 2, 1, 1]
notes = ["Brood pattern solid", "Added super", "Requeening advised", "Treated with oxalic acid",
         "Low stores, fed syrup", "Swarm cells removed", "No issues"]
insp_rows = []
for i in range(40):
    hive = random.randint(1, 30)
    st = random.choice(statuses)
    mites = random.randint(0, 3) if st != "VARROA" else random.randint(8, 30)
    insp_rows.append((i + 1, hive, random.choices(inspectors, weights=insp_w)[0],
                      date(2021, 2024), st, str(mites), random.choice(notes)))
for r in insp_rows:
    out.append("INSERT INTO Inspections VALUES (%s);" % ", ".join(q(v) for v in r))

# ---- Honey_Harvests
for i in range(38):
    hive = random.randint(1, 30)
    kg = round(random.uniform(4.0, 38.0), 1)
    grade = random.choices(["A", "B", "C"], weights=[5, 4, 2])[0]
    row = (i + 1, hive, date(2021, 2024), kg, grade)
    out.append("INSERT INTO Honey_Harvests VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- Equipment
equipment = [
    ("Smoker", "TOOL", 45.0), ("Bee Suit", "PROT", 120.0), ("Honey Extractor", "HARV", 680.0),
    ("Hive Tool", "TOOL", 12.5), ("Uncapping Knife", "HARV", 85.0), ("Queen Excluder", "HIVE", 18.0),
    ("Veil", "PROT", 25.0), ("Refractometer", "HARV", 140.0), ("Bottling Tank", "HARV", 310.0),
    ("Frame Grip", "TOOL", 22.0), ("Nuc Box", "HIVE", 55.0), ("Gloves", "PROT", 15.0),
]
for i, (name, code, val) in enumerate(equipment):
    row = (i + 1, name, code, "%.2f" % val, random.choice(["Good condition", "Needs cleaning", "New", None]))
    out.append("INSERT INTO Equipment VALUES (%s);" % ", ".join(q(v) for v in row))

# ---- Equipment_Loans
borrowers = [1, 2, 4, 4, 6, 6, 9, 10, 12, 12, 15, 16, 18, 19, 3, 5, 7, 20]
for i in range(26):
    m = random.choice(borrowers)
    e = random.choices(range(1, 13), weights=[3, 2, 6, 2, 4, 1, 2, 2, 3, 1, 2, 1])[0]
    y = random.randint(2022, 2024)
    mo = random.randint(1, 11)
    d = random.randint(1, 28)
    loaned = "%04d-%02d-%02d" % (y, mo, d)
    returned = None if random.random() < 0.2 else "%04d-%02d-%02d" % (y, mo + 1, random.randint(1, 28))
    fee = "%.2f" % random.choice([0, 5, 10, 15, 20, 25, 40])
    row = (i + 1, m, e, loaned, returned, fee)
    out.append("INSERT INTO Equipment_Loans VALUES (%s);" % ", ".join(q(v) for v in row))

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
