#!/usr/bin/env python3
"""Generate the botanic_garden test database as a SQL script.

Usage: python3 generate.py OUTPUT.sql
"""
import random
import sys
from datetime import date, timedelta

random.seed(20240517)


def q(v):
    """Render a Python value as an SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    d0 = date.fromisoformat(start)
    d1 = date.fromisoformat(end)
    return (d0 + timedelta(days=random.randint(0, (d1 - d0).days))).isoformat()


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Plant_Families (
    family_code TEXT PRIMARY KEY,
    family_name TEXT NOT NULL,
    family_description TEXT
);

CREATE TABLE Gardens (
    Garden_ID INTEGER PRIMARY KEY,
    Garden_Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Year_Founded INTEGER,
    Area_Hectares REAL,
    climate_type TEXT,
    Annual_Visitors INTEGER
);

CREATE TABLE Glasshouses (
    Glasshouse_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER NOT NULL,
    Glasshouse_Name TEXT,
    Year_Built INTEGER,
    Floor_Area TEXT,
    min_temperature_c REAL,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Species (
    Species_ID INTEGER PRIMARY KEY,
    Scientific_Name TEXT NOT NULL,
    Common_Name TEXT,
    family_code TEXT,
    Plant_Type TEXT,
    Native_Region TEXT,
    Conservation_Status TEXT,
    Max_Height_m REAL,
    FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);

CREATE TABLE Specimens (
    Specimen_ID INTEGER PRIMARY KEY,
    Species_ID INTEGER NOT NULL,
    Garden_ID INTEGER NOT NULL,
    Glasshouse_ID INTEGER,
    Accession_Code TEXT,
    Date_Planted TEXT,
    Number_Of_Plants INTEGER,
    Health_Status TEXT,
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID),
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Gardeners (
    Gardener_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER,
    First_Name TEXT,
    Last_Name TEXT,
    Specialty TEXT,
    Hire_Date TEXT,
    Salary INTEGER,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Tour_Bookings (
    Booking_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER NOT NULL,
    guide_gardener_id INTEGER,
    Visitor_Name TEXT,
    Visitor_City TEXT,
    Visitor_Age INTEGER,
    Tour_Date TEXT,
    Tour_Theme TEXT,
    Party_Size INTEGER,
    Ticket_Price REAL,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (guide_gardener_id) REFERENCES Gardeners(Gardener_ID)
);

CREATE TABLE Seed_Exchanges (
    Exchange_ID INTEGER PRIMARY KEY,
    sending_garden_id INTEGER NOT NULL,
    receiving_garden_id INTEGER NOT NULL,
    Species_ID INTEGER NOT NULL,
    Exchange_Date TEXT,
    Seed_Count INTEGER,
    Shipping_Method TEXT,
    FOREIGN KEY (sending_garden_id) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (receiving_garden_id) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID)
);
"""

# ---------------------------------------------------------------- families
FAMILIES = [
    ("ROS", "Rosaceae", "Rose family"),
    ("ORC", "Orchidaceae", "Orchid family"),
    ("CAC", "Cactaceae", "Cactus family"),
    ("PIN", "Pinaceae", "Pine family"),
    ("AST", "Asteraceae", "Daisy family"),
    ("FAB", "Fabaceae", "Pea family"),
    ("ARE", "Arecaceae", "Palm family"),
    ("LAM", "Lamiaceae", "Mint family"),
    ("ERI", "Ericaceae", "Heath family"),
    ("MAG", "Magnoliaceae", "Magnolia family"),
    ("BRO", "Bromeliaceae", "Bromeliad family"),
    ("NYM", "Nymphaeaceae", "Water lily family"),
    ("PRO", "Proteaceae", "Protea family"),
    ("ZAM", "Zamiaceae", "Cycad family"),
    ("GEN", "Gentianaceae", "Gentian family"),
]

