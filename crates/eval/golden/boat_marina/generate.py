#!/usr/bin/env python3
"""Generate the boat_marina SQLite database as SQL text.

Usage: python3 generate.py boat_marina.sql
"""
import random
import sys
import datetime

random.seed(4127)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


def rand_date(start, end):
    s = datetime.date.fromisoformat(start)
    e = datetime.date.fromisoformat(end)
    return (s + datetime.timedelta(days=random.randint(0, (e - s).days))).isoformat()


out = []
out.append("PRAGMA foreign_keys = OFF;")
out.append("BEGIN TRANSACTION;")

# ---------------------------------------------------------------- Marina
out.append("""CREATE TABLE Marina (
    MarinaID INTEGER PRIMARY KEY,
    MarinaName TEXT NOT NULL,
    City TEXT,
    Region TEXT,
    Capacity INTEGER,
    OpenedYear INTEGER,
    FuelDock TEXT
);""")
marinas = [
    # name, city, region, capacity, opened, fuel dock
    ("Port Solent Marina", "Portsmouth", "SE", 900, 1988, "T"),
    ("Ocean Village Marina", "Southampton", "SE", 450, 1986, "T"),
    ("Mylor Yacht Harbour", "Falmouth", "SW", 250, 1968, "T"),
    ("Torquay Marina", "Torquay", "SW", 440, 1984, "F"),
    ("Brighton Marina", "Brighton", "SE", 1300, 1978, "T"),
    ("Swansea Marina", "Swansea", "WAL", 550, 1982, "T"),
    ("Conwy Marina", "Conwy", "WAL", 500, 1993, "F"),
    ("Largs Yacht Haven", "Largs", "SCO", 700, 1990, "T"),
    ("Royal Quays Marina", "North Shields", "NE", 350, 1996, "F"),
    ("Hartlepool Marina", "Hartlepool", "NE", 500, 1993, "T"),
    ("Limehouse Basin", "London", "SE", 90, 1820, "F"),
    ("Plymouth Yacht Haven", "Plymouth", "SW", 450, 1999, "T"),
    ("Kip Marina", "Inverkip", "SCO", 620, 1971, "T"),
    ("Bangor Marina", "Bangor", "NI", 550, 1989, "F"),
    ("Liverpool Marina", "Liverpool", "NW", 300, 1987, "T"),
]
for i, m in enumerate(marinas, 1):
    out.append(ins("Marina", (i,) + m))
fuel_marinas = [i for i, m in enumerate(marinas, 1) if m[5] == "T"]

# ---------------------------------------------------------------- berths
out.append("""CREATE TABLE berths (
    berth_id INTEGER PRIMARY KEY,
    marina_id INTEGER NOT NULL,
    berth_no TEXT,
    max_loa REAL,
    depth_m REAL,
    shore_power TEXT,
    FOREIGN KEY (marina_id) REFERENCES Marina(MarinaID)
);""")
berths = []
bid = 0
# uneven number of berths per marina so "most berths" has a clear answer
per_marina = [7, 5, 4, 3, 8, 4, 3, 6, 2, 3, 2, 5, 4, 2, 2]
for mid, n in enumerate(per_marina, 1):
    pontoons = random.sample("ABCDEFGH", 3)
    used = set()
    for _ in range(n):
        bid += 1
        while True:
            no = "%s%02d" % (random.choice(pontoons), random.randint(1, 40))
            if no not in used:
                used.add(no)
                break
        loa = random.choice([8.0, 9.5, 10.0, 11.0, 12.0, 12.5, 14.0, 15.0, 16.5, 18.0, 20.0, 24.0])
        depth = round(random.uniform(1.8, 4.5), 1)
        power = "Y" if random.random() < 0.7 else "N"
        berths.append((bid, mid, no, loa, depth, power))
for b in berths:
    out.append(ins("berths", b))

# ---------------------------------------------------------------- Ref_Boat_Classes
out.append("""CREATE TABLE Ref_Boat_Classes (
    class_code TEXT PRIMARY KEY,
    class_description TEXT,
    propulsion TEXT
);""")
classes = [
    ("SLP", "Sloop", "S"),
    ("KET", "Ketch", "S"),
    ("YWL", "Yawl", "S"),
    ("CUT", "Cutter", "S"),
    ("SCH", "Schooner", "S"),
    ("CAT", "Catamaran", "S"),
    ("TRI", "Trimaran", "S"),
    ("MCR", "Motor Cruiser", "P"),
    ("TRW", "Trawler", "P"),
    ("SPB", "Sports Boat", "P"),
    ("RIB", "Rigid Inflatable", "P"),
    ("DNG", "Dinghy", "S"),
    ("NRB", "Narrowboat", "P"),
    ("HSB", "Houseboat", "P"),
    ("SFB", "Sportfisher", "P"),
    ("MYT", "Motor Yacht", "P"),
]
for c in classes:
    out.append(ins("Ref_Boat_Classes", c))

