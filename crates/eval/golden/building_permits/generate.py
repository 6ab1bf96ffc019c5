#!/usr/bin/env python3
"""Deterministic generator for the building_permits test database.

Usage: python3 generate.py building_permits.sql
"""
import random
import sys
from datetime import date, timedelta

SEED = 20240917
rng = random.Random(SEED)


def q(v):
    """Render a Python value as an SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=rng.randint(0, span))


SCHEMA = """
CREATE TABLE District (
    DistID INTEGER PRIMARY KEY,
    dist_name TEXT NOT NULL,
    ward_cd TEXT,
    office_addr TEXT,
    council_mbr TEXT,
    pop_est INTEGER,
    has_annex TEXT
);

CREATE TABLE Owners (
    owner_id INTEGER PRIMARY KEY,
    own_fname TEXT,
    own_lname TEXT NOT NULL,
    own_type TEXT,
    mail_city TEXT,
    phone TEXT
);

CREATE TABLE property_parcels (
    parcel_id INTEGER PRIMARY KEY,
    apn TEXT,
    street_addr TEXT,
    dist_no INTEGER,
    OwnerID INTEGER,
    zoning TEXT,
    lot_sqft INTEGER,
    yr_built INTEGER,
    FOREIGN KEY (dist_no) REFERENCES District(DistID),
    FOREIGN KEY (OwnerID) REFERENCES Owners(owner_id)
);

CREATE TABLE ContractorFirms (
    ContractorID INTEGER PRIMARY KEY,
    FirmName TEXT,
    LicNo TEXT,
    TradeCd TEXT,
    Bonded TEXT,
    BaseCity TEXT,
    YrsActive INTEGER
);

CREATE TABLE permit_applications (
    app_no INTEGER PRIMARY KEY,
    parcel_id INTEGER,
    permit_type TEXT,
    status_cd TEXT,
    filed_dt TEXT,
    issued_dt TEXT,
    est_cost INTEGER,
    fee_amt TEXT,
    rush_flag TEXT,
    office_dist INTEGER
);

CREATE TABLE Inspector (
    insp_id INTEGER PRIMARY KEY,
    insp_fname TEXT,
    insp_lname TEXT,
    hire_dt TEXT,
    cert_lvl TEXT,
    Senior INTEGER,
    home_office INTEGER
);

CREATE TABLE InspectionLog (
    LogID INTEGER PRIMARY KEY,
    AppNo INTEGER,
    done_by INTEGER,
    InspDate TEXT,
    Stage TEXT,
    Result TEXT,
    mins_onsite INTEGER,
    FOREIGN KEY (AppNo) REFERENCES permit_applications(app_no),
    FOREIGN KEY (done_by) REFERENCES Inspector(insp_id)
);

CREATE TABLE permit_app_contractors (
    app_no INTEGER,
    contractor_id INTEGER,
    role_cd TEXT,
    bid_amt TEXT,
    PRIMARY KEY (app_no, contractor_id),
    FOREIGN KEY (app_no) REFERENCES permit_applications(app_no),
    FOREIGN KEY (contractor_id) REFERENCES ContractorFirms(ContractorID)
);

