#!/usr/bin/env python3
"""Deterministic generator for the swimming_pools evaluation database."""
import random
import sys

random.seed(20240611)

out_path = sys.argv[1] if len(sys.argv) > 1 else "swimming_pools.sql"
lines = []


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, rows):
    for r in rows:
        lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


lines.append("PRAGMA foreign_keys = OFF;")
lines.append("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- schema
lines.append("""CREATE TABLE Ref_Incident_Types (
  inc_type_code TEXT PRIMARY KEY,
  inc_type_desc TEXT NOT NULL,
  reportable_yn TEXT
);""")
lines.append("""CREATE TABLE Pool (
  PoolID INTEGER PRIMARY KEY,
  pool_nm TEXT NOT NULL,
  district_cd TEXT,
  type_cd TEXT,
  length_m INTEGER,
  capacity TEXT,
  indoor_yn TEXT,
  opened_yr INTEGER
);""")
lines.append("""CREATE TABLE lanes (
  lane_id INTEGER PRIMARY KEY,
  PoolID INTEGER NOT NULL,
  lane_no INTEGER,
  depth_m REAL,
  speed_cd TEXT,
  roped_yn TEXT,
  FOREIGN KEY (PoolID) REFERENCES Pool(PoolID)
);""")
lines.append("""CREATE TABLE Staff (
  staff_no INTEGER PRIMARY KEY,
  st_fname TEXT,
  st_lname TEXT,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  role_cd TEXT,
  base_pool INTEGER,
  supervisor_no INTEGER,
  hrly_rate REAL,
  FOREIGN KEY (supervisor_no) REFERENCES Staff(staff_no)
);""")
lines.append("""CREATE TABLE swim_classes (
  class_id INTEGER PRIMARY KEY,
  class_title TEXT,
  lvl TEXT,
  instr_no INTEGER,
  pool_ref INTEGER,
  day_of_wk TEXT,
  start_tm TEXT,
  max_size TEXT,
  fee REAL,
  FOREIGN KEY (instr_no) REFERENCES Staff(staff_no)
);""")
lines.append("""CREATE TABLE Member (
  mem_id INTEGER PRIMARY KEY,
  m_fname TEXT,
  m_lname TEXT,
  sex TEXT,
  dob TEXT,
  ph_no TEXT,
  home_pool INTEGER,
  join_dt TEXT,
  memb_status TEXT
);""")
lines.append("""CREATE TABLE class_enrolments (
  mem_id INTEGER NOT NULL,
  class_id INTEGER NOT NULL,
  enrol_dt TEXT,
  paid_yn TEXT,
  PRIMARY KEY (mem_id, class_id),
  FOREIGN KEY (mem_id) REFERENCES Member(mem_id),
  FOREIGN KEY (class_id) REFERENCES swim_classes(class_id)
);""")
lines.append("""CREATE TABLE water_tests (
  test_id INTEGER PRIMARY KEY,
  PoolID INTEGER,
  test_dt TEXT,
  ph_level REAL,
  chlorine_ppm REAL,
  temp_c REAL,
  pass_yn TEXT,
  tested_by INTEGER
);""")
lines.append("""CREATE TABLE incident_reports (
  inc_no INTEGER PRIMARY KEY,
  pool_id INTEGER,
  inc_dt TEXT,
  inc_type TEXT,
  severity TEXT,
  mem_involved INTEGER,
  reported_by INTEGER,
  ambulance_yn TEXT,
  FOREIGN KEY (inc_type) REFERENCES Ref_Incident_Types(inc_type_code),
  FOREIGN KEY (pool_id) REFERENCES Pool(PoolID)
);""")

# ---------------------------------------------------------------- ref codes
ref = [
    ("SLIP", "Slip or fall on pool deck", "N"),
    ("NEAR", "Near drowning", "Y"),
    ("CUT", "Cut or abrasion", "N"),
    ("HEAD", "Head injury", "Y"),
    ("CRMP", "Muscle cramp", "N"),
    ("CHEM", "Chemical exposure", "Y"),
    ("FNT", "Fainting", "Y"),
    ("ALLG", "Allergic reaction", "Y"),
    ("EYE", "Eye irritation", "N"),
    ("FGHT", "Altercation between patrons", "N"),
    ("THFT", "Theft from locker", "N"),
    ("LOST", "Lost child", "N"),
    ("FCL", "Faecal contamination", "Y"),
    ("VOM", "Vomit in pool", "N"),
    ("GLSS", "Broken glass", "N"),
    ("ELEC", "Electrical fault", "Y"),
    ("SPIN", "Suspected spinal injury", "Y"),
    ("SEIZ", "Seizure", "Y"),
    ("HEAT", "Heat exhaustion or sunburn", "N"),
    ("DIVE", "Unsafe diving", "N"),
    ("RULE", "Breach of pool rules", "N"),
]
ins("Ref_Incident_Types", ref)

# ---------------------------------------------------------------- pools
pool_names = [
    "Riverside Aquatic Centre", "Elm Park Pool", "Harbour Baths", "Kingsway Leisure Pool",
    "Oakfield Swim Centre", "Northgate Lido", "Victoria Baths", "Millbrook Pool",
    "Westend Aquatics", "Southbank Pool", "Greenhill Lido", "Castle Street Baths",
    "Meadowvale Pool", "Eastside Leisure Centre", "Beacon Hill Pool", "Queens Park Lido",
    "Ashford Swim Centre", "Lakeside Pool", "Station Road Baths", "Crown Aquatic Centre",
    "Willow Lane Pool", "Hillcrest Lido", "Marina Swim Centre", "St Georges Baths",
]
districts = ["NTH", "STH", "EST", "WST", "CTR"]
ptypes = ["OLY", "LEI", "DIV", "TRN", "KID"]
pools = []
used_caps = set()
for i, nm in enumerate(pool_names, start=1):
    d = districts[(i * 7) % 5] if i % 6 else random.choice(districts)
    t = random.choice(ptypes)
    length = 50 if t == "OLY" else random.choice([25, 25, 33, 25]) if t != "KID" else 20
    while True:
        cap = random.randrange(120, 600, 10)
        if cap not in used_caps:
            break
    used_caps.add(cap)
    if nm == "Crown Aquatic Centre":
        cap, t, length = 850, "OLY", 50
    indoor = "N" if "Lido" in nm else random.choice(["Y", "Y", "N"])
    yr = random.randint(1936, 2019)
    pools.append((i, nm, d, t, length, str(cap), indoor, yr))
ins("Pool", pools)
pool_ids = [p[0] for p in pools]

# ---------------------------------------------------------------- lanes
lanes = []
lid = 1
for p in pools:
    n = random.randint(4, 8) if p[3] != "OLY" else random.randint(8, 10)
    for k in range(1, n + 1):
        depth = round(random.uniform(0.9, 2.2), 1)
        if p[3] == "KID":
            depth = round(random.uniform(0.6, 1.1), 1)
        if p[3] == "DIV" and k == n:
            depth = round(random.uniform(3.0, 4.6), 1)
        spd = random.choice(["F", "M", "S"])
        lanes.append((lid, p[0], k, depth, spd, random.choice(["Y", "Y", "N"])))
        lid += 1
# one unmistakably deepest lane
for idx, ln in enumerate(lanes):
    if ln[1] == 13:
        lanes[idx] = ln[:3] + (5.2,) + ln[4:]
        break
ins("lanes", lanes)

# ---------------------------------------------------------------- staff
fnames_f = ["Alice", "Bethany", "Chloe", "Dana", "Ella", "Fiona", "Grace", "Hannah", "Isla", "Jasmine",
            "Katie", "Lucy", "Megan", "Nadia", "Olivia", "Priya", "Rachel", "Sophie", "Tara", "Zoe"]
fnames_m = ["Adam", "Ben", "Callum", "Daniel", "Ethan", "Finn", "George", "Harry", "Isaac", "Jack",
            "Kieran", "Liam", "Mohammed", "Nathan", "Owen", "Peter", "Ryan", "Sam", "Tom", "Yusuf"]
lnames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel",
          "Wright", "Walker", "Evans", "Thomas", "Roberts", "Green", "Hall", "Wood", "Clarke",
          "Hughes", "Edwards", "Khan", "Lewis", "Harris", "Martin", "Jackson", "Clark", "Turner",
          "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Baker", "Price", "Bell"]


