PRAGMA foreign_keys = OFF;

CREATE TABLE Garage (
    GarageID INTEGER PRIMARY KEY,
    GarageName TEXT NOT NULL,
    Street TEXT,
    City TEXT NOT NULL,
    Postcode TEXT,
    OpenedYear INTEGER,
    NumBays INTEGER,
    IsMOTCentre TEXT
);

CREATE TABLE mechanics (
    mech_id INTEGER PRIMARY KEY,
    mech_fname TEXT NOT NULL,
    mech_lname TEXT NOT NULL,
    dob TEXT,
    hire_date TEXT,
    hourly_rate REAL,
    specialty TEXT,
    garage_id INTEGER NOT NULL,
    Supervisor INTEGER,
    FOREIGN KEY (garage_id) REFERENCES Garage(GarageID),
    FOREIGN KEY (Supervisor) REFERENCES mechanics(mech_id)
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    ph_no TEXT,
    email TEXT,
    city TEXT,
    cust_since TEXT
);

CREATE TABLE Vehicle (
    vehicle_id INTEGER PRIMARY KEY,
    reg_plate TEXT NOT NULL,
    make TEXT,
    model TEXT,
    model_yr INTEGER,
    colour TEXT,
    fuel_type TEXT,
    mileage INTEGER,
    owner_id INTEGER NOT NULL,
    FOREIGN KEY (owner_id) REFERENCES customers(customer_id)
);

CREATE TABLE Ref_Parts (
    part_code TEXT PRIMARY KEY,
    part_description TEXT NOT NULL,
    category TEXT,
    unit_price REAL,
    stock_qty TEXT
);

CREATE TABLE repair_jobs (
    job_id INTEGER PRIMARY KEY,
    vehicle_id INTEGER NOT NULL,
    garage_id INTEGER NOT NULL,
    assigned_mech INTEGER,
    job_type TEXT,
    date_in TEXT,
    date_out TEXT,
    status_cd TEXT,
    labour_hrs REAL,
    FOREIGN KEY (vehicle_id) REFERENCES Vehicle(vehicle_id),
    FOREIGN KEY (garage_id) REFERENCES Garage(GarageID),
    FOREIGN KEY (assigned_mech) REFERENCES mechanics(mech_id)
);

CREATE TABLE job_parts (
    job_id INTEGER NOT NULL,
    part_code TEXT NOT NULL,
    qty INTEGER,
    PRIMARY KEY (job_id, part_code)
);

CREATE TABLE invoices (
    inv_no INTEGER PRIMARY KEY,
    job_id INTEGER NOT NULL,
    inv_date TEXT,
    amt REAL,
    paid TEXT,
    pay_method TEXT
);

INSERT INTO Garage VALUES (1, 'Headingley Autocentre', '12 Otley Road', 'Leeds', 'LS6 3AA', 2004, 6, 'T');
INSERT INTO Garage VALUES (2, 'Roundhay Motors', '88 Roundhay Road', 'Leeds', 'LS8 5AJ', 2011, 4, 'F');
INSERT INTO Garage VALUES (3, 'Didsbury Car Care', '301 Wilmslow Road', 'Manchester', 'M20 2BS', 2008, 8, 'T');
INSERT INTO Garage VALUES (4, 'Salford Quays Garage', '5 Trafford Road', 'Manchester', 'M50 3XE', 2016, 10, 'T');
INSERT INTO Garage VALUES (5, 'Bedminster Service Centre', '140 East Street', 'Bristol', 'BS3 4EW', 2009, 5, 'T');
INSERT INTO Garage VALUES (6, 'Clifton Auto Repairs', '22 Whiteladies Road', 'Bristol', 'BS8 2LG', 2019, 3, 'F');
INSERT INTO Garage VALUES (7, 'Edgbaston Motor Works', '410 Hagley Road', 'Birmingham', 'B17 8BL', 2002, 9, 'T');
INSERT INTO Garage VALUES (8, 'Hillsborough Garage', '67 Middlewood Road', 'Sheffield', 'S6 4HA', 2013, 4, 'F');
INSERT INTO Garage VALUES (9, 'Beeston Tyre & Service', '19 High Road', 'Nottingham', 'NG9 2JP', 2015, 7, 'T');
INSERT INTO Garage VALUES (10, 'Wavertree Autos', '233 Picton Road', 'Liverpool', 'L15 4LG', 2010, 5, 'T');
INSERT INTO Garage VALUES (11, 'Oadby Car Clinic', '3 Harborough Road', 'Leicester', 'LE2 4LA', 2018, 4, 'F');
INSERT INTO Garage VALUES (12, 'Acomb Motor Services', '150 Front Street', 'York', 'YO24 3BZ', 2007, 6, 'T');
INSERT INTO Garage VALUES (13, 'Shipley Garage', '41 Bradford Road', 'Bradford', 'BD18 3DT', 2021, 3, 'F');
INSERT INTO Garage VALUES (14, 'Selly Oak Service Centre', '702 Bristol Road', 'Birmingham', 'B29 6NA', 2012, 7, 'T');
INSERT INTO Garage VALUES (15, 'Ecclesall Road Motors', '515 Ecclesall Road', 'Sheffield', 'S11 8PR', 2017, 5, NULL);

