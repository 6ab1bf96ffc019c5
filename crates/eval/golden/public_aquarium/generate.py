#!/usr/bin/env python3
"""Deterministic generator for the public_aquarium test database.

Usage: python3 generate.py public_aquarium.sql
"""
import random
import sys
import datetime

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))
    return out


def rdate(start, end):
    s = datetime.date.fromisoformat(start)
    e = datetime.date.fromisoformat(end)
    return (s + datetime.timedelta(days=rng.randint(0, (e - s).days))).isoformat()


SCHEMA = """
CREATE TABLE Aquarium (
    aq_id INTEGER PRIMARY KEY,
    aq_name TEXT NOT NULL,
    city TEXT,
    country TEXT,
    opened_yr INTEGER,
    annual_visitors INTEGER,
    touch_pool TEXT
);

CREATE TABLE Ref_Species_Codes (
    species_cd TEXT PRIMARY KEY,
    common_name TEXT NOT NULL,
    sci_name TEXT,
    conserv_status TEXT,
    max_len_cm INTEGER,
    diet TEXT
);

CREATE TABLE tanks (
    tank_id INTEGER PRIMARY KEY,
    aquarium INTEGER NOT NULL,
    tank_nm TEXT,
    water_type TEXT,
    volume_l TEXT,
    temp_c REAL,
    on_display TEXT,
    FOREIGN KEY (aquarium) REFERENCES Aquarium(aq_id)
);

CREATE TABLE animals (
    animal_id INTEGER PRIMARY KEY,
    nickname TEXT,
    species_cd TEXT,
    tank_no INTEGER,
    sex TEXT,
    dob TEXT,
    wt_kg REAL,
    acq_src TEXT,
    FOREIGN KEY (species_cd) REFERENCES Ref_Species_Codes(species_cd),
    FOREIGN KEY (tank_no) REFERENCES tanks(tank_id)
);

CREATE TABLE Aquarists (
    staff_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    hire_dt TEXT,
    senior_aquarist INTEGER,
    home_aq INTEGER,
    dive_cert TEXT,
    FOREIGN KEY (senior_aquarist) REFERENCES Aquarists(staff_id),
    FOREIGN KEY (home_aq) REFERENCES Aquarium(aq_id)
);

CREATE TABLE Trained_For (
    staff_id INTEGER,
    tank_id INTEGER,
    trained_on TEXT,
    PRIMARY KEY (staff_id, tank_id),
    FOREIGN KEY (staff_id) REFERENCES Aquarists(staff_id),
    FOREIGN KEY (tank_id) REFERENCES tanks(tank_id)
);

CREATE TABLE FeedingLog (
    LogID INTEGER PRIMARY KEY,
    TankID INTEGER,
    FedBy INTEGER,
    FeedDate TEXT,
    FoodType TEXT,
    QtyG REAL,
    Notes TEXT
);

CREATE TABLE vet_checks (
    chk_id INTEGER PRIMARY KEY,
    animal_id INTEGER,
    chk_date TEXT,
    vet_name TEXT,
    wt_kg REAL,
    result TEXT,
    follow_up TEXT
);

CREATE TABLE animal_xfers (
    xfer_id INTEGER PRIMARY KEY,
    animal_id INTEGER,
    from_aq INTEGER,
    to_aq INTEGER,
    xfer_dt TEXT,
    reason TEXT,
    cost_amt TEXT
);
"""

