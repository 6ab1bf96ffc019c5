# Writes the SQLite schema (CREATE TABLE) and rows (INSERT) of the museum_loans database to the file given as argv[1].
import random
import sys
import datetime

random.seed(4127)

SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Museums (
    Museum_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Founded_Year TEXT,
    Annual_Visitors INTEGER
);

CREATE TABLE Artists (
    artist_id INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER,
    Death_Year INTEGER
);

CREATE TABLE Ref_Medium_Types (
    medium_type_code TEXT PRIMARY KEY,
    medium_type_description TEXT
);

CREATE TABLE Artworks (
    Artwork_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    artist_id INTEGER,
    medium_type_code TEXT,
    Year_Made INTEGER,
    Insured_Value REAL,
    Museum_ID INTEGER,
    other_details TEXT,
    FOREIGN KEY (artist_id) REFERENCES Artists(artist_id),
    FOREIGN KEY (medium_type_code) REFERENCES Ref_Medium_Types(medium_type_code),
    FOREIGN KEY (Museum_ID) REFERENCES Museums(Museum_ID)
);

CREATE TABLE Loans (
    loan_id INTEGER PRIMARY KEY,
    Artwork_ID INTEGER NOT NULL,
    Lending_Museum_ID INTEGER NOT NULL,
    Borrowing_Museum_ID INTEGER NOT NULL,
    Start_Date TEXT,
    End_Date TEXT,
    Loan_Fee REAL,
    FOREIGN KEY (Artwork_ID) REFERENCES Artworks(Artwork_ID),
    FOREIGN KEY (Lending_Museum_ID) REFERENCES Museums(Museum_ID),
    FOREIGN KEY (Borrowing_Museum_ID) REFERENCES Museums(Museum_ID)
);

CREATE TABLE Exhibitions (
    Exhibition_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Museum_ID INTEGER,
    Opening_Date TEXT,
    Num_Visitors INTEGER
);