# ---------------------------------------------------------------- boat_owners
out.append("""CREATE TABLE boat_owners (
    owner_id INTEGER PRIMARY KEY,
    own_fname TEXT,
    own_lname TEXT,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    email TEXT,
    city TEXT
);""")
male = ["James", "Oliver", "Harry", "George", "William", "Thomas", "Jack", "Daniel",
        "Matthew", "Robert", "Alistair", "Gareth", "Rhys", "Callum", "Ewan", "Patrick",
        "Simon", "Nigel", "Graham", "Hamish"]
female = ["Emily", "Sophie", "Charlotte", "Olivia", "Amelia", "Hannah", "Lucy", "Megan",
          "Fiona", "Catriona", "Sian", "Bethan", "Rachel", "Joanna", "Helen", "Isla",
          "Eleanor", "Grace"]
lnames = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson",
          "Thomas", "Roberts", "Johnson", "Campbell", "Stewart", "MacLeod", "Hughes",
          "Walker", "Wright", "Thompson", "White", "Edwards", "Green", "Hall", "Wood",
          "Harris", "Clarke", "Patel", "Murray", "Fraser", "Kelly", "Morgan", "Baker",
          "Turner", "Parry", "Lloyd", "Ross", "Reid", "Pritchard", "Hamilton", "Shaw", "Fletcher"]
owner_cities = ["Portsmouth", "Southampton", "Falmouth", "Brighton", "Swansea", "Cardiff",
                "Glasgow", "Edinburgh", "Newcastle", "London", "Bristol", "Plymouth",
                "Manchester", "Liverpool", "Belfast"]
random.shuffle(lnames)
owners = []
used_first = set()
for oid in range(1, 41):
    g = "M" if random.random() < 0.55 else "F"
    pool = male if g == "M" else female
    fn = random.choice([p for p in pool if p not in used_first] or pool)
    used_first.add(fn)
    ln = lnames[oid - 1]
    dob = rand_date("1948-01-01", "1996-12-31")
    ph = "07%03d %06d" % (random.randint(700, 999), random.randint(0, 999999))
    if random.random() < 0.2:
        email = None
    else:
        email = "%s.%s@%s" % (fn.lower(), ln.lower(),
                              random.choice(["gmail.com", "btinternet.com", "outlook.com",
                                             "yahoo.co.uk", "sky.com"]))
    city = random.choice(owner_cities)
    owners.append([oid, fn, ln, g, dob, ph, email, city])
for o in owners:
    out.append(ins("boat_owners", o))

# ---------------------------------------------------------------- Boat
out.append("""CREATE TABLE Boat (
    boat_id INTEGER PRIMARY KEY,
    boat_name TEXT NOT NULL,
    owner INTEGER,
    class_code TEXT,
    loa_m REAL,
    year_built INTEGER,
    hull_colour TEXT,
    engine_hp INTEGER,
    FOREIGN KEY (owner) REFERENCES boat_owners(owner_id)
);""")
boat_names = ["Sea Breeze", "Blue Heron", "Kittiwake", "Wild Goose", "Morning Star",
              "Saltwater Gypsy", "Osprey", "Maid of Kent", "Jolly Roger", "Spindrift",
              "Curlew", "Free Spirit", "Halcyon", "Moonraker", "Puffin", "Silver Mist",
              "Tern", "Dawn Treader", "Sea Otter", "Windfall", "Avocet", "Celtic Dawn",
              "Red Kite", "Stormy Petrel", "Selkie", "Second Wind", "Lady Grace",
              "Mariner", "Gannet", "Blue Moon", "Kestrel", "Firefly", "Northern Light",
              "Pippin", "Swallow", "Amazon", "Reverie", "Skylark", "Sanderling",
              "Island Hopper", "Cormorant", "Bonnie Lass", "Water Rat", "Merlin",
              "Half Moon", "Shearwater", "Plover", "Tranquility", "Whimbrel", "Marlin"]
