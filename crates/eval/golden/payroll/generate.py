# Writes the `payroll` HR/payroll database (schema plus all rows) as SQL to the given path (default payroll.sql).
# Seeded with random.seed(20240701): every run produces the same bytes.
import calendar
import datetime as dt
import random
import sys

random.seed(20240701)

out_path = sys.argv[1] if len(sys.argv) > 1 else "payroll.sql"

SCHEMA = """CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  location TEXT NOT NULL,
  annual_budget REAL NOT NULL
);

CREATE TABLE job_titles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  pay_grade TEXT NOT NULL,
  min_salary REAL NOT NULL,
  max_salary REAL NOT NULL
);

CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  job_title_id INTEGER NOT NULL REFERENCES job_titles(id),
  manager_id INTEGER REFERENCES employees(id),
  hire_date TEXT NOT NULL,
  employment_type TEXT NOT NULL,
  salary REAL NOT NULL,
  is_remote INTEGER NOT NULL
);

CREATE TABLE payslips (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  pay_period TEXT NOT NULL,
  pay_date TEXT NOT NULL,
  base_pay REAL NOT NULL,
  bonus REAL,
  gross_pay REAL NOT NULL,
  tax REAL NOT NULL,
  net_pay REAL NOT NULL
);

CREATE TABLE leave_requests (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  leave_type TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  days INTEGER NOT NULL,
  is_approved INTEGER NOT NULL,
  reason TEXT
);
"""

# (name, location, annual_budget)
DEPARTMENTS = [
    ("Executive", "New York", 1200000.0),
    ("Engineering", "Austin", 3400000.0),
    ("Sales", "Chicago", 1650000.0),
    ("Marketing", "New York", 950000.0),
    ("Finance", "New York", 720000.0),
    ("Human Resources", "Chicago", 480000.0),
    ("Customer Support", "Denver", 820000.0),
    ("Operations", "Austin", 610000.0),
    ("Legal", "New York", 350000.0),
]

# (title, pay_grade, min_salary, max_salary)
JOB_TITLES = [
    ("Chief Executive Officer", "E1", 200000.0, 260000.0),
    ("Executive Assistant", "G3", 52000.0, 68000.0),
    ("Engineering Manager", "M2", 150000.0, 185000.0),
    ("Senior Software Engineer", "G6", 125000.0, 155000.0),
    ("Software Engineer", "G5", 88000.0, 120000.0),
    ("Sales Manager", "M1", 110000.0, 135000.0),
    ("Account Executive", "G4", 62000.0, 85000.0),
    ("Marketing Manager", "M1", 105000.0, 128000.0),
    ("Marketing Specialist", "G3", 56000.0, 72000.0),
    ("Finance Manager", "M1", 115000.0, 140000.0),
    ("Accountant", "G4", 64000.0, 82000.0),
    ("HR Manager", "M1", 98000.0, 118000.0),
    ("HR Generalist", "G3", 55000.0, 68000.0),
    ("Support Team Lead", "G4", 62000.0, 74000.0),
    ("Support Agent", "G2", 41000.0, 52000.0),
    ("Operations Manager", "M1", 100000.0, 122000.0),
    ("Operations Analyst", "G4", 63000.0, 79000.0),
    ("Legal Counsel", "G6", 130000.0, 165000.0),
    ("Paralegal", "G3", 54000.0, 70000.0),
]
TITLE_ID = {t[0]: i + 1 for i, t in enumerate(JOB_TITLES)}
DEPT_ID = {d[0]: i + 1 for i, d in enumerate(DEPARTMENTS)}

# department -> (head title, [(title, count), ...])
STAFFING = [
    ("Engineering", "Engineering Manager", [("Senior Software Engineer", 4), ("Software Engineer", 8)]),
    ("Sales", "Sales Manager", [("Account Executive", 7)]),
    ("Marketing", "Marketing Manager", [("Marketing Specialist", 4)]),
    ("Finance", "Finance Manager", [("Accountant", 3)]),
    ("Human Resources", "HR Manager", [("HR Generalist", 2)]),
    ("Customer Support", "Support Team Lead", [("Support Agent", 8)]),
    ("Operations", "Operations Manager", [("Operations Analyst", 3)]),
    ("Legal", "Legal Counsel", [("Paralegal", 1)]),
]

FIRST_NAMES = [
    "James", "Maria", "Robert", "Linda", "Michael", "Sarah", "David", "Emily", "Daniel", "Jessica",
    "Kevin", "Laura", "Brian", "Megan", "Jason", "Rachel", "Eric", "Nicole", "Ryan", "Olivia",
    "Andrew", "Priya", "Carlos", "Sofia", "Thomas", "Hannah", "Marcus", "Aisha", "Nathan", "Grace",
    "Samuel", "Chloe", "Victor", "Elena", "Omar", "Julia", "Patrick", "Mei", "Lucas", "Fatima",
    "Gregory", "Anna", "Derek", "Vanessa", "Raj", "Tanya", "Ethan", "Claire", "Isabel", "Jonathan",
]
LAST_NAMES = [
    "Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Walker", "Hall", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Patel",
    "Kim", "Chen", "Lopez", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell",
    "Perez", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Reyes", "Foster",
]


