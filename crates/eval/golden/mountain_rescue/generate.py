#!/usr/bin/env python3
"""Deterministic generator for the mountain_rescue test database.

Usage: python3 generate.py mountain_rescue.sql
"""
import random
import sys
import datetime

rng = random.Random(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, cols, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s (%s) VALUES (%s);" % (
            table, ", ".join(cols), ", ".join(q(v) for v in r)))
    return out


SCHEMA = """
CREATE TABLE rescue_bases (
    base_id INTEGER PRIMARY KEY,
    base_nm VARCHAR(60) NOT NULL,
    town VARCHAR(40),
    rgn CHAR(3),
    elev_m TEXT,
    is_hospital CHAR(1) DEFAULT 'N',
    opened_yr INTEGER
);

CREATE TABLE Volunteer (
    VolID INTEGER PRIMARY KEY,
    vol_fname VARCHAR(30),
    vol_lname VARCHAR(30),
    sex CHAR(1),
    dob TEXT,
    home_stn INTEGER,
    TeamLeader INTEGER,
    joined_dt TEXT,
    phone_no VARCHAR(20),
    medic_flg CHAR(1),
    FOREIGN KEY (home_stn) REFERENCES rescue_bases(base_id),
    FOREIGN KEY (TeamLeader) REFERENCES Volunteer(VolID)
);

CREATE TABLE Ref_Skill_Codes (
    skill_cd CHAR(3) PRIMARY KEY,
    skill_desc VARCHAR(60),
    renew_yrs INTEGER
);

CREATE TABLE vol_skills (
    VolID INTEGER NOT NULL,
    skill_cd CHAR(3) NOT NULL,
    cert_dt TEXT,
    lvl INTEGER,
    PRIMARY KEY (VolID, skill_cd),
    FOREIGN KEY (VolID) REFERENCES Volunteer(VolID),
    FOREIGN KEY (skill_cd) REFERENCES Ref_Skill_Codes(skill_cd)
);

CREATE TABLE CalloutLog (
    CalloutID INTEGER PRIMARY KEY,
    call_dt TEXT,
    sev_cd VARCHAR(4),
    mtn_area VARCHAR(40),
    grid_ref VARCHAR(12),
    lead_base INTEGER,
    dur_hrs TEXT,
    wx CHAR(4)
);

CREATE TABLE callout_crew (
    co_id INTEGER,
    vol_no INTEGER,
    role_cd CHAR(1),
    PRIMARY KEY (co_id, vol_no)
);

CREATE TABLE Casualty (
    cas_id INTEGER PRIMARY KEY,
    callout_ref INTEGER,
    cas_name VARCHAR(60),
    age INTEGER,
    sex CHAR(1),
    injury VARCHAR(40),
    outcome CHAR(1)
);

CREATE TABLE helicopters (
    heli_reg VARCHAR(8) PRIMARY KEY,
    model VARCHAR(40),
    operator_cd VARCHAR(3),
    seats INTEGER,
    yr_built INTEGER,
    stn INTEGER
);

CREATE TABLE HeliFlight (
    FlightNo INTEGER PRIMARY KEY,
    heli VARCHAR(8),
    CasID INTEGER,
    orig_base INTEGER,
    dest_base INTEGER,
    flt_dt TEXT,
    flt_mins INTEGER,
    night_flg CHAR(1),
    FOREIGN KEY (heli) REFERENCES helicopters(heli_reg),
    FOREIGN KEY (CasID) REFERENCES Casualty(cas_id),
    FOREIGN KEY (orig_base) REFERENCES rescue_bases(base_id),
    FOREIGN KEY (dest_base) REFERENCES rescue_bases(base_id)
);
"""

# ---------------------------------------------------------------- bases
BASES = [
    # id, name, town, region, elev, hospital, opened
    (1, "Lochaber MRT Base", "Fort William", "SCO", "61", "N", 1971),
    (2, "Glencoe MRT Base", "Glencoe", "SCO", "22", "N", 1961),
    (3, "Cairngorm MRT Base", "Aviemore", "SCO", "212", "N", 1963),
    (4, "Braemar MRT Base", "Braemar", "SCO", "339", "N", 1965),
    (5, "Keswick MRT Base", "Keswick", "ENG", "84", "N", 1947),
    (6, "Langdale Ambleside MRT Base", "Ambleside", "ENG", "57", "N", 1969),
    (7, "Wasdale MRT Base", "Wasdale Head", "ENG", "79", "N", None),
    (8, "Llanberis MRT Base", "Llanberis", "WAL", "106", "N", 1967),
    (9, "Ogwen Valley MRO Base", "Bethesda", "WAL", "306", "N", 1964),
    (10, "Belford Hospital", "Fort William", "SCO", "14", "Y", None),
    (11, "Raigmore Hospital", "Inverness", "SCO", "9", "Y", 1941),
    (12, "Aberdeen Royal Infirmary", "Aberdeen", "SCO", "48", "Y", 1936),
    (13, "Cumberland Infirmary", "Carlisle", "ENG", "27", "Y", None),
    (14, "Furness General Hospital", "Barrow-in-Furness", "ENG", "19", "Y", 1984),
    (15, "Ysbyty Gwynedd", "Bangor", "WAL", "43", "Y", 1984),
]
RESCUE_BASES = [b[0] for b in BASES if b[5] == "N"]