# ---------------------------------------------------------------- gardens
# (name, city, country, founded, hectares, climate, annual visitors)
GARDENS = [
    ("Royal Botanic Garden Edinburgh", "Edinburgh", "United Kingdom", 1670, 28.0, "Temperate", 850000),
    ("Kew Gardens", "London", "United Kingdom", 1759, 132.0, "Temperate", 2100000),
    ("Singapore Botanic Gardens", "Singapore", "Singapore", 1859, 82.0, "Tropical", 4500000),
    ("Jardin des Plantes", "Paris", "France", 1635, 28.0, "Temperate", 1500000),
    ("Berlin-Dahlem Botanical Garden", "Berlin", "Germany", 1679, 43.0, "Temperate", 480000),
    ("Royal Botanic Garden Sydney", "Sydney", "Australia", 1816, 30.0, "Subtropical", 3000000),
    ("Missouri Botanical Garden", "St. Louis", "United States", 1859, 32.0, "Continental", 900000),
    ("Kirstenbosch National Botanical Garden", "Cape Town", "South Africa", 1913, 528.0, "Mediterranean", 1000000),
    ("Orto Botanico di Padova", "Padua", "Italy", 1545, 2.2, "Temperate", None),
    ("Montreal Botanical Garden", "Montreal", "Canada", 1931, 75.0, "Continental", 700000),
    ("Glasgow Botanic Gardens", "Glasgow", "United Kingdom", 1817, 11.0, "Temperate", 400000),
]
WARM = {"Tropical", "Subtropical", "Mediterranean"}

# ---------------------------------------------------------------- glasshouses
# (garden_id, name, year built, floor area m2 stored as text, min temperature)
GLASSHOUSES = [
    (1, "Temperate Palm House", 1858, "560", 8.0),
    (1, "Montane Tropical House", 1967, "410", 16.0),
    (2, "Palm House", 1848, "2248", 18.0),
    (2, "Temperate House", 1863, "4880", 10.0),
    (2, "Princess of Wales Conservatory", 1987, "4490", 15.0),
    (3, "National Orchid Garden Cool House", 2004, "320", 15.0),
    (4, "Grandes Serres", 1836, "3000", 14.0),
    (5, "Great Pavilion", 1907, "1750", 16.0),
    (6, "The Calyx", 2016, "1100", 12.0),
    (7, "Climatron", 1960, "2230", 18.0),
    (9, "Garden of Biodiversity", 2014, "3500", 12.0),
    (10, "Main Exhibition Greenhouse", 1956, "1400", 15.0),
    (11, "Kibble Palace", 1873, "2137", 7.0),
]

