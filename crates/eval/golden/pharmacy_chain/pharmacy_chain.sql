PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Branch (
  BranchID INTEGER PRIMARY KEY,
  BranchName TEXT NOT NULL,
  CityCode TEXT NOT NULL,
  StreetAddress TEXT,
  OpenedDate TEXT,
  SqFt INTEGER
);
CREATE TABLE pharmacists (
  phar_id INTEGER PRIMARY KEY,
  phar_fname TEXT NOT NULL,
  phar_lname TEXT NOT NULL,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  hire_dt TEXT,
  salary INTEGER,
  works_at INTEGER,
  supervisor INTEGER,
  FOREIGN KEY (works_at) REFERENCES Branch(BranchID),
  FOREIGN KEY (supervisor) REFERENCES pharmacists(phar_id)
);
CREATE TABLE Ref_Drug_Classes (
  class_code TEXT PRIMARY KEY,
  class_description TEXT NOT NULL
);
CREATE TABLE drugs (
  drug_id INTEGER PRIMARY KEY,
  drug_name TEXT NOT NULL,
  class_code TEXT,
  manufacturer TEXT,
  unit_price REAL,
  is_generic TEXT,
  FOREIGN KEY (class_code) REFERENCES Ref_Drug_Classes(class_code)
);
CREATE TABLE Customer (
  CustomerID INTEGER PRIMARY KEY,
  FirstName TEXT NOT NULL,
  LastName TEXT NOT NULL,
  BirthDate TEXT,
  City TEXT,
  Phone TEXT,
  InsurancePlan TEXT,
  JoinDate TEXT
);
CREATE TABLE Doctor (
  doctor_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  specialty TEXT,
  clinic TEXT,
  yrs_practice INTEGER
);
CREATE TABLE prescriptions (
  rx_id INTEGER PRIMARY KEY,
  CustomerID INTEGER,
  doctor_id INTEGER,
  drug_id INTEGER,
  filled_by INTEGER,
  rx_date TEXT,
  qty INTEGER,
  refills INTEGER,
  amt REAL,
  status TEXT,
  FOREIGN KEY (filled_by) REFERENCES pharmacists(phar_id)
);
CREATE TABLE Branch_Drugs (
  BranchID INTEGER,
  drug_id INTEGER,
  qty_on_hand TEXT,
  reorder_lvl INTEGER,
  last_restocked TEXT,
  PRIMARY KEY (BranchID, drug_id),
  FOREIGN KEY (BranchID) REFERENCES Branch(BranchID),
  FOREIGN KEY (drug_id) REFERENCES drugs(drug_id)
);
INSERT INTO Branch VALUES (1, 'Harbor View', 'BOS', '112 Atlantic Ave', '2004-03-15', 3200);
INSERT INTO Branch VALUES (2, 'Park Slope', 'NYC', '241 7th Ave', '2011-06-01', 2800);
INSERT INTO Branch VALUES (3, 'Back Bay', 'BOS', '530 Boylston St', '1998-09-20', 4100);
INSERT INTO Branch VALUES (4, 'Rittenhouse', 'PHL', '1820 Walnut St', '2009-02-11', 2600);
INSERT INTO Branch VALUES (5, 'Lincoln Park', 'CHI', '2415 N Clark St', '2015-11-05', 3500);
INSERT INTO Branch VALUES (6, 'Upper West Side', 'NYC', '2270 Broadway', '2001-04-28', 3900);
INSERT INTO Branch VALUES (7, 'Capitol Hill', 'SEA', '610 Broadway E', '2018-08-14', 2400);
INSERT INTO Branch VALUES (8, 'Wicker Park', 'CHI', '1550 N Milwaukee Ave', '2012-01-23', 2900);
INSERT INTO Branch VALUES (9, 'Fishtown', 'PHL', '1201 Frankford Ave', '2020-05-30', 2100);
INSERT INTO Branch VALUES (10, 'Astoria', 'NYC', '31-10 Broadway', '2007-10-09', 3100);
INSERT INTO Branch VALUES (11, 'Ballard', 'SEA', '5420 Ballard Ave NW', '2013-07-17', 2700);
INSERT INTO Branch VALUES (12, 'Jamaica Plain', 'BOS', '677 Centre St', '2016-03-02', 2300);
INSERT INTO Branch VALUES (13, 'Hyde Park', 'CHI', '1511 E 53rd St', '2005-12-12', 3300);
INSERT INTO Branch VALUES (14, 'Chelsea', 'NYC', '188 8th Ave', '2019-09-25', 2500);
INSERT INTO Branch VALUES (15, 'Old City', 'PHL', '45 N 2nd St', '1999-06-18', 3600);
INSERT INTO pharmacists VALUES (1, 'Maria', 'Alvarez', 'F', '1991-11-07', '312-555-8230', '2022-09-18', 127500, 2, NULL);
INSERT INTO pharmacists VALUES (2, 'Brian', 'Singh', 'M', '1970-01-23', '718-555-2020', '2018-01-10', 90500, 12, NULL);
INSERT INTO pharmacists VALUES (3, 'Daniel', 'Moreno', 'M', '1976-08-10', '718-555-4415', '2023-06-18', 72500, 6, NULL);
INSERT INTO pharmacists VALUES (4, 'Jason', 'Tran', 'M', '1962-10-12', '212-555-5068', '2011-05-08', 121000, 9, NULL);
INSERT INTO pharmacists VALUES (5, 'Ethan', 'Reyes', 'M', '1981-02-08', '718-555-1746', '2006-04-11', 76500, 12, 3);
INSERT INTO pharmacists VALUES (6, 'Marcus', 'Fischer', 'M', '1996-08-02', '215-555-1161', '2013-03-06', 88500, 10, 2);
INSERT INTO pharmacists VALUES (7, 'Tanya', 'Park', 'F', '1976-02-07', '215-555-8190', '2004-02-01', 76500, 5, 2);
INSERT INTO pharmacists VALUES (8, 'Laura', 'Okafor', 'F', '1989-07-22', '718-555-7745', '2009-05-24', 111500, 1, 1);
INSERT INTO pharmacists VALUES (9, 'Andre', 'Ward', 'M', '1995-12-23', '215-555-2168', '2022-12-16', 98500, 2, 3);
INSERT INTO pharmacists VALUES (10, 'Mei', 'Kowalski', 'F', '1993-10-28', '212-555-3738', '2006-04-24', 98000, 13, 1);
INSERT INTO pharmacists VALUES (11, 'Emily', 'Dubois', 'F', '1976-04-12', NULL, '2003-12-04', 98000, 10, 4);
INSERT INTO pharmacists VALUES (12, 'Hannah', 'Hughes', 'F', '1994-04-17', '215-555-5895', '2012-04-23', 117000, 9, 2);
INSERT INTO pharmacists VALUES (13, 'David', 'Santos', 'M', '1965-12-28', '215-555-5975', '2006-11-19', 118500, 7, 4);
INSERT INTO pharmacists VALUES (14, 'Priya', 'Goldberg', 'F', '1970-08-28', '312-555-8574', '2008-07-11', 72000, 2, 3);
INSERT INTO pharmacists VALUES (15, 'Thomas', 'Rossi', 'M', '1968-01-05', '215-555-6636', '2008-04-28', 105500, 8, 4);
INSERT INTO pharmacists VALUES (16, 'Rachel', 'Chen', 'F', '1989-12-23', '617-555-9976', '2012-11-07', 83500, 10, 1);
INSERT INTO pharmacists VALUES (17, 'Jennifer', 'Novak', 'F', '1985-04-28', '215-555-1885', '2017-09-09', 90000, 4, 1);
INSERT INTO pharmacists VALUES (18, 'Omar', 'Nguyen', 'M', '1992-05-24', '312-555-5665', '2020-11-21', 88000, 14, 4);
INSERT INTO pharmacists VALUES (19, 'Maria', 'Kim', 'F', '1990-03-19', NULL, '2021-10-23', 93000, 3, 3);
INSERT INTO pharmacists VALUES (20, 'Aisha', 'Alvarez', 'F', '1996-03-20', '215-555-9141', '2010-09-22', 121500, 5, 3);
INSERT INTO pharmacists VALUES (21, 'Sofia', 'Adeyemi', 'F', '1979-08-07', '206-555-6729', '2016-10-12', 89000, 15, 1);
INSERT INTO pharmacists VALUES (22, 'Nicole', 'Cohen', 'F', '1976-03-31', '312-555-2148', '2008-06-20', 113000, 13, 4);
INSERT INTO pharmacists VALUES (23, 'Victor', 'Murphy', 'M', '1973-11-07', '215-555-5641', '2014-12-26', 125000, 8, 4);
INSERT INTO pharmacists VALUES (24, 'Luis', 'Haddad', 'M', '1978-02-05', NULL, '2017-06-30', 108000, 2, 1);
INSERT INTO pharmacists VALUES (25, 'Kevin', 'Patel', 'M', '1962-03-04', '212-555-1125', '2015-04-23', 98500, 11, 1);
INSERT INTO pharmacists VALUES (26, 'Raj', 'Sullivan', 'M', '1975-07-15', '312-555-3937', '2009-01-22', 117000, 5, 1);
INSERT INTO pharmacists VALUES (27, 'Olivia', 'Brennan', 'F', '1993-03-10', NULL, '2022-03-03', 94500, 3, 2);
INSERT INTO pharmacists VALUES (28, 'Samuel', 'Yamamoto', 'M', '1983-04-12', '215-555-3311', '2014-02-10', 121000, 5, 1);
INSERT INTO pharmacists VALUES (29, 'Luis', 'Larsen', 'M', '1993-10-31', '206-555-9778', '2020-10-14', 103000, 14, 1);
INSERT INTO pharmacists VALUES (30, 'Andre', 'Baker', 'M', '1983-04-30', '215-555-9096', '2015-11-22', 109500, 8, 1);
INSERT INTO Ref_Drug_Classes VALUES ('ANL', 'Analgesic');
INSERT INTO Ref_Drug_Classes VALUES ('ABX', 'Antibiotic');
INSERT INTO Ref_Drug_Classes VALUES ('AHT', 'Antihypertensive');
INSERT INTO Ref_Drug_Classes VALUES ('LIP', 'Lipid-lowering agent');
INSERT INTO Ref_Drug_Classes VALUES ('DIA', 'Antidiabetic');
INSERT INTO Ref_Drug_Classes VALUES ('ADP', 'Antidepressant');
INSERT INTO Ref_Drug_Classes VALUES ('AHS', 'Antihistamine');
INSERT INTO Ref_Drug_Classes VALUES ('ACG', 'Anticoagulant');
INSERT INTO Ref_Drug_Classes VALUES ('PPI', 'Proton pump inhibitor');
INSERT INTO Ref_Drug_Classes VALUES ('BRD', 'Bronchodilator');
INSERT INTO Ref_Drug_Classes VALUES ('THY', 'Thyroid hormone');
INSERT INTO Ref_Drug_Classes VALUES ('CST', 'Corticosteroid');
INSERT INTO Ref_Drug_Classes VALUES ('ACV', 'Anticonvulsant');
INSERT INTO Ref_Drug_Classes VALUES ('AVR', 'Antiviral');
INSERT INTO Ref_Drug_Classes VALUES ('AFG', 'Antifungal');
INSERT INTO Ref_Drug_Classes VALUES ('APS', 'Antipsychotic');
INSERT INTO drugs VALUES (1, 'Ibuprofen 200mg', 'ANL', 'Pfizer', 0.15, 'Y');
INSERT INTO drugs VALUES (2, 'Acetaminophen 500mg', 'ANL', 'Teva', 0.12, 'Y');
INSERT INTO drugs VALUES (3, 'Naproxen 250mg', 'ANL', 'Mylan', 0.22, 'Y');
INSERT INTO drugs VALUES (4, 'Tramadol 50mg', 'ANL', 'Sun Pharma', 0.48, 'Y');
INSERT INTO drugs VALUES (5, 'Celecoxib 200mg', 'ANL', 'Pfizer', 3.85, 'N');
INSERT INTO drugs VALUES (6, 'Amoxicillin 500mg', 'ABX', 'Teva', 0.35, 'Y');
INSERT INTO drugs VALUES (7, 'Azithromycin 250mg', 'ABX', 'Pfizer', 2.1, 'N');
INSERT INTO drugs VALUES (8, 'Ciprofloxacin 500mg', 'ABX', 'Sandoz', 0.62, 'Y');
INSERT INTO drugs VALUES (9, 'Doxycycline 100mg', 'ABX', 'Mylan', 0.95, 'Y');
INSERT INTO drugs VALUES (10, 'Cephalexin 500mg', 'ABX', 'Lupin', 0.55, 'Y');
INSERT INTO drugs VALUES (11, 'Lisinopril 10mg', 'AHT', 'Lupin', 0.09, 'Y');
INSERT INTO drugs VALUES (12, 'Amlodipine 5mg', 'AHT', 'Pfizer', 0.11, 'Y');
INSERT INTO drugs VALUES (13, 'Losartan 50mg', 'AHT', 'Merck', 0.27, 'Y');
INSERT INTO drugs VALUES (14, 'Metoprolol 25mg', 'AHT', 'AstraZeneca', 0.18, 'Y');
INSERT INTO drugs VALUES (15, 'Hydrochlorothiazide 25mg', 'AHT', 'Sandoz', 0.08, 'Y');
INSERT INTO drugs VALUES (16, 'Carvedilol 12.5mg', 'AHT', 'GSK', 0.31, 'Y');
INSERT INTO drugs VALUES (17, 'Atorvastatin 20mg', 'LIP', 'Pfizer', 0.42, 'Y');
INSERT INTO drugs VALUES (18, 'Simvastatin 40mg', 'LIP', 'Merck', 0.26, 'Y');
INSERT INTO drugs VALUES (19, 'Rosuvastatin 10mg', 'LIP', 'AstraZeneca', 4.75, 'N');
INSERT INTO drugs VALUES (20, 'Metformin 500mg', 'DIA', 'Teva', 0.07, 'Y');
INSERT INTO drugs VALUES (21, 'Glipizide 5mg', 'DIA', 'Mylan', 0.19, 'Y');
INSERT INTO drugs VALUES (22, 'Sitagliptin 100mg', 'DIA', 'Merck', 17.4, 'N');
INSERT INTO drugs VALUES (23, 'Insulin Glargine 100u/mL', 'DIA', 'Sanofi', 28.9, 'N');
INSERT INTO drugs VALUES (24, 'Sertraline 50mg', 'ADP', 'Pfizer', 0.33, 'Y');
INSERT INTO drugs VALUES (25, 'Fluoxetine 20mg', 'ADP', 'Teva', 0.21, 'Y');
INSERT INTO drugs VALUES (26, 'Escitalopram 10mg', 'ADP', 'Sun Pharma', 0.29, 'Y');
INSERT INTO drugs VALUES (27, 'Bupropion XL 150mg', 'ADP', 'GSK', 1.65, 'N');
INSERT INTO drugs VALUES (28, 'Trazodone 50mg', 'ADP', 'Sandoz', 0.24, 'Y');
INSERT INTO drugs VALUES (29, 'Loratadine 10mg', 'AHS', 'Sandoz', 0.14, 'Y');
INSERT INTO drugs VALUES (30, 'Cetirizine 10mg', 'AHS', 'Sun Pharma', 0.13, 'Y');
INSERT INTO drugs VALUES (31, 'Diphenhydramine 25mg', 'AHS', 'Teva', 0.06, 'Y');
INSERT INTO drugs VALUES (32, 'Warfarin 5mg', 'ACG', 'Teva', 0.38, 'Y');
INSERT INTO drugs VALUES (33, 'Apixaban 5mg', 'ACG', 'Pfizer', 9.2, 'N');
INSERT INTO drugs VALUES (34, 'Omeprazole 20mg', 'PPI', 'AstraZeneca', 0.44, 'Y');
INSERT INTO drugs VALUES (35, 'Pantoprazole 40mg', 'PPI', 'Sun Pharma', 0.36, 'Y');
INSERT INTO drugs VALUES (36, 'Albuterol Inhaler 90mcg', 'BRD', 'GSK', 24.5, 'N');
INSERT INTO drugs VALUES (37, 'Tiotropium 18mcg', 'BRD', 'Boehringer Ingelheim', 14.6, 'N');
INSERT INTO drugs VALUES (38, 'Levothyroxine 50mcg', 'THY', 'Mylan', 0.17, 'Y');
INSERT INTO drugs VALUES (39, 'Prednisone 10mg', 'CST', 'Lupin', 0.1, 'Y');
INSERT INTO drugs VALUES (40, 'Gabapentin 300mg', 'ACV', 'Sun Pharma', 0.23, 'Y');
INSERT INTO Customer VALUES (1, 'Robert', 'Hall', '1975-03-12', 'Boston', '(617) 555-1597', 'Medicare', '2016-01-06');
INSERT INTO Customer VALUES (2, 'Amanda', 'Taylor', '1949-05-13', 'New York', '(212) 555-4174', 'Humana', '2022-05-13');
INSERT INTO Customer VALUES (3, 'Sandra', 'Hernandez', '1944-05-04', 'Chicago', '(312) 555-9798', 'Aetna', '2019-01-12');
INSERT INTO Customer VALUES (4, 'Steven', 'White', '1966-10-20', 'New York', NULL, 'Humana', '2022-06-29');
INSERT INTO Customer VALUES (5, 'Joseph', 'Adams', '1996-01-01', 'Chicago', '(312) 555-9342', 'Cigna', '2023-04-03');
INSERT INTO Customer VALUES (6, 'Frank', 'McCarthy', '1958-05-04', 'New York', '(212) 555-9309', 'Humana', '2016-05-11');
INSERT INTO Customer VALUES (7, 'Ruth', 'Nguyen', '1969-10-05', 'Seattle', '(206) 555-7691', 'Aetna', '2019-02-14');
INSERT INTO Customer VALUES (8, 'Stephanie', 'Young', '1999-01-11', 'Boston', '(617) 555-1613', 'Cigna', '2017-02-19');
INSERT INTO Customer VALUES (9, 'Patricia', 'Roberts', '1954-09-08', 'Boston', '(617) 555-1345', NULL, '2020-09-09');
INSERT INTO Customer VALUES (10, 'Donna', 'O''Brien', '1971-05-17', 'Cambridge', '(617) 555-7884', 'BlueCross', '2016-11-24');
INSERT INTO Customer VALUES (11, 'Laura', 'Green', '1967-01-26', 'Philadelphia', '(215) 555-3008', 'Cigna', '2017-04-22');
INSERT INTO Customer VALUES (12, 'Helen', 'Johnson', '1943-04-21', 'New York', NULL, 'Humana', '2015-06-21');
INSERT INTO Customer VALUES (13, 'Sarah', 'Martin', '1997-05-27', 'Cambridge', NULL, 'UnitedHealth', '2020-12-16');
INSERT INTO Customer VALUES (14, 'Jessica', 'Williams', '2001-05-09', 'Chicago', '(312) 555-9611', 'Aetna', '2022-02-06');
INSERT INTO Customer VALUES (15, 'Melissa', 'Hill', '1968-11-12', 'Seattle', '(206) 555-5665', 'Cigna', '2019-12-16');
INSERT INTO Customer VALUES (16, 'Nancy', 'Thomas', '1980-01-10', 'Chicago', '(312) 555-6309', 'UnitedHealth', '2020-01-15');
INSERT INTO Customer VALUES (17, 'Anthony', 'Davis', '1988-02-05', 'Philadelphia', '(215) 555-1378', 'Cigna', '2018-11-08');
INSERT INTO Customer VALUES (18, 'Linda', 'McDonald', '1951-05-04', 'Boston', '(617) 555-3355', 'UnitedHealth', '2019-08-22');
INSERT INTO Customer VALUES (19, 'Mark', 'Martinez', '1959-12-05', 'New York', '(212) 555-6173', 'Cigna', '2018-09-21');
INSERT INTO Customer VALUES (20, 'Kenneth', 'Clark', '1963-04-13', 'Chicago', '(312) 555-4091', NULL, '2019-06-17');
INSERT INTO Customer VALUES (21, 'William', 'Sanchez', '1950-12-27', 'New York', '(212) 555-9786', NULL, '2020-07-05');
INSERT INTO Customer VALUES (22, 'Deborah', 'Jones', '1950-08-05', 'New York', '(212) 555-3470', 'Cigna', '2016-06-10');
INSERT INTO Customer VALUES (23, 'James', 'Flores', '1985-06-02', 'Seattle', '(206) 555-5813', NULL, '2016-06-23');
INSERT INTO Customer VALUES (24, 'Nathan', 'Garcia', '1954-08-30', 'Cambridge', NULL, 'Medicare', '2020-05-22');
INSERT INTO Customer VALUES (25, 'Eric', 'Allen', '1960-12-03', 'New York', NULL, 'Aetna', '2017-01-31');
INSERT INTO Customer VALUES (26, 'Ryan', 'Lopez', '1961-08-19', 'Chicago', '(312) 555-9568', 'Cigna', '2016-01-09');
INSERT INTO Customer VALUES (27, 'Michael', 'Jackson', '1946-10-13', 'Boston', '(617) 555-2142', NULL, '2020-08-18');
INSERT INTO Customer VALUES (28, 'Karen', 'Miller', '1973-07-21', 'Philadelphia', '(215) 555-8673', 'Humana', '2017-07-30');
INSERT INTO Customer VALUES (29, 'Elizabeth', 'Campbell', '1970-07-16', 'Seattle', '(206) 555-9295', 'Medicare', '2016-07-14');
INSERT INTO Customer VALUES (30, 'Jacob', 'Brown', '1977-12-08', 'Seattle', NULL, 'Cigna', '2017-01-11');
INSERT INTO Customer VALUES (31, 'Barbara', 'Lee', '1953-02-08', 'New York', '(212) 555-9005', NULL, '2023-10-04');
INSERT INTO Customer VALUES (32, 'Joshua', 'Perez', '2000-07-26', 'Philadelphia', '(215) 555-4827', 'Cigna', '2024-01-09');
INSERT INTO Customer VALUES (33, 'Tyler', 'Ramirez', '1990-02-06', 'Chicago', '(312) 555-1926', NULL, '2021-07-16');
INSERT INTO Customer VALUES (34, 'Michelle', 'McKenzie', '1991-06-18', 'New York', NULL, 'Cigna', '2015-01-09');
INSERT INTO Customer VALUES (35, 'Jose', 'Wright', '1969-05-15', 'Boston', '(617) 555-3163', 'Medicare', '2016-09-14');
INSERT INTO Customer VALUES (36, 'George', 'Harris', '1948-01-14', 'Philadelphia', '(215) 555-2763', 'Aetna', '2018-11-15');
INSERT INTO Customer VALUES (37, 'Rebecca', 'Moore', '1991-09-14', 'Boston', NULL, NULL, '2016-02-14');
INSERT INTO Customer VALUES (38, 'Charles', 'Lewis', '1965-06-05', 'Boston', '(617) 555-2800', 'Medicare', '2023-07-30');
INSERT INTO Customer VALUES (39, 'Susan', 'King', '1996-02-01', 'Boston', '(617) 555-7685', 'BlueCross', '2015-01-12');
INSERT INTO Customer VALUES (40, 'Paul', 'Rivera', '1969-10-27', 'New York', '(212) 555-1298', 'BlueCross', '2015-12-19');
INSERT INTO Customer VALUES (41, 'Gary', 'Carter', '1978-07-13', 'Philadelphia', '(215) 555-1322', 'UnitedHealth', '2015-04-15');
INSERT INTO Customer VALUES (42, 'Sharon', 'Gonzalez', '1971-12-05', 'Chicago', '(312) 555-7756', NULL, '2021-06-23');
INSERT INTO Customer VALUES (43, 'Kathleen', 'Anderson', '1969-02-05', 'New York', NULL, 'BlueCross', '2021-07-13');
INSERT INTO Customer VALUES (44, 'Betty', 'Nelson', '2000-09-14', 'Philadelphia', NULL, 'Medicare', '2017-03-20');
INSERT INTO Customer VALUES (45, 'Scott', 'Rodriguez', '2003-12-17', 'Chicago', '(312) 555-5774', 'Aetna', '2018-03-20');
INSERT INTO Customer VALUES (46, 'Lisa', 'Robinson', '1989-08-24', 'Philadelphia', '(215) 555-5889', 'Aetna', '2023-07-26');
INSERT INTO Customer VALUES (47, 'Carol', 'Scott', '1988-09-25', 'Boston', '(617) 555-3585', 'Medicare', '2021-02-13');
INSERT INTO Customer VALUES (48, 'Aaron', 'Baker', '1968-12-30', 'Boston', '(617) 555-4790', 'Humana', '2020-07-12');
INSERT INTO Customer VALUES (49, 'Christopher', 'Thompson', '1995-05-06', 'Boston', '(617) 555-2641', 'Medicare', '2015-09-21');
INSERT INTO Customer VALUES (50, 'Andrew', 'Mitchell', '1985-01-03', 'New York', NULL, 'Cigna', '2017-05-07');
INSERT INTO Doctor VALUES (1, 'Alan Whitaker', 'Cardiology', 'Beacon Heart Center', 22);
INSERT INTO Doctor VALUES (2, 'Sandra Liu', 'Family Medicine', 'Harborside Family Practice', 14);
INSERT INTO Doctor VALUES (3, 'Robert Feldman', 'Internal Medicine', 'Mercy General', 31);
INSERT INTO Doctor VALUES (4, 'Nadia Hassan', 'Pediatrics', 'Little Steps Pediatrics', 9);
INSERT INTO Doctor VALUES (5, 'Gregory Olsen', 'Psychiatry', 'Northshore Behavioral Health', 18);
INSERT INTO Doctor VALUES (6, 'Teresa Campos', 'Endocrinology', 'Lakeview Diabetes Clinic', 12);
INSERT INTO Doctor VALUES (7, 'Michael Brandt', 'Family Medicine', 'Eastside Community Clinic', 6);
INSERT INTO Doctor VALUES (8, 'Yuki Tanaka', 'Dermatology', 'Clearskin Dermatology', 11);
INSERT INTO Doctor VALUES (9, 'Paul Ostrowski', 'Pulmonology', 'Mercy General', 25);
INSERT INTO Doctor VALUES (10, 'Angela Price', 'Internal Medicine', 'Riverside Medical Group', 16);
INSERT INTO Doctor VALUES (11, 'Derek Simmons', 'Cardiology', 'Riverside Medical Group', 20);
INSERT INTO Doctor VALUES (12, 'Fatima Rahman', 'Family Medicine', 'Westgate Health', 4);
INSERT INTO Doctor VALUES (13, 'Howard Klein', 'Psychiatry', 'Mindful Care Associates', 27);
INSERT INTO Doctor VALUES (14, 'Lucia Ferraro', 'Pediatrics', 'Little Steps Pediatrics', 8);
INSERT INTO Doctor VALUES (15, 'Benjamin Ortiz', 'Internal Medicine', 'Eastside Community Clinic', 13);
INSERT INTO Doctor VALUES (16, 'Catherine Doyle', 'Endocrinology', 'Beacon Heart Center', 19);
INSERT INTO Doctor VALUES (17, 'Vikram Mehta', 'Family Medicine', 'Harborside Family Practice', 10);
INSERT INTO Doctor VALUES (18, 'Julia Svensson', 'Dermatology', 'Westgate Health', 7);
INSERT INTO Doctor VALUES (19, 'Oscar Delgado', 'Pulmonology', 'Northshore Lung Institute', 15);
INSERT INTO Doctor VALUES (20, 'Irene Kowalczyk', 'Internal Medicine', 'Mercy General', 29);
INSERT INTO prescriptions VALUES (5001, 1, 3, 5, 15, '2023-10-29', 60, 0, 231.0, 'F');
INSERT INTO prescriptions VALUES (5002, 2, 13, 11, 5, '2024-04-02', 30, 5, 2.7, 'F');
INSERT INTO prescriptions VALUES (5003, 3, 3, 7, 17, '2023-10-26', 30, 2, 63.0, 'F');
INSERT INTO prescriptions VALUES (5004, 4, 10, 9, 22, '2024-05-02', 28, 3, 26.6, 'F');
INSERT INTO prescriptions VALUES (5005, 5, 13, 27, 9, '2024-03-10', 60, 5, 99.0, 'F');
INSERT INTO prescriptions VALUES (5006, 6, 16, 11, NULL, '2023-02-21', 28, 2, 2.52, 'P');
INSERT INTO prescriptions VALUES (5007, 7, 2, 16, 14, '2023-12-11', 14, 0, 4.34, 'F');
INSERT INTO prescriptions VALUES (5008, 8, 3, 13, 25, '2023-11-24', 28, 0, 7.56, 'F');
INSERT INTO prescriptions VALUES (5009, 9, 6, 35, 19, '2024-01-02', 28, 5, 10.08, 'F');
INSERT INTO prescriptions VALUES (5010, 10, 3, 1, 19, '2023-10-20', 14, 3, 2.1, 'F');
INSERT INTO prescriptions VALUES (5011, 11, 13, 17, 1, '2023-08-25', 60, 0, 25.2, 'F');
INSERT INTO prescriptions VALUES (5012, 12, 2, 28, 25, '2023-06-15', 90, 2, 21.6, 'F');
INSERT INTO prescriptions VALUES (5013, 13, 13, 13, 15, '2024-02-27', 90, 5, 24.3, 'F');
INSERT INTO prescriptions VALUES (5014, 14, 7, 22, 30, '2023-06-26', 30, 0, 522.0, 'F');
INSERT INTO prescriptions VALUES (5015, 15, 5, 38, 16, '2023-04-24', 90, 5, 15.3, 'F');
INSERT INTO prescriptions VALUES (5016, 16, 2, 30, NULL, '2023-12-02', 14, 5, 1.82, 'C');
INSERT INTO prescriptions VALUES (5017, 17, 9, 7, 15, '2024-03-05', 30, 1, 63.0, 'F');
INSERT INTO prescriptions VALUES (5018, 18, 2, 3, 9, '2024-03-05', 28, 1, 6.16, 'F');
INSERT INTO prescriptions VALUES (5019, 19, 1, 25, 11, '2024-05-01', 60, 1, 12.6, 'F');
INSERT INTO prescriptions VALUES (5020, 20, 13, 12, 10, '2023-09-16', 14, 3, 1.54, 'F');
INSERT INTO prescriptions VALUES (5021, 21, 5, 3, 12, '2023-07-18', 60, 2, 13.2, 'F');
INSERT INTO prescriptions VALUES (5022, 22, 17, 12, 19, '2024-03-10', 30, 1, 3.3, 'F');
INSERT INTO prescriptions VALUES (5023, 23, 5, 28, NULL, '2023-07-10', 28, 0, 6.72, 'P');
INSERT INTO prescriptions VALUES (5024, 24, 16, 4, 14, '2023-03-31', 30, 5, 14.4, 'F');
INSERT INTO prescriptions VALUES (5025, 25, 6, 5, 15, '2023-04-25', 30, 1, 115.5, 'F');
INSERT INTO prescriptions VALUES (5026, 26, 15, 28, 29, '2023-01-18', 30, 3, 7.2, 'F');
INSERT INTO prescriptions VALUES (5027, 27, 4, 12, 27, '2024-04-25', 30, 5, 3.3, 'F');
INSERT INTO prescriptions VALUES (5028, 28, 11, 38, 27, '2024-02-08', 30, 5, 5.1, 'F');
INSERT INTO prescriptions VALUES (5029, 29, 9, 14, 17, '2023-08-25', 14, 3, 2.52, 'F');
INSERT INTO prescriptions VALUES (5030, 30, 1, 36, 15, '2023-12-13', 1, 1, 24.5, 'F');
INSERT INTO prescriptions VALUES (5031, 31, 20, 19, 12, '2023-12-17', 60, 2, 285.0, 'F');
INSERT INTO prescriptions VALUES (5032, 32, 16, 26, 1, '2023-09-21', 30, 0, 8.7, 'F');
INSERT INTO prescriptions VALUES (5033, 33, 3, 8, 12, '2023-07-06', 14, 2, 8.68, 'F');
INSERT INTO prescriptions VALUES (5034, 34, 4, 17, 7, '2023-09-21', 90, 1, 37.8, 'F');
INSERT INTO prescriptions VALUES (5035, 35, 6, 32, 18, '2024-03-23', 90, 5, 34.2, 'F');
INSERT INTO prescriptions VALUES (5036, 36, 11, 39, 12, '2023-12-26', 28, 0, 2.8, 'F');
INSERT INTO prescriptions VALUES (5037, 37, 20, 26, NULL, '2024-01-31', 90, 0, 26.1, 'P');
INSERT INTO prescriptions VALUES (5038, 38, 16, 34, 28, '2024-05-30', 14, 3, 6.16, 'F');
INSERT INTO prescriptions VALUES (5039, 39, 3, 11, 15, '2023-05-10', 30, 3, 2.7, 'F');
INSERT INTO prescriptions VALUES (5040, 40, 16, 20, 7, '2023-07-26', 30, 0, 2.1, 'F');
INSERT INTO prescriptions VALUES (5041, 39, 1, 28, NULL, '2023-12-27', 30, 3, 7.2, 'C');
INSERT INTO prescriptions VALUES (5042, 3, 10, 40, 14, '2023-05-26', 14, 0, 3.22, 'F');
INSERT INTO prescriptions VALUES (5043, 27, 7, 28, NULL, '2023-09-10', 14, 2, 3.36, 'P');
INSERT INTO prescriptions VALUES (5044, 3, 4, 8, 28, '2023-08-19', 90, 2, 55.8, 'F');
INSERT INTO prescriptions VALUES (5045, 15, 3, 26, 7, '2024-02-13', 90, 0, 26.1, 'F');
INSERT INTO prescriptions VALUES (5046, 24, 19, 19, 19, '2024-05-31', 14, 1, 66.5, 'F');
INSERT INTO prescriptions VALUES (5047, 3, 19, 24, 23, '2023-04-08', 60, 0, 19.8, 'F');
INSERT INTO prescriptions VALUES (5048, 17, 11, 30, 26, '2023-02-23', 90, 0, 11.7, 'F');
INSERT INTO prescriptions VALUES (5049, 14, 17, 15, NULL, '2023-01-05', 90, 0, 7.2, 'P');
INSERT INTO prescriptions VALUES (5050, 2, 3, 15, NULL, '2023-11-21', 60, 1, 4.8, 'C');
INSERT INTO prescriptions VALUES (5051, 14, 20, 26, 19, '2024-04-10', 14, 5, 4.06, 'F');
INSERT INTO prescriptions VALUES (5052, 28, 1, 28, NULL, '2023-07-04', 60, 0, 14.4, 'P');
INSERT INTO prescriptions VALUES (5053, 6, 15, 18, 22, '2023-09-09', 28, 0, 7.28, 'F');
INSERT INTO prescriptions VALUES (5054, 24, 15, 4, 17, '2023-03-22', 28, 1, 13.44, 'F');
INSERT INTO prescriptions VALUES (5055, 31, 16, 23, 22, '2023-11-12', 3, 5, 86.7, 'F');
INSERT INTO prescriptions VALUES (5056, 9, 3, 25, 9, '2023-01-17', 60, 0, 12.6, 'F');
INSERT INTO prescriptions VALUES (5057, 3, 16, 4, 7, '2023-04-13', 60, 0, 28.8, 'F');
INSERT INTO prescriptions VALUES (5058, 4, 3, 33, 11, '2023-03-29', 30, 3, 276.0, 'F');
INSERT INTO prescriptions VALUES (5059, 2, 7, 34, 4, '2023-12-30', 60, 5, 26.4, 'F');
INSERT INTO prescriptions VALUES (5060, 38, 2, 12, NULL, '2024-05-14', 30, 0, 3.3, 'C');
INSERT INTO prescriptions VALUES (5061, 13, 16, 33, 4, '2024-04-23', 60, 5, 552.0, 'F');
INSERT INTO prescriptions VALUES (5062, 18, 17, 3, NULL, '2024-02-23', 28, 5, 6.16, 'P');
INSERT INTO prescriptions VALUES (5063, 18, 16, 21, 21, '2024-02-14', 60, 5, 11.4, 'F');
INSERT INTO prescriptions VALUES (5064, 4, 17, 20, NULL, '2023-12-15', 28, 0, 1.96, 'C');
INSERT INTO prescriptions VALUES (5065, 24, 5, 11, 12, '2024-05-16', 30, 3, 2.7, 'F');
INSERT INTO prescriptions VALUES (5066, 7, 11, 8, 12, '2024-01-04', 30, 0, 18.6, 'F');
INSERT INTO prescriptions VALUES (5067, 23, 19, 27, 27, '2023-11-28', 30, 0, 49.5, 'F');
INSERT INTO prescriptions VALUES (5068, 29, 3, 26, 2, '2023-12-14', 14, 0, 4.06, 'F');
INSERT INTO prescriptions VALUES (5069, 13, 13, 15, 12, '2023-08-20', 60, 1, 4.8, 'F');
INSERT INTO prescriptions VALUES (5070, 16, 17, 13, 12, '2024-02-25', 90, 1, 24.3, 'F');
INSERT INTO prescriptions VALUES (5071, 31, 4, 20, 19, '2024-04-25', 30, 3, 2.1, 'F');
INSERT INTO prescriptions VALUES (5072, 15, 12, 15, 7, '2023-12-23', 90, 2, 7.2, 'F');
INSERT INTO prescriptions VALUES (5073, 20, 11, 7, NULL, '2023-05-11', 90, 3, 189.0, 'P');
INSERT INTO prescriptions VALUES (5074, 21, 2, 4, 14, '2023-07-13', 28, 0, 13.44, 'F');
INSERT INTO prescriptions VALUES (5075, 20, 13, 32, 12, '2024-02-12', 60, 5, 22.8, 'F');
INSERT INTO prescriptions VALUES (5076, 1, 2, 1, 19, '2023-08-10', 30, 5, 4.5, 'F');
INSERT INTO prescriptions VALUES (5077, 4, 12, 39, 1, '2023-05-21', 90, 2, 9.0, 'F');
INSERT INTO prescriptions VALUES (5078, 22, 12, 1, 19, '2023-06-30', 60, 2, 9.0, 'F');
INSERT INTO prescriptions VALUES (5079, 21, 3, 28, NULL, '2023-02-09', 90, 0, 21.6, 'C');
INSERT INTO prescriptions VALUES (5080, 1, 11, 25, 2, '2024-03-13', 30, 2, 6.3, 'F');
INSERT INTO Branch_Drugs VALUES (1, 14, '95', 20, '2024-05-06');
INSERT INTO Branch_Drugs VALUES (1, 19, '118', 50, '2024-03-22');
INSERT INTO Branch_Drugs VALUES (1, 26, '421', 50, '2024-01-23');
INSERT INTO Branch_Drugs VALUES (2, 1, '332', 100, '2024-05-26');
INSERT INTO Branch_Drugs VALUES (2, 2, '355', 100, '2024-03-13');
INSERT INTO Branch_Drugs VALUES (2, 6, '396', 25, '2024-04-25');
INSERT INTO Branch_Drugs VALUES (2, 11, '575', 25, NULL);
INSERT INTO Branch_Drugs VALUES (2, 13, '61', 20, '2024-04-21');
INSERT INTO Branch_Drugs VALUES (2, 27, '427', 20, '2024-04-17');
INSERT INTO Branch_Drugs VALUES (3, 3, '2', 50, '2024-01-12');
INSERT INTO Branch_Drugs VALUES (3, 12, '186', 100, '2024-01-12');
INSERT INTO Branch_Drugs VALUES (3, 13, '595', 50, NULL);
INSERT INTO Branch_Drugs VALUES (3, 26, '563', 20, '2024-04-23');
INSERT INTO Branch_Drugs VALUES (3, 39, '25', 25, '2024-03-05');
INSERT INTO Branch_Drugs VALUES (4, 24, '134', 25, '2024-05-08');
INSERT INTO Branch_Drugs VALUES (4, 25, '428', 50, '2024-02-12');
INSERT INTO Branch_Drugs VALUES (4, 31, '380', 20, '2024-03-10');
INSERT INTO Branch_Drugs VALUES (4, 36, '8', 50, '2024-01-25');
INSERT INTO Branch_Drugs VALUES (5, 3, '549', 20, '2024-06-06');
INSERT INTO Branch_Drugs VALUES (5, 4, '202', 20, NULL);
INSERT INTO Branch_Drugs VALUES (5, 5, '114', 50, '2024-05-08');
INSERT INTO Branch_Drugs VALUES (5, 15, '493', 100, '2024-02-14');
INSERT INTO Branch_Drugs VALUES (5, 16, '539', 100, '2024-02-05');
INSERT INTO Branch_Drugs VALUES (5, 26, '209', 100, '2024-04-21');
INSERT INTO Branch_Drugs VALUES (5, 33, '98', 20, '2024-04-28');
INSERT INTO Branch_Drugs VALUES (6, 5, '140', 25, '2024-01-17');
INSERT INTO Branch_Drugs VALUES (6, 15, '160', 100, '2024-05-02');
INSERT INTO Branch_Drugs VALUES (6, 19, '555', 20, '2024-05-06');
INSERT INTO Branch_Drugs VALUES (6, 20, '290', 20, '2024-04-19');
INSERT INTO Branch_Drugs VALUES (6, 22, '10', 100, '2024-02-29');
INSERT INTO Branch_Drugs VALUES (7, 7, '493', 100, '2024-04-07');
INSERT INTO Branch_Drugs VALUES (7, 14, '537', 20, NULL);
INSERT INTO Branch_Drugs VALUES (7, 25, '156', 100, '2024-02-13');
INSERT INTO Branch_Drugs VALUES (7, 35, '443', 25, '2024-02-21');
INSERT INTO Branch_Drugs VALUES (7, 36, '30', 50, '2024-03-20');
INSERT INTO Branch_Drugs VALUES (8, 6, '115', 100, '2024-04-30');
INSERT INTO Branch_Drugs VALUES (8, 9, '198', 50, '2024-04-04');
INSERT INTO Branch_Drugs VALUES (8, 10, '170', 20, '2024-02-14');
INSERT INTO Branch_Drugs VALUES (8, 25, '127', 20, '2024-01-28');
INSERT INTO Branch_Drugs VALUES (8, 31, '476', 100, '2024-03-13');
INSERT INTO Branch_Drugs VALUES (8, 35, '321', 100, '2024-04-15');
INSERT INTO Branch_Drugs VALUES (8, 36, '29', 25, '2024-01-16');
INSERT INTO Branch_Drugs VALUES (9, 6, '276', 50, '2024-06-14');
INSERT INTO Branch_Drugs VALUES (9, 17, '343', 25, '2024-01-23');
INSERT INTO Branch_Drugs VALUES (9, 19, '528', 50, '2024-03-13');
INSERT INTO Branch_Drugs VALUES (9, 26, '26', 50, '2024-05-29');
INSERT INTO Branch_Drugs VALUES (9, 36, '16', 100, '2024-06-09');
INSERT INTO Branch_Drugs VALUES (9, 40, '448', 25, '2024-05-30');
INSERT INTO Branch_Drugs VALUES (10, 6, '270', 25, '2024-03-10');
INSERT INTO Branch_Drugs VALUES (10, 24, '547', 20, '2024-05-15');
INSERT INTO Branch_Drugs VALUES (10, 31, '8', 100, '2024-06-05');
INSERT INTO Branch_Drugs VALUES (10, 32, '68', 25, '2024-02-04');
INSERT INTO Branch_Drugs VALUES (10, 38, '398', 20, '2024-06-06');
INSERT INTO Branch_Drugs VALUES (11, 6, '291', 20, '2024-03-21');
INSERT INTO Branch_Drugs VALUES (11, 10, '177', 50, '2024-03-31');
INSERT INTO Branch_Drugs VALUES (11, 13, '133', 25, '2024-02-27');
INSERT INTO Branch_Drugs VALUES (11, 15, '208', 50, '2024-01-19');
INSERT INTO Branch_Drugs VALUES (11, 17, '585', 20, '2024-02-13');
INSERT INTO Branch_Drugs VALUES (11, 33, '180', 50, '2024-04-18');
INSERT INTO Branch_Drugs VALUES (12, 1, '232', 100, '2024-06-03');
INSERT INTO Branch_Drugs VALUES (12, 13, '38', 20, '2024-04-24');
INSERT INTO Branch_Drugs VALUES (12, 17, '183', 25, '2024-05-24');
INSERT INTO Branch_Drugs VALUES (12, 31, '237', 100, '2024-02-15');
INSERT INTO Branch_Drugs VALUES (12, 32, '337', 50, '2024-05-12');
INSERT INTO Branch_Drugs VALUES (13, 17, '525', 100, '2024-04-19');
INSERT INTO Branch_Drugs VALUES (13, 33, '406', 50, '2024-02-19');
INSERT INTO Branch_Drugs VALUES (14, 5, '105', 100, '2024-01-08');
INSERT INTO Branch_Drugs VALUES (14, 10, '537', 50, NULL);
INSERT INTO Branch_Drugs VALUES (14, 12, '588', 25, '2024-05-13');
INSERT INTO Branch_Drugs VALUES (14, 30, '277', 50, '2024-01-24');
INSERT INTO Branch_Drugs VALUES (14, 31, '98', 20, '2024-01-16');
INSERT INTO Branch_Drugs VALUES (14, 32, '511', 100, '2024-04-03');
INSERT INTO Branch_Drugs VALUES (14, 33, '49', 25, '2024-02-28');
INSERT INTO Branch_Drugs VALUES (14, 35, '285', 20, '2024-01-31');
INSERT INTO Branch_Drugs VALUES (14, 36, '17', 25, NULL);
INSERT INTO Branch_Drugs VALUES (14, 40, '584', 20, '2024-02-27');
INSERT INTO Branch_Drugs VALUES (15, 3, '516', 50, '2024-04-14');
INSERT INTO Branch_Drugs VALUES (15, 13, '375', 100, '2024-04-28');
INSERT INTO Branch_Drugs VALUES (15, 26, '164', 50, '2024-04-03');
INSERT INTO Branch_Drugs VALUES (15, 30, '245', 20, '2024-02-22');
COMMIT;