class_weights = {"SLP": 12, "KET": 3, "YWL": 1, "CUT": 3, "SCH": 1, "CAT": 5, "TRI": 1,
                 "MCR": 7, "TRW": 3, "SPB": 4, "RIB": 3, "DNG": 0, "NRB": 2, "HSB": 0,
                 "SFB": 2, "MYT": 3}
cls_pool = [c for c, w in class_weights.items() for _ in range(w)]
boats = []
colours = ["White", "Navy", "Red", "Dark Green", "Cream", "Grey", "Black", "Light Blue"]
# owners 1..40: most own one boat, some own several, a few own none
owner_pool = list(range(1, 41))
random.shuffle(owner_pool)
boat_owner_ids = owner_pool[:34] + [owner_pool[0]] * 2 + [owner_pool[1], owner_pool[2]] \
    + [owner_pool[3]] + [owner_pool[4]] + owner_pool[5:9] + [owner_pool[9]] * 2 \
    + [owner_pool[0], owner_pool[1], owner_pool[10], owner_pool[11]]
random.shuffle(boat_owner_ids)
assert len(boat_owner_ids) == 50
lengths_by_class = {
    "SLP": (7.5, 13.5), "KET": (10.0, 16.0), "YWL": (9.0, 13.0), "CUT": (9.0, 14.0),
    "SCH": (16.0, 22.0), "CAT": (10.0, 14.5), "TRI": (9.0, 12.0), "MCR": (8.0, 15.0),
    "TRW": (11.0, 17.0), "SPB": (5.5, 8.5), "RIB": (4.5, 8.0), "NRB": (15.0, 21.0),
    "SFB": (9.0, 14.0), "MYT": (15.0, 23.5),
}
for i in range(50):
    cc = cls_pool[random.randrange(len(cls_pool))]
    lo, hi = lengths_by_class[cc]
    loa = round(random.uniform(lo, hi), 2)
    yr = random.randint(1972, 2021)
    colour = random.choice(colours) if random.random() > 0.15 else None
    if classes[[c[0] for c in classes].index(cc)][2] == "P":
        hp = random.choice([90, 150, 200, 250, 300, 370, 450, 600, 800])
    else:
        hp = random.choice([None, 10, 20, 29, 30, 40, 55]) if random.random() > 0.2 else None
    boats.append([i + 1, boat_names[i], boat_owner_ids[i], cc, loa, yr, colour, hp])
for b in boats:
    out.append(ins("Boat", b))

# ---------------------------------------------------------------- Boat_Berth (leases)
out.append("""CREATE TABLE Boat_Berth (
    lease_id INTEGER PRIMARY KEY,
    boat_id INTEGER NOT NULL,
    berth_id INTEGER NOT NULL,
    start_date TEXT,
    end_date TEXT,
    monthly_fee REAL,
    lease_status TEXT,
    FOREIGN KEY (boat_id) REFERENCES Boat(boat_id),
    FOREIGN KEY (berth_id) REFERENCES berths(berth_id)
);""")
leases = []
lid = 0
leased_boats = random.sample(range(1, 51), 42)
for bt in leased_boats:
    nlease = 1 if random.random() < 0.75 else 2
    for k in range(nlease):
        lid += 1
        boat_len = boats[bt - 1][4]
        fitting = [b for b in berths if b[3] >= boat_len] or berths
        br = random.choice(fitting)
        start = rand_date("2016-01-01", "2024-06-30")
        if k == 0 and nlease == 2:
            status = random.choice(["EXP", "EXP", "CXL"])
        else:
            status = random.choice(["ACT", "ACT", "ACT", "EXP"])
        if status == "ACT":
            end = None if random.random() < 0.6 else rand_date("2025-01-01", "2026-12-31")
        else:
            end = rand_date(start, "2024-12-31")
        fee = round(br[3] * random.choice([28, 32, 35, 40, 45, 52]) + random.randint(0, 40), 2)
        leases.append([lid, bt, br[0], start, end, fee, status])
for l in leases:
    out.append(ins("Boat_Berth", l))