# ---------------------------------------------------------------- volunteers
FN_M = ["Alasdair", "Callum", "Duncan", "Euan", "Fraser", "Hamish", "Iain",
        "Jamie", "Kenny", "Lachlan", "Murray", "Neil", "Owen", "Rhys",
        "Dafydd", "Gareth", "Tom", "Ben", "Matthew", "Stuart", "Gavin",
        "Robert", "Peter", "Mark"]
FN_F = ["Ailsa", "Catriona", "Eilidh", "Fiona", "Isla", "Kirsty", "Morag",
        "Rhona", "Sian", "Ffion", "Carys", "Helen", "Rachel", "Laura",
        "Emma", "Sarah", "Jenny", "Beth"]
LN = ["MacDonald", "Cameron", "Fraser", "Grant", "MacLeod", "Stewart",
      "Robertson", "Campbell", "Sinclair", "Munro", "Jones", "Williams",
      "Evans", "Hughes", "Roberts", "Pritchard", "Thomas", "Harrison",
      "Atkinson", "Wilson", "Dixon", "Nicholson", "Bell", "Hodgson",
      "Walker", "Taylor", "Ross", "Mackay", "Morgan", "Lloyd"]


def rdate(y0, y1):
    start = datetime.date(y0, 1, 1)
    end = datetime.date(y1, 12, 31)
    return (start + datetime.timedelta(days=rng.randint(0, (end - start).days))).isoformat()


volunteers = []
used_names = set()
vid = 0
per_base = {1: 8, 2: 7, 3: 7, 4: 6, 5: 8, 6: 7, 7: 5, 8: 7, 9: 6}
leaders = {}
for b in RESCUE_BASES:
    for k in range(per_base[b]):
        vid += 1
        while True:
            sex = "F" if rng.random() < 0.35 else "M"
            fn = rng.choice(FN_F if sex == "F" else FN_M)
            ln = rng.choice(LN)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        dob = rdate(1962, 2000)
        joined = rdate(max(int(dob[:4]) + 18, 1990), 2022)
        phone = None if rng.random() < 0.12 else "07%03d %06d" % (rng.randint(700, 999), rng.randint(0, 999999))
        medic = "Y" if rng.random() < 0.25 else "N"
        if k == 0:
            leaders[b] = vid
            tl = None
        else:
            tl = leaders[b]
        volunteers.append([vid, fn, ln, sex, dob, b, tl, joined, phone, medic])
# two volunteers moved base but still report to their old leader (realistic mess)
volunteers[20][6] = leaders[1]
# a deputy structure at the big bases: some members report to a deputy
volunteers[3][6] = 2
volunteers[4][6] = 2
volunteers[38][6] = 40
# one Keswick volunteer transferred to Lochaber
volunteers[35][5] = 1
volunteers[35][6] = 1

# ---------------------------------------------------------------- skills
SKILLS = [
    ("NAV", "Mountain navigation", 3),
    ("ROP", "Rope rescue", 3),
    ("FA", "First aid", 3),
    ("CAS", "Casualty care", 3),
    ("AVL", "Avalanche rescue", 2),
    ("SKI", "Ski mountaineering", None),
    ("DOG", "Search dog handling", 1),
    ("SWR", "Swiftwater rescue", 2),
    ("RAD", "Radio operation", 5),
    ("DRV", "Off-road driving", 5),
    ("CLM", "Technical climbing", None),
    ("WIN", "Helicopter winch operation", 1),
    ("DRN", "Drone piloting", 2),
    ("SRC", "Search management", 3),
    ("CAV", "Cave rescue", 3),
    ("MED", "Paramedic", 2),
]
skill_weights = {"NAV": 10, "ROP": 7, "FA": 9, "CAS": 5, "AVL": 3, "SKI": 2,
                 "DOG": 2, "SWR": 3, "RAD": 5, "DRV": 4, "CLM": 4, "WIN": 1,
                 "DRN": 2, "SRC": 3, "CAV": 0, "MED": 0}