# ---------------------------------------------------------------- aquariums
AQUARIUMS = [
    (1, "Harborview Aquarium", "Boston", "USA", 1969, 1350000, "Y"),
    (2, "Pacific Tides Aquarium", "San Diego", "USA", 1998, 980000, "Y"),
    (3, "Gulf Coast Marine Center", "Tampa", "USA", 2004, 615000, "N"),
    (4, "Lakeshore Aquarium", "Chicago", "USA", 1930, 2010000, "Y"),
    (5, "Northern Lights Aquarium", "Bergen", "Norway", 1960, 280000, "N"),
    (6, "Atlantic Blue Aquarium", "Lisbon", "Portugal", 1998, 1240000, "N"),
    (7, "Mare Nostrum Aquarium", "Genoa", "Italy", 1992, 1105000, "Y"),
    (8, "Coral Coast Aquarium", "Cairns", "Australia", 2017, 345000, "Y"),
    (9, "Darling Bay Aquarium", "Sydney", "Australia", 1988, 1460000, "N"),
    (10, "Osaka Bay Aquarium", "Osaka", "Japan", 1990, 2480000, "N"),
    (11, "Kuroshio Aquarium", "Okinawa", "Japan", 2002, 2950000, "Y"),
    (12, "Rio Amazonas Aquarium", "Manaus", "Brazil", 2011, None, "N"),
    (13, "Cape Waters Aquarium", "Cape Town", "South Africa", 1995, 720000, "Y"),
    (14, "Mission Bay Discovery Center", "San Diego", "USA", 2009, 190000, "Y"),
    (15, "Fjordsenteret Aquarium", "Bergen", "Norway", 2014, None, "N"),
]

# ---------------------------------------------------------------- species
# code, common name, scientific name, IUCN status, max length cm, diet, water
SPECIES = [
    ("CLWN", "Clownfish", "Amphiprion ocellaris", "LC", 11, "O", "SW"),
    ("BTNG", "Blue Tang", "Paracanthurus hepatus", "LC", 31, "H", "SW"),
    ("GPUF", "Guineafowl Puffer", "Arothron meleagris", "LC", 50, "C", "SW"),
    ("MORY", "Green Moray Eel", "Gymnothorax funebris", "LC", 250, "C", "SW"),
    ("SEAH", "Lined Seahorse", "Hippocampus erectus", "VU", 19, "C", "SW"),
    ("BTRS", "Blacktip Reef Shark", "Carcharhinus melanopterus", "VU", 200, "C", "SW"),
    ("ZEBS", "Zebra Shark", "Stegostoma tigrinum", "EN", 250, "C", "SW"),
    ("SPRY", "Spotted Eagle Ray", "Aetobatus narinari", "EN", 330, "C", "SW"),
    ("LOGT", "Loggerhead Turtle", "Caretta caretta", "VU", 110, "C", "SW"),
    ("GRNT", "Green Sea Turtle", "Chelonia mydas", "EN", 150, "H", "SW"),
    ("GPOC", "Giant Pacific Octopus", "Enteroctopus dofleini", "LC", 500, "C", "SW"),
    ("MOON", "Moon Jellyfish", "Aurelia aurita", "LC", 40, "C", "SW"),
    ("LION", "Red Lionfish", "Pterois volitans", "LC", 38, "C", "SW"),
    ("NAPW", "Humphead Wrasse", "Cheilinus undulatus", "EN", 229, "C", "SW"),
    ("GROU", "Goliath Grouper", "Epinephelus itajara", "VU", 250, "C", "SW"),
    ("GEEL", "Spotted Garden Eel", "Heteroconger hassi", "LC", 40, "C", "SW"),
    ("SCHH", "Scalloped Hammerhead", "Sphyrna lewini", "CR", 420, "C", "SW"),
    ("AROW", "Silver Arowana", "Osteoglossum bicirrhosum", "LC", 120, "C", "FW"),
    ("PIRH", "Red-bellied Piranha", "Pygocentrus nattereri", "LC", 33, "C", "FW"),
    ("ARAP", "Arapaima", "Arapaima gigas", "DD", 300, "C", "FW"),
    ("AXOL", "Axolotl", "Ambystoma mexicanum", "CR", 30, "C", "FW"),
    ("SALM", "Atlantic Salmon", "Salmo salar", "LC", 150, "C", "FW"),
    ("ARCH", "Banded Archerfish", "Toxotes jaculatrix", "LC", 30, "C", "BR"),
    ("MUDS", "Atlantic Mudskipper", "Periophthalmus barbarus", "LC", 25, "O", "BR"),
    ("MONO", "Silver Moony", "Monodactylus argenteus", "LC", 27, "O", "BR"),
    ("SCAT", "Spotted Scat", "Scatophagus argus", "LC", 38, "O", "BR"),
    ("STUR", "European Sturgeon", "Acipenser sturio", "CR", 350, "C", "BR"),
    ("LSAW", "Largetooth Sawfish", "Pristis pristis", "CR", 650, "C", "BR"),
]
NOT_HELD = {"SCHH", "NAPW", "SALM"}

