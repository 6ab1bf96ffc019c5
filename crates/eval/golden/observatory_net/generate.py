# Writes observatory_net.sql: the SQLite schema and all rows (INSERT statements) of the observatory_net database.
import random
import sys

random.seed(7341)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return '"' + v.replace('"', '""') + '"'
    if isinstance(v, float):
        return repr(v)
    return str(v)


out = []
out.append("PRAGMA foreign_keys = ON;")
out.append("")

out.append('''CREATE TABLE "Observatory" (
"Observatory_ID" int,
"Name" text,
"Country" text,
"Altitude" text,
"Founded_Year" int,
PRIMARY KEY ("Observatory_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Telescope" (
"Telescope_ID" int,
"Observatory_ID" int,
"Telescope_Name" text,
"Aperture_m" real,
"Type_Code" text,
"Commissioned_Year" int,
PRIMARY KEY ("Telescope_ID"),
FOREIGN KEY ("Observatory_ID") REFERENCES "Observatory"("Observatory_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Astronomer" (
"Astronomer_ID" int,
"Name" text,
"Nationality" text,
"Birth_Year" text,
"Gender" text,
PRIMARY KEY ("Astronomer_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Observing_Session" (
"Session_ID" int,
"Telescope_ID" int,
"Astronomer_ID" int,
"Session_Date" text,
"Hours" text,
"Weather_Code" text,
PRIMARY KEY ("Session_ID"),
FOREIGN KEY ("Telescope_ID") REFERENCES "Telescope"("Telescope_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Discovery" (
"Discovery_ID" int,
"Astronomer_ID" int,
"Object_Name" text,
"Object_Type" text,
"Discovery_Year" int,
PRIMARY KEY ("Discovery_ID"),
FOREIGN KEY ("Astronomer_ID") REFERENCES "Astronomer"("Astronomer_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Grants" (
"Grant_ID" int,
"Funding_Agency" text,
"Grant_Amount" real,
"Grant_Start_Date" text,
"Grant_End_Date" text,
"other_details" text,
PRIMARY KEY ("Grant_ID")
);''')
out.append("")
out.append('''CREATE TABLE "Astronomer_Grant" (
"Astronomer_ID" int,
"Grant_ID" int,
"Role_Code" text,
PRIMARY KEY ("Astronomer_ID","Grant_ID"),
FOREIGN KEY ("Astronomer_ID") REFERENCES "Astronomer"("Astronomer_ID")
);''')
out.append("")

observatories = [
    (1, "Mauna Kea Observatories", "USA", "4205", 1967),
    (2, "La Silla Observatory", "Chile", "2400", 1964),
    (3, "Paranal Observatory", "Chile", "2635", 1999),
    (4, "Roque de los Muchachos Observatory", "Spain", "2396", 1985),
    (5, "Kitt Peak National Observatory", "USA", "2096", 1958),
    (6, "Siding Spring Observatory", "Australia", "1165", 1965),
    (7, "South African Astronomical Observatory", "South Africa", "1798", 1972),
    (8, "Mount Wilson Observatory", "USA", "1742", 1904),
    (9, "Calar Alto Observatory", "Spain", "2168", 1979),
    (10, "Xinglong Observatory", "China", "960", 1968),
    (11, "Lowell Observatory", "USA", "2210", 1894),
    (12, "Pic du Midi Observatory", "France", "2877", 1878),
    (13, "Armagh Observatory", "United Kingdom", "64", 1790),
]

telescopes = [
    (1, 1, "Keck I", 10.0, "REFL", 1993),
    (2, 1, "Keck II", 10.0, "REFL", 1996),
    (3, 1, "Subaru", 8.2, "REFL", 1999),
    (4, 1, "UKIRT", 3.8, "REFL", 1979),
    (5, 2, "ESO 3.6m Telescope", 3.57, "REFL", 1977),
    (6, 2, "New Technology Telescope", 3.58, "REFL", 1989),
    (7, 2, "Danish 1.54m Telescope", 1.54, "REFL", 1979),
    (8, 3, "VLT Antu", 8.2, "REFL", 1998),
    (9, 3, "VISTA", 4.1, "REFL", 2009),
    (10, 3, "VLT Survey Telescope", 2.6, "REFL", 2011),
    (11, 4, "Gran Telescopio Canarias", 10.4, "REFL", 2009),
    (12, 4, "William Herschel Telescope", 4.2, "REFL", 1987),
    (13, 4, "Swedish Solar Telescope", 0.98, "SOLR", 2002),
    (14, 5, "Mayall Telescope", 4.0, "REFL", 1973),
    (15, 5, "WIYN Telescope", 3.5, "REFL", 1994),
    (16, 5, "McMath-Pierce Solar Telescope", 1.61, "SOLR", 1962),
    (17, 6, "Anglo-Australian Telescope", 3.9, "REFL", 1974),
    (18, 6, "UK Schmidt Telescope", 1.24, "SCHM", 1973),
    (19, 7, "Southern African Large Telescope", 11.1, "REFL", 2005),
    (20, 8, "Hooker Telescope", 2.54, "REFL", 1917),
    (21, 8, "60-inch Telescope", 1.52, "REFL", 1908),
    (22, 9, "Calar Alto 3.5m Telescope", 3.5, "REFL", 1984),
    (23, 10, "LAMOST", 4.0, "SCHM", 2008),
    (24, 11, "Clark Refractor", 0.61, "REFR", 1896),
    (25, 11, "Lowell Discovery Telescope", 4.3, "REFL", 2012),
    (26, 12, "Bernard Lyot Telescope", 2.0, "REFL", 1980),
]

