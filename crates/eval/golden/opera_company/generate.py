#!/usr/bin/env python3
"""Generate the opera_company test database (schema + rows) as SQL text.

Usage: python3 generate.py OUTPUT.sql
"""
import datetime
import random
import sys

random.seed(20240611)


def q(v):
    """Render a Python value as an SQL literal."""
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(table, row):
    return "INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in row))


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Voice_Types (
  voice_type_code VARCHAR(3) PRIMARY KEY,
  voice_type_description VARCHAR(40) NOT NULL
);

CREATE TABLE Companies (
  Company_ID INTEGER PRIMARY KEY,
  Company_Name VARCHAR(80) NOT NULL,
  Home_City VARCHAR(40),
  Country VARCHAR(40),
  Founded_Year TEXT,
  Artistic_Director VARCHAR(60)
);

CREATE TABLE Venues (
  Venue_ID INTEGER PRIMARY KEY,
  Venue_Name VARCHAR(80) NOT NULL,
  City VARCHAR(40),
  Country VARCHAR(40),
  Seats INTEGER,
  Year_Opened INTEGER
);

CREATE TABLE Operas (
  Opera_ID INTEGER PRIMARY KEY,
  Title VARCHAR(80) NOT NULL,
  Composer VARCHAR(60),
  Language VARCHAR(20),
  Premiere_Year INTEGER,
  Number_of_Acts INTEGER
);

CREATE TABLE Singers (
  Singer_ID INTEGER PRIMARY KEY,
  Name VARCHAR(60) NOT NULL,
  Nationality VARCHAR(40),
  voice_type_code VARCHAR(3),
  Birth_Year INTEGER,
  FOREIGN KEY (voice_type_code) REFERENCES Ref_Voice_Types (voice_type_code)
);

CREATE TABLE Productions (
  Production_ID INTEGER PRIMARY KEY,
  Opera_ID INTEGER NOT NULL,
  lead_company_id INTEGER NOT NULL,
  partner_company_id INTEGER,
  Director VARCHAR(60),
  Opening_Date TEXT,
  Budget INTEGER,
  FOREIGN KEY (Opera_ID) REFERENCES Operas (Opera_ID),
  FOREIGN KEY (lead_company_id) REFERENCES Companies (Company_ID),
  FOREIGN KEY (partner_company_id) REFERENCES Companies (Company_ID)
);

CREATE TABLE Performances (
  Performance_ID INTEGER PRIMARY KEY,
  Production_ID INTEGER NOT NULL,
  Venue_ID INTEGER NOT NULL,
  Performance_Date TEXT,
  Ticket_Price REAL,
  Attendance INTEGER,
  FOREIGN KEY (Production_ID) REFERENCES Productions (Production_ID)
);