WEIGHT = {
    "CLWN": (0.01, 0.03), "BTNG": (0.2, 0.6), "GPUF": (0.8, 2.5), "MORY": (8, 25),
    "SEAH": (0.01, 0.02), "BTRS": (15, 28), "ZEBS": (18, 30), "SPRY": (20, 29),
    "LOGT": (70, 130), "GRNT": (80, 250), "GPOC": (10, 40), "MOON": (0.1, 0.5),
    "LION": (0.4, 1.1), "GROU": (60, 180), "GEEL": (0.05, 0.1), "AROW": (2, 5),
    "PIRH": (0.5, 1.5), "ARAP": (50, 140), "AXOL": (0.05, 0.3), "ARCH": (0.1, 0.4),
    "MUDS": (0.01, 0.05), "MONO": (0.1, 0.3), "SCAT": (0.3, 1.0), "STUR": (30, 95),
    "LSAW": (100, 260),
}

# ---------------------------------------------------------------- tanks
# aquarium, name, water type, on display, approx volume litres, temp
TANK_SPEC = [
    (1, "Giant Ocean Tank", "SW", "Y", 760000, 24.0),
    (1, "Gulf of Maine Exhibit", "SW", "Y", 95000, 11.5),
    (1, "Jelly Gallery", "SW", "Y", 4200, 20.0),
    (1, "Quarantine Bay 1", "SW", "N", 12000, 23.5),
    (2, "Kelp Forest", "SW", "Y", 1270000, 15.0),
    (2, "Shark Lagoon", "SW", "Y", 480000, 24.5),
    (2, "Seahorse Nursery", "SW", "Y", 2500, 23.0),
    (3, "Mangrove Shoreline", "BR", "Y", 38000, 25.0),
    (3, "Gulf Reef", "SW", "Y", 210000, 25.5),
    (3, "Turtle Rehab Pool", "SW", "N", 60000, 26.0),
    (4, "Great Lakes Gallery", "FW", "Y", 45000, 12.0),
    (4, "Amazon Rising", "FW", "Y", 155000, 27.0),
    (4, "Caribbean Reef", "SW", "Y", 340000, 25.0),
    (4, "Amphibian Annex", "FW", "Y", 1800, 17.0),
    (5, "North Atlantic Deep", "SW", "Y", 400000, 8.0),
    (5, "Fjord Pool", "BR", "Y", 70000, 10.0),
    (5, "Cold Water Octopus Den", "SW", "Y", 9000, 9.0),
    (6, "Open Atlantic", "SW", "Y", 5000000, 18.5),
    (6, "Tagus Estuary", "BR", "Y", 52000, 19.0),
    (6, "Tropical Indo-Pacific", "SW", "Y", 180000, 25.0),
    (6, "Holding Tank L2", "SW", "N", 15000, 22.0),
    (7, "Mediterranean Reef", "SW", "Y", 240000, 20.5),
    (7, "Ray Bay", "SW", "Y", 310000, 22.5),
    (7, "Jellyfish Room", "SW", "Y", 3600, 19.0),
    (8, "Great Barrier Reef Tank", "SW", "Y", 1100000, 26.0),
    (8, "Daintree River", "FW", "Y", 64000, 26.5),
    (8, "Mangrove Creek", "BR", "Y", 41000, 27.0),
    (9, "Shark Tunnel", "SW", "Y", 2100000, 22.0),
    (9, "Harbour Wharf Pilings", "SW", "Y", 75000, 19.5),
    (9, "Seahorse Alcove", "SW", "Y", 3100, 22.5),
    (10, "Pacific Ring", "SW", "Y", 5400000, 21.0),
    (10, "Ecuador Rainforest", "FW", "Y", 88000, 26.0),
    (10, "Sea Turtle Beach", "SW", "Y", 130000, 24.0),
    (11, "Kuroshio Sea", "SW", "Y", 7500000, 24.0),
    (11, "Coral Garden", "SW", "Y", 350000, 25.5),
    (11, "Deep Reef Cave", "SW", "N", 22000, 16.0),
    (12, "Rio Negro Channel", "FW", "Y", 620000, 28.0),
    (12, "Igapo Flooded Forest", "FW", "Y", 290000, 27.5),
    (12, "Piranha Pool", "FW", "Y", 36000, 27.0),
    (12, "Quarantine M1", "FW", "N", 8000, 27.0),
    (13, "Two Oceans Exhibit", "SW", "Y", 1600000, 18.0),
    (13, "Kelp Cove", "SW", "Y", 800000, 14.0),
    (13, "Predator Tank", "SW", "Y", 2000000, 20.0),
    (14, "Tide Pool Touch Tank", "SW", "Y", 6500, 16.5),
    (14, "Estuary Marsh", "BR", "Y", 27000, 21.0),
    (15, "River Run", "FW", "Y", 54000, 9.5),
    (15, "Fjord Wall", "SW", "Y", 260000, 8.5),
]

