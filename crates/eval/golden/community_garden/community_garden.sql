PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE gardeners (
  gdnr_id INTEGER PRIMARY KEY,
  gdnr_fname TEXT NOT NULL,
  gdnr_lname TEXT NOT NULL,
  sex TEXT,
  dob TEXT,
  ph_no TEXT,
  email TEXT,
  join_dt TEXT
);
CREATE TABLE Garden (
  GardenID INTEGER PRIMARY KEY,
  GardenName TEXT NOT NULL,
  StreetAddress TEXT,
  Neighborhood TEXT,
  OpenedYear INTEGER,
  HasWater TEXT,
  Status TEXT,
  Coordinator INTEGER,
  FOREIGN KEY (Coordinator) REFERENCES gardeners(gdnr_id)
);
CREATE TABLE plots (
  plot_id INTEGER PRIMARY KEY,
  GardenID INTEGER NOT NULL,
  plot_label TEXT,
  size_sqft TEXT,
  raised_bed TEXT,
  annual_fee INTEGER,
  tenant INTEGER,
  FOREIGN KEY (GardenID) REFERENCES Garden(GardenID),
  FOREIGN KEY (tenant) REFERENCES gardeners(gdnr_id)
);
CREATE TABLE Ref_Plant_Families (
  family_code TEXT PRIMARY KEY,
  family_name TEXT NOT NULL,
  family_description TEXT
);
CREATE TABLE Plant (
  plant_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  family_code TEXT,
  plant_type TEXT,
  days_to_maturity INTEGER,
  perennial TEXT,
  FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);
