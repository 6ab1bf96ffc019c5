#!/usr/bin/env python3
"""Deterministic generator for the grain_cooperative test database.

Usage: python3 generate.py grain_cooperative.sql
"""
import random
import sys
from datetime import date, timedelta

SEED = 20231107
rnd = random.Random(SEED)

SCHEMA = """
CREATE TABLE Elevator (
  ElevatorID INTEGER PRIMARY KEY,
  elev_name TEXT NOT NULL,
  town TEXT,
  st TEXT,
  elev_type TEXT,
  cap_bu TEXT,
  rail_yn TEXT,
  yr_built INTEGER,
  mgr_name TEXT
);

CREATE TABLE farms (
  farm_id INTEGER PRIMARY KEY,
  farm_nm TEXT,
  county TEXT,
  st TEXT,
  acres INTEGER,
  irrig TEXT,
  nearest_elev INTEGER
);

CREATE TABLE Farmer (
  FarmerID INTEGER PRIMARY KEY,
  fname TEXT,
  lname TEXT,
  FarmNo INTEGER,
  CoSigner INTEGER,
  memb_since TEXT,
  phone TEXT,
  status TEXT,
  FOREIGN KEY (FarmNo) REFERENCES farms(farm_id),
  FOREIGN KEY (CoSigner) REFERENCES Farmer(FarmerID)
);

CREATE TABLE Ref_Grain_Codes (
  grain_cd TEXT PRIMARY KEY,
  grain_desc TEXT,
  grade INTEGER,
  lbs_per_bu INTEGER,
  price_bu REAL
);

CREATE TABLE deliveries (
  deliv_id INTEGER PRIMARY KEY,
  ticket_no TEXT,
  farmer INTEGER,
  recv_elev INTEGER,
  grain_cd TEXT,
  deliv_dt TEXT,
  net_wt_lbs INTEGER,
  moist_pct REAL,
  dock_pct REAL,
  FOREIGN KEY (farmer) REFERENCES Farmer(FarmerID),
  FOREIGN KEY (recv_elev) REFERENCES Elevator(ElevatorID),
  FOREIGN KEY (grain_cd) REFERENCES Ref_Grain_Codes(grain_cd)
);

CREATE TABLE QualityTest (
  TestID INTEGER PRIMARY KEY,
  DelivID INTEGER,
  test_dt TEXT,
  test_wt TEXT,
  protein REAL,
  fm_pct REAL,
  result_cd TEXT,
  tech_init TEXT
);

CREATE TABLE trucks (
  truck_no INTEGER PRIMARY KEY,
  plate TEXT,
  make TEXT,
  model_yr INTEGER,
  cap_bu INTEGER,
  base_elev INTEGER,
  leased TEXT
);

CREATE TABLE TruckHaul (
  HaulID INTEGER PRIMARY KEY,
  TruckNo INTEGER,
  OrigElev INTEGER,
  DestElev INTEGER,
  GrainCd TEXT,
  HaulDate TEXT,
  Bushels INTEGER,
  driver TEXT,
  FOREIGN KEY (TruckNo) REFERENCES trucks(truck_no),
  FOREIGN KEY (OrigElev) REFERENCES Elevator(ElevatorID),
  FOREIGN KEY (DestElev) REFERENCES Elevator(ElevatorID)
);

CREATE TABLE pool_members (
  farmer_id INTEGER,
  pool_grain TEXT,
  crop_yr INTEGER,
  contract_bu INTEGER,
  price_opt TEXT,
  PRIMARY KEY (farmer_id, pool_grain, crop_yr)
);
"""