INSERT INTO mechanics VALUES (1, 'Kerry', 'Dixon', '1971-06-09', '2022-03-15', 23.50, 'Bodywork', 1, NULL);
INSERT INTO mechanics VALUES (2, 'Ryan', 'Brennan', '1968-01-29', '2012-06-22', 30.00, 'Bodywork', 1, 1);
INSERT INTO mechanics VALUES (3, 'Liam', 'Barker', '1995-01-31', '2018-05-05', 30.50, 'Bodywork', 1, 1);
INSERT INTO mechanics VALUES (4, 'Aisha', 'Fletcher', '1992-11-04', '2022-11-18', 23.00, 'Diagnostics', 2, NULL);
INSERT INTO mechanics VALUES (5, 'Craig', 'Parr', '1994-03-29', '2022-10-16', 32.00, 'Tyres', 2, 4);
INSERT INTO mechanics VALUES (6, 'Scott', 'Coates', '1973-02-13', '2005-10-26', 32.00, 'Diagnostics', 3, NULL);
INSERT INTO mechanics VALUES (7, 'Mark', 'Kaur', '1979-08-31', '2010-08-05', 26.50, 'Diagnostics', 3, 6);
INSERT INTO mechanics VALUES (8, 'Darren', 'Sutcliffe', '1994-08-19', '2015-04-10', 27.50, 'General', 4, NULL);
INSERT INTO mechanics VALUES (9, 'Kieran', 'Walsh', '1990-01-26', '2019-01-08', 23.50, 'Brakes', 4, 8);
INSERT INTO mechanics VALUES (10, 'Jamie', 'Marsh', '1994-02-04', '2021-05-27', 27.50, 'Engine', 4, 8);
INSERT INTO mechanics VALUES (11, 'Gary', 'Doyle', '1967-09-01', '2005-09-26', 22.50, 'Diagnostics', 5, NULL);
INSERT INTO mechanics VALUES (12, 'Marek', 'Bennett', '1990-01-01', '2017-02-09', 19.00, 'Diagnostics', 5, 11);
INSERT INTO mechanics VALUES (13, 'Paul', 'Quinn', '1998-07-10', '2017-01-31', 28.50, NULL, 6, NULL);
INSERT INTO mechanics VALUES (14, 'Tomasz', 'Pearson', '1998-11-29', '2018-02-08', 21.00, 'Electrical', 6, 13);
INSERT INTO mechanics VALUES (15, 'Tom', 'Nowak', '1990-06-24', '2011-01-14', 25.00, 'Engine', 7, NULL);
INSERT INTO mechanics VALUES (16, 'Sean', 'Ahmed', '1982-05-06', '2023-03-20', 18.50, 'Electrical', 7, 15);
INSERT INTO mechanics VALUES (17, 'Owen', 'Lloyd', '1983-05-07', '2017-08-10', 24.50, 'Engine', 8, NULL);
INSERT INTO mechanics VALUES (18, 'Hannah', 'Bradley', '1991-01-15', '2012-11-12', 34.50, NULL, 9, NULL);
INSERT INTO mechanics VALUES (19, 'Adam', 'Shaw', '1977-04-22', '2011-05-02', 27.00, NULL, 9, 18);
INSERT INTO mechanics VALUES (20, 'Nathan', 'Gill', '1990-01-16', '2014-02-12', 26.50, 'Tyres', 10, NULL);
INSERT INTO mechanics VALUES (21, 'Dean', 'Hargreaves', '1995-07-05', '2022-05-06', 34.00, 'Diagnostics', 10, 20);
INSERT INTO mechanics VALUES (22, 'Bilal', 'Riley', '1969-07-30', '2016-01-02', 24.00, 'Tyres', 11, NULL);
INSERT INTO mechanics VALUES (23, 'Connor', 'Ellis', '1969-07-05', '2003-01-02', 26.50, 'Diagnostics', 11, 22);
INSERT INTO mechanics VALUES (24, 'Priya', 'Holt', '1995-06-14', '2020-01-19', 22.00, 'Electrical', 12, NULL);
INSERT INTO mechanics VALUES (25, 'Jason', 'Hussain', '1977-11-01', '2004-08-24', 29.00, 'Bodywork', 12, 24);
INSERT INTO mechanics VALUES (26, 'Ian', 'Webb', '1969-11-06', '2015-06-06', 20.50, 'Electrical', 13, NULL);
INSERT INTO mechanics VALUES (27, 'Karl', 'Butler', '1967-04-14', '2021-12-28', 18.00, 'General', 13, 26);
INSERT INTO mechanics VALUES (28, 'Lee', 'Cartwright', '1967-05-19', '2015-07-19', 21.00, 'Electrical', 14, NULL);
INSERT INTO mechanics VALUES (29, 'Wayne', 'Kowalski', '1973-10-19', '2011-12-27', 20.50, 'Diagnostics', 14, 28);
INSERT INTO mechanics VALUES (30, 'Stuart', 'Booth', '1978-09-13', '2004-12-07', 36.50, 'General', 15, NULL);

