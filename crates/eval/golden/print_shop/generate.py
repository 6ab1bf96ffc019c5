#!/usr/bin/env python3
"""Deterministic generator for the print_shop evaluation database."""
import random
import sys

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


def date(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def rand_date(y0, y1):
    return date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def add_days(ds, n):
    import datetime
    d = datetime.date.fromisoformat(ds) + datetime.timedelta(days=n)
    return d.isoformat()


SCHEMA = """
CREATE TABLE Ref_Product_Types (
    prod_type_cd TEXT PRIMARY KEY,
    prod_type_desc TEXT NOT NULL,
    min_qty INTEGER
);
CREATE TABLE Branch (
    BranchID INTEGER PRIMARY KEY,
    branch_nm TEXT NOT NULL,
    city_cd TEXT,
    street_addr TEXT,
    ph_no TEXT,
    opened_yr INTEGER,
    is_flagship TEXT
);
CREATE TABLE Operator (
    OpID INTEGER PRIMARY KEY,
    op_fname TEXT,
    op_lname TEXT,
    sex TEXT,
    dob TEXT,
    hire_dt TEXT,
    home_branch INTEGER,
    supervisor_id INTEGER,
    hourly_rate REAL,
    certified_yn TEXT,
    FOREIGN KEY (home_branch) REFERENCES Branch(BranchID),
    FOREIGN KEY (supervisor_id) REFERENCES Operator(OpID)
);
CREATE TABLE print_machines (
    MachNo INTEGER PRIMARY KEY,
    model_nm TEXT,
    mfr TEXT,
    located_at INTEGER,
    speed_ppm INTEGER,
    tray_capacity TEXT,
    colour_yn TEXT,
    install_yr INTEGER,
    last_svc_dt TEXT
);
CREATE TABLE paper_stocks (
    StockID INTEGER PRIMARY KEY,
    stock_desc TEXT,
    gsm TEXT,
    finish_cd TEXT,
    sheet_size TEXT,
    unit_cost REAL,
    on_hand INTEGER,
    recycled_yn TEXT
);
CREATE TABLE customers (
    cust_id INTEGER PRIMARY KEY,
    cust_nm TEXT NOT NULL,
    cust_type TEXT,
    city_cd TEXT,
    ph_no TEXT,
    email TEXT,
    acct_opened TEXT,
    credit_lmt REAL
);
CREATE TABLE print_jobs (
    JobID INTEGER PRIMARY KEY,
    cust_id INTEGER,
    prod_type TEXT,
    branch_no INTEGER,
    op_assigned INTEGER,
    status TEXT,
    order_dt TEXT,
    due_dt TEXT,
    rush_yn TEXT,
    delivery_mthd TEXT,
    notes TEXT,
    FOREIGN KEY (cust_id) REFERENCES customers(cust_id),
    FOREIGN KEY (prod_type) REFERENCES Ref_Product_Types(prod_type_cd),
    FOREIGN KEY (op_assigned) REFERENCES Operator(OpID)
);
CREATE TABLE job_items (
    JobID INTEGER,
    StockID INTEGER,
    machine_used INTEGER,
    qty_sheets INTEGER,
    sides INTEGER,
    colour_mode TEXT,
    PRIMARY KEY (JobID, StockID),
    FOREIGN KEY (JobID) REFERENCES print_jobs(JobID),
    FOREIGN KEY (StockID) REFERENCES paper_stocks(StockID)
);
CREATE TABLE Invoice (
    inv_no INTEGER PRIMARY KEY,
    job_ref INTEGER,
    inv_dt TEXT,
    amt_due REAL,
    paid_yn TEXT,
    pay_mthd TEXT,
    FOREIGN KEY (job_ref) REFERENCES print_jobs(JobID)
);
"""

PRODUCT_TYPES = [
    ("BC", "Business cards", 250), ("FLY", "Flyers", 100), ("BRO", "Brochures", 100),
    ("PST", "Posters", 10), ("BAN", "Banners", 1), ("BK", "Books", 20),
    ("CAL", "Calendars", 25), ("ENV", "Envelopes", 250), ("LH", "Letterheads", 250),
    ("MNU", "Menus", 25), ("INV", "Invitations", 50), ("STK", "Stickers", 100),
    ("LBL", "Labels", 500), ("PC", "Postcards", 100), ("CAT", "Catalogues", 50),
    ("NWS", "Newsletters", 100), ("TKT", "Tickets", 100), ("FOL", "Presentation folders", 50),
    ("CRT", "Certificates", 10), ("PRG", "Event programs", 50), ("NPD", "Notepads", 20),
    ("MAG", "Magazines", 50),
]

CITIES = ["NYC", "CHI", "BOS", "SFO", "LAX", "SEA", "ATL", "DAL"]
BRANCH_CITY = ["NYC", "NYC", "NYC", "NYC", "CHI", "CHI", "CHI", "BOS", "BOS", "SFO",
               "SFO", "SFO", "LAX", "LAX", "SEA", "SEA", "ATL", "ATL", "DAL", "NYC"]
BRANCH_NAMES = ["Midtown", "SoHo", "Brooklyn Heights", "Harlem", "The Loop", "Wicker Park",
                "Lincoln Park", "Back Bay", "Cambridge", "Mission", "SoMa", "Sunset",
                "Downtown LA", "Santa Monica", "Capitol Hill", "Ballard", "Midtown Atlanta",
                "Decatur", "Deep Ellum", "Queens"]
STREETS = ["Main St", "Broadway", "Market St", "Elm St", "Oak Ave", "Pine St", "2nd Ave",
           "Lake St", "Park Ave", "Harbor Blvd", "Mill Rd", "Union St"]
AREA = {"NYC": "212", "CHI": "312", "BOS": "617", "SFO": "415", "LAX": "213",
        "SEA": "206", "ATL": "404", "DAL": "214"}

FNAMES_F = ["Maria", "Linda", "Susan", "Karen", "Nancy", "Lisa", "Betty", "Sandra", "Ashley",
            "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah",
            "Rachel", "Grace", "Hannah", "Olivia", "Sofia", "Chloe", "Nina", "Priya"]
FNAMES_M = ["James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph",
            "Thomas", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul",
            "Andrew", "Kevin", "Brian", "George", "Omar", "Luis", "Raj", "Victor", "Ethan"]
LNAMES = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
          "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
          "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
          "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
          "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
          "Patel", "Kim", "Chen", "Okafor", "Novak"]