# ---------------------------------------------------------------- species
# (scientific, common, family, type, region, status, height, needs_glass_in_cool_climate)
SPECIES = [
    ("Rosa canina", "Dog rose", "ROS", "Shrub", "Europe", "Least Concern", 3.0, False),
    ("Malus sylvestris", "European crab apple", "ROS", "Tree", "Europe", "Least Concern", 10.0, False),
    ("Prunus serrulata", "Japanese cherry", "ROS", "Tree", "East Asia", None, 12.0, False),
    ("Sorbus aucuparia", "Rowan", "ROS", "Tree", "Europe", "Least Concern", 15.0, False),
    ("Phalaenopsis amabilis", "Moth orchid", "ORC", "Epiphyte", "Southeast Asia", "Least Concern", 0.5, True),
    ("Vanilla planifolia", "Vanilla", "ORC", "Climber", "Central America", "Endangered", 15.0, True),
    ("Cypripedium calceolus", "Lady's slipper orchid", "ORC", "Herb", "Europe", "Least Concern", 0.6, False),
    ("Paphiopedilum rothschildianum", "Rothschild's slipper orchid", "ORC", "Herb", "Borneo", "Critically Endangered", 0.6, True),
    ("Carnegiea gigantea", "Saguaro", "CAC", "Succulent", "North America", "Least Concern", 12.0, True),
    ("Echinocactus grusonii", "Golden barrel cactus", "CAC", "Succulent", "Mexico", "Endangered", 1.3, True),
    ("Opuntia ficus-indica", "Prickly pear", "CAC", "Succulent", "Mexico", None, 5.0, True),
    ("Mammillaria elongata", "Ladyfinger cactus", "CAC", "Succulent", "Mexico", "Least Concern", 0.15, True),
    ("Pinus sylvestris", "Scots pine", "PIN", "Tree", "Europe", "Least Concern", 35.0, False),
    ("Abies nordmanniana", "Nordmann fir", "PIN", "Tree", "Caucasus", "Least Concern", 60.0, False),
    ("Cedrus libani", "Cedar of Lebanon", "PIN", "Tree", "Middle East", "Vulnerable", 40.0, False),
    ("Picea abies", "Norway spruce", "PIN", "Tree", "Europe", "Least Concern", 50.0, False),
    ("Echinacea purpurea", "Purple coneflower", "AST", "Herb", "North America", "Least Concern", 1.2, False),
    ("Helianthus annuus", "Sunflower", "AST", "Herb", "North America", None, 3.0, False),
    ("Argyroxiphium sandwicense", "Silversword", "AST", "Shrub", "Hawaii", "Vulnerable", 2.0, True),
    ("Bellis perennis", "Common daisy", "AST", "Herb", "Europe", None, 0.2, False),
    ("Acacia dealbata", "Silver wattle", "FAB", "Tree", "Australia", "Least Concern", 30.0, False),
    ("Wisteria sinensis", "Chinese wisteria", "FAB", "Climber", "East Asia", None, 20.0, False),
    ("Lupinus polyphyllus", "Garden lupin", "FAB", "Herb", "North America", "Least Concern", 1.5, False),
    ("Cercis siliquastrum", "Judas tree", "FAB", "Tree", "Mediterranean", "Least Concern", 10.0, False),
    ("Cocos nucifera", "Coconut palm", "ARE", "Palm", "Pacific Islands", None, 30.0, True),
    ("Lodoicea maldivica", "Coco de mer", "ARE", "Palm", "Seychelles", "Endangered", 30.0, True),
    ("Washingtonia filifera", "California fan palm", "ARE", "Palm", "North America", "Near Threatened", 20.0, True),
    ("Trachycarpus fortunei", "Chusan palm", "ARE", "Palm", "East Asia", "Near Threatened", 12.0, False),
    ("Lavandula angustifolia", "English lavender", "LAM", "Shrub", "Mediterranean", "Least Concern", 1.0, False),
    ("Salvia officinalis", "Common sage", "LAM", "Shrub", "Mediterranean", "Least Concern", 0.6, False),
    ("Mentha spicata", "Spearmint", "LAM", "Herb", "Europe", "Least Concern", 1.0, False),
    ("Salvia rosmarinus", "Rosemary", "LAM", "Shrub", "Mediterranean", None, 1.5, False),
    ("Rhododendron ponticum", "Common rhododendron", "ERI", "Shrub", "Europe", "Least Concern", 5.0, False),
    ("Calluna vulgaris", "Heather", "ERI", "Shrub", "Europe", "Least Concern", 0.5, False),
    ("Vaccinium corymbosum", "Highbush blueberry", "ERI", "Shrub", "North America", "Least Concern", 2.0, False),
    ("Erica cerinthoides", "Fire heath", "ERI", "Shrub", "South Africa", "Least Concern", 0.5, True),
    ("Magnolia grandiflora", "Southern magnolia", "MAG", "Tree", "North America", "Least Concern", 27.0, False),
    ("Liriodendron tulipifera", "Tulip tree", "MAG", "Tree", "North America", "Least Concern", 50.0, False),
    ("Ananas comosus", "Pineapple", "BRO", "Herb", "South America", None, 1.5, True),
    ("Puya raimondii", "Queen of the Andes", "BRO", "Herb", "South America", "Endangered", 15.0, True),
    ("Tillandsia usneoides", "Spanish moss", "BRO", "Epiphyte", "South America", "Least Concern", 0.1, True),
    ("Victoria amazonica", "Giant water lily", "NYM", "Aquatic", "South America", "Least Concern", 0.3, True),
    ("Nymphaea alba", "European white water lily", "NYM", "Aquatic", "Europe", "Least Concern", 0.2, False),
    ("Protea cynaroides", "King protea", "PRO", "Shrub", "South Africa", "Least Concern", 2.0, True),
    ("Encephalartos woodii", "Wood's cycad", "ZAM", "Cycad", "South Africa", "Extinct in the Wild", 6.0, True),
    ("Fragaria vesca", "Wild strawberry", "ROS", "Herb", "Europe", "Least Concern", 0.3, False),
]
# species never planted anywhere in the network (ids are 1-based)
NOT_PLANTED = {19, 40}  # Silversword, Queen of the Andes

FIRST = ["Fiona", "Angus", "Priya", "Tom", "Claire", "Lukas", "Mei", "Hannah", "Oliver", "Sofia",
         "James", "Amelie", "Rahul", "Grace", "Marco", "Elena", "Thabo", "Nadia", "Hugo", "Isla",
         "Kenji", "Lena", "Samuel", "Chloe", "Pierre", "Aisha", "Daniel", "Ruth"]
