#!/usr/bin/env python3
"""Deterministic generator for the `parking_garages` evaluation database.

Usage: python3 generate.py parking_garages.sql
"""
import random
import sys
from datetime import date, timedelta

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    """Render a Python value as an SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int,)):
        return str(v)
    if isinstance(v, float):
        return repr(round(v, 2))
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, span))


SCHEMA = """
CREATE TABLE Garage (
    GarageID INTEGER PRIMARY KEY,
    garage_name VARCHAR(60) NOT NULL,
    street_addr VARCHAR(80),
    city_cd CHAR(3),
    capacity TEXT,
    opened_yr INTEGER,
    open_24h CHAR(1),
    ev_chg CHAR(1),
    hrly_rate REAL,
    mgr_att_id INTEGER
);

CREATE TABLE garage_levels (
    level_id INTEGER PRIMARY KEY,
    GarageID INTEGER NOT NULL,
    level_no INTEGER,
    level_lbl VARCHAR(10),
    num_spaces INTEGER,
    clearance_m REAL,
    covered_yn CHAR(1),
    FOREIGN KEY (GarageID) REFERENCES Garage(GarageID)
);

CREATE TABLE Ref_Violation_Codes (
    violation_cd CHAR(4) PRIMARY KEY,
    violation_desc VARCHAR(80),
    base_fine REAL
);

CREATE TABLE drivers (
    drv_id INTEGER PRIMARY KEY,
    drv_fname VARCHAR(30),
    drv_lname VARCHAR(30),
    sex CHAR(1),
    dob DATE,
    ph_no VARCHAR(20),
    lic_state CHAR(2),
    home_city_cd CHAR(3)
);

CREATE TABLE vehicles (
    plate_no VARCHAR(10) PRIMARY KEY,
    make VARCHAR(20),
    model VARCHAR(20),
    model_yr INTEGER,
    colour VARCHAR(15),
    veh_type CHAR(1),
    weight_kg TEXT
);

CREATE TABLE vehicle_drivers (
    plate_no VARCHAR(10) NOT NULL,
    drv_id INTEGER NOT NULL,
    is_owner CHAR(1),
    since_dt DATE,
    PRIMARY KEY (plate_no, drv_id),
    FOREIGN KEY (plate_no) REFERENCES vehicles(plate_no),
    FOREIGN KEY (drv_id) REFERENCES drivers(drv_id)
);

CREATE TABLE permits (
    permit_no INTEGER PRIMARY KEY,
    plate VARCHAR(10),
    garage_ref INTEGER,
    permit_type CHAR(1),
    issue_dt DATE,
    expiry_dt DATE,
    fee REAL,
    active_flag CHAR(1),
    FOREIGN KEY (garage_ref) REFERENCES Garage(GarageID)
);

CREATE TABLE Attendant (
    AttID INTEGER PRIMARY KEY,
    first_nm VARCHAR(30),
    last_nm VARCHAR(30),
    supervisor_id INTEGER,
    GarageID INTEGER,
    hire_dt DATE,
    shift CHAR(1),
    hrly_wage REAL,
    FOREIGN KEY (supervisor_id) REFERENCES Attendant(AttID)
);