INSERT INTO customers VALUES (1, 'Emma', 'Thompson', '07288 101517', 'emma.thompson@gmail.com', 'Liverpool', '2014-02-20');
INSERT INTO customers VALUES (2, 'Oliver', 'Patel', '07838 252922', 'oliverpat73@gmail.com', 'Manchester', '2014-05-01');
INSERT INTO customers VALUES (3, 'Sophie', 'Clarke', '07375 795140', 'sclarke69@icloud.com', 'Leicester', '2018-08-15');
INSERT INTO customers VALUES (4, 'Harry', 'Wright', '07185 770938', 'hwright61@btinternet.com', 'Bristol', '2020-01-13');
INSERT INTO customers VALUES (5, 'Chloe', 'Evans', '07255 110772', 'chloeeva77@yahoo.co.uk', 'Nottingham', '2016-03-31');
INSERT INTO customers VALUES (6, 'Jack', 'McDonald', '07626 994584', 'jackmcd82@btinternet.com', 'Bristol', '2014-02-12');
INSERT INTO customers VALUES (7, 'Amelia', 'Robinson', '07114 696814', 'amelia.robinson@gmail.com', 'York', '2021-03-12');
INSERT INTO customers VALUES (8, 'George', 'Khan', '07578 179498', 'george.khan@gmail.com', 'Nottingham', '2022-08-22');
INSERT INTO customers VALUES (9, 'Isla', 'Hughes', '07903 102182', 'islahug79@yahoo.co.uk', 'Manchester', '2023-12-15');
INSERT INTO customers VALUES (10, 'Noah', 'Walker', '07877 752396', 'nwalker68@gmail.com', 'Sheffield', '2017-12-20');
INSERT INTO customers VALUES (11, 'Grace', 'Green', '07422 256205', 'ggreen62@gmail.com', 'Birmingham', '2013-02-18');
INSERT INTO customers VALUES (12, 'Charlie', 'Hall', '07262 899016', 'charliehal81@outlook.com', 'Birmingham', '2015-11-28');
INSERT INTO customers VALUES (13, 'Mia', 'Wood', '07840 650252', 'mwood51@gmail.com', 'Bradford', '2023-12-03');
INSERT INTO customers VALUES (14, 'Thomas', 'Jackson', '07888 574388', 'thomas.jackson@btinternet.com', 'Bristol', '2013-11-06');
INSERT INTO customers VALUES (15, 'Ruby', 'Turner', '07622 655463', 'ruby.turner@gmail.com', 'Manchester', '2012-11-07');
INSERT INTO customers VALUES (16, 'James', 'McKenzie', '07437 782233', 'james.mckenzie@outlook.com', 'Leicester', '2018-11-27');
INSERT INTO customers VALUES (17, 'Lily', 'Harris', '07887 224858', 'lharris33@gmail.com', 'Leicester', '2012-03-09');
INSERT INTO customers VALUES (18, 'William', 'Ali', '07879 954299', 'wali47@hotmail.co.uk', 'Liverpool', '2015-06-05');
INSERT INTO customers VALUES (19, 'Freya', 'Cooper', '07834 683361', 'freyacoo73@yahoo.co.uk', 'Leeds', '2018-05-16');
INSERT INTO customers VALUES (20, 'Joshua', 'Ward', '07716 140932', 'jward55@gmail.com', 'Bradford', '2021-02-11');
INSERT INTO customers VALUES (21, 'Ella', 'Morris', '07706 311898', 'emorris68@hotmail.co.uk', 'Manchester', '2013-04-22');
INSERT INTO customers VALUES (22, 'Daniel', 'Begum', '07923 415148', 'dbegum8@gmail.com', 'Manchester', '2017-12-20');
INSERT INTO customers VALUES (23, 'Olivia', 'King', '07794 549068', NULL, 'Nottingham', '2017-04-21');
INSERT INTO customers VALUES (24, 'Samuel', 'Baker', '07492 960300', 'sbaker55@icloud.com', 'Leicester', '2016-09-29');
INSERT INTO customers VALUES (25, 'Evie', 'Moore', '07601 079104', 'eviemoo88@gmail.com', 'Liverpool', '2016-03-21');
INSERT INTO customers VALUES (26, 'Alfie', 'Murphy', '07657 761166', 'amurphy66@gmail.com', 'York', '2016-11-11');
INSERT INTO customers VALUES (27, 'Poppy', 'Mitchell', '07582 003041', 'poppymit91@icloud.com', 'Sheffield', '2013-02-01');
INSERT INTO customers VALUES (28, 'Ethan', 'Carter', '07659 619013', 'ethancar92@icloud.com', 'Leeds', '2019-08-23');
INSERT INTO customers VALUES (29, 'Megan', 'Price', '07663 073076', 'megan.price@btinternet.com', 'Leeds', '2018-04-05');
INSERT INTO customers VALUES (30, 'Luke', 'Bailey', '07965 707316', 'lukebai84@btinternet.com', 'Nottingham', '2022-03-27');
INSERT INTO customers VALUES (31, 'Holly', 'Chapman', '07180 198016', 'hchapman8@icloud.com', 'Sheffield', '2012-09-03');
INSERT INTO customers VALUES (32, 'Ben', 'Simpson', '07148 979480', NULL, 'Manchester', '2023-06-03');
INSERT INTO customers VALUES (33, 'Zara', 'Ahmed', '07618 572949', 'zaraahm99@hotmail.co.uk', 'Liverpool', '2013-05-18');
INSERT INTO customers VALUES (34, 'Callum', 'McLean', '07553 215801', 'cmclean52@gmail.com', 'Sheffield', '2020-10-07');
INSERT INTO customers VALUES (35, 'Jessica', 'Fox', '07448 319904', NULL, 'York', '2014-07-23');
INSERT INTO customers VALUES (36, 'Matthew', 'Lawson', '07559 846533', 'matthew.lawson@icloud.com', 'York', '2015-04-09');
INSERT INTO customers VALUES (37, 'Rachel', 'Gordon', '07956 386232', 'rachel.gordon@yahoo.co.uk', 'Birmingham', '2015-03-09');
INSERT INTO customers VALUES (38, 'Adam', 'Shah', '07437 646900', 'ashah69@icloud.com', 'Manchester', '2023-10-13');
INSERT INTO customers VALUES (39, 'Katie', 'Palmer', '07978 586969', 'katiepal72@gmail.com', 'Sheffield', '2014-04-13');
INSERT INTO customers VALUES (40, 'Michael', 'Reid', '07476 296335', 'michael.reid@outlook.com', 'York', '2023-11-20');

