#!/usr/bin/env python3
"""Deterministic generator for the blood_bank test database.

Usage: python3 generate.py blood_bank.sql
"""
import random
import sys
from datetime import date, timedelta

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def d2s(d):
    return d.strftime("%Y-%m-%d")


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, span))


SCHEMA = """
CREATE TABLE Ref_Blood_Types (
    bt_code TEXT PRIMARY KEY,
    abo_grp TEXT NOT NULL,
    rh_fct TEXT,
    bt_desc TEXT NOT NULL,
    pop_pct REAL
);

CREATE TABLE donation_centres (
    centre_id INTEGER PRIMARY KEY,
    centre_nm TEXT NOT NULL,
    city TEXT NOT NULL,
    postcode TEXT,
    num_beds TEXT,
    open_yr INTEGER,
    mobile_flg TEXT DEFAULT 'N'
);

CREATE TABLE Donor (
    DonorID INTEGER PRIMARY KEY,
    d_fname TEXT NOT NULL,
    d_lname TEXT NOT NULL,
    sex TEXT,
    dob TEXT,
    bt_code TEXT,
    elig_yn TEXT DEFAULT 'Y',
    home_ctr INTEGER,
    wt_kg TEXT,
    phone TEXT
);

CREATE TABLE donations (
    don_id INTEGER PRIMARY KEY,
    DonorID INTEGER NOT NULL,
    centre_no INTEGER NOT NULL,
    don_date TEXT NOT NULL,
    don_type TEXT,
    vol_ml INTEGER,
    hb_lvl REAL,
    FOREIGN KEY (DonorID) REFERENCES Donor(DonorID),
    FOREIGN KEY (centre_no) REFERENCES donation_centres(centre_id)
);

CREATE TABLE hospitals (
    hosp_id INTEGER PRIMARY KEY,
    hosp_name TEXT NOT NULL,
    city TEXT,
    hosp_type TEXT,
    bed_cnt INTEGER
);

CREATE TABLE Nurse (
    nurse_id INTEGER PRIMARY KEY,
    n_fname TEXT,
    n_lname TEXT,
    grade TEXT,
    head_nurse INTEGER,
    base_ctr INTEGER,
    hire_dt TEXT,
    salary INTEGER
);

CREATE TABLE Shipments (
    ShipID INTEGER PRIMARY KEY,
    from_ctr INTEGER,
    to_hosp INTEGER,
    ship_dt TEXT,
    urgent_yn TEXT,
    packed_by INTEGER,
    checked_by INTEGER
);

CREATE TABLE BloodUnit (
    UnitID INTEGER PRIMARY KEY,
    don_id INTEGER NOT NULL REFERENCES donations(don_id),
    comp_cd TEXT,
    unit_vol INTEGER,
    exp_dt TEXT,
    stat TEXT,
    ShipID INTEGER REFERENCES Shipments(ShipID)
);

CREATE TABLE session_staff (
    nurse_id INTEGER NOT NULL,
    don_id INTEGER NOT NULL,
    role_cd TEXT,
    PRIMARY KEY (nurse_id, don_id),
    FOREIGN KEY (nurse_id) REFERENCES Nurse(nurse_id),
    FOREIGN KEY (don_id) REFERENCES donations(don_id)
);
"""