CREATE TABLE Appeals (
    appeal_id INTEGER PRIMARY KEY,
    app_no INTEGER,
    from_office INTEGER,
    to_office INTEGER,
    filed_on TEXT,
    decision TEXT,
    hearing_req TEXT
);
"""

# ---------------------------------------------------------------- districts
DISTRICTS = [
    # name, ward code, office address, council member, population, annex
    ("Northgate", "N", "210 Northgate Blvd", "Karen Whitfield", 48200, "Y"),
    ("Riverside", "W", "15 River Rd", "Tomas Alvarez", 39150, "N"),
    ("Old Town", "C", "1 Market Sq", "Grace Liu", 22800, "Y"),
    ("Harbor", "S", "88 Quay St", "Daniel Okafor", 31400, "N"),
    ("Eastfield", "E", "402 Eastfield Ave", "Marion Becker", 44700, "N"),
    ("Westbrook", "W", "77 Westbrook Ln", "Paul Hennessy", 36900, "Y"),
    ("Hillcrest", "N", "9 Summit Dr", "Anita Desai", 27300, "N"),
    ("Lakeview", "W", "300 Shore Pkwy", "Robert Lindqvist", 41050, "N"),
    ("Midtown", "C", "500 Center St", "Sandra Moreau", 52600, "Y"),
    ("Southport", "S", "61 Dockside Way", "Luis Ferreira", 29900, "N"),
    ("Ashby", "E", "14 Ashby Green", "Helen Park", 18450, "N"),
    ("Cedar Park", "N", "120 Cedar Ave", "Victor Nash", 33300, "Y"),
    ("Millbrook", "E", "45 Mill St", "Joanne Reyes", 25100, "N"),
    ("Fairview", "S", "230 Fairview Rd", "Owen Gallagher", 37750, "N"),
    ("Brookside", "W", "8 Brook Ct", "Priya Natarajan", 21600, "N"),
]

# ---------------------------------------------------------------- owners
FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Linda", "David",
         "Susan", "Richard", "Karen", "Joseph", "Nancy", "Thomas", "Lisa",
         "Charles", "Betty", "Daniel", "Sandra", "Matthew", "Ashley",
         "Anthony", "Emily", "Mark", "Donna", "Steven", "Michelle", "Andrew",
         "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Laura"]
LAST = ["Smith", "Johnson", "Garcia", "Miller", "Davis", "Rodriguez",
        "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas",
        "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
        "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "O'Brien", "Scott", "Nguyen",
        "Hill"]
COMPANIES = [("Harborline Holdings LLC", "C"), ("Greenleaf Properties Inc", "C"),
             ("Millstone Realty Trust", "T"), ("Cedar Ridge Partners", "C"),
             ("Bayview Development Co", "C"), ("Okafor Family Trust", "T")]
CITIES = ["Springfield", "Springfield", "Springfield", "Springfield",
          "Shelbyville", "Ogdenville", "Capital City", "North Haverbrook"]

# ---------------------------------------------------------------- inspectors
INSPECTORS = [
    # fname, lname, hire, cert, senior, home office
    ("Harold", "Brennan", "2004-03-15", "III", None, 9),
    ("Yvonne", "Castillo", "2008-07-01", "III", 1, 1),
    ("Marcus", "Feld", "2010-02-22", "III", 1, 4),
    ("Denise", "Ogunleye", "2011-09-12", "III", 1, 5),
    ("Trevor", "Albright", "2013-05-06", "II", 2, 1),
    ("Nina", "Sorensen", "2014-11-17", "II", 2, 7),
    ("Calvin", "Pruitt", "2015-04-20", "II", 2, 12),
    ("Rosa", "Delgado", "2016-01-11", "II", 3, 4),
    ("Jerome", "Whitaker", "2016-08-29", "I", 3, 10),
    ("Leah", "Kowalski", "2017-03-13", "II", 3, 14),
    ("Samuel", "Achebe", "2018-06-04", "I", 4, 5),
    ("Ingrid", "Holm", "2018-10-22", "I", 4, 11),
    ("Victor", "Tran", "2019-02-18", "I", 4, 13),
    ("Megan", "Farrell", "2020-07-27", "I", 2, 2),
    ("Omar", "Haddad", "2021-01-04", "I", 3, 3),
    ("Claire", "Dubois", "2021-09-13", "I", 4, 8),
    ("Ethan", "Morrow", "2022-05-02", "I", 2, 6),
    ("Fatima", "Zaidi", "2023-02-20", "I", 3, 15),
]

# ---------------------------------------------------------------- contractors
CONTRACTORS = [
    # firm, trade, bonded, city, years
    ("Keystone Builders", "GEN", "Y", "Springfield", 27),
    ("Ridgeway Construction", "GEN", "Y", "Shelbyville", 19),
    ("Summit General Contracting", "GEN", "N", "Springfield", 8),
    ("Blue Anchor Builders", "GEN", "Y", "Ogdenville", 14),
    ("Northstar Homes", "GEN", "N", "Springfield", 5),
    ("Oakline Renovations", "GEN", "Y", "Capital City", 11),
    ("Bright Spark Electric", "ELE", "Y", "Springfield", 16),
    ("Volt & Wire Co", "ELE", "N", "Shelbyville", 7),
    ("Current Solutions", "ELE", "Y", "Springfield", 22),
    ("Clearflow Plumbing", "PLB", "Y", "Springfield", 18),
    ("Pipeworks Ltd", "PLB", "N", "Ogdenville", 9),
    ("Aqua Pro Plumbing", "PLB", "Y", "Capital City", 12),
    ("Comfort Air HVAC", "HVC", "Y", "Springfield", 15),
    ("Polar Mechanical", "HVC", "N", "Shelbyville", 6),
    ("TopShield Roofing", "ROF", "Y", "Springfield", 21),
    ("Ironclad Roofing", "ROF", "N", "North Haverbrook", 4),
    ("SunPath Solar", "SOL", "Y", "Capital City", 10),
    ("Helios Energy Systems", "SOL", "N", "Springfield", 3),
    ("Signcraft Studio", "SGN", "N", "Ogdenville", 13),
    ("Fenceline Pros", "FNC", "Y", "Springfield", 9),
    ("Deepwater Pools", "POL", "Y", "Shelbyville", 17),
    ("Granite Demolition", "DEM", "Y", "Springfield", 24),
    # three firms registered with the office that never got any work
    ("Evergreen Carpentry", "GEN", "N", "North Haverbrook", 2),
    ("Lumen Electric", "ELE", "N", "Capital City", 1),
    ("Prairie Plumbing", "PLB", "Y", "Ogdenville", 6),
]

STREETS = ["Maple St", "Oak Ave", "Pine Rd", "Elm St", "Cedar Ln", "Birch Way",
           "Walnut St", "Chestnut Ave", "Willow Dr", "Spruce Ct", "Hawthorn Rd",
           "Linden Ave", "Poplar St", "Juniper Ln", "Sycamore Dr", "Ash St",
           "Magnolia Blvd", "Harbor View Rd", "Mill Pond Rd", "Lake Shore Dr"]

PERMIT_TYPES = ["NEW", "ALT", "DEMO", "ELEC", "PLUMB", "ROOF", "SOLAR",
                "POOL", "SIGN", "HVAC", "FENCE"]
TYPE_WEIGHTS = [10, 16, 5, 13, 11, 10, 9, 5, 5, 9, 7]
COST_RANGE = {
    "NEW": (180000, 650000), "ALT": (15000, 120000), "DEMO": (8000, 60000),
    "ELEC": (1500, 25000), "PLUMB": (1200, 22000), "ROOF": (6000, 38000),
    "SOLAR": (9000, 42000), "POOL": (25000, 90000), "SIGN": (800, 9000),
    "HVAC": (3500, 28000), "FENCE": (1000, 12000),
}
# which trades may act as prime / sub on each permit type (contractor ids)
PRIME_POOL = {
    "NEW": [1, 2, 3, 4, 5], "ALT": [1, 2, 3, 4, 5, 6], "DEMO": [22, 1, 2],
    "ELEC": [7, 8, 9], "PLUMB": [10, 11, 12], "ROOF": [15, 16],
    "SOLAR": [17, 18, 7, 9], "POOL": [21], "SIGN": [19], "HVAC": [13, 14],
    "FENCE": [20, 6],
}
SUB_POOL = {
    "NEW": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16], "ALT": [7, 8, 10, 11, 13],
    "DEMO": [], "ELEC": [], "PLUMB": [], "ROOF": [], "SOLAR": [9, 8],
    "POOL": [10, 12, 7], "SIGN": [7, 8], "HVAC": [7], "FENCE": [],
}


def main(out_path):
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())
    lines.append("")

    def insert(table, cols, rows):
        for r in rows:
            lines.append("INSERT INTO %s (%s) VALUES (%s);" % (
                table, ", ".join(cols), ", ".join(q(v) for v in r)))

    # districts
    drows = [(i + 1,) + d for i, d in enumerate(DISTRICTS)]
    insert("District", ["DistID", "dist_name", "ward_cd", "office_addr",
                        "council_mbr", "pop_est", "has_annex"], drows)

    # owners: 34 people + 6 companies/trusts (no first name)
    orows = []
    fn = FIRST[:]
    ln = LAST[:]
    rng.shuffle(fn)
    rng.shuffle(ln)
    for i in range(34):
        phone = "555-%03d-%04d" % (rng.randint(200, 899), rng.randint(0, 9999))
        if i in (5, 17, 29):
            phone = None
        orows.append([None, fn[i], ln[i], "I", rng.choice(CITIES), phone])
    for name, t in COMPANIES:
        phone = "555-%03d-%04d" % (rng.randint(200, 899), rng.randint(0, 9999))
        orows.append([None, None, name, t, rng.choice(CITIES), phone])
    rng.shuffle(orows)
    for i, r in enumerate(orows):
        r[0] = i + 1
    insert("Owners", ["owner_id", "own_fname", "own_lname", "own_type",
                      "mail_city", "phone"], orows)
    n_owners = len(orows)

    # parcels (60); one owner deliberately holds 5 parcels, others <= 3
    owner_slots = [7] * 5
    others = [o for o in range(1, n_owners + 1) if o != 7]
    counts = {o: 0 for o in others}
    while len(owner_slots) < 60:
        o = rng.choice(others)
        if counts[o] < 3:
            counts[o] += 1
            owner_slots.append(o)
    rng.shuffle(owner_slots)
    prows = []
    used_addr = set()
    for i in range(60):
        while True:
            addr = "%d %s" % (rng.randint(10, 2999), rng.choice(STREETS))
            if addr not in used_addr:
                used_addr.add(addr)
                break
        zoning = rng.choices(["R1", "R2", "R3", "C1", "C2", "M1"],
                             [30, 18, 8, 12, 7, 5])[0]
        if zoning.startswith("R"):
            lot = rng.randint(40, 140) * 50
        else:
            lot = rng.randint(100, 600) * 50
        yb = rng.randint(1925, 2021)
        if i in (4, 19, 33, 51):
            yb = None  # vacant lots
        apn = "%03d-%03d-%02d" % (rng.randint(100, 999), rng.randint(0, 999),
                                  rng.randint(1, 40))
        prows.append((i + 1, apn, addr, rng.randint(1, 15), owner_slots[i],
                      zoning, lot, yb))
    insert("property_parcels", ["parcel_id", "apn", "street_addr", "dist_no",
                                "OwnerID", "zoning", "lot_sqft", "yr_built"],
           prows)
    parcel_dist = {p[0]: p[3] for p in prows}

    # contractors
    crows = []
    for i, (firm, trade, bonded, city, yrs) in enumerate(CONTRACTORS):
        lic = "%s-%05d" % (trade, rng.randint(10000, 99999))
        crows.append((i + 1, firm, lic, trade, bonded, city, yrs))
    insert("ContractorFirms", ["ContractorID", "FirmName", "LicNo", "TradeCd",
                               "Bonded", "BaseCity", "YrsActive"], crows)

    # applications (100)
    arows = []
    for i in range(100):
        app_no = 230101 + i * 7 + rng.randint(0, 5)
        parcel = rng.randint(1, 60)
        ptype = rng.choices(PERMIT_TYPES, TYPE_WEIGHTS)[0]
        status = rng.choices(["A", "P", "D", "W"], [55, 22, 16, 7])[0]
        filed = rand_date(date(2022, 1, 3), date(2024, 9, 30))
        issued = None
        if status == "A":
            issued = (filed + timedelta(days=rng.randint(5, 75))).isoformat()
        lo, hi = COST_RANGE[ptype]
        cost = rng.randint(lo // 100, hi // 100) * 100
        fee = 75 + cost * 0.0125
        if ptype in ("NEW", "DEMO"):
            fee += 250
        fee_txt = "%.2f" % fee
        rush = "Y" if rng.random() < 0.18 else "N"
        office = parcel_dist[parcel]
        if rng.random() < 0.1:
            office = None  # not yet routed
        arows.append((app_no, parcel, ptype, status, filed.isoformat(),
                      issued, cost, fee_txt, rush, office))
    insert("permit_applications", ["app_no", "parcel_id", "permit_type",
                                   "status_cd", "filed_dt", "issued_dt",
                                   "est_cost", "fee_amt", "rush_flag",
                                   "office_dist"], arows)

    # inspectors
    irows = [(i + 1,) + r for i, r in enumerate(INSPECTORS)]
    insert("Inspector", ["insp_id", "insp_fname", "insp_lname", "hire_dt",
                         "cert_lvl", "Senior", "home_office"], irows)

    # inspections (~110) on approved / pending applications
    stages = {"NEW": ["FND", "FRM", "RGH", "FIN"], "ALT": ["FRM", "RGH", "FIN"],
              "POOL": ["FND", "FIN"], "DEMO": ["FIN"]}
    field_staff = list(range(2, 19))
    lrows = []
    log_id = 5001
    candidates = [a for a in arows if a[3] in ("A", "P")]
    rng.shuffle(candidates)
    for a in candidates:
        if len(lrows) >= 110:
            break
        seq = stages.get(a[2], ["RGH", "FIN"])
        if a[3] == "P":
            seq = seq[:1]
        d = date.fromisoformat(a[4]) + timedelta(days=rng.randint(10, 40))
        for st in seq:
            if len(lrows) >= 110:
                break
            inspector = rng.choice(field_staff)
            res = rng.choices(["P", "F", "R"], [70, 18, 12])[0]
            # two careful inspectors never fail anyone
            if inspector in (6, 16) and res == "F":
                res = "P"
            lrows.append((log_id, a[0], inspector, d.isoformat(), st, res,
                          rng.randint(3, 24) * 5))
            log_id += 1
            d += timedelta(days=rng.randint(7, 45))
    lrows.sort(key=lambda r: (r[3], r[0]))
    lrows = [(5001 + i,) + r[1:] for i, r in enumerate(lrows)]
    insert("InspectionLog", ["LogID", "AppNo", "done_by", "InspDate", "Stage",
                             "Result", "mins_onsite"], lrows)

    # application <-> contractor link (<= 120 rows)
    xrows = []
    for a in arows:
        if a[3] == "W" and rng.random() < 0.6:
            continue
        if a[3] == "D" and rng.random() < 0.3:
            continue
        ptype, cost = a[2], a[6]
        prime = rng.choice(PRIME_POOL[ptype])
        xrows.append((a[0], prime, "PRI", "%d" % (cost * rng.uniform(0.8, 0.97))))
        subs = [c for c in SUB_POOL[ptype] if c != prime]
        nsub = 0
        if subs:
            nsub = rng.choices([0, 1, 2], [55, 35, 10])[0]
        for c in rng.sample(subs, min(nsub, len(subs))):
            if len(xrows) >= 120:
                break
            xrows.append((a[0], c, "SUB",
                          "%d" % (cost * rng.uniform(0.05, 0.25))))
        if len(xrows) >= 120:
            break
    insert("permit_app_contractors", ["app_no", "contractor_id", "role_cd",
                                      "bid_amt"], xrows)

    # appeals (20): move a case from one district office to another
    pool = [a for a in arows if a[3] == "D" and a[9] is not None]
    pool += [a for a in arows if a[3] == "P" and a[9] is not None][:20 - len(pool)]
    pool = sorted(pool, key=lambda a: a[4])[:20]
    aprows = []
    for i, a in enumerate(pool):
        src = a[9]
        dst = rng.choice([d for d in range(1, 16) if d != src])
        filed = date.fromisoformat(a[4]) + timedelta(days=rng.randint(20, 90))
        dec = rng.choices(["U", "R", None], [45, 35, 20])[0]
        aprows.append((301 + i, a[0], src, dst, filed.isoformat(), dec,
                       "Y" if rng.random() < 0.4 else "N"))
    insert("Appeals", ["appeal_id", "app_no", "from_office", "to_office",
                       "filed_on", "decision", "hearing_req"], aprows)

    lines.append("COMMIT;")
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "building_permits.sql")