MACHINES = [("imagePRESS C910", "Canon", 90, True), ("imagePRESS V700", "Canon", 70, True),
            ("varioPRINT 140", "Canon", 140, False), ("Versant 180", "Xerox", 80, True),
            ("PrimeLink C9070", "Xerox", 70, True), ("Nuvera 144", "Xerox", 144, False),
            ("AccurioPress C4080", "Konica Minolta", 80, True),
            ("bizhub PRO 1100", "Konica Minolta", 100, False),
            ("Indigo 7K", "HP", 120, True), ("Latex 335", "HP", 10, True),
            ("Pro C7200", "Ricoh", 95, True), ("Pro 8300S", "Ricoh", 135, False),
            ("SureColor P9000", "Epson", 5, True), ("Revoria Press PC1120", "Fujifilm", 120, True)]

STOCKS = [
    ("Copy bond", "80", "UC", "LTR", 0.012, "Y"), ("Copy bond", "80", "UC", "A4", 0.013, "Y"),
    ("Premium bond", "100", "UC", "LTR", 0.021, "N"), ("Laser text", "120", "UC", "A4", 0.030, "N"),
    ("Gloss text", "130", "GL", "SRA3", 0.055, "N"), ("Gloss text", "150", "GL", "A3", 0.062, "N"),
    ("Gloss cover", "250", "GL", "SRA3", 0.110, "N"), ("Gloss cover", "300", "GL", "A3", 0.135, "N"),
    ("Silk text", "130", "SL", "SRA3", 0.058, "N"), ("Silk text", "170", "SL", "A4", 0.066, "Y"),
    ("Silk cover", "250", "SL", "SRA3", 0.118, "N"), ("Silk cover", "350", "SL", "SRA3", 0.160, "N"),
    ("Matte text", "115", "MT", "A4", 0.044, "Y"), ("Matte text", "150", "MT", "SRA3", 0.057, "N"),
    ("Matte cover", "270", "MT", "SRA3", 0.124, "N"), ("Matte cover", "400", "MT", "A3", 0.190, "N"),
    ("Recycled cover", "240", "UC", "LTR", 0.095, "Y"), ("Linen card", "280", "UC", "A4", 0.210, "N"),
    ("Kraft card", "300", "UC", "A4", 0.150, "Y"), ("Pearlescent card", "290", "SL", "A4", 0.340, "N"),
    ("Sticker vinyl", "90", "GL", "SRA3", 0.420, "N"), ("Label paper", "80", "MT", "LTR", 0.180, "N"),
    ("Poster satin", "200", "SL", "TAB", 0.890, "N"), ("Banner vinyl", "510", "MT", "TAB", 2.750, "N"),
    ("Envelope wove", "90", "UC", "LTR", 0.048, "Y"), ("NCR carbonless", "60", "UC", "LTR", 0.070, "N"),
    ("Newsprint", "45", "UC", "TAB", 0.019, "Y"), ("Magazine gloss", "90", "GL", "A4", 0.038, "N"),
    ("Translucent vellum", "112", "UC", "A4", 0.270, "N"), ("Metallic card", "300", "GL", "A4", 0.380, "N"),
]

