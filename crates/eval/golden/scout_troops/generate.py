#!/usr/bin/env python3
"""Deterministic generator for the scout_troops test database."""
import random
import sys
from datetime import date, timedelta

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def d(y, m, dd):
    return date(y, m, dd).isoformat()


def rand_date(start, end):
    s = date.fromisoformat(start)
    e = date.fromisoformat(end)
    return (s + timedelta(days=random.randint(0, (e - s).days))).isoformat()


SCHEMA = """
CREATE TABLE District (
  DistrictID INTEGER PRIMARY KEY,
  DistName TEXT NOT NULL,
  region CHAR(1),
  Commissioner TEXT,
  office_town TEXT
);

CREATE TABLE troops (
  troop_no INTEGER PRIMARY KEY,
  troop_nm TEXT NOT NULL,
  dist_id INTEGER,
  meet_day TEXT,
  est_yr TEXT,
  coed_flg CHAR(1),
  sponsor_org TEXT,
  FOREIGN KEY (dist_id) REFERENCES District(DistrictID)
);

CREATE TABLE Scout (
  ScoutID INTEGER PRIMARY KEY,
  s_fname TEXT,
  s_lname TEXT,
  dob TEXT,
  sex CHAR(1),
  TroopNo INTEGER,
  PatrolLdr INTEGER,
  rank_cd TEXT,
  joined_dt TEXT,
  FOREIGN KEY (TroopNo) REFERENCES troops(troop_no),
  FOREIGN KEY (PatrolLdr) REFERENCES Scout(ScoutID)
);

CREATE TABLE Leaders (
  LeaderID INTEGER PRIMARY KEY,
  ldr_fname TEXT,
  ldr_lname TEXT,
  troop INTEGER,
  role_cd TEXT,
  yrs_svc TEXT,
  bg_chk CHAR(1),
  phone TEXT
);

CREATE TABLE Ref_Badge_Codes (
  badge_code TEXT PRIMARY KEY,
  badge_name TEXT NOT NULL,
  category TEXT,
  eagle_req CHAR(1)
);

CREATE TABLE scout_badges (
  scout_id INTEGER,
  badge TEXT,
  date_earned TEXT,
  AwardedBy INTEGER,
  PRIMARY KEY (scout_id, badge)
);

CREATE TABLE CampSites (
  SiteID INTEGER PRIMARY KEY,
  site_nm TEXT,
  county TEXT,
  capacity INTEGER,
  water_yn CHAR(1),
  nightly_fee REAL
);

CREATE TABLE Camp (
  camp_id INTEGER PRIMARY KEY,
  camp_name TEXT,
  SiteRef INTEGER,
  HostTroop INTEGER,
  GuestTroop INTEGER,
  start_dt TEXT,
  end_dt TEXT,
  camp_type TEXT,
  fee_amt REAL,
  FOREIGN KEY (SiteRef) REFERENCES CampSites(SiteID),
  FOREIGN KEY (HostTroop) REFERENCES troops(troop_no),
  FOREIGN KEY (GuestTroop) REFERENCES troops(troop_no)
);

CREATE TABLE camp_attendance (
  camp_id INTEGER,
  ScoutID INTEGER,
  nights INTEGER,
  paid_yn CHAR(1),
  PRIMARY KEY (camp_id, ScoutID),
  FOREIGN KEY (camp_id) REFERENCES Camp(camp_id),
  FOREIGN KEY (ScoutID) REFERENCES Scout(ScoutID)
);
"""

FIRST_M = ["Liam", "Noah", "Ethan", "Mason", "Lucas", "Owen", "Caleb", "Wyatt",
           "Henry", "Jack", "Levi", "Isaac", "Gavin", "Nolan", "Connor", "Tyler",
           "Dylan", "Carter", "Austin", "Brody", "Miles", "Jonah", "Eli", "Parker"]
FIRST_F = ["Emma", "Ava", "Chloe", "Lily", "Grace", "Nora", "Hazel", "Ruby",
           "Maya", "Claire", "Sadie", "Piper", "Quinn", "Ella", "Hannah", "Zoe"]
LAST = ["Anderson", "Brooks", "Carlson", "Dawson", "Ellis", "Fischer", "Garcia",
        "Hayes", "Iverson", "Jensen", "Keller", "Lindqvist", "Morales", "Nguyen",
        "Olsen", "Patel", "Quintero", "Reyes", "Schmidt", "Thompson", "Underwood",
        "Vasquez", "Walsh", "Yoder", "Zimmerman", "Bauer", "Coleman", "Duffy",
        "Foster", "Greer", "Holt", "Kowalski", "McBride", "Novak", "Pruitt", "Sorensen"]