# ---------------------------------------------------------------- lookups
# code, description, grade, lbs per bushel, price per bushel
GRAINS = [
    ("HRW", "Hard Red Winter Wheat", 1, 60, 6.85),
    ("HRS", "Hard Red Spring Wheat", 1, 60, 7.42),
    ("HWW", "Hard White Wheat", 2, 60, 6.97),
    ("SRW", "Soft Red Winter Wheat", 2, 60, 6.18),
    ("SWW", "Soft White Wheat", 2, 60, 6.51),
    ("DUR", "Durum Wheat", 1, 60, 8.12),
    ("YC", "Yellow Corn", 2, 56, 4.66),
    ("WC", "White Corn", 2, 56, 4.91),
    ("SB", "Soybeans", 1, 60, 12.87),
    ("SOR", "Grain Sorghum", 2, 56, 4.31),
    ("MBAR", "Malting Barley", 1, 48, 6.74),
    ("FBAR", "Feed Barley", 3, 48, 4.08),
    ("OAT", "Oats", 2, 32, 3.56),
    ("RYE", "Rye", 2, 56, 5.23),
    ("FLX", "Flaxseed", 1, 56, 13.46),
    ("TRI", "Triticale", 3, 50, 4.79),
]
GRAIN_INFO = {g[0]: g for g in GRAINS}
WHEATS = {"HRW", "HRS", "HWW", "SRW", "SWW", "DUR"}

# id, name, town, state, type, capacity (bu), rail, year built, manager
ELEVATORS = [
    (1, "Hays Co-op Elevator", "Hays", "KS", "C", 1450000, "Y", 1958, "Dale Kessler"),
    (2, "Russell Grain", "Russell", "KS", "C", 620000, "N", 1947, "Marla Dinkel"),
    (3, "Colby Terminal", "Colby", "KS", "T", 3200000, "Y", 1976, "Ron Schultz"),
    (4, "Goodland Elevator", "Goodland", "KS", "C", 880000, "Y", 1952, None),
    (5, "Dodge City Terminal", "Dodge City", "KS", "T", 4100000, "Y", 1981, "Teresa Gallegos"),
    (6, "Garden City Co-op", "Garden City", "KS", "S", 2250000, "Y", 1969, "Brent Wiens"),
    (7, "Salina Mill Elevator", "Salina", "KS", "T", 2750000, "Y", 1963, "Paula Hoch"),
    (8, "Pratt Elevator", "Pratt", "KS", "C", 540000, "N", 1939, "Gene Unruh"),
    (9, "Kingman Grain", "Kingman", "KS", "C", 410000, "N", 1935, None),
    (10, "Great Bend Co-op", "Great Bend", "KS", "S", 1900000, "Y", 1966, "Lisa Brungardt"),
    (11, "Norton Elevator", "Norton", "KS", "C", 365000, "N", 1929, "Hank Ross"),
    (12, "McCook Elevator", "McCook", "NE", "C", 960000, "Y", 1955, "Sandra Koch"),
    (13, "Holdrege Grain", "Holdrege", "NE", "S", 1320000, "Y", 1971, "Curtis Lindgren"),
    (14, "Enid Terminal", "Enid", "OK", "T", 5600000, "Y", 1949, "Jim Harjo"),
    (15, "Alva Co-op", "Alva", "OK", "C", 475000, "N", 1957, "Donna Yoder"),
    (16, "Kearney Elevator", "Kearney", "NE", "C", 710000, "N", 1961, None),
]
ELEV_IDS = [e[0] for e in ELEVATORS]
ELEV_STATE = {e[0]: e[3] for e in ELEVATORS}