BLOOD_TYPES = [
    ("OPOS", "O", "+", "O positive", 35.0),
    ("ONEG", "O", "-", "O negative", 13.0),
    ("APOS", "A", "+", "A positive", 30.0),
    ("ANEG", "A", "-", "A negative", 8.0),
    ("BPOS", "B", "+", "B positive", 8.0),
    ("BNEG", "B", "-", "B negative", 2.0),
    ("ABPOS", "AB", "+", "AB positive", 2.0),
    ("ABNEG", "AB", "-", "AB negative", 1.0),
    ("A2POS", "A", "+", "A2 subgroup positive", 0.4),
    ("A2NEG", "A", "-", "A2 subgroup negative", 0.1),
    ("A2BPOS", "AB", "+", "A2B subgroup positive", 0.1),
    ("A2BNEG", "AB", "-", "A2B subgroup negative", 0.02),
    ("OH", "O", None, "Bombay phenotype", 0.001),
    ("RHNUL", "O", None, "Rh null", 0.0001),
    ("UNK", "?", None, "Not yet typed", None),
]
BT_WEIGHTS = {
    "OPOS": 33, "ONEG": 14, "APOS": 27, "ANEG": 8, "BPOS": 8, "BNEG": 3,
    "ABPOS": 3, "ABNEG": 1, "A2POS": 1, "A2NEG": 0, "A2BPOS": 0,
    "A2BNEG": 0, "OH": 0, "RHNUL": 0, "UNK": 2,
}

CENTRES = [
    # id, name, city, postcode, beds(text), opened, mobile
    (1, "Leeds City Donor Centre", "Leeds", "LS1 4BJ", "24", 1998, "N"),
    (2, "Seacroft Session Hall", "Leeds", "LS14 6JD", "10", 2011, "Y"),
    (3, "Sheffield Donor Centre", "Sheffield", "S1 2HE", "20", 2001, "N"),
    (4, "Hillsborough Clinic", "Sheffield", "S6 2LW", "8", 2015, "Y"),
    (5, "Bradford Donor Centre", "Bradford", "BD1 1US", "16", 2004, "N"),
    (6, "York Donor Centre", "York", "YO1 7HH", "14", 2006, "N"),
    (7, "Hull Donor Centre", "Hull", "HU2 8TD", "18", 2000, "N"),
    (8, "Wakefield Community Hall", "Wakefield", "WF1 2EB", "6", 2017, "Y"),
    (9, "Harrogate Donor Suite", "Harrogate", "HG1 1DS", "9", 2012, "N"),
    (10, "Doncaster Donor Centre", "Doncaster", "DN1 3BU", "12", 2008, "N"),
    (11, "Huddersfield Donor Suite", "Huddersfield", "HD1 2TA", "11", 2010, "N"),
    (12, "Victoria Hall Sessions", "Halifax", "HX1 1BP", "5", 2019, "Y"),
    (13, "Scarborough Mobile Unit", "Scarborough", "YO11 1HE", "4", 2021, "Y"),
    (14, "Rotherham Donor Centre", "Rotherham", "S60 1QY", "7", 2013, "N"),
    (15, "Selby Town Hall Session", "Selby", "YO8 4AJ", None, 2022, "Y"),
]

HOSPITALS = [
    # id, name, city, type (T teaching, G general, C community), beds
    (1, "Leeds General Infirmary", "Leeds", "T", 1100),
    (2, "St James's University Hospital", "Leeds", "T", 960),
    (3, "Northern General Hospital", "Sheffield", "T", 1050),
    (4, "Royal Hallamshire Hospital", "Sheffield", "T", 720),
    (5, "Bradford Royal Infirmary", "Bradford", "G", 680),
    (6, "York Hospital", "York", "G", 640),
    (7, "Hull Royal Infirmary", "Hull", "T", 710),
    (8, "Castle Hill Hospital", "Cottingham", "G", 520),
    (9, "Pinderfields Hospital", "Wakefield", "G", 610),
    (10, "Harrogate District Hospital", "Harrogate", "G", 350),
    (11, "Doncaster Royal Infirmary", "Doncaster", "G", 590),
    (12, "Bassetlaw Hospital", "Worksop", "C", 180),
    (13, "Calderdale Royal Hospital", "Halifax", "G", 470),
    (14, "Huddersfield Royal Infirmary", "Huddersfield", "G", 440),
    (15, "Scarborough Hospital", "Scarborough", "G", 300),
    (16, "Rotherham General Hospital", "Rotherham", "G", 430),
    (17, "Barnsley Hospital", "Barnsley", "G", 400),
    (18, "Airedale General Hospital", "Keighley", "G", 370),
    (19, "Dewsbury and District Hospital", "Dewsbury", "C", 210),
    (20, "Friarage Hospital", "Northallerton", "C", 150),
]