ADULT_F = ["Karen", "Michelle", "Laura", "Denise", "Rachel", "Julie", "Angela", "Tina"]
ADULT_M = ["Robert", "David", "Steven", "Mark", "Brian", "Greg", "Paul", "Scott",
           "Kevin", "Jeff", "Doug", "Alan", "Tom", "Rick", "Gary", "Dale"]

# ---------------- District ----------------
DISTRICTS = [
    (1, "Three Rivers", "N", "Harold Jensen", "Fairview"),
    (2, "Prairie Wind", "W", "Donna Keller", "Millbrook"),
    (3, "Lakeshore", "N", "Samuel Ortiz", "Port Ellis"),
    (4, "Iron Range", "N", "Walter Novak", "Hibbing"),
    (5, "Bluestem", "S", "Carol Whitaker", "Ashford"),
    (6, "Cedar Valley", "E", "James Tanaka", "Cedar Falls"),
    (7, "Old Mill", "E", "Patricia Lowe", "Riverton"),
    (8, "Sandhill", "S", "Eugene Pratt", "Dunmore"),
    (9, "Pioneer Trail", "W", "Linda Haugen", "Westfield"),
    (10, "Timberline", "N", "Frank Delgado", "Pine City"),
    (11, "Heartland", "S", None, "Oakdale"),
    (12, "Big Sky", "W", "Ruth Castellano", "Larkspur"),
    (13, "Red Cedar", "E", "George Lindahl", "Menomonie"),
    (14, "Silver Creek", "S", "Alice Brennan", "Granger"),
    (15, "North Star", "N", None, "Elk River"),
]

# ---------------- troops ----------------
TOWNS = ["Fairview", "Millbrook", "Port Ellis", "Hibbing", "Ashford", "Cedar Falls",
         "Riverton", "Dunmore", "Westfield", "Pine City", "Oakdale", "Larkspur",
         "Menomonie", "Granger", "Elk River", "Maple Grove", "Stillwater", "Red Wing",
         "Hastings", "Northfield", "Winona", "Brainerd", "Bemidji", "Willmar",
         "Owatonna", "Faribault", "Mankato", "Austin", "Albert Lea", "Moorhead"]
SPONSORS = ["First Lutheran Church", "VFW Post", "Lions Club", "Rotary Club",
            "American Legion", "St. Mary's Parish", "Kiwanis Club",
            "PTA", "Methodist Church", "Fire Department", "Elks Lodge"]
DAYS = ["MON", "TUE", "WED", "THU"]

troops = []
troop_nos = random.sample(range(101, 999), 30)
troop_nos.sort()
# district assignment: every district gets at least one troop, district 6 gets 4
dist_assign = list(range(1, 16)) + [6, 6, 6, 3, 3, 1, 1, 5, 9, 10, 12, 2, 14, 8, 4]
random.shuffle(dist_assign)
for i, tno in enumerate(troop_nos):
    town = TOWNS[i]
    day = DAYS[i % 4] if i % 7 else "TUE"
    est = str(random.choice(range(1920, 2016)))
    coed = "Y" if random.random() < 0.4 else "N"
    sponsor = (town + " " + random.choice(SPONSORS)) if random.random() > 0.1 else None
    troops.append([tno, "Troop %d %s" % (tno, town), dist_assign[i], day, est, coed, sponsor])
# make sure a few known values exist
troops[0][4] = "1912"
troops[5][4] = "1938"
troop_by_no = {t[0]: t for t in troops}

# ---------------- Scout ----------------
RANKS = ["SC", "TF", "FC", "ST", "LF", "EG"]
scouts = []
sid = 1
# troop sizes: skewed so there is a single largest troop
sizes = {}
for i, t in enumerate(troops):
    sizes[t[0]] = random.choice([2, 3, 3, 4, 4, 5])
sizes[troops[5][0]] = 9   # largest troop (district 6 heavy)
tot = sum(sizes.values())
# adjust total to 110
keys = [t[0] for t in troops if t[0] != troops[5][0]]
k = 0
while tot < 110:
    if sizes[keys[k % len(keys)]] < 7:
        sizes[keys[k % len(keys)]] += 1
        tot += 1
    k += 1
while tot > 110:
    if sizes[keys[k % len(keys)]] > 2:
        sizes[keys[k % len(keys)]] -= 1
        tot -= 1
    k += 1

