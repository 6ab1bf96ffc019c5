# Writes the ferry_line SQLite schema and all rows as INSERT statements to the file named on the command line.
import random
import sys

random.seed(4417)


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    if isinstance(v, float):
        return repr(round(v, 2))
    return str(v)


SCHEMA = """PRAGMA foreign_keys = ON;

CREATE TABLE "Port" (
"Port_ID" int,
"Port_Name" text,
"City" text,
"Country" text,
"Year_Opened" int,
"Number_of_Berths" int,
PRIMARY KEY ("Port_ID")
);

CREATE TABLE "Vessel" (
"Vessel_ID" int,
"Vessel_Name" text,
"Vessel_Type_Code" text,
"Flag" text,
"Year_Built" int,
"Passenger_Capacity" text,
"Gross_Tonnage" real,
"date_of_registration" text,
PRIMARY KEY ("Vessel_ID")
);

CREATE TABLE "Route" (
"Route_ID" int,
"Route_Name" text,
"Origin_Port_ID" int,
"Destination_Port_ID" int,
"Distance_km" text,
"Crossing_Time_Minutes" int,
PRIMARY KEY ("Route_ID"),
FOREIGN KEY ("Origin_Port_ID") REFERENCES "Port"("Port_ID"),
FOREIGN KEY ("Destination_Port_ID") REFERENCES "Port"("Port_ID")
);

CREATE TABLE "Sailing" (
"Sailing_ID" int,
"Route_ID" int,
"Vessel_ID" int,
"Departure_Date" text,
"Passengers_Carried" int,
"status_code" text,
PRIMARY KEY ("Sailing_ID"),
FOREIGN KEY ("Route_ID") REFERENCES "Route"("Route_ID"),
FOREIGN KEY ("Vessel_ID") REFERENCES "Vessel"("Vessel_ID")
);

CREATE TABLE "Crew_Member" (
"Crew_ID" int,
"Name" text,
"Rank" text,
"Nationality" text,
"Age" int,
"Years_of_Service" text,
"Annual_Salary" real,
PRIMARY KEY ("Crew_ID")
);

CREATE TABLE "Crew_Assignment" (
"Crew_ID" int,
"Vessel_ID" int,
"Start_Date" text,
"role_code" text,
PRIMARY KEY ("Crew_ID","Vessel_ID"),
FOREIGN KEY ("Crew_ID") REFERENCES "Crew_Member"("Crew_ID"),
FOREIGN KEY ("Vessel_ID") REFERENCES "Vessel"("Vessel_ID")
);

CREATE TABLE "Ticket_Sale" (
"Ticket_ID" int,
"Sailing_ID" int,
"Sale_Date" text,
"ticket_class_code" text,
"Fare" real,
"payment_method_code" text,
"other_details" text,
PRIMARY KEY ("Ticket_ID")
);
"""

ports = [
    (1, "Port of Dover", "Dover", "United Kingdom", 1606, 8),
    (2, "Port of Calais", "Calais", "France", 1848, 9),
    (3, "Port of Dunkirk", "Dunkirk", "France", 1855, 5),
    (4, "Portsmouth International Port", "Portsmouth", "United Kingdom", 1976, 5),
    (5, "Caen Ouistreham", "Ouistreham", "France", 1986, 2),
    (6, "Port of Cherbourg", "Cherbourg", "France", 1853, 4),
    (7, "Holyhead Port", "Holyhead", "United Kingdom", 1880, 3),
    (8, "Dublin Port", "Dublin", "Ireland", 1707, 6),
    (9, "Rosslare Europort", "Rosslare", "Ireland", 1906, 4),
    (10, "Port of Santander", "Santander", "Spain", 1872, 3),
    (11, "Millbay Docks", "Plymouth", "United Kingdom", 1840, 2),
    (12, "Port of Roscoff", "Roscoff", "France", 1973, 2),
    (13, "Port of Bilbao", "Bilbao", "Spain", 1902, 7),
]

