#!/usr/bin/env python3
"""Deterministic generator for the language_school evaluation database."""
import random
import sys

random.seed(20240611)

out_path = sys.argv[1] if len(sys.argv) > 1 else "language_school.sql"


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]


def insert(table, rows):
    for r in rows:
        lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


# ---------------------------------------------------------------- schema
lines.append("""CREATE TABLE Ref_Language_Codes (
  lang_cd CHAR(2) PRIMARY KEY,
  lang_desc VARCHAR(40) NOT NULL,
  lang_family VARCHAR(30),
  offered_yn CHAR(1) DEFAULT 'N'
);""")
lines.append("""CREATE TABLE Teacher (
  TeacherID INTEGER PRIMARY KEY,
  t_fname VARCHAR(30),
  t_lname VARCHAR(30),
  gender CHAR(1),
  dob DATE,
  ph_no VARCHAR(20),
  hire_dt DATE,
  native_lang CHAR(2),
  salary INTEGER,
  mentor_id INTEGER,
  FOREIGN KEY (native_lang) REFERENCES Ref_Language_Codes(lang_cd),
  FOREIGN KEY (mentor_id) REFERENCES Teacher(TeacherID)
);""")
lines.append("""CREATE TABLE Classroom (
  RoomID INTEGER PRIMARY KEY,
  room_name VARCHAR(20),
  bldg_cd VARCHAR(4),
  flr INTEGER,
  capacity TEXT,
  projector_yn CHAR(1)
);""")
lines.append("""CREATE TABLE courses (
  crs_id INTEGER PRIMARY KEY,
  crs_title VARCHAR(60),
  lang_cd CHAR(2),
  lvl CHAR(2),
  tchr_id INTEGER,
  room_no INTEGER,
  term_cd VARCHAR(4),
  hrs_per_wk TEXT,
  fee REAL,
  FOREIGN KEY (tchr_id) REFERENCES Teacher(TeacherID)
);""")
lines.append("""CREATE TABLE Student (
  StuID INTEGER PRIMARY KEY,
  fname VARCHAR(30),
  lname VARCHAR(30),
  sex CHAR(1),
  dob DATE,
  email VARCHAR(60),
  home_city CHAR(3),
  first_lang CHAR(2),
  reg_dt DATE,
  scholarship_yn CHAR(1)
);""")
lines.append("""CREATE TABLE enrolments (
  StuID INTEGER NOT NULL,
  crs_id INTEGER NOT NULL,
  enrol_dt DATE,
  status CHAR(1),
  paid CHAR(1),
  PRIMARY KEY (StuID, crs_id),
  FOREIGN KEY (StuID) REFERENCES Student(StuID)
);""")
lines.append("""CREATE TABLE exam_sessions (
  exam_id INTEGER PRIMARY KEY,
  crs_id INTEGER,
  exam_dt DATE,
  exam_type CHAR(1),
  max_pts INTEGER,
  supervisor INTEGER,
  RoomID INTEGER,
  FOREIGN KEY (crs_id) REFERENCES courses(crs_id),
  FOREIGN KEY (RoomID) REFERENCES Classroom(RoomID)
);""")
lines.append("""CREATE TABLE exam_results (
  result_id INTEGER PRIMARY KEY,
  exam_id INTEGER,
  stu_no INTEGER,
  score INTEGER,
  pass_yn CHAR(1),
  FOREIGN KEY (exam_id) REFERENCES exam_sessions(exam_id),
  FOREIGN KEY (stu_no) REFERENCES Student(StuID)
);""")

# ---------------------------------------------------------------- languages
langs = [
    ("EN", "English", "Germanic", "Y"), ("FR", "French", "Romance", "Y"),
    ("ES", "Spanish", "Romance", "Y"), ("DE", "German", "Germanic", "Y"),
    ("IT", "Italian", "Romance", "Y"), ("PT", "Portuguese", "Romance", "Y"),
    ("NL", "Dutch", "Germanic", "Y"), ("SV", "Swedish", "Germanic", "N"),
    ("RU", "Russian", "Slavic", "Y"), ("PL", "Polish", "Slavic", "N"),
    ("CS", "Czech", "Slavic", "N"), ("EL", "Greek", "Hellenic", "N"),
    ("TR", "Turkish", "Turkic", "N"), ("AR", "Arabic", "Semitic", "Y"),
    ("HE", "Hebrew", "Semitic", "N"), ("JA", "Japanese", "Japonic", "Y"),
    ("ZH", "Chinese", "Sino-Tibetan", "Y"), ("KO", "Korean", "Koreanic", "Y"),
    ("HI", "Hindi", "Indo-Aryan", "N"), ("FI", "Finnish", None, "N"),
]
insert("Ref_Language_Codes", langs)
lang_name = {c: n for c, n, _, _ in langs}

