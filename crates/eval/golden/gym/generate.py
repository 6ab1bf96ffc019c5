# Writes the schema and all rows of the `gym` golden-set database (a chain of gyms) as SQL.
# Seeded with random.seed(4127), so every run produces the same bytes.
import datetime
import random
import sys

random.seed(4127)

out_path = sys.argv[1] if len(sys.argv) > 1 else "gym.sql"

SCHEMA = """CREATE TABLE gyms (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  opened_year INTEGER NOT NULL
);
CREATE TABLE trainers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  specialty TEXT NOT NULL,
  hourly_fee REAL NOT NULL,
  is_certified INTEGER NOT NULL
);
CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  join_date TEXT NOT NULL,
  plan TEXT NOT NULL,
  home_gym_id INTEGER NOT NULL REFERENCES gyms(id),
  phone TEXT
);
CREATE TABLE classes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  trainer_id INTEGER REFERENCES trainers(id),
  gym_id INTEGER NOT NULL REFERENCES gyms(id),
  weekday TEXT NOT NULL,
  start_time TEXT NOT NULL,
  capacity INTEGER NOT NULL
);
CREATE TABLE bookings (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  class_id INTEGER NOT NULL REFERENCES classes(id),
  booking_date TEXT NOT NULL,
  attended INTEGER NOT NULL
);
"""


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return "%.2f" % v
    return str(v)


def insert(lines, table, row):
    lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row)))


lines = []

# ---- gyms ----
gym_rows = [
    (1, "Pulse Fitness Downtown", "Denver", 2009),
    (2, "Pulse Fitness Highlands", "Denver", 2016),
    (3, "Pulse Fitness Pearl District", "Portland", 2012),
    (4, "Pulse Fitness South Congress", "Austin", 2014),
    (5, "Pulse Fitness Capitol Hill", "Seattle", 2018),
    (6, "Pulse Fitness Back Bay", "Boston", 2011),
    (7, "Pulse Fitness Wicker Park", "Chicago", 2020),
    (8, "Pulse Fitness Riverside", "Austin", 2022),
]

# ---- trainers ----
first_names = [
    "James", "Maria", "Liam", "Sofia", "Noah", "Emma", "Ethan", "Olivia", "Lucas", "Ava",
    "Mason", "Isabella", "Logan", "Mia", "Elijah", "Amelia", "Aiden", "Harper", "Caleb", "Evelyn",
    "Owen", "Abigail", "Wyatt", "Emily", "Carter", "Ella", "Julian", "Scarlett", "Levi", "Grace",
    "Isaac", "Chloe", "Gabriel", "Zoe", "Anthony", "Nora", "Dylan", "Lily", "Jaxon", "Hannah",
    "Samuel", "Layla", "David", "Aria", "Joseph", "Riley", "Daniel", "Nathan", "Priya", "Diego",
    "Kenji", "Fatima", "Omar", "Aisha", "Mateo", "Leah", "Ryan", "Naomi", "Hugo", "Ruby",
]
last_names = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
    "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez",
    "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
    "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "Chen", "Okafor",
]

used_names = set()


def unique_name():
    while True:
        n = random.choice(first_names) + " " + random.choice(last_names)
        if n not in used_names:
            used_names.add(n)
            return n


specialties = ["yoga", "cycling", "pilates", "strength", "boxing", "hiit", "dance"]
# each specialty gets at least two trainers, the rest are random
trainer_specs = specialties + specialties + [random.choice(specialties) for _ in range(8)]
random.shuffle(trainer_specs)
trainer_rows = []
for i, spec in enumerate(trainer_specs, start=1):
    fee = float(random.randrange(70, 191) * 0.5)  # 35.00 .. 95.00 in 0.50 steps
    certified = 1 if random.random() < 0.75 else 0
    trainer_rows.append((i, unique_name(), spec, fee, certified))