vessels = [
    (1, "Spirit of Britain", "ROPAX", "United Kingdom", 2011, "1900", 47592.0, "2011-01-14"),
    (2, "Pride of Kent", "ROPAX", "United Kingdom", 1992, "2000", 30635.0, "1992-12-03"),
    (3, "Cote des Flandres", "ROPAX", "France", 2005, "1880", 33796.0, "2005-03-22"),
    (4, "Normandie", "CRUISE", "France", 1992, "2120", 27541.0, "1992-05-18"),
    (5, "Mont St Michel", "CRUISE", "France", 2002, "2170", 35592.0, "2002-11-29"),
    (6, "Ulysses", "ROPAX", "Cyprus", 2001, "1875", 50938.0, "2001-03-09"),
    (7, "Dublin Swift", "FAST", "Cyprus", 2001, "1350", 8403.0, "2001-06-30"),
    (8, "Pont-Aven", "CRUISE", "France", 2004, "2415", 41748.0, "2004-03-05"),
    (9, "Armorique", "ROPAX", "France", 2009, "1500", 29468.0, "2009-02-12"),
    (10, "Isle of Inishmore", "ROPAX", "Cyprus", 1997, "2200", 34031.0, "1997-04-16"),
    (11, "Barfleur", "ROPAX", "France", 1992, "1173", 20133.0, "1992-04-01"),
]

routes = [
    (1, "Dover - Calais", 1, 2, "42", 90),
    (2, "Calais - Dover", 2, 1, "42", 90),
    (3, "Dover - Dunkirk", 1, 3, "71", 120),
    (4, "Portsmouth - Caen", 4, 5, "170", 360),
    (5, "Portsmouth - Cherbourg", 4, 6, "148", 180),
    (6, "Holyhead - Dublin", 7, 8, "109", 195),
    (7, "Dublin - Holyhead", 8, 7, "109", 195),
    (8, "Rosslare - Cherbourg", 9, 6, "555", 1140),
    (9, "Portsmouth - Santander", 4, 10, "960", 1440),
    (10, "Plymouth - Roscoff", 11, 12, "201", 360),
    (11, "Plymouth - Santander", 11, 10, "900", 1200),
    (12, "Dunkirk - Dover", 3, 1, "71", 120),
]

# Which vessels serve which routes (vessel 11 never sails in the data).
route_vessels = {
    1: [1, 2], 2: [1, 2], 3: [3], 4: [4, 5], 5: [9], 6: [6, 7], 7: [6, 7],
    8: [10], 9: [8], 10: [8, 9], 11: [8], 12: [3],
}
route_weights = {1: 5, 2: 4, 3: 3, 4: 4, 5: 2, 6: 4, 7: 3, 8: 2, 9: 2, 10: 3, 11: 1, 12: 2}
capacity = {v[0]: int(v[5]) for v in vessels}

