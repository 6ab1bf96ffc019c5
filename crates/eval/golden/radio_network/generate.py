#!/usr/bin/env python3
"""Generate the radio_network SQLite database as SQL text.

Usage: python3 generate.py radio_network.sql
"""
import random
import sys
import datetime

random.seed(20240517)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def insert(out, table, rows):
    for r in rows:
        out.append("INSERT INTO %s VALUES (%s);" % (table, ", ".join(q(v) for v in r)))


SCHEMA = """CREATE TABLE Station (
  StationID INTEGER PRIMARY KEY,
  StationName TEXT NOT NULL,
  CallSign TEXT,
  CityCode TEXT,
  Frequency TEXT,
  LaunchYear INTEGER
);
CREATE TABLE Ref_Genres (
  genre_code TEXT PRIMARY KEY,
  genre_description TEXT
);
CREATE TABLE presenters (
  pres_id INTEGER PRIMARY KEY,
  pres_fname TEXT,
  pres_lname TEXT,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  home_stn INTEGER,
  salary INTEGER,
  FOREIGN KEY (home_stn) REFERENCES Station(StationID)
);
CREATE TABLE Show (
  show_id INTEGER PRIMARY KEY,
  show_name TEXT,
  station_id INTEGER,
  host_id INTEGER,
  genre_code TEXT,
  time_slot TEXT,
  duration_min INTEGER,
  first_aired TEXT,
  FOREIGN KEY (station_id) REFERENCES Station(StationID),
  FOREIGN KEY (host_id) REFERENCES presenters(pres_id),
  FOREIGN KEY (genre_code) REFERENCES Ref_Genres(genre_code)
);
CREATE TABLE advertisers (
  adv_id INTEGER PRIMARY KEY,
  adv_nm TEXT,
  industry TEXT,
  cntct_ph TEXT,
  contract_amt INTEGER
);
CREATE TABLE broadcasts (
  broadcast_id INTEGER PRIMARY KEY,
  show_id INTEGER,
  air_date TEXT,
  listeners INTEGER,
  adv_id INTEGER
);
CREATE TABLE songs (
  song_id INTEGER PRIMARY KEY,
  title TEXT,
  artist TEXT,
  genre_code TEXT,
  release_year INTEGER,
  duration_sec INTEGER,
  is_explicit TEXT
);
CREATE TABLE Broadcast_Song (
  broadcast_id INTEGER,
  song_id INTEGER,
  play_order INTEGER,
  PRIMARY KEY (broadcast_id, play_order),
  FOREIGN KEY (broadcast_id) REFERENCES broadcasts(broadcast_id),
  FOREIGN KEY (song_id) REFERENCES songs(song_id)
);"""

# StationID, StationName, CallSign, CityCode, Frequency (text), LaunchYear
STATIONS = [
    (1, "Metro 101", "WMTR", "NYC", "101.1", 1972),
    (2, "Lakeshore FM", "WLKS", "CHI", "95.5", 1985),
    (3, "Pacific Wave", "KPCW", "LAX", "104.3", 1991),
    (4, "Harbor Public Radio", "WHPR", "BOS", "89.7", 1968),
    (5, "Emerald Sound", "KEMS", "SEA", "92.5", 2001),
    (6, "Peach State Radio", "WPSR", "ATL", "97.1", 1979),
    (7, "Mile High Hits", "KMHH", "DEN", "106.7", 1995),
    (8, "Capital City Country", "KCCC", "AUS", "98.9", 2008),
    (9, "Empire Jazz", "WEJZ", "NYC", "88.3", 1964),
    (10, "Windy City Rock", "WWCR", "CHI", "103.5", 1988),
    (11, "Sunset Classics", "KSSC", "LAX", "90.7", 1976),
    (12, "Back Bay Beats", "WBBB", "BOS", "107.9", 2012),
    (13, "Rainier Radio", "KRNR", "SEA", "94.9", 1983),
    (14, "Southern Soul 99", "WSSN", "ATL", "99.3", 2005),
    (15, "Gotham Talk", "WGTK", "NYC", "100.3", 1999),
    (16, "Second City Soul", "WSCS", "CHI", "91.1", 1981),
]

