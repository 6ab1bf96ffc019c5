#!/usr/bin/env python3
"""Generate the volcano_watch SQLite database as SQL text.

Usage: python3 generate.py volcano_watch.sql
"""
import random
import sys
import datetime

random.seed(4177)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end)
    return (a + datetime.timedelta(days=random.randint(0, (b - a).days))).isoformat()


SCHEMA = """CREATE TABLE "Ref_Sensor_Types" (
  "sensor_type_code" TEXT PRIMARY KEY,
  "sensor_type_description" TEXT NOT NULL
);

CREATE TABLE "observatories" (
  "obs_id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL,
  "city" TEXT,
  "country" TEXT,
  "est_yr" INTEGER,
  "ph_no" TEXT
);

CREATE TABLE "Volcano" (
  "VolcanoID" INTEGER PRIMARY KEY,
  "volcano_name" TEXT NOT NULL,
  "Country" TEXT,
  "Elevation" INTEGER,
  "VolcanoType" TEXT,
  "Status" TEXT
);

CREATE TABLE "Scientist" (
  "sci_id" INTEGER PRIMARY KEY,
  "sci_fname" TEXT,
  "sci_lname" TEXT,
  "gender" TEXT,
  "dob" TEXT,
  "specialty" TEXT,
  "obs_id" INTEGER,
  "Supervisor" INTEGER,
  FOREIGN KEY ("obs_id") REFERENCES "observatories"("obs_id"),
  FOREIGN KEY ("Supervisor") REFERENCES "Scientist"("sci_id")
);

CREATE TABLE "sensors" (
  "sensor_id" INTEGER PRIMARY KEY,
  "serial_no" TEXT,
  "type_cd" TEXT,
  "VolcanoID" INTEGER,
  "obs_id" INTEGER,
  "install_dt" TEXT,
  "is_active" TEXT,
  "depth_m" REAL,
  FOREIGN KEY ("type_cd") REFERENCES "Ref_Sensor_Types"("sensor_type_code"),
  FOREIGN KEY ("VolcanoID") REFERENCES "Volcano"("VolcanoID")
);

CREATE TABLE "sensor_readings" (
  "reading_id" INTEGER PRIMARY KEY,
  "sensor_id" INTEGER,
  "reading_date" TEXT,
  "reading_value" TEXT,
  "unit" TEXT
);

CREATE TABLE "Eruption" (
  "EruptionID" INTEGER PRIMARY KEY,
  "VolcanoID" INTEGER,
  "StartDate" TEXT,
  "EndDate" TEXT,
  "VEI" INTEGER,
  "Deaths" INTEGER,
  FOREIGN KEY ("VolcanoID") REFERENCES "Volcano"("VolcanoID")
);

CREATE TABLE "Scientist_Volcano" (
  "trip_id" INTEGER PRIMARY KEY,
  "sci_id" INTEGER,
  "VolcanoID" INTEGER,
  "trip_date" TEXT,
  "days" INTEGER,
  "purpose" TEXT
);
"""

# ---------------------------------------------------------------- reference
SENSOR_TYPES = [
    ("BBS", "Broadband seismometer"),
    ("SPS", "Short-period seismometer"),
    ("OBS", "Ocean-bottom seismometer"),
    ("GPS", "Continuous GPS receiver"),
    ("TLT", "Borehole tiltmeter"),
    ("STR", "Borehole strainmeter"),
    ("DOAS", "Scanning DOAS SO2 spectrometer"),
    ("MGA", "MultiGAS gas analyzer"),
    ("CO2", "Soil CO2 flux chamber"),
    ("TIR", "Thermal infrared camera"),
    ("INF", "Infrasound array"),
    ("CAM", "Visible webcam"),
    ("AFM", "Acoustic flow monitor for lahars"),
    ("MAG", "Proton precession magnetometer"),
    ("GRV", "Relative gravimeter"),
    ("HYD", "Hydrophone"),
    ("LTN", "Volcanic lightning detector"),
]