LAST = ["MacLeod", "Campbell", "Sharma", "Fletcher", "Dubois", "Schneider", "Tan", "Baker",
        "Wright", "Rossi", "Murray", "Fischer", "Naidoo", "Nguyen", "Bianchi", "Tremblay",
        "Walker", "Okafor", "Lefebvre", "Kowalski", "Hughes", "Brown", "Patel", "Morgan"]
SPECIALTIES = ["Orchids", "Arboriculture", "Cacti and Succulents", "Tropical Plants",
               "Herbaceous Borders", "Propagation", "Alpine Plants"]

THEMES = ["Orchids and Epiphytes", "Trees of the World", "Medicinal Plants", "Desert Plants",
          "Seasonal Highlights", "Glasshouse Highlights"]

# visitor pool: (name, city); Edinburgh and London residents appear more often
VISITORS = [
    ("Alice Grant", "Edinburgh"), ("Rory Stewart", "Edinburgh"), ("Moira Kerr", "Edinburgh"),
    ("Ben Carter", "London"), ("Sarah Holt", "London"), ("Nikhil Rao", "London"),
    ("Julien Martin", "Paris"), ("Camille Roux", "Paris"), ("Anna Weber", "Berlin"),
    ("Felix Braun", "Berlin"), ("Wei Ling Goh", "Singapore"), ("Arjun Menon", "Singapore"),
    ("Chloe Adams", "Sydney"), ("Jack Wilson", "Sydney"), ("Emily Clarke", "Manchester"),
    ("Lucy Evans", "Glasgow"), ("Callum Reid", "Glasgow"), ("Michael Stone", "St. Louis"),
    ("Naledi Dlamini", "Cape Town"), ("Giulia Conti", "Padua"), ("Sophie Gagnon", "Montreal"),
    ("Laura Jensen", "Copenhagen"), ("Peter Novak", "Prague"), ("Hiro Sato", "Tokyo"),
    ("Maria Lopez", "Madrid"), ("David Cohen", "New York"),
]
VISITOR_WEIGHTS = [3, 2, 2, 3, 3, 2, 2, 1, 2, 1, 2, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]


