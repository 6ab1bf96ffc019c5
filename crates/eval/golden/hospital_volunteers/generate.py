# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the hospital_volunteers database to the file given as argv[1].
import random
import sys

random.seed(4127)

out_path = sys.argv[1]
lines = []


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(table, rows):
    for r in rows:
        lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


lines.append("PRAGMA foreign_keys = ON;")
lines.append("""CREATE TABLE Hospitals (
  Hospital_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  City TEXT,
  State TEXT,
  Beds INTEGER,
  Founded_Year TEXT
);""")
lines.append("""CREATE TABLE Departments (
  Department_ID INTEGER PRIMARY KEY,
  Department_Name TEXT NOT NULL,
  Hospital_ID INTEGER NOT NULL,
  Floor INTEGER,
  Head_Nurse_Name TEXT,
  FOREIGN KEY (Hospital_ID) REFERENCES Hospitals(Hospital_ID)
);""")
lines.append("""CREATE TABLE Volunteers (
  volunteer_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Gender TEXT,
  Occupation TEXT,
  Joined_Date TEXT
);""")
lines.append("""CREATE TABLE Ref_Skill_Types (
  skill_code TEXT PRIMARY KEY,
  skill_description TEXT NOT NULL
);""")
lines.append("""CREATE TABLE Volunteer_Skills (
  volunteer_id INTEGER NOT NULL,
  skill_code TEXT NOT NULL,
  Certification_Year INTEGER,
  PRIMARY KEY (volunteer_id, skill_code),
  FOREIGN KEY (volunteer_id) REFERENCES Volunteers(volunteer_id),
  FOREIGN KEY (skill_code) REFERENCES Ref_Skill_Types(skill_code)
);""")
# Foreign keys of Shifts are deliberately not declared.
lines.append("""CREATE TABLE Shifts (
  shift_id INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL,
  Department_ID INTEGER NOT NULL,
  Shift_Date TEXT,
  Hours REAL,
  other_details TEXT
);""")
lines.append("""CREATE TABLE Referrals (
  referral_id INTEGER PRIMARY KEY,
  referrer_id INTEGER NOT NULL,
  referred_id INTEGER NOT NULL,
  Referral_Date TEXT,
  FOREIGN KEY (referrer_id) REFERENCES Volunteers(volunteer_id),
  FOREIGN KEY (referred_id) REFERENCES Volunteers(volunteer_id)
);""")

# ---------------- Hospitals ----------------
hospitals = [
    ("St. Mary's Medical Center", "San Francisco", "California"),
    ("Mercy General Hospital", "Sacramento", "California"),
    ("Cedar Valley Regional Hospital", "Fresno", "California"),
    ("Lakeside Memorial Hospital", "Chicago", "Illinois"),
    ("Northwestern Community Hospital", "Evanston", "Illinois"),
    ("Riverside Health Center", "Austin", "Texas"),
    ("Baylor Park Hospital", "Dallas", "Texas"),
    ("Gulf Coast Medical Center", "Houston", "Texas"),
    ("Mount Hope Hospital", "Boston", "Massachusetts"),
    ("Harborview Children's Hospital", "Seattle", "Washington"),
    ("Evergreen General Hospital", "Spokane", "Washington"),
    ("Sunrise Regional Medical Center", "Orlando", "Florida"),
    ("Bayfront Health Hospital", "Tampa", "Florida"),
    ("Green Mountain Hospital", "Burlington", "Vermont"),
    ("Pinecrest Rehabilitation Hospital", "Denver", "Colorado"),
]
bed_pool = random.sample(range(80, 900), len(hospitals))
hosp_rows = []
for i, (name, city, state) in enumerate(hospitals, start=1):
    beds = bed_pool[i - 1]
    year = str(random.randint(1850, 1995))
    if i in (11, 14):
        year = None
    hosp_rows.append((i, name, city, state, beds, year))

# ---------------- Departments ----------------
dept_names = ["Emergency", "Pediatrics", "Oncology", "Cardiology", "Maternity",
              "Geriatrics", "Orthopedics", "Neurology", "Radiology", "Palliative Care"]
nurses = ["Linda Carter", "Patricia Nguyen", "Susan Whitaker", "Karen Lopez",
          "Nancy Brooks", "Deborah Kim", "Sandra Hughes", "Barbara Ortiz",
          "Angela Price", "Michelle Reyes", "Donna Fischer", "Carol Jensen",
          "Rebecca Stone", "Laura Bennett", "Sharon Patel", "Cynthia Moore",
          "Amy Gallagher", "Teresa Walsh", "Helen Park", "Diane Foster",
          "Julie Marsh", "Joyce Romero", "Gloria Tran", "Ruth Sullivan",
          "Kathleen Ward", "Janet Coleman"]
# hospitals 13, 14, 15 get no departments
dept_plan = {1: 4, 2: 3, 3: 2, 4: 4, 5: 2, 6: 3, 7: 2, 8: 3, 9: 3, 10: 2, 11: 1, 12: 1}
dept_rows = []
did = 1
nurse_iter = iter(nurses)
for h, n in dept_plan.items():
    names = random.sample(dept_names, n)
    for dn in names:
        floor = random.randint(1, 7)
        nurse = next(nurse_iter, None)
        if did in (6, 17, 24):
            nurse = None
        dept_rows.append((did, dn, h, floor, nurse))
        did += 1