astronomers = [
    (1, "Elena Vasquez", "Spain", "1971", "F"),
    (2, "Thomas Whitfield", "United Kingdom", "1958", "M"),
    (3, "Priya Raman", "India", "1983", "F"),
    (4, "Carlos Mendoza", "Chile", "1976", "M"),
    (5, "Hannah Kowalski", "USA", "1989", "F"),
    (6, "Kenji Watanabe", "Japan", "1965", "M"),
    (7, "Sophie Laurent", "France", "1980", "F"),
    (8, "Daniel Okafor", "South Africa", "1974", "M"),
    (9, "Li Wei", "China", "1986", "M"),
    (10, "Marta Rossi", "Italy", "1969", "F"),
    (11, "James O'Connell", "Australia", "1962", "M"),
    (12, "Ingrid Halvorsen", "Norway", "1991", "F"),
    (13, "Rafael Costa", "Brazil", "1978", "M"),
    (14, "Ana Pereira", "Chile", "1985", "F"),
    (15, "Michael Brandt", "Germany", "1967", "M"),
    (16, "Grace Thompson", "USA", "1993", "F"),
    (17, "Yusuf Demir", "Turkey", "1981", "M"),
    (18, "Olivia Bennett", "United Kingdom", "1975", "F"),
]

weather_codes = ["CLR", "CLR", "CLR", "PCL", "PCL", "CLD", "WND"]
# astronomers who observe (15, 16, 17 never observe)
observers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 18]
sessions = []
for sid in range(1, 41):
    tel = random.choice([t[0] for t in telescopes if t[0] not in (13, 21, 24)])
    ast = random.choice(observers)
    year = random.choice([2019, 2020, 2021, 2022, 2023])
    month = random.randint(1, 12)
    day = random.randint(1, 28)
    date = "%04d-%02d-%02d" % (year, month, day)
    hours = "%.1f" % (random.randint(6, 22) / 2.0)
    weather = random.choice(weather_codes)
    sessions.append((sid, tel, ast, date, hours, weather))

object_types = ["Asteroid", "Comet", "Supernova", "Exoplanet", "Variable Star"]
discoverers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17]
letters = "ABCDEFGHJKLMNOPQRSTUVWXYZ"
discoveries = []
for did in range(1, 31):
    ast = random.choice(discoverers)
    otype = random.choice(object_types)
    year = random.randint(2005, 2023)
    if otype == "Asteroid":
        name = "%d %s%s%d" % (year, random.choice(letters), random.choice(letters), random.randint(1, 99))
    elif otype == "Comet":
        name = "C/%d %s%d" % (year, random.choice(letters), random.randint(1, 9))
    elif otype == "Supernova":
        name = "SN %d%s" % (year, "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)))
    elif otype == "Exoplanet":
        name = "%s-%d b" % (random.choice(["WASP", "HAT-P", "KELT", "TOI", "NGTS"]), random.randint(12, 1999))
    else:
        name = "V%d %s" % (random.randint(300, 2999), random.choice(["Cygni", "Orionis", "Carinae", "Sagittarii", "Centauri", "Aquilae"]))
    discoveries.append((did, ast, name, otype, year))

agencies = ["National Science Foundation", "European Research Council", "NASA", "Australian Research Council",
            "National Research Foundation", "Chinese Academy of Sciences", "ESO", "Spanish Research Agency"]
grants = []
for gid in range(1, 13):
    agency = agencies[(gid - 1) % len(agencies)] if gid <= 8 else random.choice(agencies[:3])
    amount = float(random.randint(40, 950) * 1000)
    sy = random.randint(2014, 2021)
    sm = random.randint(1, 12)
    start = "%04d-%02d-01" % (sy, sm)
    end = "%04d-%02d-01" % (sy + random.randint(2, 5), sm)
    detail = random.choice(["renewable", "instrument development", "travel included", "postdoc support", None, None])
    grants.append((gid, agency, amount, start, end, detail))

links = set()
astronomer_grant = []
while len(astronomer_grant) < 24:
    a = random.randint(1, 18)
    g = random.randint(1, 12)
    if (a, g) in links or a in (12, 16):
        continue
    links.add((a, g))
    astronomer_grant.append((a, g, random.choice(["PI", "COI", "COI"])))
astronomer_grant.sort()

tables = [
    ("Observatory", observatories),
    ("Telescope", telescopes),
    ("Astronomer", astronomers),
    ("Observing_Session", sessions),
    ("Discovery", discoveries),
    ("Grants", grants),
    ("Astronomer_Grant", astronomer_grant),
]
for name, rows in tables:
    for row in rows:
        out.append('INSERT INTO "%s" VALUES (%s);' % (name, ",".join(q(v) for v in row)))
    out.append("")

with open(sys.argv[1] if len(sys.argv) > 1 else "observatory_net.sql", "w", newline="\n") as f:
    f.write("\n".join(out))