def main(path):
    out = [SCHEMA]

    def insert(table, cols, rows):
        for r in rows:
            out.append("INSERT INTO %s (%s) VALUES (%s);" % (table, ", ".join(cols), ", ".join(q(v) for v in r)))
        out.append("")

    insert("Ref_Plant_Families", ["family_code", "family_name", "family_description"], FAMILIES)

    insert("Gardens", ["Garden_ID", "Garden_Name", "City", "Country", "Year_Founded", "Area_Hectares",
                       "climate_type", "Annual_Visitors"],
           [(i + 1,) + g for i, g in enumerate(GARDENS)])

    glass_rows = [(i + 1,) + g for i, g in enumerate(GLASSHOUSES)]
    insert("Glasshouses", ["Glasshouse_ID", "Garden_ID", "Glasshouse_Name", "Year_Built", "Floor_Area",
                           "min_temperature_c"], glass_rows)
    glass_by_garden = {}
    for r in glass_rows:
        glass_by_garden.setdefault(r[1], []).append(r[0])

    insert("Species", ["Species_ID", "Scientific_Name", "Common_Name", "family_code", "Plant_Type",
                       "Native_Region", "Conservation_Status", "Max_Height_m"],
           [(i + 1,) + s[:7] for i, s in enumerate(SPECIES)])

    # ------------------------------------------------------------ specimens
    specimens = []
    pairs = set()
    garden_species = {}
    sid = 0
    for gid in range(1, len(GARDENS) + 1):
        climate = GARDENS[gid - 1][5]
        n = {2: 16, 1: 14, 3: 12, 8: 9}.get(gid, random.randint(7, 10))
        candidates = [i + 1 for i in range(len(SPECIES)) if i + 1 not in NOT_PLANTED]
        random.shuffle(candidates)
        chosen = []
        for sp in candidates:
            if len(chosen) >= n:
                break
            needs_glass = SPECIES[sp - 1][7]
            if climate in ("Tropical", "Subtropical") and (
                    SPECIES[sp - 1][2] == "PIN" or SPECIES[sp - 1][4] in ("Europe", "Caucasus")):
                continue  # cool-climate plants are not grown in the tropics
            glass = None
            if needs_glass and climate not in WARM:
                if gid not in glass_by_garden:
                    continue
                glass = random.choice(glass_by_garden[gid])
            elif climate == "Tropical" and gid in glass_by_garden and SPECIES[sp - 1][0].startswith("Cypripedium"):
                glass = glass_by_garden[gid][0]
            chosen.append((sp, glass))
        for sp, glass in chosen:
            sid += 1
            planted = rand_date("1960-01-01", "2023-10-31")
            acc = "%s-%s-%04d" % (GARDENS[gid - 1][1][:3].upper(), planted[:4], random.randint(1, 9999))
            health = random.choices(["Good", "Fair", "Poor"], [6, 3, 1])[0]
            specimens.append((sid, sp, gid, glass, acc, planted, random.randint(1, 40), health))
            pairs.add((sp, gid))
            garden_species.setdefault(gid, []).append(sp)
    insert("Specimens", ["Specimen_ID", "Species_ID", "Garden_ID", "Glasshouse_ID", "Accession_Code",
                         "Date_Planted", "Number_Of_Plants", "Health_Status"], specimens)

    # ------------------------------------------------------------ gardeners
    gardeners = []
    gardeners_by_garden = {}
    used_names = set()
    gid_cycle = list(range(1, len(GARDENS) + 1))
    extra = [2, 2, 1, 1, 3, 4, 6, 8, 5, 7, 2, 3]
    assign = gid_cycle + gid_cycle + extra
    for i, gid in enumerate(assign):
        while True:
            name = (random.choice(FIRST), random.choice(LAST))
            if name not in used_names:
                used_names.add(name)
                break
        spec = random.choice(SPECIALTIES)
        hire = rand_date("1994-01-01", "2023-06-30")
        salary = random.randrange(28000, 64000, 500)
        gardeners.append((i + 1, gid, name[0], name[1], spec, hire, salary))
        gardeners_by_garden.setdefault(gid, []).append(i + 1)
    insert("Gardeners", ["Gardener_ID", "Garden_ID", "First_Name", "Last_Name", "Specialty", "Hire_Date",
                         "Salary"], gardeners)

    # ------------------------------------------------------------ tour bookings
    bookings = []
    tour_gardens = [1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 11, 11]
    for bid in range(1, 66):
        gid = random.choice(tour_gardens)
        guide = random.choice(gardeners_by_garden[gid]) if random.random() > 0.08 else None
        vname, vcity = random.choices(VISITORS, VISITOR_WEIGHTS)[0]
        age = random.randint(18, 78) if random.random() > 0.15 else None
        theme = random.choice(THEMES)
        if GARDENS[gid - 1][5] == "Tropical" and theme == "Desert Plants":
            theme = "Orchids and Epiphytes"
        tdate = rand_date("2022-03-01", "2024-10-31")
        party = random.randint(1, 8)
        price = random.choice([8.5, 12.0, 15.0, 18.5, 20.0, 25.0])
        bookings.append((bid, gid, guide, vname, vcity, age, tdate, theme, party, price))
    insert("Tour_Bookings", ["Booking_ID", "Garden_ID", "guide_gardener_id", "Visitor_Name", "Visitor_City",
                             "Visitor_Age", "Tour_Date", "Tour_Theme", "Party_Size", "Ticket_Price"], bookings)

    # ------------------------------------------------------------ seed exchanges
    exchanges = []
    senders = [1, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11]
    receivers = [1, 2, 2, 2, 2, 3, 4, 5, 6, 7, 9, 10, 10, 11]
    eid = 0
    while eid < 42:
        s = random.choice(senders)
        r = random.choice(receivers)
        if s == r:
            continue
        sp = random.choice(garden_species[s])
        eid += 1
        exchanges.append((eid, s, r, sp, rand_date("2015-01-01", "2024-09-30"),
                          random.randrange(20, 2000, 10),
                          random.choice(["Air mail", "Courier", "Courier", "Hand carried"])))
    insert("Seed_Exchanges", ["Exchange_ID", "sending_garden_id", "receiving_garden_id", "Species_ID",
                              "Exchange_Date", "Seed_Count", "Shipping_Method"], exchanges)

    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 generate.py OUTPUT.sql")
    main(sys.argv[1])