used_names = set()
for t in troops:
    tno = t[0]
    coed = t[5] == "Y"
    members = []
    for j in range(sizes[tno]):
        sex = "F" if (coed and random.random() < 0.5) else "M"
        while True:
            fn = random.choice(FIRST_F if sex == "F" else FIRST_M)
            ln = random.choice(LAST)
            if (fn, ln) not in used_names:
                used_names.add((fn, ln))
                break
        dob = rand_date("2008-01-01", "2013-12-31")
        join_year = int(dob[:4]) + 11 + random.randint(0, 2)
        joined = rand_date("%d-01-01" % min(join_year, 2023), "%d-12-31" % min(join_year, 2023))
        members.append([sid, fn, ln, dob, sex, tno, None, None, joined])
        sid += 1
    members.sort(key=lambda m: m[3])  # oldest first
    n_pl = 1 if len(members) < 6 else 2
    pls = members[:n_pl]
    for idx, m in enumerate(members):
        age_rank = idx / max(1, len(members) - 1)
        if idx < n_pl:
            m[7] = random.choice(["ST", "LF", "EG", "LF"])
        else:
            m[7] = random.choice(["TF", "SC", "SC", "FC", "FC", "ST"])
            if random.random() < 0.9:
                m[6] = pls[(idx) % n_pl][0]
    members.sort(key=lambda m: m[0])
    scouts.extend(members)
# one scout with unknown rank
scouts[40][7] = None
scout_by_id = {s[0]: s for s in scouts}

# ---------------- Leaders ----------------
leaders = []
lid = 1
for i, t in enumerate(troops):
    sex = random.random() < 0.35
    fn = random.choice(ADULT_F if sex else ADULT_M)
    ln = random.choice(LAST)
    yrs = str(random.randint(1, 24))
    leaders.append([lid, fn, ln, t[0], "SM", yrs, "Y" if random.random() < 0.85 else "N",
                    "%03d-555-%04d" % (random.choice([218, 320, 507, 612, 651, 763]), random.randint(0, 9999))
                    if random.random() < 0.85 else None])
    lid += 1
for i in range(10):
    t = troops[(i * 3 + 1) % 30]
    sex = random.random() < 0.5
    fn = random.choice(ADULT_F if sex else ADULT_M)
    ln = random.choice(LAST)
    role = "ASM" if i % 3 else "CC"
    leaders.append([lid, fn, ln, t[0], role, str(random.randint(1, 12)),
                    "Y" if random.random() < 0.7 else "N",
                    "%03d-555-%04d" % (random.choice([218, 320, 507, 612]), random.randint(0, 9999))
                    if random.random() < 0.8 else None])
    lid += 1
# a single longest-serving leader
leaders[7][5] = "31"
leaders[7][4] = "SM"
# a leader with 9 years (tests text vs. numeric ordering: '9' > '31' as text)
leaders[12][5] = "9"

# ---------------- Ref_Badge_Codes ----------------
BADGES = [
    ("FSTAID", "First Aid", "Safety", "Y"),
    ("CAMPNG", "Camping", "Outdoor", "Y"),
    ("HIKING", "Hiking", "Outdoor", "N"),
    ("SWIMMG", "Swimming", "Aquatics", "Y"),
    ("CANOE", "Canoeing", "Aquatics", "N"),
    ("LIFESV", "Lifesaving", "Aquatics", "Y"),
    ("ORIENT", "Orienteering", "Outdoor", "N"),
    ("PIONR", "Pioneering", "Outdoor", "N"),
    ("WLDSRV", "Wilderness Survival", "Outdoor", "N"),
    ("COOKNG", "Cooking", "Skills", "Y"),
    ("KNOTS", "Knots and Lashings", "Skills", "N"),
    ("WDCRV", "Wood Carving", "Skills", "N"),
    ("RADIO", "Radio", "Skills", "N"),
    ("CITCOM", "Citizenship in the Community", "Citizenship", "Y"),
    ("CITNAT", "Citizenship in the Nation", "Citizenship", "Y"),
    ("CITWLD", "Citizenship in the World", "Citizenship", "Y"),
    ("COMMS", "Communication", "Citizenship", "Y"),
    ("ENVSCI", "Environmental Science", "Nature", "Y"),
    ("BIRDS", "Bird Study", "Nature", "N"),
    ("FORST", "Forestry", "Nature", "N"),
    ("ASTRO", "Astronomy", "Nature", "N"),
    ("PERSFT", "Personal Fitness", "Sports", "Y"),
    ("CYCLNG", "Cycling", "Sports", "N"),
    ("ARCHRY", "Archery", "Sports", "N"),
]

