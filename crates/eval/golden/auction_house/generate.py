#!/usr/bin/env python3
"""Deterministic generator for the auction_house test database.

Usage: python3 generate.py auction_house.sql
"""
import datetime
import random
import sys

SEED = 20240611
rng = random.Random(SEED)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, rows):
    out = []
    for r in rows:
        out.append("INSERT INTO %s VALUES(%s);" % (table, ",".join(q(v) for v in r)))
    return out


SCHEMA = """
CREATE TABLE Saleroom (
    RoomID INTEGER PRIMARY KEY,
    RoomName VARCHAR(60) NOT NULL,
    city_cd CHAR(3),
    capacity INTEGER,
    climate_ctl CHAR(1),
    opened_yr INTEGER
);

CREATE TABLE Ref_Category_Codes (
    cat_code CHAR(3) PRIMARY KEY,
    cat_desc VARCHAR(60),
    vat_band CHAR(1)
);

CREATE TABLE SpecialistStaff (
    SpecID INTEGER PRIMARY KEY,
    spec_fname VARCHAR(30),
    spec_lname VARCHAR(30),
    job_ttl VARCHAR(40),
    dept_head INTEGER,
    cat_cd CHAR(3),
    hire_dt TEXT,
    base_city CHAR(3),
    FOREIGN KEY (dept_head) REFERENCES SpecialistStaff(SpecID),
    FOREIGN KEY (cat_cd) REFERENCES Ref_Category_Codes(cat_code)
);

CREATE TABLE auctions (
    auction_id INTEGER PRIMARY KEY,
    sale_title VARCHAR(80),
    venue INTEGER,
    sale_dt TEXT,
    sale_typ CHAR(1),
    auctioneer INTEGER,
    prem_pct TEXT,
    FOREIGN KEY (venue) REFERENCES Saleroom(RoomID),
    FOREIGN KEY (auctioneer) REFERENCES SpecialistStaff(SpecID)
);

CREATE TABLE consignors (
    cnsr_id INTEGER PRIMARY KEY,
    cnsr_name VARCHAR(60),
    cnsr_city VARCHAR(30),
    cnsr_type CHAR(1),
    vip_flg CHAR(1),
    phone VARCHAR(20)
);

CREATE TABLE lots (
    lot_id INTEGER PRIMARY KEY,
    auction_id INTEGER,
    lot_no INTEGER,
    lot_title VARCHAR(100),
    cat_cd CHAR(3),
    consigned_by INTEGER,
    cataloguer INTEGER,
    low_est INTEGER,
    high_est INTEGER,
    reserve TEXT,
    hammer_amt INTEGER,
    sold_yn CHAR(1),
    FOREIGN KEY (auction_id) REFERENCES auctions(auction_id),
    FOREIGN KEY (consigned_by) REFERENCES consignors(cnsr_id),
    FOREIGN KEY (cataloguer) REFERENCES SpecialistStaff(SpecID)
);

CREATE TABLE bidders (
    BidderID INTEGER PRIMARY KEY,
    bdr_fname VARCHAR(30),
    bdr_lname VARCHAR(30),
    cntry CHAR(2),
    reg_dt TEXT,
    credit_lmt TEXT,
    dealer_yn CHAR(1)
);

CREATE TABLE Bids (
    bid_id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL,
    paddle INTEGER NOT NULL,
    bid_amt INTEGER,
    bid_ts TEXT,
    channel CHAR(1),
    FOREIGN KEY (lot_id) REFERENCES lots(lot_id),
    FOREIGN KEY (paddle) REFERENCES bidders(BidderID)
);

CREATE TABLE consignment_transfers (
    xfer_id INTEGER PRIMARY KEY,
    lot_id INTEGER,
    from_room INTEGER,
    to_room INTEGER,
    xfer_dt TEXT,
    carrier VARCHAR(30),
    insured_val INTEGER
);
"""