GENRES = [
    ("ROCK", "Rock"), ("POP", "Pop"), ("JAZZ", "Jazz"), ("CLAS", "Classical"),
    ("HIPH", "Hip Hop"), ("CTRY", "Country"), ("ELEC", "Electronic"),
    ("RNB", "Rhythm and Blues"), ("BLUE", "Blues"), ("FOLK", "Folk"),
    ("REGG", "Reggae"), ("LATN", "Latin"), ("METL", "Heavy Metal"),
    ("SOUL", "Soul"), ("TALK", "News and Talk"),
]

FEMALE = ["Maria", "Jennifer", "Aisha", "Rachel", "Sofia", "Megan", "Laura",
          "Tanya", "Grace", "Denise", "Priya", "Olivia", "Carmen"]
MALE = ["David", "Marcus", "Kevin", "Luis", "Brian", "Tyrone", "Patrick",
        "Ethan", "Samuel", "Victor", "Jamal", "Gregory", "Howard"]
LAST = ["Alvarez", "Bennett", "Chen", "Dawson", "Ellison", "Fitzgerald",
        "Garcia", "Hughes", "Iverson", "Jackson", "Kowalski", "Lindqvist",
        "Martinez", "Nguyen", "O'Brien", "Patel", "Quinn", "Robinson",
        "Sullivan", "Thompson", "Underwood", "Vasquez", "Washington",
        "Young", "Zimmerman", "Brooks"]
AREA = {"NYC": "212", "CHI": "312", "LAX": "213", "BOS": "617", "SEA": "206",
        "ATL": "404", "DEN": "303", "AUS": "512"}

# show_id, show_name, station_id, host_id, genre_code, time_slot, duration_min, first_aired
SHOWS = [
    (1, "The Morning Drive", 1, 3, "POP", "Morning", 180, "2015-03-02"),
    (2, "Metro Nights", 1, 7, "ELEC", "Evening", 120, "2017-09-11"),
    (3, "Weekend Countdown", 1, 12, "POP", "Afternoon", 180, "2012-06-16"),
    (4, "City Talk Live", 1, 5, "TALK", "Midday", 60, "2019-01-07"),
    (5, "Lakeshore Wake Up", 2, 7, "ROCK", "Morning", 240, "2010-04-05"),
    (6, "Blues After Dark", 2, 9, "BLUE", "Evening", 120, "2008-10-03"),
    (7, "Pacific Mornings", 3, 11, "POP", "Morning", 180, "2016-02-01"),
    (8, "Sunset Sessions", 3, 14, "RNB", "Evening", 120, "2018-07-20"),
    (9, "Harbor Classical Hour", 4, 2, "CLAS", "Afternoon", 60, "1999-09-13"),
    (10, "Folk Roots", 4, 16, "FOLK", "Evening", 90, "2004-01-18"),
    (11, "Emerald Indie Hour", 5, 18, "ROCK", "Evening", 60, "2013-05-09"),
    (12, "Grunge Revisited", 5, 11, "METL", "Evening", 120, "2020-11-06"),
    (13, "Peach Morning Show", 6, 20, "HIPH", "Morning", 180, "2014-08-25"),
    (14, "Southern Grooves", 6, 9, "SOUL", "Afternoon", 120, "2011-03-14"),
    (15, "Rocky Mountain Hits", 7, 22, "POP", "Midday", 180, "2009-06-01"),
    (16, "The Late Mix", 7, 1, "ELEC", "Overnight", 240, "2021-02-12"),
    (17, "Honky Tonk Tuesday", 8, 24, "CTRY", "Evening", 120, "2012-01-10"),
    (18, "Texas Sunrise", 8, 13, "CTRY", "Morning", 180, "2015-09-07"),
    (19, "Blue Note Nights", 9, 4, "JAZZ", "Evening", 120, "2003-04-04"),
    (20, "Jazz Brunch", 9, 4, "JAZZ", "Midday", 90, "2007-05-13"),
    (21, "Guitar Heroes", 10, 6, "ROCK", "Afternoon", 120, "2006-08-19"),
    (22, "Metal Mondays", 10, 19, "METL", "Overnight", 180, "2018-01-15"),
    (23, "Classic Vinyl", 11, 10, "ROCK", "Afternoon", 120, "2001-10-22"),
    (24, "Back Bay Breakfast", 12, 15, "POP", "Morning", 180, "2019-04-29"),
    (25, "Reggae Sundays", 12, 23, "REGG", "Afternoon", 120, "2016-06-05"),
    (26, "Rainier Acoustic", 13, 16, "FOLK", "Midday", 60, "2010-12-03"),
    (27, "Soul Kitchen", 14, 21, "SOUL", "Evening", 120, "2013-02-14"),
    (28, "Gotham Newsroom", 15, 8, "TALK", "Morning", 120, "2002-09-09"),
    (29, "Latin Heat", 16, 17, "LATN", "Evening", 120, "2017-03-17"),
    (30, "Chicago Soul Classics", 16, 2, "SOUL", "Afternoon", 90, "2009-11-27"),
]

