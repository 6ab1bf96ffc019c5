PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Elevator (
  ElevatorID INTEGER PRIMARY KEY,
  elev_name TEXT NOT NULL,
  town TEXT,
  st TEXT,
  elev_type TEXT,
  cap_bu TEXT,
  rail_yn TEXT,
  yr_built INTEGER,
  mgr_name TEXT
);

CREATE TABLE farms (
  farm_id INTEGER PRIMARY KEY,
  farm_nm TEXT,
  county TEXT,
  st TEXT,
  acres INTEGER,
  irrig TEXT,
  nearest_elev INTEGER
);

CREATE TABLE Farmer (
  FarmerID INTEGER PRIMARY KEY,
  fname TEXT,
  lname TEXT,
  FarmNo INTEGER,
  CoSigner INTEGER,
  memb_since TEXT,
  phone TEXT,
  status TEXT,
  FOREIGN KEY (FarmNo) REFERENCES farms(farm_id),
  FOREIGN KEY (CoSigner) REFERENCES Farmer(FarmerID)
);

CREATE TABLE Ref_Grain_Codes (
  grain_cd TEXT PRIMARY KEY,
  grain_desc TEXT,
  grade INTEGER,
  lbs_per_bu INTEGER,
  price_bu REAL
);

CREATE TABLE deliveries (
  deliv_id INTEGER PRIMARY KEY,
  ticket_no TEXT,
  farmer INTEGER,
  recv_elev INTEGER,
  grain_cd TEXT,
  deliv_dt TEXT,
  net_wt_lbs INTEGER,
  moist_pct REAL,
  dock_pct REAL,
  FOREIGN KEY (farmer) REFERENCES Farmer(FarmerID),
  FOREIGN KEY (recv_elev) REFERENCES Elevator(ElevatorID),
  FOREIGN KEY (grain_cd) REFERENCES Ref_Grain_Codes(grain_cd)
);

CREATE TABLE QualityTest (
  TestID INTEGER PRIMARY KEY,
  DelivID INTEGER,
  test_dt TEXT,
  test_wt TEXT,
  protein REAL,
  fm_pct REAL,
  result_cd TEXT,
  tech_init TEXT
);

CREATE TABLE trucks (
  truck_no INTEGER PRIMARY KEY,
  plate TEXT,
  make TEXT,
  model_yr INTEGER,
  cap_bu INTEGER,
  base_elev INTEGER,
  leased TEXT
);

CREATE TABLE TruckHaul (
  HaulID INTEGER PRIMARY KEY,
  TruckNo INTEGER,
  OrigElev INTEGER,
  DestElev INTEGER,
  GrainCd TEXT,
  HaulDate TEXT,
  Bushels INTEGER,
  driver TEXT,
  FOREIGN KEY (TruckNo) REFERENCES trucks(truck_no),
  FOREIGN KEY (OrigElev) REFERENCES Elevator(ElevatorID),
  FOREIGN KEY (DestElev) REFERENCES Elevator(ElevatorID)
);