OBSERVATORIES = [
    (1, "Cascades Volcano Observatory", "Vancouver", "USA", 1980, "+1 360 993 8973"),
    (2, "Hawaiian Volcano Observatory", "Hilo", "USA", 1912, "+1 808 967 7328"),
    (3, "Alaska Volcano Observatory", "Anchorage", "USA", 1988, "+1 907 786 7497"),
    (4, "Osservatorio Etneo", "Catania", "Italy", 2001, "+39 095 716 5800"),
    (5, "Osservatorio Vesuviano", "Naples", "Italy", 1841, "+39 081 610 8483"),
    (6, "Icelandic Meteorological Office", "Reykjavik", "Iceland", 1920, "+354 522 6000"),
    (7, "Sakurajima Volcano Research Center", "Kagoshima", "Japan", 1960, None),
    (8, "Mount Fuji Research Institute", "Fujiyoshida", "Japan", 1998, "+81 555 72 6211"),
    (9, "Merapi Volcano Observatory", "Yogyakarta", "Indonesia", 1952, None),
    (10, "GeoNet Volcano Centre", "Taupo", "New Zealand", 2002, "+64 7 374 8211"),
    (11, "CENAPRED", "Mexico City", "Mexico", 1990, "+52 55 5424 6100"),
    (12, "Instituto Geofisico EPN", "Quito", "Ecuador", 1983, "+593 2 222 5655"),
    (13, "OVDAS", "Temuco", "Chile", 1996, None),
    (14, "PHIVOLCS", "Quezon City", "Philippines", 1984, "+63 2 8426 1468"),
    (15, "Goma Volcano Observatory", "Goma", "DR Congo", 1986, None),
    (16, "Colima Volcano Observatory", "Colima", "Mexico", 1993, "+52 312 316 1134"),
    (17, "CVGHM Bandung", "Bandung", "Indonesia", 1966, "+62 22 727 2606"),
]

# VolcanoID, name, country, elevation (m), type, status code (A = active, D = dormant)
VOLCANOES = [
    (1, "Mount St. Helens", "USA", 2549, "Stratovolcano", "A"),
    (2, "Kilauea", "USA", 1247, "Shield volcano", "A"),
    (3, "Mauna Loa", "USA", 4169, "Shield volcano", "A"),
    (4, "Mount Rainier", "USA", 4392, "Stratovolcano", "D"),
    (5, "Redoubt", "USA", 3108, "Stratovolcano", "A"),
    (6, "Etna", "Italy", 3357, "Stratovolcano", "A"),
    (7, "Vesuvius", "Italy", 1281, "Stratovolcano", "D"),
    (8, "Stromboli", "Italy", 924, "Stratovolcano", "A"),
    (9, "Campi Flegrei", "Italy", 458, "Caldera", "A"),
    (10, "Hekla", "Iceland", 1491, "Stratovolcano", "A"),
    (11, "Katla", "Iceland", 1512, "Subglacial volcano", "D"),
    (12, "Eyjafjallajokull", "Iceland", 1651, "Stratovolcano", "D"),
    (13, "Grimsvotn", "Iceland", 1725, "Caldera", "A"),
    (14, "Fagradalsfjall", "Iceland", 385, "Shield volcano", "A"),
    (15, "Mount Fuji", "Japan", 3776, "Stratovolcano", "D"),
    (16, "Sakurajima", "Japan", 1117, "Stratovolcano", "A"),
    (17, "Aso", "Japan", 1592, "Caldera", "A"),
    (18, "Ontake", "Japan", 3067, "Stratovolcano", "A"),
    (19, "Merapi", "Indonesia", 2930, "Stratovolcano", "A"),
    (20, "Anak Krakatau", "Indonesia", 157, "Caldera", "A"),
    (21, "Tambora", "Indonesia", 2850, "Stratovolcano", "D"),
    (22, "Sinabung", "Indonesia", 2460, "Stratovolcano", "A"),
    (23, "Ruapehu", "New Zealand", 2797, "Stratovolcano", "A"),
    (24, "Taupo", "New Zealand", 760, "Caldera", "D"),
    (25, "Whakaari", "New Zealand", 321, "Stratovolcano", "A"),
    (26, "Popocatepetl", "Mexico", 5393, "Stratovolcano", "A"),
    (27, "Colima", "Mexico", 3850, "Stratovolcano", "A"),
    (28, "Cotopaxi", "Ecuador", 5897, "Stratovolcano", "A"),
    (29, "Villarrica", "Chile", 2847, "Stratovolcano", "A"),
    (30, "Pinatubo", "Philippines", 1486, "Stratovolcano", "D"),
    (31, "Mayon", "Philippines", 2462, "Stratovolcano", "A"),
    (32, "Nyiragongo", "DR Congo", 3470, "Stratovolcano", "A"),
    (33, "Mount Erebus", "Antarctica", 3794, "Stratovolcano", "A"),
]

