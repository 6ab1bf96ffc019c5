# Writes the seed_bank SQLite schema (CREATE TABLE) and rows (INSERT) to the file named on the command line.
import random
import sys

random.seed(4817)

BANKS = [
    # id, name, city, country, founded (TEXT), capacity
    (1, "Svalbard Global Seed Vault", "Longyearbyen", "Norway", "2008", 4500000),
    (2, "Millennium Seed Bank", "Ardingly", "United Kingdom", "2000", 2400000),
    (3, "Vavilov Institute Seed Bank", "Saint Petersburg", "Russia", "1921", 320000),
    (4, "National Center for Genetic Resources Preservation", "Fort Collins", "United States", "1958", 1500000),
    (5, "Australian PlantBank", "Sydney", "Australia", "2013", 150000),
    (6, "Germplasm Bank of Wild Species", "Kunming", "China", "2007", 800000),
    (7, "Desert Botanical Seed Bank", "Phoenix", "United States", "1939", 45000),
    (8, "Nordic Genetic Resource Center", "Alnarp", "Sweden", "1979", 260000),
    (9, "Madrid Germplasm Bank", "Madrid", "Spain", "1966", 120000),
    (10, "Canarian Seed Bank", "Las Palmas", "Spain", "1983", None),
    (11, "Embrapa Genetic Resources Bank", "Brasilia", "Brazil", "1974", 700000),
    (12, "Kirstenbosch Seed Room", "Cape Town", "South Africa", "1996", 60000),
    (13, "National Genebank of India", "New Delhi", "India", "1996", 1100000),
    (14, "Leibniz Genebank", "Gatersleben", "Germany", "1943", 540000),
]
NO_LOT_BANKS = {12, 14}

FAMILIES = [
    ("AST", "Asteraceae, the daisy and sunflower family"),
    ("FAB", "Fabaceae, legumes such as peas and beans"),
    ("POA", "Poaceae, the true grasses including cereals"),
    ("ROS", "Rosaceae, roses and many fruit trees"),
    ("SOL", "Solanaceae, the nightshade family"),
    ("BRA", "Brassicaceae, mustards and cabbages"),
    ("ORC", "Orchidaceae, the orchid family"),
    ("LAM", "Lamiaceae, mints and aromatic herbs"),
    ("CAC", "Cactaceae, cacti of the Americas"),
    ("MYR", "Myrtaceae, myrtles and eucalypts"),
    ("API", "Apiaceae, carrots and umbellifers"),
]

SPECIES = [
    # id, common, latin, family, endangered
    (1, "Sunflower", "Helianthus annuus", "AST", "N"),
    (2, "Common Daisy", "Bellis perennis", "AST", "N"),
    (3, "Mountain Arnica", "Arnica montana", "AST", "Y"),
    (4, "Chickpea", "Cicer arietinum", "FAB", "N"),
    (5, "Lentil", "Lens culinaris", "FAB", "N"),
    (6, "Wild Soybean", "Glycine soja", "FAB", "Y"),
    (7, "Bread Wheat", "Triticum aestivum", "POA", "N"),
    (8, "Asian Rice", "Oryza sativa", "POA", "N"),
    (9, "Texas Wild Rice", "Zizania texana", "POA", "Y"),
    (10, "Sorghum", "Sorghum bicolor", "POA", "N"),
    (11, "Dog Rose", "Rosa canina", "ROS", "N"),
    (12, "Wild Apple", "Malus sieversii", "ROS", "Y"),
    (13, "Tomato", "Solanum lycopersicum", "SOL", "N"),
    (14, "Wild Potato", "Solanum commersonii", "SOL", "N"),
    (15, "Wild Cabbage", "Brassica oleracea", "BRA", "N"),
    (16, "Lady's Slipper Orchid", "Cypripedium calceolus", "ORC", "Y"),
    (17, "Ghost Orchid", "Dendrophylax lindenii", "ORC", "Y"),
    (18, "Bee Orchid", "Ophrys apifera", "ORC", "N"),
    (19, "Lavender", "Lavandula angustifolia", "LAM", "N"),
    (20, "Sweet Basil", "Ocimum basilicum", "LAM", "N"),
    (21, "Saguaro", "Carnegiea gigantea", "CAC", "N"),
    (22, "Star Cactus", "Astrophytum asterias", "CAC", "Y"),
    (23, "Mountain Ash", "Eucalyptus regnans", "MYR", "N"),
    (24, "Lemon Myrtle", "Backhousia citriodora", "MYR", "N"),
]
NO_LOT_SPECIES = {17, 20, 22}

COLLECTORS = [
    # id, name, nationality, age
    (1, "Ingrid Solberg", "Norway", 47),
    (2, "Thomas Whitfield", "United Kingdom", 62),
    (3, "Olga Petrova", "Russia", 55),
    (4, "Daniel Okafor", "Nigeria", 34),
    (5, "Maria Fernandes", "Brazil", 41),
    (6, "Li Wei", "China", 38),
    (7, "Carlos Mendoza", "Mexico", 69),
    (8, "Emily Carter", "United States", 29),
    (9, "Rajesh Kumar", "India", 52),
    (10, "Sofia Lindqvist", "Sweden", 36),
    (11, "Jack O'Brien", "Australia", 58),
    (12, "Ana Ruiz", "Spain", 44),
    (13, "Pedro Almeida", "Brazil", 66),
    (14, "Hannah Weber", "Germany", 51),
    (15, "James Mitchell", "United States", 73),
    (16, "Yuki Tanaka", "Japan", 31),
]
NO_LOT_COLLECTORS = {10, 16}