# ---------------------------------------------------------------- salerooms
SALEROOMS = [
    # id, name, city, capacity, climate, opened
    (1, "King Street Great Room", "LDN", 450, "Y", 1823),
    (2, "King Street Gallery 2", "LDN", 120, "Y", 1995),
    (3, "South Kensington Hall", "LDN", 310, "N", 1975),
    (4, "Rockefeller Plaza Main", "NYC", 620, "Y", 1999),
    (5, "Rockefeller Gallery 20", "NYC", 150, "Y", 2001),
    (6, "Park Avenue Salon", "NYC", 210, "N", 1977),
    (7, "Avenue Matignon Salle 1", "PAR", 280, "Y", 2001),
    (8, "Avenue Matignon Salle 2", "PAR", 90, "N", 2006),
    (9, "Alexandra House Room A", "HKG", 360, "Y", 2012),
    (10, "Convention Centre Hall 5", "HKG", 800, "Y", 1988),
    (11, "Quai du Mont-Blanc Room", "GVA", 180, "Y", 1994),
    (12, "Hotel des Bergues Salon", "GVA", 110, "N", 1968),
    (13, "Palazzo Clerici Sala", "MIL", 160, "N", 2003),
    (14, "Bahnhofstrasse Room", "ZRH", 100, "Y", 2010),
    (15, "Cornelis Schuytstraat Room", "AMS", 140, "N", 1973),
]

CATEGORIES = [
    ("PNT", "Paintings", "A"),
    ("DRW", "Drawings and Watercolours", "A"),
    ("SCU", "Sculpture", "A"),
    ("FUR", "Furniture", "B"),
    ("CER", "Ceramics", "B"),
    ("SLV", "Silver", "B"),
    ("JWL", "Jewellery", "C"),
    ("WTC", "Watches", "C"),
    ("CLK", "Clocks", "C"),
    ("ASN", "Asian Works of Art", "A"),
    ("BKS", "Books and Manuscripts", "D"),
    ("WIN", "Wine", "D"),
    ("PHO", "Photographs", "A"),
    ("TXT", "Textiles and Carpets", "B"),
    ("ARM", "Arms and Armour", "B"),
]

# ---------------------------------------------------------------- specialists
# id, fname, lname, title, head, cat, hire, city
SPECIALISTS = [
    (1, "Eleanor", "Hartley", "International Head of Pictures", None, "PNT", "2004-03-15", "LDN"),
    (2, "Marcus", "Oyelaran", "Head of Decorative Arts", None, "FUR", "2007-09-01", "NYC"),
    (3, "Sophie", "Lemaire", "Head of Jewellery and Watches", None, "JWL", "2009-01-12", "GVA"),
    (4, "Wen", "Zhao", "Head of Asian Art", None, "ASN", "2011-06-20", "HKG"),
    (5, "Rupert", "Ashdown", "Head of Books and Wine", None, "BKS", "2006-11-07", "LDN"),
    (6, "Clara", "Whitfield", "Senior Specialist", 1, "PNT", "2012-02-01", "LDN"),
    (7, "Daniel", "Rosen", "Specialist", 1, "PNT", "2016-05-16", "NYC"),
    (8, "Ines", "Moreau", "Specialist", 1, "DRW", "2015-10-03", "PAR"),
    (9, "Tobias", "Kern", "Associate Specialist", 1, "PHO", "2019-04-08", "NYC"),
    (10, "Giulia", "Ferraro", "Senior Specialist", 1, "SCU", "2013-07-22", "MIL"),
    (11, "Henry", "Blackwood", "Senior Specialist", 2, "FUR", "2010-03-29", "LDN"),
    (12, "Priya", "Nair", "Specialist", 2, "CER", "2017-08-14", "LDN"),
    (13, "Samuel", "Okafor", "Specialist", 2, "SLV", "2018-01-09", "NYC"),
    (14, "Lena", "Vogel", "Associate Specialist", 2, "TXT", "2020-09-21", "AMS"),
    (15, "Hugo", "Brandt", "Specialist", 3, "WTC", "2014-12-01", "GVA"),
    (16, "Aline", "Duval", "Specialist", 3, "JWL", "2016-02-15", "PAR"),
    (17, "Felix", "Amsler", "Associate Specialist", 3, "CLK", "2021-03-02", "ZRH"),
    (18, "Mei", "Chan", "Senior Specialist", 4, "ASN", "2014-05-19", "HKG"),
    (19, "Kenji", "Ito", "Specialist", 4, "ASN", "2019-11-11", "HKG"),
    (20, "Oliver", "Pryce", "Specialist", 5, "WIN", "2015-06-30", "LDN"),
    (21, "Beatrice", "Lowe", "Associate Specialist", 5, "BKS", "2022-01-17", "NYC"),
    (22, "Ralph", "Cotter", "Specialist", 2, "ARM", "2011-10-10", "LDN"),
]