# ---------------- scout_badges ----------------
leaders_by_troop = {}
for l in leaders:
    leaders_by_troop.setdefault(l[3], []).append(l[0])
badge_weights = {b[0]: 1.0 for b in BADGES}
for b, w in [("FSTAID", 3.0), ("CAMPNG", 3.0), ("HIKING", 2.0), ("SWIMMG", 2.0),
             ("KNOTS", 2.0), ("COOKNG", 1.5), ("ORIENT", 1.5)]:
    badge_weights[b] = w
badge_codes = [b[0] for b in BADGES]
weights = [badge_weights[b] for b in badge_codes]
sb = set()
scout_badges = []
# some scouts never earn anything
earners = [s for s in scouts if s[0] % 5 != 0]
while len(scout_badges) < 110:
    s = random.choice(earners)
    b = random.choices(badge_codes, weights)[0]
    if b == "RADIO":
        continue  # nobody has earned Radio
    if (s[0], b) in sb:
        continue
    sb.add((s[0], b))
    earned = rand_date(max(s[8], "2020-01-01"), "2024-11-30")
    if earned < s[8]:
        earned = s[8]
    # awarded by the scoutmaster of the troop (mostly)
    awarder = leaders_by_troop[s[5]][0]
    if random.random() < 0.15 and len(leaders_by_troop[s[5]]) > 1:
        awarder = leaders_by_troop[s[5]][1]
    scout_badges.append([s[0], b, earned, awarder])
# a couple of scouts certainly hold both First Aid and Camping
for s in [scouts[2], scouts[33]]:
    for b in ["FSTAID", "CAMPNG"]:
        if (s[0], b) not in sb:
            sb.add((s[0], b))
            scout_badges.append([s[0], b, rand_date(max(s[8], "2021-01-01"), "2024-10-31"),
                                 leaders_by_troop[s[5]][0]])
# a clear top earner of Outdoor badges
star = scouts[17][0]
for b in ["CAMPNG", "HIKING", "ORIENT", "PIONR", "WLDSRV"]:
    if (star, b) not in sb:
        sb.add((star, b))
        scout_badges.append([star, b, rand_date(max(scout_by_id[star][8], "2022-01-01"), "2024-11-30"),
                             leaders_by_troop[scout_by_id[star][5]][0]])
scout_badges = scout_badges[:120]
scout_badges.sort(key=lambda r: (r[2], r[0]))

# ---------------- CampSites ----------------
SITES = [
    (1, "Camp Many Point", "Becker", 400, "Y", 18.0),
    (2, "Tomahawk Scout Reservation", "Barron", 650, "Y", 22.5),
    (3, "Rum River Scout Camp", "Anoka", 180, "Y", 12.0),
    (4, "Stearns Scout Camp", "Stearns", 220, "Y", 14.0),
    (5, "Fort Snelling Campground", "Hennepin", 120, "Y", 10.0),
    (6, "Kiwanis Scout Camp", "Olmsted", 90, "N", 8.0),
    (7, "Phillippo Scout Reservation", "Wabasha", 150, "Y", 11.0),
    (8, "Cuyuna Lakes Site", "Crow Wing", 60, "N", 6.5),
    (9, "Whitewater Outpost", "Winona", 75, "N", 7.0),
    (10, "Itasca Pines Camp", "Hubbard", 260, "Y", 15.0),
    (11, "Sand Dunes Forest Camp", "Sherburne", 45, "N", 5.0),
    (12, "Red Rock Ridge", "Goodhue", 110, "Y", 9.5),
    (13, "Lake Shetek Scout Site", "Murray", 80, "Y", None),
    (14, "Bear Creek Primitive Site", "Olmsted", 30, "N", 4.0),
    (15, "Beaver Island Camp", "Stearns", 140, "Y", 12.5),
    (16, "Gunflint Basecamp", "Cook", 95, "N", 16.0),
]

# ---------------- Camp ----------------
camps = []
CAMP_WORDS = ["Summer Camp", "Winter Klondike", "Spring Camporee", "Fall Campout",
              "Leadership Weekend", "High Adventure Trek", "Polar Bear Overnight",
              "Canoe Expedition", "Webelos Welcome Weekend", "Service Weekend"]