# adv_nm, industry (None = unknown)
ADVERTISERS = [
    ("Rossi Motors", "Automotive"),
    ("Bayview Dental Group", "Healthcare"),
    ("Summit Credit Union", "Finance"),
    ("Gold Coast Realty", "Real Estate"),
    ("FreshMart Groceries", "Retail"),
    ("Pinecrest Auto Mall", "Automotive"),
    ("Lone Star Brewing Co.", "Food and Beverage"),
    ("Clearwave Wireless", "Telecom"),
    ("Harborview Hospital", "Healthcare"),
    ("Keystone Insurance", "Finance"),
    ("Maple Street Furniture", None),
    ("Bright Smile Orthodontics", "Healthcare"),
    ("Urban Threads Apparel", "Retail"),
    ("Sunrise Bakery", "Food and Beverage"),
    ("Northgate Law Offices", None),
    ("Velocity Fitness", "Health and Fitness"),
    ("Coastal Home Solar", "Energy"),
    ("Redline Tire & Auto", "Automotive"),
]

# title, artist, genre_code, release_year, duration_sec, is_explicit
SONGS = [
    ("Dreams", "Fleetwood Mac", "ROCK", 1977, 257, "N"),
    ("Go Your Own Way", "Fleetwood Mac", "ROCK", 1977, 223, "N"),
    ("Landslide", "Fleetwood Mac", "FOLK", 1975, 199, "N"),
    ("Everywhere", "Fleetwood Mac", "POP", 1987, 228, "N"),
    ("So What", "Miles Davis", "JAZZ", 1959, 562, "N"),
    ("Blue in Green", "Miles Davis", "JAZZ", 1959, 337, "N"),
    ("Freddie Freeloader", "Miles Davis", "JAZZ", 1959, 589, "N"),
    ("Take Five", "The Dave Brubeck Quartet", "JAZZ", 1959, 324, "N"),
    ("Night Fever", "Bee Gees", "POP", 1977, 213, "N"),
    ("Night Moves", "Bob Seger", "ROCK", 1976, 325, "N"),
    ("A Night in Tunisia", "Dizzy Gillespie", "JAZZ", None, 412, "N"),
    ("Smells Like Teen Spirit", "Nirvana", "ROCK", 1991, 301, "N"),
    ("Enter Sandman", "Metallica", "METL", 1991, 331, "N"),
    ("Master of Puppets", "Metallica", "METL", 1986, 515, "N"),
    ("Lose Yourself", "Eminem", "HIPH", 2002, 326, "Y"),
    ("HUMBLE.", "Kendrick Lamar", "HIPH", 2017, 177, "Y"),
    ("Juicy", "The Notorious B.I.G.", "HIPH", 1994, 302, "Y"),
    ("Crazy in Love", "Beyonce", "RNB", 2003, 236, "N"),
    ("No Scrubs", "TLC", "RNB", 1999, 214, "N"),
    ("Respect", "Aretha Franklin", "SOUL", 1967, 147, "N"),
    ("Superstition", "Stevie Wonder", "SOUL", 1972, 245, "N"),
    ("Jolene", "Dolly Parton", "CTRY", 1973, 161, "N"),
    ("Friends in Low Places", "Garth Brooks", "CTRY", 1990, 258, "N"),
    ("Tennessee Whiskey", "Chris Stapleton", "CTRY", 2015, 293, "N"),
    ("One Love", "Bob Marley", "REGG", 1977, 172, "N"),
    ("Is This Love", "Bob Marley", "REGG", 1978, 232, "N"),
    ("Despacito", "Luis Fonsi", "LATN", 2017, 229, "N"),
    ("Oye Como Va", "Santana", "LATN", 1970, 255, "N"),
    ("Clair de Lune", "Claude Debussy", "CLAS", None, 300, "N"),
    ("The Thrill Is Gone", "B.B. King", "BLUE", 1969, 324, "N"),
    ("Pride and Joy", "Stevie Ray Vaughan", "BLUE", 1983, 220, "N"),
    ("Blinding Lights", "The Weeknd", "POP", 2019, 200, "N"),
    ("Levitating", "Dua Lipa", "POP", 2020, 203, "N"),
    ("One More Time", "Daft Punk", "ELEC", 2000, 320, "N"),
    ("Strobe", "deadmau5", "ELEC", 2009, 634, "N"),
    ("The Sound of Silence", "Simon & Garfunkel", "FOLK", 1965, 185, "N"),
    ("Fast Car", "Tracy Chapman", "FOLK", 1988, 296, "N"),
    ("WAP", "Cardi B", "HIPH", 2020, 187, "Y"),
    ("Hotline Bling", "Drake", "HIPH", 2015, 267, "Y"),
    ("Sweet Child O' Mine", "Guns N' Roses", "ROCK", 1987, 356, "N"),
    ("Billie Jean", "Michael Jackson", "POP", 1982, 294, "N"),
    ("Every Breath You Take", "The Police", "ROCK", 1983, 253, "N"),
]