CAT_SPECS = {}
for s in SPECIALISTS:
    CAT_SPECS.setdefault(s[5], []).append(s[0])

# ---------------------------------------------------------------- consignors
CONSIGNORS = [
    # id, name, city, type, vip, phone
    (1, "Estate of Lady Margaret Ormsby", "London", "E", "Y", "+44 20 7946 0112"),
    (2, "Harrington Fine Art Ltd", "London", "D", "N", "+44 20 7946 0388"),
    (3, "Jonathan Pell", "New York", "P", "Y", "+1 212 555 0143"),
    (4, "The Vandermeer Collection", "Amsterdam", "I", "N", "+31 20 555 0199"),
    (5, "Catherine Dubois", "Paris", "P", "N", None),
    (6, "Li Wei Holdings", "Hong Kong", "D", "Y", "+852 5550 1234"),
    (7, "Estate of Robert K. Sloane", "Boston", "E", "N", "+1 617 555 0170"),
    (8, "Giovanni Bellucci", "Milan", "P", "N", "+39 02 5550 4410"),
    (9, "Bergstrom Foundation", "Stockholm", "I", "Y", "+46 8 555 012 34"),
    (10, "Anna Schreiber", "Zurich", "P", "N", None),
    (11, "Mayfair Antiques", "London", "D", "N", "+44 20 7946 0921"),
    (12, "Estate of Hiroshi Tanaka", "Tokyo", "E", "Y", "+81 3 5550 8821"),
    (13, "Patricia Welles", "Los Angeles", "P", "N", "+1 310 555 0101"),
    (14, "Chateau Montclair SA", "Bordeaux", "D", "N", "+33 5 55 50 12 12"),
    (15, "Geneva Horology Trust", "Geneva", "I", "N", "+41 22 555 0707"),
    (16, "Michael Fairbanks", "Chicago", "P", "N", None),
    (17, "Estate of Dame Iris Carew", "Edinburgh", "E", "Y", "+44 131 496 0555"),
    (18, "Oriental Heritage Co", "Hong Kong", "D", "N", "+852 5550 9876"),
    (19, "Sarah Goldberg", "New York", "P", "Y", "+1 212 555 0199"),
    (20, "Klaus Hoffmann", "Munich", "P", "N", "+49 89 5550 3322"),
    (21, "Rijksfonds Collection", "Amsterdam", "I", "N", None),
    (22, "Thomas Avery", "Bath", "P", "N", "+44 1225 496 010"),
    (23, "Estate of Madeleine Roux", "Lyon", "E", "N", "+33 4 55 50 77 10"),
    (24, "Castlegate Books", "Oxford", "D", "N", "+44 1865 496 222"),
    (25, "Yuki Nakamura", "Osaka", "P", "N", "+81 6 5550 4040"),
]

