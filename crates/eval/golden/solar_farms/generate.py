# Writes the SQLite schema and rows (CREATE TABLE + INSERT) of the solar_farms database to the file given on the command line.
import random
import sys

random.seed(20240611)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE "Operators" (
"Operator_ID" INTEGER PRIMARY KEY,
"Company_Name" TEXT NOT NULL,
"Country" TEXT,
"Founded_Year" TEXT
);

CREATE TABLE "Ref_Panel_Types" (
"panel_type_code" TEXT PRIMARY KEY,
"panel_type_description" TEXT,
"Efficiency_Percent" REAL
);

CREATE TABLE "Solar_Farms" (
"Farm_ID" INTEGER PRIMARY KEY,
"Farm_Name" TEXT NOT NULL,
"Operator_ID" INTEGER,
"Region" TEXT,
"Country" TEXT,
"Capacity_MW" REAL,
"Commissioned_Year" INTEGER,
"panel_type_code" TEXT,
"other_details" TEXT,
FOREIGN KEY ("Operator_ID") REFERENCES "Operators"("Operator_ID"),
FOREIGN KEY ("panel_type_code") REFERENCES "Ref_Panel_Types"("panel_type_code")
);

CREATE TABLE "Inverters" (
"Inverter_ID" INTEGER PRIMARY KEY,
"Model" TEXT NOT NULL,
"Manufacturer" TEXT,
"Rated_Power_kW" REAL
);

CREATE TABLE "Farm_Inverters" (
"Farm_ID" INTEGER,
"Inverter_ID" INTEGER,
"Count_Installed" INTEGER,
PRIMARY KEY ("Farm_ID", "Inverter_ID"),
FOREIGN KEY ("Farm_ID") REFERENCES "Solar_Farms"("Farm_ID"),
FOREIGN KEY ("Inverter_ID") REFERENCES "Inverters"("Inverter_ID")
);

CREATE TABLE "Monthly_Output" (
"Record_ID" INTEGER PRIMARY KEY,
"Farm_ID" INTEGER,
"Month" TEXT,
"Energy_MWh" REAL,
"Downtime_Hours" REAL
);

CREATE TABLE "Technicians" (
"Technician_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Age" INTEGER,
"certification_level" TEXT,
"Home_Farm_ID" INTEGER,
FOREIGN KEY ("Home_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID")
);