# songs that never get airplay
NEVER_PLAYED = {11, 22, 29, 35}


def phone(area):
    return "(%s) 555-%04d" % (area, random.randint(100, 9999))


def main(path):
    out = [SCHEMA]

    insert(out, "Station", STATIONS)
    insert(out, "Ref_Genres", GENRES)

    # presenters
    fem = random.sample(FEMALE, 13)
    mal = random.sample(MALE, 13)
    lasts = random.sample(LAST, 26)
    first = []
    for i in range(13):
        first.append((fem[i], "F"))
        first.append((mal[i], "M"))
    random.shuffle(first)
    pres = []
    for i in range(26):
        fn, g = first[i]
        stn = random.choice(STATIONS)
        d = datetime.date(1960, 1, 1) + datetime.timedelta(days=random.randint(0, 38 * 365))
        ph = phone(AREA[stn[3]]) if random.random() > 0.18 else None
        salary = random.randint(38, 145) * 1000
        pres.append((i + 1, fn, lasts[i], g, d.isoformat(), ph, stn[0], salary))
    insert(out, "presenters", pres)

    insert(out, "Show", SHOWS)

    advs = []
    for i, (nm, ind) in enumerate(ADVERTISERS):
        amt = random.randint(12, 260) * 1000
        advs.append((i + 1, nm, ind, phone(random.choice(list(AREA.values()))), amt))
    insert(out, "advertisers", advs)

    # broadcasts
    start = datetime.date(2024, 1, 1)
    dates = sorted(random.sample(range(0, 182), 60))
    bcs = []
    for i, off in enumerate(dates):
        show = random.choice(SHOWS)[0]
        listeners = random.randint(1500, 95000)
        adv = random.randint(1, len(ADVERTISERS)) if random.random() > 0.25 else None
        bcs.append((i + 1, show, (start + datetime.timedelta(days=off)).isoformat(), listeners, adv))
    insert(out, "broadcasts", bcs)

    songs = [(i + 1,) + s for i, s in enumerate(SONGS)]
    insert(out, "songs", songs)

    playable = [s[0] for s in songs if s[0] not in NEVER_PLAYED]
    plays = []
    for b in bcs:
        if len(plays) >= 80:
            break
        k = random.randint(1, 3)
        for order, sid in enumerate(random.sample(playable, k)):
            plays.append((b[0], sid, order + 1))
    insert(out, "Broadcast_Song", plays)

    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "radio_network.sql")
