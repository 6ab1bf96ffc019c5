# Writes airline.sql (or the path given as the first argument): the schema and rows of the
# airline golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(4242)
out=["""CREATE TABLE airports (
  airport_code TEXT PRIMARY KEY,
  airport_name TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE TABLE aircraft (
  aircraft_id INTEGER PRIMARY KEY,
  model TEXT NOT NULL,
  seats INTEGER NOT NULL,
  built_year INTEGER NOT NULL
);
CREATE TABLE flights (
  flight_id INTEGER PRIMARY KEY,
  flight_number TEXT NOT NULL,
  origin_code TEXT NOT NULL REFERENCES airports(airport_code),
  destination_code TEXT NOT NULL REFERENCES airports(airport_code),
  aircraft_id INTEGER NOT NULL REFERENCES aircraft(aircraft_id),
  departure_date TEXT NOT NULL,
  distance_km INTEGER NOT NULL,
  delay_minutes INTEGER NOT NULL
);
CREATE TABLE passengers (
  passenger_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  nationality TEXT NOT NULL,
  frequent_flyer INTEGER NOT NULL
);
CREATE TABLE bookings (
  booking_id INTEGER PRIMARY KEY,
  flight_id INTEGER NOT NULL REFERENCES flights(flight_id),
  passenger_id INTEGER NOT NULL REFERENCES passengers(passenger_id),
  seat_class TEXT NOT NULL,
  price REAL NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
ap=[("AMS","Schiphol","Amsterdam","Netherlands"),("CDG","Charles de Gaulle","Paris","France"),("FRA","Frankfurt Main","Frankfurt","Germany"),("LIS","Humberto Delgado","Lisbon","Portugal"),("MAD","Barajas","Madrid","Spain"),("OSL","Gardermoen","Oslo","Norway"),("VIE","Schwechat","Vienna","Austria"),("DUB","Dublin Airport","Dublin","Ireland"),("ORY","Orly","Paris","France"),("MUC","Franz Josef Strauss","Munich","Germany")]
for a in ap: out.append(f"INSERT INTO airports VALUES ({', '.join(q(x) for x in a)});")
models=[("A320",180,2012),("A321",220,2016),("B737",189,2009),("B787",296,2018),("E190",100,2014),("A220",135,2020),("ATR72",70,2011),("A350",325,2021)]
for i,(m,s,y) in enumerate(models): out.append(f"INSERT INTO aircraft VALUES ({i+1}, {q(m)}, {s}, {y});")
codes=[a[0] for a in ap]
for i in range(600):
    o=random.choice(codes); d=random.choice([c for c in codes if c!=o])
    if i<8: o='DUB'  # a few more from Dublin
    if d==o: d='AMS' if o!='AMS' else 'CDG'
    ac=random.randint(1,8)
    dt=datetime.date(2024,1,1)+datetime.timedelta(days=random.randint(0,540))
    dist=random.randint(300,2600)
    if i==321: dist=3150
    delay=random.choice([0,0,0,5,10,15,20,30,45,60,90])
    if i==77: delay=240
    out.append(f"INSERT INTO flights VALUES ({i+1}, {q('QA'+str(100+i))}, {q(o)}, {q(d)}, {ac}, {q(str(dt))}, {dist}, {delay});")
fn=["Aino","Bram","Carmen","Dario","Eline","Fionn","Gaia","Hugo","Ilse","Joao","Katja","Luca","Marit","Nils","Orla","Pau","Rosa","Sanne","Tomas","Vera"]
ln=["Aalto","Bakker","Cruz","Dumont","Eder","Flynn","Garcia","Haugen","Ibsen","Janssen","Keane","Lopes","Meier","Nilsen","Oliveira","Peeters","Quint","Roche","Schmid","Vogel"]
nat=["Netherlands","France","Germany","Portugal","Spain","Norway","Austria","Ireland"]
for i in range(500):
    out.append(f"INSERT INTO passengers VALUES ({i+1}, {q(random.choice(fn))}, {q(random.choice(ln))}, {q(random.choice(nat))}, {1 if random.random()<0.3 else 0});")
for i in range(4000):
    f=random.randint(1,590)  # flights 591-600 have no bookings
    p=random.randint(1,480)  # passengers 481-500 never booked
    c=random.choices(["Economy","Business","First"],weights=[80,17,3])[0]
    base={"Economy":90,"Business":420,"First":1100}[c]
    pr=round(base*random.uniform(0.7,1.6),2)
    out.append(f"INSERT INTO bookings VALUES ({i+1}, {f}, {p}, {q(c)}, {pr});")
open(sys.argv[1] if len(sys.argv) > 1 else 'airline.sql','w').write('\n'.join(out)+'\n')