CREATE TABLE pool_members (
  farmer_id INTEGER,
  pool_grain TEXT,
  crop_yr INTEGER,
  contract_bu INTEGER,
  price_opt TEXT,
  PRIMARY KEY (farmer_id, pool_grain, crop_yr)
);
INSERT INTO Elevator VALUES (1, 'Hays Co-op Elevator', 'Hays', 'KS', 'C', '1450000', 'Y', 1958, 'Dale Kessler');
INSERT INTO Elevator VALUES (2, 'Russell Grain', 'Russell', 'KS', 'C', '620000', 'N', 1947, 'Marla Dinkel');
INSERT INTO Elevator VALUES (3, 'Colby Terminal', 'Colby', 'KS', 'T', '3200000', 'Y', 1976, 'Ron Schultz');
INSERT INTO Elevator VALUES (4, 'Goodland Elevator', 'Goodland', 'KS', 'C', '880000', 'Y', 1952, NULL);
INSERT INTO Elevator VALUES (5, 'Dodge City Terminal', 'Dodge City', 'KS', 'T', '4100000', 'Y', 1981, 'Teresa Gallegos');
INSERT INTO Elevator VALUES (6, 'Garden City Co-op', 'Garden City', 'KS', 'S', '2250000', 'Y', 1969, 'Brent Wiens');
INSERT INTO Elevator VALUES (7, 'Salina Mill Elevator', 'Salina', 'KS', 'T', '2750000', 'Y', 1963, 'Paula Hoch');
INSERT INTO Elevator VALUES (8, 'Pratt Elevator', 'Pratt', 'KS', 'C', '540000', 'N', 1939, 'Gene Unruh');
INSERT INTO Elevator VALUES (9, 'Kingman Grain', 'Kingman', 'KS', 'C', '410000', 'N', 1935, NULL);
INSERT INTO Elevator VALUES (10, 'Great Bend Co-op', 'Great Bend', 'KS', 'S', '1900000', 'Y', 1966, 'Lisa Brungardt');
INSERT INTO Elevator VALUES (11, 'Norton Elevator', 'Norton', 'KS', 'C', '365000', 'N', 1929, 'Hank Ross');
INSERT INTO Elevator VALUES (12, 'McCook Elevator', 'McCook', 'NE', 'C', '960000', 'Y', 1955, 'Sandra Koch');
INSERT INTO Elevator VALUES (13, 'Holdrege Grain', 'Holdrege', 'NE', 'S', '1320000', 'Y', 1971, 'Curtis Lindgren');
INSERT INTO Elevator VALUES (14, 'Enid Terminal', 'Enid', 'OK', 'T', '5600000', 'Y', 1949, 'Jim Harjo');
INSERT INTO Elevator VALUES (15, 'Alva Co-op', 'Alva', 'OK', 'C', '475000', 'N', 1957, 'Donna Yoder');
INSERT INTO Elevator VALUES (16, 'Kearney Elevator', 'Kearney', 'NE', 'C', '710000', 'N', 1961, NULL);
INSERT INTO farms VALUES (1, 'Prairie Wind Farms', 'Ellis', 'KS', 3360, 'N', 1);
INSERT INTO farms VALUES (2, 'Kessler Acres', 'Ellis', 'KS', 5060, 'N', 1);
INSERT INTO farms VALUES (3, 'Smoky Hill Ranch', 'Russell', 'KS', 1620, 'N', 2);
INSERT INTO farms VALUES (4, 'Dinkel Brothers Farm', 'Russell', 'KS', 3960, 'N', 2);
INSERT INTO farms VALUES (5, 'High Plains Grain', 'Thomas', 'KS', 4180, 'Y', 3);
INSERT INTO farms VALUES (6, 'Sunflower Valley Farm', 'Thomas', 'KS', 530, 'Y', 3);
INSERT INTO farms VALUES (7, 'Sherman Creek Farm', 'Sherman', 'KS', 1610, 'N', 4);
INSERT INTO farms VALUES (8, 'Big Sky Acres', 'Sherman', 'KS', 2660, 'N', 4);
INSERT INTO farms VALUES (9, 'Arkansas River Farms', 'Ford', 'KS', 4820, 'N', 5);
INSERT INTO farms VALUES (10, 'Fort Dodge Farm', 'Ford', 'KS', 1050, 'Y', 5);
INSERT INTO farms VALUES (11, 'Cimarron Fields', 'Ford', 'KS', 1730, 'N', 5);
INSERT INTO farms VALUES (12, 'Finney Irrigated Farms', 'Finney', 'KS', 5160, 'Y', 6);
INSERT INTO farms VALUES (13, 'Holcomb Ridge Farm', 'Finney', 'KS', 2200, 'Y', 6);
INSERT INTO farms VALUES (14, 'Saline River Farm', 'Saline', 'KS', 3080, 'Y', 7);
INSERT INTO farms VALUES (15, 'Twin Oaks Farm', 'Saline', 'KS', 790, 'N', 7);
INSERT INTO farms VALUES (16, 'Pratt County Grain', 'Pratt', 'KS', 1290, 'N', 8);
INSERT INTO farms VALUES (17, 'Ninnescah Farms', 'Kingman', 'KS', 2960, 'N', 9);
INSERT INTO farms VALUES (18, 'Cheyenne Bottoms Farm', 'Barton', 'KS', 3370, 'N', 10);
INSERT INTO farms VALUES (19, 'Walnut Creek Acres', 'Barton', 'KS', 2610, 'N', 10);
INSERT INTO farms VALUES (20, 'Prairie Dog Creek Farm', 'Norton', 'KS', 2560, 'N', 11);
INSERT INTO farms VALUES (21, 'Republican Valley Farm', 'Red Willow', 'NE', 3220, 'Y', 12);
INSERT INTO farms VALUES (22, 'Frenchman Creek Farm', 'Red Willow', 'NE', 2980, 'Y', 12);
INSERT INTO farms VALUES (23, 'Phelps County Farms', 'Phelps', 'NE', 2100, 'Y', 13);
INSERT INTO farms VALUES (24, 'Platte Bend Farm', 'Buffalo', 'NE', 1560, 'N', 16);
INSERT INTO farms VALUES (25, 'Buffalo Flats Farm', 'Buffalo', 'NE', 410, 'Y', 16);
INSERT INTO farms VALUES (26, 'Red Rock Farm', 'Garfield', 'OK', 3180, 'N', 14);
INSERT INTO farms VALUES (27, 'Chisholm Trail Farms', 'Garfield', 'OK', 1250, 'N', 14);
INSERT INTO farms VALUES (28, 'Salt Fork Farm', 'Woods', 'OK', 1760, 'N', 15);
INSERT INTO farms VALUES (29, 'Little Sahara Acres', 'Woods', 'OK', 4840, 'N', 15);
INSERT INTO farms VALUES (30, 'Medicine Lodge Farm', 'Barber', 'KS', 2430, 'Y', 8);
INSERT INTO Farmer VALUES (1, 'Bonnie', 'Dinkel', 1, NULL, '1994-08-27', '785-400-7879', 'A');
INSERT INTO Farmer VALUES (2, 'James', 'Brungardt', 2, NULL, '2005-10-06', '785-505-8530', 'A');
INSERT INTO Farmer VALUES (3, 'James', 'Riedel', 3, NULL, '2016-06-01', '785-871-0757', 'A');
INSERT INTO Farmer VALUES (4, 'Heidi', 'Lindgren', 4, NULL, '1985-08-07', '785-830-0667', 'A');
INSERT INTO Farmer VALUES (5, 'Gloria', 'Vogel', 5, NULL, '2000-06-11', '785-363-4993', 'A');
INSERT INTO Farmer VALUES (6, 'Jolene', 'Schmidt', 6, NULL, '1978-08-22', '785-210-6991', 'A');
INSERT INTO Farmer VALUES (7, 'Mary', 'Stucky', 7, NULL, '2013-04-01', NULL, 'A');
INSERT INTO Farmer VALUES (8, 'Mark', 'Wiens', 8, NULL, '2018-04-03', '785-261-4085', 'I');
INSERT INTO Farmer VALUES (9, 'Merle', 'Koch', 9, 5, '1978-05-23', '620-838-6635', 'I');
INSERT INTO Farmer VALUES (10, 'Leroy', 'Friesen', 10, NULL, '1980-03-03', '620-975-3762', 'A');
INSERT INTO Farmer VALUES (11, 'Arlene', 'Kessler', 11, NULL, '2014-09-05', '620-740-6304', 'A');
INSERT INTO Farmer VALUES (12, 'Marvin', 'Harjo', 12, NULL, '2009-07-21', '620-489-8923', 'A');
INSERT INTO Farmer VALUES (13, 'Leroy', 'Nelson', 13, NULL, '2018-02-14', '620-395-1030', 'A');
INSERT INTO Farmer VALUES (14, 'Gary', 'Hoffman', 14, NULL, '1990-03-05', '785-909-3132', 'R');
INSERT INTO Farmer VALUES (15, 'Marvin', 'Riedel', 15, NULL, '1991-10-07', '785-388-7905', 'A');
INSERT INTO Farmer VALUES (16, 'Dennis', 'Vogel', 16, NULL, '1998-07-21', '620-466-4726', 'A');
INSERT INTO Farmer VALUES (17, 'Mary', 'Yoder', 17, NULL, '1989-01-21', '620-977-6659', 'A');
INSERT INTO Farmer VALUES (18, 'Linda', 'Schmidt', 18, 8, '2018-04-17', '785-947-7049', 'A');
INSERT INTO Farmer VALUES (19, 'Carol', 'Kessler', 19, NULL, '1978-05-15', NULL, 'A');
INSERT INTO Farmer VALUES (20, 'Paul', 'Dinkel', 20, NULL, '1978-05-09', '785-793-2404', 'I');
INSERT INTO Farmer VALUES (21, 'Marvin', 'Schroeder', 21, NULL, '2001-05-11', '308-260-5809', 'A');
INSERT INTO Farmer VALUES (22, 'Marvin', 'Ediger', 22, NULL, '1993-08-23', '308-465-4217', 'A');
INSERT INTO Farmer VALUES (23, 'Linda', 'Vogel', 23, NULL, '2004-04-05', '308-832-1345', 'A');
INSERT INTO Farmer VALUES (24, 'Linda', 'Janzen', 24, NULL, '1981-08-19', '308-500-3732', 'A');
INSERT INTO Farmer VALUES (25, 'Karen', 'Nelson', 25, NULL, '1978-02-27', '308-886-0508', 'A');
INSERT INTO Farmer VALUES (26, 'Merle', 'Pfeifer', 26, NULL, '2001-08-09', '580-766-6332', 'A');
INSERT INTO Farmer VALUES (27, 'Darlene', 'Lindgren', 27, 1, '2006-04-18', '580-466-4387', 'A');
INSERT INTO Farmer VALUES (28, 'Kyle', 'Lindgren', 28, NULL, '2016-02-12', '580-593-4784', 'A');
INSERT INTO Farmer VALUES (29, 'Heidi', 'Friesen', 29, NULL, '1999-05-14', '580-709-8103', 'A');
INSERT INTO Farmer VALUES (30, 'Kyle', 'Brungardt', 30, NULL, '1988-06-13', '620-303-5629', 'A');
INSERT INTO Farmer VALUES (31, 'Joyce', 'Unruh', 12, 12, '2011-12-28', '620-852-4704', 'A');
INSERT INTO Farmer VALUES (32, 'Roger', 'Petersen', 27, 27, '1979-09-17', '580-993-0106', 'A');
INSERT INTO Farmer VALUES (33, 'Brian', 'Pfeifer', 27, 27, '2007-04-20', '580-235-9693', 'A');
INSERT INTO Farmer VALUES (34, 'Clint', 'Schmidt', 17, 17, '1984-12-10', '620-815-8838', 'R');
INSERT INTO Farmer VALUES (35, 'Dustin', 'Nelson', 13, 13, '2018-10-23', '620-468-1313', 'A');
INSERT INTO Farmer VALUES (36, 'Joyce', 'Nelson', 15, 15, '2022-02-21', '785-517-4986', 'A');
INSERT INTO Farmer VALUES (37, 'Michael', 'Goering', 27, 27, '2021-11-19', '580-403-5530', 'A');
INSERT INTO Farmer VALUES (38, 'Tanya', 'Yoder', 26, 26, '2006-07-06', '580-413-9553', 'A');
INSERT INTO Farmer VALUES (39, 'Carol', 'Koch', 27, 27, '2002-02-01', '580-708-3765', 'A');
INSERT INTO Farmer VALUES (40, 'Darlene', 'Dinkel', 18, 18, '2021-04-23', '785-888-4845', 'I');
INSERT INTO Farmer VALUES (41, 'Mark', 'Vogel', 19, 19, '1995-05-28', '785-628-6487', 'A');
INSERT INTO Farmer VALUES (42, 'Arlene', 'Vogel', 11, 11, '2000-09-25', '620-533-8894', 'A');
INSERT INTO Farmer VALUES (43, 'Steven', 'Wiens', 2, 2, '2016-09-19', '785-386-8086', 'A');
INSERT INTO Farmer VALUES (44, 'Carol', 'Nelson', 26, 26, '2020-12-20', '580-302-5277', 'A');
INSERT INTO Farmer VALUES (45, 'Larry', 'Schroeder', 5, 5, '1978-08-07', '785-499-3567', 'R');
INSERT INTO Farmer VALUES (46, 'Jolene', 'Petersen', 4, 4, '2005-03-27', '785-732-4053', 'A');
INSERT INTO Farmer VALUES (47, 'Brian', 'Vogel', 5, 5, '2005-05-11', '785-724-3084', 'A');
INSERT INTO Farmer VALUES (48, 'Kevin', 'Lindgren', 21, 21, '1989-01-08', '308-850-3693', 'A');
INSERT INTO Farmer VALUES (49, 'Ruth', 'Kessler', 10, 10, '1983-01-07', '620-202-5646', 'A');
INSERT INTO Farmer VALUES (50, 'Janet', 'Berndt', 23, 23, '2013-05-14', '308-881-8738', 'A');
INSERT INTO Farmer VALUES (51, 'Gary', 'Nelson', 12, 12, '1992-12-04', '620-661-3003', 'A');
INSERT INTO Farmer VALUES (52, 'Linda', 'Lindgren', 27, 27, '2020-09-08', '580-393-1223', 'A');
INSERT INTO Ref_Grain_Codes VALUES ('HRW', 'Hard Red Winter Wheat', 1, 60, 6.85);
INSERT INTO Ref_Grain_Codes VALUES ('HRS', 'Hard Red Spring Wheat', 1, 60, 7.42);
INSERT INTO Ref_Grain_Codes VALUES ('HWW', 'Hard White Wheat', 2, 60, 6.97);
INSERT INTO Ref_Grain_Codes VALUES ('SRW', 'Soft Red Winter Wheat', 2, 60, 6.18);
INSERT INTO Ref_Grain_Codes VALUES ('SWW', 'Soft White Wheat', 2, 60, 6.51);
INSERT INTO Ref_Grain_Codes VALUES ('DUR', 'Durum Wheat', 1, 60, 8.12);
INSERT INTO Ref_Grain_Codes VALUES ('YC', 'Yellow Corn', 2, 56, 4.66);
INSERT INTO Ref_Grain_Codes VALUES ('WC', 'White Corn', 2, 56, 4.91);
INSERT INTO Ref_Grain_Codes VALUES ('SB', 'Soybeans', 1, 60, 12.87);
INSERT INTO Ref_Grain_Codes VALUES ('SOR', 'Grain Sorghum', 2, 56, 4.31);
INSERT INTO Ref_Grain_Codes VALUES ('MBAR', 'Malting Barley', 1, 48, 6.74);
INSERT INTO Ref_Grain_Codes VALUES ('FBAR', 'Feed Barley', 3, 48, 4.08);
INSERT INTO Ref_Grain_Codes VALUES ('OAT', 'Oats', 2, 32, 3.56);
INSERT INTO Ref_Grain_Codes VALUES ('RYE', 'Rye', 2, 56, 5.23);
INSERT INTO Ref_Grain_Codes VALUES ('FLX', 'Flaxseed', 1, 56, 13.46);
INSERT INTO Ref_Grain_Codes VALUES ('TRI', 'Triticale', 3, 50, 4.79);
INSERT INTO deliveries VALUES (1, 'TKS-10037', 8, 4, 'SOR', '2023-11-27', 48683, 16.7, 1.0);
INSERT INTO deliveries VALUES (2, 'TKS-10074', 16, 8, 'HRW', '2023-06-19', 25325, 14.0, 2.2);
INSERT INTO deliveries VALUES (3, 'TOK-10111', 33, 14, 'SOR', '2023-10-06', 21624, 14.3, 0.6);
INSERT INTO deliveries VALUES (4, 'TKS-10148', 31, 6, 'HRW', '2023-06-20', 53784, 11.2, 2.3);
INSERT INTO deliveries VALUES (5, 'TOK-10185', 39, 15, 'HRW', '2023-06-28', 30403, 12.0, NULL);
INSERT INTO deliveries VALUES (6, 'TNE-10222', 24, 16, 'SB', '2023-11-01', 42203, 11.8, 1.9);
INSERT INTO deliveries VALUES (7, 'TKS-10259', 3, 2, 'HRW', '2023-07-26', 57525, 13.5, 0.3);
INSERT INTO deliveries VALUES (8, 'TKS-10296', 10, 9, 'SOR', '2023-11-19', 29102, 16.4, 1.4);
INSERT INTO deliveries VALUES (9, 'TKS-10333', 1, 3, 'SB', '2023-10-12', 37577, 11.2, 1.8);
INSERT INTO deliveries VALUES (10, 'TNE-10370', 25, 16, 'YC', '2023-10-23', 34231, 18.6, 0.5);
INSERT INTO deliveries VALUES (11, 'TOK-10407', 33, 15, 'HRW', '2023-07-05', 53016, 12.6, 1.5);
INSERT INTO deliveries VALUES (12, 'TOK-10444', 29, 15, 'HRW', '2023-07-09', 49720, 14.2, 2.7);
INSERT INTO deliveries VALUES (13, 'TNE-10481', 50, 16, 'WC', '2023-10-01', 56806, 18.5, 2.8);
INSERT INTO deliveries VALUES (14, 'TKS-10518', 5, 3, 'HRW', '2023-07-18', 40258, 13.8, 1.6);
INSERT INTO deliveries VALUES (15, 'TNE-10555', 25, 13, 'YC', '2023-10-17', 48846, 16.7, 1.1);
INSERT INTO deliveries VALUES (16, 'TKS-10592', 20, 7, 'YC', '2023-10-11', 45421, 17.3, 2.7);
INSERT INTO deliveries VALUES (17, 'TOK-10629', 28, 15, 'HRW', '2023-07-10', 57205, 13.8, 1.5);
INSERT INTO deliveries VALUES (18, 'TKS-10666', 47, 3, 'HRW', '2023-07-10', 43972, 12.3, 1.7);
INSERT INTO deliveries VALUES (19, 'TKS-10703', 43, 1, 'TRI', '2023-07-03', 34726, 12.9, 2.8);
INSERT INTO deliveries VALUES (20, 'TOK-10740', 52, 14, 'HRW', '2023-07-22', 30003, 13.2, 1.5);
INSERT INTO deliveries VALUES (21, 'TKS-10777', 3, 2, 'HWW', '2023-07-21', 38408, 10.9, 0.4);
INSERT INTO deliveries VALUES (22, 'TKS-10814', 15, 2, 'SB', '2023-10-31', 30738, 11.8, 1.3);
INSERT INTO deliveries VALUES (23, 'TNE-10851', 22, 12, 'YC', '2023-11-04', 30616, 19.7, 1.3);
INSERT INTO deliveries VALUES (24, 'TNE-10888', 23, 13, 'WC', '2023-11-01', 47494, 15.4, 2.0);
INSERT INTO deliveries VALUES (25, 'TOK-10925', 37, 15, 'HRW', '2023-07-26', 34124, 11.3, 1.8);
INSERT INTO deliveries VALUES (26, 'TKS-10962', 46, 2, 'OAT', '2023-07-11', 22535, 10.7, 1.9);
INSERT INTO deliveries VALUES (27, 'TKS-10999', 42, 5, 'FBAR', '2023-07-22', 49527, 11.6, 1.9);
INSERT INTO deliveries VALUES (28, 'TKS-11036', 9, 5, 'SB', '2023-10-28', 51003, 13.7, 2.0);
INSERT INTO deliveries VALUES (29, 'TKS-11073', 17, 9, 'YC', '2023-10-19', 23765, 17.6, 2.5);
INSERT INTO deliveries VALUES (30, 'TKS-11110', 31, 6, 'OAT', '2023-07-16', 30082, 12.3, 1.6);
INSERT INTO deliveries VALUES (31, 'TOK-11147', 32, 14, 'HRW', '2023-07-02', 33518, 12.8, 2.4);
INSERT INTO deliveries VALUES (32, 'TKS-11184', 40, 10, 'HRW', '2023-07-09', 57002, 13.5, 1.5);
INSERT INTO deliveries VALUES (33, 'TKS-11221', 34, 6, 'HWW', '2023-06-19', 34482, 10.4, 1.2);
INSERT INTO deliveries VALUES (34, 'TKS-11258', 4, 2, 'YC', '2023-11-09', 40031, 19.1, 2.0);
INSERT INTO deliveries VALUES (35, 'TKS-11295', 11, 5, 'SOR', '2023-11-06', 28074, 12.9, 0.2);
INSERT INTO deliveries VALUES (36, 'TOK-11332', 33, 14, 'SOR', '2023-10-06', 53598, 16.1, 0.4);
INSERT INTO deliveries VALUES (37, 'TOK-11369', 26, 14, 'HRW', '2023-07-26', 37131, 13.6, 1.5);
INSERT INTO deliveries VALUES (38, 'TKS-11406', 34, 9, 'SB', '2023-10-11', 42728, 14.4, 0.7);
INSERT INTO deliveries VALUES (39, 'TNE-11443', 21, 12, 'OAT', '2023-08-07', 15632, 12.6, 1.7);
INSERT INTO deliveries VALUES (40, 'TKS-11480', 51, 6, 'YC', '2023-09-21', 57126, 13.7, 2.6);
INSERT INTO deliveries VALUES (41, 'TKS-11517', 6, 2, 'YC', '2023-09-19', 32655, 18.2, NULL);
INSERT INTO deliveries VALUES (42, 'TNE-11554', 22, 13, 'YC', '2023-09-20', 24058, 16.7, 0.3);
INSERT INTO deliveries VALUES (43, 'TNE-11591', 21, 12, 'YC', '2023-10-21', 56750, 17.6, NULL);
INSERT INTO deliveries VALUES (44, 'TOK-11628', 29, 15, 'SOR', '2023-11-25', 36306, 15.0, 1.3);
INSERT INTO deliveries VALUES (45, 'TKS-11665', 51, 6, 'YC', '2023-10-19', 56873, 20.5, 1.5);
INSERT INTO deliveries VALUES (46, 'TKS-11702', 45, 7, 'YC', '2023-09-22', 54414, 15.1, 0.9);
INSERT INTO deliveries VALUES (47, 'TKS-11739', 1, 7, 'HRW', '2023-07-27', 56175, 13.9, 0.6);
INSERT INTO deliveries VALUES (48, 'TNE-11776', 21, 12, 'OAT', '2023-07-20', 20493, 11.8, 2.5);
INSERT INTO deliveries VALUES (49, 'TKS-11813', 16, 8, 'HRW', '2023-07-24', 29348, 12.9, 1.4);
INSERT INTO deliveries VALUES (50, 'TNE-11850', 23, 13, 'YC', '2023-11-15', 40561, 15.4, NULL);
INSERT INTO deliveries VALUES (51, 'TKS-11887', 51, 6, 'RYE', '2023-07-19', 32847, 12.4, 1.9);
INSERT INTO deliveries VALUES (52, 'TOK-11924', 39, 14, 'SB', '2023-10-03', 59040, 14.0, 1.7);
INSERT INTO deliveries VALUES (53, 'TKS-11961', 47, 5, 'HWW', '2023-06-22', 27308, 11.2, 1.1);
INSERT INTO deliveries VALUES (54, 'TKS-11998', 46, 2, 'HRW', '2023-07-13', 35700, 11.1, 1.6);
INSERT INTO deliveries VALUES (55, 'TKS-12035', 10, 4, 'HRW', '2023-07-24', 27039, 12.8, 1.5);
INSERT INTO deliveries VALUES (56, 'TKS-12072', 18, 9, 'HRW', '2023-07-12', 31030, 10.6, 1.3);
INSERT INTO deliveries VALUES (57, 'TKS-12109', 19, 10, 'FLX', '2023-09-13', 28606, 12.9, 2.3);
INSERT INTO deliveries VALUES (58, 'TOK-12146', 33, 14, 'HRW', '2023-06-15', 42881, 11.3, NULL);
INSERT INTO deliveries VALUES (59, 'TKS-12183', 41, 10, 'HRW', '2023-06-16', 55059, 10.7, 0.7);
INSERT INTO deliveries VALUES (60, 'TKS-12220', 30, 7, 'SB', '2023-10-09', 60667, 11.6, 1.9);
INSERT INTO deliveries VALUES (61, 'TKS-12257', 5, 3, 'YC', '2023-10-30', 46967, 17.9, 1.1);
INSERT INTO deliveries VALUES (62, 'TKS-12294', 13, 6, 'YC', '2023-11-11', 30844, 14.5, 0.4);
INSERT INTO deliveries VALUES (63, 'TNE-12331', 50, 16, 'OAT', '2023-08-02', 25625, 11.6, 2.0);
INSERT INTO deliveries VALUES (64, 'TOK-12368', 28, 14, 'HRW', '2023-06-13', 50388, 13.3, 0.4);
INSERT INTO deliveries VALUES (65, 'TKS-12405', 35, 3, 'FBAR', '2023-06-30', 33674, 12.5, 1.8);
INSERT INTO deliveries VALUES (66, 'TOK-12442', 32, 15, 'SB', '2023-10-21', 41782, 12.1, 2.5);
INSERT INTO deliveries VALUES (67, 'TOK-12479', 52, 14, 'HRW', '2023-07-28', 59517, 10.8, 0.8);
INSERT INTO deliveries VALUES (68, 'TKS-12516', 7, 7, 'SOR', '2023-10-22', 43358, 17.0, 2.2);
INSERT INTO deliveries VALUES (69, 'TOK-12553', 32, 14, 'SOR', '2023-10-07', 37454, 17.2, 0.2);
INSERT INTO deliveries VALUES (70, 'TNE-12590', 22, 12, 'SB', '2023-10-19', 41655, 14.2, 1.1);
INSERT INTO deliveries VALUES (71, 'TKS-12627', 30, 8, 'YC', '2023-09-29', 24503, 18.9, 1.4);
INSERT INTO deliveries VALUES (72, 'TKS-12664', 15, 7, 'FBAR', '2023-07-07', 39206, 11.1, 1.4);
INSERT INTO deliveries VALUES (73, 'TKS-12701', 46, 10, 'SB', '2023-10-04', 37496, 14.2, 1.8);
INSERT INTO deliveries VALUES (74, 'TKS-12738', 2, 9, 'YC', '2023-10-19', 34297, 15.0, NULL);
INSERT INTO deliveries VALUES (75, 'TKS-12775', 14, 7, 'HRW', '2023-06-16', 54381, 13.7, 2.6);
INSERT INTO deliveries VALUES (76, 'TKS-12812', 17, 2, 'HRW', '2023-06-17', 41168, 13.2, 1.4);
INSERT INTO deliveries VALUES (77, 'TNE-12849', 24, 16, 'YC', '2023-11-12', 23735, 16.8, NULL);
INSERT INTO deliveries VALUES (78, 'TKS-12886', 8, 4, 'HRW', '2023-07-02', 22940, 12.3, NULL);
INSERT INTO deliveries VALUES (79, 'TKS-12923', 40, 10, 'HRW', '2023-06-16', 32060, 12.5, 1.7);
INSERT INTO deliveries VALUES (80, 'TNE-12960', 48, 12, 'HRW', '2023-07-23', 56184, 13.8, 0.5);
INSERT INTO deliveries VALUES (81, 'TKS-12997', 7, 4, 'OAT', '2023-07-04', 18411, 14.1, 0.6);
INSERT INTO deliveries VALUES (82, 'TKS-13034', 11, 9, 'SOR', '2023-11-07', 34277, 16.9, 1.2);
INSERT INTO deliveries VALUES (83, 'TKS-13071', 19, 10, 'HRW', '2023-06-13', 37096, 14.0, 1.1);
INSERT INTO deliveries VALUES (84, 'TKS-13108', 41, 10, 'HRW', '2023-06-28', 34021, 11.0, 0.4);
INSERT INTO deliveries VALUES (85, 'TKS-13145', 34, 9, 'YC', '2023-09-27', 22666, 20.8, 2.2);
INSERT INTO deliveries VALUES (86, 'TKS-13182', 42, 5, 'SOR', '2023-11-04', 39929, 14.4, 1.7);
INSERT INTO deliveries VALUES (87, 'TOK-13219', 39, 14, 'HRW', '2023-07-22', 35571, 12.6, NULL);
INSERT INTO deliveries VALUES (88, 'TKS-13256', 6, 10, 'HRS', '2023-08-28', 55449, 14.0, 1.6);
INSERT INTO deliveries VALUES (89, 'TKS-13293', 14, 7, 'FBAR', '2023-06-21', 44709, 10.6, 0.5);
INSERT INTO deliveries VALUES (90, 'TKS-13330', 17, 9, 'SOR', '2023-10-13', 39858, 12.6, 2.1);
INSERT INTO deliveries VALUES (91, 'TOK-13367', 29, 14, 'SOR', '2023-11-04', 48204, 13.5, 0.9);
INSERT INTO deliveries VALUES (92, 'TKS-13404', 36, 7, 'YC', '2023-09-30', 25866, 20.5, NULL);
INSERT INTO deliveries VALUES (93, 'TOK-13441', 37, 15, 'HRW', '2023-07-14', 29413, 13.9, 1.8);
INSERT INTO deliveries VALUES (94, 'TKS-13478', 1, 1, 'YC', '2023-09-20', 22704, 17.8, 1.9);
INSERT INTO deliveries VALUES (95, 'TKS-13515', 8, 1, 'SB', '2023-10-25', 49866, 13.8, NULL);
INSERT INTO deliveries VALUES (96, 'TKS-13552', 41, 10, 'YC', '2023-10-07', 21682, 18.2, 2.2);
INSERT INTO deliveries VALUES (97, 'TNE-13589', 23, 13, 'YC', '2023-09-15', 56466, 17.3, 1.1);
INSERT INTO deliveries VALUES (98, 'TKS-13626', 31, 6, 'HRW', '2023-07-12', 29562, 11.4, 1.6);
INSERT INTO deliveries VALUES (99, 'TNE-13663', 25, 13, 'HRW', '2023-07-01', 27263, 10.8, 2.5);
INSERT INTO deliveries VALUES (100, 'TKS-13700', 47, 3, 'SOR', '2023-10-19', 52224, 14.2, 0.8);
INSERT INTO deliveries VALUES (101, 'TKS-13737', 3, 2, 'RYE', '2023-07-04', 28763, 12.9, 0.5);
INSERT INTO deliveries VALUES (102, 'TKS-13774', 34, 9, 'HRW', '2023-06-16', 46604, 12.1, 1.4);
INSERT INTO deliveries VALUES (103, 'TKS-13811', 18, 8, 'HRW', '2023-07-01', 49577, 11.7, 2.1);
INSERT INTO deliveries VALUES (104, 'TNE-13848', 25, 16, 'YC', '2023-09-12', 49765, 18.9, 1.5);
INSERT INTO deliveries VALUES (105, 'TOK-13885', 32, 14, 'HRW', '2023-07-25', 32999, 12.8, 1.6);
INSERT INTO deliveries VALUES (106, 'TKS-13922', 41, 10, 'YC', '2023-10-15', 57437, 19.8, 2.5);
INSERT INTO deliveries VALUES (107, 'TNE-13959', 50, 13, 'WC', '2023-10-13', 51299, 19.9, 2.0);
INSERT INTO deliveries VALUES (108, 'TKS-13996', 43, 11, 'HRW', '2023-07-19', 31835, 13.9, 0.9);
INSERT INTO deliveries VALUES (109, 'TKS-14033', 13, 6, 'FBAR', '2023-06-27', 22350, 12.5, 2.2);
INSERT INTO deliveries VALUES (110, 'TKS-14070', 20, 11, 'SOR', '2023-11-24', 48572, 14.5, 1.4);
INSERT INTO deliveries VALUES (111, 'TKS-14107', 46, 2, 'HRW', '2023-06-29', 60243, 14.1, 2.0);
INSERT INTO deliveries VALUES (112, 'TKS-14144', 35, 1, 'SB', '2023-09-26', 47746, 10.8, 0.6);
INSERT INTO deliveries VALUES (113, 'TKS-14181', 43, 2, 'YC', '2023-10-04', 24172, 18.3, 1.3);
INSERT INTO deliveries VALUES (114, 'TKS-14218', 51, 6, 'SB', '2023-09-25', 51227, 13.5, 1.2);
INSERT INTO deliveries VALUES (115, 'TKS-14255', 7, 9, 'HWW', '2023-07-08', 53579, 10.6, 0.3);
INSERT INTO deliveries VALUES (116, 'TKS-14292', 15, 7, 'SOR', '2023-10-17', 50040, 16.5, 0.5);
INSERT INTO deliveries VALUES (117, 'TKS-14329', 13, 3, 'YC', '2023-10-24', 35780, 16.8, 0.3);
INSERT INTO deliveries VALUES (118, 'TKS-14366', 30, 11, 'YC', '2023-11-08', 23074, 18.5, 0.8);
INSERT INTO QualityTest VALUES (1, 1, '2023-11-28', '55.8', NULL, 1.1, 'P', 'TPC');
INSERT INTO QualityTest VALUES (2, 2, '2023-06-20', '58.6', 11.6, 0.8, 'P', 'AMH');
INSERT INTO QualityTest VALUES (3, 4, '2023-06-22', '59.8', 13.1, 1.7, 'P', 'AMH');
INSERT INTO QualityTest VALUES (4, 5, '2023-06-30', '59.0', 13.3, 1.9, 'P', 'BDW');
INSERT INTO QualityTest VALUES (5, 6, '2023-11-03', '53.4', NULL, 2.8, 'F', 'KLS');
INSERT INTO QualityTest VALUES (6, 8, '2023-11-20', '56.4', NULL, 0.2, 'P', 'KLS');
INSERT INTO QualityTest VALUES (7, 9, '2023-10-12', '58.7', NULL, 1.8, 'P', 'JRM');
INSERT INTO QualityTest VALUES (8, 10, '2023-10-25', '58.1', NULL, 3.1, 'F', 'TPC');
INSERT INTO QualityTest VALUES (9, 12, '2023-07-09', '62.4', 11.9, 2.6, 'P', 'TPC');
INSERT INTO QualityTest VALUES (10, 13, '2023-10-03', '55.0', NULL, 0.8, 'P', 'AMH');
INSERT INTO QualityTest VALUES (11, 14, '2023-07-20', '60.7', 11.8, 3.2, 'F', 'BDW');
INSERT INTO QualityTest VALUES (12, 16, '2023-10-11', '57.6', NULL, 1.7, 'P', 'BDW');
INSERT INTO QualityTest VALUES (13, 17, '2023-07-10', '59.6', 11.0, 3.2, 'R', 'KLS');
INSERT INTO QualityTest VALUES (14, 17, '2023-07-13', '57.4', 13.3, 2.5, 'F', 'TPC');
INSERT INTO QualityTest VALUES (15, 18, '2023-07-10', '62.1', 14.2, 1.6, 'P', 'AMH');
INSERT INTO QualityTest VALUES (16, 20, '2023-07-23', '60.8', 11.7, 2.7, 'P', 'AMH');
INSERT INTO QualityTest VALUES (17, 21, '2023-07-23', '60.2', 11.0, 0.3, 'P', 'BDW');
INSERT INTO QualityTest VALUES (18, 22, '2023-10-31', '55.8', NULL, 3.5, 'F', 'KLS');
INSERT INTO QualityTest VALUES (19, 24, '2023-11-02', '55.4', NULL, 1.4, 'P', 'KLS');
INSERT INTO QualityTest VALUES (20, 25, '2023-07-26', '59.5', 12.8, 3.4, 'F', 'JRM');
INSERT INTO QualityTest VALUES (21, 26, '2023-07-13', '34.1', NULL, 0.3, 'P', 'TPC');
INSERT INTO QualityTest VALUES (22, 28, '2023-10-28', '54.0', NULL, 0.2, 'P', 'TPC');
INSERT INTO QualityTest VALUES (23, 29, '2023-10-19', '53.9', NULL, 3.1, 'F', 'AMH');
INSERT INTO QualityTest VALUES (24, 30, '2023-07-18', '35.6', NULL, 1.5, 'P', 'BDW');
INSERT INTO QualityTest VALUES (25, 32, '2023-07-10', '60.0', 10.5, 1.3, 'P', 'BDW');
INSERT INTO QualityTest VALUES (26, 33, '2023-06-19', '59.5', 11.5, 1.7, 'P', 'KLS');
INSERT INTO QualityTest VALUES (27, 34, '2023-11-10', '58.6', NULL, 2.4, 'R', 'JRM');
INSERT INTO QualityTest VALUES (28, 34, '2023-11-12', '58.6', NULL, 0.2, 'P', 'AMH');
INSERT INTO QualityTest VALUES (29, 36, '2023-10-06', '56.8', NULL, 2.4, 'P', 'AMH');
INSERT INTO QualityTest VALUES (30, 37, '2023-07-27', '62.3', 12.6, 1.1, 'P', 'BDW');
INSERT INTO QualityTest VALUES (31, 38, '2023-10-12', '58.4', NULL, 0.5, 'P', 'KLS');
INSERT INTO QualityTest VALUES (32, 40, '2023-09-21', '54.1', NULL, 0.5, 'P', 'KLS');
INSERT INTO QualityTest VALUES (33, 41, '2023-09-21', '56.6', NULL, 0.7, 'P', 'JRM');
INSERT INTO QualityTest VALUES (34, 42, '2023-09-21', '58.6', NULL, 0.1, 'P', 'TPC');
INSERT INTO QualityTest VALUES (35, 44, '2023-11-26', '56.0', NULL, 2.5, 'P', 'TPC');
INSERT INTO QualityTest VALUES (36, 45, '2023-10-19', '57.3', NULL, 3.5, 'F', 'AMH');
INSERT INTO QualityTest VALUES (37, 46, '2023-09-24', '57.4', NULL, 3.2, 'F', 'BDW');
INSERT INTO QualityTest VALUES (38, 48, '2023-07-21', '30.8', NULL, 3.1, 'F', 'BDW');
INSERT INTO QualityTest VALUES (39, 49, '2023-07-26', '62.3', 13.5, 2.6, 'P', 'KLS');
INSERT INTO QualityTest VALUES (40, 50, '2023-11-16', '54.3', NULL, 3.1, 'F', 'JRM');
INSERT INTO QualityTest VALUES (41, 52, '2023-10-04', '55.4', NULL, 2.8, 'P', 'JRM');
INSERT INTO QualityTest VALUES (42, 53, '2023-06-23', '60.2', 12.8, 2.6, 'P', 'TPC');
INSERT INTO QualityTest VALUES (43, 54, '2023-07-13', '57.4', 13.9, 3.3, 'F', 'AMH');
INSERT INTO QualityTest VALUES (44, 56, '2023-07-13', '62.4', 13.7, 1.6, 'P', 'AMH');
INSERT INTO QualityTest VALUES (45, 57, '2023-09-14', '50.1', NULL, 2.5, 'P', 'BDW');
INSERT INTO QualityTest VALUES (46, 58, '2023-06-17', '57.8', 10.9, 1.8, 'F', 'KLS');
INSERT INTO QualityTest VALUES (47, 60, '2023-10-09', '56.3', NULL, 3.6, 'F', 'KLS');
INSERT INTO QualityTest VALUES (48, 61, '2023-10-30', '53.8', NULL, 0.5, 'F', 'JRM');
INSERT INTO QualityTest VALUES (49, 62, '2023-11-13', '57.2', NULL, 2.4, 'P', 'TPC');
INSERT INTO QualityTest VALUES (50, 64, '2023-06-15', '60.9', 14.0, 0.3, 'P', 'TPC');
INSERT INTO QualityTest VALUES (51, 65, '2023-07-02', '47.7', NULL, 3.2, 'F', 'AMH');
INSERT INTO QualityTest VALUES (52, 66, '2023-10-22', '56.5', NULL, 1.3, 'P', 'BDW');
INSERT INTO QualityTest VALUES (53, 68, '2023-10-24', '59.2', NULL, 1.2, 'R', 'BDW');
INSERT INTO QualityTest VALUES (54, 68, '2023-10-27', '58.3', NULL, 0.5, 'P', 'JRM');
INSERT INTO QualityTest VALUES (55, 69, '2023-10-08', '57.7', NULL, 1.4, 'P', 'TPC');
INSERT INTO QualityTest VALUES (56, 70, '2023-10-19', '58.0', NULL, 2.5, 'P', 'AMH');
INSERT INTO QualityTest VALUES (57, 72, '2023-07-07', '44.0', NULL, 3.2, 'F', 'AMH');
INSERT INTO QualityTest VALUES (58, 73, '2023-10-06', '57.6', NULL, 1.0, 'P', 'BDW');
INSERT INTO QualityTest VALUES (59, 74, '2023-10-21', '56.3', NULL, 0.9, 'P', 'KLS');
INSERT INTO QualityTest VALUES (60, 76, '2023-06-19', '58.9', 12.8, 1.7, 'P', 'KLS');
INSERT INTO QualityTest VALUES (61, 77, '2023-11-12', '54.8', NULL, 3.5, 'F', 'JRM');
INSERT INTO QualityTest VALUES (62, 78, '2023-07-03', '61.6', 10.4, 0.5, 'P', 'TPC');
INSERT INTO QualityTest VALUES (63, 80, '2023-07-23', '58.5', 12.5, 2.0, 'P', 'TPC');
INSERT INTO QualityTest VALUES (64, 81, '2023-07-04', '34.3', NULL, 2.9, 'P', 'AMH');
INSERT INTO QualityTest VALUES (65, 82, '2023-11-09', '56.7', NULL, 2.5, 'P', 'BDW');
INSERT INTO QualityTest VALUES (66, 84, '2023-06-30', '61.1', 11.1, 2.6, 'P', 'BDW');
INSERT INTO QualityTest VALUES (67, 85, '2023-09-29', '54.2', NULL, 1.6, 'R', 'KLS');
INSERT INTO QualityTest VALUES (68, 85, '2023-10-02', '54.1', NULL, 0.6, 'P', 'TPC');
INSERT INTO QualityTest VALUES (69, 86, '2023-11-05', '57.2', NULL, 2.9, 'P', 'AMH');
INSERT INTO QualityTest VALUES (70, 88, '2023-08-29', '59.0', 12.5, 3.3, 'F', 'AMH');
INSERT INTO QualityTest VALUES (71, 89, '2023-06-23', '47.5', NULL, 0.2, 'P', 'BDW');
INSERT INTO QualityTest VALUES (72, 90, '2023-10-15', '54.4', NULL, 0.3, 'F', 'KLS');
INSERT INTO QualityTest VALUES (73, 92, '2023-09-30', '54.2', NULL, 3.2, 'F', 'KLS');
INSERT INTO QualityTest VALUES (74, 93, '2023-07-14', '61.0', 11.3, 2.9, 'P', 'JRM');
INSERT INTO QualityTest VALUES (75, 94, '2023-09-21', '55.6', NULL, 1.2, 'P', 'TPC');
INSERT INTO QualityTest VALUES (76, 96, '2023-10-09', '57.7', NULL, 0.7, 'P', 'TPC');
INSERT INTO QualityTest VALUES (77, 97, '2023-09-17', '55.2', NULL, 3.6, 'F', 'AMH');
INSERT INTO QualityTest VALUES (78, 98, '2023-07-12', '61.7', 14.5, 0.5, 'P', 'BDW');
INSERT INTO QualityTest VALUES (79, 100, '2023-10-20', '56.6', NULL, 0.6, 'P', 'BDW');
INSERT INTO QualityTest VALUES (80, 101, '2023-07-05', '53.9', NULL, 0.6, 'P', 'KLS');
INSERT INTO QualityTest VALUES (81, 102, '2023-06-18', '59.3', 12.7, 1.0, 'R', 'JRM');
INSERT INTO QualityTest VALUES (82, 102, '2023-06-19', '60.0', 12.7, 3.2, 'F', 'AMH');
INSERT INTO QualityTest VALUES (83, 104, '2023-09-12', '55.2', NULL, 1.6, 'P', 'AMH');
INSERT INTO QualityTest VALUES (84, 105, '2023-07-26', '62.5', 10.8, 3.0, 'P', 'BDW');
INSERT INTO QualityTest VALUES (85, 106, '2023-10-15', '55.6', NULL, 2.2, 'P', 'KLS');
INSERT INTO QualityTest VALUES (86, 108, '2023-07-19', '58.9', 12.0, 0.8, 'P', 'KLS');
INSERT INTO QualityTest VALUES (87, 109, '2023-06-28', '48.7', NULL, 1.3, 'P', 'JRM');
INSERT INTO QualityTest VALUES (88, 110, '2023-11-25', '59.3', NULL, 2.0, 'P', 'TPC');
INSERT INTO QualityTest VALUES (89, 112, '2023-09-26', '53.8', NULL, 0.9, 'F', 'TPC');
INSERT INTO QualityTest VALUES (90, 113, '2023-10-04', '56.3', NULL, 0.9, 'P', 'AMH');
INSERT INTO QualityTest VALUES (91, 114, '2023-09-25', '54.2', NULL, 2.8, 'P', 'BDW');
INSERT INTO QualityTest VALUES (92, 116, '2023-10-18', '56.5', NULL, 0.3, 'P', 'BDW');
INSERT INTO QualityTest VALUES (93, 117, '2023-10-24', '56.8', NULL, 2.1, 'P', 'KLS');
INSERT INTO QualityTest VALUES (94, 118, '2023-11-08', '54.7', NULL, 1.8, 'P', 'JRM');
INSERT INTO trucks VALUES (101, 'KS GC8625', 'Kenworth', 2021, 975, 1, 'N');
INSERT INTO trucks VALUES (102, 'KS GC9617', 'International', 2012, 1100, 3, 'N');
INSERT INTO trucks VALUES (103, 'KS GC1242', 'International', 2021, 985, 5, 'N');
INSERT INTO trucks VALUES (104, 'KS GC6605', 'Mack', 2016, 1070, 5, 'N');
INSERT INTO trucks VALUES (105, 'KS GC1171', 'Mack', 2013, 905, 6, 'Y');
INSERT INTO trucks VALUES (106, 'KS GC8538', 'Kenworth', 2021, 885, 7, 'N');
INSERT INTO trucks VALUES (107, 'KS GC6874', 'Kenworth', 2014, 890, 7, 'N');
INSERT INTO trucks VALUES (108, 'KS GC2273', 'Volvo', 2017, 1060, 10, 'N');
INSERT INTO trucks VALUES (109, 'NE GC4672', 'Mack', 2021, 1120, 12, 'N');
INSERT INTO trucks VALUES (110, 'NE GC7064', 'International', 2021, 1105, 13, 'Y');
INSERT INTO trucks VALUES (111, 'OK GC4484', 'Mack', 2003, 980, 14, 'N');
INSERT INTO trucks VALUES (112, 'OK GC9437', 'Kenworth', 2005, 1140, 14, 'N');
INSERT INTO trucks VALUES (113, 'KS GC8703', 'Volvo', 2020, 1040, 3, 'N');
INSERT INTO trucks VALUES (114, 'KS GC7550', 'International', 2010, 970, 6, 'N');
INSERT INTO trucks VALUES (115, 'KS GC3077', 'Volvo', 2008, 880, 10, 'Y');
INSERT INTO trucks VALUES (116, 'KS GC3964', 'Freightliner', 2009, 920, 1, 'N');
INSERT INTO trucks VALUES (117, 'KS GC9051', 'Mack', 2010, 1015, 5, 'N');
INSERT INTO trucks VALUES (118, 'OK GC6552', 'Freightliner', 2017, 1030, 14, 'N');
INSERT INTO TruckHaul VALUES (1, 108, 8, 3, 'YC', '2023-11-17', 1027, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (2, 115, 3, 13, 'YC', '2023-10-01', 827, 'Carla Nelson');
INSERT INTO TruckHaul VALUES (3, 104, 2, 7, 'HRW', '2023-08-12', 1067, 'Mike Olson');
INSERT INTO TruckHaul VALUES (4, 111, 2, 7, 'YC', '2023-10-30', 892, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (5, 118, 1, 5, 'HRW', '2023-07-05', 904, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (6, 107, 13, 3, 'YC', '2023-11-20', 840, 'Carla Nelson');
INSERT INTO TruckHaul VALUES (7, 114, 15, 14, 'HRW', '2023-08-22', 885, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (8, 103, 9, 3, 'HRW', '2023-07-23', 850, NULL);
INSERT INTO TruckHaul VALUES (9, 110, 12, 13, 'HRW', '2023-08-06', 1010, 'Mike Olson');
INSERT INTO TruckHaul VALUES (10, 117, 16, 13, 'YC', '2023-09-28', 992, 'Tina Vogel');
INSERT INTO TruckHaul VALUES (11, 106, 13, 14, 'SB', '2023-10-18', 747, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (12, 113, 1, 3, 'HRW', '2023-07-02', 981, NULL);
INSERT INTO TruckHaul VALUES (13, 102, 8, 6, 'SB', '2023-11-28', 1005, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (14, 109, 15, 14, 'YC', '2023-11-28', 1061, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (15, 116, 1, 3, 'SB', '2023-11-09', 789, NULL);
INSERT INTO TruckHaul VALUES (16, 105, 8, 3, 'HRW', '2023-07-22', 784, NULL);
INSERT INTO TruckHaul VALUES (17, 112, 13, 14, 'HRW', '2023-07-04', 1033, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (18, 101, 1, 5, 'SB', '2023-10-10', 914, 'Mike Olson');
INSERT INTO TruckHaul VALUES (19, 108, 1, 10, 'YC', '2023-11-05', 955, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (20, 115, 1, 7, 'YC', '2023-11-23', 748, NULL);
INSERT INTO TruckHaul VALUES (21, 104, 1, 7, 'YC', '2023-12-08', 1019, 'Mike Olson');
INSERT INTO TruckHaul VALUES (22, 111, 12, 13, 'SB', '2023-11-13', 968, NULL);
INSERT INTO TruckHaul VALUES (23, 118, 16, 13, 'YC', '2023-10-09', 979, 'Bud Hoffman');
INSERT INTO TruckHaul VALUES (24, 107, 10, 5, 'HRW', '2023-07-05', 883, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (25, 114, 8, 3, 'HWW', '2023-07-01', 871, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (26, 103, 2, 3, 'SOR', '2023-12-02', 874, 'Tina Vogel');
INSERT INTO TruckHaul VALUES (27, 110, 1, 7, 'YC', '2023-10-10', 1024, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (28, 117, 12, 6, 'HRW', '2023-07-19', 958, NULL);
INSERT INTO TruckHaul VALUES (29, 106, 11, 7, 'HRW', '2023-07-27', 772, 'Mike Olson');
INSERT INTO TruckHaul VALUES (30, 113, 15, 6, 'SB', '2023-10-20', 928, NULL);
INSERT INTO TruckHaul VALUES (31, 102, 8, 7, 'SB', '2023-11-13', 1008, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (32, 109, 12, 13, 'SOR', '2023-10-21', 1007, NULL);
INSERT INTO TruckHaul VALUES (33, 116, 8, 3, 'HRW', '2023-07-24', 833, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (34, 105, 13, 6, 'HRW', '2023-07-31', 891, 'Tina Vogel');
INSERT INTO TruckHaul VALUES (35, 112, 2, 10, 'SOR', '2023-10-30', 1075, 'Mike Olson');
INSERT INTO TruckHaul VALUES (36, 101, 3, 10, 'YC', '2023-11-25', 882, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (37, 108, 2, 10, 'HRW', '2023-06-22', 932, NULL);
INSERT INTO TruckHaul VALUES (38, 115, 1, 5, 'HRW', '2023-06-26', 868, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (39, 104, 2, 7, 'YC', '2023-11-17', 970, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (40, 111, 16, 6, 'HRW', '2023-06-20', 916, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (41, 118, 8, 5, 'HRW', '2023-08-12', 929, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (42, 107, 1, 3, 'SB', '2023-10-19', 797, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (43, 114, 6, 10, 'HRW', '2023-07-30', 924, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (44, 103, 4, 7, 'HRW', '2023-07-26', 940, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (45, 110, 15, 6, 'SB', '2023-11-11', 1077, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (46, 117, 6, 3, 'YC', '2023-11-28', 884, 'Mike Olson');
INSERT INTO TruckHaul VALUES (47, 106, 2, 7, 'YC', '2023-11-02', 835, 'Tina Vogel');
INSERT INTO TruckHaul VALUES (48, 113, 15, 14, 'SB', '2023-10-26', 912, 'Luis Ortega');
INSERT INTO TruckHaul VALUES (49, 102, 11, 3, 'HRW', '2023-06-28', 1013, NULL);
INSERT INTO TruckHaul VALUES (50, 109, 8, 3, 'SOR', '2023-12-18', 982, 'Mike Olson');
INSERT INTO TruckHaul VALUES (51, 116, 4, 3, 'YC', '2023-12-04', 863, 'Mike Olson');
INSERT INTO TruckHaul VALUES (52, 105, 13, 5, 'HRW', '2023-07-10', 825, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (53, 112, 4, 6, 'YC', '2023-10-04', 1085, 'Ray Janzen');
INSERT INTO TruckHaul VALUES (54, 101, 2, 10, 'HRW', '2023-07-17', 843, NULL);
INSERT INTO TruckHaul VALUES (55, 108, 6, 14, 'SOR', '2023-11-11', 935, NULL);
INSERT INTO TruckHaul VALUES (56, 115, 12, 13, 'HRW', '2023-07-08', 786, 'Bud Hoffman');
INSERT INTO TruckHaul VALUES (57, 104, 9, 3, 'SOR', '2023-12-16', 996, 'Carla Nelson');
INSERT INTO TruckHaul VALUES (58, 111, 6, 5, 'HRW', '2023-08-06', 861, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (59, 118, 4, 7, 'SB', '2023-10-17', 1015, 'Tina Vogel');
INSERT INTO TruckHaul VALUES (60, 107, 12, 13, 'YC', '2023-11-14', 757, 'Scott Ediger');
INSERT INTO TruckHaul VALUES (61, 114, 1, 7, 'SOR', '2023-10-09', 917, NULL);
INSERT INTO TruckHaul VALUES (62, 103, 15, 6, 'SOR', '2023-11-03', 846, NULL);
INSERT INTO TruckHaul VALUES (63, 110, 4, 3, 'SB', '2023-11-08', 1062, 'Jesse Friesen');
INSERT INTO TruckHaul VALUES (64, 117, 11, 6, 'HRW', '2023-07-28', 984, 'Scott Ediger');
INSERT INTO pool_members VALUES (1, 'HRW', 2023, 25000, 'D');
INSERT INTO pool_members VALUES (2, 'HRW', 2023, 28000, 'M');
INSERT INTO pool_members VALUES (3, 'SB', 2023, 11000, 'M');
INSERT INTO pool_members VALUES (3, 'YC', 2023, 22000, 'M');
INSERT INTO pool_members VALUES (4, 'WC', 2023, 27000, 'M');
INSERT INTO pool_members VALUES (5, 'HWW', 2023, 13500, 'M');
INSERT INTO pool_members VALUES (5, 'SB', 2023, 6500, 'M');
INSERT INTO pool_members VALUES (6, 'HRW', 2023, 28000, 'M');
INSERT INTO pool_members VALUES (6, 'MBAR', 2023, 12500, 'A');
INSERT INTO pool_members VALUES (7, 'HRW', 2023, 15000, 'A');
INSERT INTO pool_members VALUES (10, 'HRW', 2023, 28500, 'A');
INSERT INTO pool_members VALUES (10, 'YC', 2023, 13500, 'D');
INSERT INTO pool_members VALUES (11, 'YC', 2023, 17500, 'A');
INSERT INTO pool_members VALUES (12, 'HWW', 2023, 22000, 'D');
INSERT INTO pool_members VALUES (12, 'YC', 2023, 23500, 'M');
INSERT INTO pool_members VALUES (13, 'WC', 2023, 26000, 'D');
INSERT INTO pool_members VALUES (14, 'YC', 2023, 7500, 'A');
INSERT INTO pool_members VALUES (15, 'SB', 2023, 18000, 'A');
INSERT INTO pool_members VALUES (15, 'SOR', 2023, 23500, 'A');
INSERT INTO pool_members VALUES (16, 'YC', 2023, 17500, 'M');
INSERT INTO pool_members VALUES (17, 'SB', 2023, 14000, 'A');
INSERT INTO pool_members VALUES (18, 'YC', 2023, 4000, 'A');
INSERT INTO pool_members VALUES (18, 'MBAR', 2023, 10000, 'D');
INSERT INTO pool_members VALUES (19, 'SB', 2023, 29500, 'A');
INSERT INTO pool_members VALUES (21, 'SB', 2023, 26000, 'A');
INSERT INTO pool_members VALUES (21, 'WC', 2023, 24500, 'A');
INSERT INTO pool_members VALUES (22, 'HRW', 2023, 8000, 'D');
INSERT INTO pool_members VALUES (23, 'HWW', 2023, 13500, 'M');
INSERT INTO pool_members VALUES (24, 'YC', 2023, 28500, 'A');
INSERT INTO pool_members VALUES (24, 'HRW', 2023, 23500, 'A');
INSERT INTO pool_members VALUES (25, 'MBAR', 2023, 16500, 'D');
INSERT INTO pool_members VALUES (25, 'SB', 2023, 16000, 'M');
INSERT INTO pool_members VALUES (26, 'YC', 2023, 3000, 'A');
INSERT INTO pool_members VALUES (27, 'HRW', 2023, 10500, 'M');
INSERT INTO pool_members VALUES (27, 'YC', 2023, 14000, 'M');
INSERT INTO pool_members VALUES (28, 'HRW', 2023, 4500, 'M');
INSERT INTO pool_members VALUES (29, 'SB', 2023, 22500, 'D');
INSERT INTO pool_members VALUES (30, 'HRW', 2023, 5500, 'A');
INSERT INTO pool_members VALUES (30, 'WC', 2023, 12500, 'M');
INSERT INTO pool_members VALUES (31, 'SOR', 2023, 14500, 'D');
INSERT INTO pool_members VALUES (32, 'SOR', 2023, 7500, 'M');
INSERT INTO pool_members VALUES (33, 'YC', 2023, 9500, 'M');
INSERT INTO pool_members VALUES (33, 'HRW', 2023, 9000, 'D');
INSERT INTO pool_members VALUES (34, 'YC', 2023, 16000, 'A');
INSERT INTO pool_members VALUES (35, 'HRW', 2023, 27000, 'A');
INSERT INTO pool_members VALUES (35, 'YC', 2023, 12000, 'M');
INSERT INTO pool_members VALUES (36, 'WC', 2023, 18000, 'A');
INSERT INTO pool_members VALUES (36, 'SOR', 2023, 11500, 'D');
INSERT INTO pool_members VALUES (37, 'HRW', 2023, 23500, 'D');
INSERT INTO pool_members VALUES (38, 'WC', 2023, 21000, 'M');
INSERT INTO pool_members VALUES (39, 'HRW', 2023, 17000, 'M');
INSERT INTO pool_members VALUES (41, 'SB', 2023, 23500, 'A');
INSERT INTO pool_members VALUES (42, 'YC', 2023, 28500, 'D');
INSERT INTO pool_members VALUES (42, 'SOR', 2023, 9500, 'A');
INSERT INTO pool_members VALUES (43, 'YC', 2023, 7500, 'A');
INSERT INTO pool_members VALUES (44, 'HRW', 2023, 13000, 'A');
INSERT INTO pool_members VALUES (45, 'MBAR', 2023, 5500, 'D');
INSERT INTO pool_members VALUES (45, 'HRW', 2023, 10500, 'M');
INSERT INTO pool_members VALUES (45, 'WC', 2023, 9500, 'A');
INSERT INTO pool_members VALUES (46, 'SB', 2023, 9500, 'A');
INSERT INTO pool_members VALUES (47, 'SB', 2023, 8500, 'M');
INSERT INTO pool_members VALUES (48, 'YC', 2023, 29500, 'D');
INSERT INTO pool_members VALUES (49, 'WC', 2023, 8500, 'M');
INSERT INTO pool_members VALUES (50, 'YC', 2023, 11000, 'A');
INSERT INTO pool_members VALUES (50, 'MBAR', 2023, 19000, 'D');
INSERT INTO pool_members VALUES (51, 'SB', 2023, 9000, 'A');
INSERT INTO pool_members VALUES (51, 'HRW', 2023, 3000, 'A');
INSERT INTO pool_members VALUES (52, 'HWW', 2023, 12000, 'A');
COMMIT;