# ---------------------------------------------------------------- bidders
FIRST = ["James", "Olivia", "William", "Charlotte", "Pierre", "Amelie", "Lucas",
         "Sofia", "Chen", "Hannah", "Matteo", "Isabel", "George", "Yasmin",
         "Victor", "Ingrid", "Arjun", "Nadia", "Frederick", "Camille", "Rafael",
         "Julia", "Hiro", "Emma", "Stefan", "Laura", "Ahmed", "Grace", "Louis",
         "Mira", "Edward", "Zoe", "Takeshi", "Alice", "Bruno", "Helena",
         "Patrick", "Lin", "Oscar", "Ruth"]
LAST = ["Whitmore", "Carter", "Fontaine", "Nguyen", "Keller", "Rossi", "Abbott",
        "Laurent", "Huang", "Fischer", "Sato", "Morgan", "Bianchi", "Hughes",
        "Schmid", "Delacroix", "Patel", "Kowalski", "Barnes", "Moreno",
        "Tanaka", "Weber", "Sinclair", "Lambert", "Ho", "Gallagher", "Ricci",
        "Johansson", "Dubois", "Reyes", "Yamamoto", "Bennett", "Leclerc",
        "Wong", "Hartmann", "Collins", "Marchetti", "Ford", "Girard", "Lee"]
COUNTRIES = ["GB", "US", "FR", "CH", "HK", "DE", "IT", "JP"]

# ---------------------------------------------------------------- lot titles
TITLES = {
    "PNT": ["Portrait of a Lady in Blue", "River Landscape with Cattle",
            "Still Life with Lemons", "The Harbour at Honfleur",
            "Venetian Capriccio", "Study of a Horse", "Winter Evening, Montmartre",
            "Composition in Red and Grey", "The Flower Seller",
            "Seascape at Dusk", "Portrait of a Gentleman", "Orchard in Spring"],
    "DRW": ["Study of Hands", "View of Tivoli", "Figure Studies, Red Chalk",
            "Bridge at Richmond, Watercolour", "Sketch for an Altarpiece"],
    "SCU": ["Bronze Figure of a Dancer", "Marble Bust of a Philosopher",
            "Reclining Figure, Patinated Bronze", "Carved Oak Madonna"],
    "FUR": ["George III Mahogany Bureau", "Louis XV Ormolu Commode",
            "Pair of Regency Armchairs", "Walnut Bookcase",
            "Victorian Rosewood Card Table"],
    "CER": ["Meissen Porcelain Tureen", "Sevres Vase and Cover",
            "Delft Blue and White Charger"],
    "SLV": ["George II Silver Teapot", "Pair of Silver Candlesticks",
            "Paul Storr Silver Tray"],
    "JWL": ["Sapphire and Diamond Ring", "Art Deco Emerald Bracelet",
            "Natural Pearl Necklace", "Ruby Brooch", "Diamond Riviere"],
    "WTC": ["Patek Philippe Calatrava", "Rolex Daytona Ref 6263",
            "Audemars Piguet Royal Oak", "Vacheron Constantin Chronograph",
            "Breguet Pocket Watch"],
    "CLK": ["French Ormolu Mantel Clock", "Longcase Clock by Thomas Tompion",
            "Carriage Clock"],
    "ASN": ["Ming Blue and White Vase", "Qing Jade Brush Pot",
            "Famille Rose Bowl", "Gilt Bronze Buddha",
            "Song Dynasty Celadon Dish", "Lacquer Writing Box"],
    "BKS": ["First Edition of Pride and Prejudice", "Illuminated Book of Hours",
            "Atlas of the World, 1662", "Signed Letter of Charles Darwin"],
    "WIN": ["Chateau Petrus 1982, 12 bottles", "Romanee-Conti 1990, 6 bottles",
            "Vintage Port 1963, 12 bottles", "Chateau Latour 2000, 12 bottles"],
    "PHO": ["Gelatin Silver Print, New York", "Portrait Series, 1970s",
            "Chromogenic Print, Desert Road"],
    "TXT": ["Persian Silk Carpet", "Flemish Tapestry", "Ottoman Embroidered Panel"],
    "ARM": ["Cased Pair of Flintlock Pistols", "Japanese Katana, Edo Period",
            "Composite Suit of Armour"],
}