site_weights = {s[0]: 1 for s in SITES}
site_weights[2] = 5
site_weights[1] = 3
site_weights[8] = 0
site_weights[14] = 0
site_weights[11] = 0
site_ids = [s[0] for s in SITES]
sw = [site_weights[x] for x in site_ids]
troop_list = [t[0] for t in troops]
# exchanges: fixed host/guest pairs
exchanges = [
    (troop_list[5], troop_list[12]), (troop_list[5], troop_list[20]),
    (troop_list[5], troop_list[3]), (troop_list[2], troop_list[5]),
    (troop_list[9], troop_list[14]), (troop_list[14], troop_list[9]),
    (troop_list[21], troop_list[0]), (troop_list[0], troop_list[22]),
    (troop_list[25], troop_list[7]), (troop_list[11], troop_list[26]),
    (troop_list[17], troop_list[28]), (troop_list[3], troop_list[18]),
]
used_names = set()
for cid in range(1, 37):
    ctype = random.choice(["WKD", "WKD", "WKD", "WK", "DAY"])
    while True:
        y = random.choice([2021, 2022, 2023, 2023, 2024, 2024])
        name = random.choice(CAMP_WORDS)
        if (name, y) not in used_names:
            break
    used_names.add((name, y))
    if "Winter" in name or "Polar" in name:
        start = rand_date("%d-01-05" % y, "%d-02-25" % y)
    elif "Summer" in name or "Canoe" in name or "Trek" in name:
        start = rand_date("%d-06-10" % y, "%d-08-10" % y)
        ctype = "WK"
    elif "Spring" in name:
        start = rand_date("%d-04-01" % y, "%d-05-20" % y)
    else:
        start = rand_date("%d-09-01" % y, "%d-10-30" % y)
    if "Weekend" in name or "Polar" in name:
        ctype = "WKD"
    length = {"WKD": 2, "WK": 6, "DAY": 0}[ctype]
    end = (date.fromisoformat(start) + timedelta(days=length)).isoformat()
    fee = {"WKD": random.choice([25, 30, 35, 40, 45]), "WK": random.choice([180, 210, 240, 275, 310]),
           "DAY": random.choice([5, 10, 12, 15])}[ctype] * 1.0
    site = random.choices(site_ids, sw)[0]
    host = random.choice(troop_list)
    guest = None
    if cid <= len(exchanges):
        host, guest = exchanges[cid - 1]
    camps.append([cid, "%d %s" % (y, name), site, host, guest, start, end, ctype, fee])
# shuffle which camps are exchanges but keep ids stable
order = list(range(36))
random.shuffle(order)
hg = [(c[3], c[4]) for c in camps]
for i, c in enumerate(camps):
    c[3], c[4] = hg[order[i]]
# Tomahawk is the busiest site: move one Stearns camp there
for c in camps:
    if c[2] == 4:
        c[2] = 2
        break
# one camp fee not yet set
camps[30][8] = None

# ---------------- camp_attendance ----------------
attendance = []
seen = set()
camp_by_id = {c[0]: c for c in camps}
# scouts in two big troops never attend anything else? no; some scouts never attend
never = {s[0] for s in scouts if s[0] % 7 == 3}
members_by_troop = {}
for s in scouts:
    members_by_troop.setdefault(s[5], []).append(s[0])
while len(attendance) < 120:
    c = random.choice(camps)
    pool = members_by_troop[c[3]] + (members_by_troop[c[4]] if c[4] else [])
    if random.random() < 0.3:
        pool = [s[0] for s in scouts]
    s = random.choice(pool)
    if s in never or (c[0], s) in seen:
        continue
    if c[5] < scout_by_id[s][8]:
        continue
    seen.add((c[0], s))
    maxn = {"WKD": 2, "WK": 6, "DAY": 0}[c[7]]
    nights = maxn if random.random() < 0.8 else max(0, maxn - 1)
    paid = "Y" if random.random() < 0.85 else "N"
    attendance.append([c[0], s, nights, paid])
attendance.sort()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "scout_troops.sql"
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;", SCHEMA.strip(), ""]

    def ins(table, rows):
        for r in rows:
            lines.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))
        lines.append("")

    ins("District", DISTRICTS)
    ins("troops", troops)
    ins("Scout", scouts)
    ins("Leaders", leaders)
    ins("Ref_Badge_Codes", BADGES)
    ins("scout_badges", scout_badges)
    ins("CampSites", SITES)
    ins("Camp", camps)
    ins("camp_attendance", attendance)
    lines.append("COMMIT;")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