# farm names, counties
FARMS = [
    ("Prairie Wind Farms", "Ellis", "KS"), ("Kessler Acres", "Ellis", "KS"),
    ("Smoky Hill Ranch", "Russell", "KS"), ("Dinkel Brothers Farm", "Russell", "KS"),
    ("High Plains Grain", "Thomas", "KS"), ("Sunflower Valley Farm", "Thomas", "KS"),
    ("Sherman Creek Farm", "Sherman", "KS"), ("Big Sky Acres", "Sherman", "KS"),
    ("Arkansas River Farms", "Ford", "KS"), ("Fort Dodge Farm", "Ford", "KS"),
    ("Cimarron Fields", "Ford", "KS"), ("Finney Irrigated Farms", "Finney", "KS"),
    ("Holcomb Ridge Farm", "Finney", "KS"), ("Saline River Farm", "Saline", "KS"),
    ("Twin Oaks Farm", "Saline", "KS"), ("Pratt County Grain", "Pratt", "KS"),
    ("Ninnescah Farms", "Kingman", "KS"), ("Cheyenne Bottoms Farm", "Barton", "KS"),
    ("Walnut Creek Acres", "Barton", "KS"), ("Prairie Dog Creek Farm", "Norton", "KS"),
    ("Republican Valley Farm", "Red Willow", "NE"), ("Frenchman Creek Farm", "Red Willow", "NE"),
    ("Phelps County Farms", "Phelps", "NE"), ("Platte Bend Farm", "Buffalo", "NE"),
    ("Buffalo Flats Farm", "Buffalo", "NE"), ("Red Rock Farm", "Garfield", "OK"),
    ("Chisholm Trail Farms", "Garfield", "OK"), ("Salt Fork Farm", "Woods", "OK"),
    ("Little Sahara Acres", "Woods", "OK"), ("Medicine Lodge Farm", "Barber", "KS"),
]
# county -> nearest elevator id
COUNTY_ELEV = {
    "Ellis": 1, "Russell": 2, "Thomas": 3, "Sherman": 4, "Ford": 5, "Finney": 6,
    "Saline": 7, "Pratt": 8, "Kingman": 9, "Barton": 10, "Norton": 11,
    "Red Willow": 12, "Phelps": 13, "Buffalo": 16, "Garfield": 14, "Woods": 15,
    "Barber": 8,
}

FIRST = ["James", "Robert", "Mary", "Linda", "Michael", "David", "Karen", "Susan",
         "Thomas", "Daniel", "Nancy", "Paul", "Mark", "Donna", "Steven", "Carol",
         "Kevin", "Brian", "Janet", "Gary", "Ruth", "Larry", "Sharon", "Dennis",
         "Joyce", "Wayne", "Gloria", "Roger", "Keith", "Jolene", "Travis", "Cody",
         "Megan", "Dustin", "Kyle", "Amber", "Lyle", "Vernon", "Darlene", "Clint",
         "Bonnie", "Merle", "Arlene", "Duane", "Shelby", "Rodney", "Tanya", "Leroy",
         "Heidi", "Marvin"]
LAST = ["Kessler", "Dinkel", "Schmidt", "Wiens", "Unruh", "Brungardt", "Koch",
        "Lindgren", "Yoder", "Harjo", "Pfeifer", "Hoffman", "Stucky", "Janzen",
        "Ediger", "Schroeder", "Berndt", "Riedel", "Vogel", "Petersen", "Olson",
        "Nelson", "Friesen", "Kaufman", "Goering"]


def d2s(d):
    return d.isoformat()


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=rnd.randint(0, span))


def sql_val(v):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(round(v, 2))
    return "'" + str(v).replace("'", "''") + "'"