INSERT INTO Vehicle VALUES (1, 'YM22 ULO', 'Renault', 'Clio', 2022, 'White', 'P', 20860, 35);
INSERT INTO Vehicle VALUES (2, 'CD70 VLF', 'Volkswagen', 'Polo', 2020, 'Black', 'P', 29828, 25);
INSERT INTO Vehicle VALUES (3, 'YT65 KCR', 'Renault', 'Zoe', 2015, 'Green', 'E', 96954, 19);
INSERT INTO Vehicle VALUES (4, 'YY70 VJC', 'Mercedes-Benz', 'A-Class', 2020, 'White', 'P', 42238, 35);
INSERT INTO Vehicle VALUES (5, 'FO22 YLK', 'Renault', 'Clio', 2022, 'Silver', 'P', 15039, 30);
INSERT INTO Vehicle VALUES (6, 'MB15 LTK', 'Toyota', 'Prius', 2015, 'Red', 'H', 99503, 2);
INSERT INTO Vehicle VALUES (7, 'BV58 JXD', 'Audi', 'A3', 2008, 'Red', 'P', 152398, 37);
INSERT INTO Vehicle VALUES (8, 'YS15 USJ', 'Volkswagen', 'Golf', 2015, 'Black', 'D', 87777, 13);
INSERT INTO Vehicle VALUES (9, 'FL69 JVL', 'Audi', 'A3', 2019, 'Black', 'D', 47210, 16);
INSERT INTO Vehicle VALUES (10, 'MV65 EAT', 'BMW', 'i3', 2015, 'Silver', 'E', 79366, 9);
INSERT INTO Vehicle VALUES (11, 'YE18 WES', 'Hyundai', 'Kona', 2018, 'Blue', 'E', 44315, 29);
INSERT INTO Vehicle VALUES (12, 'FK64 VVC', 'Hyundai', 'i30', 2014, 'Grey', 'P', 64980, 17);
INSERT INTO Vehicle VALUES (13, 'CG12 YTP', 'Audi', 'A3', 2012, 'White', 'D', 115635, 1);
INSERT INTO Vehicle VALUES (14, 'YC23 JEH', 'BMW', '3 Series', 2023, 'Grey', 'P', 9696, 40);
INSERT INTO Vehicle VALUES (15, 'FL71 VCH', 'Hyundai', 'i30', 2021, 'White', 'P', 26068, 5);
INSERT INTO Vehicle VALUES (16, 'YM19 KCV', 'Tesla', 'Model 3', 2019, 'Red', 'E', 46826, 29);
INSERT INTO Vehicle VALUES (17, 'BU14 AXB', 'BMW', '3 Series', 2014, 'Red', 'P', 106683, 12);
INSERT INTO Vehicle VALUES (18, 'CL72 KSA', 'Toyota', 'Corolla', 2022, 'Black', 'H', 19748, 18);
INSERT INTO Vehicle VALUES (19, 'MF71 CDY', 'Kia', 'Sportage', 2021, 'Grey', 'H', 26263, 22);
INSERT INTO Vehicle VALUES (20, 'FN19 MAW', 'Ford', 'Focus', 2019, 'Grey', 'D', 49762, 8);
INSERT INTO Vehicle VALUES (21, 'YJ15 RXA', 'Hyundai', 'Kona', 2015, 'White', 'P', 82152, 36);
INSERT INTO Vehicle VALUES (22, 'WS10 VAT', 'Toyota', 'Corolla', 2010, 'Silver', 'H', 120646, 4);
INSERT INTO Vehicle VALUES (23, 'CU67 XLC', 'Renault', 'Clio', 2017, 'Green', 'P', 57121, 33);
INSERT INTO Vehicle VALUES (24, 'YN08 DPK', 'Toyota', 'Corolla', 2008, 'Grey', 'H', 169356, 20);
INSERT INTO Vehicle VALUES (25, 'MA63 ASA', 'Toyota', 'Yaris', 2013, 'Silver', 'H', 65168, 2);
INSERT INTO Vehicle VALUES (26, 'FS19 TCT', 'Tesla', 'Model 3', 2019, 'Silver', 'E', 53784, 16);
INSERT INTO Vehicle VALUES (27, 'BF61 YOL', 'Ford', 'Fiesta', 2011, 'Silver', 'P', 79154, 12);
INSERT INTO Vehicle VALUES (28, 'MO18 SNW', 'Hyundai', 'Kona', 2018, 'Blue', 'P', 59636, 32);
INSERT INTO Vehicle VALUES (29, 'WP68 AHV', 'Renault', 'Clio', 2018, 'Blue', 'P', 58993, 6);
INSERT INTO Vehicle VALUES (30, 'MY63 TNR', 'Mercedes-Benz', 'A-Class', 2013, 'Red', 'D', 73432, 15);
INSERT INTO Vehicle VALUES (31, 'FF61 LJX', 'Honda', 'Jazz', 2011, 'Green', 'P', 78754, 5);
INSERT INTO Vehicle VALUES (32, 'FR65 YRC', 'Kia', 'Niro', 2015, 'White', 'E', 70544, 16);
INSERT INTO Vehicle VALUES (33, 'MO58 DTB', 'Vauxhall', 'Astra', 2008, 'White', 'P', 179741, 2);
INSERT INTO Vehicle VALUES (34, 'YX14 TVJ', 'Kia', 'Sportage', 2014, 'Silver', 'H', 60097, 34);
INSERT INTO Vehicle VALUES (35, 'YF23 UGB', 'Ford', 'Focus', 2023, 'Grey', 'P', 11376, 40);
INSERT INTO Vehicle VALUES (36, 'YH71 ORA', 'Vauxhall', 'Corsa', 2021, 'Black', 'E', 29534, 39);
INSERT INTO Vehicle VALUES (37, 'YS67 RAH', 'Vauxhall', 'Astra', 2017, 'White', 'D', 39480, 26);
INSERT INTO Vehicle VALUES (38, 'YN68 TPM', 'Vauxhall', 'Corsa', 2018, 'Black', 'P', 40756, 27);
INSERT INTO Vehicle VALUES (39, 'BV65 JAD', 'Nissan', 'Leaf', 2015, 'Red', 'E', 100095, 11);
INSERT INTO Vehicle VALUES (40, 'MR64 KTS', 'Ford', 'Kuga', 2014, 'Grey', 'H', 73847, 9);
INSERT INTO Vehicle VALUES (41, 'MO15 WNW', 'Nissan', 'Leaf', 2015, 'Silver', 'E', 88929, 21);
INSERT INTO Vehicle VALUES (42, 'YE69 SLN', 'Peugeot', '208', 2019, 'Black', 'P', 43730, 26);
INSERT INTO Vehicle VALUES (43, 'YL71 LLA', 'Toyota', 'Corolla', 2021, 'Green', 'H', 23007, 40);
INSERT INTO Vehicle VALUES (44, 'YT69 NGD', 'Tesla', 'Model 3', 2019, 'Blue', 'E', 36449, 20);
INSERT INTO Vehicle VALUES (45, 'YA65 YFY', 'Ford', 'Focus', 2015, 'White', 'D', 88134, 29);
INSERT INTO Vehicle VALUES (46, 'YR11 CCH', 'Volkswagen', 'Golf', 2011, 'Green', 'P', 111732, 10);
INSERT INTO Vehicle VALUES (47, 'YR14 GSP', 'Toyota', 'Prius', 2014, 'Red', 'H', 103090, 28);
INSERT INTO Vehicle VALUES (48, 'FT63 BJS', 'Toyota', 'Corolla', 2013, 'Silver', 'H', 74590, 3);
INSERT INTO Vehicle VALUES (49, 'FS67 HCC', 'Ford', 'Kuga', 2017, 'Blue', 'H', 38772, 24);
INSERT INTO Vehicle VALUES (50, 'CS18 KKW', 'Audi', 'A3', 2018, 'Blue', 'P', 66539, 33);