# ---------------- Volunteers ----------------
people = [
    ("Emily Johnson", "F"), ("Michael Brown", "M"), ("Sarah Davis", "F"),
    ("James Wilson", "M"), ("Olivia Martinez", "F"), ("Daniel Anderson", "M"),
    ("Sophia Thomas", "F"), ("Matthew Taylor", "M"), ("Isabella Moore", "F"),
    ("David Jackson", "M"), ("Ava White", "F"), ("Christopher Harris", "M"),
    ("Mia Clark", "F"), ("Andrew Lewis", "M"), ("Grace Robinson", "F"),
    ("Joshua Walker", "M"), ("Chloe Young", "F"), ("Ryan Allen", "M"),
    ("Hannah King", "F"), ("Nathan Wright", "M"), ("Ella Scott", "F"),
    ("Samuel Green", "M"), ("Lily Baker", "F"), ("Benjamin Adams", "M"),
    ("Zoe Nelson", "F"), ("Ethan Hill", "M"), ("Victoria Campbell", "F"),
    ("Jacob Mitchell", "M"), ("Natalie Roberts", "F"), ("Tyler Carter", "M"),
    ("Aaliyah Phillips", "F"), ("Lucas Evans", "M"),
]
occupations = ["Accountant", "Software Engineer", "Nurse Assistant", "Librarian",
               "Pharmacist", "Graphic Designer", "Chef", "Paramedic", "Social Worker",
               "Police Officer", "Paramedic", "Accountant"]
ages = random.sample(range(17, 79), len(people))
vol_rows = []
for i, (name, g) in enumerate(people, start=1):
    age = ages[i - 1]
    if age < 23:
        occ = random.choice(["Student", "Student", "Barista"])
    elif age >= 62:
        occ = random.choice(["Retired Teacher", "Retired Engineer", "Retired Nurse", "Librarian"])
    else:
        occ = random.choice(occupations)
    if i in (7, 19, 28):
        occ = None
    y = random.randint(2015, 2023)
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    vol_rows.append((i, name, ages[i - 1], g, occ, "%04d-%02d-%02d" % (y, m, d)))

# ---------------- Ref_Skill_Types ----------------
skills = [
    ("FA", "First Aid"),
    ("CPR", "Cardiopulmonary Resuscitation"),
    ("TRN", "Translation"),
    ("PET", "Pet Therapy"),
    ("MUS", "Music Therapy"),
    ("SGN", "Sign Language"),
    ("WCH", "Wheelchair Transport"),
    ("CNS", "Grief Counseling"),
    ("RDG", "Reading to Patients"),
    ("ART", "Art Therapy"),
]

# ---------------- Volunteer_Skills ----------------
# RDG, CNS and ART are held by nobody; volunteers 28-32 hold no skills.
skill_weights = [("FA", 6), ("CPR", 5), ("TRN", 4), ("PET", 2), ("MUS", 2), ("SGN", 1), ("WCH", 3)]
pool = [c for c, w in skill_weights for _ in range(w)]
vs_rows = []
for v in range(1, 28):
    k = random.choice([1, 1, 1, 1, 2, 3])
    chosen = []
    while len(chosen) < k:
        c = random.choice(pool)
        if c not in chosen:
            chosen.append(c)
    for c in chosen:
        yr = random.randint(2010, 2024)
        if random.random() < 0.08:
            yr = None
        vs_rows.append((v, c, yr))
vs_rows.sort(key=lambda r: (r[0], r[1]))

# ---------------- Shifts ----------------
# volunteers 27..32 never work a shift; departments 30, 31, 32 get none
shift_rows = []
notes = [None, None, None, None, "Covered for absent volunteer", "Evening shift",
         "Training shift", None, "Holiday event"]
n_depts = len(dept_rows)
for sid in range(1, 41):
    v = random.randint(1, 26)
    dep = random.randint(1, n_depts - 3)
    y = 2024
    m = random.randint(1, 12)
    d = random.randint(1, 28)
    hours = random.choice([2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 8.0])
    shift_rows.append((sid, v, dep, "%04d-%02d-%02d" % (y, m, d), hours, random.choice(notes)))

# ---------------- Referrals ----------------
ref_rows = []
pairs = set()
rid = 1
while len(ref_rows) < 16:
    a = random.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 21, 3, 5, 10])
    b = random.randint(1, 32)
    if a == b or (a, b) in pairs or any(r[2] == b for r in ref_rows):
        continue
    jy, jm, jd = (int(x) for x in vol_rows[b - 1][5].split("-"))
    # the referral happens a few weeks before the referred volunteer joins
    jm -= random.randint(1, 2)
    if jm < 1:
        jm += 12
        jy -= 1
    rdate = "%04d-%02d-%02d" % (jy, jm, min(jd, 28))
    # the referrer must already be a volunteer at that date
    if vol_rows[a - 1][5] >= rdate:
        continue
    pairs.add((a, b))
    ref_rows.append((rid, a, b, rdate))
    rid += 1

insert("Hospitals", hosp_rows)
insert("Departments", dept_rows)
insert("Volunteers", vol_rows)
insert("Ref_Skill_Types", skills)
insert("Volunteer_Skills", vs_rows)
insert("Shifts", shift_rows)
insert("Referrals", ref_rows)

with open(out_path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