# which observatory looks after which volcano
VOLC_OBS = {1: 1, 4: 1, 2: 2, 3: 2, 5: 3, 6: 4, 8: 4, 7: 5, 9: 5, 10: 6, 11: 6,
            12: 6, 13: 6, 14: 6, 15: 8, 16: 7, 17: 7, 18: 7, 19: 9, 20: 17,
            21: 17, 22: 17, 23: 10, 24: 10, 25: 10, 26: 11, 27: 16, 28: 12,
            29: 13, 30: 14, 31: 14, 32: 15, 33: None}

ERUPTIONS = [
    (1, 1, "1980-05-18", "1986-10-28", 5, 57),
    (2, 1, "2004-10-01", "2008-07-10", 2, 0),
    (3, 2, "1983-01-03", "2018-09-04", 1, 0),
    (4, 2, "2018-05-03", "2018-08-04", 2, 0),
    (5, 2, "2023-09-10", "2023-09-16", 0, None),
    (6, 3, "1984-03-25", "1984-04-15", 0, 0),
    (7, 3, "2022-11-27", "2022-12-13", 0, 0),
    (8, 5, "2009-03-15", "2009-07-01", 3, 0),
    (9, 6, "2002-10-26", "2003-01-28", 3, 0),
    (10, 6, "2021-02-16", "2021-04-01", 2, None),
    (11, 6, "2024-07-04", None, 2, None),
    (12, 8, "2019-07-03", "2019-08-30", 2, 1),
    (13, 8, "2022-10-09", None, 1, None),
    (14, 10, "2000-02-26", "2000-03-08", 3, 0),
    (15, 12, "2010-03-20", "2010-06-23", 4, 0),
    (16, 13, "2011-05-21", "2011-05-28", 4, 0),
    (17, 14, "2021-03-19", "2021-09-18", 0, 0),
    (18, 14, "2023-07-10", "2023-08-05", 0, None),
    (19, 16, "2009-10-03", None, 2, None),
    (20, 17, "2016-10-08", "2016-10-08", 2, 0),
    (21, 18, "2014-09-27", "2014-09-27", 2, 63),
    (22, 19, "2010-10-26", "2010-11-30", 4, 353),
    (23, 19, "2021-01-04", None, 1, None),
    (24, 20, "2018-06-18", "2019-03-02", 3, 437),
    (25, 21, "1815-04-05", "1815-07-15", 7, 71000),
    (26, 22, "2013-09-15", "2014-06-30", 2, 16),
    (27, 23, "1995-09-18", "1996-09-30", 3, 0),
    (28, 23, "2007-09-25", "2007-09-25", 1, 0),
    (29, 25, "2019-12-09", "2019-12-09", 2, 22),
    (30, 26, "2000-12-18", "2001-01-22", 3, 0),
    (31, 26, "2005-01-09", None, 2, None),
    (32, 27, "2015-07-10", "2015-07-11", 3, 0),
    (33, 28, "2015-08-14", "2016-01-24", 2, 0),
    (34, 29, "2015-03-03", "2015-03-03", 2, 0),
    (35, 30, "1991-06-15", "1991-09-02", 6, 847),
    (36, 31, "2018-01-13", "2018-03-29", 2, 0),
    (37, 31, "2023-06-08", "2023-12-15", 1, None),
    (38, 32, "2002-01-17", "2002-01-20", 1, 245),
    (39, 32, "2021-05-22", "2021-05-23", 1, 32),
    (40, 9, "1538-09-29", "1538-10-06", 3, 24),
    (41, 11, "1918-10-12", "1918-11-04", 4, None),
    (42, 7, "1944-03-18", "1944-03-29", 3, 26),
    (43, 15, "1707-12-16", "1708-01-01", 5, None),
]

