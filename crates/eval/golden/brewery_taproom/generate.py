#!/usr/bin/env python3
"""Generate the brewery_taproom SQLite dump (deterministic, standard library only).

Usage: python3 generate.py brewery_taproom.sql
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


def ins(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


out = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]

# ---------------------------------------------------------------- schema
out.append("""CREATE TABLE Ref_Beer_Styles (
  style_cd TEXT PRIMARY KEY,
  style_desc TEXT NOT NULL,
  origin_ctry TEXT,
  srv_temp_c INTEGER
);""")

out.append("""CREATE TABLE Taproom (
  TaproomID INTEGER PRIMARY KEY,
  tap_name TEXT NOT NULL,
  city_cd TEXT,
  street_addr TEXT,
  seat_cap TEXT,
  opened_yr INTEGER,
  has_kitchen TEXT,
  ph_no TEXT
);""")

out.append("""CREATE TABLE Brewer (
  BrewerID INTEGER PRIMARY KEY,
  brw_fname TEXT,
  brw_lname TEXT,
  gender TEXT,
  dob TEXT,
  hire_dt TEXT,
  cert_flag TEXT,
  supervisor_id INTEGER,
  home_tap INTEGER,
  ph_no TEXT,
  FOREIGN KEY (supervisor_id) REFERENCES Brewer(BrewerID)
);""")

out.append("""CREATE TABLE beers (
  beer_id INTEGER PRIMARY KEY,
  beer_nm TEXT NOT NULL,
  style_cd TEXT,
  abv REAL,
  ibu INTEGER,
  head_brewer INTEGER,
  launch_yr INTEGER,
  seasonal_yn TEXT,
  FOREIGN KEY (style_cd) REFERENCES Ref_Beer_Styles(style_cd)
);""")

out.append("""CREATE TABLE brew_batches (
  batch_no INTEGER PRIMARY KEY,
  beer_id INTEGER NOT NULL,
  lead_brewer INTEGER,
  brewed_on TEXT,
  vol_litres TEXT,
  status_cd TEXT,
  FOREIGN KEY (beer_id) REFERENCES beers(beer_id),
  FOREIGN KEY (lead_brewer) REFERENCES Brewer(BrewerID)
);""")

out.append("""CREATE TABLE kegs (
  keg_id INTEGER PRIMARY KEY,
  batch_no INTEGER,
  size_cd TEXT,
  cur_loc INTEGER,
  fill_dt TEXT,
  keg_stat TEXT,
  FOREIGN KEY (batch_no) REFERENCES brew_batches(batch_no)
);""")

out.append("""CREATE TABLE taproom_beers (
  tap_id INTEGER NOT NULL,
  beer_id INTEGER NOT NULL,
  on_tap_since TEXT,
  tap_handle_no INTEGER,
  PRIMARY KEY (tap_id, beer_id),
  FOREIGN KEY (tap_id) REFERENCES Taproom(TaproomID),
  FOREIGN KEY (beer_id) REFERENCES beers(beer_id)
);""")

out.append("""CREATE TABLE sales_txns (
  txn_id INTEGER PRIMARY KEY,
  TaproomID INTEGER,
  beer_id INTEGER,
  sale_dt TEXT,
  pints INTEGER,
  amt REAL,
  pay_type TEXT,
  FOREIGN KEY (TaproomID) REFERENCES Taproom(TaproomID)
);""")

# ---------------------------------------------------------------- styles
styles = [
    ("IPA", "India Pale Ale", "England", 8),
    ("DIPA", "Double IPA", "USA", 9),
    ("NEI", "Hazy New England IPA", "USA", 7),
    ("PAL", "Pale Ale", "England", 8),
    ("STT", "Stout", "Ireland", 11),
    ("POR", "Porter", "England", 11),
    ("PIL", "Pilsner", "Czechia", 5),
    ("LAG", "Lager", "Germany", 4),
    ("SAI", "Saison", "Belgium", 8),
    ("WHT", "Wheat Beer", "Germany", 6),
    ("HEF", "Hefeweizen", "Germany", 6),
    ("SOU", "Sour Ale", "Belgium", 7),
    ("GOS", "Gose", "Germany", 6),
    ("AMB", "Amber Ale", "USA", 9),
    ("RED", "Irish Red Ale", "Ireland", 9),
    ("BRN", "Brown Ale", "England", 10),
    ("TRP", "Belgian Tripel", "Belgium", 9),
    ("DUB", "Belgian Dubbel", "Belgium", 10),
    ("KOL", "Kolsch", "Germany", 5),
    ("BRL", "Barleywine", "England", 13),
    ("CRM", "Cream Ale", "USA", 5),
    ("BOK", "Bock", "Germany", 9),
]
ins(out, "Ref_Beer_Styles", styles)

# ---------------------------------------------------------------- taprooms
cities = ["PDX", "PDX", "PDX", "PDX", "PDX", "SEA", "SEA", "SEA", "SEA", "DEN",
          "DEN", "DEN", "SFO", "SFO", "SFO", "BOI", "BOI", "PDX", "SEA", "BND"]
tap_names = ["Alberta Street Taproom", "Hawthorne Hall", "Pearl District Pour House",
             "Sellwood Station", "St. Johns Bridge Bar", "Ballard Barrel Room",
             "Fremont Tap Shack", "Capitol Hill Cellar", "Georgetown Garage",
             "RiNo Railyard", "Highlands Hop House", "Baker Street Tavern",
             "Mission Taproom", "Dogpatch Docks", "Sunset Growler Bar",
             "Boise River Taps", "North End Pub", "Division Street Den",
             "Pike Place Pints", "Old Mill Alehouse"]
streets = ["Main St", "Oak Ave", "Division St", "Market St", "Broadway",
           "Water Ave", "Front St", "Mill Rd", "Pine St", "1st Ave"]
caps = [120, 85, 150, 60, 45, 110, 70, 95, 130, 140,
        75, 55, 100, 65, 80, 90, 50, 175, 105, 40]
opened = [2012, 2014, 2015, 2016, 2019, 2013, 2017, 2018, 2020, 2016,
          2018, 2021, 2015, 2019, 2022, 2017, 2020, 2023, 2014, 2011]
kitchen = ["Y", "N", "Y", "N", "N", "Y", "N", "Y", "N", "Y",
           "Y", "N", "Y", "N", "N", "Y", "N", "Y", "Y", "N"]
area = {"PDX": "503", "SEA": "206", "DEN": "303", "SFO": "415", "BOI": "208", "BND": "541"}
taprooms = []
for i in range(20):
    tid = i + 1
    ph = None if i in (4, 16) else "(%s) 555-%04d" % (area[cities[i]], rng.randint(1000, 9999))
    addr = "%d %s" % (rng.randint(100, 4999), rng.choice(streets))
    taprooms.append((tid, tap_names[i], cities[i], addr, str(caps[i]), opened[i], kitchen[i], ph))
ins(out, "Taproom", taprooms)

# ---------------------------------------------------------------- brewers
fnames_f = ["Maria", "Aisha", "Jenna", "Priya", "Hannah", "Lucia", "Grace", "Nora", "Tessa", "Ruth"]
fnames_m = ["Tom", "Diego", "Ken", "Marcus", "Owen", "Ravi", "Liam", "Felix", "Sam", "Jonas",
            "Eli", "Hugo", "Caleb", "Victor", "Dale"]
lnames = ["Okafor", "Lindqvist", "Ramirez", "Chen", "Novak", "Brennan", "Patel", "Schultz",
          "Haddad", "Moreau", "Kowalski", "Tanaka", "Byrne", "Alvarez", "Fischer", "Nguyen",
          "Adeyemi", "Larsen", "Costa", "Murphy", "Weiss", "Sato", "Quinn", "Duarte", "Holm"]
genders = ["M", "F", "M", "F", "M", "F", "M", "M", "F", "M", "F", "M", "M", "F", "M",
           "M", "F", "M", "F", "M", "M", "F", "M", "M", "F"]
fi = mi = 0
brewers = []
# supervisor structure: 1 = brewmaster (no boss); 2,3,4 report to 1;
# 5..25 report to 2, 3 or 4 (mostly); 25 has no supervisor (contractor)
sup_map = {1: None, 2: 1, 3: 1, 4: 1, 25: None}
sup_cycle = [2, 3, 2, 4, 3, 2, 2, 3, 4, 2, 3, 2, 4, 2, 3, 2, 2, 3, 2, 5, 5]
for bid in range(1, 26):
    g = genders[bid - 1]
    if g == "F":
        fn = fnames_f[fi % len(fnames_f)]
        fi += 1
    else:
        fn = fnames_m[mi % len(fnames_m)]
        mi += 1
    ln = lnames[bid - 1]
    dob = date(1965, 1, 1) + timedelta(days=rng.randint(0, 365 * 32))
    hire = date(2011, 3, 1) + timedelta(days=rng.randint(0, 365 * 12))
    cert = "Y" if bid in (1, 2, 3, 4, 6, 8, 9, 11, 14, 17, 20, 23) else "N"
    sup = sup_map.get(bid, sup_cycle[(bid - 5) % len(sup_cycle)] if bid >= 5 else None)
    home = rng.randint(1, 20) if bid not in (1, 25) else None
    ph = None if bid in (7, 19, 25) else "555-%03d-%04d" % (rng.randint(200, 999), rng.randint(0, 9999))
    brewers.append((bid, fn, ln, g, dob.isoformat(), hire.isoformat(), cert, sup, home, ph))
ins(out, "Brewer", brewers)

# ---------------------------------------------------------------- beers
beer_defs = [
    # name, style, abv, ibu, seasonal
    ("Ridgeline IPA", "IPA", 6.8, 65, "N"),
    ("Cascade Crush", "IPA", 6.5, 60, "N"),
    ("Timberline IPA", "IPA", 7.1, 70, "N"),
    ("Switchback Session", "IPA", 4.6, 45, "N"),
    ("Lupulin Landslide", "DIPA", 8.6, 95, "N"),
    ("Double Summit", "DIPA", 9.2, 100, "N"),
    ("Foggy Ferry", "NEI", 6.9, 35, "N"),
    ("Juice Box Hero", "NEI", 7.4, 30, "Y"),
    ("Haze Runner", "NEI", 6.2, None, "N"),
    ("Porch Light Pale", "PAL", 5.4, 40, "N"),
    ("Trailhead Pale", "PAL", 5.1, 38, "N"),
    ("Midnight Oil Stout", "STT", 6.3, 40, "N"),
    ("Coal Car Stout", "STT", 5.8, 35, "N"),
    ("Bourbon Barrel Baron", "STT", 11.3, 55, "Y"),
    ("Oatmeal Harbor", "STT", 5.5, 30, "N"),
    ("Dockside Porter", "POR", 5.9, 32, "N"),
    ("Smoke Signal Porter", "POR", 6.4, 36, "Y"),
    ("Crisp Creek Pils", "PIL", 4.9, 35, "N"),
    ("Bohemian Rhapsody", "PIL", 5.0, 38, "N"),
    ("Lawnmower Lager", "LAG", 4.4, 18, "N"),
    ("Riverbank Helles", "LAG", 4.8, 20, "N"),
    ("Farmhouse Fields", "SAI", 6.6, 28, "N"),
    ("Harvest Moon Saison", "SAI", 7.0, 25, "Y"),
    ("Sunny Side Wheat", "WHT", 4.7, 15, "N"),
    ("Banana Stand Hefe", "HEF", 5.2, 12, "N"),
    ("Tart Tide", "SOU", 4.2, None, "N"),
    ("Cherry Bomb Sour", "SOU", 5.6, 8, "Y"),
    ("Puckerberry", "SOU", 5.0, None, "Y"),
    ("Salt Flats Gose", "GOS", 4.3, 10, "Y"),
    ("Copper Canyon Amber", "AMB", 5.7, 30, "N"),
    ("Autumn Ember", "AMB", 6.0, 28, "Y"),
    ("Shamrock Red", "RED", 5.3, 24, "Y"),
    ("Nut Brown Nellie", "BRN", 5.5, 22, "N"),
    ("Monastery Gate", "TRP", 9.4, 30, "N"),
    ("Abbey Road Dubbel", "DUB", 7.8, 20, "N"),
    ("Cologne Cruiser", "KOL", 4.8, 22, "N"),
    ("Old Grumpy Barleywine", "BRL", 12.1, 80, "Y"),
    ("Ballpark Cream Ale", "CRM", 5.0, 16, "N"),
    ("Billy Goat Bock", "BOK", 6.7, 24, "Y"),
    ("Winter Warmer", "BRN", 7.6, 35, "Y"),
    ("Pacific Drift Pale", "PAL", 5.6, 42, "N"),
    ("Night Shift Porter", "POR", 5.7, None, "N"),
    ("Sourdough Sunday", "SOU", 4.5, 6, "N"),
    ("Hop Tower DIPA", "DIPA", 8.2, 90, "N"),
    ("Campfire Stout", "STT", 7.2, 45, "Y"),
]
# head brewers: brewer 3 heads the most beers (7), then several with fewer
head_pool = [3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 4, 4, 4, 4, 6, 6, 6, 8, 8, 8,
             9, 9, 11, 11, 11, 14, 14, 17, 17, 20, 20, 23, 23, 5, 10, 12, 13, 15,
             16, 18, 1, 1, 21]
rng.shuffle(head_pool)
beers = []
for i, (nm, st, abv, ibu, seas) in enumerate(beer_defs):
    bid = i + 1
    launch = rng.randint(2011, 2023)
    beers.append((bid, nm, st, abv, ibu, head_pool[i], launch, seas))
ins(out, "beers", beers)

# ---------------------------------------------------------------- taproom_beers (link)
# beers 26, 28, 36, 42 are never on tap anywhere
never_tapped = {26, 28, 36, 42}
tb = []
pairs = set()
tap_beers = {}
for tid in range(1, 21):
    n = rng.randint(4, 8)
    choices = [b for b in range(1, len(beers) + 1) if b not in never_tapped]
    picked = sorted(rng.sample(choices, n))
    tap_beers[tid] = picked
    for h, b in enumerate(picked, start=1):
        d = date(2021, 1, 1) + timedelta(days=rng.randint(0, 1000))
        tb.append((tid, b, d.isoformat(), h))
        pairs.add((tid, b))
ins(out, "taproom_beers", tb)

# ---------------------------------------------------------------- brew batches
batches = []
lead_pool = list(range(2, 25))
for bno in range(1001, 1151):
    beer = rng.randint(1, len(beers))
    # lead brewers: a few certified brewers never lead a batch (6, 14, 23)
    lead = rng.choice([x for x in lead_pool if x not in (6, 14, 23, 12)])
    if bno % 17 == 0:
        lead = None
    d = date(2022, 1, 1) + timedelta(days=rng.randint(0, 900))
    vol = rng.choice([800, 1000, 1200, 1500, 1600, 2000, 2400, 3000])
    status = rng.choices(["P", "F", "C", "D"], weights=[10, 3, 3, 1])[0]
    batches.append((bno, beer, lead, d.isoformat(), str(vol), status))
ins(out, "brew_batches", batches)

# ---------------------------------------------------------------- kegs
kegs = []
for kid in range(1, 201):
    b = rng.choice(batches)
    size = rng.choices(["1/2", "1/4", "1/6"], weights=[5, 2, 3])[0]
    loc = rng.randint(1, 20)
    if rng.random() < 0.2:
        loc = None
    # taprooms 5, 12 and 20 currently hold no kegs
    if loc in (5, 12, 20):
        loc = None
    fill = date.fromisoformat(b[3]) + timedelta(days=rng.randint(14, 40))
    stat = rng.choices(["F", "T", "E"], weights=[5, 3, 2])[0]
    kegs.append((2000 + kid, b[0], size, loc, fill.isoformat(), stat))
ins(out, "kegs", kegs)

# ---------------------------------------------------------------- sales
price = {}
for b in beers:
    price[b[0]] = 6.0 if b[3] < 6 else (7.0 if b[3] < 8 else 8.5)
sales = []
pair_list = sorted(pairs)
for tx in range(1, 301):
    tid, bid = rng.choice(pair_list)
    d = date(2023, 1, 1) + timedelta(days=rng.randint(0, 540))
    pints = rng.randint(1, 6)
    amt = round(pints * price[bid], 2)
    pay = rng.choices(["C", "K"], weights=[4, 1])[0]
    sales.append((tx, tid, bid, d.isoformat(), pints, amt, pay))
ins(out, "sales_txns", sales)

out.append("COMMIT;")

path = sys.argv[1] if len(sys.argv) > 1 else "brewery_taproom.sql"
with open(path, "w") as f:
    f.write("\n".join(out) + "\n")
