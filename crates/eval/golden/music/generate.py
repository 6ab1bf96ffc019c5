# Writes music.sql (or the path given as the first argument): the schema and rows of the
# music golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(8080)
out=["""CREATE TABLE artists (
  artist_id INTEGER PRIMARY KEY,
  artist_name TEXT NOT NULL,
  country TEXT NOT NULL,
  debut_year INTEGER NOT NULL
);
CREATE TABLE albums (
  album_id INTEGER PRIMARY KEY,
  artist_id INTEGER NOT NULL REFERENCES artists(artist_id),
  title TEXT NOT NULL,
  release_year INTEGER NOT NULL,
  genre TEXT NOT NULL
);
CREATE TABLE tracks (
  track_id INTEGER PRIMARY KEY,
  album_id INTEGER NOT NULL REFERENCES albums(album_id),
  track_title TEXT NOT NULL,
  duration_seconds INTEGER NOT NULL,
  explicit INTEGER NOT NULL
);
CREATE TABLE listeners (
  listener_id INTEGER PRIMARY KEY,
  username TEXT NOT NULL,
  country TEXT NOT NULL,
  premium INTEGER NOT NULL,
  signup_date TEXT NOT NULL
);
CREATE TABLE plays (
  play_id INTEGER PRIMARY KEY,
  track_id INTEGER NOT NULL REFERENCES tracks(track_id),
  listener_id INTEGER NOT NULL REFERENCES listeners(listener_id),
  played_at TEXT NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
artists=[("Velvet Harbor","Canada",2009),("Mira Sol","Spain",2014),("The Quiet Engines","UK",2001),("Kaito Rain","Japan",2017),("Luna Drift","Sweden",2011),("Brass Avenue","USA",1998),("Okoro","Nigeria",2015),("Fjord Lights","Norway",2006),("Nova Tide","Australia",2019),("Cielo Norte","Mexico",2012)]
for i,a in enumerate(artists): out.append(f"INSERT INTO artists VALUES ({i+1}, {q(a[0])}, {q(a[1])}, {a[2]});")
genres=["Pop","Rock","Jazz","Electronic","Folk","Hip Hop"]
words=["Echoes","Midnight","Paper","Silver","Gravity","Ocean","Static","Neon","Harvest","Wildfire","Glass","Northern","Orbit","Velvet","Summer"]
titles=set(); aid=0
for a in range(1,11):
    for k in range(random.randint(2,4)):
        aid+=1
        while True:
            t=f"{random.choice(words)} {random.choice(['Dreams','Lines','Hours','Roads','Signals','Letters','Tides'])}"
            if t not in titles: titles.add(t); break
        ry=max(artists[a-1][2], random.randint(1999,2024))
        out.append(f"INSERT INTO albums VALUES ({aid}, {a}, {q(t)}, {ry}, {q(random.choice(genres))});")
tid=0
for al in range(1,aid+1):
    for k in range(random.randint(6,12)):
        tid+=1
        d=random.randint(120,420)
        if tid==40: d=912
        out.append(f"INSERT INTO tracks VALUES ({tid}, {al}, {q(random.choice(words)+' '+str(k+1))}, {d}, {1 if random.random()<0.15 else 0});")
lc=["Canada","Spain","UK","Japan","Sweden","USA","Nigeria","Norway"]
for i in range(300):
    sd=datetime.date(2019,1,1)+datetime.timedelta(days=random.randint(0,2000))
    out.append(f"INSERT INTO listeners VALUES ({i+1}, {q('user'+str(1000+i))}, {q(random.choice(lc))}, {1 if random.random()<0.35 else 0}, {q(str(sd))});")
for i in range(5000):
    t=random.randint(1,tid-5)  # the last 5 tracks were never played
    l=random.randint(1,290)
    p=datetime.datetime(2024,1,1)+datetime.timedelta(minutes=random.randint(0,700000))
    out.append(f"INSERT INTO plays VALUES ({i+1}, {t}, {l}, {q(p.strftime('%Y-%m-%d %H:%M:%S'))});")
open(sys.argv[1] if len(sys.argv) > 1 else 'music.sql','w').write('\n'.join(out)+'\n')