# sci_id, first, last, gender, obs_id ; dob / specialty filled in below
SCIENTISTS = [
    (1, "Laura", "Whitfield", "F", 1),
    (2, "Daniel", "Okafor", "M", 1),
    (3, "Megan", "Carlisle", "F", 1),
    (4, "Keoni", "Kahale", "M", 2),
    (5, "Rachel", "Torres", "F", 2),
    (6, "Brian", "Lindqvist", "M", 2),
    (7, "Tyler", "Haskins", "M", 3),
    (8, "Giulia", "Romano", "F", 4),
    (9, "Marco", "Bellini", "M", 4),
    (10, "Salvatore", "Greco", "M", 4),
    (11, "Francesca", "Esposito", "F", 5),
    (12, "Paolo", "Ricci", "M", 5),
    (13, "Sigrun", "Jonsdottir", "F", 6),
    (14, "Gunnar", "Magnusson", "M", 6),
    (15, "Helga", "Sigurdardottir", "F", 6),
    (16, "Hiroshi", "Tanaka", "M", 7),
    (17, "Yuki", "Morimoto", "F", 7),
    (18, "Kenji", "Watanabe", "M", 8),
    (19, "Budi", "Santoso", "M", 9),
    (20, "Siti", "Rahmawati", "F", 9),
    (21, "Agus", "Prasetyo", "M", 17),
    (22, "Aroha", "Ngata", "F", 10),
    (23, "James", "McAllister", "M", 10),
    (24, "Carlos", "Hernandez", "M", 11),
    (25, "Lucia", "Ramirez", "F", 16),
    (26, "Andres", "Villacis", "M", 12),
    (27, "Camila", "Munoz", "F", 13),
    (28, "Renato", "Solidum", "M", 14),
    (29, "Maria", "Bautista", "F", 14),
    (30, "Jean-Pierre", "Mulumba", "M", 15),
    (31, "Olivia", "Brandt", "F", 2),
    (32, "Nicola", "Ferrante", "M", 4),
]

SPECIALTIES = ["Seismology", "Geochemistry", "Geodesy", "Remote Sensing",
               "Petrology", "Hazard Assessment"]

READING_PROFILE = {
    # type: (unit, low, high, decimals)
    "BBS": ("counts", 40, 1800, 0),
    "SPS": ("counts", 30, 1200, 0),
    "GPS": ("mm", -25.0, 60.0, 1),
    "TLT": ("urad", -8.0, 15.0, 2),
    "STR": ("nstrain", -50.0, 50.0, 1),
    "DOAS": ("t/d", 150, 4800, 0),
    "MGA": ("ppm", 2.0, 90.0, 1),
    "CO2": ("g/m2/d", 20, 1500, 0),
    "TIR": ("degC", 30.0, 420.0, 1),
    "INF": ("Pa", 0.2, 30.0, 2),
    "AFM": ("counts", 5, 600, 0),
}

TRIP_PURPOSES = ["Gas sampling", "Sensor maintenance", "Geological mapping",
                 "Station installation", "Tephra collection", "GPS campaign",
                 "Thermal survey"]