# ---- members ----
area_codes = {1: "303", 2: "720", 3: "503", 4: "512", 5: "206", 6: "617", 7: "312", 8: "737"}
member_rows = []
start_join = datetime.date(2019, 1, 1)
end_join = datetime.date(2024, 5, 31)
for i in range(1, 161):
    name = unique_name()
    plan = random.choices(["basic", "premium", "student"], weights=[50, 30, 20])[0]
    if plan == "student":
        by = random.randint(1998, 2005)
    else:
        by = random.randint(1958, 2003)
    bd = datetime.date(by, random.randint(1, 12), random.randint(1, 28))
    gym = random.choices([g[0] for g in gym_rows], weights=[16, 12, 14, 13, 11, 12, 9, 6])[0]
    # nobody joins a gym before it opened
    first_day = max(start_join, datetime.date(gym_rows[gym - 1][3], 3, 1))
    jd = first_day + datetime.timedelta(days=random.randint(0, (end_join - first_day).days))
    if random.random() < 0.15:
        phone = None
    else:
        phone = "(%s) 555-%04d" % (area_codes[gym], random.randint(100, 9999))
    member_rows.append((i, name, bd.isoformat(), jd.isoformat(), plan, gym, phone))

# ---- classes ----
class_for_spec = {
    "Yoga": "yoga",
    "Spin": "cycling",
    "Pilates": "pilates",
    "Strength Circuit": "strength",
    "Boxing": "boxing",
    "HIIT": "hiit",
    "Zumba": "dance",
}
class_names = list(class_for_spec)
weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
times = ["06:30", "07:00", "09:00", "12:00", "17:30", "18:00", "19:00", "20:00"]
class_rows = []
cid = 0
for g in gym_rows:
    n_classes = 6 if g[0] in (1, 3, 4) else 5
    names = random.sample(class_names, n_classes - 1) + [random.choice(["Yoga", "Spin"])]
    for cname in names:
        cid += 1
        candidates = [t[0] for t in trainer_rows if t[2] == class_for_spec[cname]]
        trainer = random.choice(candidates)
        if random.random() < 0.08:
            trainer = None  # instructor not yet assigned
        cap = random.choice([12, 15, 15, 20, 20, 20, 25, 30])
        if cname == "Spin":
            cap = random.choice([16, 20, 24])
        class_rows.append((cid, cname, trainer, g[0], random.choice(weekdays),
                           random.choice(times), cap))

# ---- bookings ----
period_start = datetime.date(2024, 1, 1)
period_end = datetime.date(2024, 6, 30)
classes_by_gym = {}
for c in class_rows:
    classes_by_gym.setdefault(c[3], []).append(c)

booking_rows = []
seen = set()
active_members = [m for m in member_rows if random.random() < 0.88]
while len(booking_rows) < 300:
    m = random.choice(active_members)
    if random.random() < 0.8:
        c = random.choice(classes_by_gym[m[5]])
    else:
        c = random.choice(class_rows)
    first = max(period_start, datetime.date.fromisoformat(m[3]))
    wd = weekdays.index(c[4])
    d = first + datetime.timedelta(days=(wd - first.weekday()) % 7)
    days = []
    while d <= period_end:
        days.append(d)
        d += datetime.timedelta(days=7)
    if not days:
        continue
    bd = random.choice(days)
    key = (m[0], c[0], bd)
    if key in seen:
        continue
    seen.add(key)
    attended = 1 if random.random() < 0.78 else 0
    booking_rows.append([m[0], c[0], bd.isoformat(), attended])

booking_rows.sort(key=lambda r: (r[2], r[1], r[0]))

for r in gym_rows:
    insert(lines, "gyms", r)
for r in trainer_rows:
    insert(lines, "trainers", r)
for r in member_rows:
    insert(lines, "members", r)
for r in class_rows:
    insert(lines, "classes", r)
for i, r in enumerate(booking_rows, start=1):
    insert(lines, "bookings", [i] + r)

with open(out_path, "w", encoding="utf-8", newline="\n") as f:
    f.write(SCHEMA)
    f.write("\n".join(lines))
    f.write("\n")