CREATE TABLE parking_tickets (
    ticket_no INTEGER PRIMARY KEY,
    plate_no VARCHAR(10),
    level_id INTEGER,
    viol_cd CHAR(4),
    issued_by INTEGER,
    issue_dt DATE,
    fine_amt REAL,
    paid CHAR(1),
    paid_dt DATE,
    FOREIGN KEY (viol_cd) REFERENCES Ref_Violation_Codes(violation_cd),
    FOREIGN KEY (issued_by) REFERENCES Attendant(AttID)
);
"""

FIRST_F = ["Maria", "Linda", "Aisha", "Sofia", "Grace", "Emily", "Priya", "Hannah",
           "Olivia", "Chloe", "Nora", "Mei", "Fatima", "Rosa", "Julia", "Leah",
           "Tanya", "Ingrid", "Keiko", "Zoe"]
FIRST_M = ["James", "Carlos", "David", "Omar", "Kevin", "Luis", "Tom", "Raj",
           "Marcus", "Ethan", "Noah", "Victor", "Hiro", "Samuel", "Andre", "Peter",
           "Diego", "Felix", "Ivan", "Ben"]
LAST = ["Nguyen", "Garcia", "Smith", "Johnson", "Lee", "Patel", "Brown", "Kim",
        "Martinez", "Chen", "Wilson", "Lopez", "Okafor", "Walker", "Rossi",
        "Hernandez", "Young", "Silva", "Novak", "Tanaka", "Murphy", "Cohen",
        "Ali", "Fischer", "Reyes", "Park", "Dubois", "Wong", "Kowalski", "Ortiz"]

CITIES = ["OAK", "SFO", "BRK", "EMV"]

GARAGES = [
    ("Harbor Street Garage", "120 Harbor St", "OAK"),
    ("Lakeside Parking Center", "45 Lakeside Dr", "OAK"),
    ("City Center Garage", "1 City Center Plz", "OAK"),
    ("Jack London Square Garage", "300 Embarcadero W", "OAK"),
    ("Fruitvale Station Garage", "3301 E 12th St", "OAK"),
    ("Uptown Deck", "2020 Telegraph Ave", "OAK"),
    ("Mission Bay Garage", "500 Channel St", "SFO"),
    ("Fifth and Mission Garage", "833 Mission St", "SFO"),
    ("Union Square Deck", "333 Post St", "SFO"),
    ("Civic Center Garage", "355 McAllister St", "SFO"),
    ("Portsmouth Square Garage", "733 Kearny St", "SFO"),
    ("Sutter Stockton Garage", "444 Stockton St", "SFO"),
    ("North Beach Lot", "735 Vallejo St", "SFO"),
    ("Center Street Garage", "2025 Center St", "BRK"),
    ("Telegraph Channing Garage", "2450 Durant Ave", "BRK"),
    ("Oxford Street Deck", "2165 Oxford St", "BRK"),
    ("Fourth Street Lot", "1800 4th St", "BRK"),
    ("Bay Street Garage", "5616 Bay St", "EMV"),
    ("Powell Street Deck", "5800 Christie Ave", "EMV"),
    ("Hollis Street Lot", "6001 Hollis St", "EMV"),
]

VIOLATIONS = [
    ("EXPM", "Expired meter or unpaid session", 45.0),
    ("NOPM", "Parking in permit-only area without permit", 75.0),
    ("HCAP", "Parking in a disabled space without placard", 250.0),
    ("EVNC", "Occupying EV charger while not charging", 60.0),
    ("DBLP", "Taking up two spaces", 40.0),
    ("FIRE", "Blocking fire lane", 150.0),
    ("RAMP", "Parking on ramp or driving aisle", 80.0),
    ("OVRT", "Exceeding maximum stay", 50.0),
    ("RSRV", "Parking in reserved space", 70.0),
    ("CMPT", "Oversized vehicle in compact space", 35.0),
    ("MOTO", "Car parked in motorcycle bay", 35.0),
    ("LOAD", "Parking in loading zone", 90.0),
    ("WRNG", "Driving wrong way", 100.0),
    ("HGHT", "Exceeding height clearance", 120.0),
    ("ABND", "Abandoned vehicle", 200.0),
    ("PLAT", "Missing or obscured license plate", 65.0),
    ("TKTL", "Lost entry ticket", 30.0),
    ("GATE", "Tailgating through exit gate", 110.0),
    ("STRG", "Storing vehicle overnight without permit", 85.0),
    ("IDLE", "Idling engine over five minutes", 25.0),
]

MAKES = {
    "Toyota": [("Corolla", 1300), ("Camry", 1550), ("RAV4", 1650), ("Tacoma", 1950), ("Prius", 1380)],
    "Honda": [("Civic", 1270), ("Accord", 1500), ("CR-V", 1600), ("Fit", 1130)],
    "Ford": [("F-150", 2100), ("Focus", 1300), ("Escape", 1620), ("Transit", 2400)],
    "Tesla": [("Model 3", 1760), ("Model Y", 1980), ("Model S", 2150)],
    "Subaru": [("Outback", 1680), ("Forester", 1590), ("Impreza", 1400)],
    "Chevrolet": [("Bolt", 1620), ("Silverado", 2300), ("Malibu", 1450)],
    "BMW": [("3 Series", 1570), ("X5", 2250)],
    "Nissan": [("Leaf", 1580), ("Altima", 1450), ("Sentra", 1330)],
    "Harley-Davidson": [("Sportster", 250), ("Street Glide", 370)],
    "Yamaha": [("MT-07", 184), ("XMAX", 180)],
}
TYPE_OF = {
    "Tacoma": "T", "F-150": "T", "Transit": "T", "Silverado": "T",
    "RAV4": "S", "CR-V": "S", "Escape": "S", "Model Y": "S", "Outback": "S",
    "Forester": "S", "X5": "S",
    "Sportster": "M", "Street Glide": "M", "MT-07": "M", "XMAX": "M",
}
COLOURS = ["Black", "White", "Silver", "Grey", "Blue", "Red", "Green"]


def main(out_path):
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())

    def insert(table, cols, rows):
        for r in rows:
            lines.append("INSERT INTO %s (%s) VALUES (%s);" % (
                table, ", ".join(cols), ", ".join(q(v) for v in r)))

    # ---------------- Garage levels (built first to derive capacity) -------
    n_levels = [rng.randint(2, 5) for _ in GARAGES]
    n_levels[8] = 7          # Union Square Deck is clearly the tallest
    n_levels[7] = 6          # Fifth and Mission second
    level_rows = []
    cap = {}
    lid = 1
    for gi, n in enumerate(n_levels):
        gid = gi + 1
        total = 0
        for ln in range(1, n + 1):
            spaces = rng.randint(8, 40) * 5
            if gid == 9:
                spaces = rng.randint(30, 40) * 5   # the big downtown deck
            total += spaces
            lbl = "G" if ln == 1 else "P%d" % ln
            clearance = rng.choice([2.0, 2.1, 2.1, 2.2, 2.3, 2.5]) if ln == 1 \
                else rng.choice([1.9, 2.0, 2.1, 2.1, 2.2])
            covered = "N" if (ln == n and n > 2) else "Y"
            level_rows.append((lid, gid, ln, lbl, spaces, clearance, covered))
            lid += 1
        cap[gid] = total
    # make capacities distinct
    seen = set()
    for gid in sorted(cap):
        while cap[gid] in seen:
            cap[gid] += 5
        seen.add(cap[gid])

    # ---------------- Attendants ----------------
    att_rows = []
    n_att = 30
    used_names = set()
    for aid in range(1, n_att + 1):
        while True:
            fn = rng.choice(FIRST_F + FIRST_M)
            ln = rng.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        if aid == 1:
            sup = None
        elif aid <= 5:
            sup = 1
        else:
            sup = rng.choice([2, 3, 4, 5])
        gid = ((aid - 1) % 20) + 1 if aid > 5 else rng.randint(1, 20)
        hire = rand_date(date(2005, 1, 1), date(2023, 6, 30)) if aid > 5 \
            else rand_date(date(1998, 1, 1), date(2010, 12, 31))
        shift = rng.choice(["D", "D", "E", "N"]) if aid > 5 else "D"
        wage = round(rng.uniform(19.5, 27.0), 2) if aid > 5 else round(rng.uniform(31.0, 42.0), 2)
        att_rows.append((aid, fn, ln, sup, gid, hire.isoformat(), shift, wage))

    # ---------------- Garages ----------------
    garage_rows = []
    for gi, (name, addr, city) in enumerate(GARAGES):
        gid = gi + 1
        opened = rng.randint(1962, 2019)
        open24 = rng.choice(["Y", "N", "N"])
        ev = "Y" if opened > 2005 or rng.random() < 0.35 else "N"
        rate = rng.choice([2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0]) + (1.5 if city == "SFO" else 0.0)
        mgr = rng.choice([2, 3, 4, 5]) if rng.random() < 0.9 else None
        garage_rows.append((gid, name, addr, city, str(cap[gid]), opened, open24, ev, rate, mgr))

    # ---------------- Violation codes ----------------
    viol_rows = list(VIOLATIONS)

    # ---------------- Drivers ----------------
    drv_rows = []
    for did in range(1, 121):
        sex = rng.choice(["F", "M"])
        fn = rng.choice(FIRST_F if sex == "F" else FIRST_M)
        ln = rng.choice(LAST)
        dob = rand_date(date(1948, 1, 1), date(2004, 12, 31))
        ph = None if rng.random() < 0.12 else "(%d) %03d-%04d" % (
            rng.choice([510, 415, 925, 628]), rng.randint(200, 999), rng.randint(0, 9999))
        st = rng.choices(["CA", "NV", "OR", "WA", "AZ"], weights=[70, 8, 8, 8, 6])[0]
        city = rng.choices(CITIES + ["SJC", "SAC"], weights=[30, 30, 15, 8, 10, 7])[0]
        drv_rows.append((did, fn, ln, sex, dob.isoformat(), ph, st, city))

    # ---------------- Vehicles ----------------
    veh_rows = []
    plates = set()
    for _ in range(150):
        while True:
            p = "%d%s%03d" % (rng.randint(1, 9),
                              "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
                              rng.randint(0, 999))
            if p not in plates:
                plates.add(p)
                break
        make = rng.choices(list(MAKES), weights=[20, 16, 12, 10, 8, 8, 5, 7, 3, 3])[0]
        model, base_w = rng.choice(MAKES[make])
        yr = rng.randint(2003, 2024)
        col = None if rng.random() < 0.06 else rng.choice(COLOURS)
        vt = TYPE_OF.get(model, "C")
        w = str(base_w + rng.randint(-40, 60)) if vt != "M" else str(base_w + rng.randint(-5, 15))
        veh_rows.append((p, make, model, yr, col, vt, w))
    plate_list = [r[0] for r in veh_rows]

    # ---------------- Vehicle drivers (link) ----------------
    vd_rows = []
    vd_keys = set()
    driver_pool = list(range(1, 111))   # drivers 111-120 never drive anything
    for p in plate_list:
        owner = rng.choice(driver_pool)
        since = rand_date(date(2010, 1, 1), date(2024, 3, 31))
        vd_rows.append((p, owner, "Y", since.isoformat()))
        vd_keys.add((p, owner))
        if rng.random() < 0.35:
            other = rng.choice(driver_pool)
            if (p, other) not in vd_keys:
                vd_rows.append((p, other, "N", rand_date(since, date(2024, 6, 30)).isoformat()))
                vd_keys.add((p, other))
    vd_rows.sort(key=lambda r: (r[1], r[0]))

    # ---------------- Permits ----------------
    permit_rows = []
    # garages 13 (North Beach Lot) and 17 (Fourth Street Lot) sell no permits
    permit_garages = [g for g in range(1, 21) if g not in (13, 17)]
    for pn in range(1, 91):
        plate = rng.choice(plate_list)
        g = rng.choice(permit_garages)
        ptype = rng.choices(["M", "A", "N"], weights=[55, 25, 20])[0]
        issue = rand_date(date(2022, 1, 1), date(2024, 12, 31))
        days = {"M": 30, "A": 365, "N": 90}[ptype]
        expiry = issue + timedelta(days=days)
        base = {"M": 180.0, "A": 1800.0, "N": 240.0}[ptype]
        fee = base + (60.0 if g in range(7, 14) else 0.0) * (10 if ptype == "A" else 1)
        active = "Y" if expiry >= date(2024, 10, 1) else "N"
        permit_rows.append((1000 + pn, plate, g, ptype, issue.isoformat(), expiry.isoformat(), fee, active))

    # ---------------- Tickets ----------------
    ticket_rows = []
    issuers = list(range(3, 31))
    issuer_w = [3] * len(issuers)
    issuer_w[issuers.index(3)] = 1       # one supervisor still writes the odd ticket
    issuer_w[issuers.index(4)] = 0       # other supervisors do not
    issuer_w[issuers.index(5)] = 0
    issuer_w[issuers.index(17)] = 9      # one very active attendant
    issuer_w[issuers.index(29)] = 0      # attendant 29 never writes tickets
    viol_w = [rng.randint(2, 12) for _ in VIOLATIONS]
    viol_w[0] = 30    # expired meter is by far the most common
    viol_w[14] = 1
    # vehicles that collect lots of tickets
    heavy = plate_list[:12]
    for tn in range(1, 251):
        plate = rng.choice(heavy) if rng.random() < 0.3 else rng.choice(plate_list)
        lev = rng.choice(level_rows)
        v = rng.choices(VIOLATIONS, weights=viol_w)[0]
        issuer = rng.choices(issuers, weights=issuer_w)[0]
        idt = rand_date(date(2023, 1, 1), date(2024, 11, 30))
        fine = v[2] if rng.random() < 0.8 else v[2] * 1.5
        paid = "Y" if rng.random() < 0.65 else "N"
        pdt = (idt + timedelta(days=rng.randint(1, 60))).isoformat() if paid == "Y" else None
        ticket_rows.append((50000 + tn, plate, lev[0], v[0], issuer, idt.isoformat(), fine, paid, pdt))

    insert("Garage", ["GarageID", "garage_name", "street_addr", "city_cd", "capacity",
                      "opened_yr", "open_24h", "ev_chg", "hrly_rate", "mgr_att_id"], garage_rows)
    insert("garage_levels", ["level_id", "GarageID", "level_no", "level_lbl", "num_spaces",
                             "clearance_m", "covered_yn"], level_rows)
    insert("Ref_Violation_Codes", ["violation_cd", "violation_desc", "base_fine"], viol_rows)
    insert("drivers", ["drv_id", "drv_fname", "drv_lname", "sex", "dob", "ph_no",
                       "lic_state", "home_city_cd"], drv_rows)
    insert("vehicles", ["plate_no", "make", "model", "model_yr", "colour", "veh_type",
                        "weight_kg"], veh_rows)
    insert("vehicle_drivers", ["plate_no", "drv_id", "is_owner", "since_dt"], vd_rows)
    insert("permits", ["permit_no", "plate", "garage_ref", "permit_type", "issue_dt",
                       "expiry_dt", "fee", "active_flag"], permit_rows)
    insert("Attendant", ["AttID", "first_nm", "last_nm", "supervisor_id", "GarageID",
                         "hire_dt", "shift", "hrly_wage"], att_rows)
    insert("parking_tickets", ["ticket_no", "plate_no", "level_id", "viol_cd", "issued_by",
                               "issue_dt", "fine_amt", "paid", "paid_dt"], ticket_rows)

    lines.append("COMMIT;")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "parking_garages.sql")