def main(out_path):
    rows = {}

    # ------------------------------------------------ Elevator
    rows["Elevator"] = [
        (e[0], e[1], e[2], e[3], e[4], str(e[5]), e[6], e[7], e[8]) for e in ELEVATORS
    ]

    # ------------------------------------------------ Ref_Grain_Codes
    rows["Ref_Grain_Codes"] = list(GRAINS)

    # ------------------------------------------------ farms
    farm_rows = []
    irrig_counties = {"Finney", "Ford", "Phelps", "Buffalo", "Red Willow", "Thomas", "Sherman"}
    used_acres = set()
    for i, (nm, county, st) in enumerate(FARMS, start=1):
        while True:
            acres = rnd.randrange(320, 5200, 10)
            if acres not in used_acres:
                used_acres.add(acres)
                break
        if county in irrig_counties:
            irrig = "Y" if rnd.random() < 0.7 else "N"
        else:
            irrig = "Y" if rnd.random() < 0.15 else "N"
        farm_rows.append((i, nm, county, st, acres, irrig, COUNTY_ELEV[county]))
    rows["farms"] = farm_rows
    farm_county = {f[0]: f[2] for f in farm_rows}

    # ------------------------------------------------ Farmer
    farmer_rows = []
    used_names = set()
    n_farmers = 52
    for fid in range(1, n_farmers + 1):
        farm_no = ((fid - 1) % len(FARMS)) + 1 if fid <= 30 else rnd.randint(1, len(FARMS))
        while True:
            fn = rnd.choice(FIRST)
            ln = rnd.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        since = rand_date(date(1978, 1, 1), date(2022, 12, 31))
        phone = "785-%03d-%04d" % (rnd.randint(200, 999), rnd.randint(0, 9999))
        if farm_county[farm_no] in ("Red Willow", "Phelps", "Buffalo"):
            phone = "308" + phone[3:]
        elif farm_county[farm_no] in ("Garfield", "Woods"):
            phone = "580" + phone[3:]
        elif farm_county[farm_no] in ("Ford", "Finney", "Pratt", "Kingman", "Barber"):
            phone = "620" + phone[3:]
        r = rnd.random()
        status = "A" if r < 0.78 else ("R" if r < 0.9 else "I")
        if fid in (7, 19):
            phone = None
        farmer_rows.append([fid, fn, ln, farm_no, None, d2s(since), phone, status])
    # co-signers: a farmer on the same farm, when there is one
    by_farm = {}
    for fr in farmer_rows:
        by_farm.setdefault(fr[3], []).append(fr[0])
    for fr in farmer_rows:
        mates = [x for x in by_farm[fr[3]] if x != fr[0]]
        if mates and fr[0] > 30:
            fr[4] = mates[0]
        elif fr[0] % 9 == 0:
            fr[4] = rnd.choice([x for x in range(1, 31) if x != fr[0]])
    rows["Farmer"] = [tuple(f) for f in farmer_rows]
    farmer_farm = {f[0]: f[3] for f in farmer_rows}

    # ------------------------------------------------ deliveries
    # which farmers deliver: leave a handful out so "never delivered" has answers
    non_delivering = {12, 27, 38, 44, 49}
    delivering = [f[0] for f in farmer_rows if f[0] not in non_delivering]
    # crop mix by state
    mix_ks = ["HRW"] * 9 + ["YC"] * 5 + ["SB"] * 4 + ["SOR"] * 4 + ["HWW"] * 2 + ["FBAR", "OAT", "RYE", "TRI"]
    mix_ne = ["YC"] * 7 + ["SB"] * 5 + ["HRW"] * 3 + ["WC"] * 2 + ["MBAR", "OAT"]
    mix_ok = ["HRW"] * 8 + ["SOR"] * 3 + ["SB"] * 2 + ["RYE", "SRW", "YC"]
    season = {
        "HRW": (date(2023, 6, 12), date(2023, 7, 28)),
        "HWW": (date(2023, 6, 15), date(2023, 7, 25)),
        "SRW": (date(2023, 6, 8), date(2023, 7, 10)),
        "HRS": (date(2023, 8, 1), date(2023, 9, 5)),
        "DUR": (date(2023, 8, 5), date(2023, 9, 10)),
        "SWW": (date(2023, 7, 20), date(2023, 8, 25)),
        "FBAR": (date(2023, 6, 20), date(2023, 7, 30)),
        "MBAR": (date(2023, 7, 10), date(2023, 8, 15)),
        "OAT": (date(2023, 7, 1), date(2023, 8, 10)),
        "RYE": (date(2023, 6, 20), date(2023, 7, 20)),
        "TRI": (date(2023, 6, 25), date(2023, 7, 30)),
        "YC": (date(2023, 9, 10), date(2023, 11, 20)),
        "WC": (date(2023, 9, 15), date(2023, 11, 10)),
        "SB": (date(2023, 9, 20), date(2023, 11, 5)),
        "SOR": (date(2023, 10, 1), date(2023, 11, 30)),
        "FLX": (date(2023, 8, 10), date(2023, 9, 15)),
    }
    moist_rng = {
        "YC": (13.5, 21.0), "WC": (14.0, 20.0), "SB": (10.5, 14.5), "SOR": (12.5, 17.5),
    }
    deliv_rows = []
    n_deliv = 118
    for did in range(1, n_deliv + 1):
        fid = delivering[(did * 7) % len(delivering)] if did % 3 else rnd.choice(delivering)
        farm = farmer_farm[fid]
        st = FARMS[farm - 1][2]
        near = COUNTY_ELEV[farm_county[farm]]
        if rnd.random() < 0.7:
            elev = near
        else:
            same_state = [e for e in ELEV_IDS if ELEV_STATE[e] == st]
            elev = rnd.choice(same_state)
        mix = mix_ks if st == "KS" else (mix_ne if st == "NE" else mix_ok)
        g = rnd.choice(mix)
        if did == 57:
            g = "FLX"
        if did == 88:
            g = "HRS"
        dt = rand_date(*season[g])
        lbs_bu = GRAIN_INFO[g][3]
        bushels = rnd.randint(380, 1050)
        net_wt = bushels * lbs_bu + rnd.randint(-25, 25)
        lo, hi = moist_rng.get(g, (10.2, 14.2))
        moist = round(rnd.uniform(lo, hi), 1)
        dock = round(rnd.uniform(0.2, 2.8), 1) if rnd.random() < 0.85 else None
        ticket = "T%s-%05d" % (ELEV_STATE[elev], 10000 + did * 37)
        deliv_rows.append((did, ticket, fid, elev, g, d2s(dt), net_wt, moist, dock))
    # guarantee: a farmer who delivered both HRW and SB, and vice versa
    rows["deliveries"] = deliv_rows

    # ------------------------------------------------ QualityTest
    test_rows = []
    techs = ["JRM", "KLS", "BDW", "AMH", "TPC"]
    tid = 1
    for d in deliv_rows:
        did, _, _, _, g, dt, _, moist, _ = d
        if did % 4 == 3:  # not every load is sampled
            continue
        n_tests = 2 if did % 17 == 0 else 1
        for k in range(n_tests):
            tdate = date.fromisoformat(dt) + timedelta(days=rnd.randint(0, 2) + k * 3)
            base = {"HRW": 60.5, "HWW": 61.0, "SRW": 59.5, "HRS": 60.0, "YC": 56.5,
                    "WC": 56.0, "SB": 56.5, "SOR": 57.5, "FBAR": 47.0, "MBAR": 49.0,
                    "OAT": 33.5, "RYE": 55.5, "TRI": 50.5, "FLX": 50.5}.get(g, 55.0)
            tw = round(base + rnd.uniform(-3.2, 2.2), 1)
            protein = round(rnd.uniform(10.4, 14.6), 1) if g in WHEATS else None
            fm = round(rnd.uniform(0.1, 3.6), 1)
            if n_tests == 2 and k == 0:
                res = "R"
            elif fm > 3.0 or tw < base - 2.6:
                res = "F"
            else:
                res = "P"
            test_rows.append((tid, did, d2s(tdate), "%.1f" % tw, protein, fm, res,
                              techs[(tid * 3 + did) % len(techs)]))
            tid += 1
    rows["QualityTest"] = test_rows

    # ------------------------------------------------ trucks
    makes = ["Kenworth", "Peterbilt", "Freightliner", "Mack", "International", "Volvo"]
    truck_rows = []
    base_choices = [1, 3, 5, 5, 6, 7, 7, 10, 12, 13, 14, 14, 3, 6, 10, 1, 5, 14]
    used_cap = set()
    for tn in range(1, 19):
        make = makes[(tn * 5 + rnd.randint(0, 2)) % len(makes)]
        yr = rnd.randint(2003, 2022)
        while True:
            cap = rnd.randrange(880, 1150, 5)
            if cap not in used_cap:
                used_cap.add(cap)
                break
        be = base_choices[tn - 1]
        plate = "%s %s%04d" % (ELEV_STATE[be], "GC", rnd.randint(1000, 9999))
        leased = "Y" if tn % 5 == 0 else "N"
        truck_rows.append((100 + tn, plate, make, yr, cap, be, leased))
    rows["trucks"] = truck_rows
    truck_cap = {t[0]: t[4] for t in truck_rows}
    truck_base = {t[0]: t[5] for t in truck_rows}

    # ------------------------------------------------ TruckHaul
    # country elevators ship to sub-terminals/terminals
    terminals = [3, 5, 6, 7, 10, 13, 14]
    drivers = ["Bud Hoffman", "Ray Janzen", "Luis Ortega", "Tina Vogel", "Scott Ediger",
               "Mike Olson", "Carla Nelson", "Jesse Friesen"]
    haul_rows = []
    origins_pool = [1, 2, 4, 8, 9, 11, 12, 15, 16, 1, 2, 8, 12, 4, 6, 10, 13, 3]
    used_bu = set()
    for hid in range(1, 65):
        tn = 100 + ((hid * 7) % 18) + 1
        orig = rnd.choice(origins_pool)
        st = ELEV_STATE[orig]
        dests = [t for t in terminals if t != orig and (ELEV_STATE[t] == st or rnd.random() < 0.25)]
        if not dests:
            dests = [t for t in terminals if t != orig]
        dest = rnd.choice(dests)
        g = rnd.choice(["HRW"] * 5 + ["YC"] * 3 + ["SB"] * 2 + ["SOR"] * 2 + ["HWW"])
        hd = rand_date(*season[g]) + timedelta(days=rnd.randint(3, 30))
        while True:
            bu = truck_cap[tn] - rnd.randint(0, 140)
            if bu not in used_bu:
                used_bu.add(bu)
                break
        drv = rnd.choice(drivers) if rnd.random() < 0.88 else None
        haul_rows.append((hid, tn, orig, dest, g, d2s(hd), bu, drv))
    rows["TruckHaul"] = haul_rows

    # ------------------------------------------------ pool_members
    pool_rows = []
    seen = set()
    pool_grains = ["HRW"] * 6 + ["YC"] * 4 + ["SB"] * 4 + ["SOR"] * 2 + ["HWW", "WC", "MBAR"]
    for fr in farmer_rows:
        fid = fr[0]
        if fr[7] == "I":
            continue
        k = 1 + (fid % 3 == 0) + (fid % 5 == 0)
        for _ in range(k):
            g = rnd.choice(pool_grains)
            key = (fid, g)
            if key in seen:
                continue
            seen.add(key)
            cbu = rnd.randrange(2000, 30000, 500)
            opt = rnd.choice(["A", "A", "D", "M"])
            pool_rows.append((fid, g, 2023, cbu, opt))
    rows["pool_members"] = pool_rows

    # ------------------------------------------------ write
    order = ["Elevator", "farms", "Farmer", "Ref_Grain_Codes", "deliveries",
             "QualityTest", "trucks", "TruckHaul", "pool_members"]
    out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    out.append(SCHEMA.strip())
    for t in order:
        for r in rows[t]:
            out.append("INSERT INTO %s VALUES (%s);" % (t, ", ".join(sql_val(v) for v in r)))
    out.append("COMMIT;")
    with open(out_path, "w") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "grain_cooperative.sql")
