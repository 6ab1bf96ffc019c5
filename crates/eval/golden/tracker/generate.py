# Writes tracker.sql (or the path given as the first argument): the schema and rows of the
# tracker golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(99)
out=["""CREATE TABLE teams (
  team_id INTEGER PRIMARY KEY,
  team_name TEXT NOT NULL,
  floor INTEGER NOT NULL
);
CREATE TABLE employees (
  employee_id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL,
  email TEXT NOT NULL,
  team_id INTEGER NOT NULL REFERENCES teams(team_id),
  hire_date TEXT NOT NULL,
  hourly_rate REAL NOT NULL,
  manager_id INTEGER REFERENCES employees(employee_id)
);
CREATE TABLE projects (
  project_id INTEGER PRIMARY KEY,
  project_name TEXT NOT NULL,
  budget INTEGER NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  status TEXT NOT NULL
);
CREATE TABLE tasks (
  task_id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(project_id),
  title TEXT NOT NULL,
  assignee_id INTEGER REFERENCES employees(employee_id),
  priority TEXT NOT NULL,
  status TEXT NOT NULL,
  due_date TEXT NOT NULL,
  estimate_hours REAL NOT NULL
);
CREATE TABLE time_entries (
  entry_id INTEGER PRIMARY KEY,
  task_id INTEGER NOT NULL REFERENCES tasks(task_id),
  employee_id INTEGER NOT NULL REFERENCES employees(employee_id),
  work_date TEXT NOT NULL,
  hours REAL NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
def nul(x): return 'NULL' if x is None else str(x)
teams=[("Platform",3),("Mobile",2),("Data",4),("Design",1),("Support",1)]
for i,(n,f) in enumerate(teams): out.append(f"INSERT INTO teams VALUES ({i+1}, {q(n)}, {f});")
fn=["Ana","Bilal","Chen","Dara","Emil","Fatima","Gus","Hedda","Ivan","Jia","Karim","Lotte","Milo","Noor","Omar","Pia","Raj","Saga","Teo","Una","Viktor","Wen","Yosef","Zuri"]
ln=["Alves","Brandt","Cho","Dorsey","Eriksen","Fox","Greco","Holm","Ilic","Juarez","Kowalski","Lund","Meyer","Nair","Ortiz","Price","Rossi","Sandoval","Thorne","Ueno","Varga","West","Young","Zeller"]
names=[]
for i in range(40):
    n=f"{fn[i%24]} {ln[(i*7)%24]}"
    while n in names: n=f"{random.choice(fn)} {random.choice(ln)}"
    names.append(n)
    team=(i%5)+1
    hd=datetime.date(2015,1,1)+datetime.timedelta(days=random.randint(0,3600))
    rate=round(random.uniform(30,95),2)
    if i==11: rate=140.0
    mgr=None if i<5 else (i%5)+1
    email=n.lower().replace(' ','.')+'@corp.example'
    out.append(f"INSERT INTO employees VALUES ({i+1}, {q(n)}, {q(email)}, {team}, {q(str(hd))}, {rate}, {nul(mgr)});")
pn=["Apollo","Borealis","Cascade","Delta","Ember","Falcon","Granite","Horizon","Iris","Juniper","Keystone","Lumen"]
pst=["Active","Active","Active","Completed","Completed","On hold"]
for i,n in enumerate(pn):
    b=random.randint(50,900)*1000
    if i==6: b=1500000
    sd=datetime.date(2022,1,1)+datetime.timedelta(days=random.randint(0,900))
    st=pst[i%6]
    ed=None if st!="Completed" else sd+datetime.timedelta(days=random.randint(100,400))
    out.append(f"INSERT INTO projects VALUES ({i+1}, {q(n)}, {b}, {q(str(sd))}, {'NULL' if ed is None else q(str(ed))}, {q(st)});")
verbs=["Fix","Design","Review","Migrate","Document","Test","Refactor","Deploy","Plan","Audit"]
objs=["login flow","billing API","search index","onboarding","dashboard","export job","cache layer","mobile menu","payment form","report builder","alerting","user settings"]
tasks=[]
for i in range(300):
    p=random.randint(1,12)
    t=f"{random.choice(verbs)} {random.choice(objs)}"
    a=None if random.random()<0.1 else random.randint(1,36)  # 37-40 have no tasks
    pr=random.choices(["Low","Medium","High"],weights=[3,5,2])[0]
    st=random.choices(["Open","In progress","Done"],weights=[3,2,5])[0]
    dd=datetime.date(2024,1,1)+datetime.timedelta(days=random.randint(0,600))
    est=random.choice([2,4,6,8,12,16,24,40])
    tasks.append((i+1,a))
    out.append(f"INSERT INTO tasks VALUES ({i+1}, {p}, {q(t)}, {nul(a)}, {q(pr)}, {q(st)}, {q(str(dd))}, {est});")
for i in range(2000):
    t=random.randint(1,300)
    a=tasks[t-1][1] or random.randint(1,36)
    if random.random()<0.2: a=random.randint(1,36)
    wd=datetime.date(2024,1,1)+datetime.timedelta(days=random.randint(0,600))
    h=random.choice([0.5,1,1.5,2,3,4,6,8])
    out.append(f"INSERT INTO time_entries VALUES ({i+1}, {t}, {a}, {q(str(wd))}, {h});")
open(sys.argv[1] if len(sys.argv) > 1 else 'tracker.sql','w').write('\n'.join(out)+'\n')