# ---------------------------------------------------------------- courses plan
course_plan = ([("ES", 7), ("FR", 6), ("DE", 5), ("IT", 4), ("EN", 4), ("JA", 4),
                ("ZH", 3), ("PT", 2), ("RU", 2), ("AR", 1), ("KO", 1), ("NL", 1)])
kinds = [("Beginner", "A1"), ("Elementary", "A2"), ("Intermediate", "B1"),
         ("Upper Intermediate", "B2"), ("Advanced", "C1"), ("Business", "B2"),
         ("Conversational", "B1"), ("Proficiency", "C2"), ("Intensive", "A2")]
course_specs = []
for lc, n in course_plan:
    ks = random.sample(kinds, n)
    for k, lv in ks:
        course_specs.append((lc, k + " " + lang_name[lc], lv))
random.shuffle(course_specs)

# teacher assignment: teacher 1 -> 4 courses, 13 teachers -> 2, 10 teachers -> 1, 6 -> 0
N_T = 30
tids = list(range(101, 101 + N_T))
order = tids[:]
random.shuffle(order)
counts = {}
counts[order[0]] = 4
for t in order[1:14]:
    counts[t] = 2
for t in order[14:24]:
    counts[t] = 1
for t in order[24:]:
    counts[t] = 0
slots = []
for t in order:
    slots += [t] * counts[t]
random.shuffle(slots)

# ---------------------------------------------------------------- teachers
f_names = ["Maria", "Sophie", "Elena", "Yuki", "Chiara", "Ana", "Ingrid", "Lena", "Mei",
           "Olga", "Fatima", "Claire", "Lucia", "Hana", "Sara", "Isabel", "Nora", "Emma",
           "Julia", "Ayumi", "Laura", "Carmen", "Anja", "Rosa", "Grace", "Lily", "Zoe",
           "Alice", "Ruth", "Ines"]
m_names = ["Pierre", "Carlos", "Hans", "Marco", "Kenji", "Luis", "Ivan", "Omar", "Wei",
           "Thomas", "Jorge", "Paolo", "Felix", "David", "Pedro", "Stefan", "Hugo", "Daniel",
           "James", "Ali", "Minho", "Mateo", "Lukas", "Oscar", "Ben", "Sam", "Leo", "Noah",
           "Adam", "Ethan"]
l_names = ["Garcia", "Martin", "Muller", "Rossi", "Tanaka", "Silva", "Petrov", "Haddad",
           "Wang", "Smith", "Lopez", "Bernard", "Schmidt", "Ricci", "Sato", "Costa", "Ivanova",
           "Kim", "Li", "Brown", "Fernandez", "Dubois", "Weber", "Bianchi", "Suzuki", "Santos",
           "Novak", "Jones", "Moreau", "Fischer", "Romero", "Keller", "Conti", "Ito", "Park",
           "Taylor", "Wilson", "Lambert", "Hoffmann", "Greco", "Nakamura", "Pereira", "Clark",
           "Evans", "Girard", "Wagner", "Marino", "Kato", "Chen", "Walker"]

# native language: language of a teacher's first course
first_lang_of = {}
for spec, t in zip(course_specs, slots):
    first_lang_of.setdefault(t, spec[0])

salaries = random.sample(range(3100, 5600, 10), N_T)
teachers = []
for i, t in enumerate(tids):
    g = random.choice("FM")
    fn = random.choice(f_names if g == "F" else m_names)
    ln = random.choice(l_names)
    dob = "%d-%02d-%02d" % (random.randint(1962, 1995), random.randint(1, 12), random.randint(1, 28))
    ph = None if random.random() < 0.15 else "555-%04d" % random.randint(0, 9999)
    hire = "%d-%02d-%02d" % (random.randint(2008, 2023), random.randint(1, 12), random.randint(1, 28))
    nl = first_lang_of.get(t, random.choice(["EN", "FR", "ES", "DE", "PL", "EL", "TR", "HI"]))
    if i < 5:
        mentor = None
    elif i < 12:
        mentor = random.choice(tids[:4])
    else:
        mentor = random.choice(tids[:12])
    teachers.append([t, fn, ln, g, dob, ph, hire, nl, salaries[i], mentor])
