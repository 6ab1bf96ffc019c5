# Writes hotel.sql (or the path given as the first argument): the schema and rows of the
# hotel golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(2718)
out=["""CREATE TABLE hotels (
  hotel_id INTEGER PRIMARY KEY,
  hotel_name TEXT NOT NULL,
  city TEXT NOT NULL,
  stars INTEGER NOT NULL,
  opened_year INTEGER NOT NULL
);
CREATE TABLE rooms (
  room_id INTEGER PRIMARY KEY,
  hotel_id INTEGER NOT NULL REFERENCES hotels(hotel_id),
  room_number TEXT NOT NULL,
  room_type TEXT NOT NULL,
  nightly_rate REAL NOT NULL,
  max_guests INTEGER NOT NULL
);
CREATE TABLE guests (
  guest_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  country TEXT NOT NULL,
  vip INTEGER NOT NULL,
  phone TEXT
);
CREATE TABLE reservations (
  reservation_id INTEGER PRIMARY KEY,
  room_id INTEGER NOT NULL REFERENCES rooms(room_id),
  guest_id INTEGER NOT NULL REFERENCES guests(guest_id),
  check_in TEXT NOT NULL,
  check_out TEXT NOT NULL,
  status TEXT NOT NULL,
  total_cost REAL NOT NULL
);
CREATE TABLE reviews (
  review_id INTEGER PRIMARY KEY,
  hotel_id INTEGER NOT NULL REFERENCES hotels(hotel_id),
  guest_id INTEGER NOT NULL REFERENCES guests(guest_id),
  rating INTEGER NOT NULL,
  review_date TEXT NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
hotels=[("Harbor View","Lisbon",4,1998),("Grand Meridian","Vienna",5,1911),("Pine Lodge","Innsbruck",3,2005),("Canal House","Amsterdam",4,2012),("Old Mill Inn","Bruges",3,1987),("Skyline Suites","Vienna",4,2019),("Seaside Retreat","Porto",5,2008),("City Budget","Amsterdam",2,2015)]
for i,h in enumerate(hotels): out.append(f"INSERT INTO hotels VALUES ({i+1}, {q(h[0])}, {q(h[1])}, {h[2]}, {h[3]});")
types=[("Single",1,70),("Double",2,110),("Suite",4,260),("Family",5,180)]
rid=0
for h in range(1,9):
    for k in range(random.randint(8,14)):
        rid+=1
        t=random.choice(types)
        rate=round(t[2]*random.uniform(0.8,1.5),2)
        if rid==37: rate=640.0
        out.append(f"INSERT INTO rooms VALUES ({rid}, {h}, {q(str(100*((k//6)+1)+k%6+1))}, {q(t[0])}, {rate}, {t[1]});")
gf=["Adele","Bruno","Chiara","Declan","Elsa","Felipe","Greta","Hamid","Ilona","Jonas","Keiko","Lars","Maren","Nikos","Olivia","Pieter"]
gl=["Andersen","Bianchi","Costa","Dubois","Eklund","Fischer","Gomez","Horvath","Ivanova","Jensen","Kovacs","Lambert","Moreau","Nowak","Oliveira","Petersen"]
countries=["Portugal","Austria","Netherlands","Belgium","Germany","Italy","Denmark","Poland"]
for i in range(260):
    n=f"{random.choice(gf)} {random.choice(gl)}"
    ph=None if random.random()<0.2 else f"+{random.randint(30,49)} {random.randint(1000000,9999999)}"
    out.append(f"INSERT INTO guests VALUES ({i+1}, {q(n)}, {q(random.choice(countries))}, {1 if random.random()<0.1 else 0}, {'NULL' if ph is None else q(ph)});")
for i in range(1200):
    r=random.randint(1,rid)
    g=random.randint(1,245)   # guests 246-260 never stayed
    ci=datetime.date(2023,1,1)+datetime.timedelta(days=random.randint(0,900))
    n=random.randint(1,9)
    co=ci+datetime.timedelta(days=n)
    st=random.choices(["Completed","Cancelled","Upcoming"],weights=[75,12,13])[0]
    cost=round(n*random.uniform(70,400),2)
    out.append(f"INSERT INTO reservations VALUES ({i+1}, {r}, {g}, {q(str(ci))}, {q(str(co))}, {q(st)}, {cost});")
for i in range(700):
    h=random.randint(1,8)
    g=random.randint(1,245)
    rt=random.choices([1,2,3,4,5],weights=[5,8,20,35,32])[0]
    if h==8: rt=random.choice([1,2,2,3])
    d=datetime.date(2023,1,1)+datetime.timedelta(days=random.randint(0,900))
    out.append(f"INSERT INTO reviews VALUES ({i+1}, {h}, {g}, {rt}, {q(str(d))});")
open(sys.argv[1] if len(sys.argv) > 1 else 'hotel.sql','w').write('\n'.join(out)+'\n')