EST_RANGE = {  # low estimate range
    "PNT": (20000, 2500000), "DRW": (5000, 300000), "SCU": (10000, 900000),
    "FUR": (4000, 250000), "CER": (2000, 120000), "SLV": (3000, 80000),
    "JWL": (8000, 1500000), "WTC": (6000, 900000), "CLK": (3000, 150000),
    "ASN": (10000, 3000000), "BKS": (2000, 400000), "WIN": (1500, 60000),
    "PHO": (3000, 90000), "TXT": (3000, 120000), "ARM": (4000, 100000),
}

# ---------------------------------------------------------------- auctions
# title, venue, date, type(E evening / D day / O online), themes
AUCTIONS = [
    ("Old Masters Evening Sale", 1, "2022-07-07", "E", ["PNT", "DRW"]),
    ("Important Watches", 11, "2022-05-14", "E", ["WTC", "CLK"]),
    ("Magnificent Jewels", 11, "2022-11-08", "E", ["JWL"]),
    ("Fine Chinese Ceramics and Works of Art", 9, "2022-11-30", "E", ["ASN"]),
    ("Interiors", 3, "2022-03-22", "D", ["FUR", "CER", "TXT"]),
    ("Finest and Rarest Wines", 2, "2022-09-15", "D", ["WIN"]),
    ("Impressionist and Modern Art Evening Sale", 4, "2022-05-12", "E", ["PNT", "SCU"]),
    ("Valuable Books and Manuscripts", 2, "2022-12-07", "D", ["BKS"]),
    ("Photographs", 5, "2022-10-04", "O", ["PHO"]),
    ("European Furniture and Works of Art", 6, "2022-10-19", "D", ["FUR", "SLV", "CLK"]),
    ("Old Masters Day Sale", 1, "2023-07-08", "D", ["PNT", "DRW"]),
    ("Rare Watches Online", 14, "2023-02-20", "O", ["WTC"]),
    ("Jewels Online", 8, "2023-03-09", "O", ["JWL"]),
    ("Chinese Works of Art", 10, "2023-05-30", "D", ["ASN"]),
    ("Arts d'Asie", 7, "2023-06-14", "D", ["ASN", "CER"]),
    ("Modern British Art", 1, "2023-03-01", "E", ["PNT", "SCU", "DRW"]),
    ("Impressionist and Modern Art Day Sale", 4, "2023-05-16", "D", ["PNT", "DRW"]),
    ("Silver and Gold Boxes", 3, "2023-09-27", "D", ["SLV"]),
    ("Arms, Armour and Militaria", 15, "2023-04-25", "D", ["ARM"]),
    ("Italian Sale", 13, "2023-10-18", "E", ["PNT", "SCU", "FUR"]),
    ("Fine Wines and Spirits Online", 5, "2023-11-29", "O", ["WIN"]),
    ("Magnificent Jewels and Noble Jewels", 12, "2023-11-07", "E", ["JWL", "WTC"]),
    ("Carpets and Textiles", 15, "2023-08-30", "D", ["TXT"]),
    ("Asian Art Week Evening", 9, "2024-03-19", "E", ["ASN"]),
    ("20th Century Evening Sale", 4, "2024-05-14", "E", ["PNT", "SCU", "PHO"]),
    ("Old Master Drawings", 1, "2024-01-24", "D", ["DRW"]),
    ("Clocks and Barometers", 14, "2024-02-28", "O", ["CLK", "WTC"]),
    ("The Collector: English Furniture", 2, "2024-04-10", "D", ["FUR", "CER", "SLV"]),
    ("Books and Manuscripts Online", 5, "2024-06-05", "O", ["BKS"]),
    ("Important Watches Spring", 11, "2024-05-11", "E", ["WTC"]),
]