CREATE TABLE Casting (
  Casting_ID INTEGER PRIMARY KEY,
  Production_ID INTEGER NOT NULL,
  Singer_ID INTEGER NOT NULL,
  Role_Name VARCHAR(60),
  FOREIGN KEY (Production_ID) REFERENCES Productions (Production_ID),
  FOREIGN KEY (Singer_ID) REFERENCES Singers (Singer_ID)
);
"""

VOICE_TYPES = [
    ("SOP", "Soprano"),
    ("MEZ", "Mezzo-soprano"),
    ("CON", "Contralto"),
    ("CTT", "Countertenor"),
    ("TEN", "Tenor"),
    ("BAR", "Baritone"),
    ("BBR", "Bass-baritone"),
    ("BAS", "Bass"),
]

COMPANIES = [
    ("Vienna Touring Opera", "Vienna", "Austria", "1978", "Ulrike Brenner"),
    ("Northern Touring Opera", "Leeds", "United Kingdom", "1981", "Gareth Holloway"),
    ("Compagnia Lirica Itinerante", "Milan", "Italy", "1965", "Paolo Benedetti"),
    ("Opera de Voyage", "Lyon", "France", "1992", "Mathilde Garnier"),
    ("Berliner Wanderoper", "Berlin", "Germany", "2001", "Jonas Falk"),
    ("London Travelling Opera", "London", "United Kingdom", "1988", None),
    ("Opera Iberica en Gira", "Madrid", "Spain", "1997", "Ines Salgado"),
    ("Prague Chamber Opera", "Prague", "Czech Republic", "1974", "Tomas Dvorak"),
    ("American Touring Opera Company", "New York", "United States", "2005", "Laura Whitfield"),
    ("Nordic Opera Tour", "Copenhagen", "Denmark", "2010", "Mikkel Ostergaard"),
]

VENUES = [
    ("Vienna State Opera", "Vienna", "Austria", 1709, 1869),
    ("Theater an der Wien", "Vienna", "Austria", 1129, 1801),
    ("Teatro alla Scala", "Milan", "Italy", 2030, 1778),
    ("Teatro La Fenice", "Venice", "Italy", 1000, 1792),
    ("Royal Opera House", "London", "United Kingdom", 2256, 1858),
    ("London Coliseum", "London", "United Kingdom", 2359, 1904),
    ("Palais Garnier", "Paris", "France", 1979, 1875),
    ("Opera Bastille", "Paris", "France", 2745, 1989),
    ("Bavarian State Opera", "Munich", "Germany", 2101, 1818),
    ("Semperoper", "Dresden", "Germany", 1300, 1841),
    ("Metropolitan Opera House", "New York", "United States", 3800, 1966),
    ("Sydney Opera House", "Sydney", "Australia", 1507, 1973),
    ("Teatro Real", "Madrid", "Spain", 1746, 1850),
    ("Gran Teatre del Liceu", "Barcelona", "Spain", 2292, 1847),
    ("Prague State Opera", "Prague", "Czech Republic", 1042, 1888),
    ("Opera de Lyon", "Lyon", "France", 1100, 1831),
    ("Copenhagen Opera House", "Copenhagen", "Denmark", 1492, 2005),
    ("Leeds Grand Theatre", "Leeds", "United Kingdom", 1500, None),
]

VERDI = "Giuseppe Verdi"
PUCCINI = "Giacomo Puccini"
MOZART = "Wolfgang Amadeus Mozart"

# (title, composer, language, premiere year, acts, [(role, voice code), ...], weight)
OPERAS = [
    ("La Traviata", VERDI, "Italian", 1853, 3,
     [("Violetta Valery", "SOP"), ("Alfredo Germont", "TEN"), ("Giorgio Germont", "BAR")], 5),
    ("Rigoletto", VERDI, "Italian", 1851, 3,
     [("Rigoletto", "BAR"), ("Gilda", "SOP"), ("Duke of Mantua", "TEN"), ("Sparafucile", "BAS")], 3),
    ("Aida", VERDI, "Italian", 1871, 4,
     [("Aida", "SOP"), ("Radames", "TEN"), ("Amneris", "MEZ"), ("Amonasro", "BAR")], 3),
    ("Otello", VERDI, "Italian", 1887, 4,
     [("Otello", "TEN"), ("Desdemona", "SOP"), ("Iago", "BAR")], 1),
    ("Nabucco", VERDI, "Italian", 1842, 4,
     [("Nabucco", "BAR"), ("Abigaille", "SOP"), ("Zaccaria", "BAS")], 1),
    ("La Boheme", PUCCINI, "Italian", 1896, 4,
     [("Mimi", "SOP"), ("Rodolfo", "TEN"), ("Marcello", "BAR"), ("Musetta", "SOP")], 4),
    ("Tosca", PUCCINI, "Italian", 1900, 3,
     [("Floria Tosca", "SOP"), ("Mario Cavaradossi", "TEN"), ("Baron Scarpia", "BAR")], 3),
    ("Madama Butterfly", PUCCINI, "Italian", 1904, 3,
     [("Cio-Cio-San", "SOP"), ("Pinkerton", "TEN"), ("Suzuki", "MEZ"), ("Sharpless", "BAR")], 3),
    ("Turandot", PUCCINI, "Italian", 1926, 3,
     [("Turandot", "SOP"), ("Calaf", "TEN"), ("Liu", "SOP"), ("Timur", "BAS")], 1),
    ("The Marriage of Figaro", MOZART, "Italian", 1786, 4,
     [("Figaro", "BBR"), ("Susanna", "SOP"), ("Countess Almaviva", "SOP"),
      ("Count Almaviva", "BAR"), ("Cherubino", "MEZ")], 2),
    ("Don Giovanni", MOZART, "Italian", 1787, 2,
     [("Don Giovanni", "BAR"), ("Leporello", "BBR"), ("Donna Anna", "SOP"), ("Commendatore", "BAS")], 2),
    ("The Magic Flute", MOZART, "German", 1791, 2,
     [("Tamino", "TEN"), ("Pamina", "SOP"), ("Queen of the Night", "SOP"),
      ("Papageno", "BAR"), ("Sarastro", "BAS")], 3),
    ("Cosi fan tutte", MOZART, "Italian", 1790, 2,
     [("Fiordiligi", "SOP"), ("Dorabella", "MEZ"), ("Ferrando", "TEN"), ("Guglielmo", "BAR")], 1),
    ("Carmen", "Georges Bizet", "French", 1875, 4,
     [("Carmen", "MEZ"), ("Don Jose", "TEN"), ("Escamillo", "BAR"), ("Micaela", "SOP")], 4),
    ("The Pearl Fishers", "Georges Bizet", "French", 1863, 3,
     [("Leila", "SOP"), ("Nadir", "TEN"), ("Zurga", "BAR")], 1),
    ("Die Walkure", "Richard Wagner", "German", 1870, 3,
     [("Brunnhilde", "SOP"), ("Siegmund", "TEN"), ("Wotan", "BBR"), ("Fricka", "MEZ")], 1),
    ("Tristan und Isolde", "Richard Wagner", "German", 1865, 3,
     [("Tristan", "TEN"), ("Isolde", "SOP"), ("Brangane", "MEZ"), ("King Marke", "BAS")], 1),
    ("Lohengrin", "Richard Wagner", "German", 1850, 3, [], 0),
    ("The Barber of Seville", "Gioachino Rossini", "Italian", 1816, 2,
     [("Figaro", "BAR"), ("Rosina", "MEZ"), ("Count Almaviva", "TEN"), ("Don Basilio", "BAS")], 2),
    ("La Cenerentola", "Gioachino Rossini", "Italian", 1817, 2,
     [("Angelina", "MEZ"), ("Don Ramiro", "TEN"), ("Dandini", "BAR")], 1),
    ("Eugene Onegin", "Pyotr Ilyich Tchaikovsky", "Russian", 1879, 3,
     [("Eugene Onegin", "BAR"), ("Tatyana", "SOP"), ("Lensky", "TEN"), ("Prince Gremin", "BAS")], 1),
    ("Lucia di Lammermoor", "Gaetano Donizetti", "Italian", 1835, 3,
     [("Lucia", "SOP"), ("Edgardo", "TEN"), ("Enrico", "BAR")], 1),
    ("L'elisir d'amore", "Gaetano Donizetti", "Italian", 1832, 2,
     [("Adina", "SOP"), ("Nemorino", "TEN"), ("Dulcamara", "BBR")], 1),
    ("Der Rosenkavalier", "Richard Strauss", "German", 1911, 3,
     [("The Marschallin", "SOP"), ("Octavian", "MEZ"), ("Baron Ochs", "BAS"), ("Sophie", "SOP")], 1),
    ("Salome", "Richard Strauss", "German", 1905, 1, [], 0),
    ("Peter Grimes", "Benjamin Britten", "English", 1945, 3, [], 0),
    ("Rusalka", "Antonin Dvorak", "Czech", 1901, 3, [], 0),
    ("Orfeo ed Euridice", "Christoph Willibald Gluck", "Italian", 1762, 3,
     [("Orfeo", "CON"), ("Euridice", "SOP"), ("Amore", "SOP")], 1),
    ("Giulio Cesare", "George Frideric Handel", "Italian", 1724, 3,
     [("Giulio Cesare", "CTT"), ("Cleopatra", "SOP"), ("Cornelia", "CON"), ("Sesto", "MEZ")], 1),
]

# (name, nationality, voice code, castable)
SINGERS = [
    ("Elena Marchetti", "Italy", "SOP", True),
    ("Sophie Laurent", "France", "SOP", True),
    ("Anna Kowalska", "Poland", "SOP", True),
    ("Maria Fernandez", "Spain", "SOP", True),
    ("Katharina Bauer", "Germany", "SOP", True),
    ("Olga Petrova", "Russia", "SOP", True),
    ("Emily Hartley", "United Kingdom", "SOP", True),
    ("Yuki Tanaka", "Japan", "SOP", True),
    ("Chiara Rossi", "Italy", "SOP", True),
    ("Lucia Moreno", "Argentina", "SOP", True),
    ("Ingrid Solberg", "Norway", "SOP", True),
    ("Grace Okafor", "Nigeria", "SOP", False),
    ("Isabella Conti", "Italy", "MEZ", True),
    ("Claire Dubois", "France", "MEZ", True),
    ("Marta Novak", "Czech Republic", "MEZ", True),
    ("Rebecca Lyons", "United States", "MEZ", True),
    ("Daria Volkova", "Russia", "MEZ", True),
    ("Helena Schmid", "Austria", "MEZ", True),
    ("Carmen Ruiz", "Spain", "MEZ", False),
    ("Margaret Ellis", "United Kingdom", "CON", True),
    ("Astrid Lindqvist", "Sweden", "CON", False),
    ("Julien Moreau", "France", "CTT", True),
    ("Daniel Whitaker", "United Kingdom", "CTT", True),
    ("Marco Bellini", "Italy", "TEN", True),
    ("Javier Castillo", "Spain", "TEN", True),
    ("Lukas Hoffmann", "Germany", "TEN", True),
    ("Piotr Zielinski", "Poland", "TEN", True),
    ("James O'Connor", "Ireland", "TEN", True),
    ("Dmitri Sokolov", "Russia", "TEN", True),
    ("Kim Min-jun", "South Korea", "TEN", False),
    ("Antonio Greco", "Italy", "TEN", True),
    ("Thomas Berger", "Austria", "TEN", True),
    ("Luca Ferraro", "Italy", "BAR", True),
    ("Henrik Larsen", "Denmark", "BAR", True),
    ("Pierre Lefevre", "France", "BAR", True),
    ("Michael Brandt", "Germany", "BAR", True),
    ("Alexei Morozov", "Russia", "BAR", True),
    ("David Mensah", "Ghana", "BAR", True),
    ("Stefan Huber", "Austria", "BBR", True),
    ("Bryn Evans", "United Kingdom", "BBR", True),
    ("Carlos Mendes", "Brazil", "BBR", False),
    ("Giorgio Santoro", "Italy", "BAS", True),
    ("Nikolai Orlov", "Russia", "BAS", True),
    ("Wilhelm Krause", "Germany", "BAS", True),
    ("Samuel Price", "United States", "BAS", False),
]

DIRECTORS = [
    "Robert Carsen", "Katie Mitchell", "Claus Guth", "Laurent Pelly", "Barrie Kosky",
    "Deborah Warner", "Damiano Michieletto", "Calixto Bieito", "Richard Jones",
    "Olivier Py", "Andrea Breth", "Phelim McDermott",
]


def main(path):
    out = [SCHEMA]

    for row in VOICE_TYPES:
        out.append(insert("Ref_Voice_Types", row))
    out.append("")

    for i, row in enumerate(COMPANIES, 1):
        out.append(insert("Companies", (i,) + row))
    out.append("")

    for i, row in enumerate(VENUES, 1):
        out.append(insert("Venues", (i,) + row))
    out.append("")

    for i, op in enumerate(OPERAS, 1):
        out.append(insert("Operas", (i,) + op[:5]))
    out.append("")

    no_birth_year = {"Yuki Tanaka", "David Mensah", "Julien Moreau"}
    singer_ids_by_voice = {}
    for i, (name, nat, voice, castable) in enumerate(SINGERS, 1):
        birth = None if name in no_birth_year else random.randint(1962, 1997)
        out.append(insert("Singers", (i, name, nat, voice, birth)))
        if castable:
            singer_ids_by_voice.setdefault(voice, []).append(i)
    out.append("")

    # Productions: touring productions, some co-produced with a partner company.
    produced = [(i, op) for i, op in enumerate(OPERAS, 1) if op[6] > 0]
    weights = [op[6] for _, op in produced]
    lead_weights = [5, 3, 4, 2, 3, 4, 2, 2, 2, 1]
    productions = []
    n_productions = 30
    for pid in range(1, n_productions + 1):
        opera_id, op = random.choices(produced, weights=weights)[0]
        lead = random.choices(range(1, len(COMPANIES) + 1), weights=lead_weights)[0]
        partner = None
        if random.random() < 0.35:
            # companies 1, 2 and 8 never act as partners
            candidates = [c for c in (3, 4, 5, 6, 7, 9, 10) if c != lead]
            partner = random.choice(candidates)
        director = random.choice(DIRECTORS) if random.random() > 0.1 else None
        opening = datetime.date(2016, 1, 1) + datetime.timedelta(days=random.randint(0, 8 * 365))
        budget = random.randrange(180000, 1500000, 5000)
        productions.append((pid, opera_id, lead, partner, director, opening.isoformat(), budget))
        out.append(insert("Productions", productions[-1]))
    out.append("")

    # Performances: each production tours 2-6 venues after its opening date.
    perf_id = 0
    for pid, opera_id, lead, partner, director, opening, budget in productions:
        day = datetime.date.fromisoformat(opening)
        base_price = random.randrange(40, 160, 5)
        for _ in range(random.randint(2, 6)):
            perf_id += 1
            venue_id = random.randint(1, len(VENUES))
            seats = VENUES[venue_id - 1][3]
            price = float(base_price + random.choice([0, 0, 5, 10, 15, 20, 30]))
            if random.random() < 0.06:
                attendance = None
            else:
                attendance = int(seats * random.uniform(0.55, 1.0))
            out.append(insert("Performances",
                              (perf_id, pid, venue_id, day.isoformat(), price, attendance)))
            day += datetime.timedelta(days=random.randint(2, 21))
    out.append("")

    # Casting: one singer of the right voice type per principal role.
    cast_id = 0
    for pid, opera_id, *_ in productions:
        used = set()
        for role, voice in OPERAS[opera_id - 1][5]:
            pool = [s for s in singer_ids_by_voice[voice] if s not in used]
            sid = random.choice(pool)
            used.add(sid)
            cast_id += 1
            out.append(insert("Casting", (cast_id, pid, sid, role)))
    out.append("")

    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 generate.py OUTPUT.sql")
    main(sys.argv[1])