INSERT INTO Ref_Parts VALUES ('BRK-PAD-F', 'Front brake pads (set)', 'Brakes', 38.50, '14');
INSERT INTO Ref_Parts VALUES ('BRK-PAD-R', 'Rear brake pads (set)', 'Brakes', 32.00, '11');
INSERT INTO Ref_Parts VALUES ('BRK-DSC-F', 'Front brake discs (pair)', 'Brakes', 84.99, '6');
INSERT INTO Ref_Parts VALUES ('BRK-FLD-1', 'Brake fluid DOT4 1L', 'Brakes', 9.75, '23');
INSERT INTO Ref_Parts VALUES ('FLT-OIL-01', 'Oil filter', 'Filters', 7.20, '40');
INSERT INTO Ref_Parts VALUES ('FLT-AIR-01', 'Air filter', 'Filters', 12.40, '18');
INSERT INTO Ref_Parts VALUES ('FLT-CAB-01', 'Cabin pollen filter', 'Filters', 14.95, '9');
INSERT INTO Ref_Parts VALUES ('FLT-FUE-01', 'Diesel fuel filter', 'Filters', 21.30, '4');
INSERT INTO Ref_Parts VALUES ('OIL-5W30-5', 'Engine oil 5W-30 5L', 'Engine', 34.00, '27');
INSERT INTO Ref_Parts VALUES ('ENG-BLT-TM', 'Timing belt kit', 'Engine', 149.00, '3');
INSERT INTO Ref_Parts VALUES ('ENG-PLG-04', 'Spark plugs (set of 4)', 'Engine', 28.60, '12');
INSERT INTO Ref_Parts VALUES ('ENG-WPM-01', 'Water pump', 'Engine', 96.40, '2');
INSERT INTO Ref_Parts VALUES ('CLT-KIT-01', 'Clutch kit', 'Transmission', 189.99, '2');
INSERT INTO Ref_Parts VALUES ('ELC-BAT-12', '12V battery 70Ah', 'Electrical', 112.50, '7');
INSERT INTO Ref_Parts VALUES ('ELC-ALT-01', 'Alternator (reconditioned)', 'Electrical', 164.00, '1');
INSERT INTO Ref_Parts VALUES ('ELC-BLB-H7', 'H7 headlight bulb', 'Electrical', 6.80, '35');
INSERT INTO Ref_Parts VALUES ('TYR-205-55', 'Tyre 205/55 R16', 'Tyres', 79.00, '16');
INSERT INTO Ref_Parts VALUES ('TYR-195-65', 'Tyre 195/65 R15', 'Tyres', 64.50, '8');
INSERT INTO Ref_Parts VALUES ('TYR-VLV-01', 'Tyre valve', 'Tyres', 2.10, '60');
INSERT INTO Ref_Parts VALUES ('SUS-SHK-F', 'Front shock absorber', 'Suspension', 71.25, '5');
INSERT INTO Ref_Parts VALUES ('SUS-ARB-01', 'Anti-roll bar drop link', 'Suspension', 18.90, '10');
INSERT INTO Ref_Parts VALUES ('EXH-BOX-R', 'Rear exhaust silencer', 'Exhaust', 88.00, '3');
INSERT INTO Ref_Parts VALUES ('EXH-CAT-01', 'Catalytic converter', 'Exhaust', 342.00, '1');
INSERT INTO Ref_Parts VALUES ('WIP-BLD-24', 'Wiper blade 24 inch', 'Bodywork', 11.50, '22');
INSERT INTO Ref_Parts VALUES ('AC-GAS-R1', 'Air-con regas R1234yf', 'Engine', 55.00, '0');