# species allowed per tank (by tank name keyword) to keep data realistic
TANK_SPECIES = {
    "Giant Ocean Tank": ["GRNT", "MORY", "BTRS", "SPRY", "GROU", "LOGT"],
    "Gulf of Maine Exhibit": ["GPOC"],
    "Jelly Gallery": ["MOON"],
    "Quarantine Bay 1": ["LOGT", "BTNG"],
    "Kelp Forest": ["GPOC", "GEEL"],
    "Shark Lagoon": ["BTRS", "ZEBS", "SPRY"],
    "Seahorse Nursery": ["SEAH"],
    "Mangrove Shoreline": ["SCAT", "MONO", "LSAW"],
    "Gulf Reef": ["GROU", "LION", "MORY", "BTNG"],
    "Turtle Rehab Pool": ["LOGT", "GRNT"],
    "Great Lakes Gallery": ["STUR"],
    "Amazon Rising": ["AROW", "ARAP", "PIRH"],
    "Caribbean Reef": ["BTNG", "CLWN", "MORY", "LION"],
    "Amphibian Annex": ["AXOL"],
    "North Atlantic Deep": ["GPOC"],
    "Fjord Pool": ["STUR"],
    "Cold Water Octopus Den": ["GPOC"],
    "Open Atlantic": ["SPRY", "ZEBS", "GROU", "BTRS"],
    "Tagus Estuary": ["STUR", "MONO"],
    "Tropical Indo-Pacific": ["CLWN", "BTNG", "GPUF", "LION"],
    "Holding Tank L2": ["GPUF"],
    "Mediterranean Reef": ["MORY", "LION", "GEEL"],
    "Ray Bay": ["SPRY"],
    "Jellyfish Room": ["MOON"],
    "Great Barrier Reef Tank": ["CLWN", "BTNG", "GPUF", "ZEBS", "BTRS", "GRNT"],
    "Daintree River": ["ARCH"],
    "Mangrove Creek": ["ARCH", "MUDS", "SCAT", "LSAW"],
    "Shark Tunnel": ["BTRS", "ZEBS", "GRNT"],
    "Harbour Wharf Pilings": ["MORY", "GEEL"],
    "Seahorse Alcove": ["SEAH"],
    "Pacific Ring": ["ZEBS", "SPRY", "GROU"],
    "Ecuador Rainforest": ["AROW", "PIRH"],
    "Sea Turtle Beach": ["LOGT", "GRNT"],
    "Kuroshio Sea": ["ZEBS", "SPRY", "GRNT", "BTRS"],
    "Coral Garden": ["CLWN", "BTNG", "GPUF"],
    "Deep Reef Cave": ["MORY"],
    "Rio Negro Channel": ["ARAP", "AROW"],
    "Igapo Flooded Forest": ["AROW", "PIRH"],
    "Piranha Pool": ["PIRH"],
    "Quarantine M1": ["ARAP"],
    "Two Oceans Exhibit": ["BTRS", "SPRY", "LOGT"],
    "Kelp Cove": ["GPOC", "GEEL"],
    "Predator Tank": ["ZEBS", "BTRS", "GROU"],
    "Tide Pool Touch Tank": ["GEEL", "GPUF"],
    "Estuary Marsh": ["MUDS", "MONO"],
    "River Run": ["STUR"],
    "Fjord Wall": ["GPOC", "MORY"],
}