CAT_CONSIGNORS = {
    "PNT": [1, 2, 3, 4, 9, 17, 19, 7, 13],
    "DRW": [2, 4, 5, 17, 23],
    "SCU": [3, 8, 9, 19, 13],
    "FUR": [1, 11, 7, 17, 22, 8],
    "CER": [11, 1, 23, 12],
    "SLV": [11, 22, 17, 1],
    "JWL": [19, 5, 13, 3, 10],
    "WTC": [15, 10, 20, 16, 3],
    "CLK": [15, 11, 20],
    "ASN": [6, 18, 12, 25, 9],
    "BKS": [24, 17, 7, 22],
    "WIN": [14, 16, 20, 1],
    "PHO": [13, 19, 21, 16],
    "TXT": [21, 4, 11],
    "ARM": [22, 20, 12],
}


def rnd_est(cat):
    lo, hi = EST_RANGE[cat]
    # log-uniform
    import math
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    mag = 10 ** max(2, len(str(int(v))) - 2)
    low = int(round(v / mag) * mag)
    high = int(round(low * rng.choice([1.4, 1.5, 1.6, 2.0]) / mag) * mag)
    return low, high


def round_bid(v):
    if v < 1000:
        step = 50
    elif v < 10000:
        step = 100
    elif v < 100000:
        step = 1000
    elif v < 1000000:
        step = 5000
    else:
        step = 50000
    return int(round(v / step) * step)