def round_to(x, step):
    return float(int(round(x / step)) * step)


def rand_date(start, end):
    span = (end - start).days
    return start + dt.timedelta(days=random.randint(0, span))


def weekday_on_or_after(d):
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def add_workdays(start, n):
    """Return the date of the n-th working day counting start as day 1."""
    d = start
    count = 1
    while count < n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            count += 1
    return d


# ---------------------------------------------------------------- employees
first_pool = FIRST_NAMES[:]
last_pool = LAST_NAMES[:]
random.shuffle(first_pool)
random.shuffle(last_pool)
name_iter = iter(zip(first_pool, last_pool))

employees = []  # dicts


def new_employee(dept, title, manager_id, hire_date, employment_type="full-time", salary=None, is_remote=None):
    first, last = next(name_iter)
    lo, hi = JOB_TITLES[TITLE_ID[title] - 1][2:4]
    if salary is None:
        salary = round_to(random.uniform(lo, hi), 500)
        if employment_type == "part-time":
            salary = round_to(salary * 0.6, 500)
    if is_remote is None:
        is_remote = 1 if random.random() < 0.3 else 0
    emp = {
        "id": len(employees) + 1,
        "first_name": first,
        "last_name": last,
        "email": f"{first.lower()}.{last.lower()}@brightlane.com",
        "department_id": DEPT_ID[dept],
        "job_title_id": TITLE_ID[title],
        "manager_id": manager_id,
        "hire_date": hire_date.isoformat(),
        "employment_type": employment_type,
        "salary": salary,
        "is_remote": is_remote,
    }
    employees.append(emp)
    return emp


ceo = new_employee("Executive", "Chief Executive Officer", None, dt.date(2014, 5, 12),
                   salary=245000.0, is_remote=0)
new_employee("Executive", "Executive Assistant", ceo["id"], dt.date(2017, 9, 18), is_remote=0)

# employment type overrides: (department, index within department staff) -> type
CONTRACTORS = {("Engineering", 9), ("Engineering", 11), ("Marketing", 3), ("Operations", 2)}
PART_TIMERS = {("Customer Support", 6), ("Customer Support", 7), ("Finance", 2), ("Human Resources", 1)}
# staff hired in 2024 (department, index) -> hire date
HIRED_2024 = {
    ("Engineering", 10): dt.date(2024, 2, 12),
    ("Sales", 6): dt.date(2024, 1, 8),
    ("Customer Support", 7): dt.date(2024, 3, 18),
    ("Marketing", 3): dt.date(2024, 4, 22),
    ("Engineering", 11): dt.date(2024, 5, 6),
}
# staff with no manager recorded
NO_MANAGER = {("Marketing", 3)}

for dept, head_title, staff in STAFFING:
    head = new_employee(dept, head_title, ceo["id"],
                        weekday_on_or_after(rand_date(dt.date(2015, 1, 1), dt.date(2018, 12, 31))))
    idx = 0
    for title, count in staff:
        for _ in range(count):
            key = (dept, idx)
            etype = "contractor" if key in CONTRACTORS else "part-time" if key in PART_TIMERS else "full-time"
            hire = HIRED_2024.get(key) or weekday_on_or_after(
                rand_date(dt.date(2016, 3, 1), dt.date(2023, 11, 30)))
            mgr = None if key in NO_MANAGER else head["id"]
            new_employee(dept, title, mgr, hire, employment_type=etype)
            idx += 1

# ---------------------------------------------------------------- payslips
TAX_RATES = [(60000, 0.22), (100000, 0.27), (150000, 0.31), (10 ** 9, 0.35)]


def tax_rate(salary):
    for limit, rate in TAX_RATES:
        if salary < limit:
            return rate
    return TAX_RATES[-1][1]