CREATE TABLE plot_plants (
  planting_id INTEGER PRIMARY KEY,
  plot_id INTEGER NOT NULL,
  plant_id INTEGER NOT NULL,
  sown_on TEXT,
  qty INTEGER
);
CREATE TABLE harvests (
  harvest_id INTEGER PRIMARY KEY,
  planting_id INTEGER NOT NULL,
  harvest_date TEXT,
  weight_kg REAL,
  grade TEXT,
  notes TEXT
);
CREATE TABLE tool_loans (
  loan_id INTEGER PRIMARY KEY,
  tool_name TEXT NOT NULL,
  gdnr_id INTEGER NOT NULL,
  GardenID INTEGER,
  loan_dt TEXT,
  due_dt TEXT,
  returned TEXT,
  late_fee_amt REAL
);
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (1, 'Ruth', 'Bauer', 'F', '1948-01-23', '503-399-8611', 'ruth.bauer@riseup.net', '2012-03-20');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (2, 'Chloe', 'Duarte', 'F', '1991-04-20', '503-267-1835', 'chloe.duarte@yahoo.com', '2020-02-27');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (3, 'Hugo', 'Baker', 'M', '1954-12-04', '503-215-3816', 'hugo.baker@outlook.com', '2024-06-17');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (4, 'Rosa', 'Ortiz', 'F', '1994-12-10', '503-897-7967', 'rosa.ortiz@yahoo.com', '2019-12-19');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (5, 'Daniel', 'Lopez', 'M', '1951-03-02', '503-721-0859', 'daniel.lopez@outlook.com', '2014-05-23');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (6, 'Ingrid', 'Bennett', 'F', '1986-10-06', '503-922-7243', 'ingrid.bennett@outlook.com', '2016-04-19');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (7, 'Marcus', 'Hughes', 'M', '1996-09-07', NULL, 'marcus.hughes@yahoo.com', '2012-03-18');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (8, 'Andre', 'Campbell', 'M', '1989-08-12', '503-914-0752', 'andre.campbell@riseup.net', '2022-02-08');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (9, 'Helen', 'Quinn', 'F', '1953-01-03', '503-499-9193', 'helen.quinn@yahoo.com', '2018-06-03');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (10, 'Priya', 'Ferreira', 'F', '1957-08-28', '503-320-9464', NULL, '2021-08-10');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (11, 'Kenji', 'Gupta', 'M', '2002-11-09', '503-303-4266', 'kenji.gupta@yahoo.com', '2019-02-07');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (12, 'Olivia', 'Murphy', 'F', '1963-11-10', '503-279-4038', 'olivia.murphy@riseup.net', '2015-02-23');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (13, 'Beatriz', 'Obi', 'F', '1968-09-22', '503-327-8124', NULL, '2022-01-17');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (14, 'Ivan', 'Johnson', 'M', '1986-10-19', NULL, 'ivan.johnson@outlook.com', '2018-05-10');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (15, 'Laura', 'Torres', 'F', '1988-10-10', '503-927-4346', 'laura.torres@riseup.net', '2020-07-31');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (16, 'Anita', 'Fletcher', 'F', '2002-05-26', '503-314-9205', 'anita.fletcher@outlook.com', '2021-03-21');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (17, 'Victor', 'Morales', 'M', '1969-03-26', NULL, 'victor.morales@riseup.net', '2022-01-09');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (18, 'David', 'Mitchell', 'M', '1975-07-12', '503-942-0531', 'david.mitchell@yahoo.com', '2021-06-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (19, 'Kevin', 'Russo', 'M', '2002-04-28', '503-539-9006', 'kevin.russo@riseup.net', '2023-02-06');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (20, 'Fatima', 'Garcia', 'F', '1992-04-12', '503-708-4517', 'fatima.garcia@yahoo.com', '2017-12-14');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (21, 'Deborah', 'Tanaka', 'F', '1976-07-13', '503-315-3794', 'deborah.tanaka@outlook.com', '2018-07-04');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (22, 'George', 'Dubois', 'M', '2000-08-03', '503-762-9188', 'george.dubois@outlook.com', '2020-12-11');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (23, 'Naomi', 'Sullivan', 'F', '1988-01-30', '503-217-4456', 'naomi.sullivan@yahoo.com', '2021-04-07');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (24, 'Walter', 'Rahman', 'M', '1964-09-15', '503-203-1529', 'walter.rahman@riseup.net', '2019-05-19');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (25, 'Martin', 'Patel', 'M', '1965-08-17', '503-505-1718', 'martin.patel@riseup.net', '2016-03-07');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (26, 'Grace', 'Stewart', 'F', '1978-08-26', '503-414-4545', 'grace.stewart@riseup.net', '2013-02-07');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (27, 'Luis', 'Nguyen', 'M', '1985-04-19', NULL, NULL, '2024-06-04');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (28, 'Robert', 'Kim', 'M', '1948-03-11', '503-241-3796', 'robert.kim@yahoo.com', '2017-04-19');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (29, 'Maria', 'Kowalski', 'F', '1983-04-07', '503-625-7846', 'maria.kowalski@yahoo.com', '2013-08-12');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (30, 'James', 'Chen', 'M', '1948-06-02', '503-400-9566', 'james.chen@outlook.com', '2020-09-30');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (31, 'Felix', 'Ward', 'M', '1994-09-04', '503-420-2333', 'felix.ward@yahoo.com', '2016-12-01');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (32, 'Tom', 'Moreno', 'M', '1971-05-28', '503-347-7292', NULL, '2022-01-25');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (33, 'Keiko', 'Lindqvist', 'F', '1983-05-14', '503-725-9199', 'keiko.lindqvist@yahoo.com', '2020-07-09');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (34, 'Carlos', 'Schmidt', 'M', '1966-03-04', '503-977-9149', 'carlos.schmidt@outlook.com', '2019-09-22');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (35, 'Nadia', 'Adams', 'F', '1989-07-05', '503-779-5869', NULL, '2022-07-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (36, 'Mei', 'Yamamoto', 'F', '1977-01-21', '503-611-6856', 'mei.yamamoto@riseup.net', '2021-05-19');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (37, 'Sofia', 'Fischer', 'F', '1961-06-25', '503-955-8777', 'sofia.fischer@riseup.net', '2018-10-05');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (38, 'Linda', 'Larsen', 'F', '1986-08-21', '503-944-9929', 'linda.larsen@gmail.com', '2024-05-25');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (39, 'Hannah', 'Novak', 'F', '1990-08-21', '503-885-3905', NULL, '2014-12-20');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (40, 'Tyrone', 'Romero', 'M', '1952-03-29', '503-647-5934', 'tyrone.romero@yahoo.com', '2018-07-08');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (41, 'Teresa', 'Foster', 'F', '1989-11-06', '503-847-9909', 'teresa.foster@outlook.com', '2020-09-07');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (42, 'Megan', 'Wood', 'F', '1984-03-29', '503-932-1173', 'megan.wood@yahoo.com', '2018-12-04');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (43, 'Henry', 'Meyer', 'M', '1952-09-17', '503-552-8700', 'henry.meyer@gmail.com', '2023-05-13');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (44, 'Nathan', 'Ibrahim', 'M', '1963-01-11', '503-390-4569', 'nathan.ibrahim@riseup.net', '2023-06-21');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (45, 'Yolanda', 'Hansen', 'F', '1949-06-04', '503-517-2369', 'yolanda.hansen@yahoo.com', '2016-10-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (46, 'Peter', 'Reyes', 'M', '1981-11-04', NULL, 'peter.reyes@gmail.com', '2016-11-10');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (47, 'Raj', 'Moore', 'M', '1958-04-06', '503-394-9051', 'raj.moore@yahoo.com', '2020-03-30');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (48, 'Claire', 'Vargas', 'F', '1971-08-28', '503-540-3241', NULL, '2020-01-22');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (49, 'Omar', 'Walsh', 'M', '1951-02-25', '503-201-1220', 'omar.walsh@gmail.com', '2023-05-08');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (50, 'Steven', 'Martin', 'M', '1955-10-03', '503-744-0842', 'steven.martin@outlook.com', '2023-09-27');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (51, 'Julia', 'Okafor', 'F', '1993-12-12', '503-302-2077', 'julia.okafor@riseup.net', '2023-07-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (52, 'Emily', 'Harris', 'F', '2000-09-25', NULL, 'emily.harris@yahoo.com', '2022-08-17');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (53, 'Sarah', 'Evans', 'F', '1986-06-19', NULL, 'sarah.evans@outlook.com', '2013-11-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (54, 'Carmen', 'Molina', 'F', '1980-07-29', '503-456-7908', 'carmen.molina@gmail.com', '2017-09-02');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (55, 'Aisha', 'Castillo', 'F', '1976-09-26', NULL, 'aisha.castillo@outlook.com', '2020-12-22');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (56, 'Jorge', 'Brooks', 'M', '1980-07-27', '503-918-6328', NULL, '2013-11-30');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (57, 'Brian', 'Alvarez', 'M', '1970-03-03', NULL, 'brian.alvarez@riseup.net', '2024-03-08');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (58, 'Samuel', 'Price', 'M', '1983-08-27', NULL, 'samuel.price@outlook.com', '2012-05-26');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (59, 'Ahmed', 'Mendoza', 'M', '1979-03-16', '503-729-3818', NULL, '2022-01-29');
INSERT INTO gardeners (gdnr_id, gdnr_fname, gdnr_lname, sex, dob, ph_no, email, join_dt) VALUES (60, 'Paul', 'Silva', 'M', '1987-10-31', '503-984-7281', 'paul.silva@outlook.com', '2022-12-20');
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (1, 'Maple Street Community Garden', '412 Maple St', 'Buckman', 1978, 'Y', 'ACT', 44);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (2, 'Riverside Gardens', '88 River Rd', 'Sellwood', 2005, 'Y', 'ACT', 54);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (3, 'Hillcrest Victory Garden', '1500 Hillcrest Ave', 'Mount Tabor', 1994, 'N', 'WLT', 33);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (4, 'Cedar Park Garden', '27 Cedar Park Dr', 'Kenton', 2012, 'Y', 'ACT', 14);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (5, 'Oak Hollow Commons', '903 Oak Hollow Ln', 'Lents', 2016, 'N', 'REN', 8);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (6, 'Sunnyside Plots', '3310 SE Sunnyside Rd', 'Sunnyside', 1989, 'Y', 'WLT', 21);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (7, 'Elm Grove Garden', '640 Elm Grove Ct', 'Irvington', 2008, 'Y', 'ACT', 48);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (8, 'Harbor View Garden', '15 Harbor Way', 'St. Johns', 2019, 'N', 'ACT', 15);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (9, 'Lincoln Square Garden', '210 Lincoln Sq', 'Hosford-Abernethy', 1999, 'Y', 'WLT', 46);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (10, 'Fairmount Growers', '77 Fairmount Blvd', 'Hillsdale', 2003, 'N', 'ACT', 9);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (11, 'Willow Creek Garden', '1220 Willow Creek Rd', 'Cully', 2021, 'N', 'ACT', 36);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (12, 'Southgate Allotments', '5008 Southgate Ave', 'Brentwood-Darlington', 1985, 'Y', 'WLT', 25);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (13, 'Beacon Hill Garden', '19 Beacon Hill Rd', 'Arbor Lodge', 2014, 'Y', 'ACT', 49);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (14, 'Mill Race Garden', '402 Mill Race Way', 'Woodstock', 2010, 'N', 'REN', 57);
INSERT INTO Garden (GardenID, GardenName, StreetAddress, Neighborhood, OpenedYear, HasWater, Status, Coordinator) VALUES (15, 'Orchard Lane Garden', '2875 Orchard Ln', 'Montavilla', 2018, 'Y', 'ACT', 42);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (1, 1, 'A-01', '200', 'Y', 60, 8);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (2, 1, 'A-02', '320', 'N', 60, 11);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (3, 1, 'A-03', '120', 'N', 35, 28);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (4, 1, 'A-04', '100', 'N', 30, 55);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (5, 1, 'A-05', '120', 'N', 35, 15);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (6, 1, 'A-06', '144', 'N', 40, 14);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (7, 2, 'B-01', '400', 'N', 70, 35);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (8, 2, 'B-02', '400', 'N', 70, 38);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (9, 2, 'B-03', '80', 'N', 30, 47);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (10, 2, 'B-04', '150', 'N', 40, 30);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (11, 3, 'C-01', '100', 'Y', 45, 33);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (12, 3, 'C-02', '144', 'Y', 55, 13);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (13, 3, 'C-03', '150', 'N', 40, 40);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (14, 3, 'C-04', '120', 'N', 35, 20);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (15, 3, 'C-05', '300', 'Y', 70, 51);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (16, 4, 'D-01', '64', 'Y', 45, 6);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (17, 4, 'D-02', '144', 'N', 40, 1);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (18, 4, 'D-03', '400', 'N', 70, 9);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (19, 5, 'E-01', '400', 'Y', 85, 59);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (20, 5, 'E-02', '320', 'N', 60, 18);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (21, 5, 'E-03', '320', 'N', 60, 60);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (22, 5, 'E-04', '300', 'N', 55, 46);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (23, 6, 'F-01', '120', 'N', 35, 19);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (24, 6, 'F-02', '144', 'Y', 55, 4);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (25, 6, 'F-03', '64', 'N', 30, 10);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (26, 6, 'F-04', '300', 'Y', 70, 37);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (27, 6, 'F-05', '80', 'N', 30, 49);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (28, 6, 'F-06', '240', 'N', 50, 16);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (29, 6, 'F-07', '200', 'N', 45, 32);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (30, 7, 'G-01', '200', 'N', 45, 44);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (31, 7, 'G-02', '150', 'N', 40, 26);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (32, 7, 'G-03', '100', 'Y', 45, 7);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (33, 8, 'H-01', '320', 'N', 60, 57);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (34, 8, 'H-02', '100', 'Y', 45, 22);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (35, 9, 'J-01', '96', 'Y', 45, 48);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (36, 9, 'J-02', '400', 'N', 70, 42);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (37, 9, 'J-03', '300', 'N', 55, 36);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (38, 9, 'J-04', '120', 'N', 35, 23);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (39, 9, 'J-05', '64', 'N', 30, 54);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (40, 10, 'K-01', '144', 'N', 40, 50);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (41, 10, 'K-02', '96', 'N', 30, 12);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (42, 10, 'K-03', '80', 'Y', 45, 58);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (43, 10, 'K-04', '320', 'N', 60, 40);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (44, 11, 'L-01', '120', 'N', 35, 60);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (45, 11, 'L-02', '120', 'N', 35, 51);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (46, 11, 'L-03', '150', 'Y', 55, 40);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (47, 12, 'M-01', '64', 'N', 30, 55);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (48, 12, 'M-02', '120', 'Y', 50, 13);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (49, 12, 'M-03', '80', 'Y', 45, 51);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (50, 12, 'M-04', '120', 'Y', 50, 15);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (51, 12, 'M-05', '200', 'N', 45, 1);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (52, 13, 'N-01', '320', 'N', 60, 44);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (53, 13, 'N-02', '300', 'Y', 70, 12);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (54, 13, 'N-03', '150', 'Y', 55, 44);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (55, 14, 'O-01', '300', 'Y', 70, 48);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (56, 14, 'O-02', '144', 'N', 40, 10);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (57, 15, 'P-01', '144', 'Y', 55, 49);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (58, 15, 'P-02', '200', 'Y', 60, 55);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (59, 15, 'P-03', '120', 'Y', 50, 13);
INSERT INTO plots (plot_id, GardenID, plot_label, size_sqft, raised_bed, annual_fee, tenant) VALUES (60, 15, 'P-04', '64', 'Y', 45, 33);
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('SOL', 'Solanaceae', 'Nightshade family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('BRA', 'Brassicaceae', 'Mustard and cabbage family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('CUC', 'Cucurbitaceae', 'Gourd family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('FAB', 'Fabaceae', 'Legume family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('API', 'Apiaceae', 'Carrot family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('AMA', 'Amaranthaceae', 'Amaranth and goosefoot family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('LAM', 'Lamiaceae', 'Mint family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('AST', 'Asteraceae', 'Daisy family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ALL', 'Amaryllidaceae', 'Onion family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ROS', 'Rosaceae', 'Rose family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('POA', 'Poaceae', 'Grass family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('POL', 'Polygonaceae', 'Buckwheat family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('MAL', 'Malvaceae', 'Mallow family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('CON', 'Convolvulaceae', 'Morning glory family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('TRO', 'Tropaeolaceae', 'Nasturtium family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('BOR', 'Boraginaceae', 'Borage family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('VAL', 'Caprifoliaceae', 'Honeysuckle and valerian family');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (1, 'Tomato', 'SOL', 'VEG', 80, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (2, 'Cherry Tomato', 'SOL', 'VEG', 65, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (3, 'Bell Pepper', 'SOL', 'VEG', 75, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (4, 'Jalapeno Pepper', 'SOL', 'VEG', 72, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (5, 'Eggplant', 'SOL', 'VEG', 85, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (6, 'Potato', 'SOL', 'VEG', 100, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (7, 'Tomatillo', 'SOL', 'VEG', 78, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (8, 'Kale', 'BRA', 'VEG', 55, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (9, 'Broccoli', 'BRA', 'VEG', 70, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (10, 'Cabbage', 'BRA', 'VEG', 90, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (11, 'Radish', 'BRA', 'VEG', 25, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (12, 'Arugula', 'BRA', 'HRB', 40, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (13, 'Bok Choy', 'BRA', 'VEG', 45, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (14, 'Zucchini', 'CUC', 'VEG', 50, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (15, 'Cucumber', 'CUC', 'VEG', 58, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (16, 'Butternut Squash', 'CUC', 'VEG', 110, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (17, 'Pumpkin', 'CUC', 'VEG', 115, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (18, 'Watermelon', 'CUC', 'FRT', 88, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (19, 'Green Bean', 'FAB', 'VEG', 56, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (20, 'Snap Pea', 'FAB', 'VEG', 62, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (21, 'Fava Bean', 'FAB', 'VEG', 95, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (22, 'Carrot', 'API', 'VEG', 70, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (23, 'Parsley', 'API', 'HRB', 74, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (24, 'Dill', 'API', 'HRB', 44, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (25, 'Cilantro', 'API', 'HRB', 50, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (26, 'Spinach', 'AMA', 'VEG', 42, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (27, 'Swiss Chard', 'AMA', 'VEG', 55, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (28, 'Beet', 'AMA', 'VEG', 58, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (29, 'Basil', 'LAM', 'HRB', 60, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (30, 'Mint', 'LAM', 'HRB', 90, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (31, 'Rosemary', 'LAM', 'HRB', 180, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (32, 'Thyme', 'LAM', 'HRB', 85, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (33, 'Lavender', 'LAM', 'FLW', 200, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (34, 'Lettuce', 'AST', 'VEG', 48, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (35, 'Sunflower', 'AST', 'FLW', 80, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (36, 'Marigold', 'AST', 'FLW', 50, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (37, 'Zinnia', 'AST', 'FLW', 60, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (38, 'Garlic', 'ALL', 'VEG', 240, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (39, 'Onion', 'ALL', 'VEG', 105, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (40, 'Leek', 'ALL', 'VEG', 120, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (41, 'Chives', 'ALL', 'HRB', 75, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (42, 'Strawberry', 'ROS', 'FRT', 120, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (43, 'Raspberry', 'ROS', 'FRT', 300, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (44, 'Sweet Corn', 'POA', 'VEG', 82, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (45, 'Rhubarb', 'POL', 'VEG', 365, 'T');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (46, 'Okra', 'MAL', 'VEG', 60, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (47, 'Sweet Potato', 'CON', 'VEG', 110, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (48, 'Nasturtium', 'TRO', 'FLW', 52, 'F');
INSERT INTO Plant (plant_id, name, family_code, plant_type, days_to_maturity, perennial) VALUES (49, 'Borage', 'BOR', 'HRB', 56, 'F');
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (1, 45, 36, '2022-03-25', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (2, 10, 26, '2024-03-31', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (3, 54, 30, '2022-06-03', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (4, 2, 29, '2024-05-16', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (5, 2, 26, '2023-03-18', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (6, 19, 19, '2022-05-22', 3);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (7, 15, 44, '2023-03-27', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (8, 8, 1, '2024-05-03', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (9, 30, 3, '2022-03-24', 3);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (10, 28, 13, '2024-05-31', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (11, 54, 38, '2021-11-05', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (12, 59, 47, '2024-06-12', 3);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (13, 14, 6, '2022-04-15', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (14, 43, 10, '2024-05-28', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (15, 3, 1, '2023-04-18', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (16, 28, 23, '2024-05-07', 20);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (17, 28, 34, '2022-04-21', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (18, 40, 34, '2022-05-25', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (19, 39, 36, '2023-05-08', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (20, 4, 42, '2023-05-15', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (21, 52, 8, '2024-04-08', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (22, 53, 18, '2023-05-18', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (23, 40, 17, '2022-06-08', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (24, 35, 34, '2023-05-14', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (25, 47, 14, '2023-04-30', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (26, 37, 29, '2022-06-10', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (27, 11, 37, '2024-04-19', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (28, 10, 42, '2022-05-09', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (29, 47, 38, '2022-09-28', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (30, 41, 31, '2024-03-26', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (31, 38, 2, '2024-04-12', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (32, 21, 31, '2023-04-11', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (33, 37, 29, '2022-06-02', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (34, 17, 9, '2022-03-29', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (35, 40, 20, '2024-05-25', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (36, 22, 1, '2024-04-14', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (37, 37, 9, '2024-06-13', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (38, 17, 22, '2022-04-22', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (39, 3, 42, '2023-04-18', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (40, 33, 10, '2024-05-07', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (41, 13, 38, '2023-11-04', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (42, 39, 8, '2024-04-18', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (43, 27, 29, '2022-03-28', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (44, 17, 29, '2023-03-19', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (45, 27, 2, '2023-04-20', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (46, 37, 2, '2022-06-10', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (47, 18, 10, '2022-04-10', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (48, 19, 14, '2024-06-13', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (49, 22, 16, '2022-04-19', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (50, 37, 33, '2021-11-04', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (51, 47, 14, '2023-04-24', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (52, 48, 39, '2024-05-06', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (53, 51, 35, '2024-03-23', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (54, 16, 28, '2022-06-03', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (55, 33, 37, '2024-06-02', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (56, 18, 34, '2024-05-27', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (57, 49, 10, '2024-03-23', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (58, 33, 34, '2022-06-04', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (59, 10, 44, '2022-03-17', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (60, 35, 14, '2023-04-10', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (61, 1, 39, '2024-04-23', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (62, 21, 38, '2021-10-23', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (63, 32, 6, '2022-05-29', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (64, 8, 32, '2023-03-15', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (65, 3, 19, '2023-05-06', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (66, 40, 17, '2023-05-11', 4);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (67, 52, 42, '2024-05-30', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (68, 29, 34, '2022-05-09', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (69, 57, 17, '2022-05-24', 10);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (70, 34, 38, '2023-09-21', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (71, 11, 33, '2022-10-28', 2);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (72, 32, 34, '2023-05-28', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (73, 54, 3, '2023-05-02', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (74, 7, 42, '2023-05-19', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (75, 49, 8, '2024-05-12', 8);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (76, 31, 34, '2024-04-01', 24);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (77, 26, 6, '2024-05-10', 1);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (78, 40, 19, '2023-04-01', 12);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (79, 22, 37, '2024-05-12', 6);
INSERT INTO plot_plants (planting_id, plot_id, plant_id, sown_on, qty) VALUES (80, 56, 6, '2024-03-22', 4);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (1, 1, '2022-05-18', 0.91, 'B', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (2, 50, '2022-06-01', 0.28, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (3, 43, '2022-06-02', 0.58, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (4, 9, '2022-06-16', 5.36, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (5, 34, '2022-06-19', 3.27, 'A', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (6, 59, '2022-06-27', 0.76, 'A', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (7, 59, '2022-07-11', 0.66, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (8, 18, '2022-07-21', 4.67, 'C', 'donated to food bank');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (9, 38, '2022-07-21', 3.31, 'B', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (10, 58, '2022-07-28', 2.84, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (11, 6, '2022-07-30', 2.6, 'A', 'split after rain');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (12, 33, '2022-08-07', 0.28, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (13, 46, '2022-08-28', 3.75, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (14, 46, '2022-09-09', 3.45, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (15, 63, '2022-09-19', 1.05, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (16, 69, '2022-10-01', 5.97, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (17, 23, '2022-10-12', 5.69, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (18, 23, '2022-10-15', 5.87, 'B', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (19, 5, '2023-05-01', 4.3, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (20, 71, '2023-05-19', 0.46, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (21, 71, '2023-06-02', 0.94, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (22, 60, '2023-06-04', 4.73, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (23, 44, '2023-06-06', 0.46, 'A', 'aphids on leaves');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (24, 78, '2023-06-12', 2.97, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (25, 7, '2023-06-19', 4.0, 'C', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (26, 64, '2023-06-23', 0.77, 'B', 'first pick of the season');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (27, 65, '2023-07-02', 1.82, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (28, 25, '2023-07-07', 0.97, 'A', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (29, 45, '2023-07-08', 5.52, 'B', 'split after rain');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (30, 64, '2023-07-10', 0.16, 'B', 'aphids on leaves');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (31, 15, '2023-07-12', 1.18, 'B', 'aphids on leaves');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (32, 19, '2023-07-12', 1.19, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (33, 24, '2023-07-14', 4.17, 'A', 'donated to food bank');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (34, 65, '2023-07-18', 2.41, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (35, 72, '2023-07-22', 5.03, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (36, 15, '2023-08-07', 5.05, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (37, 39, '2023-08-31', 3.82, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (38, 66, '2023-09-14', 2.73, 'A', 'first pick of the season');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (39, 74, '2023-10-01', 3.13, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (40, 74, '2023-10-16', 1.31, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (41, 32, '2023-10-25', 0.31, 'B', 'first pick of the season');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (42, 32, '2023-11-09', 0.19, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (43, 2, '2024-06-01', 1.58, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (44, 76, '2024-06-06', 4.87, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (45, 42, '2024-06-14', 2.3, 'A', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (46, 21, '2024-06-16', 5.04, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (47, 27, '2024-06-21', 0.82, 'B', 'first pick of the season');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (48, 21, '2024-06-22', 5.1, 'B', 'donated to food bank');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (49, 53, '2024-06-23', 0.39, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (50, 57, '2024-06-23', 3.56, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (51, 31, '2024-06-24', 0.6, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (52, 53, '2024-07-03', 0.17, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (53, 27, '2024-07-04', 0.92, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (54, 41, '2024-07-05', 3.8, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (55, 36, '2024-07-12', 2.54, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (56, 56, '2024-07-17', 1.77, 'B', 'split after rain');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (57, 80, '2024-07-20', 5.98, 'A', 'aphids on leaves');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (58, 80, '2024-07-22', 3.29, 'B', 'some pest damage');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (59, 79, '2024-07-24', 0.71, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (60, 8, '2024-07-28', 0.35, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (61, 10, '2024-08-03', 3.68, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (62, 55, '2024-08-04', 0.57, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (63, 16, '2024-08-09', 0.47, 'C', 'first pick of the season');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (64, 40, '2024-08-09', 0.95, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (65, 37, '2024-08-24', 1.04, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (66, 52, '2024-08-26', 0.41, 'A', 'aphids on leaves');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (67, 40, '2024-08-28', 3.38, 'A', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (68, 55, '2024-09-03', 0.63, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (69, 77, '2024-09-05', 1.72, 'B', 'split after rain');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (70, 52, '2024-09-21', 3.16, 'B', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (71, 30, '2024-09-27', 0.8, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (72, 12, '2024-10-04', 4.99, 'C', NULL);
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (73, 67, '2024-10-07', 4.81, 'B', 'split after rain');
INSERT INTO harvests (harvest_id, planting_id, harvest_date, weight_kg, grade, notes) VALUES (74, 30, '2024-10-15', 0.35, 'A', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (1, 'Garden Fork', 13, 3, '2023-03-11', '2023-03-18', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (2, 'Loppers', 29, 9, '2023-03-24', '2023-03-27', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (3, 'Hoe', 17, 15, '2023-04-01', '2023-04-15', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (4, 'Rototiller', 46, 5, '2023-04-14', '2023-04-21', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (5, 'Rototiller', 15, 1, '2023-04-17', '2023-04-24', 'Y', 2.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (6, 'Loppers', 28, 1, '2023-04-18', '2023-05-02', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (7, 'Hoe', 37, 6, '2023-04-20', '2023-05-04', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (8, 'Wheelbarrow', 22, 8, '2023-04-27', '2023-04-30', 'Y', 5.0);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (9, 'Hoe', 46, 5, '2023-05-04', '2023-05-07', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (10, 'Loppers', 29, 3, '2023-05-19', '2023-05-26', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (11, 'Loppers', 31, 8, '2023-06-04', '2023-06-11', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (12, 'Hose', 13, 3, '2023-07-07', '2023-07-14', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (13, 'Garden Fork', 39, 5, '2023-07-09', '2023-07-16', 'Y', 2.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (14, 'Loppers', 13, 3, '2023-07-15', '2023-07-29', 'Y', 7.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (15, 'Pruning Shears', 11, 1, '2023-07-21', '2023-07-28', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (16, 'Loppers', 22, 8, '2023-08-09', '2023-08-23', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (17, 'Hoe', 55, 1, '2023-08-12', '2023-08-19', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (18, 'Pruning Shears', 17, 14, '2023-08-18', '2023-08-21', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (19, 'Rototiller', 39, 9, '2023-08-22', '2023-08-29', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (20, 'Rake', 29, 3, '2023-08-30', '2023-09-02', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (21, 'Hand Trowel', 46, 5, '2023-09-05', '2023-09-08', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (22, 'Hose', 37, 6, '2023-09-05', '2023-09-08', 'Y', 10.0);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (23, 'Hoe', 25, 7, '2023-09-17', '2023-10-01', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (24, 'Rototiller', 37, 6, '2023-09-30', '2023-10-07', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (25, 'Rake', 11, 1, '2023-10-13', '2023-10-20', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (26, 'Spade', 13, 3, '2023-10-24', '2023-10-27', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (27, 'Spade', 17, 3, '2023-10-30', '2023-11-06', 'Y', 2.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (28, 'Spade', 47, 2, '2023-11-04', '2023-11-07', 'Y', 7.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (29, 'Hose', 28, 1, '2023-12-08', '2023-12-15', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (30, 'Rake', 18, 5, '2024-01-26', '2024-02-02', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (31, 'Loppers', 11, 1, '2024-01-31', '2024-02-03', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (32, 'Garden Fork', 37, 6, '2024-02-05', '2024-02-19', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (33, 'Garden Fork', 46, 5, '2024-02-08', '2024-02-15', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (34, 'Garden Fork', 29, 6, '2024-02-18', '2024-02-21', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (35, 'Wheelbarrow', 46, 5, '2024-02-25', '2024-03-03', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (36, 'Garden Fork', 11, 1, '2024-03-30', '2024-04-06', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (37, 'Pruning Shears', 11, 1, '2024-04-02', '2024-04-09', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (38, 'Hand Trowel', 33, 3, '2024-04-04', '2024-04-11', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (39, 'Pruning Shears', 11, 1, '2024-04-06', '2024-04-13', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (40, 'Garden Fork', 51, 3, '2024-05-09', '2024-05-12', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (41, 'Spade', 31, 3, '2024-05-26', '2024-06-09', 'Y', 7.5);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (42, 'Hoe', 25, 6, '2024-05-29', '2024-06-05', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (43, 'Loppers', 18, 5, '2024-05-30', '2024-06-06', 'Y', 5.0);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (44, 'Hose', 37, 6, '2024-06-04', '2024-06-11', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (45, 'Hoe', 17, 9, '2024-06-21', '2024-06-24', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (46, 'Garden Fork', 8, 1, '2024-06-28', '2024-07-05', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (47, 'Garden Fork', 17, 14, '2024-07-08', '2024-07-11', 'N', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (48, 'Hoe', 29, 13, '2024-07-19', '2024-07-26', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (49, 'Pruning Shears', 60, 5, '2024-07-24', '2024-07-31', 'Y', NULL);
INSERT INTO tool_loans (loan_id, tool_name, gdnr_id, GardenID, loan_dt, due_dt, returned, late_fee_amt) VALUES (50, 'Wheelbarrow', 17, 12, '2024-09-23', '2024-09-30', 'Y', NULL);
COMMIT;