COMPANY_A = ["Acme", "Blue Harbor", "Summit", "Redwood", "Lakeside", "Granite", "Silver Oak",
             "Northwind", "Maple", "Sunrise", "Pioneer", "Evergreen", "Urban", "Golden Gate",
             "Riverbend", "Crescent", "Ironwood", "Bayview", "Hilltop", "Brightside"]
COMPANY_B = ["Bakery", "Realty", "Dental", "Law Group", "Brewing Co", "Fitness", "Cafe",
             "Events", "Architects", "Florist", "Consulting", "Auto Repair", "Records",
             "Yoga Studio", "Bistro", "Pet Clinic"]
NONPROFITS = ["Friends of the Library", "City Food Bank", "Youth Soccer League",
              "Animal Rescue Society", "Community Arts Council", "Harbor Conservancy",
              "Literacy Project", "Neighborhood Choir", "Veterans Outreach", "Green Streets"]


def main(path):
    out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    out.append(SCHEMA.strip())

    # Ref_Product_Types
    ins(out, "Ref_Product_Types", PRODUCT_TYPES)

    # Branch
    branches = []
    for i in range(20):
        bid = 101 + i
        city = BRANCH_CITY[i]
        addr = "%d %s" % (rng.randint(10, 999), rng.choice(STREETS))
        ph = "%s-555-%04d" % (AREA[city], rng.randint(100, 9999))
        yr = rng.randint(1988, 2021)
        flag = "Y" if i in (0, 4, 9, 12) else "N"
        branches.append((bid, BRANCH_NAMES[i], city, addr, ph, yr, flag))
    branches[19] = branches[19][:4] + (None,) + branches[19][5:]  # Queens: no phone yet
    ins(out, "Branch", branches)
    branch_ids = [b[0] for b in branches]

    # Operator (self reference through supervisor_id)
    ops = []
    used = set()
    n_ops = 64
    for i in range(n_ops):
        oid = 1 + i
        sex = rng.choice("FM")
        while True:
            fn = rng.choice(FNAMES_F if sex == "F" else FNAMES_M)
            ln = rng.choice(LNAMES)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        dob = rand_date(1958, 2001)
        hire = rand_date(max(int(dob[:4]) + 19, 2003), 2024)
        if i < 16:
            home = branch_ids[i] if i < 16 else None
            sup = None if i < 4 else rng.randint(1, 4)
            rate = round(rng.uniform(30, 42), 2)
            cert = "Y"
        else:
            home = rng.choice(branch_ids[:19])
            sup = rng.randint(5, 16)
            rate = round(rng.uniform(17, 31), 2)
            cert = rng.choice("YNN")
        ops.append([oid, fn, ln, sex, dob, hire, home, sup, rate, cert])
    ops[62][6] = None  # floater, no home branch
    ops[63][6] = None
    ops[40][4] = None  # dob unknown
    ins(out, "Operator", ops)
    op_ids = [o[0] for o in ops]

    # print_machines
    machines = []
    for i in range(45):
        mno = 501 + i
        model, mfr, speed, colour = MACHINES[i % len(MACHINES)] if i < 14 else rng.choice(MACHINES)
        loc = branch_ids[i % 19] if i < 38 else rng.choice(branch_ids[:19])
        tray = rng.choice(["500", "1000", "1500", "2500", "3500", "5000"])
        if speed <= 10:
            tray = rng.choice(["1", "50"])
        yr = rng.randint(2010, 2023)
        svc = None if rng.random() < 0.15 else rand_date(max(yr, 2022), 2024)
        machines.append((mno, model, mfr, loc, speed, tray, "Y" if colour else "N", yr, svc))
    ins(out, "print_machines", machines)
    mach_ids = [m[0] for m in machines]
    colour_machs = [m[0] for m in machines if m[6] == "Y"]
    bw_machs = [m[0] for m in machines if m[6] == "N"]

    # paper_stocks
    stocks = []
    for i, (desc, gsm, fin, size, cost, rec) in enumerate(STOCKS):
        sid = 1 + i
        stocks.append((sid, desc, gsm, fin, size, cost, rng.randint(0, 40) * 250, rec))
    ins(out, "paper_stocks", stocks)
    stock_ids = [s[0] for s in stocks]

    # customers
    custs = []
    names = set()
    for i in range(85):
        cid = 1001 + i
        r = rng.random()
        if i % 9 == 4 and len([c for c in custs if c[2] == "N"]) < len(NONPROFITS):
            ctype = "N"
            nm = NONPROFITS[len([c for c in custs if c[2] == "N"])]
        elif r < 0.6:
            ctype = "B"
            while True:
                nm = rng.choice(COMPANY_A) + " " + rng.choice(COMPANY_B)
                if nm not in names:
                    break
        else:
            ctype = "I"
            while True:
                nm = rng.choice(FNAMES_F + FNAMES_M) + " " + rng.choice(LNAMES)
                if nm not in names:
                    break
        names.add(nm)
        city = rng.choice(CITIES)
        ph = "%s-555-%04d" % (AREA[city], rng.randint(100, 9999))
        slug = nm.lower().replace(" ", ".").replace("'", "")
        email = None if rng.random() < 0.18 else slug + "@" + rng.choice(["mail.com", "inbox.net", "example.org"])
        opened = rand_date(2012, 2023)
        if ctype == "I":
            lmt = None
        else:
            lmt = float(rng.choice([500, 1000, 2500, 5000, 10000, 15000]))
        custs.append((cid, nm, ctype, city, ph, email, opened, lmt))
    ins(out, "customers", custs)
    cust_ids = [c[0] for c in custs]
    # a few customers never order
    idle = set(rng.sample(cust_ids, 9))
    active = [c for c in cust_ids if c not in idle]
    weights = [rng.choice([1, 1, 2, 3, 5]) for _ in active]

    # print_jobs
    jobs = []
    prod_codes = [p[0] for p in PRODUCT_TYPES]
    prod_w = [8, 9, 6, 5, 2, 3, 2, 3, 4, 3, 4, 3, 2, 4, 2, 2, 2, 1, 2, 1, 0, 1]
    worker_ops = op_ids[4:]
    for i in range(195):
        jid = 7001 + i
        cust = rng.choices(active, weights)[0]
        prod = rng.choices(prod_codes, prod_w)[0]
        br = rng.choice(branch_ids[:19])
        homes = [o[0] for o in ops if o[6] == br and o[0] > 4]
        op = rng.choice(homes) if homes and rng.random() < 0.85 else rng.choice(worker_ops)
        odt = rand_date(2022, 2024)
        due = add_days(odt, rng.randint(2, 21))
        if odt >= "2024-10-01":
            status = rng.choice("QQP")
        else:
            status = rng.choices("QPCX", [1, 2, 12, 1])[0]
        rush = "Y" if rng.random() < 0.2 else "N"
        dlv = rng.choice(["PU", "PU", "CR", "PO"])
        notes = None
        if rng.random() < 0.1:
            notes = rng.choice(["Customer supplied artwork late", "Proof approved by phone",
                                "Reprint of earlier job", "Match brand colours",
                                "Deliver to back entrance"])
        jobs.append([jid, cust, prod, br, op, status, odt, due, rush, dlv, notes])
    jobs[17][4] = None  # unassigned
    jobs[101][4] = None
    ins(out, "print_jobs", jobs)

    # job_items (link between jobs and paper stocks)
    items = []
    for j in jobs:
        k = rng.choices([1, 2, 3], [7, 3, 1])[0]
        for sid in rng.sample(stock_ids, k):
            mode = "CMYK" if rng.random() < 0.7 else "BW"
            branch_machs = [m[0] for m in machines if m[3] == j[3] and (mode == "BW" or m[6] == "Y")]
            pool = branch_machs or (colour_machs if mode == "CMYK" else bw_machs)
            mach = rng.choice(pool)
            qty = rng.choice([50, 100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500, 2000, 2500, 5000])
            sides = rng.choice([1, 2])
            items.append((j[0], sid, mach, qty, sides, mode))
    ins(out, "job_items", items)

    # Invoice: one per completed job, plus some for in-progress jobs (deposits)
    cost = {s[0]: s[5] for s in stocks}
    invs = []
    n = 90001
    for j in jobs:
        if j[5] == "C" or (j[5] == "P" and rng.random() < 0.4):
            amt = sum(it[3] * cost[it[1]] * (1.9 if it[5] == "CMYK" else 1.3) * (1.4 if it[4] == 2 else 1)
                      for it in items if it[0] == j[0]) + 25
            if j[8] == "Y":
                amt *= 1.25
            amt = round(amt + rng.randint(0, 99) / 100.0, 2)
            idt = add_days(j[7], rng.randint(0, 10))
            paid = "Y" if (j[5] == "C" and rng.random() < 0.8) else "N"
            meth = rng.choice(["CC", "CC", "ACH", "CHQ", "CA"]) if paid == "Y" else None
            invs.append((n, j[0], idt, amt, paid, meth))
            n += 1
    ins(out, "Invoice", invs)

    out.append("COMMIT;")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "print_shop.sql")