scodes = [s for s in skill_weights if skill_weights[s] > 0]
sw = [skill_weights[s] for s in scodes]
vol_skills = []
for v in volunteers:
    n = rng.choice([0, 1, 1, 2, 2, 2, 3, 3])
    chosen = set()
    if v[9] == "Y":
        chosen.add("MED")
    while len(chosen) < n:
        chosen.add(rng.choices(scodes, sw)[0])
    for s in sorted(chosen):
        cert = rdate(max(int(v[7][:4]), 2012), 2024)
        lvl = rng.choice([1, 1, 2, 2, 3]) if s not in ("MED", "DOG") else None
        vol_skills.append((v[0], s, cert, lvl))

# ---------------------------------------------------------------- callouts
AREAS = {
    "Ben Nevis": ([1], [10, 11], "NN"),
    "Glen Coe": ([2], [10, 11], "NN"),
    "Cairngorms": ([3, 4], [11, 12], "NJ"),
    "Lochnagar": ([4], [12], "NO"),
    "Helvellyn": ([5, 6], [13], "NY"),
    "Scafell Pike": ([7], [13, 14], "NY"),
    "Great Gable": ([7, 5], [13], "NY"),
    "Langdale Pikes": ([6], [14], "NY"),
    "Snowdon": ([8], [15], "SH"),
    "Tryfan": ([9], [15], "SH"),
    "Glyderau": ([9, 8], [15], "SH"),
    "Cadair Idris": ([8], [15], "SH"),
}
area_w = {"Ben Nevis": 7, "Glen Coe": 6, "Cairngorms": 5, "Lochnagar": 2,
          "Helvellyn": 5, "Scafell Pike": 6, "Great Gable": 3,
          "Langdale Pikes": 3, "Snowdon": 6, "Tryfan": 4, "Glyderau": 2,
          "Cadair Idris": 1}
area_names = list(AREAS)
SEV = ["LOW", "MED", "HIGH", "CRIT"]
WX = ["CLR", "RAIN", "SNOW", "FOG", "WIND"]

callouts = []
crew = []
vols_by_base = {}
for v in volunteers:
    vols_by_base.setdefault(v[5], []).append(v[0])
# a few volunteers who never turn out
inactive = {6, 19, 33, 45, 58}
for cid in range(1, 51):
    area = rng.choices(area_names, [area_w[a] for a in area_names])[0]
    bases, hosp, sq = AREAS[area]
    base = rng.choice(bases)
    dt = rdate(2021, 2024)
    sev = rng.choices(SEV, [4, 6, 4, 2])[0]
    month = int(dt[5:7])
    if month in (12, 1, 2, 3):
        wx = rng.choice(["SNOW", "SNOW", "FOG", "WIND", "CLR"])
    else:
        wx = rng.choice(["CLR", "CLR", "RAIN", "RAIN", "FOG", "WIND"])
    grid = None if rng.random() < 0.1 else "%s %03d %03d" % (sq, rng.randint(100, 999), rng.randint(100, 999))
    dur = round(rng.uniform(1.0, 12.0) * 4) / 4
    dur_s = ("%.2f" % dur).rstrip("0").rstrip(".")
    callouts.append([cid, dt, sev, area, grid, base, dur_s, wx])
    pool = [x for x in vols_by_base[base] if x not in inactive]
    n = min(len(pool), rng.choice([1, 2, 2, 2, 3, 3]))
    team = rng.sample(pool, n)
    for i, vol in enumerate(team):
        crew.append((cid, vol, "L" if i == 0 else rng.choice(["M", "M", "M", "D", "R"])))
callouts.sort(key=lambda c: c[1])
# renumber so ids follow date order
old2new = {}
for i, c in enumerate(callouts, 1):
    old2new[c[0]] = i
    c[0] = i
crew = sorted(((old2new[c], v, r) for c, v, r in crew))

# ---------------------------------------------------------------- casualties
CAS_FN = {"M": ["James", "Oliver", "Harry", "George", "Jack", "Charlie",
                 "David", "Michael", "Chris", "Andrew", "Paul", "Luke",
                 "Sam", "Pavel", "Ahmed", "Tomasz"],
          "F": ["Lucy", "Sophie", "Hannah", "Chloe", "Amy", "Katie", "Anna",
                "Zoe", "Nina", "Marta", "Priya", "Grace"]}
CAS_LN = ["Smith", "Brown", "Green", "Patel", "Khan", "Clarke", "Wright",
          "Turner", "Hill", "Cooper", "Ward", "Baker", "Kowalski", "Novak",
          "Shaw", "Young", "King", "Moore", "Allen", "Price"]
INJ = ["Lower leg fracture", "Ankle sprain", "Hypothermia", "Head injury",
       "Exhaustion", "Cardiac arrest", "Dislocated shoulder", "Back injury",
       "Lost - uninjured", "Wrist fracture"]
