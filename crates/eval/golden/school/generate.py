# Writes school.sql (or the path given as the first argument): the schema and rows of the
# school golden set. Seeded, so every run writes the same bytes.
import sys
import random, datetime
random.seed(31337)
out=["""CREATE TABLE teachers (
  teacher_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  subject TEXT NOT NULL,
  years_experience INTEGER NOT NULL
);
CREATE TABLE courses (
  course_id INTEGER PRIMARY KEY,
  course_name TEXT NOT NULL,
  teacher_id INTEGER NOT NULL REFERENCES teachers(teacher_id),
  credits INTEGER NOT NULL,
  room TEXT NOT NULL
);
CREATE TABLE students (
  student_id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  grade_level INTEGER NOT NULL,
  enrolled_on TEXT NOT NULL,
  email TEXT
);
CREATE TABLE enrollments (
  enrollment_id INTEGER PRIMARY KEY,
  student_id INTEGER NOT NULL REFERENCES students(student_id),
  course_id INTEGER NOT NULL REFERENCES courses(course_id),
  score INTEGER,
  semester TEXT NOT NULL
);"""]
def q(s): return "'"+s.replace("'","''")+"'"
subjects=["Mathematics","Biology","History","English","Chemistry","Art","Music","Physics"]
tf=["Alma","Bernard","Cora","Dmitri","Esther","Fabian","Gloria","Harold","Ingrid","Julian","Kamala","Louis"]
tl=["Abernathy","Blackwood","Castellanos","Delacroix","Everett","Fairbanks","Goldberg","Hawthorne","Ishikawa","Jankowski","Kowalczyk","Lindqvist"]
for i in range(12):
    ye=random.randint(1,30)
    if i==3: ye=38
    out.append(f"INSERT INTO teachers VALUES ({i+1}, {q(tf[i])}, {q(tl[i])}, {q(subjects[i%8])}, {ye});")
cn=["Algebra I","Algebra II","Geometry","Calculus","Cell Biology","Ecology","World History","Modern History","Literature","Creative Writing","Organic Chemistry","Painting","Choir","Mechanics","Statistics","Genetics"]
for i,n in enumerate(cn):
    t=random.randint(1,11)  # teacher 12 teaches nothing
    cr=random.choice([2,3,4,5])
    out.append(f"INSERT INTO courses VALUES ({i+1}, {q(n)}, {t}, {cr}, {q('R'+str(100+random.randint(1,30)))});")
sf=["Aiden","Bella","Caleb","Daisy","Ethan","Freya","Gavin","Hazel","Isaac","Jade","Kai","Luna","Mason","Nora","Owen","Piper","Reid","Stella","Tyler","Willow"]
sl=["Archer","Brooks","Coleman","Dawson","Ellison","Fletcher","Graves","Holland","Ingram","Jennings","Kendall","Lawson","Morrow","Norris","Osborne","Pruitt","Ramsey","Sutton","Tate","Vaughn"]
for i in range(350):
    gl=random.randint(9,12)
    eo=datetime.date(2020,8,15)+datetime.timedelta(days=random.randint(0,1500))
    em=None if random.random()<0.15 else f"s{i+1}@school.example"
    out.append(f"INSERT INTO students VALUES ({i+1}, {q(random.choice(sf))}, {q(random.choice(sl))}, {gl}, {q(str(eo))}, {'NULL' if em is None else q(em)});")
for i in range(1400):
    s=random.randint(1,335)  # students 336-350 take no course
    c=random.randint(1,15)   # course 16 has nobody
    sc=None if random.random()<0.08 else random.randint(35,100)
    sem=random.choice(["Fall 2023","Spring 2024","Fall 2024","Spring 2025"])
    out.append(f"INSERT INTO enrollments VALUES ({i+1}, {s}, {c}, {'NULL' if sc is None else sc}, {q(sem)});")
open(sys.argv[1] if len(sys.argv) > 1 else 'school.sql','w').write('\n'.join(out)+'\n')
