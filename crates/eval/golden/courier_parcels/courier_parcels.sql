PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;
CREATE TABLE Depot (
  DepotID INTEGER PRIMARY KEY,
  DepotName TEXT NOT NULL,
  CityCode TEXT NOT NULL,
  OpenedDate TEXT,
  LoadingBays INTEGER
);
INSERT INTO Depot VALUES (1, 'London Park Royal', 'LDN', '2008-04-01', 20);
INSERT INTO Depot VALUES (2, 'London Croydon', 'LDN', '2018-02-05', 14);
INSERT INTO Depot VALUES (3, 'London Stratford', 'LDN', '2009-05-08', 10);
INSERT INTO Depot VALUES (4, 'Manchester Trafford', 'MAN', '2005-02-18', 8);
INSERT INTO Depot VALUES (5, 'Manchester Oldham Road', 'MAN', '2007-07-29', 18);
INSERT INTO Depot VALUES (6, 'Birmingham Aston', 'BHM', '2014-12-22', 16);
INSERT INTO Depot VALUES (7, 'Leeds Stourton', 'LDS', '2018-11-27', 6);
INSERT INTO Depot VALUES (8, 'Glasgow Hillington', 'GLA', '2015-06-01', 12);
INSERT INTO Depot VALUES (9, 'Bristol Avonmouth', 'BRS', '2003-02-28', 30);
INSERT INTO Depot VALUES (10, 'Liverpool Speke', 'LIV', '2009-02-17', 26);
INSERT INTO Depot VALUES (11, 'Edinburgh Sighthill', 'EDI', '2018-05-16', 24);
INSERT INTO Depot VALUES (12, 'Cardiff Pengam', 'CDF', '2015-09-21', 22);
INSERT INTO Depot VALUES (13, 'Newcastle Team Valley', 'NCL', '2011-10-25', 34);
INSERT INTO Depot VALUES (14, 'Sheffield Attercliffe', 'SHF', NULL, 28);
INSERT INTO Depot VALUES (15, 'Nottingham Colwick', 'NTG', '2000-10-10', 40);
CREATE TABLE couriers (
  courier_id INTEGER PRIMARY KEY,
  crr_fname TEXT NOT NULL,
  crr_lname TEXT NOT NULL,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  home_depot INTEGER,
  hire_date TEXT,
  full_time TEXT,
  FOREIGN KEY (home_depot) REFERENCES Depot(DepotID)
);
INSERT INTO couriers VALUES (1, 'Callum', 'Williams', 'M', '1970-12-20', '07308 909908', 2, '2016-09-15', 'Y');
INSERT INTO couriers VALUES (2, 'Zara', 'Green', 'F', '1981-10-04', '07460 674327', 1, '2015-10-09', 'N');
INSERT INTO couriers VALUES (3, 'Liam', 'Evans', 'M', '1998-02-02', '07709 474782', 6, '2012-05-21', 'Y');
INSERT INTO couriers VALUES (4, 'Kieran', 'Singh', 'M', '1982-12-13', '07412 144923', 8, '2020-01-29', 'Y');
INSERT INTO couriers VALUES (5, 'Samuel', 'Reid', 'M', '1985-02-19', '07646 894933', 6, '2020-08-10', 'Y');
INSERT INTO couriers VALUES (6, 'Oliver', 'Hughes', 'M', '1979-03-02', '07979 478716', 9, '2015-11-10', 'N');
INSERT INTO couriers VALUES (7, 'James', 'Thompson', 'M', '1965-06-26', NULL, 11, '2019-09-28', 'Y');
INSERT INTO couriers VALUES (8, 'Priya', 'Kelly', 'F', '1990-10-09', '07118 591433', 2, '2020-12-01', 'N');
INSERT INTO couriers VALUES (9, 'Kieran', 'Roberts', 'M', '1982-09-19', '07609 051368', 7, '2023-11-22', 'Y');
INSERT INTO couriers VALUES (10, 'Liam', 'Baker', 'M', '2000-06-16', '07107 152380', 6, '2014-10-03', 'N');
INSERT INTO couriers VALUES (11, 'Amelia', 'Hall', 'F', '1978-09-03', '07198 152194', 9, '2021-03-11', 'Y');
INSERT INTO couriers VALUES (12, 'Adam', 'Turner', 'M', '1994-05-13', '07226 145036', 4, '2021-02-08', 'Y');
INSERT INTO couriers VALUES (13, 'Grace', 'Martin', 'F', '2000-03-24', '07951 025914', 3, '2016-08-22', 'N');
INSERT INTO couriers VALUES (14, 'Megan', 'Cooper', 'F', '1996-12-22', '07920 630906', 4, '2020-11-05', 'Y');
INSERT INTO couriers VALUES (15, 'Hannah', 'Baker', 'F', '1997-07-02', '07864 466027', 2, '2021-07-24', 'Y');
INSERT INTO couriers VALUES (16, 'Daniel', 'Roberts', 'M', '1986-03-03', '07532 926240', 1, '2014-08-04', 'Y');
INSERT INTO couriers VALUES (17, 'Noah', 'Martin', 'M', '1964-05-27', '07627 969569', 1, '2014-09-26', 'N');
INSERT INTO couriers VALUES (18, 'Kieran', 'Kelly', 'M', '1975-10-01', '07261 531565', 10, '2022-09-13', 'Y');
INSERT INTO couriers VALUES (19, 'Ryan', 'Taylor', 'M', '1962-09-22', '07761 225547', 13, '2022-03-28', 'N');
INSERT INTO couriers VALUES (20, 'Niamh', 'Morgan', 'F', '2000-11-12', '07619 309049', 7, '2012-09-11', 'N');
INSERT INTO couriers VALUES (21, 'Oscar', 'Johnson', 'M', '1967-04-30', '07377 927013', 12, '2016-10-13', 'Y');
INSERT INTO couriers VALUES (22, 'Callum', 'Smith', 'M', '1993-05-03', '07450 273402', 14, '2013-07-16', 'N');
INSERT INTO couriers VALUES (23, 'Mohammed', 'Singh', 'M', '1965-05-15', NULL, 8, '2021-11-14', 'N');
INSERT INTO couriers VALUES (24, 'Noah', 'Harris', 'M', '1995-05-17', '07503 548642', 1, '2018-04-11', 'Y');
INSERT INTO couriers VALUES (25, 'Oliver', 'Reid', 'M', '1964-01-12', '07453 998742', 5, '2014-01-30', 'N');
INSERT INTO couriers VALUES (26, 'Callum', 'Green', 'M', '2000-02-19', '07106 593365', 7, '2016-08-22', 'Y');
INSERT INTO couriers VALUES (27, 'Megan', 'Khan', 'F', '1983-05-08', '07948 613599', 3, '2018-04-22', 'N');
INSERT INTO couriers VALUES (28, 'Harry', 'Roberts', 'M', '1967-06-10', '07664 939050', 3, '2023-04-26', 'N');
INSERT INTO couriers VALUES (29, 'Callum', 'Murphy', 'M', '1994-07-27', '07549 737877', 8, '2015-11-12', 'Y');
INSERT INTO couriers VALUES (30, 'William', 'Williams', 'M', '1963-12-11', '07276 550123', 5, '2017-03-23', 'Y');
INSERT INTO couriers VALUES (31, 'George', 'Cooper', 'M', '1966-09-09', NULL, 1, '2020-11-18', 'N');
INSERT INTO couriers VALUES (32, 'Samuel', 'Ahmed', 'M', '1980-12-22', '07152 987703', 12, '2015-07-20', 'N');
INSERT INTO couriers VALUES (33, 'Jessica', 'Martin', 'F', '1976-09-06', '07553 495031', 2, '2023-04-18', 'N');
INSERT INTO couriers VALUES (34, 'Sophie', 'Kelly', 'F', '1987-01-15', '07810 061475', 4, '2015-03-02', 'Y');
INSERT INTO couriers VALUES (35, 'Thomas', 'Clarke', 'M', '1989-02-06', '07945 588838', 11, '2015-09-10', 'N');
INSERT INTO couriers VALUES (36, 'Lewis', 'Wilson', 'M', '1966-04-01', '07489 210245', 6, '2020-01-06', 'Y');
INSERT INTO couriers VALUES (37, 'William', 'Turner', 'M', '1987-12-16', '07851 974603', 10, '2021-10-25', 'Y');
INSERT INTO couriers VALUES (38, 'George', 'Roberts', NULL, '1982-02-07', '07803 312875', 4, '2022-04-18', 'Y');
INSERT INTO couriers VALUES (39, 'George', 'Reid', 'M', '1972-03-14', '07804 341597', 10, '2022-08-23', 'Y');
INSERT INTO couriers VALUES (40, 'Joseph', 'Campbell', 'M', '1971-06-12', '07498 703716', 1, '2018-05-11', 'Y');
CREATE TABLE Van (
  van_id INTEGER PRIMARY KEY,
  reg_no TEXT UNIQUE,
  make TEXT,
  model TEXT,
  yr_built INTEGER,
  payload_kg TEXT,
  DepotID INTEGER
);
INSERT INTO Van VALUES (1, 'YS16 ALB', 'Renault', 'Master', 2016, '1550', 14);
INSERT INTO Van VALUES (2, 'PG72 PSZ', 'Ford', 'Transit', 2022, '1450', 7);
INSERT INTO Van VALUES (3, 'GU16 CRA', 'Peugeot', 'Boxer', 2016, '1275', 11);
INSERT INTO Van VALUES (4, 'GB16 SFD', 'Nissan', 'e-NV200', 2016, '725', 6);
INSERT INTO Van VALUES (5, 'YT20 HGT', 'Nissan', 'e-NV200', 2020, '725', 11);
INSERT INTO Van VALUES (6, 'WF70 BFL', 'Ford', 'Transit', 2020, '1400', 5);
INSERT INTO Van VALUES (7, 'LS63 ZPC', 'Citroen', 'Relay', 2013, '1350', 10);
INSERT INTO Van VALUES (8, 'CK20 XHL', 'Ford', 'Transit Custom', 2020, '1125', 2);
INSERT INTO Van VALUES (9, 'UC72 MKX', 'Ford', 'Transit', 2022, '1400', 6);
INSERT INTO Van VALUES (10, 'UK65 YRC', 'Ford', 'Transit', 2015, '1425', 5);
INSERT INTO Van VALUES (11, 'SH19 GJJ', 'Nissan', 'e-NV200', 2019, '700', 3);
INSERT INTO Van VALUES (12, 'FF70 VNE', 'Peugeot', 'Boxer', 2020, '1200', 7);
INSERT INTO Van VALUES (13, 'VK66 DMS', 'Peugeot', 'Boxer', 2016, '1250', 2);
INSERT INTO Van VALUES (14, 'MD19 JNU', 'Vauxhall', 'Vivaro', 2019, '1200', 1);
INSERT INTO Van VALUES (15, 'YW65 GSE', 'Nissan', 'e-NV200', 2015, '700', 10);
INSERT INTO Van VALUES (16, 'DF14 GYN', 'Renault', 'Master', 2014, '1525', 14);
INSERT INTO Van VALUES (17, 'VG21 UFP', 'Vauxhall', 'Vivaro', 2021, '1200', 2);
INSERT INTO Van VALUES (18, 'FP12 CZC', 'Peugeot', 'Boxer', 2012, '1250', 13);
INSERT INTO Van VALUES (19, 'CF22 EFH', 'Citroen', 'Relay', 2022, '1350', 1);
INSERT INTO Van VALUES (20, 'TD17 ZGT', 'Volkswagen', 'Crafter', 2017, '1350', 12);
INSERT INTO Van VALUES (21, 'YK16 ZFO', 'Volkswagen', 'Crafter', 2016, '1350', 14);
INSERT INTO Van VALUES (22, 'DM14 OTW', 'Peugeot', 'Boxer', 2014, '1275', 12);
INSERT INTO Van VALUES (23, 'YU63 VPK', 'Nissan', 'e-NV200', 2013, '725', 13);
INSERT INTO Van VALUES (24, 'CB22 JZR', 'Ford', 'Transit Custom', 2022, '1050', NULL);
INSERT INTO Van VALUES (25, 'OP70 GJM', 'Volkswagen', 'Crafter', 2020, '1350', NULL);
CREATE TABLE senders (
  sender_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT,
  acct_type TEXT,
  email TEXT,
  joined_date TEXT
);
INSERT INTO senders VALUES (1, 'Ironbridge Tools', 'Cardiff', 'BUS', 'orders@ironbridge.co.uk', '2018-05-02');
INSERT INTO senders VALUES (2, 'Bramble & Oak Ltd', 'Glasgow', 'BUS', 'orders@bramble.co.uk', '2019-04-24');
INSERT INTO senders VALUES (3, 'Copperfield Ceramics', 'Cardiff', 'BUS', 'orders@copperfield.co.uk', '2019-07-04');
INSERT INTO senders VALUES (4, 'Tom Barker', 'Edinburgh', 'PRV', 'tom.barker@gmail.com', '2017-09-05');
INSERT INTO senders VALUES (5, 'Quayside Coffee Roasters', 'York', 'BUS', NULL, '2015-03-18');
INSERT INTO senders VALUES (6, 'Graham Doyle', 'Brighton', 'PRV', 'graham.doyle@gmail.com', '2018-03-29');
INSERT INTO senders VALUES (7, 'Sarah Fletcher', 'Birmingham', 'PRV', 'sarah.fletcher@btinternet.com', '2019-02-27');
INSERT INTO senders VALUES (8, 'Sable Cosmetics', 'Sheffield', 'BUS', 'orders@sable.co.uk', '2020-01-18');
INSERT INTO senders VALUES (9, 'Kettle Hill Teas', 'Norwich', 'BUS', 'orders@kettle.co.uk', '2016-04-15');
INSERT INTO senders VALUES (10, 'Foxglove Florists', 'Newcastle', 'BUS', 'orders@foxglove.co.uk', '2019-12-29');
INSERT INTO senders VALUES (11, 'Fiona McLeod', 'Manchester', 'PRV', 'fiona.mcleod@outlook.com', '2021-08-14');
INSERT INTO senders VALUES (12, 'Brightside Vinyl', 'Manchester', 'BUS', 'orders@brightside.co.uk', '2021-04-30');
INSERT INTO senders VALUES (13, 'Moorland Wool Shop', 'Birmingham', 'BUS', 'orders@moorland.co.uk', '2016-04-11');
INSERT INTO senders VALUES (14, 'Helen Carter', 'Sheffield', 'PRV', 'helen.carter@btinternet.com', '2018-11-05');
INSERT INTO senders VALUES (15, 'Pennine Outdoor Co', 'York', 'BUS', 'orders@pennine.co.uk', '2019-10-18');
INSERT INTO senders VALUES (16, 'Northern Threads', 'Bristol', 'BUS', 'orders@northern.co.uk', '2019-08-30');
INSERT INTO senders VALUES (17, 'David Holmes', 'Liverpool', 'PRV', NULL, '2017-02-10');
INSERT INTO senders VALUES (18, 'Harbour Books', 'Birmingham', 'BUS', 'orders@harbour.co.uk', '2020-11-29');
INSERT INTO senders VALUES (19, 'Greenleaf Organics', 'Liverpool', 'BUS', 'orders@greenleaf.co.uk', '2021-01-06');
INSERT INTO senders VALUES (20, 'Atlas Spare Parts', 'Newcastle', 'BUS', 'orders@atlas.co.uk', '2016-09-28');
INSERT INTO senders VALUES (21, 'Rebecca Price', 'Sheffield', 'PRV', 'rebecca.price@outlook.com', '2020-02-26');
INSERT INTO senders VALUES (22, 'Cobalt Electronics', 'Cardiff', 'BUS', 'orders@cobalt.co.uk', '2018-03-09');
INSERT INTO senders VALUES (23, 'Thistle Print Works', 'Glasgow', 'BUS', 'orders@thistle.co.uk', '2021-12-02');
INSERT INTO senders VALUES (24, 'Imran Hussain', 'Norwich', 'PRV', 'imran.hussain@gmail.com', '2019-11-04');
INSERT INTO senders VALUES (25, 'Aisha Rahman', 'London', 'PRV', 'aisha.rahman@gmail.com', '2018-04-05');
INSERT INTO senders VALUES (26, 'Margaret Ellis', 'Newcastle', 'PRV', NULL, '2018-06-30');
INSERT INTO senders VALUES (27, 'Stuart Gray', 'Birmingham', 'PRV', 'stuart.gray@gmail.com', '2020-11-09');
INSERT INTO senders VALUES (28, 'Peter Owen', 'Glasgow', 'PRV', 'peter.owen@btinternet.com', '2021-06-26');
INSERT INTO senders VALUES (29, 'Riverside Pet Supplies', 'Manchester', 'BUS', 'orders@riverside.co.uk', '2016-03-11');
INSERT INTO senders VALUES (30, 'Little Acorn Toys', 'Manchester', 'BUS', 'orders@little.co.uk', '2017-11-06');
CREATE TABLE Ref_Parcel_Sizes (
  size_code TEXT PRIMARY KEY,
  size_description TEXT,
  max_weight_kg REAL,
  base_charge REAL
);
INSERT INTO Ref_Parcel_Sizes VALUES ('LL', 'Large letter', 0.75, 2.95);
INSERT INTO Ref_Parcel_Sizes VALUES ('XS', 'Extra small parcel', 1.0, 3.49);
INSERT INTO Ref_Parcel_Sizes VALUES ('S', 'Small parcel', 2.0, 3.99);
INSERT INTO Ref_Parcel_Sizes VALUES ('S+', 'Small parcel plus', 3.0, 4.79);
INSERT INTO Ref_Parcel_Sizes VALUES ('M', 'Medium parcel', 5.0, 5.99);
INSERT INTO Ref_Parcel_Sizes VALUES ('M+', 'Medium parcel plus', 10.0, 7.49);
INSERT INTO Ref_Parcel_Sizes VALUES ('L', 'Large parcel', 15.0, 9.99);
INSERT INTO Ref_Parcel_Sizes VALUES ('L+', 'Large parcel plus', 20.0, 12.49);
INSERT INTO Ref_Parcel_Sizes VALUES ('XL', 'Extra large parcel', 25.0, 15.99);
INSERT INTO Ref_Parcel_Sizes VALUES ('XXL', 'Oversize parcel', 30.0, 19.99);
INSERT INTO Ref_Parcel_Sizes VALUES ('TB', 'Tube (posters, plans)', 2.0, 6.25);
INSERT INTO Ref_Parcel_Sizes VALUES ('FR', 'Fragile item box', 10.0, 11.5);
INSERT INTO Ref_Parcel_Sizes VALUES ('BK', 'Bulky item', 40.0, 29.0);
INSERT INTO Ref_Parcel_Sizes VALUES ('QP', 'Quarter pallet', 250.0, 45.0);
INSERT INTO Ref_Parcel_Sizes VALUES ('HP', 'Half pallet', 500.0, 65.0);
CREATE TABLE parcels (
  parcel_id INTEGER PRIMARY KEY,
  sender_id INTEGER NOT NULL,
  size_code TEXT,
  wt_kg REAL,
  dest_city TEXT,
  dest_pcode TEXT,
  sent_date TEXT,
  status TEXT,
  decl_value REAL,
  FOREIGN KEY (sender_id) REFERENCES senders(sender_id),
  FOREIGN KEY (size_code) REFERENCES Ref_Parcel_Sizes(size_code)
);
INSERT INTO parcels VALUES (1, 3, 'M', 2.03, 'London', 'E14 1ZR', '2024-04-17', 'RET', NULL);
INSERT INTO parcels VALUES (2, 5, 'XL', 24.04, 'Liverpool', 'L17 1DP', '2024-04-14', 'DEL', 60.99);
INSERT INTO parcels VALUES (3, 14, 'L', 3.16, 'London', 'SE15 1BX', '2024-05-24', 'RET', 25.5);
INSERT INTO parcels VALUES (4, 17, 'S', 1.6, 'Bristol', 'BS1 6DS', '2024-03-12', 'DEL', 450.99);
INSERT INTO parcels VALUES (5, 7, 'XL', 23.4, 'Oxford', 'OX4 8SO', '2024-01-14', 'DEL', 612.0);
INSERT INTO parcels VALUES (6, 28, 'LL', 0.41, 'London', 'SW1A 2JN', '2024-01-04', 'DEL', 20);
INSERT INTO parcels VALUES (7, 27, 'FR', 8.06, 'Manchester', 'M14 4PB', '2024-05-28', 'RET', NULL);
INSERT INTO parcels VALUES (8, 21, 'M', 4.12, 'London', 'SE15 2DV', '2024-02-22', 'TRN', 75);
INSERT INTO parcels VALUES (9, 8, 'M+', 4.79, 'Edinburgh', 'EH10 1VM', '2024-04-02', 'LST', 50.99);
INSERT INTO parcels VALUES (10, 7, 'XL', 4.06, 'Cambridge', 'CB1 2FL', '2024-05-30', 'LST', 15);
INSERT INTO parcels VALUES (11, 7, 'LL', 0.28, 'Nottingham', 'NG1 4YA', '2024-05-22', 'LST', 450.99);
INSERT INTO parcels VALUES (12, 20, 'M', 1.03, 'Glasgow', 'G41 6CA', '2024-04-27', 'TRN', NULL);
INSERT INTO parcels VALUES (13, 7, 'M', 0.83, 'Newcastle', 'NE6 1TN', '2024-04-11', 'DEL', NULL);
INSERT INTO parcels VALUES (14, 8, 'XL', 12.24, 'London', 'W12 7SC', '2024-05-15', 'DEL', 300.5);
INSERT INTO parcels VALUES (15, 3, 'M', 3.28, 'Birmingham', 'B5 4TV', '2024-03-09', 'RET', 15.5);
INSERT INTO parcels VALUES (16, 27, 'S+', 1.23, 'Manchester', 'M14 9XD', '2024-03-10', 'LST', 150);
INSERT INTO parcels VALUES (17, 12, 'M+', 8.99, 'Birmingham', 'B15 4WA', '2024-02-27', 'DEL', 20.99);
INSERT INTO parcels VALUES (18, 10, 'S+', 1.07, 'London', 'SE15 2CE', '2024-05-08', 'DEL', NULL);
INSERT INTO parcels VALUES (19, 16, 'M', 4.57, 'Bristol', 'BS8 5BM', '2024-05-08', 'DEL', NULL);
INSERT INTO parcels VALUES (20, 8, 'M+', 7.49, 'Sheffield', 'S1 4SK', '2024-01-05', 'TRN', NULL);
INSERT INTO parcels VALUES (21, 7, 'BK', 31.57, 'Newcastle', 'NE1 7MK', '2024-03-16', 'LST', 200.5);
INSERT INTO parcels VALUES (22, 1, 'L', 9.36, 'Glasgow', 'G41 7OM', '2024-03-28', 'LST', 150);
INSERT INTO parcels VALUES (23, 4, 'S+', 2.41, 'York', 'YO1 5UA', '2024-01-18', 'TRN', 80.99);
INSERT INTO parcels VALUES (24, 12, 'BK', 26.16, 'Sheffield', 'S1 7AH', '2024-01-11', 'DEL', 200.5);
INSERT INTO parcels VALUES (25, 20, 'FR', 9.37, 'London', 'W12 6TN', '2024-03-14', 'DEL', NULL);
INSERT INTO parcels VALUES (26, 3, 'L+', 5.84, 'Edinburgh', 'EH10 5BG', '2024-05-01', 'LST', NULL);
INSERT INTO parcels VALUES (27, 20, 'FR', 2.46, 'Newcastle', 'NE1 3AE', '2024-05-28', 'DEL', NULL);
INSERT INTO parcels VALUES (28, 7, 'LL', 0.49, 'Birmingham', 'B29 9NR', '2024-01-18', 'DEL', 20.99);
INSERT INTO parcels VALUES (29, 27, 'S+', 0.61, 'Edinburgh', 'EH1 3AJ', '2024-03-22', 'DEL', NULL);
INSERT INTO parcels VALUES (30, 3, 'M', 2.45, 'Bristol', 'BS8 7WT', '2024-05-19', 'DEL', 20);
INSERT INTO parcels VALUES (31, 3, 'FR', 6.98, 'Glasgow', 'G41 6VU', '2024-05-12', 'DEL', 450);
INSERT INTO parcels VALUES (32, 8, 'M+', 3.09, 'Manchester', 'M1 6YR', '2024-01-28', 'DEL', 300);
INSERT INTO parcels VALUES (33, 20, 'LL', 0.68, 'Sheffield', 'S1 6AL', '2024-01-27', 'RET', NULL);
INSERT INTO parcels VALUES (34, 10, 'FR', 6.21, 'Leeds', 'LS6 3CH', '2024-02-20', 'DEL', 80);
INSERT INTO parcels VALUES (35, 12, 'S+', 1.43, 'Glasgow', 'G2 5TG', '2024-05-30', 'DEL', 120);
INSERT INTO parcels VALUES (36, 8, 'XS', 0.63, 'London', 'W12 1SB', '2024-04-21', 'DEL', 200.5);
INSERT INTO parcels VALUES (37, 21, 'FR', 8.42, 'Liverpool', 'L17 6SC', '2024-02-02', 'DEL', 300);
INSERT INTO parcels VALUES (38, 14, 'L', 12.56, 'Sheffield', 'S1 9UH', '2024-04-16', 'LST', NULL);
INSERT INTO parcels VALUES (39, 8, 'M', 3.0, 'Leeds', 'LS11 6XB', '2024-05-23', 'TRN', 120);
INSERT INTO parcels VALUES (40, 19, 'L', 14.22, 'Leeds', 'LS6 7LD', '2024-03-05', 'DEL', NULL);
INSERT INTO parcels VALUES (41, 4, 'M', 3.39, 'Cambridge', 'CB1 1WD', '2024-02-17', 'RET', 20);
INSERT INTO parcels VALUES (42, 3, 'S+', 1.27, 'Cardiff', 'CF10 1JC', '2024-01-29', 'DEL', 50.5);
INSERT INTO parcels VALUES (43, 12, 'M', 3.17, 'Leeds', 'LS6 1GL', '2024-04-05', 'TRN', 40);
INSERT INTO parcels VALUES (44, 12, 'M', 1.35, 'Manchester', 'M14 2OK', '2024-05-23', 'DEL', NULL);
INSERT INTO parcels VALUES (45, 3, 'S+', 1.99, 'Birmingham', 'B15 3ND', '2024-04-20', 'DEL', 60.5);
INSERT INTO parcels VALUES (46, 2, 'XL', 22.41, 'Oxford', 'OX4 3LB', '2024-03-30', 'RET', 15);
INSERT INTO parcels VALUES (47, 8, 'FR', 3.03, 'Cardiff', 'CF24 6PX', '2024-04-28', 'DEL', 150);
INSERT INTO parcels VALUES (48, 5, 'M', 2.94, 'Manchester', 'M20 7YU', '2024-03-09', 'LST', 75);
INSERT INTO parcels VALUES (49, 20, 'S', 1.89, 'Birmingham', 'B29 7GR', '2024-05-15', 'DEL', 60.99);
INSERT INTO parcels VALUES (50, 16, 'S', 1.93, 'Birmingham', 'B5 7UZ', '2024-02-18', 'DEL', 80.99);
INSERT INTO parcels VALUES (51, 24, 'L', 7.76, 'London', 'W12 7WC', '2024-03-09', 'TRN', 40);
INSERT INTO parcels VALUES (52, 26, 'XL', 24.09, 'Bristol', 'BS8 2GD', '2024-02-01', 'DEL', 300.5);
INSERT INTO parcels VALUES (53, 8, 'L', 11.76, 'Liverpool', 'L17 5LV', '2024-05-22', 'DEL', 40);
INSERT INTO parcels VALUES (54, 13, 'M', 2.48, 'Manchester', 'M14 4EO', '2024-02-19', 'RET', NULL);
INSERT INTO parcels VALUES (55, 19, 'LL', 0.15, 'Manchester', 'M14 3BL', '2024-03-15', 'TRN', 25.5);
INSERT INTO parcels VALUES (56, 13, 'M', 2.17, 'Leeds', 'LS6 6PR', '2024-04-06', 'RET', 200.5);
INSERT INTO parcels VALUES (57, 12, 'M', 3.99, 'Birmingham', 'B29 8BS', '2024-02-18', 'TRN', 40.99);
INSERT INTO parcels VALUES (58, 3, 'M', 4.48, 'Leeds', 'LS6 9EE', '2024-05-29', 'RET', 60);
INSERT INTO parcels VALUES (59, 20, 'M', 4.24, 'Cambridge', 'CB1 7HK', '2024-02-19', 'DEL', 60.99);
INSERT INTO parcels VALUES (60, 7, 'LL', 0.12, 'Oxford', 'OX4 9AL', '2024-03-31', 'DEL', 75.5);
CREATE TABLE Parcel_Courier (
  attempt_id INTEGER PRIMARY KEY,
  parcel_id INTEGER,
  courier_id INTEGER,
  van_id INTEGER,
  attempt_no INTEGER,
  attempt_date TEXT,
  outcome TEXT,
  signed_by TEXT
);
INSERT INTO Parcel_Courier VALUES (1, 1, 17, 19, 1, '2024-04-19', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (2, 1, 15, 8, 2, '2024-04-20', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (3, 2, 18, 7, 1, '2024-04-17', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (4, 2, 37, 7, 2, '2024-04-18', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (5, 2, 37, 15, 3, '2024-04-19', 'DLV', 'K. Osei');
INSERT INTO Parcel_Courier VALUES (6, 3, 1, 13, 1, '2024-05-27', 'REF', NULL);
INSERT INTO Parcel_Courier VALUES (7, 3, 1, 17, 2, '2024-05-29', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (8, 4, 6, 3, 1, '2024-03-13', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (9, 5, 2, 19, 1, '2024-01-15', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (10, 6, 27, 11, 1, '2024-01-05', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (11, 7, 25, 6, 1, '2024-05-30', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (12, 7, 34, 2, 2, '2024-05-31', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (13, 8, 8, 13, 1, '2024-02-25', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (14, 9, 7, 3, 1, '2024-04-05', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (15, 10, 17, 14, 1, '2024-06-01', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (16, 11, 2, 2, 1, '2024-05-25', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (17, 13, 16, 18, 1, '2024-04-13', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (18, 13, 2, 18, 2, '2024-04-15', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (19, 14, 27, 11, 1, '2024-05-16', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (20, 15, 3, 4, 1, '2024-03-10', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (21, 15, 10, 4, 2, '2024-03-11', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (22, 16, 25, 6, 1, '2024-03-12', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (23, 17, 36, 4, 1, '2024-02-29', 'DLV', 'K. Osei');
INSERT INTO Parcel_Courier VALUES (24, 18, 28, 11, 1, '2024-05-10', 'DLV', 'M. Lowe');
INSERT INTO Parcel_Courier VALUES (25, 19, 6, 3, 1, '2024-05-09', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (26, 20, 22, 1, 1, '2024-01-07', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (27, 22, 4, 1, 1, '2024-03-31', 'REF', NULL);
INSERT INTO Parcel_Courier VALUES (28, 24, 22, 16, 1, '2024-01-14', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (29, 25, 27, 11, 1, '2024-03-16', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (30, 26, 35, 5, 1, '2024-05-04', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (31, 27, 24, 18, 1, '2024-05-30', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (32, 28, 10, 9, 1, '2024-01-20', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (33, 29, 35, 3, 1, '2024-03-24', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (34, 30, 11, 2, 1, '2024-05-22', 'DLV', 'S. Ward');
INSERT INTO Parcel_Courier VALUES (35, 31, 23, 3, 1, '2024-05-14', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (36, 32, 34, 1, 1, '2024-01-29', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (37, 33, 22, 21, 1, '2024-01-29', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (38, 33, 22, 21, 2, '2024-01-30', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (39, 34, 20, 12, 1, '2024-02-23', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (40, 35, 23, 3, 1, '2024-06-02', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (41, 36, 13, 11, 1, '2024-04-24', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (42, 36, 1, 17, 2, '2024-04-25', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (43, 37, 18, 15, 1, '2024-02-03', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (44, 37, 18, 7, 2, '2024-02-04', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (45, 37, 18, 7, 3, '2024-02-06', 'DLV', 'S. Ward');
INSERT INTO Parcel_Courier VALUES (46, 38, 22, 21, 1, '2024-04-18', 'REF', NULL);
INSERT INTO Parcel_Courier VALUES (47, 39, 9, 12, 1, '2024-05-24', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (48, 40, 9, 2, 1, '2024-03-06', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (49, 41, 3, 4, 1, '2024-02-20', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (50, 41, 36, 4, 2, '2024-02-21', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (51, 42, 32, 22, 1, '2024-01-30', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (52, 42, 32, 20, 2, '2024-02-01', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (53, 43, 9, 12, 1, '2024-04-08', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (54, 44, 34, 2, 1, '2024-05-25', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (55, 45, 36, 9, 1, '2024-04-22', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (56, 46, 10, 9, 1, '2024-03-31', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (57, 46, 16, 14, 2, '2024-04-02', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (58, 47, 21, 20, 1, '2024-05-01', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (59, 47, 32, 20, 2, '2024-05-02', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (60, 47, 21, 22, 3, '2024-05-04', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (61, 48, 25, 10, 1, '2024-03-12', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (62, 49, 3, 4, 1, '2024-05-17', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (63, 50, 36, 4, 1, '2024-02-21', 'DLV', 'neighbour');
INSERT INTO Parcel_Courier VALUES (64, 51, 2, 14, 1, '2024-03-11', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (65, 52, 11, 2, 1, '2024-02-02', 'DLV', NULL);
INSERT INTO Parcel_Courier VALUES (66, 53, 18, 15, 1, '2024-05-24', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (67, 54, 25, 6, 1, '2024-02-22', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (68, 54, 30, 6, 2, '2024-02-23', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (69, 55, 12, 3, 1, '2024-03-18', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (70, 56, 9, 2, 1, '2024-04-09', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (71, 56, 20, 12, 2, '2024-04-10', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (72, 58, 9, 12, 1, '2024-05-30', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (73, 58, 26, 12, 2, '2024-05-31', 'ADR', NULL);
INSERT INTO Parcel_Courier VALUES (74, 59, 3, 9, 1, '2024-02-21', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (75, 59, 10, 9, 2, '2024-02-22', 'DLV', 'reception');
INSERT INTO Parcel_Courier VALUES (76, 60, 2, 19, 1, '2024-04-01', 'ACC', NULL);
INSERT INTO Parcel_Courier VALUES (77, 60, 2, 14, 2, '2024-04-02', 'NAH', NULL);
INSERT INTO Parcel_Courier VALUES (78, 60, 17, 19, 3, '2024-04-04', 'DLV', NULL);
CREATE TABLE claims (
  claim_id INTEGER PRIMARY KEY,
  parcel_ref INTEGER NOT NULL,
  claim_date TEXT,
  reason TEXT,
  claim_amt REAL,
  approved TEXT,
  paid_amt REAL,
  FOREIGN KEY (parcel_ref) REFERENCES parcels(parcel_id)
);
INSERT INTO claims VALUES (1, 5, '2024-02-13', 'Wet packaging', 612.0, 'T', 612.0);
INSERT INTO claims VALUES (2, 6, '2024-01-13', 'Contents missing', 20, 'F', NULL);
INSERT INTO claims VALUES (3, 7, '2024-06-08', 'Late delivery', 50.0, 'T', 50.0);
INSERT INTO claims VALUES (4, 9, '2024-04-16', 'Lost in transit', 50.99, 'T', 50.99);
INSERT INTO claims VALUES (5, 10, '2024-06-25', 'Lost in transit', 15, 'F', NULL);
INSERT INTO claims VALUES (6, 11, '2024-06-11', 'Lost in transit', 360.79, 'T', 360.79);
INSERT INTO claims VALUES (7, 13, '2024-04-17', 'Damaged', 35.0, 'T', 35.0);
INSERT INTO claims VALUES (8, 16, '2024-03-29', 'Lost in transit', 120.0, 'F', NULL);
INSERT INTO claims VALUES (9, 18, '2024-05-23', 'Late delivery', 28.0, 'F', NULL);
INSERT INTO claims VALUES (10, 19, '2024-06-07', 'Contents missing', 50.0, 'T', 50.0);
INSERT INTO claims VALUES (11, 21, '2024-03-27', 'Lost in transit', 200.5, 'T', 200.5);
INSERT INTO claims VALUES (12, 22, '2024-04-03', 'Lost in transit', 150, 'T', 150);
INSERT INTO claims VALUES (13, 26, '2024-05-29', 'Lost in transit', 20.0, 'T', 20.0);
INSERT INTO claims VALUES (14, 28, '2024-02-08', 'Late delivery', 20.99, 'T', 20.99);
INSERT INTO claims VALUES (15, 32, '2024-02-19', 'Damaged', 300, 'F', NULL);
INSERT INTO claims VALUES (16, 34, '2024-03-04', 'Wet packaging', 64.0, 'T', 64.0);
INSERT INTO claims VALUES (17, 35, '2024-06-24', 'Damaged', 120, 'F', NULL);
INSERT INTO claims VALUES (18, 37, '2024-03-01', 'Wet packaging', 150.0, 'T', 150.0);
INSERT INTO claims VALUES (19, 38, '2024-05-11', 'Lost in transit', 20.0, 'F', NULL);
INSERT INTO claims VALUES (20, 46, '2024-04-26', 'Late delivery', 12.0, 'T', 12.0);
INSERT INTO claims VALUES (21, 48, '2024-03-26', 'Lost in transit', 75, 'F', NULL);
INSERT INTO claims VALUES (22, 50, '2024-03-01', 'Damaged', 80.99, 'F', NULL);
INSERT INTO claims VALUES (23, 58, '2024-06-25', 'Late delivery', 30.0, 'T', 30.0);
COMMIT;