def person(used):
    while True:
        g = random.choice(["F", "M"])
        f = random.choice(fnames_f if g == "F" else fnames_m)
        l = random.choice(lnames)
        if (f, l) not in used:
            used.add((f, l))
            return g, f, l


def phone():
    return "07%03d %06d" % (random.randint(0, 999), random.randint(0, 999999))


def date(y0, y1):
    return "%04d-%02d-%02d" % (random.randint(y0, y1), random.randint(1, 12), random.randint(1, 28))


used_names = set()
staff = []
# staff_no 1 = head of aquatics, 2..6 managers, 7..32 lifeguards, 33..52 instructors, 53..58 technicians
roles = [("MG", 1)] + [("MG", 5)] + [("LG", 26)] + [("IN", 20)] + [("TC", 6)]
sno = 1
managers = []
for role, cnt in roles:
    for _ in range(cnt):
        g, f, l = person(used_names)
        if sno == 1:
            sup = None
        elif role == "MG":
            sup = 1
        elif role == "TC":
            sup = 1 if sno % 3 else None
        else:
            sup = managers[(sno * 5) % len(managers)] if sno % 13 else None
        rate = {"MG": 24.0, "LG": 13.5, "IN": 17.0, "TC": 19.0}[role] + random.randint(0, 8) * 0.25
        staff.append([sno, f, l, g, date(1965, 2003), phone() if random.random() > 0.08 else None,
                      role, random.choice(pool_ids), sup, rate])
        if role == "MG":
            managers.append(sno)
        sno += 1