# one teacher with no mentor later in the list
teachers[20][9] = None
insert("Teacher", teachers)

# ---------------------------------------------------------------- classrooms
caps = random.sample([8, 10, 12, 14, 15, 16, 18, 20, 22, 24, 25, 28, 30, 32, 35, 40], 16)
rooms = []
rid = 1
for bldg, floors in [("MAIN", 3), ("ANX", 2), ("WST", 1)]:
    for fl in range(1, floors + 1):
        for k in range(1, 5 if bldg != "WST" else 5):
            if rid > 22:
                break
            cap = caps[(rid - 1) % len(caps)] if rid <= 16 else random.choice([10, 12, 16, 20])
            if rid == 7:
                cap = 45
            rooms.append([rid, "%s-%d%02d" % (bldg[0], fl, k), bldg, fl, str(cap),
                          "Y" if random.random() < 0.55 else "N"])
            rid += 1
insert("Classroom", rooms)
room_ids = [r[0] for r in rooms]
used_rooms = random.sample(room_ids[:18], 14)

# ---------------------------------------------------------------- courses
courses = []
fees = random.sample(range(180, 720, 5), 40)
for i, ((lc, title, lv), t) in enumerate(zip(course_specs, slots)):
    cid = 1 + i
    courses.append([cid, title, lc, lv, t, random.choice(used_rooms),
                    random.choice(["SP24", "SU24", "FA24"]),
                    random.choice(["2", "3", "4", "4", "6", "7.5"]), float(fees[i])])
insert("courses", courses)
course_ids = [c[0] for c in courses]

# ---------------------------------------------------------------- students
cities = ["NYC", "NYC", "NYC", "BOS", "BOS", "CHI", "SFO", "MIA", "LAX"]
students = []
for s in range(150):
    sid = 1001 + s
    g = random.choice("FM")
    fn = random.choice(f_names if g == "F" else m_names)
    ln = random.choice(l_names)
    dob = "%d-%02d-%02d" % (random.randint(1970, 2006), random.randint(1, 12), random.randint(1, 28))
    email = None if random.random() < 0.12 else "%s.%s%d@mail.com" % (fn.lower(), ln.lower(), s)
    fl = random.choice(["EN", "EN", "EN", "ES", "ZH", "KO", "PL", "HI", "TR", "FR", "EL"])
    reg = "%d-%02d-%02d" % (random.randint(2021, 2024), random.randint(1, 12), random.randint(1, 28))
    sch = "Y" if random.random() < 0.2 else "N"
    students.append([sid, fn, ln, g, dob, email, random.choice(cities), fl, reg, sch])
insert("Student", students)
stu_ids = [s[0] for s in students]

# ---------------------------------------------------------------- enrolments
active_students = stu_ids[:]
random.shuffle(active_students)
active_students = active_students[:132]
pairs = set()
while len(pairs) < 280:
    s = random.choice(active_students)
    c = random.choice(course_ids)
    pairs.add((s, c))
enrol = []
for s, c in sorted(pairs):
    st = random.choices(["A", "C", "W"], [5, 4, 1])[0]
    d = "2024-%02d-%02d" % (random.randint(1, 9), random.randint(1, 28))
    paid = "Y" if random.random() < 0.8 else "N"
    enrol.append([s, c, d, st, paid])
insert("enrolments", enrol)
by_course = {}
for s, c, d, st, p in enrol:
    if st != "W":
        by_course.setdefault(c, []).append(s)

# ---------------------------------------------------------------- exams
exams = []
eid = 1
exam_courses = random.sample(course_ids, 30)
for c in sorted(exam_courses):
    for et in (["W", "O"] if random.random() < 0.6 else ["W"]):
        exams.append([eid, c, "2024-%02d-%02d" % (random.randint(3, 12), random.randint(1, 28)),
                      et, 100, random.choice(tids), random.choice(room_ids)])
        eid += 1
insert("exam_sessions", exams)

results = []
rid = 1
for e in exams:
    cands = by_course.get(e[1], [])
    k = min(len(cands), random.randint(3, 6))
    for s in sorted(random.sample(cands, k)):
        if len(results) >= 290:
            break
        sc = None if random.random() < 0.05 else random.randint(28, 100)
        results.append([rid, e[0], s, sc, "Y" if sc is not None and sc >= 50 else "N"])
        rid += 1
insert("exam_results", results)

lines.append("COMMIT;")
with open(out_path, "w") as f:
    f.write("\n".join(lines) + "\n")