INSERT INTO repair_jobs VALUES (1, 30, 11, 22, 'Interim service', '2024-03-18', '2024-03-19', 'C', 1.00);
INSERT INTO repair_jobs VALUES (2, 26, 5, 11, 'Exhaust', '2024-03-10', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (3, 26, 14, 28, 'Brakes', '2024-06-21', NULL, 'W', 3.00);
INSERT INTO repair_jobs VALUES (4, 22, 8, 17, 'Full service', '2024-06-10', NULL, 'W', 3.00);
INSERT INTO repair_jobs VALUES (5, 28, 4, 10, 'Full service', '2023-03-10', '2023-03-10', 'C', 2.50);
INSERT INTO repair_jobs VALUES (6, 22, 1, 2, 'Brakes', '2024-04-09', '2024-04-14', 'C', 2.50);
INSERT INTO repair_jobs VALUES (7, 12, 14, 28, 'Full service', '2023-06-10', '2023-06-15', 'C', 2.50);
INSERT INTO repair_jobs VALUES (8, 30, 6, 13, 'Diagnostics', '2024-06-04', NULL, 'O', 0.50);
INSERT INTO repair_jobs VALUES (9, 2, 3, 6, 'Diagnostics', '2023-07-10', '2023-07-10', 'C', 2.00);
INSERT INTO repair_jobs VALUES (10, 22, 4, 10, 'Full service', '2024-02-29', '2024-02-29', 'C', 2.50);
INSERT INTO repair_jobs VALUES (11, 42, 5, 12, 'Tyres', '2024-01-01', '2024-01-01', 'C', 0.50);
INSERT INTO repair_jobs VALUES (12, 22, 7, 16, 'Tyres', '2023-02-18', '2023-02-18', 'C', 1.50);
INSERT INTO repair_jobs VALUES (13, 22, 7, 15, 'MOT', '2024-01-06', '2024-01-06', 'C', 1.00);
INSERT INTO repair_jobs VALUES (14, 3, 1, 3, 'MOT', '2024-05-15', '2024-05-15', 'C', 1.00);
INSERT INTO repair_jobs VALUES (15, 48, 4, 10, 'Brakes', '2023-04-10', '2023-04-10', 'C', 2.00);
INSERT INTO repair_jobs VALUES (16, 48, 10, 21, 'Clutch', '2023-04-26', '2023-04-27', 'C', 6.00);
INSERT INTO repair_jobs VALUES (17, 38, 7, 16, 'MOT', '2023-12-19', '2023-12-19', 'C', 1.00);
INSERT INTO repair_jobs VALUES (18, 41, 12, 25, 'Suspension', '2023-04-20', '2023-04-22', 'C', 2.00);
INSERT INTO repair_jobs VALUES (19, 26, 7, 15, 'Suspension', '2024-06-09', NULL, 'W', 2.00);
INSERT INTO repair_jobs VALUES (20, 29, 3, 6, 'Brakes', '2024-01-27', '2024-01-29', 'C', 1.00);
INSERT INTO repair_jobs VALUES (21, 20, 12, 24, 'Brakes', '2023-12-24', '2023-12-24', 'C', 2.50);
INSERT INTO repair_jobs VALUES (22, 28, 3, 7, 'Clutch', '2024-05-21', '2024-05-21', 'C', 4.00);
INSERT INTO repair_jobs VALUES (23, 7, 3, 6, 'MOT', '2024-05-17', '2024-05-22', 'C', 1.00);
INSERT INTO repair_jobs VALUES (24, 41, 4, 10, 'Clutch', '2024-06-14', NULL, 'O', 6.50);
INSERT INTO repair_jobs VALUES (25, 21, 2, 5, 'Tyres', '2024-01-21', '2024-01-22', 'C', 0.50);
INSERT INTO repair_jobs VALUES (26, 40, 9, 18, 'Tyres', '2023-12-21', '2023-12-21', 'C', 1.50);
INSERT INTO repair_jobs VALUES (27, 38, 5, 11, 'Interim service', '2024-06-20', NULL, 'W', 1.00);
INSERT INTO repair_jobs VALUES (28, 30, 7, 15, 'MOT', '2023-06-18', '2023-06-18', 'C', 1.00);
INSERT INTO repair_jobs VALUES (29, 28, 1, 3, 'Interim service', '2024-02-29', '2024-03-02', 'C', 2.00);
INSERT INTO repair_jobs VALUES (30, 41, 15, 30, 'Brakes', '2023-06-02', '2023-06-03', 'C', 2.00);
INSERT INTO repair_jobs VALUES (31, 26, 6, 13, 'Exhaust', '2023-03-06', '2023-03-07', 'C', 1.50);
INSERT INTO repair_jobs VALUES (32, 23, 7, 15, 'Brakes', '2024-02-04', '2024-02-04', 'C', 1.50);
INSERT INTO repair_jobs VALUES (33, 24, 10, 20, 'Full service', '2023-07-24', '2023-07-24', 'C', 2.00);
INSERT INTO repair_jobs VALUES (34, 38, 1, 1, 'Interim service', '2023-07-21', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (35, 45, 14, 29, 'Full service', '2024-04-26', '2024-04-28', 'C', 2.50);
INSERT INTO repair_jobs VALUES (36, 29, 10, 21, 'Brakes', '2023-05-13', '2023-05-13', 'C', 2.00);
INSERT INTO repair_jobs VALUES (37, 26, 9, 18, 'Interim service', '2023-08-30', '2023-08-30', 'C', 2.00);
INSERT INTO repair_jobs VALUES (38, 8, 8, 17, 'Full service', '2023-09-27', '2023-09-27', 'C', 3.00);
INSERT INTO repair_jobs VALUES (39, 1, 5, 12, 'Interim service', '2024-03-05', '2024-03-06', 'C', 1.00);
INSERT INTO repair_jobs VALUES (40, 45, 4, 8, 'Suspension', '2023-08-30', '2023-09-01', 'C', 2.50);
INSERT INTO repair_jobs VALUES (41, 7, 14, 28, 'Full service', '2023-11-03', '2023-11-05', 'C', 3.00);
INSERT INTO repair_jobs VALUES (42, 41, 10, NULL, 'MOT', '2024-06-11', NULL, 'O', 1.00);
INSERT INTO repair_jobs VALUES (43, 48, 4, 9, 'Exhaust', '2024-06-06', NULL, 'O', 2.00);
INSERT INTO repair_jobs VALUES (44, 16, 5, 12, 'Diagnostics', '2023-09-24', '2023-09-25', 'C', 1.50);
INSERT INTO repair_jobs VALUES (45, 22, 15, 30, 'Full service', '2023-08-24', '2023-08-24', 'C', 3.00);
INSERT INTO repair_jobs VALUES (46, 29, 9, 18, 'Full service', '2023-08-14', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (47, 9, 14, 29, 'Full service', '2023-12-10', '2023-12-10', 'C', 2.50);
INSERT INTO repair_jobs VALUES (48, 10, 11, 23, 'Diagnostics', '2024-06-11', NULL, 'O', 1.00);
INSERT INTO repair_jobs VALUES (49, 28, 7, 15, 'Full service', '2023-11-12', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (50, 35, 1, 1, 'Suspension', '2024-04-07', '2024-04-07', 'C', 3.00);
INSERT INTO repair_jobs VALUES (51, 15, 12, 24, 'Tyres', '2023-09-11', '2023-09-13', 'C', 1.00);
INSERT INTO repair_jobs VALUES (52, 43, 11, 22, 'Exhaust', '2023-03-20', '2023-03-20', 'C', 2.00);
INSERT INTO repair_jobs VALUES (53, 16, 1, 3, 'MOT', '2023-05-06', '2023-05-09', 'C', 1.00);
INSERT INTO repair_jobs VALUES (54, 21, 5, 12, 'Full service', '2024-05-30', NULL, 'O', 2.50);
INSERT INTO repair_jobs VALUES (55, 6, 11, 22, 'Interim service', '2023-10-03', '2023-10-05', 'C', 1.50);
INSERT INTO repair_jobs VALUES (56, 24, 11, 23, 'Tyres', '2023-08-16', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (57, 47, 9, 19, 'Battery', '2023-11-09', '2023-11-10', 'C', 0.50);
INSERT INTO repair_jobs VALUES (58, 46, 13, 26, 'Tyres', '2023-02-18', NULL, 'X', NULL);
INSERT INTO repair_jobs VALUES (59, 17, 3, 6, 'MOT', '2024-03-29', '2024-03-30', 'C', 1.00);
INSERT INTO repair_jobs VALUES (60, 26, 8, 17, 'Suspension', '2024-03-27', '2024-03-30', 'C', 2.00);
INSERT INTO repair_jobs VALUES (61, 23, 7, 16, 'Battery', '2024-05-09', '2024-05-10', 'C', 0.50);
INSERT INTO repair_jobs VALUES (62, 42, 8, 17, 'Battery', '2023-03-01', '2023-03-04', 'C', 0.50);
INSERT INTO repair_jobs VALUES (63, 33, 7, 16, 'Tyres', '2023-10-09', '2023-10-11', 'C', 1.50);
INSERT INTO repair_jobs VALUES (64, 34, 8, 17, 'Full service', '2024-06-16', NULL, 'W', 2.00);
INSERT INTO repair_jobs VALUES (65, 41, 15, 30, 'Diagnostics', '2024-05-10', '2024-05-11', 'C', 0.50);
INSERT INTO repair_jobs VALUES (66, 7, 9, 19, 'Interim service', '2023-08-03', '2023-08-04', 'C', 1.50);
INSERT INTO repair_jobs VALUES (67, 49, 5, 11, 'Full service', '2023-03-10', '2023-03-10', 'C', 2.00);
INSERT INTO repair_jobs VALUES (68, 30, 9, 18, 'Tyres', '2023-06-21', '2023-06-22', 'C', 1.00);
INSERT INTO repair_jobs VALUES (69, 45, 8, 17, 'Brakes', '2024-06-09', NULL, 'W', 2.50);
INSERT INTO repair_jobs VALUES (70, 32, 14, 28, 'Diagnostics', '2023-02-11', '2023-02-13', 'C', 2.00);

INSERT INTO job_parts VALUES (1, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (1, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (3, 'BRK-FLD-1', 1);
INSERT INTO job_parts VALUES (3, 'BRK-PAD-F', 1);
INSERT INTO job_parts VALUES (4, 'FLT-AIR-01', 1);
INSERT INTO job_parts VALUES (5, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (5, 'FLT-AIR-01', 1);
INSERT INTO job_parts VALUES (6, 'BRK-PAD-F', 1);
INSERT INTO job_parts VALUES (7, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (7, 'ENG-PLG-04', 1);
INSERT INTO job_parts VALUES (10, 'FLT-CAB-01', 1);
INSERT INTO job_parts VALUES (10, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (11, 'TYR-205-55', 4);
INSERT INTO job_parts VALUES (12, 'TYR-VLV-01', 2);
INSERT INTO job_parts VALUES (15, 'BRK-PAD-R', 1);
INSERT INTO job_parts VALUES (16, 'CLT-KIT-01', 1);
INSERT INTO job_parts VALUES (17, 'ELC-BLB-H7', 1);
INSERT INTO job_parts VALUES (17, 'WIP-BLD-24', 1);
INSERT INTO job_parts VALUES (18, 'SUS-ARB-01', 1);
INSERT INTO job_parts VALUES (18, 'SUS-SHK-F', 1);
INSERT INTO job_parts VALUES (19, 'SUS-ARB-01', 1);
INSERT INTO job_parts VALUES (20, 'BRK-PAD-R', 1);
INSERT INTO job_parts VALUES (20, 'BRK-PAD-F', 1);
INSERT INTO job_parts VALUES (21, 'BRK-PAD-F', 1);
INSERT INTO job_parts VALUES (22, 'CLT-KIT-01', 1);
INSERT INTO job_parts VALUES (25, 'TYR-VLV-01', 2);
INSERT INTO job_parts VALUES (26, 'TYR-195-65', 2);
INSERT INTO job_parts VALUES (26, 'TYR-205-55', 4);
INSERT INTO job_parts VALUES (27, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (29, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (30, 'BRK-DSC-F', 1);
INSERT INTO job_parts VALUES (30, 'BRK-FLD-1', 1);
INSERT INTO job_parts VALUES (31, 'EXH-BOX-R', 1);
INSERT INTO job_parts VALUES (32, 'BRK-PAD-R', 1);
INSERT INTO job_parts VALUES (33, 'FLT-AIR-01', 1);
INSERT INTO job_parts VALUES (35, 'FLT-CAB-01', 1);
INSERT INTO job_parts VALUES (35, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (36, 'BRK-DSC-F', 1);
INSERT INTO job_parts VALUES (36, 'BRK-PAD-R', 1);
INSERT INTO job_parts VALUES (37, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (37, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (38, 'FLT-CAB-01', 1);
INSERT INTO job_parts VALUES (39, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (39, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (40, 'SUS-ARB-01', 1);
INSERT INTO job_parts VALUES (41, 'FLT-AIR-01', 1);
INSERT INTO job_parts VALUES (41, 'ENG-PLG-04', 1);
INSERT INTO job_parts VALUES (45, 'FLT-CAB-01', 1);
INSERT INTO job_parts VALUES (47, 'FLT-AIR-01', 1);
INSERT INTO job_parts VALUES (47, 'ENG-PLG-04', 1);
INSERT INTO job_parts VALUES (50, 'SUS-SHK-F', 1);
INSERT INTO job_parts VALUES (51, 'TYR-VLV-01', 2);
INSERT INTO job_parts VALUES (52, 'EXH-BOX-R', 1);
INSERT INTO job_parts VALUES (55, 'OIL-5W30-5', 1);
INSERT INTO job_parts VALUES (57, 'ELC-BAT-12', 1);
INSERT INTO job_parts VALUES (59, 'ELC-BLB-H7', 1);
INSERT INTO job_parts VALUES (60, 'SUS-ARB-01', 1);
INSERT INTO job_parts VALUES (61, 'ELC-BAT-12', 1);
INSERT INTO job_parts VALUES (62, 'ELC-BAT-12', 1);
INSERT INTO job_parts VALUES (63, 'TYR-205-55', 2);
INSERT INTO job_parts VALUES (63, 'TYR-195-65', 1);
INSERT INTO job_parts VALUES (64, 'FLT-CAB-01', 1);
INSERT INTO job_parts VALUES (66, 'FLT-OIL-01', 1);
INSERT INTO job_parts VALUES (67, 'ENG-PLG-04', 1);
INSERT INTO job_parts VALUES (68, 'TYR-195-65', 2);
INSERT INTO job_parts VALUES (69, 'BRK-FLD-1', 1);
INSERT INTO job_parts VALUES (69, 'BRK-DSC-F', 1);

INSERT INTO invoices VALUES (1001, 1, '2024-03-19', 118.56, 'Y', 'Card');
INSERT INTO invoices VALUES (1002, 5, '2023-03-10', 221.52, 'Y', 'Card');
INSERT INTO invoices VALUES (1003, 6, '2024-04-14', 262.20, 'N', NULL);
INSERT INTO invoices VALUES (1004, 7, '2023-06-15', 194.16, 'Y', 'Card');
INSERT INTO invoices VALUES (1005, 9, '2023-07-10', 184.32, 'Y', 'Card');
INSERT INTO invoices VALUES (1006, 10, '2024-02-29', 256.74, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1007, 11, '2024-01-01', 406.56, 'Y', 'Card');
INSERT INTO invoices VALUES (1008, 12, '2023-02-18', 84.96, 'Y', 'Card');
INSERT INTO invoices VALUES (1009, 13, '2024-01-06', 72.00, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1010, 14, '2024-05-15', 87.84, 'Y', 'Cash');
INSERT INTO invoices VALUES (1011, 15, '2023-04-10', 196.80, 'Y', 'Cash');
INSERT INTO invoices VALUES (1012, 16, '2023-04-27', 815.51, 'Y', 'Cash');
INSERT INTO invoices VALUES (1013, 17, '2023-12-19', 75.24, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1014, 18, '2023-04-22', 275.22, 'Y', 'Card');
INSERT INTO invoices VALUES (1015, 20, '2024-01-29', 176.76, 'N', NULL);
INSERT INTO invoices VALUES (1016, 21, '2023-12-24', 204.60, 'Y', 'Card');
INSERT INTO invoices VALUES (1017, 22, '2024-05-21', 533.27, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1018, 23, '2024-05-22', 92.16, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1019, 25, '2024-01-22', 51.12, 'Y', 'Card');
INSERT INTO invoices VALUES (1020, 26, '2023-12-21', 683.04, 'Y', 'Card');
INSERT INTO invoices VALUES (1021, 28, '2023-06-18', 72.00, 'Y', 'Card');
INSERT INTO invoices VALUES (1022, 29, '2024-03-02', 216.48, 'Y', 'Card');
INSERT INTO invoices VALUES (1023, 30, '2023-06-03', 323.93, 'Y', 'Cash');
INSERT INTO invoices VALUES (1024, 31, '2023-03-07', 228.72, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1025, 32, '2024-02-04', 146.40, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1026, 33, '2023-07-24', 167.52, 'N', NULL);
INSERT INTO invoices VALUES (1027, 35, '2024-04-28', 174.18, 'Y', 'Cash');
INSERT INTO invoices VALUES (1028, 36, '2023-05-13', 336.23, 'Y', 'Card');
INSERT INTO invoices VALUES (1029, 37, '2023-08-30', 248.16, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1030, 38, '2023-09-27', 229.62, 'Y', 'Cash');
INSERT INTO invoices VALUES (1031, 39, '2024-03-06', 104.16, 'Y', 'Cash');
INSERT INTO invoices VALUES (1032, 40, '2023-09-01', 220.68, 'Y', 'Card');
INSERT INTO invoices VALUES (1033, 41, '2023-11-05', 230.64, 'Y', 'Card');
INSERT INTO invoices VALUES (1034, 44, '2023-09-25', 82.08, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1035, 45, '2023-08-24', 333.30, 'Y', 'Cash');
INSERT INTO invoices VALUES (1036, 47, '2023-12-10', 196.80, 'Y', 'Card');
INSERT INTO invoices VALUES (1037, 50, '2024-04-07', 288.54, 'Y', 'Cash');
INSERT INTO invoices VALUES (1038, 51, '2023-09-13', 68.40, 'Y', 'Card');
INSERT INTO invoices VALUES (1039, 52, '2023-03-20', 243.84, 'Y', 'Cash');
INSERT INTO invoices VALUES (1040, 53, '2023-05-09', 87.84, 'Y', 'Cash');
INSERT INTO invoices VALUES (1041, 55, '2023-10-05', 144.48, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1042, 57, '2023-11-10', 173.88, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1043, 59, '2024-03-30', 100.32, 'Y', 'Card');
INSERT INTO invoices VALUES (1044, 60, '2024-03-30', 163.80, 'Y', 'Cash');
INSERT INTO invoices VALUES (1045, 61, '2024-05-10', 161.64, 'Y', 'Card');
INSERT INTO invoices VALUES (1046, 62, '2023-03-04', 170.28, 'Y', 'Cash');
INSERT INTO invoices VALUES (1047, 63, '2023-10-11', 346.92, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1048, 65, '2024-05-11', 52.56, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1049, 66, '2023-08-04', 125.28, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1050, 67, '2023-03-10', 163.92, 'Y', 'Card');
INSERT INTO invoices VALUES (1051, 68, '2023-06-22', 254.16, 'Y', 'Bank transfer');
INSERT INTO invoices VALUES (1052, 70, '2023-02-13', 120.96, 'Y', 'Bank transfer');