ins("Staff", staff)
lifeguards = [s[0] for s in staff if s[6] == "LG"]
instructors = [s[0] for s in staff if s[6] == "IN"]
techs = [s[0] for s in staff if s[6] == "TC"]

# ---------------------------------------------------------------- classes
titles = ["Adult Beginners", "Stroke Improvement", "Junior Squad", "Parent and Baby",
          "Lifesaving Bronze", "Masters Training", "Water Polo Intro", "Learn to Swim Stage 1",
          "Learn to Swim Stage 2", "Learn to Swim Stage 3", "Triathlon Swim", "Open Water Prep",
          "Synchronised Swimming", "Diving Basics", "Springboard Diving", "Teen Fitness Swim",
          "Butterfly Clinic", "Backstroke Clinic", "Senior Gentle Swim", "Competitive Squad"]
lvl_of = {"Adult Beginners": "B", "Stroke Improvement": "I", "Junior Squad": "A", "Parent and Baby": "B",
          "Lifesaving Bronze": "I", "Masters Training": "A", "Water Polo Intro": "I",
          "Learn to Swim Stage 1": "B", "Learn to Swim Stage 2": "B", "Learn to Swim Stage 3": "I",
          "Triathlon Swim": "A", "Open Water Prep": "A", "Synchronised Swimming": "I",
          "Diving Basics": "B", "Springboard Diving": "A", "Teen Fitness Swim": "I",
          "Butterfly Clinic": "A", "Backstroke Clinic": "I", "Senior Gentle Swim": "B",
          "Competitive Squad": "A", "Aqua Fit": "B"}
days = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
classes = []
teaching = instructors[:16]  # last 4 instructors teach nothing
fees_used = set()
for cid in range(1, 41):
    if cid == 17:
        title = "Aqua Fit"
    else:
        title = titles[(cid - 1) % len(titles)]
    lv = lvl_of[title]
    ins_no = teaching[(cid * 3) % len(teaching)] if cid % 9 else teaching[0]
    while True:
        fee = round(random.choice([35, 40, 45, 48, 50, 55, 60, 65, 72, 80, 90]) + random.choice([0, 0.5, 0.99]), 2)
        if cid > 3 and fee > 85:
            continue
        break
    if cid == 5:
        fee = 120.0
    if cid == 11:
        fee = 110.0
    if cid == 29:
        fee = 99.5
    classes.append((cid, title, lv, ins_no, random.choice(pool_ids), random.choice(days),
                    random.choice(["07:00", "09:30", "11:00", "16:00", "17:30", "18:30", "19:15"]),
                    str(random.choice([6, 8, 10, 12, 14, 16, 20])), fee))
ins("swim_classes", classes)

# ---------------------------------------------------------------- members
members = []
for mid in range(1, 201):
    g, f, l = person(used_names)
    st = random.choices(["A", "L", "S"], weights=[75, 20, 5])[0]
    ph = phone() if random.random() > 0.1 else None
    members.append((mid, f, l, g, date(1950, 2016), ph, random.choice(pool_ids), date(2012, 2024), st))
ins("Member", members)

# ---------------------------------------------------------------- enrolments
weights = []
for c in classes:
    w = 1.0
    if c[0] in (3, 8, 17, 22):
        w = 4.0
    if c[0] == 3:
        w = 5.5
    if c[0] in (19, 38):
        w = 0.0  # no one enrolled
    weights.append(w)
pairs = set()
enrol = []
while len(enrol) < 300:
    m = random.randint(1, 200)
    if m % 7 == 0 and m > 150:
        continue  # some members never enrol
    c = random.choices([c[0] for c in classes], weights=weights)[0]
    if (m, c) in pairs:
        continue
    pairs.add((m, c))
    enrol.append((m, c, date(2023, 2024), "Y" if random.random() > 0.15 else "N"))
enrol.sort()
ins("class_enrolments", enrol)

# ---------------------------------------------------------------- water tests
tests = []
for tid in range(1, 241):
    pid = random.choice(pool_ids)
    ph = round(random.uniform(6.8, 8.0), 1)
    cl = round(random.uniform(0.5, 4.0), 1) if random.random() > 0.06 else None
    temp = round(random.uniform(25.0, 31.0), 1)
    ok = "Y" if (7.2 <= ph <= 7.8 and (cl is None or 1.0 <= cl <= 3.0)) else "N"
    tests.append((tid, pid, date(2023, 2024), ph, cl, temp, ok,
                  random.choice(techs + lifeguards[:6])))
ins("water_tests", tests)

# ---------------------------------------------------------------- incidents
codes = [r[0] for r in ref]
code_w = [6 if c == "SLIP" else 3 if c in ("CUT", "EYE", "RULE") else 1 for c in codes]
quiet_pools = {4, 9, 15, 21}
incs = []
for n in range(1, 121):
    pid = random.choice([p for p in pool_ids if p not in quiet_pools])
    code = random.choices(codes, weights=code_w)[0]
    sev = "H" if code in ("NEAR", "SPIN", "SEIZ", "HEAD") else random.choice(["L", "L", "M"])
    mem = random.randint(1, 200) if random.random() > 0.3 else None
    rep = random.choice(lifeguards + managers[1:])
    amb = "Y" if sev == "H" and random.random() > 0.3 else "N"
    incs.append((n, pid, date(2022, 2024), code, sev, mem, rep, amb))
ins("incident_reports", incs)

lines.append("COMMIT;")
with open(out_path, "w") as fh:
    fh.write("\n".join(lines) + "\n")