def build():
    out = []
    out.append("-- volcano_watch: volcano monitoring network")
    out.append(SCHEMA)

    # Ref_Sensor_Types
    for code, desc in SENSOR_TYPES:
        out.append('INSERT INTO "Ref_Sensor_Types" VALUES (%s, %s);' % (q(code), q(desc)))
    out.append("")

    for row in OBSERVATORIES:
        out.append('INSERT INTO "observatories" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    for row in VOLCANOES:
        out.append('INSERT INTO "Volcano" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    # Scientists: heads of each observatory (first listed) have no supervisor
    head = {}
    used_dobs = set()
    sci_rows = []
    for sid, fn, ln, g, obs in SCIENTISTS:
        while True:
            dob = rand_date("1958-01-01", "1994-12-31")
            if dob not in used_dobs:
                used_dobs.add(dob)
                break
        spec = random.choice(SPECIALTIES)
        if obs not in head:
            head[obs] = sid
            sup = None
        else:
            sup = head[obs]
        sci_rows.append((sid, fn, ln, g, dob, spec, obs, sup))
    # a few hand-fixed values
    fix = {1: ("1961-04-22", "Seismology"), 8: ("1966-11-03", "Geochemistry"),
           9: ("1978-02-14", "Seismology"), 13: ("1964-08-30", "Geodesy"),
           16: ("1967-03-11", "Seismology"), 19: ("1969-06-05", "Seismology"),
           2: ("1975-09-19", "Geochemistry"), 3: ("1983-01-27", "Remote Sensing"),
           30: ("1972-12-02", "Petrology"), 10: ("1981-05-09", "Petrology"),
           32: ("1987-07-21", "Remote Sensing"), 11: ("1970-10-15", "Geochemistry"),
           12: ("1985-03-08", "Hazard Assessment")}
    sci_rows = [(r[0], r[1], r[2], r[3], fix[r[0]][0], fix[r[0]][1], r[6], r[7])
                if r[0] in fix else r for r in sci_rows]
    for row in sci_rows:
        out.append('INSERT INTO "Scientist" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    # Sensors
    no_sensor_volcanoes = {12, 21, 24, 33}
    monitored = [v[0] for v in VOLCANOES if v[0] not in no_sensor_volcanoes]
    type_pool = ["BBS"] * 6 + ["SPS"] * 3 + ["GPS"] * 4 + ["TLT"] * 2 + ["STR"] + \
                ["DOAS"] * 2 + ["MGA"] * 2 + ["CO2"] + ["TIR"] * 2 + ["INF"] * 2 + \
                ["CAM"] * 2 + ["AFM"]
    sensors = []
    sid = 1
    serials = set()
    # every monitored volcano gets a broadband seismometer first
    plan = [(v, "BBS") for v in monitored]
    for _ in range(34):
        plan.append((random.choice(monitored), random.choice(type_pool)))
    for vid, tcode in plan:
        while True:
            serial = "%s-%04d" % (tcode, random.randint(1000, 9999))
            if serial not in serials:
                serials.add(serial)
                break
        inst = rand_date("2004-01-01", "2023-06-30")
        active = "Y" if random.random() < 0.8 else "N"
        depth = None
        if tcode in ("TLT", "STR"):
            depth = float(random.choice([30, 45, 60, 120, 150, 200]))
        elif tcode in ("BBS", "SPS") and random.random() < 0.25:
            depth = float(random.choice([2, 5, 10]))
        sensors.append((sid, serial, tcode, vid, VOLC_OBS[vid], inst, active, depth))
        sid += 1
    for row in sensors:
        out.append('INSERT INTO "sensors" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    # Readings
    readable = [s for s in sensors if s[2] in READING_PROFILE]
    readings = []
    for rid in range(1, 81):
        s = random.choice(readable)
        unit, lo, hi, dec = READING_PROFILE[s[2]]
        if dec == 0:
            val = str(random.randint(lo, hi))
        else:
            val = ("%." + str(dec) + "f") % random.uniform(lo, hi)
        rdate = rand_date("2023-01-01", "2024-12-31")
        readings.append((rid, s[0], rdate, val, unit))
    for row in readings:
        out.append('INSERT INTO "sensor_readings" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    for row in ERUPTIONS:
        out.append('INSERT INTO "Eruption" VALUES (%s);' % ", ".join(q(v) for v in row))
    out.append("")

    # Field trips (Scientist_Volcano)
    obs_volcs = {}
    for v, o in VOLC_OBS.items():
        if o is not None:
            obs_volcs.setdefault(o, []).append(v)
    country_of_obs = {o[0]: o[3] for o in OBSERVATORIES}
    country_volcs = {}
    for v in VOLCANOES:
        country_volcs.setdefault(v[2], []).append(v[0])
    trips = []
    fixed_trips = [
        (8, 6), (8, 8), (9, 6), (9, 8), (32, 8), (10, 6), (32, 6), (12, 8),
        (21, 20), (21, 20), (21, 22), (19, 19), (20, 19), (1, 19), (14, 33),
        (16, 16), (16, 17), (16, 18), (16, 16), (16, 15), (16, 20), (16, 31),
    ]
    for sci, vid in fixed_trips:
        trips.append((sci, vid))
    all_sci = [s[0] for s in SCIENTISTS]
    skip = {7, 27, 31, 16}  # these scientists get no random trips
    for _ in range(30):
        sci = random.choice([s for s in all_sci if s not in skip])
        obs = [s for s in SCIENTISTS if s[0] == sci][0][4]
        if random.random() < 0.75:
            vid = random.choice(country_volcs[country_of_obs[obs]])
        else:
            vid = random.choice([v[0] for v in VOLCANOES])
        trips.append((sci, vid))
    random.shuffle(trips)
    for i, (sci, vid) in enumerate(trips, start=1):
        tdate = rand_date("2015-01-01", "2024-11-30")
        days = random.randint(1, 14)
        purpose = random.choice(TRIP_PURPOSES)
        out.append('INSERT INTO "Scientist_Volcano" VALUES (%s);' % ", ".join(
            q(v) for v in (i, sci, vid, tdate, days, purpose)))
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 generate.py OUTPUT.sql")
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        fh.write(build())