# ---------------------------------------------------------------- harbour_staff
out.append("""CREATE TABLE harbour_staff (
    staff_no INTEGER PRIMARY KEY,
    stf_fname TEXT,
    stf_lname TEXT,
    job_title TEXT,
    marina_id INTEGER,
    supervisor INTEGER,
    hire_dt TEXT,
    salary INTEGER,
    FOREIGN KEY (supervisor) REFERENCES harbour_staff(staff_no)
);""")
staff_first = ["Ian", "Karen", "Stuart", "Moira", "Dylan", "Tracey", "Owen", "Lorna",
               "Craig", "Angela", "Euan", "Gemma", "Mark", "Dawn", "Neil", "Kirsty",
               "Paul", "Jenny", "Gavin", "Nicola", "Scott", "Carys", "Liam", "Morag",
               "Dean", "Ffion", "Colin", "Shona", "Ryan", "Alison"]
staff_last = ["Barr", "Cooper", "Dunn", "Ellis", "Ferguson", "Gibson", "Hardy", "Irvine",
              "Jenkins", "Kerr", "Lamb", "Mason", "Nolan", "Owens", "Price", "Quinn",
              "Rowe", "Sutton", "Tait", "Vaughan", "Wallace", "Young", "Bell", "Doyle",
              "Foster", "Grant", "Howell", "Innes", "Lewis", "Munro"]
staff = []
sno = 100
# harbour masters first (no supervisor), then others supervised by them
hm_marinas = [1, 5, 8, 6, 3, 12]
hm_ids = []
hm_salaries = [54000, 63500, 52500, 55750, 61000, 58250]
for mid, hm_sal in zip(hm_marinas, hm_salaries):
    sno += 1
    hm_ids.append((sno, mid))
    staff.append([sno, None, None, "Harbour Master", mid, None,
                  rand_date("1998-01-01", "2012-12-31"), hm_sal])
other_titles = ["Dockhand", "Dockhand", "Dockhand", "Fuel Attendant", "Marine Engineer",
                "Berthing Officer", "Office Manager"]
other_marinas = [1, 1, 1, 1, 5, 5, 5, 8, 8, 6, 6, 3, 12, 12, 2, 2, 10, 10, 13, 15, 4, 7, 9, 11]
for mid in other_marinas:
    sno += 1
    title = random.choice(other_titles)
    hms = [h for h, m in hm_ids if m == mid]
    # marinas without their own harbour master report to a neighbouring one
    nearby = {2: 1, 10: 8, 13: 8, 15: 5, 4: 3, 7: 6, 9: 8, 11: 1}
    sup = hms[0] if hms else [h for h, m in hm_ids if m == nearby[mid]][0]
    if random.random() < 0.1:
        sup = None
    staff.append([sno, None, None, title, mid, sup, rand_date("2008-01-01", "2024-03-31"),
                  random.randint(22, 41) * 1000 + random.choice([0, 250, 500, 750])])
order = list(range(len(staff)))
random.shuffle(order)
for k, s in enumerate(staff):
    s[1] = staff_first[order[k]]
    s[2] = staff_last[k]
for s in staff:
    out.append(ins("harbour_staff", s))

# ---------------------------------------------------------------- fuel_sales
out.append("""CREATE TABLE fuel_sales (
    sale_id INTEGER PRIMARY KEY,
    marina_id INTEGER,
    boat_id INTEGER,
    staff_no INTEGER,
    sale_date TEXT,
    fuel_type TEXT,
    litres TEXT,
    amt REAL
);""")
sales = []
fuel_boats = random.sample(range(1, 51), 36)
petrol_ok = {bt for bt in range(1, 51) if boats[bt - 1][3] in ("SPB", "RIB")}
for sid in range(1, 76):
    mid = random.choice(fuel_marinas + [1, 5, 5, 8])
    bt = random.choice(fuel_boats)
    st_here = [s[0] for s in staff if s[4] == mid and s[3] in ("Fuel Attendant", "Dockhand")]
    if not st_here:
        st_here = [s[0] for s in staff if s[4] == mid and s[3] != "Harbour Master"]
    st = random.choice(st_here) if st_here and random.random() < 0.9 else None
    ftype = "P" if (bt in petrol_ok or random.random() < 0.12) else "D"
    litres = round(random.uniform(20, 400), 1)
    price = 1.62 if ftype == "D" else 1.78
    amt = round(litres * price, 2)
    lit_txt = ("%.1f" % litres).rstrip("0").rstrip(".")
    sales.append([sid, mid, bt, st, rand_date("2023-01-01", "2024-10-31"), ftype, lit_txt, amt])
for s in sales:
    out.append(ins("fuel_sales", s))

out.append("COMMIT;")

with open(sys.argv[1], "w") as f:
    f.write("\n".join(out) + "\n")