NICKNAMES = [
    "Bubbles", "Nemo", "Coral", "Finn", "Sandy", "Pearl", "Marlin", "Dory", "Squirt",
    "Crush", "Gill", "Peach", "Shelly", "Splash", "Inky", "Otis", "Bruce", "Luna",
    "Kai", "Nala", "Atlas", "Ziggy", "Pepper", "Mango", "Biscuit", "Rocky", "Sunny",
    "Olive", "Poseidon", "Hugo", "Basil", "Tango", "Ruby", "Maui", "Skipper",
    "Echo", "Storm", "Juno", "Pebble", "Ripple", "Koa", "Nori", "Tiko", "Boots",
    "Zuzu", "Marina", "Fennel", "Captain", "Blue", "Ginger", "Wasabi", "Sprocket",
    "Domino", "Lolo", "Taro", "Yuki", "Hana", "Sol", "Bento", "Tofu", "Pixel",
    "Loki", "Iris", "Clover", "Dexter", "Willow", "Ember", "Frodo", "Gus", "Hazel",
    "Ivy", "Jasper", "Kiwi", "Lemon", "Milo", "Noodle", "Oscar", "Pip", "Quill",
    "Rosie", "Sushi", "Thor", "Umi", "Vela", "Waffles", "Xena", "Yoshi", "Zara",
    "Apollo", "Bolt", "Cleo", "Duke", "Ella", "Fig", "Goldie",
]

FIRST = ["Maria", "James", "Aiko", "Lars", "Sofia", "Daniel", "Priya", "Tomas",
         "Emma", "Kenji", "Lucia", "Oliver", "Ingrid", "Rafael", "Chloe", "Marco",
         "Hannah", "Diego", "Yuki", "Sipho", "Grace", "Noah", "Elena", "Hiroshi",
         "Ana", "Ethan", "Freya", "Thandi", "Liam", "Giulia", "Mateus", "Zoe",
         "Bjorn", "Isabel", "Ryan", "Mei", "Pedro", "Nora", "Samuel", "Ava",
         "Joao", "Clara", "Kofi", "Leah", "Victor"]
LAST = ["Alvarez", "Bennett", "Tanaka", "Nilsen", "Rossi", "Okafor", "Sharma",
        "Silva", "Johansson", "Murphy", "Costa", "Watanabe", "Dlamini", "Fischer",
        "Moreau", "Kowalski", "Nguyen", "Haugen", "Ferreira", "Bianchi", "Walker",
        "Pereira", "Sato", "Mokoena", "Hughes", "Lindqvist", "Santos", "Ito",
        "Cooper", "Marino", "Berg", "Oliveira", "Reid", "Yamamoto", "Van Wyk",
        "Campbell", "Esposito", "Carter", "Kim", "Lopez", "Novak", "Patel",
        "Brooks", "Dahl", "Greco"]

VETS = ["Dr. Helen Marsh", "Dr. Rui Almeida", "Dr. Naoko Fujita", "Dr. Peter Strand",
        "Dr. Amara Nkosi", "Dr. Luca Ferri", "Dr. Sarah Quinn", "Dr. Carlos Mendes"]