CREATE TABLE Exhibition_Artworks (
    Exhibition_ID INTEGER NOT NULL,
    Artwork_ID INTEGER NOT NULL,
    PRIMARY KEY (Exhibition_ID, Artwork_ID),
    FOREIGN KEY (Exhibition_ID) REFERENCES Exhibitions(Exhibition_ID),
    FOREIGN KEY (Artwork_ID) REFERENCES Artworks(Artwork_ID)
);
"""

# (Name, City, Country, Founded_Year, Annual_Visitors)
MUSEUMS = [
    ("Rijksmuseum", "Amsterdam", "Netherlands", "1800", 2650000),
    ("Musée d'Orsay", "Paris", "France", "1986", 3270000),
    ("Musée du Louvre", "Paris", "France", "1793", 8860000),
    ("Museo del Prado", "Madrid", "Spain", "1819", 3140000),
    ("Uffizi Gallery", "Florence", "Italy", "1769", 2240000),
    ("National Gallery", "London", "United Kingdom", "1824", 3810000),
    ("Tate Modern", "London", "United Kingdom", "2000", 4690000),
    ("Kunsthistorisches Museum", "Vienna", "Austria", "1891", 1720000),
    ("Art Institute of Chicago", "Chicago", "United States", "1879", 1580000),
    ("Metropolitan Museum of Art", "New York", "United States", "1870", 5360000),
    ("Museum of Fine Arts", "Boston", "United States", "1870", 1210000),
    ("Hermitage Museum", "Saint Petersburg", "Russia", "1764", 4960000),
    ("Alte Pinakothek", "Munich", "Germany", "1836", 440000),
    ("Mauritshuis", "The Hague", "Netherlands", "1822", 470000),
    ("Museo Reina Sofia", "Madrid", "Spain", "1992", 3900000),
    ("National Gallery of Victoria", "Melbourne", "Australia", "1861", 2380000),
    ("Kunstmuseum Basel", "Basel", "Switzerland", "1661", None),
]

# (Name, Nationality, Birth_Year, Death_Year)
ARTISTS = [
    ("Rembrandt van Rijn", "Dutch", 1606, 1669),
    ("Johannes Vermeer", "Dutch", 1632, 1675),
    ("Vincent van Gogh", "Dutch", 1853, 1890),
    ("Claude Monet", "French", 1840, 1926),
    ("Edgar Degas", "French", 1834, 1917),
    ("Auguste Rodin", "French", 1840, 1917),
    ("Paul Cezanne", "French", 1839, 1906),
    ("Diego Velazquez", "Spanish", 1599, 1660),
    ("Francisco Goya", "Spanish", 1746, 1828),
    ("Pablo Picasso", "Spanish", 1881, 1973),
    ("Sandro Botticelli", "Italian", 1445, 1510),
    ("Caravaggio", "Italian", 1571, 1610),
    ("J. M. W. Turner", "British", 1775, 1851),
    ("John Constable", "British", 1776, 1837),
    ("David Hockney", "British", 1937, None),
    ("Gustav Klimt", "Austrian", 1862, 1918),
    ("Egon Schiele", "Austrian", 1890, 1918),
    ("Winslow Homer", "American", 1836, 1910),
    ("Georgia O'Keeffe", "American", 1887, 1986),
    ("Gerhard Richter", "German", 1932, None),
    ("Albrecht Durer", "German", 1471, 1528),
    ("Yayoi Kusama", "Japanese", 1929, None),
    ("Anselm Kiefer", "German", 1945, None),
    ("Mary Cassatt", "American", 1844, 1926),
]

MEDIUMS = [
    ("OIL", "Oil on canvas"),
    ("WAT", "Watercolour on paper"),
    ("BRZ", "Bronze sculpture"),
    ("MAR", "Marble sculpture"),
    ("TEM", "Tempera on wood panel"),
    ("ACR", "Acrylic on canvas"),
    ("PAS", "Pastel on paper"),
    ("ETC", "Etching and engraving"),
    ("FRE", "Fresco"),
    ("PHO", "Photograph"),
]

# (Title, artist_id, medium_type_code, Year_Made, owning Museum_ID)
ARTWORKS = [
    ("The Night Watch", 1, "OIL", 1642, 1),
    ("The Jewish Bride", 1, "OIL", 1665, 1),
    ("Self-Portrait with Two Circles", 1, "OIL", 1665, 6),
    ("The Three Trees", 1, "ETC", 1643, 1),
    ("Girl with a Pearl Earring", 2, "OIL", 1665, 14),
    ("The Milkmaid", 2, "OIL", 1658, 1),
    ("View of Delft", 2, "OIL", 1661, 14),
    ("Sunflowers", 3, "OIL", 1888, 6),
    ("Wheatfield with Cypresses", 3, "OIL", 1889, 10),
    ("The Bedroom", 3, "OIL", 1889, 9),
    ("Water Lilies", 4, "OIL", 1906, 9),
    ("The Dance Class", 5, "OIL", 1874, 2),
    ("Little Dancer Aged Fourteen", 5, "BRZ", 1881, 10),
    ("After the Bath", 5, "PAS", 1890, 13),
    ("The Thinker", 6, "BRZ", 1904, 2),
    ("Eternal Springtime", 6, "MAR", 1884, 12),
    ("The Card Players", 7, "OIL", 1893, 2),
    ("Mont Sainte-Victoire", 7, "WAT", 1902, 17),
    ("Las Meninas", 8, "OIL", 1656, 4),
    ("The Third of May 1808", 9, "OIL", 1814, 4),
    ("The Disasters of War", 9, "ETC", 1810, 4),
    ("Guernica", 10, "OIL", 1937, 15),
    ("The Old Guitarist", 10, "OIL", 1903, 9),
    ("The Birth of Venus", 11, "TEM", 1485, 5),
    ("Primavera", 11, "TEM", 1480, 5),
    ("Medusa", 12, "OIL", 1597, 5),
    ("The Fighting Temeraire", 13, "OIL", 1839, 6),
    ("Venice: The Grand Canal", 13, "WAT", 1840, 8),
    ("The Hay Wain", 14, "OIL", 1821, 6),
    ("A Bigger Splash", 15, "ACR", 1967, 7),
    ("The Kiss", 16, "OIL", 1908, 8),
    ("Death and Life", 16, "OIL", 1915, 8),
    ("Seated Woman with Bent Knee", 17, "WAT", 1917, 8),
    ("The Gulf Stream", 18, "OIL", 1899, 10),
    ("The Blue Boat", 18, "WAT", 1892, 11),
    ("Black Iris", 19, "OIL", 1926, 10),
    ("Betty", 20, "OIL", 1988, 9),
    ("Young Hare", 21, "WAT", 1502, 8),
    ("Melencolia I", 21, "ETC", 1514, 13),
]

OTHER_DETAILS = [
    "Restored in 2019",
    "Fragile; climate-controlled transport required",
    "Acquired by bequest",
    "Frame replaced",
]

EXHIBITIONS = [
    ("Light and Shadow in the Golden Age", 1),
    ("Impressionism and the Modern City", 2),
    ("Spanish Masters", 4),
    ("Renaissance Florence", 5),
    ("Painting the Sea", 6),
    ("Pop and After", 7),
    ("Vienna 1900", 8),
    ("Northern Light", 14),
    ("Van Gogh and His Circle", 10),
    ("American Watercolours", 11),
    ("Faces of the Past", 3),
    ("The Sculptor's Hand", 12),
    ("Prints and Printmakers", 13),
    ("Light on Water", 9),
    ("Twentieth Century Visions", 15),
]
# number of artworks shown in each exhibition (one clear maximum)
EXHIBITION_SIZES = [4, 3, 3, 3, 3, 1, 3, 2, 3, 2, 5, 2, 2, 3, 0]
# preferred artworks for some exhibitions (by Artwork_ID), the rest random
EXHIBITION_PICKS = {
    1: [1, 2, 6, 4],
    3: [19, 20, 21],
    4: [24, 25, 26],
    6: [30],
    7: [31, 32, 33],
    8: [5, 7],
    10: [35, 28],
    12: [15, 16],
    13: [39, 21],
}


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def ins(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


def main():
    out = []
    out.append(SCHEMA)

    for i, m in enumerate(MUSEUMS, 1):
        out.append(ins("Museums", (i,) + m))
    out.append("")
    for i, a in enumerate(ARTISTS, 1):
        out.append(ins("Artists", (i,) + a))
    out.append("")
    for m in MEDIUMS:
        out.append(ins("Ref_Medium_Types", m))
    out.append("")

    used_values = set()
    owner = {}
    for i, (title, aid, med, year, mus) in enumerate(ARTWORKS, 1):
        while True:
            if med in ("OIL", "TEM"):
                v = random.randrange(20, 400) * 250000
            else:
                v = random.randrange(4, 120) * 125000
            if v not in used_values:
                used_values.add(v)
                break
        details = random.choice(OTHER_DETAILS) if random.random() < 0.25 else None
        owner[i] = mus
        out.append(ins("Artworks", (i, title, aid, med, year, v, mus, details)))
    out.append("")

    n_museums = len(MUSEUMS)
    lent_ids = list(owner.keys())
    for lid in range(1, 31):
        art = random.choice(lent_ids)
        lender = owner[art]
        borrower = random.choice([m for m in range(1, n_museums + 1) if m != lender])
        start = datetime.date(2015, 1, 1) + datetime.timedelta(days=random.randrange(0, 9 * 365))
        if random.random() < 0.12:
            end = None
        else:
            end = (start + datetime.timedelta(days=random.randrange(60, 300))).isoformat()
        fee = None if random.random() < 0.1 else random.randrange(10, 130) * 500
        out.append(ins("Loans", (lid, art, lender, borrower, start.isoformat(), end, fee)))
    out.append("")

    used_vis = set()
    for i, (title, mus) in enumerate(EXHIBITIONS, 1):
        d = datetime.date(2016, 1, 1) + datetime.timedelta(days=random.randrange(0, 8 * 365))
        while True:
            vis = random.randrange(15, 450) * 1000 + random.randrange(0, 1000)
            if vis not in used_vis:
                used_vis.add(vis)
                break
        out.append(ins("Exhibitions", (i, title, mus, d.isoformat(), vis)))
    out.append("")

    for i, size in enumerate(EXHIBITION_SIZES, 1):
        picks = list(EXHIBITION_PICKS.get(i, []))[:size]
        while len(picks) < size:
            a = random.randrange(1, len(ARTWORKS) + 1)
            if a not in picks:
                picks.append(a)
        for a in sorted(picks):
            out.append(ins("Exhibition_Artworks", (i, a)))
    out.append("")

    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