sailings = []
vessel_days = set()
route_ids = sorted(route_weights)
weights = [route_weights[r] for r in route_ids]
for sid in range(1, 36):
    rid = random.choices(route_ids, weights)[0]
    vid = random.choice(route_vessels[rid])
    month = random.randint(3, 9)
    day = random.randint(1, 28)
    while (vid, month, day) in vessel_days:  # a vessel sails at most once a day
        day += 1
    vessel_days.add((vid, month, day))
    date = "2023-%02d-%02d" % (month, day)
    r = random.random()
    if r < 0.1:
        status = "CANCELLED"
        pax = 0
    elif r < 0.3:
        status = "DELAYED"
        pax = random.randint(capacity[vid] // 4, capacity[vid] - 50)
    else:
        status = "COMPLETED"
        pax = random.randint(capacity[vid] // 4, capacity[vid] - 50)
    sailings.append([sid, rid, vid, date, pax, status])
sailings.sort(key=lambda s: s[3])
for i, s in enumerate(sailings, 1):
    s[0] = i

first_names = ["James", "Marie", "Sean", "Pierre", "Aoife", "Thomas", "Claire", "Liam",
               "Nicolas", "Sarah", "Ciaran", "Julien", "Emma", "Owen", "Sophie", "Daniel",
               "Camille", "Patrick", "Lucas", "Grace"]
last_names = ["Walsh", "Dubois", "Murphy", "Lefevre", "Byrne", "Hughes", "Moreau", "Kelly",
              "Laurent", "Evans", "Doyle", "Girard", "Price", "Jones", "Martin", "Clarke",
              "Bernard", "Ryan", "Petit", "Taylor"]
nationality_of = {
    "James": "United Kingdom", "Marie": "France", "Sean": "Ireland", "Pierre": "France",
    "Aoife": "Ireland", "Thomas": "United Kingdom", "Claire": "France", "Liam": "Ireland",
    "Nicolas": "France", "Sarah": "United Kingdom", "Ciaran": "Ireland", "Julien": "France",
    "Emma": "United Kingdom", "Owen": "United Kingdom", "Sophie": "France",
    "Daniel": "United Kingdom", "Camille": "France", "Patrick": "Ireland", "Lucas": "France",
    "Grace": "Ireland",
}
ranks = ["Captain", "Captain", "Captain", "Captain", "Chief Engineer", "Chief Engineer",
         "Chief Engineer", "First Officer", "First Officer", "First Officer", "First Officer",
         "Deckhand", "Deckhand", "Deckhand", "Deckhand", "Deckhand", "Steward", "Steward",
         "Steward", "Steward"]
base_salary = {"Captain": 92000, "Chief Engineer": 78000, "First Officer": 65000,
               "Deckhand": 31000, "Steward": 27000}
crew = []
used_ages = set()
for i in range(20):
    cid = i + 1
    fn = first_names[i]
    ln = last_names[i]
    rank = ranks[i]
    if rank in ("Captain", "Chief Engineer"):
        age = random.randint(44, 61)
    elif rank == "First Officer":
        age = random.randint(33, 48)
    else:
        age = random.randint(21, 45)
    while age in used_ages:
        age += 1
    used_ages.add(age)
    years = max(1, age - random.randint(20, 24))
    salary = float(base_salary[rank] + years * 450 + random.randint(0, 40) * 25)
    crew.append((cid, fn + " " + ln, rank, nationality_of[fn], age, str(years), salary))

# Crew assignments: crew 18-20 have no assignment; vessel 11 has no crew.
role_for = {"Captain": "MASTER", "Chief Engineer": "ENG", "First Officer": "OFFICER",
            "Deckhand": "DECK", "Steward": "HOTEL"}
assign_plan = {
    1: [1, 2], 2: [4, 5], 3: [6, 7], 4: [8, 10], 5: [1], 6: [4, 8], 7: [6],
    8: [1, 3], 9: [5], 10: [9, 10], 11: [2, 6], 12: [1], 13: [3, 8], 14: [7],
    15: [4], 16: [2], 17: [5, 9],
}
assignments = []
for cid in sorted(assign_plan):
    for vid in assign_plan[cid]:
        y = random.randint(2015, 2022)
        m = random.randint(1, 12)
        d = random.randint(1, 28)
        assignments.append((cid, vid, "%d-%02d-%02d" % (y, m, d), role_for[crew[cid - 1][2]]))

# Ticket sales: only for sailings that were not cancelled.
open_sailings = [s for s in sailings if s[5] != "CANCELLED"]
fare_base = {1: 45.0, 2: 45.0, 3: 55.0, 4: 120.0, 5: 110.0, 6: 70.0, 7: 70.0, 8: 150.0,
             9: 210.0, 10: 130.0, 11: 195.0, 12: 55.0}
class_mult = {"ECO": 1.0, "BUS": 1.6, "CABIN": 2.2}
tickets = []
for tid in range(1, 41):
    s = random.choice(open_sailings)
    cls = random.choices(["ECO", "BUS", "CABIN"], [6, 3, 2])[0]
    fare = round(fare_base[s[1]] * class_mult[cls] + random.randint(0, 30) + 0.5 * random.randint(0, 1), 2)
    dep_month = int(s[3][5:7])
    sale_month = max(1, dep_month - random.randint(0, 2))
    sale_day = random.randint(1, 28)
    sale_date = "2023-%02d-%02d" % (sale_month, sale_day)
    if sale_date > s[3]:
        sale_date = s[3]
    pay = random.choices(["CARD", "CASH", "ONLINE"], [4, 1, 5])[0]
    other = None
    r = random.random()
    if r < 0.1:
        other = "Vehicle booked"
    elif r < 0.15:
        other = "Pet on board"
    tickets.append((tid, s[0], sale_date, cls, fare, pay, other))


def insert(table, rows):
    return "".join("INSERT INTO \"%s\" VALUES (%s);\n" % (table, ",".join(q(v) for v in row))
                   for row in rows)


out = SCHEMA + "\n"
out += insert("Port", ports) + "\n"
out += insert("Vessel", vessels) + "\n"
out += insert("Route", routes) + "\n"
out += insert("Sailing", sailings) + "\n"
out += insert("Crew_Member", crew) + "\n"
out += insert("Crew_Assignment", assignments) + "\n"
out += insert("Ticket_Sale", tickets)

with open(sys.argv[1], "w", newline="\n") as f:
    f.write(out)