def main(path):
    lines = ["PRAGMA foreign_keys = OFF;", "BEGIN TRANSACTION;"]
    lines.append(SCHEMA.strip())

    lines += ins("Saleroom", SALEROOMS)
    lines += ins("Ref_Category_Codes", CATEGORIES)
    lines += ins("SpecialistStaff", SPECIALISTS)

    # auctions: auctioneer is a senior person (head or senior specialist)
    auctioneers = [1, 2, 3, 4, 5, 6, 11, 18, 10, 15]
    auction_rows = []
    for i, (title, venue, dt, typ, themes) in enumerate(AUCTIONS, start=1):
        if typ == "O":
            auc = None  # online sales have no auctioneer on the rostrum
            prem = "20"
        else:
            auc = rng.choice(auctioneers)
            prem = rng.choice(["25", "25", "26", "27.5"])
        auction_rows.append((i, title, venue, dt, typ, auc, prem))
    lines += ins("auctions", auction_rows)

    lines += ins("consignors", CONSIGNORS)

    # bidders
    bidders = []
    used = set()
    for i in range(1, 41):
        while True:
            fn = rng.choice(FIRST)
            ln = rng.choice(LAST)
            if (fn, ln) not in used:
                used.add((fn, ln))
                break
        c = rng.choice(COUNTRIES)
        d = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 2500))
        credit = rng.choice([25000, 50000, 100000, 250000, 500000, 750000,
                             1000000, 2000000, 5000000])
        dealer = "Y" if rng.random() < 0.3 else "N"
        bidders.append([i, fn, ln, c, d.isoformat(), str(credit), dealer])
    bidders[6][5] = None  # credit limit not yet set for one bidder
    bidders[37][3] = "US"  # re-registered with a US address
    lines += ins("bidders", bidders)

    # lots
    lot_rows = []
    lot_id = 0
    used_titles = {}
    lots_per_auction = [rng.randint(1, 5) for _ in AUCTIONS]
    for a_idx, (title, venue, dt, typ, themes) in enumerate(AUCTIONS, start=1):
        n = lots_per_auction[a_idx - 1]
        if typ == "E":
            n += 1
        lot_no = 100 if typ == "O" else 0
        for k in range(1, n + 1):
            lot_id += 1
            lot_no += rng.choice([1, 1, 2, 3, 5])
            cat = rng.choice(themes)
            pool = TITLES[cat]
            t_i = used_titles.get(cat, 0)
            used_titles[cat] = t_i + 1
            lot_title = pool[t_i % len(pool)]
            cnsr = rng.choice(CAT_CONSIGNORS[cat])
            cataloguer = rng.choice(CAT_SPECS.get(cat, [2]))
            low, high = rnd_est(cat)
            reserve = round_bid(low * rng.choice([0.7, 0.8, 0.8, 0.9, 1.0]))
            lot_rows.append([lot_id, a_idx, lot_no,
                             lot_title, cat, cnsr, cataloguer, low, high, str(reserve),
                             None, "N"])
    # one lot withdrawn before it was catalogued by anyone
    lot_rows[17][6] = None

    # bids
    bid_rows = []
    bid_id = 0
    auction_dates = {i: a[2] for i, a in enumerate(AUCTIONS, start=1)}
    auction_types = {i: a[3] for i, a in enumerate(AUCTIONS, start=1)}
    bidder_pool = list(range(1, 41))
    # a few bidders never bid
    for never in (5, 12, 23, 31, 38):
        bidder_pool.remove(never)
    weights = [rng.choice([1, 1, 2, 3, 5]) for _ in bidder_pool]
    for lot in lot_rows:
        if bid_id >= 120:
            break
        r = rng.random()
        if r < 0.3:
            nb = 0
        elif r < 0.6:
            nb = 1
        elif r < 0.85:
            nb = 2
        else:
            nb = rng.randint(3, 4)
        nb = min(nb, 120 - bid_id)
        if nb == 0:
            continue
        low, high = lot[7], lot[8]
        amt = round_bid(low * rng.choice([0.6, 0.7, 0.8, 0.9]))
        a_date = auction_dates[lot[1]]
        t = datetime.datetime.fromisoformat(a_date + "T18:00:00") + \
            datetime.timedelta(minutes=rng.randint(0, 120))
        last_bidder = None
        for j in range(nb):
            while True:
                b = rng.choices(bidder_pool, weights)[0]
                if b != last_bidder:
                    break
            last_bidder = b
            if auction_types[lot[1]] == "O":
                ch = "O"
            else:
                ch = rng.choice(["R", "R", "P", "P", "O", "A"])
            bid_id += 1
            bid_rows.append((bid_id, lot[0], b, amt, t.strftime("%Y-%m-%d %H:%M:%S"), ch))
            amt = round_bid(amt * rng.choice([1.1, 1.15, 1.2, 1.3, 1.5]))
            t += datetime.timedelta(seconds=rng.randint(10, 90))
        top = bid_rows[-1][3]
        if top >= int(lot[9]):
            lot[10] = top
            lot[11] = "Y"

    lines += ins("lots", lot_rows)
    lines += ins("Bids", bid_rows)

    # consignment transfers: lot moved to the venue of its sale
    lot_by_id = {l[0]: l for l in lot_rows}
    venue_of = {i: a[1] for i, a in enumerate(AUCTIONS, start=1)}
    carriers = ["Momart", "Crown Fine Art", "Gander & White", "DHL Art Logistics",
                "Hasenkamp", None]
    xfers = []
    chosen = rng.sample(sorted(lot_by_id), 24)
    chosen.sort()
    x_id = 0
    for lid in chosen:
        lot = lot_by_id[lid]
        to_room = venue_of[lot[1]]
        from_room = rng.choice([r[0] for r in SALEROOMS if r[0] != to_room])
        a_date = datetime.date.fromisoformat(auction_dates[lot[1]])
        xdt = a_date - datetime.timedelta(days=rng.randint(14, 75))
        x_id += 1
        xfers.append((x_id, lid, from_room, to_room, xdt.isoformat(),
                      rng.choice(carriers), lot[8]))
    lines += ins("consignment_transfers", xfers)

    lines.append("COMMIT;")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "auction_house.sql")