CREATE TABLE "Maintenance_Visits" (
"Visit_ID" INTEGER PRIMARY KEY,
"Technician_ID" INTEGER,
"Base_Farm_ID" INTEGER,
"Serviced_Farm_ID" INTEGER,
"Visit_Date" TEXT,
"Hours" REAL,
FOREIGN KEY ("Technician_ID") REFERENCES "Technicians"("Technician_ID"),
FOREIGN KEY ("Base_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID"),
FOREIGN KEY ("Serviced_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID")
);
"""

operators = [
    (1, "SunPeak Energy", "Spain", "1998"),
    (2, "Helios Renewables", "Germany", "2005"),
    (3, "Aurora Solar Power", "United States", "2010"),
    (4, "Greenfield Photovoltaics", "India", "2012"),
    (5, "Southern Cross Solar", "Australia", "2008"),
    (6, "Lumiere Energie", "France", "2001"),
    (7, "Sol Andino", "Chile", "2014"),
    (8, "Nordlys Kraft", "Norway", "1995"),
    (9, "Desert Bloom Power", "United Arab Emirates", "2016"),
    (10, "Kyushu Solar Works", "Japan", "1989"),
    (11, "Atlas Sun Holdings", "Morocco", "2011"),
    (12, "Maple Leaf Solar", "Canada", None),
]

panel_types = [
    ("MONO", "Monocrystalline silicon", 21.5),
    ("POLY", "Polycrystalline silicon", 17.8),
    ("CDTE", "Thin-film cadmium telluride", 18.6),
    ("CIGS", "Copper indium gallium selenide thin film", 16.2),
    ("BIFAC", "Bifacial monocrystalline", 22.8),
    ("HJT", "Heterojunction silicon", 23.4),
]

farm_base = [
    ("Tabernas Solar Park", 1, "Andalusia", "Spain"),
    ("Guadix Sun Field", 1, "Andalusia", "Spain"),
    ("La Mancha Solar", 1, "Castilla-La Mancha", "Spain"),
    ("Brandenburg Solarpark", 2, "Brandenburg", "Germany"),
    ("Lieberose Photovoltaic Park", 2, "Brandenburg", "Germany"),
    ("Bavaria Sunfield", 2, "Bavaria", "Germany"),
    ("Mojave Flats Solar", 3, "California", "United States"),
    ("Sonoran Ridge Solar", 3, "Arizona", "United States"),
    ("Pecos Valley Solar", 3, "Texas", "United States"),
    ("Bhadla Solar Park", 4, "Rajasthan", "India"),
    ("Pavagada Solar Farm", 4, "Karnataka", "India"),
    ("Kurnool Ultra Mega Solar", 4, "Andhra Pradesh", "India"),
    ("Darlington Point Solar", 5, "New South Wales", "Australia"),
    ("Bungala Solar Farm", 5, "South Australia", "Australia"),
    ("Cestas Solar Farm", 6, "Nouvelle-Aquitaine", "France"),
    ("Provence Soleil", 6, "Provence-Alpes-Cote d'Azur", "France"),
    ("Atacama Sun", 7, "Antofagasta", "Chile"),
    ("El Romero Solar", 7, "Atacama", "Chile"),
    ("Noor Abu Dhabi Field", 9, "Abu Dhabi", "United Arab Emirates"),
    ("Al Dhafra Solar", 9, "Abu Dhabi", "United Arab Emirates"),
    ("Oita Mega Solar", 10, "Oita", "Japan"),
    ("Setouchi Kirei Solar", 10, "Okayama", "Japan"),
    ("Noor Ouarzazate PV", 11, "Draa-Tafilalet", "Morocco"),
    ("Laayoune Solar Field", 11, "Laayoune-Sakia El Hamra", "Morocco"),
    ("Alentejo Solar", 1, "Alentejo", "Portugal"),
]

details_pool = [
    "Single-axis trackers",
    "Fixed-tilt mounting",
    "Co-located battery storage",
    "Agrivoltaic site with sheep grazing",
    "Floating array on reservoir",
]

farms = []
used_caps = set()
for i, (name, op, region, country) in enumerate(farm_base, start=1):
    while True:
        cap = round(random.uniform(20, 900), 1)
        if cap not in used_caps:
            used_caps.add(cap)
            break
    year = random.randint(2009, 2022)
    panel = random.choice(["MONO", "MONO", "POLY", "CDTE", "CIGS", "BIFAC", "BIFAC"])
    details = random.choice(details_pool) if random.random() < 0.5 else None
    farms.append((i, name, op, region, country, cap, year, panel, details))

inverters = [
    (1, "Sunny Central 2500-EV", "SMA", 2500.0),
    (2, "Sunny Central 4600 UP", "SMA", 4600.0),
    (3, "SUN2000-215KTL-H3", "Huawei", 200.0),
    (4, "SUN2000-330KTL", "Huawei", 300.0),
    (5, "SG3125HV", "Sungrow", 3125.0),
    (6, "SG250HX", "Sungrow", 250.0),
    (7, "PVS980-58", "FIMER", 5000.0),
    (8, "PVS-175-TL", "FIMER", 185.0),
    (9, "HEM FS3510M", "Power Electronics", 3510.0),
    (10, "SE100K", "SolarEdge", 100.0),
    (11, "INGECON SUN 3Power C", "Ingeteam", 3280.0),
    (12, "Solar Ware Samurai", "TMEIC", 3360.0),
]

# farms 24 and 25 get no inverters; inverters 10 and 12 are never installed
farm_inverters = []
pairs = set()
usable_inv = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
for fid in range(1, 24):
    k = 1 if fid % 3 == 0 else 2
    for inv in random.sample(usable_inv, k):
        pairs.add((fid, inv))
for fid, inv in sorted(pairs):
    farm_inverters.append((fid, inv, random.randint(8, 240)))

# monthly output: 8 farms x 5 months = 40 rows
months = ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"]
season = {"2023-01": 0.7, "2023-02": 0.8, "2023-03": 0.95, "2023-04": 1.05, "2023-05": 1.15}
output_farms = [1, 4, 7, 10, 13, 15, 17, 21]
monthly = []
rid = 1
for fid in output_farms:
    cap = farms[fid - 1][5]
    for m in months:
        energy = round(cap * 730 * 0.2 * season[m] * random.uniform(0.85, 1.1), 1)
        down = round(random.uniform(0, 48), 1) if random.random() < 0.85 else None
        monthly.append((rid, fid, m, energy, down))
        rid += 1

tech_names = [
    "Carlos Ortega", "Lena Hoffmann", "Jake Morrison", "Priya Nair", "Liam O'Brien",
    "Sophie Laurent", "Mateo Rojas", "Aisha Al Mansoori", "Kenji Watanabe", "Youssef Benali",
    "Elena Martinez", "Tobias Keller", "Ravi Sharma", "Chloe Dubois", "Hannah Schmidt",
    "Diego Fuentes", "Olivia Bennett", "Marco Silva",
]
tech_homes = [1, 4, 7, 10, 13, 15, 17, 19, 21, 23, 2, 5, 11, 16, None, 18, 8, 25]
levels = ["JR", "SR", "EXP"]
ages = random.sample(range(23, 62), len(tech_names))
technicians = []
for i, name in enumerate(tech_names, start=1):
    technicians.append((i, name, ages[i - 1], random.choice(levels), tech_homes[i - 1]))

# visits: technicians 16-18 make no visits
visits = []
for vid in range(1, 31):
    tid = random.randint(1, 15)
    base = technicians[tid - 1][4]
    if base is None:
        base = random.randint(1, 25)
    serviced = random.randint(1, 25)
    while serviced == base:
        serviced = random.randint(1, 25)
    date = "2023-%02d-%02d" % (random.randint(1, 12), random.randint(1, 28))
    hours = round(random.choice([2, 3, 4, 5, 6, 7, 8, 10, 12]) + random.choice([0, 0.5]), 1)
    visits.append((vid, tid, base, serviced, date, hours))

tables = [
    ("Operators", operators),
    ("Ref_Panel_Types", panel_types),
    ("Solar_Farms", farms),
    ("Inverters", inverters),
    ("Farm_Inverters", farm_inverters),
    ("Monthly_Output", monthly),
    ("Technicians", technicians),
    ("Maintenance_Visits", visits),
]

out = [SCHEMA]
for tname, rows in tables:
    out.append("")
    for r in rows:
        out.append('INSERT INTO "%s" VALUES (%s);' % (tname, ", ".join(q(v) for v in r)))

with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out) + "\n")
