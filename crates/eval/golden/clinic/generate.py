# Writes clinic.sql (or the path given as the first argument): the schema and rows of the
# clinic golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(7)
out=["""CREATE TABLE doctors (
  doctor_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  specialty TEXT NOT NULL,
  hired_year INTEGER NOT NULL,
  salary INTEGER NOT NULL
);
CREATE TABLE patients (
  patient_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  gender TEXT NOT NULL,
  city TEXT NOT NULL,
  insurance TEXT
);
CREATE TABLE appointments (
  appointment_id INTEGER PRIMARY KEY,
  patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
  doctor_id INTEGER NOT NULL REFERENCES doctors(doctor_id),
  appointment_date TEXT NOT NULL,
  status TEXT NOT NULL,
  fee REAL NOT NULL
);
CREATE TABLE prescriptions (
  prescription_id INTEGER PRIMARY KEY,
  appointment_id INTEGER NOT NULL REFERENCES appointments(appointment_id),
  medication TEXT NOT NULL,
  dosage_mg INTEGER NOT NULL,
  days INTEGER NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
specs=["Cardiology","Dermatology","Pediatrics","Neurology","Orthopedics","General Practice"]
df=["Amara","Boris","Celia","Dev","Elif","Farah","Goran","Hana","Ivo","Jun","Kemal","Lucia","Mateo","Nia","Otto","Paula","Rafael","Sofia"]
dl=["Adeyemi","Berg","Costa","Das","Engel","Ferreira","Gruber","Horvat","Ito","Jovanovic","Khan","Larsen","Mendes","Novak","Olsen","Petrov","Ruiz","Silva"]
for i in range(18):
    sal=random.randint(120,260)*1000
    if i==4: sal=310000
    hy=random.randint(1998,2023)
    if i==9: hy=1991
    out.append(f"INSERT INTO doctors VALUES ({i+1}, {q(df[i])}, {q(dl[i])}, {q(specs[i%6])}, {hy}, {sal});")
pf=["Anna","Ben","Carla","David","Eva","Frank","Gina","Henry","Iris","Jake","Kate","Leo","Mia","Nick","Olga","Pete","Rita","Sean","Tina","Uri","Vicky","Will"]
pl=["Archer","Baxter","Carter","Dixon","Ellis","Foster","Grant","Harper","Irwin","Jensen","Keller","Lambert","Mason","Nolan","Owens","Parker","Quinn","Russo","Stone","Turner"]
pcities=["Northgate","Southport","Eastwick","Westfield","Milltown"]
ins=["BlueCross","Medicare","Aetna",None]
for i in range(400):
    bd=datetime.date(1940,1,1)+datetime.timedelta(days=random.randint(0,30000))
    if i==17: bd=datetime.date(1931,3,9)
    g=random.choice(["F","M"])
    c=random.choice(pcities)
    insu=random.choices(ins,weights=[30,25,25,20])[0]
    out.append(f"INSERT INTO patients VALUES ({i+1}, {q(random.choice(pf))}, {q(random.choice(pl))}, {q(str(bd))}, {q(g)}, {q(c)}, {'NULL' if insu is None else q(insu)});")
stat=["Completed","Cancelled","No-show","Scheduled"]
for i in range(2500):
    p=random.randint(1,380)
    d=random.randint(1,17)  # doctor 18 has no appointments
    dt=datetime.date(2022,1,1)+datetime.timedelta(days=random.randint(0,1400))
    st=random.choices(stat,weights=[70,12,6,12])[0]
    fee=round(random.choice([60,80,120,150,200])+random.random()*10,2)
    out.append(f"INSERT INTO appointments VALUES ({i+1}, {p}, {d}, {q(str(dt))}, {q(st)}, {fee});")
meds=["Amoxicillin","Ibuprofen","Lisinopril","Metformin","Atorvastatin","Cetirizine","Omeprazole"]
for i in range(1800):
    a=random.randint(1,2500)
    m=random.choice(meds)
    out.append(f"INSERT INTO prescriptions VALUES ({i+1}, {a}, {q(m)}, {random.choice([5,10,20,40,250,500])}, {random.choice([3,5,7,10,14,30])});")
open(sys.argv[1] if len(sys.argv) > 1 else 'clinic.sql','w').write('\n'.join(out)+'\n')