F_NAMES = ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace",
           "Lily", "Chloe", "Ella", "Hannah", "Megan", "Jessica", "Lucy",
           "Ruth", "Priya", "Aisha", "Fatima", "Zara", "Niamh", "Joanne",
           "Karen", "Helen", "Sarah", "Rachel", "Claire", "Beth", "Molly"]
M_NAMES = ["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie",
           "Thomas", "Oscar", "William", "James", "Daniel", "Matthew",
           "Samuel", "Joseph", "Adam", "Ryan", "Liam", "Imran", "Tariq",
           "Mohammed", "Gareth", "Neil", "Paul", "Stephen", "Craig", "Dean"]
L_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson",
           "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker",
           "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
           "Hughes", "Turner", "Hill", "Ward", "Moore", "Hussain", "Khan",
           "Ahmed", "Patel", "Atkinson", "Barker", "Holmes", "Sutcliffe",
           "Hardcastle", "Ackroyd", "Brook", "Lumb", "Haigh", "Fawcett",
           "Pickles", "Greenwood", "Shaw", "Kershaw", "Marsden", "Dawson"]


def weighted_choice(weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def main(out_path):
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())

    def ins(table, cols, rows):
        for r in rows:
            lines.append("INSERT INTO %s (%s) VALUES (%s);" % (
                table, ", ".join(cols), ", ".join(q(v) for v in r)))

    # --- lookup and reference tables --------------------------------------
    ins("Ref_Blood_Types", ["bt_code", "abo_grp", "rh_fct", "bt_desc", "pop_pct"],
        BLOOD_TYPES)
    ins("donation_centres", ["centre_id", "centre_nm", "city", "postcode",
                             "num_beds", "open_yr", "mobile_flg"], CENTRES)
    ins("hospitals", ["hosp_id", "hosp_name", "city", "hosp_type", "bed_cnt"],
        HOSPITALS)

    centre_weights = {1: 16, 2: 5, 3: 13, 4: 4, 5: 9, 6: 8, 7: 9, 8: 3, 9: 4,
                      10: 6, 11: 5, 12: 2, 13: 2, 14: 3, 15: 1}

    # --- donors -----------------------------------------------------------
    donors = []
    used = set()
    for did in range(1, 101):
        while True:
            sex = rng.choice("FM")
            fn = rng.choice(F_NAMES if sex == "F" else M_NAMES)
            ln = rng.choice(L_NAMES)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        dob = rand_date(date(1957, 1, 1), date(2005, 12, 31))
        bt = weighted_choice(BT_WEIGHTS)
        elig = "N" if rng.random() < 0.18 else "Y"
        home = weighted_choice(centre_weights)
        wt = rng.randint(52, 78) if sex == "F" else rng.randint(62, 112)
        wt_txt = str(wt) if rng.random() < 0.9 else "%d.5" % wt
        phone = None if rng.random() < 0.15 else "07%d" % rng.randint(700000000, 999999999)
        donors.append([did, fn, ln, sex, d2s(dob), bt, elig, home, wt_txt, phone])
    # hand-set a few values so that some questions have clear answers
    donors[3][5] = "A2POS"   # a rare subgroup donor
    donors[17][5] = "ABNEG"
    ins("Donor", ["DonorID", "d_fname", "d_lname", "sex", "dob", "bt_code",
                  "elig_yn", "home_ctr", "wt_kg", "phone"], donors)

    # --- nurses -----------------------------------------------------------
    nurses = []
    heads = {1: 1, 3: 2, 5: 3, 6: 4, 7: 5}  # centre -> head nurse id
    nid = 0
    used_n = set()

    def new_name():
        while True:
            fn = rng.choice(F_NAMES + F_NAMES + M_NAMES)
            ln = rng.choice(L_NAMES)
            if (fn, ln) not in used_n and (fn, ln) not in used:
                used_n.add((fn, ln))
                return fn, ln

    for ctr, hid in heads.items():
        nid += 1
        fn, ln = new_name()
        hire = rand_date(date(2002, 1, 1), date(2012, 12, 31))
        nurses.append([nid, fn, ln, "B7", None, ctr, d2s(hire),
                       rng.randrange(44000, 52000, 250)])
    base_choices = [1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14]
    region_head = {1: 1, 2: 1, 3: 2, 4: 2, 5: 3, 6: 4, 7: 5, 8: 1, 9: 4,
                   10: 2, 11: 3, 12: 3, 13: 5, 14: 2, 15: 4}
    for i in range(25):
        nid += 1
        fn, ln = new_name()
        ctr = base_choices[i % len(base_choices)]
        grade = "B6" if rng.random() < 0.35 else "B5"
        hire = rand_date(date(2009, 1, 1), date(2023, 9, 30))
        sal = rng.randrange(36000, 43000, 250) if grade == "B6" else rng.randrange(28000, 35000, 250)
        nurses.append([nid, fn, ln, grade, region_head[ctr], ctr, d2s(hire), sal])
    ins("Nurse", ["nurse_id", "n_fname", "n_lname", "grade", "head_nurse",
                  "base_ctr", "hire_dt", "salary"], nurses)

    # --- donations --------------------------------------------------------
    # a handful of donors never donate; frequent donors give several times
    never = set(rng.sample(range(1, 101), 14))
    pool = []
    for d in donors:
        if d[0] in never:
            continue
        w = 1
        if d[6] == "Y":
            w = rng.choice([1, 1, 1, 2, 2, 3])
        pool.extend([d[0]] * w)
    donations = []
    did_seq = 0
    donors_by_id = {d[0]: d for d in donors}
    # guarantee every non-"never" donor appears once, then fill
    order = [d[0] for d in donors if d[0] not in never]
    while len(order) < 95:
        order.append(rng.choice(pool))
    order.extend([7, 7, 7, 7])  # donor 7 is the most frequent donor
    rng.shuffle(order)
    for donor_id in order:
        did_seq += 1
        home = donors_by_id[donor_id][7]
        ctr = home if rng.random() < 0.7 else weighted_choice(centre_weights)
        if donor_id == 7:
            ctr = 1 if rng.random() < 0.5 else 3
        dt = rand_date(date(2023, 1, 9), date(2024, 5, 31))
        t = rng.choices(["W", "P", "A"], weights=[70, 18, 12])[0]
        if t == "W":
            vol = rng.choice([450, 455, 460, 465, 470, 475])
        elif t == "P":
            vol = rng.randrange(600, 760, 10)
        else:
            vol = rng.randrange(200, 310, 10)
        sex = donors_by_id[donor_id][3]
        hb = round(rng.uniform(12.6, 15.8) if sex == "F" else rng.uniform(13.6, 17.4), 1)
        if rng.random() < 0.1:
            hb = None
        donations.append([did_seq, donor_id, ctr, d2s(dt), t, vol, hb])
    ins("donations", ["don_id", "DonorID", "centre_no", "don_date", "don_type",
                      "vol_ml", "hb_lvl"], donations)

    # --- shipments --------------------------------------------------------
    ship_centres = {1: 9, 3: 7, 5: 4, 6: 4, 7: 5, 10: 3, 11: 2, 14: 2, 9: 2}
    city_of_centre = {c[0]: c[2] for c in CENTRES}
    hosp_by_city = {}
    for h in HOSPITALS:
        hosp_by_city.setdefault(h[2], []).append(h[0])
    near = {1: [1, 2, 1, 2, 19, 18, 9, 5], 3: [3, 4, 3, 4, 16, 17, 12, 1],
            5: [5, 18, 5, 19, 1], 6: [6, 20, 6, 10], 7: [7, 8, 7, 15],
            10: [11, 12, 17], 11: [14, 19, 13], 14: [16, 17, 3], 9: [10, 20]}
    nurses_at = {}
    for n in nurses:
        nurses_at.setdefault(n[5], []).append(n[0])
    shipments = []
    sid = 0
    for ctr, n in ship_centres.items():
        for _ in range(n):
            sid += 1
            dt = rand_date(date(2023, 2, 1), date(2024, 6, 20))
            hosp = rng.choice(near[ctr])
            urgent = "Y" if rng.random() < 0.25 else "N"
            staff = nurses_at.get(ctr, [1])
            packed = rng.choice(staff)
            checked = rng.choice(staff)
            if checked == packed:
                checked = None if rng.random() < 0.5 else heads.get(ctr, 1)
            shipments.append([sid, ctr, hosp, d2s(dt), urgent, packed, checked])
    shipments.sort(key=lambda s: s[3])
    # renumber in date order
    for i, s in enumerate(shipments, 1):
        s[0] = i
    ins("Shipments", ["ShipID", "from_ctr", "to_hosp", "ship_dt", "urgent_yn",
                      "packed_by", "checked_by"], shipments)

    # --- blood units ------------------------------------------------------
    processing = {2: 1, 4: 3, 8: 1, 12: 11, 13: 7, 15: 6}  # mobile -> base
    units = []
    uid = 0
    for dn in donations:
        don_id, _, ctr, dts, t, vol, _ = dn
        dd = date.fromisoformat(dts)
        if t == "W":
            comps = [("RBC", rng.randint(250, 300), 35)]
            if rng.random() < 0.45:
                comps.append(("FFP", rng.randint(200, 260), 730))
        elif t == "P":
            comps = [("FFP", vol - rng.randint(5, 20), 730)]
        else:
            comps = [("PLT", vol - rng.randint(5, 15), 7)]
        proc_ctr = processing.get(ctr, ctr)
        for comp, uvol, shelf in comps:
            if len(units) >= 120:
                break
            uid += 1
            exp = dd + timedelta(days=shelf)
            cands = [s for s in shipments if s[1] == proc_ctr
                     and dd <= date.fromisoformat(s[3]) <= exp]
            ship = None
            if cands and rng.random() < 0.8:
                ship = rng.choice(cands)[0]
                stat = "S"
            elif exp < date(2024, 6, 30):
                stat = "X"  # expired / discarded
            else:
                stat = "A"
            if ship is None and rng.random() < 0.06:
                stat = "Q"  # quarantined
            units.append([uid, don_id, comp, uvol, d2s(exp), stat, ship])
    ins("BloodUnit", ["UnitID", "don_id", "comp_cd", "unit_vol", "exp_dt",
                      "stat", "ShipID"], units)

    # --- session staff (link table) --------------------------------------
    staff_rows = []
    seen = set()
    idle = {29, 30, 27}  # recently hired, not yet on sessions
    for dn in donations:
        if len(staff_rows) >= 118:
            break
        don_id, _, ctr, _, t, _, _ = dn
        base = processing.get(ctr, ctr)
        local = [n for n in nurses_at.get(base, []) if n not in idle]
        if not local:
            local = [n for n in range(6, 27)]
        k = 2 if (t != "W" or rng.random() < 0.25) else 1
        picks = rng.sample(local, min(k, len(local)))
        for j, n in enumerate(picks):
            if (n, don_id) in seen:
                continue
            seen.add((n, don_id))
            role = "V" if j == 0 else rng.choice(["S", "M"])
            staff_rows.append([n, don_id, role])
    ins("session_staff", ["nurse_id", "don_id", "role_cd"], staff_rows)

    lines.append("COMMIT;")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "blood_bank.sql")
