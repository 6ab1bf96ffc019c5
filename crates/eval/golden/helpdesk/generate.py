# Writes the helpdesk SQLite schema and all rows (companies, contacts, agents, tickets, ratings) as SQL to the file given on the command line.
import random
import sys
from datetime import date, timedelta

random.seed(4127)

COMPANY_NAMES = [
    "Northwind Traders", "Bluefin Logistics", "Acme Manufacturing", "Greenleaf Health",
    "Summit Bank", "Orion Software", "Harbor Retail", "Pinecrest Hospital",
    "Redline Motors", "Silverline Insurance", "Cobalt Energy", "Maple Foods",
    "Vertex Analytics", "Brightpath Education", "Ironclad Security", "Lakeside Hotels",
    "Quantum Labs", "Evergreen Pharma", "Atlas Freight", "Sunrise Telecom",
    "Crescent Media", "Granite Construction", "Willow Dental", "Falcon Airlines",
    "Nimbus Cloud",
]
INDUSTRIES = ["Retail", "Finance", "Healthcare", "Technology", "Manufacturing", "Logistics"]
COMPANY_INDUSTRY = {
    "Northwind Traders": "Retail", "Bluefin Logistics": "Logistics", "Acme Manufacturing": "Manufacturing",
    "Greenleaf Health": "Healthcare", "Summit Bank": "Finance", "Orion Software": "Technology",
    "Harbor Retail": "Retail", "Pinecrest Hospital": "Healthcare", "Redline Motors": "Manufacturing",
    "Silverline Insurance": "Finance", "Cobalt Energy": "Manufacturing", "Maple Foods": "Retail",
    "Vertex Analytics": "Technology", "Brightpath Education": "Technology", "Ironclad Security": "Technology",
    "Lakeside Hotels": "Retail", "Quantum Labs": "Technology", "Evergreen Pharma": "Healthcare",
    "Atlas Freight": "Logistics", "Sunrise Telecom": "Technology", "Crescent Media": "Technology",
    "Granite Construction": "Manufacturing", "Willow Dental": "Healthcare", "Falcon Airlines": "Logistics",
    "Nimbus Cloud": "Technology",
}
COUNTRIES = ["USA", "Canada", "United Kingdom", "Germany", "France", "Australia"]

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
         "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
         "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa",
         "Anthony", "Emma", "Mark", "Sophie", "Paul", "Olivia", "Lukas", "Claire",
         "Hannah", "Noah", "Chloe", "Ethan", "Mia", "Liam", "Grace", "Oscar"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson",
        "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "King",
        "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Muller", "Schmidt",
        "Dubois", "Laurent", "Murphy", "Kelly", "Campbell", "Evans", "Patel", "Nguyen"]

AGENT_NAMES = [
    ("Alice", "Morgan"), ("Ben", "Carter"), ("Chloe", "Ramirez"), ("Derek", "Olsen"),
    ("Elena", "Petrova"), ("Felix", "Grant"), ("Gina", "Lopez"), ("Hugo", "Bennett"),
    ("Isla", "Fraser"), ("Jonah", "Reed"), ("Kara", "Singh"), ("Leo", "Fischer"),
]
TEAMS = ["Billing", "Technical", "Onboarding"]

PRODUCT_AREAS = ["Billing", "Login", "Reporting", "Integrations", "Mobile App"]
PRIORITIES = ["Low", "Medium", "High", "Urgent"]
STATUSES_OPEN = ["Open", "In Progress"]
SUBJECTS = {
    "Billing": ["Invoice total looks wrong", "Charged twice this month", "Need a copy of last invoice",
                "Update credit card on file", "Refund request"],
    "Login": ["Cannot log in", "Password reset email not arriving", "Two-factor code rejected",
              "Account locked out", "SSO login fails"],
    "Reporting": ["Monthly report is blank", "Export to CSV times out", "Dashboard numbers do not match",
                  "Scheduled report not sent", "Chart not loading"],
    "Integrations": ["Webhook not firing", "API returns 500 error", "Salesforce sync stopped",
                     "Slack notifications missing", "API rate limit too low"],
    "Mobile App": ["App crashes on startup", "Push notifications not working", "Cannot upload photos",
                   "App is very slow", "Offline mode loses data"],
}
COMMENTS = ["Quick and helpful", "Solved on the first reply", "Took too long", "Agent was very friendly",
            "Problem came back a week later", "Great support", "Had to explain the issue twice",
            "Clear instructions", "Not resolved properly", "Excellent, thank you"]