FOODS = {
    "SW": ["Squid", "Krill", "Mysis", "Capelin", "Pellets"],
    "FW": ["Pellets", "Bloodworms", "Smelt"],
    "BR": ["Pellets", "Mysis", "Krill"],
}


def main(path):
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())

    lines += ins("Aquarium", AQUARIUMS)
    lines += ins("Ref_Species_Codes", [s[:6] for s in SPECIES])

    # tanks
    tanks = []
    for i, (aq, nm, wt, disp, vol, temp) in enumerate(TANK_SPEC, start=1):
        v = int(round(vol * rng.uniform(0.9, 1.1), -2))
        tanks.append((i, aq, nm, wt, str(v), temp, disp))
    lines += ins("tanks", tanks)
    tank_by_name = {t[2]: t for t in tanks}

    # animals
    tank_weights = []
    for t in tanks:
        vol = int(t[4])
        w = 1 + (3 if vol > 500000 else 2 if vol > 100000 else 1)
        if t[6] == "N":
            w = 1
        tank_weights.append(w)
    animals = []
    nick_pool = NICKNAMES[:]
    rng.shuffle(nick_pool)
    # a couple of fixed, well known residents
    fixed = [("Myrtle", "GRNT", "Giant Ocean Tank", "F", "1970-06-01", 255.0, "WC"),
             ("Big Mama", "LSAW", "Mangrove Shoreline", "F", None, 240.5, "RS")]
    aid = 1
    for nick, sp, tn, sex, dob, wt, src in fixed:
        animals.append((aid, nick, sp, tank_by_name[tn][0], sex, dob, wt, src))
        aid += 1
    while len(animals) < 110:
        t = rng.choices(tanks, weights=tank_weights)[0]
        sp = rng.choice(TANK_SPECIES[t[2]])
        lo, hi = WEIGHT[sp]
        wt = round(rng.uniform(lo, hi), 2 if hi < 5 else 1)
        src = rng.choices(["CB", "WC", "RS"], weights=[5, 3, 2])[0]
        dob = None if src != "CB" and rng.random() < 0.6 else rdate("2005-01-01", "2022-12-31")
        if sp in ("MOON", "GEEL") or rng.random() < 0.08:
            nick = None
        else:
            nick = nick_pool.pop()
        sex = rng.choice(["M", "F", "U"]) if sp in ("MOON", "SEAH", "CLWN", "GEEL") else rng.choice(["M", "F"])
        animals.append((aid, nick, sp, t[0], sex, dob, wt, src))
        aid += 1
    lines += ins("animals", animals)

    # aquarists: 5 regional curators, one lead per aquarium, the rest junior staff
    names = set()

    def new_name():
        while True:
            n = (rng.choice(FIRST), rng.choice(LAST))
            if n not in names and n[0] not in {x[0] for x in names if x[1] == n[1]}:
                names.add(n)
                return n

    aquarists = []
    sid = 101
    regional = {}
    for aq in (1, 6, 10, 4, 13):
        fn, ln = new_name()
        aquarists.append((sid, fn, ln, rdate("1995-01-01", "2008-12-31"), None, aq, "Y"))
        regional[aq] = sid
        sid += 1
    region_of = {1: 1, 2: 4, 3: 4, 4: 4, 5: 6, 6: 6, 7: 6, 8: 13, 9: 13, 10: 10,
                 11: 10, 12: 4, 13: 13, 14: 4, 15: 6}
    leads = {}
    for a in AQUARIUMS:
        aq = a[0]
        fn, ln = new_name()
        aquarists.append((sid, fn, ln, rdate("2003-01-01", "2015-12-31"),
                          regional[region_of[aq]], aq, rng.choice(["Y", "Y", "N"])))
        leads[aq] = sid
        sid += 1
    while len(aquarists) < 45:
        aq = rng.randint(1, 15)
        fn, ln = new_name()
        aquarists.append((sid, fn, ln, rdate("2012-01-01", "2023-10-31"), leads[aq], aq,
                          rng.choice(["Y", "N", "N"])))
        sid += 1
    lines += ins("Aquarists", aquarists)

    # training: aquarists are trained for tanks of their home aquarium
    tanks_of = {}
    for t in tanks:
        tanks_of.setdefault(t[1], []).append(t[0])
    training = []
    for a in aquarists:
        if a[4] is None and rng.random() < 0.6:
            continue  # most regional curators are not on the tank rota
        own = tanks_of[a[5]]
        k = rng.randint(1, min(3, len(own)))
        for tid in sorted(rng.sample(own, k)):
            training.append((a[0], tid, rdate(max(a[3], "2015-01-01"), "2023-12-31")))
    lines += ins("Trained_For", training)
    trained = {}
    for s, t, _ in training:
        trained.setdefault(t, []).append(s)

    # feeding log
    tank_by_id = {t[0]: t for t in tanks}
    staff_by_aq = {}
    for a in aquarists:
        staff_by_aq.setdefault(a[5], []).append(a[0])
    lazy = set(rng.sample([a[0] for a in aquarists if a[4] is not None], 6))
    feed = []
    for lid in range(1, 121):
        t = rng.choices(tanks, weights=tank_weights)[0]
        cands = [s for s in trained.get(t[0], []) if s not in lazy] or \
                [s for s in staff_by_aq[t[1]] if s not in lazy] or staff_by_aq[t[1]]
        who = rng.choice(cands)
        food = rng.choice(FOODS[t[3]])
        vol = int(t[4])
        qty = round(rng.uniform(50, 400) * (4 if vol > 500000 else 1.5 if vol > 100000 else 0.5), 1)
        note = rng.choice([None] * 8 + ["Low appetite", "Target fed", "Fed by hand", "Leftovers removed"])
        feed.append((lid, t[0], who, rdate("2024-01-01", "2024-06-30"), food, qty, note))
    feed.sort(key=lambda r: (r[3], r[0]))
    feed = [(i,) + r[1:] for i, r in enumerate(feed, start=1)]
    lines += ins("FeedingLog", feed)

    # vet checks
    checks = []
    for cid in range(1, 71):
        an = rng.choice(animals)
        res = rng.choices(["OK", "OBS", "TRT"], weights=[6, 2, 1])[0]
        fu = "Y" if res == "TRT" else ("Y" if res == "OBS" and rng.random() < 0.5 else "N")
        w = None if rng.random() < 0.15 else round(an[6] * rng.uniform(0.95, 1.05), 2)
        checks.append((cid, an[0], rdate("2023-01-01", "2024-06-30"), rng.choice(VETS), w, res, fu))
    checks.sort(key=lambda r: (r[2], r[0]))
    checks = [(i,) + r[1:] for i, r in enumerate(checks, start=1)]
    lines += ins("vet_checks", checks)

    # transfers: the destination is the animal's current aquarium
    xfers = []
    movable = [a for a in animals if a[2] not in ("MOON",)]
    picked = rng.sample(movable, 20)
    for xid, an in enumerate(picked, start=1):
        to_aq = tank_by_id[an[3]][1]
        from_aq = rng.choice([a[0] for a in AQUARIUMS if a[0] != to_aq and a[0] not in (12, 15)])
        reason = rng.choice(["BRD", "SPC", "MED", "LOAN", "BRD", "SPC"])
        cost = None if rng.random() < 0.1 else "%.2f" % (rng.uniform(300, 9000) * (3 if an[6] > 50 else 1))
        xfers.append((xid, an[0], from_aq, to_aq, rdate("2020-03-01", "2024-05-31"), reason, cost))
    xfers.sort(key=lambda r: (r[4], r[0]))
    xfers = [(i,) + r[1:] for i, r in enumerate(xfers, start=1)]
    lines += ins("animal_xfers", xfers)

    lines.append("COMMIT;")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "public_aquarium.sql")