payslips = []
march_bonus = {e["id"] for e in employees if random.random() < 0.4}
for month in range(1, 7):
    days_in_month = calendar.monthrange(2024, month)[1]
    month_start = dt.date(2024, month, 1)
    month_end = dt.date(2024, month, days_in_month)
    pay_date = dt.date(2024, month, 25)
    while pay_date.weekday() >= 5:
        pay_date -= dt.timedelta(days=1)
    for e in employees:
        if e["employment_type"] == "contractor":
            continue  # contractors invoice separately and get no payslip
        hire = dt.date.fromisoformat(e["hire_date"])
        if hire > month_end:
            continue
        fraction = 1.0
        if hire > month_start:
            fraction = (days_in_month - hire.day + 1) / days_in_month
        base = round(e["salary"] / 12 * fraction, 2)
        bonus = None
        title = JOB_TITLES[e["job_title_id"] - 1][0]
        if title == "Account Executive" and month in (3, 6):
            bonus = round_to(random.uniform(800, 4800), 50)
        if month == 3 and e["id"] in march_bonus and hire.year < 2024:
            bonus = (bonus or 0.0) + round_to(e["salary"] * random.uniform(0.03, 0.08), 100)
        gross = round(base + (bonus or 0.0), 2)
        tax = round(gross * tax_rate(e["salary"]), 2)
        net = round(gross - tax, 2)
        payslips.append({
            "id": len(payslips) + 1,
            "employee_id": e["id"],
            "pay_period": f"2024-{month:02d}",
            "pay_date": pay_date.isoformat(),
            "base_pay": base,
            "bonus": bonus,
            "gross_pay": gross,
            "tax": tax,
            "net_pay": net,
        })

# ---------------------------------------------------------------- leave requests
REASONS = {
    "vacation": ["Family trip", "Summer holiday", "Wedding anniversary", "Visiting relatives", "Beach vacation"],
    "sick": ["Flu", "Medical appointment", "Back injury", "Migraine", "Dental surgery"],
    "personal": ["Moving house", "Car repair", "Jury duty", "Child's school event"],
    "parental": ["Birth of child", "Adoption"],
}
DAYS_RANGE = {"vacation": (2, 10), "sick": (1, 4), "personal": (1, 2), "parental": (20, 40)}

leave_requests = []
candidates = [e for e in employees if e["employment_type"] != "contractor"]
no_leave = set(e["id"] for e in random.sample(candidates, 7))
raw = []
for e in candidates:
    if e["id"] in no_leave:
        continue
    hire = dt.date.fromisoformat(e["hire_date"])
    first_day = max(hire + dt.timedelta(days=30), dt.date(2023, 1, 2))
    last_day = dt.date(2024, 9, 30)
    if first_day > last_day:
        continue
    n = random.choice([1, 1, 2, 2, 2, 3, 3, 4])
    types = []
    for _ in range(n):
        r = random.random()
        types.append("vacation" if r < 0.55 else "sick" if r < 0.85 else "personal")
    if random.random() < 0.06:
        types[0] = "parental"
    taken = []  # (start, end) of this employee's requests, kept apart by at least a week
    for lt in types:
        days = random.randint(*DAYS_RANGE[lt])
        while True:
            start = weekday_on_or_after(rand_date(first_day, last_day))
            end = add_workdays(start, days)
            if all(end + dt.timedelta(days=7) < s or e + dt.timedelta(days=7) < start for s, e in taken):
                break
        taken.append((start, end))
        approved = 1 if random.random() < 0.85 else 0
        if lt == "sick":
            approved = 1 if random.random() < 0.95 else 0
        if lt == "parental":
            approved = 1
        reason = random.choice(REASONS[lt]) if random.random() < 0.6 else None
        raw.append((start, e["id"], lt, end, days, approved, reason))
raw.sort()
for start, emp_id, lt, end, days, approved, reason in raw:
    leave_requests.append({
        "id": len(leave_requests) + 1,
        "employee_id": emp_id,
        "leave_type": lt,
        "start_date": start.isoformat(),
        "end_date": end.isoformat(),
        "days": days,
        "is_approved": approved,
        "reason": reason,
    })


# ---------------------------------------------------------------- output
def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def insert(table, cols, row):
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(sql_value(row[c]) for c in cols)});"


lines = ["PRAGMA foreign_keys = ON;", "BEGIN TRANSACTION;", "", SCHEMA]
lines += [insert("departments", ["id", "name", "location", "annual_budget"],
                 {"id": i + 1, "name": d[0], "location": d[1], "annual_budget": d[2]})
          for i, d in enumerate(DEPARTMENTS)]
lines.append("")
lines += [insert("job_titles", ["id", "title", "pay_grade", "min_salary", "max_salary"],
                 {"id": i + 1, "title": t[0], "pay_grade": t[1], "min_salary": t[2], "max_salary": t[3]})
          for i, t in enumerate(JOB_TITLES)]
lines.append("")
emp_cols = ["id", "first_name", "last_name", "email", "department_id", "job_title_id", "manager_id",
            "hire_date", "employment_type", "salary", "is_remote"]
lines += [insert("employees", emp_cols, e) for e in employees]
lines.append("")
pay_cols = ["id", "employee_id", "pay_period", "pay_date", "base_pay", "bonus", "gross_pay", "tax", "net_pay"]
lines += [insert("payslips", pay_cols, p) for p in payslips]
lines.append("")
leave_cols = ["id", "employee_id", "leave_type", "start_date", "end_date", "days", "is_approved", "reason"]
lines += [insert("leave_requests", leave_cols, r) for r in leave_requests]
lines += ["", "COMMIT;", ""]

with open(out_path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines))