NOTES = ["Stored at -18 C", "Partial viability test pending", "Wild-collected, mixed provenance",
         "Duplicate of earlier deposit", "Requires regeneration"]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def ins(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


def main():
    out = []
    out.append("PRAGMA foreign_keys = ON;")
    out.append("""CREATE TABLE Seed_Banks (
  Bank_ID INTEGER PRIMARY KEY,
  Bank_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Founded_Year TEXT,
  Storage_Capacity INTEGER
);""")
    out.append("""CREATE TABLE Ref_Plant_Families (
  family_code TEXT PRIMARY KEY,
  family_description TEXT
);""")
    out.append("""CREATE TABLE Plant_Species (
  Species_ID INTEGER PRIMARY KEY,
  Common_Name TEXT,
  Latin_Name TEXT,
  family_code TEXT,
  Endangered_Flag TEXT,
  FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);""")
    out.append("""CREATE TABLE Seed_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  Species_ID INTEGER,
  Bank_ID INTEGER,
  Deposit_Date TEXT,
  Number_of_Seeds INTEGER,
  Germination_Rate REAL,
  other_details TEXT,
  FOREIGN KEY (Species_ID) REFERENCES Plant_Species(Species_ID),
  FOREIGN KEY (Bank_ID) REFERENCES Seed_Banks(Bank_ID)
);""")
    out.append("""CREATE TABLE Collectors (
  Collector_ID INTEGER PRIMARY KEY,
  Name TEXT,
  Nationality TEXT,
  Age INTEGER
);""")
    out.append("""CREATE TABLE Lot_Collectors (
  Collector_ID INTEGER,
  Lot_ID INTEGER,
  PRIMARY KEY (Collector_ID, Lot_ID),
  FOREIGN KEY (Collector_ID) REFERENCES Collectors(Collector_ID),
  FOREIGN KEY (Lot_ID) REFERENCES Seed_Lots(Lot_ID)
);""")
    # Lot_ID here is not declared as a foreign key
    out.append("""CREATE TABLE Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER,
  From_Bank_ID INTEGER,
  To_Bank_ID INTEGER,
  Transfer_Date TEXT,
  Quantity INTEGER,
  FOREIGN KEY (From_Bank_ID) REFERENCES Seed_Banks(Bank_ID),
  FOREIGN KEY (To_Bank_ID) REFERENCES Seed_Banks(Bank_ID)
);""")

    for b in BANKS:
        out.append(ins("Seed_Banks", b))
    for f in FAMILIES:
        out.append(ins("Ref_Plant_Families", f))
    for s in SPECIES:
        out.append(ins("Plant_Species", s))

    bank_ids = [b[0] for b in BANKS if b[0] not in NO_LOT_BANKS]
    bank_weights = {1: 3, 2: 2, 4: 2}
    weighted_banks = [b for b in bank_ids for _ in range(bank_weights.get(b, 1))]
    species_ids = [s[0] for s in SPECIES if s[0] not in NO_LOT_SPECIES]

    lots = []
    used_seeds = set()
    for lot_id in range(1, 33):
        sp = species_ids[(lot_id - 1) % len(species_ids)] if lot_id <= len(species_ids) else random.choice(species_ids)
        bank = bank_ids[(lot_id - 1) % len(bank_ids)] if lot_id <= len(bank_ids) else random.choice(weighted_banks)
        date = "%d-%02d-%02d" % (random.randint(2005, 2021), random.randint(1, 12), random.randint(1, 28))
        while True:
            n = random.randint(5, 480) * 100
            if n not in used_seeds:
                used_seeds.add(n)
                break
        rate = round(random.uniform(0.42, 0.98), 2) if random.random() > 0.15 else None
        note = random.choice(NOTES) if random.random() < 0.25 else None
        lots.append((lot_id, sp, bank, date, n, rate, note))
    for l in lots:
        out.append(ins("Seed_Lots", l))

    for c in COLLECTORS:
        out.append(ins("Collectors", c))

    coll_ids = [c[0] for c in COLLECTORS if c[0] not in NO_LOT_COLLECTORS]
    links = set()
    for l in lots:
        links.add((random.choice(coll_ids), l[0]))
    while len(links) < 40:
        links.add((random.choice(coll_ids), random.choice(lots)[0]))
    for link in sorted(links, key=lambda x: (x[1], x[0])):
        out.append(ins("Lot_Collectors", link))

    all_banks = [b[0] for b in BANKS]
    for t_id in range(1, 21):
        lot = random.choice(lots)
        to_bank = random.choice([b for b in all_banks if b != lot[2]])
        y = int(lot[3][:4]) + random.randint(1, 3)
        date = "%d-%02d-%02d" % (y, random.randint(1, 12), random.randint(1, 28))
        qty = random.randint(1, max(1, lot[4] // 500)) * 100
        out.append(ins("Transfers", (t_id, lot[0], lot[2], to_bank, date, qty)))

    with open(sys.argv[1], "w") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
