# Writes library.sql (or the path given as the first argument): the schema and rows of the
# library golden set. Seeded, so every run writes the same bytes.
import sys
import random
random.seed(20261201)
out=[]
out.append("""CREATE TABLE branches (
  branch_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  opened_year INTEGER NOT NULL
);
CREATE TABLE authors (
  author_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  country TEXT NOT NULL
);
CREATE TABLE books (
  book_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES authors(author_id),
  genre TEXT NOT NULL,
  published_year INTEGER NOT NULL,
  pages INTEGER NOT NULL,
  price REAL NOT NULL
);
CREATE TABLE members (
  member_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  city TEXT NOT NULL,
  joined_date TEXT NOT NULL,
  branch_id INTEGER NOT NULL REFERENCES branches(branch_id)
);
CREATE TABLE loans (
  loan_id INTEGER PRIMARY KEY,
  book_id INTEGER NOT NULL REFERENCES books(book_id),
  member_id INTEGER NOT NULL REFERENCES members(member_id),
  loan_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  returned_date TEXT
);""")
def q(s): return "'"+s.replace("'","''")+"'"
cities=["Riverside","Lakewood","Hillcrest","Maplewood","Oakdale","Brookfield"]
branch_names=["Central Library","Riverside Branch","Lakewood Branch","Hillcrest Branch","Maplewood Branch","Oakdale Branch"]
years=[1962,1988,1995,2004,2011,2019]
bcity=["Brookfield","Riverside","Lakewood","Hillcrest","Maplewood","Oakdale"]
for i in range(6):
    out.append(f"INSERT INTO branches VALUES ({i+1}, {q(branch_names[i])}, {q(bcity[i])}, {years[i]});")
firsts=["Ada","Bruno","Clara","Dmitri","Elena","Felix","Greta","Hiro","Ines","Jonas","Kofi","Lena","Marco","Nadia","Oscar","Priya","Quinn","Rosa","Sven","Tara","Umar","Vera","Wendel","Ximena","Yusuf","Zora"]
lasts=["Abbott","Barros","Castell","Dufresne","Eklund","Fontaine","Garrido","Haddad","Ivers","Jansen","Kimura","Lindqvist","Moreau","Nakamura","Okafor","Pereira","Quiroga","Rinaldi","Sato","Tremblay","Ueda","Valdez","Wachira","Yilmaz","Zanetti","Brennan","Castro","Dahl","Esposito","Fagerlund","Gallo","Hughes","Iyer","Joshi","Kariuki","Lopez","Murphy","Nilsen","O'Neill","Patel"]
countries=["Canada","France","Italy","Japan","Brazil","Kenya","Ireland","Norway","India","Mexico"]
authors=[]
used=set()
for i in range(40):
    while True:
        f=random.choice(firsts); l=lasts[i]
        if (f,l) not in used: used.add((f,l)); break
    by=random.randint(1935,1990)
    if i==7: by=1921  # the oldest author, alone
    if i==12: by=1996  # the youngest, alone
    c=countries[i%10]
    authors.append((i+1,f,l,by,c))
    out.append(f"INSERT INTO authors VALUES ({i+1}, {q(f)}, {q(l)}, {by}, {q(c)});")
adj=["Silent","Hidden","Broken","Golden","Distant","Last","Crimson","Winter","Quiet","Burning","Lost","Northern","Secret","Glass","Iron","Paper","Velvet","Bitter","Endless","Hollow"]
noun=["River","Garden","Kingdom","Harbor","Lantern","Orchard","Mountain","Letter","Island","Forest","Clock","Bridge","Mirror","Road","Tower","Night","Song","Shadow","Valley","Storm"]
genres=["Fantasy","Mystery","Romance","Science Fiction","History","Biography","Poetry","Children"]
gweights=[30,34,22,26,25,18,12,33]
titles=set(); books=[]
for i in range(200):
    while True:
        t=f"The {random.choice(adj)} {random.choice(noun)}"
        if random.random()<0.3: t=f"{random.choice(noun)}s of the {random.choice(adj)} {random.choice(noun)}"
        if t not in titles: titles.add(t); break
    a=random.randint(1,40)
    g=random.choices(genres,weights=gweights)[0]
    py=random.randint(1950,2024)
    pg=random.randint(90,780)
    pr=round(random.uniform(6,48),2)
    if i==57: pg=1204   # the longest book, alone
    if i==91: pr=89.5   # the most expensive, alone
    if i==140: pr=3.25  # the cheapest, alone
    books.append((i+1,t,a,g,py,pg,pr))
    out.append(f"INSERT INTO books VALUES ({i+1}, {q(t)}, {a}, {q(g)}, {py}, {pg}, {pr});")
mcities=cities+["Fairview","Springdale"]
mf=["Alice","Ben","Chloe","Daniel","Emma","Farid","Grace","Hugo","Isla","Jack","Kira","Liam","Maya","Noah","Olivia","Pablo","Ruby","Sam","Tess","Victor","Willa","Yara","Zane","Aria"]
ml=["Smith","Jones","Brown","Taylor","Wilson","Evans","Thomas","Walker","White","Hall","Clarke","Young","King","Wright","Green","Baker","Adams","Hill","Moore","Ward","Turner","Cook","Bell","Reed"]
members=[]
for i in range(300):
    f=random.choice(mf); l=random.choice(ml)
    e=f"{f.lower()}.{l.lower()}{i+1}@example.org"
    c=random.choice(mcities)
    jd=f"{random.randint(2019,2025)}-{random.randint(1,12):02d}-{random.randint(1,28):02d}"
    b=random.randint(1,6)
    members.append((i+1,f,l,e,c,jd,b))
    out.append(f"INSERT INTO members VALUES ({i+1}, {q(f)}, {q(l)}, {q(e)}, {q(c)}, {q(jd)}, {b});")
import datetime
for i in range(1500):
    b=random.randint(1,185)  # books 186-200 are never lent
    m=random.randint(1,280)  # members 281-300 never borrow
    d=datetime.date(2023,1,1)+datetime.timedelta(days=random.randint(0,1060))
    due=d+datetime.timedelta(days=21)
    r=random.random()
    if r<0.12: ret="NULL"
    else: ret=q(str(d+datetime.timedelta(days=random.randint(1,40))))
    out.append(f"INSERT INTO loans VALUES ({i+1}, {b}, {m}, {q(str(d))}, {q(str(due))}, {ret});")
open(sys.argv[1] if len(sys.argv) > 1 else 'library.sql','w').write('\n'.join(out)+'\n')