def q(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    return "'" + str(v).replace("'", "''") + "'"


def rand_date(start, end):
    span = (end - start).days
    return start + timedelta(days=random.randint(0, span))


def main(path):
    out = []
    out.append("CREATE TABLE companies (\n"
               "  id INTEGER PRIMARY KEY,\n"
               "  name TEXT NOT NULL,\n"
               "  industry TEXT NOT NULL,\n"
               "  country TEXT NOT NULL,\n"
               "  city TEXT\n"
               ");")
    out.append("CREATE TABLE contacts (\n"
               "  id INTEGER PRIMARY KEY,\n"
               "  company_id INTEGER NOT NULL REFERENCES companies(id),\n"
               "  first_name TEXT NOT NULL,\n"
               "  last_name TEXT NOT NULL,\n"
               "  email TEXT NOT NULL,\n"
               "  phone TEXT\n"
               ");")
    out.append("CREATE TABLE agents (\n"
               "  id INTEGER PRIMARY KEY,\n"
               "  first_name TEXT NOT NULL,\n"
               "  last_name TEXT NOT NULL,\n"
               "  team TEXT NOT NULL,\n"
               "  hire_date TEXT NOT NULL\n"
               ");")
    out.append("CREATE TABLE tickets (\n"
               "  id INTEGER PRIMARY KEY,\n"
               "  contact_id INTEGER NOT NULL REFERENCES contacts(id),\n"
               "  agent_id INTEGER REFERENCES agents(id),\n"
               "  subject TEXT NOT NULL,\n"
               "  product_area TEXT NOT NULL,\n"
               "  priority TEXT NOT NULL,\n"
               "  status TEXT NOT NULL,\n"
               "  opened_date TEXT NOT NULL,\n"
               "  closed_date TEXT\n"
               ");")
    out.append("CREATE TABLE ratings (\n"
               "  id INTEGER PRIMARY KEY,\n"
               "  ticket_id INTEGER NOT NULL REFERENCES tickets(id),\n"
               "  score INTEGER NOT NULL,\n"
               "  comment TEXT,\n"
               "  rated_date TEXT NOT NULL\n"
               ");")

    cities = {
        "USA": ["New York", "Chicago", "Austin", "Seattle"],
        "Canada": ["Toronto", "Vancouver", "Montreal"],
        "United Kingdom": ["London", "Manchester"],
        "Germany": ["Berlin", "Munich", "Hamburg"],
        "France": ["Paris", "Lyon"],
        "Australia": ["Sydney", "Melbourne"],
    }
    country_weights = [8, 4, 4, 3, 3, 3]
    companies = []
    for i, name in enumerate(COMPANY_NAMES, start=1):
        country = random.choices(COUNTRIES, weights=country_weights)[0]
        city = random.choice(cities[country])
        if i in (7, 19):
            city = None
        companies.append((i, name, COMPANY_INDUSTRY[name], country, city))
        out.append("INSERT INTO companies (id, name, industry, country, city) VALUES (%s, %s, %s, %s, %s);"
                   % (q(i), q(name), q(COMPANY_INDUSTRY[name]), q(country), q(city)))

    contacts = []
    used = []
    # the last two companies have no contacts at all
    for i in range(1, 81):
        if i <= 23:
            company_id = i
        else:
            company_id = random.randint(1, 23)
        while True:
            fn = random.choice(FIRST)
            ln = random.choice(LAST)
            if (fn, ln) not in used:
                used.append((fn, ln))
                break
        domain = COMPANY_NAMES[company_id - 1].lower().replace(" ", "") + ".com"
        email = "%s.%s@%s" % (fn.lower(), ln.lower(), domain)
        phone = None if random.random() < 0.15 else "+1-555-%04d" % random.randint(0, 9999)
        contacts.append((i, company_id, fn, ln))
        out.append("INSERT INTO contacts (id, company_id, first_name, last_name, email, phone) VALUES (%s, %s, %s, %s, %s, %s);"
                   % (q(i), q(company_id), q(fn), q(ln), q(email), q(phone)))

    agents = []
    for i, (fn, ln) in enumerate(AGENT_NAMES, start=1):
        team = TEAMS[(i - 1) % 3]
        hire = rand_date(date(2019, 1, 1), date(2023, 6, 30)).isoformat()
        agents.append((i, fn, ln, team, hire))
        out.append("INSERT INTO agents (id, first_name, last_name, team, hire_date) VALUES (%s, %s, %s, %s, %s);"
                   % (q(i), q(fn), q(ln), q(team), q(hire)))

    # agent 12 is hired but never assigned tickets
    agent_weights = [14, 11, 9, 10, 12, 7, 8, 6, 13, 5, 4, 0]
    tickets = []
    for i in range(1, 201):
        contact_id = random.choices(range(1, 81), weights=[3 if c % 7 == 0 else 1 for c in range(1, 81)])[0]
        area = random.choices(PRODUCT_AREAS, weights=[5, 4, 3, 3, 2])[0]
        subject = random.choice(SUBJECTS[area])
        priority = random.choices(PRIORITIES, weights=[4, 5, 3, 1])[0]
        opened = rand_date(date(2022, 1, 3), date(2025, 11, 28))
        r = random.random()
        if opened >= date(2025, 9, 1) and r < 0.6 or r < 0.08:
            status = random.choice(STATUSES_OPEN)
            closed = None
        else:
            status = "Closed" if random.random() < 0.8 else "Resolved"
            closed = opened + timedelta(days=random.choice([0, 1, 1, 2, 2, 3, 4, 5, 7, 10, 14, 21]))
        if status == "Open" and random.random() < 0.6:
            agent_id = None
        elif random.random() < 0.04:
            agent_id = None
        else:
            agent_id = random.choices(range(1, 13), weights=agent_weights)[0]
        tickets.append((i, contact_id, agent_id, area, priority, status, opened, closed))
        out.append("INSERT INTO tickets (id, contact_id, agent_id, subject, product_area, priority, status, opened_date, closed_date) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s);"
                   % (q(i), q(contact_id), q(agent_id), q(subject), q(area), q(priority), q(status),
                      q(opened.isoformat()), q(closed.isoformat() if closed else None)))

    rid = 0
    for t in tickets:
        closed = t[7]
        if closed is None or random.random() < 0.4:
            continue
        rid += 1
        score = random.choices([1, 2, 3, 4, 5], weights=[1, 2, 3, 6, 6])[0]
        comment = random.choice(COMMENTS) if random.random() < 0.6 else None
        rated = (closed + timedelta(days=random.randint(0, 5))).isoformat()
        out.append("INSERT INTO ratings (id, ticket_id, score, comment, rated_date) VALUES (%s, %s, %s, %s, %s);"
                   % (q(rid), q(t[0]), q(score), q(comment), q(rated)))

    with open(path, "w", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "helpdesk.sql")