casualties = []
cas_id = 0
for c in callouts:
    k = rng.choice([0, 1, 1, 1, 1, 2])
    if c[2] in ("HIGH", "CRIT") and k == 0:
        k = 1
    for _ in range(k):
        cas_id += 1
        sex = rng.choice(["M", "M", "F"])
        name = rng.choice(CAS_FN[sex]) + " " + rng.choice(CAS_LN)
        age = None if rng.random() < 0.08 else rng.randint(14, 76)
        if c[2] == "LOW":
            inj = rng.choice(["Lost - uninjured", "Exhaustion", "Ankle sprain"])
        elif c[2] == "MED":
            inj = rng.choice(["Ankle sprain", "Wrist fracture", "Hypothermia",
                              "Dislocated shoulder", "Exhaustion", "Lower leg fracture"])
        else:
            inj = rng.choice(["Lower leg fracture", "Head injury", "Back injury",
                              "Hypothermia", "Cardiac arrest"])
        if inj == "Cardiac arrest" and rng.random() < 0.5:
            out = "F"
        elif inj in ("Lost - uninjured", "Exhaustion"):
            out = "R"
        elif c[2] in ("HIGH", "CRIT"):
            out = "H"
        else:
            out = rng.choice(["H", "R"])
        casualties.append([cas_id, c[0], name, age, sex, inj, out])

# ---------------------------------------------------------------- helicopters
HELIS = [
    ("G-MCGT", "AW189", "CG", 16, 2015, 11),
    ("G-MCGU", "AW189", "CG", 16, 2015, 11),
    ("G-MCGV", "S-92A", "CG", 19, 2014, 11),
    ("G-MCGW", "AW189", "CG", 16, 2016, 15),
    ("G-MCGX", "S-92A", "CG", 19, 2013, 15),
    ("G-MCGY", "AW189", "CG", 16, 2016, 13),
    ("G-SCAA", "H145", "AA", 6, 2019, 12),
    ("G-SCAB", "EC135", "AA", 4, 2011, 11),
    ("G-GNAA", "H145", "AA", 6, 2020, 13),
    ("G-GNAB", "EC135", "AA", 4, 2010, 14),
    ("G-WASA", "H145", "AA", 6, 2021, 15),
    ("G-WASB", "EC135", "AA", 4, 2012, None),
    ("ZJ240", "Puma HC2", "MIL", 16, 2001, None),
    ("ZJ245", "Chinook HC6", "MIL", 33, 2014, None),
    ("G-BLUE", "AS355", "PVT", 5, 1998, None),
]
# which helicopters may fly for which region
heli_rgn = {
    "SCO": ["G-MCGT", "G-MCGU", "G-MCGV", "G-SCAA", "G-SCAB"],
    "ENG": ["G-MCGY", "G-GNAA", "G-GNAB", "G-MCGU"],
    "WAL": ["G-MCGW", "G-MCGX", "G-WASA"],
}
base_rgn = {b[0]: b[3] for b in BASES}
call_by_id = {c[0]: c for c in callouts}
flights = []
fno = 0
for cas in casualties:
    if cas[6] != "H":
        continue
    c = call_by_id[cas[1]]
    if c[2] in ("LOW", "MED") and rng.random() < 0.45:
        continue  # went by road ambulance
    fno += 1
    bases, hosp, sq = AREAS[c[3]]
    rgn = base_rgn[c[5]]
    heli = rng.choice(heli_rgn[rgn])
    dest = rng.choice(hosp)
    mins = rng.randint(14, 75)
    night = "Y" if rng.random() < 0.3 else "N"
    flights.append((1000 + fno, heli, cas[0], c[5], dest, c[1], mins, night))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "mountain_rescue.sql"
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())
    lines.append("")
    lines += ins("rescue_bases", ["base_id", "base_nm", "town", "rgn", "elev_m", "is_hospital", "opened_yr"], BASES)
    lines += ins("Volunteer", ["VolID", "vol_fname", "vol_lname", "sex", "dob", "home_stn", "TeamLeader", "joined_dt", "phone_no", "medic_flg"], volunteers)
    lines += ins("Ref_Skill_Codes", ["skill_cd", "skill_desc", "renew_yrs"], SKILLS)
    lines += ins("vol_skills", ["VolID", "skill_cd", "cert_dt", "lvl"], vol_skills)
    lines += ins("CalloutLog", ["CalloutID", "call_dt", "sev_cd", "mtn_area", "grid_ref", "lead_base", "dur_hrs", "wx"], callouts)
    lines += ins("callout_crew", ["co_id", "vol_no", "role_cd"], crew)
    lines += ins("Casualty", ["cas_id", "callout_ref", "cas_name", "age", "sex", "injury", "outcome"], casualties)
    lines += ins("helicopters", ["heli_reg", "model", "operator_cd", "seats", "yr_built", "stn"], HELIS)
    lines += ins("HeliFlight", ["FlightNo", "heli", "CasID", "orig_base", "dest_base", "flt_dt", "flt_mins", "night_flg"], flights)
    lines.append("COMMIT;")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
