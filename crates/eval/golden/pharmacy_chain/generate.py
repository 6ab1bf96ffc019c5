#!/usr/bin/env python3
"""Generate the pharmacy_chain SQLite database as SQL text.

Usage: python3 generate.py pharmacy_chain.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=random.randint(0, (d1 - d0).days))).isoformat()


out = []
out.append("PRAGMA foreign_keys = OFF;")
out.append("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
out.append("""CREATE TABLE Branch (
  BranchID INTEGER PRIMARY KEY,
  BranchName TEXT NOT NULL,
  CityCode TEXT NOT NULL,
  StreetAddress TEXT,
  OpenedDate TEXT,
  SqFt INTEGER
);""")

out.append("""CREATE TABLE pharmacists (
  phar_id INTEGER PRIMARY KEY,
  phar_fname TEXT NOT NULL,
  phar_lname TEXT NOT NULL,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  hire_dt TEXT,
  salary INTEGER,
  works_at INTEGER,
  supervisor INTEGER,
  FOREIGN KEY (works_at) REFERENCES Branch(BranchID),
  FOREIGN KEY (supervisor) REFERENCES pharmacists(phar_id)
);""")

out.append("""CREATE TABLE Ref_Drug_Classes (
  class_code TEXT PRIMARY KEY,
  class_description TEXT NOT NULL
);""")

out.append("""CREATE TABLE drugs (
  drug_id INTEGER PRIMARY KEY,
  drug_name TEXT NOT NULL,
  class_code TEXT,
  manufacturer TEXT,
  unit_price REAL,
  is_generic TEXT,
  FOREIGN KEY (class_code) REFERENCES Ref_Drug_Classes(class_code)
);""")

out.append("""CREATE TABLE Customer (
  CustomerID INTEGER PRIMARY KEY,
  FirstName TEXT NOT NULL,
  LastName TEXT NOT NULL,
  BirthDate TEXT,
  City TEXT,
  Phone TEXT,
  InsurancePlan TEXT,
  JoinDate TEXT
);""")

out.append("""CREATE TABLE Doctor (
  doctor_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  specialty TEXT,
  clinic TEXT,
  yrs_practice INTEGER
);""")

# foreign keys deliberately NOT declared for CustomerID, doctor_id, drug_id
out.append("""CREATE TABLE prescriptions (
  rx_id INTEGER PRIMARY KEY,
  CustomerID INTEGER,
  doctor_id INTEGER,
  drug_id INTEGER,
  filled_by INTEGER,
  rx_date TEXT,
  qty INTEGER,
  refills INTEGER,
  amt REAL,
  status TEXT,
  FOREIGN KEY (filled_by) REFERENCES pharmacists(phar_id)
);""")

out.append("""CREATE TABLE Branch_Drugs (
  BranchID INTEGER,
  drug_id INTEGER,
  qty_on_hand TEXT,
  reorder_lvl INTEGER,
  last_restocked TEXT,
  PRIMARY KEY (BranchID, drug_id),
  FOREIGN KEY (BranchID) REFERENCES Branch(BranchID),
  FOREIGN KEY (drug_id) REFERENCES drugs(drug_id)
);""")

# ---------------------------------------------------------------- Branch
branches = [
    (1, "Harbor View", "BOS", "112 Atlantic Ave", "2004-03-15", 3200),
    (2, "Park Slope", "NYC", "241 7th Ave", "2011-06-01", 2800),
    (3, "Back Bay", "BOS", "530 Boylston St", "1998-09-20", 4100),
    (4, "Rittenhouse", "PHL", "1820 Walnut St", "2009-02-11", 2600),
    (5, "Lincoln Park", "CHI", "2415 N Clark St", "2015-11-05", 3500),
    (6, "Upper West Side", "NYC", "2270 Broadway", "2001-04-28", 3900),
    (7, "Capitol Hill", "SEA", "610 Broadway E", "2018-08-14", 2400),
    (8, "Wicker Park", "CHI", "1550 N Milwaukee Ave", "2012-01-23", 2900),
    (9, "Fishtown", "PHL", "1201 Frankford Ave", "2020-05-30", 2100),
    (10, "Astoria", "NYC", "31-10 Broadway", "2007-10-09", 3100),
    (11, "Ballard", "SEA", "5420 Ballard Ave NW", "2013-07-17", 2700),
    (12, "Jamaica Plain", "BOS", "677 Centre St", "2016-03-02", 2300),
    (13, "Hyde Park", "CHI", "1511 E 53rd St", "2005-12-12", 3300),
    (14, "Chelsea", "NYC", "188 8th Ave", "2019-09-25", 2500),
    (15, "Old City", "PHL", "45 N 2nd St", "1999-06-18", 3600),
]
for b in branches:
    out.append("INSERT INTO Branch VALUES (%s);" % ", ".join(q(x) for x in b))

# ---------------------------------------------------------------- pharmacists
fnames_f = ["Maria", "Jennifer", "Aisha", "Emily", "Grace", "Priya", "Laura",
            "Hannah", "Sofia", "Rachel", "Nicole", "Mei", "Olivia", "Tanya"]
fnames_m = ["David", "Kevin", "Marcus", "Daniel", "Samuel", "Omar", "Brian",
            "Luis", "Ethan", "Raj", "Thomas", "Victor", "Jason", "Andre"]
lnames = ["Alvarez", "Chen", "Okafor", "Novak", "Patel", "Goldberg", "Rossi",
          "Kim", "Sullivan", "Nguyen", "Brennan", "Haddad", "Lindqvist", "Moreno",
          "Fischer", "Ward", "Singh", "Kowalski", "Tran", "Baker", "Dubois",
          "Santos", "Murphy", "Cohen", "Yamamoto", "Reyes", "Larsen", "Hughes",
          "Adeyemi", "Park"]
random.shuffle(lnames)

pharmacists = []
# heads (no supervisor): ids 1..4
head_ids = [1, 2, 3, 4]
used_f, used_m = list(fnames_f), list(fnames_m)
random.shuffle(used_f)
random.shuffle(used_m)
for pid in range(1, 31):
    gender = "F" if random.random() < 0.55 else "M"
    if gender == "F":
        fn = used_f.pop() if used_f else random.choice(fnames_f)
    else:
        fn = used_m.pop() if used_m else random.choice(fnames_m)
    ln = lnames[pid - 1]
    dob = rand_date("1962-01-01", "1996-12-31")
    ph = "%03d-555-%04d" % (random.choice([617, 212, 215, 312, 206, 718]),
                            random.randint(1000, 9999))
    if random.random() < 0.12:
        ph = None
    hire = rand_date("2003-01-01", "2023-06-30")
    salary = random.randrange(72000, 128000, 500)
    works_at = random.randint(1, 15)
    supervisor = None if pid in head_ids else random.choice(head_ids)
    pharmacists.append([pid, fn, ln, gender, dob, ph, hire, salary, works_at, supervisor])

# fixed tweaks so a few questions have clear answers
pharmacists[0][1:4] = ["Maria", "Alvarez", "F"]
pharmacists[0][7] = 127500
for p in pharmacists:
    out.append("INSERT INTO pharmacists VALUES (%s);" % ", ".join(q(x) for x in p))

# ---------------------------------------------------------------- Ref_Drug_Classes
classes = [
    ("ANL", "Analgesic"),
    ("ABX", "Antibiotic"),
    ("AHT", "Antihypertensive"),
    ("LIP", "Lipid-lowering agent"),
    ("DIA", "Antidiabetic"),
    ("ADP", "Antidepressant"),
    ("AHS", "Antihistamine"),
    ("ACG", "Anticoagulant"),
    ("PPI", "Proton pump inhibitor"),
    ("BRD", "Bronchodilator"),
    ("THY", "Thyroid hormone"),
    ("CST", "Corticosteroid"),
    ("ACV", "Anticonvulsant"),
    ("AVR", "Antiviral"),
    ("AFG", "Antifungal"),
    ("APS", "Antipsychotic"),
]
for c in classes:
    out.append("INSERT INTO Ref_Drug_Classes VALUES (%s);" % ", ".join(q(x) for x in c))

# ---------------------------------------------------------------- drugs
drugs = [
    (1, "Ibuprofen 200mg", "ANL", "Pfizer", 0.15, "Y"),
    (2, "Acetaminophen 500mg", "ANL", "Teva", 0.12, "Y"),
    (3, "Naproxen 250mg", "ANL", "Mylan", 0.22, "Y"),
    (4, "Tramadol 50mg", "ANL", "Sun Pharma", 0.48, "Y"),
    (5, "Celecoxib 200mg", "ANL", "Pfizer", 3.85, "N"),
    (6, "Amoxicillin 500mg", "ABX", "Teva", 0.35, "Y"),
    (7, "Azithromycin 250mg", "ABX", "Pfizer", 2.10, "N"),
    (8, "Ciprofloxacin 500mg", "ABX", "Sandoz", 0.62, "Y"),
    (9, "Doxycycline 100mg", "ABX", "Mylan", 0.95, "Y"),
    (10, "Cephalexin 500mg", "ABX", "Lupin", 0.55, "Y"),
    (11, "Lisinopril 10mg", "AHT", "Lupin", 0.09, "Y"),
    (12, "Amlodipine 5mg", "AHT", "Pfizer", 0.11, "Y"),
    (13, "Losartan 50mg", "AHT", "Merck", 0.27, "Y"),
    (14, "Metoprolol 25mg", "AHT", "AstraZeneca", 0.18, "Y"),
    (15, "Hydrochlorothiazide 25mg", "AHT", "Sandoz", 0.08, "Y"),
    (16, "Carvedilol 12.5mg", "AHT", "GSK", 0.31, "Y"),
    (17, "Atorvastatin 20mg", "LIP", "Pfizer", 0.42, "Y"),
    (18, "Simvastatin 40mg", "LIP", "Merck", 0.26, "Y"),
    (19, "Rosuvastatin 10mg", "LIP", "AstraZeneca", 4.75, "N"),
    (20, "Metformin 500mg", "DIA", "Teva", 0.07, "Y"),
    (21, "Glipizide 5mg", "DIA", "Mylan", 0.19, "Y"),
    (22, "Sitagliptin 100mg", "DIA", "Merck", 17.40, "N"),
    (23, "Insulin Glargine 100u/mL", "DIA", "Sanofi", 28.90, "N"),
    (24, "Sertraline 50mg", "ADP", "Pfizer", 0.33, "Y"),
    (25, "Fluoxetine 20mg", "ADP", "Teva", 0.21, "Y"),
    (26, "Escitalopram 10mg", "ADP", "Sun Pharma", 0.29, "Y"),
    (27, "Bupropion XL 150mg", "ADP", "GSK", 1.65, "N"),
    (28, "Trazodone 50mg", "ADP", "Sandoz", 0.24, "Y"),
    (29, "Loratadine 10mg", "AHS", "Sandoz", 0.14, "Y"),
    (30, "Cetirizine 10mg", "AHS", "Sun Pharma", 0.13, "Y"),
    (31, "Diphenhydramine 25mg", "AHS", "Teva", 0.06, "Y"),
    (32, "Warfarin 5mg", "ACG", "Teva", 0.38, "Y"),
    (33, "Apixaban 5mg", "ACG", "Pfizer", 9.20, "N"),
    (34, "Omeprazole 20mg", "PPI", "AstraZeneca", 0.44, "Y"),
    (35, "Pantoprazole 40mg", "PPI", "Sun Pharma", 0.36, "Y"),
    (36, "Albuterol Inhaler 90mcg", "BRD", "GSK", 24.50, "N"),
    (37, "Tiotropium 18mcg", "BRD", "Boehringer Ingelheim", 14.60, "N"),
    (38, "Levothyroxine 50mcg", "THY", "Mylan", 0.17, "Y"),
    (39, "Prednisone 10mg", "CST", "Lupin", 0.10, "Y"),
    (40, "Gabapentin 300mg", "ACV", "Sun Pharma", 0.23, "Y"),
]
for d in drugs:
    out.append("INSERT INTO drugs VALUES (%s);" % ", ".join(q(x) for x in d))
price = {d[0]: d[4] for d in drugs}

# ---------------------------------------------------------------- Customer
c_first = ["James", "Linda", "Robert", "Patricia", "Michael", "Barbara", "William",
           "Elizabeth", "Joseph", "Susan", "Charles", "Jessica", "Christopher",
           "Sarah", "Anthony", "Karen", "Mark", "Nancy", "Steven", "Lisa", "Paul",
           "Betty", "Andrew", "Helen", "Joshua", "Sandra", "Kenneth", "Donna",
           "George", "Carol", "Ryan", "Ruth", "Jacob", "Sharon", "Gary", "Michelle",
           "Nathan", "Laura", "Eric", "Amanda", "Frank", "Melissa", "Scott", "Deborah",
           "Tyler", "Stephanie", "Aaron", "Rebecca", "Jose", "Kathleen"]
c_last = ["Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
          "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
          "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
          "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez",
          "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
          "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
          "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter",
          "Roberts", "O'Brien"]
random.shuffle(c_first)
random.shuffle(c_last)
# three "Mc" surnames
c_last[5] = "McCarthy"
c_last[17] = "McDonald"
c_last[33] = "McKenzie"
cities = ["Boston"] * 12 + ["New York"] * 13 + ["Philadelphia"] * 8 + \
    ["Chicago"] * 9 + ["Seattle"] * 5 + ["Cambridge"] * 3
random.shuffle(cities)
plans = ["Aetna", "BlueCross", "Cigna", "UnitedHealth", "Medicare", "Humana"]
area = {"Boston": 617, "Cambridge": 617, "New York": 212, "Philadelphia": 215,
        "Chicago": 312, "Seattle": 206}
customers = []
for cid in range(1, 51):
    city = cities[cid - 1]
    bd = rand_date("1940-01-01", "2004-12-31")
    ph = "(%d) 555-%04d" % (area[city], random.randint(1000, 9999))
    if random.random() < 0.15:
        ph = None
    plan = random.choice(plans) if random.random() < 0.8 else None
    jd = rand_date("2015-01-01", "2024-03-31")
    customers.append((cid, c_first[cid - 1], c_last[cid - 1], bd, city, ph, plan, jd))
for c in customers:
    out.append("INSERT INTO Customer VALUES (%s);" % ", ".join(q(x) for x in c))

# ---------------------------------------------------------------- Doctor
doctors = [
    (1, "Alan Whitaker", "Cardiology", "Beacon Heart Center", 22),
    (2, "Sandra Liu", "Family Medicine", "Harborside Family Practice", 14),
    (3, "Robert Feldman", "Internal Medicine", "Mercy General", 31),
    (4, "Nadia Hassan", "Pediatrics", "Little Steps Pediatrics", 9),
    (5, "Gregory Olsen", "Psychiatry", "Northshore Behavioral Health", 18),
    (6, "Teresa Campos", "Endocrinology", "Lakeview Diabetes Clinic", 12),
    (7, "Michael Brandt", "Family Medicine", "Eastside Community Clinic", 6),
    (8, "Yuki Tanaka", "Dermatology", "Clearskin Dermatology", 11),
    (9, "Paul Ostrowski", "Pulmonology", "Mercy General", 25),
    (10, "Angela Price", "Internal Medicine", "Riverside Medical Group", 16),
    (11, "Derek Simmons", "Cardiology", "Riverside Medical Group", 20),
    (12, "Fatima Rahman", "Family Medicine", "Westgate Health", 4),
    (13, "Howard Klein", "Psychiatry", "Mindful Care Associates", 27),
    (14, "Lucia Ferraro", "Pediatrics", "Little Steps Pediatrics", 8),
    (15, "Benjamin Ortiz", "Internal Medicine", "Eastside Community Clinic", 13),
    (16, "Catherine Doyle", "Endocrinology", "Beacon Heart Center", 19),
    (17, "Vikram Mehta", "Family Medicine", "Harborside Family Practice", 10),
    (18, "Julia Svensson", "Dermatology", "Westgate Health", 7),
    (19, "Oscar Delgado", "Pulmonology", "Northshore Lung Institute", 15),
    (20, "Irene Kowalczyk", "Internal Medicine", "Mercy General", 29),
]
for d in doctors:
    out.append("INSERT INTO Doctor VALUES (%s);" % ", ".join(q(x) for x in d))

# ---------------------------------------------------------------- prescriptions
# doctors 8, 14 and 18 never write prescriptions; doctor 3 writes the most
active_docs = [d[0] for d in doctors if d[0] not in (8, 14, 18)]
doc_w = [14 if d == 3 else 4 for d in active_docs]
# drugs never prescribed: 31 (Diphenhydramine), 29 (Loratadine), 37 (Tiotropium)
rx_drugs = [d[0] for d in drugs if d[0] not in (29, 31, 37)]
# customers 41-50 have no prescriptions
rx_customers = list(range(1, 41))
filled_pharm = list(range(1, 31))
ph_w = [6 if p == 7 else (3 if p in (12, 19) else 1) for p in filled_pharm]
rx_rows = []
for i in range(80):
    rx_id = 5001 + i
    cust = rx_customers[i] if i < 40 else random.choice(rx_customers)
    doc = random.choices(active_docs, doc_w)[0]
    drug = random.choice(rx_drugs)
    r = random.random()
    status = "F" if r < 0.72 else ("P" if r < 0.9 else "C")
    filled = random.choices(filled_pharm, ph_w)[0] if status == "F" else None
    rdate = rand_date("2023-01-01", "2024-05-31")
    qty = random.choice([14, 28, 30, 30, 60, 90])
    if drug in (23, 36, 37):
        qty = random.choice([1, 2, 3])
    refills = random.choice([0, 0, 1, 2, 3, 5])
    amt = round(qty * price[drug], 2)
    rx_rows.append((rx_id, cust, doc, drug, filled, rdate, qty, refills, amt, status))
for r in rx_rows:
    out.append("INSERT INTO prescriptions VALUES (%s);" % ", ".join(q(x) for x in r))

# ---------------------------------------------------------------- Branch_Drugs
# drugs 23 (Insulin Glargine) and 37 (Tiotropium) are not stocked anywhere
stock_drugs = [d[0] for d in drugs if d[0] not in (23, 37)]
pairs = set()
while len(pairs) < 80:
    pairs.add((random.randint(1, 15), random.choice(stock_drugs)))
for (b, d) in sorted(pairs):
    qty = random.randint(0, 600)
    if d in (22, 36):
        qty = random.randint(2, 40)
    lvl = random.choice([20, 25, 50, 100])
    lr = rand_date("2024-01-01", "2024-06-15")
    if random.random() < 0.08:
        lr = None
    out.append("INSERT INTO Branch_Drugs VALUES (%s);" %
               ", ".join(q(x) for x in (b, d, str(qty), lvl, lr)))

out.append("COMMIT;")

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
