CREATE TABLE Ref_Ranks (
  rank_code TEXT PRIMARY KEY,
  rank_description TEXT NOT NULL
);

CREATE TABLE Fire_Stations (
  Station_ID INTEGER PRIMARY KEY,
  Station_Name TEXT NOT NULL,
  Town TEXT NOT NULL,
  District TEXT,
  Opened_Year TEXT,
  Number_of_Bays INTEGER
);

CREATE TABLE Firefighters (
  Firefighter_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  rank_code TEXT,
  Station_ID INTEGER,
  Years_of_Service INTEGER,
  FOREIGN KEY (rank_code) REFERENCES Ref_Ranks(rank_code),
  FOREIGN KEY (Station_ID) REFERENCES Fire_Stations(Station_ID)
);

CREATE TABLE Engines (
  Engine_ID INTEGER PRIMARY KEY,
  Registration TEXT NOT NULL,
  Model TEXT,
  Capacity_Litres INTEGER,
  Station_ID INTEGER,
  Year_Built INTEGER,
  FOREIGN KEY (Station_ID) REFERENCES Fire_Stations(Station_ID)
);

CREATE TABLE Incidents (
  Incident_ID INTEGER PRIMARY KEY,
  Incident_Type TEXT NOT NULL,
  Town TEXT,
  Incident_Date TEXT,
  Duration_Minutes INTEGER,
  Damage_Estimate REAL,
  other_details TEXT
);

CREATE TABLE Incident_Attendance (
  Firefighter_ID INTEGER NOT NULL,
  Incident_ID INTEGER NOT NULL,
  Role_on_Scene TEXT,
  PRIMARY KEY (Firefighter_ID, Incident_ID)
);

CREATE TABLE Mutual_Aid_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Engine_ID INTEGER,
  Lending_Station_ID INTEGER NOT NULL,
  Receiving_Station_ID INTEGER NOT NULL,
  Transfer_Date TEXT,
  Return_Date TEXT,
  FOREIGN KEY (Engine_ID) REFERENCES Engines(Engine_ID),
  FOREIGN KEY (Lending_Station_ID) REFERENCES Fire_Stations(Station_ID),
  FOREIGN KEY (Receiving_Station_ID) REFERENCES Fire_Stations(Station_ID)
);

INSERT INTO Ref_Ranks VALUES ('RCT', 'Recruit');
INSERT INTO Ref_Ranks VALUES ('PFF', 'Probationary Firefighter');
INSERT INTO Ref_Ranks VALUES ('FF', 'Firefighter');
INSERT INTO Ref_Ranks VALUES ('SFF', 'Senior Firefighter');
INSERT INTO Ref_Ranks VALUES ('LT4', 'Fourth Lieutenant');
INSERT INTO Ref_Ranks VALUES ('LT3', 'Third Lieutenant');
INSERT INTO Ref_Ranks VALUES ('LT2', 'Second Lieutenant');
INSERT INTO Ref_Ranks VALUES ('LT1', 'First Lieutenant');
INSERT INTO Ref_Ranks VALUES ('CPT', 'Captain');
INSERT INTO Ref_Ranks VALUES ('DGO', 'Deputy Group Officer');
INSERT INTO Ref_Ranks VALUES ('GO', 'Group Officer');
INSERT INTO Fire_Stations VALUES (1, 'Bendigo Central', 'Bendigo', 'Loddon', '1898', 4);
INSERT INTO Fire_Stations VALUES (2, 'Kangaroo Flat', 'Kangaroo Flat', 'Loddon', '1952', 2);
INSERT INTO Fire_Stations VALUES (3, 'Castlemaine', 'Castlemaine', 'Loddon', '1911', 3);
INSERT INTO Fire_Stations VALUES (4, 'Ballarat City', 'Ballarat', 'Central Highlands', '1885', 5);
INSERT INTO Fire_Stations VALUES (5, 'Daylesford', 'Daylesford', 'Central Highlands', '1934', 2);
INSERT INTO Fire_Stations VALUES (6, 'Creswick', 'Creswick', 'Central Highlands', '1967', 2);
INSERT INTO Fire_Stations VALUES (7, 'Warragul', 'Warragul', 'Gippsland', '1946', 3);
INSERT INTO Fire_Stations VALUES (8, 'Sale', 'Sale', 'Gippsland', '1979', 3);
INSERT INTO Fire_Stations VALUES (9, 'Bairnsdale', 'Bairnsdale', 'Gippsland', '1958', 4);
INSERT INTO Fire_Stations VALUES (10, 'Wangaratta', 'Wangaratta', 'Hume', '1921', 3);
INSERT INTO Fire_Stations VALUES (11, 'Benalla', 'Benalla', 'Hume', '1990', NULL);
INSERT INTO Fire_Stations VALUES (12, 'Euroa', 'Euroa', 'Hume', '2004', 1);
INSERT INTO Fire_Stations VALUES (13, 'Mirboo North', 'Mirboo North', 'Gippsland', '2011', 1);
INSERT INTO Firefighters VALUES (1, 'Liam O''Connor', 34, 'FF', 1, 8);
INSERT INTO Firefighters VALUES (2, 'Sarah Mitchell', 41, 'LT2', 1, 15);
INSERT INTO Firefighters VALUES (3, 'Jack Henderson', 58, 'CPT', 1, 31);
INSERT INTO Firefighters VALUES (4, 'Chloe Nguyen', 23, 'PFF', 1, 1);
INSERT INTO Firefighters VALUES (5, 'Thomas Whitfield', 47, 'SFF', 1, 19);
INSERT INTO Firefighters VALUES (6, 'Emily Richardson', 29, 'FF', 2, 6);
INSERT INTO Firefighters VALUES (7, 'Daniel Kowalski', 52, 'CPT', 2, 24);
INSERT INTO Firefighters VALUES (8, 'Mia Patterson', 19, 'RCT', 2, NULL);
INSERT INTO Firefighters VALUES (9, 'Oliver Brennan', 38, 'LT1', 3, 14);
INSERT INTO Firefighters VALUES (10, 'Grace Donnelly', 44, 'SFF', 3, 17);
INSERT INTO Firefighters VALUES (11, 'Noah Fitzgerald', 26, 'FF', 3, 4);
INSERT INTO Firefighters VALUES (12, 'Ruby Anderson', 61, 'CPT', 4, 36);
INSERT INTO Firefighters VALUES (13, 'William Thompson', 36, 'LT3', 4, 11);
INSERT INTO Firefighters VALUES (14, 'Isla McKenzie', 31, 'FF', 4, 7);
INSERT INTO Firefighters VALUES (15, 'Lachlan Stewart', 22, 'RCT', 4, NULL);
INSERT INTO Firefighters VALUES (16, 'Hannah Davidson', 49, 'LT1', 4, 21);
INSERT INTO Firefighters VALUES (17, 'Ethan Robertson', 40, 'SFF', 5, 13);
INSERT INTO Firefighters VALUES (18, 'Zoe Campbell', 27, 'PFF', 5, 2);
INSERT INTO Firefighters VALUES (19, 'Samuel Johnson', 55, 'CPT', 6, 28);
INSERT INTO Firefighters VALUES (20, 'Charlotte Baker', 33, 'FF', 6, 9);
INSERT INTO Firefighters VALUES (21, 'Benjamin Walsh', 45, 'LT4', 7, 16);
INSERT INTO Firefighters VALUES (22, 'Amelia Harrison', 25, 'FF', 7, 3);
INSERT INTO Firefighters VALUES (23, 'Patrick Sullivan', 63, 'SFF', 8, 40);
INSERT INTO Firefighters VALUES (24, 'Lucy Morrison', 37, 'LT2', 8, 12);
INSERT INTO Firefighters VALUES (25, 'Matthew Clarke', 50, 'CPT', 9, 27);
INSERT INTO Firefighters VALUES (26, 'Jessica Robinson', 30, 'FF', 9, 5);
INSERT INTO Firefighters VALUES (27, 'Harrison Kelly', 21, 'RCT', 10, NULL);
INSERT INTO Firefighters VALUES (28, 'Sophie Wilkinson', 43, 'LT3', 10, 18);
INSERT INTO Firefighters VALUES (29, 'James Gallagher', 57, 'CPT', 11, 33);
INSERT INTO Firefighters VALUES (30, 'Ella Fraser', 35, 'SFF', 11, 10);
INSERT INTO Firefighters VALUES (31, 'Connor Reid', 42, 'LT4', 4, 12);
INSERT INTO Engines VALUES (1, '3ZF-3PM', 'Isuzu FTS 800 Tanker', 4000, 1, 2012);
INSERT INTO Engines VALUES (2, '2HE-6FP', 'Scania P320 Pumper', 3000, 1, 2018);
INSERT INTO Engines VALUES (3, '2YU-6TE', 'Isuzu NPS 300 Light Tanker', 1200, 2, 2009);
INSERT INTO Engines VALUES (4, '8CZ-3JK', 'Isuzu FTS 800 Tanker', 4000, 3, 2006);
INSERT INTO Engines VALUES (5, '3PT-7NT', 'Hino 500 Heavy Tanker', 4200, 4, 2015);
INSERT INTO Engines VALUES (6, '6KU-5UA', 'Scania P320 Pumper', 3000, 4, 2020);
INSERT INTO Engines VALUES (7, '3PA-5RZ', 'Iveco Eurocargo Tanker', 3800, 5, 2001);
INSERT INTO Engines VALUES (8, '1MJ-6MU', 'Isuzu NPS 300 Light Tanker', 1200, 6, NULL);
INSERT INTO Engines VALUES (9, '7VS-3SZ', 'Mercedes-Benz Atego Pumper', 2800, 7, 1998);
INSERT INTO Engines VALUES (10, '3EC-8KF', 'Isuzu FTS 800 Tanker', 4000, 7, 2011);
INSERT INTO Engines VALUES (11, '3HY-7LA', 'Iveco Eurocargo Tanker', 3800, 8, 2004);
INSERT INTO Engines VALUES (12, '8KJ-3BN', 'Hino 500 Heavy Tanker', 4200, 9, 2016);
INSERT INTO Engines VALUES (13, '9TV-7CX', 'Isuzu NPS 300 Light Tanker', 1200, 9, 2003);
INSERT INTO Engines VALUES (14, '6KC-8AJ', 'Mercedes-Benz Atego Pumper', 2800, 10, 2008);
INSERT INTO Engines VALUES (15, '4BP-9ZC', 'Scania P410 Heavy Tanker', 4500, 11, NULL);
INSERT INTO Engines VALUES (16, '8HH-9YG', 'Scania P320 Pumper', 3000, 10, 2013);
INSERT INTO Incidents VALUES (1, 'Grass Fire', 'Bendigo', '2022-01-14', 95, 12000.0, NULL);
INSERT INTO Incidents VALUES (2, 'Structure Fire', 'Bendigo', '2022-02-03', 240, 350000.0, 'Two-storey house, roof collapse');
INSERT INTO Incidents VALUES (3, 'Road Accident Rescue', 'Ballarat', '2022-03-19', 75, NULL, NULL);
INSERT INTO Incidents VALUES (4, 'Bushfire', 'Daylesford', '2022-12-28', 610, 820000.0, 'Strike teams from three districts');
INSERT INTO Incidents VALUES (5, 'False Alarm', 'Sale', '2022-04-07', 20, NULL, 'Smoke detector fault');
INSERT INTO Incidents VALUES (6, 'Vehicle Fire', 'Warragul', '2022-05-11', 45, 18000.0, NULL);
INSERT INTO Incidents VALUES (7, 'Grass Fire', 'Castlemaine', '2022-11-30', 130, 25000.0, NULL);
INSERT INTO Incidents VALUES (8, 'Structure Fire', 'Ballarat', '2022-06-21', 185, 210000.0, NULL);
INSERT INTO Incidents VALUES (9, 'Hazmat', 'Wangaratta', '2022-07-02', 160, 40000.0, 'Chemical spill at rail siding');
INSERT INTO Incidents VALUES (10, 'Grass Fire', 'Maldon', '2023-01-09', 110, 9000.0, NULL);
INSERT INTO Incidents VALUES (11, 'Vehicle Fire', 'Bendigo', '2022-08-15', 40, 15000.0, NULL);
INSERT INTO Incidents VALUES (12, 'Bushfire', 'Bairnsdale', '2023-01-22', 720, 1250000.0, NULL);
INSERT INTO Incidents VALUES (13, 'Structure Fire', 'Castlemaine', '2022-09-03', 150, 95000.0, 'Shed and workshop');
INSERT INTO Incidents VALUES (14, 'Road Accident Rescue', 'Kangaroo Flat', '2022-10-12', 60, NULL, NULL);
INSERT INTO Incidents VALUES (15, 'Grass Fire', 'Ballarat', '2023-02-02', 85, 7000.0, NULL);
INSERT INTO Incidents VALUES (16, 'False Alarm', 'Bendigo', '2023-02-17', 15, NULL, NULL);
INSERT INTO Incidents VALUES (17, 'Structure Fire', 'Sale', '2023-03-04', 200, 180000.0, NULL);
INSERT INTO Incidents VALUES (18, 'Bushfire', 'Trentham', '2023-01-28', 480, 560000.0, NULL);
INSERT INTO Incidents VALUES (19, 'Vehicle Fire', 'Creswick', '2023-04-16', 55, 22000.0, NULL);
INSERT INTO Incidents VALUES (20, 'Hazmat', 'Bendigo', '2023-05-20', 125, 30000.0, NULL);
INSERT INTO Incidents VALUES (21, 'Grass Fire', 'Heathcote', '2023-12-05', 140, 16000.0, NULL);
INSERT INTO Incidents VALUES (22, 'Road Accident Rescue', 'Warragul', '2023-06-09', 90, NULL, 'Two vehicles, one trapped');
INSERT INTO Incidents VALUES (23, 'Structure Fire', 'Wangaratta', '2023-07-25', 175, 130000.0, NULL);
INSERT INTO Incidents VALUES (24, 'Grass Fire', 'Sale', '2023-11-18', 100, 11000.0, NULL);
INSERT INTO Incidents VALUES (25, 'Vehicle Fire', 'Ballarat', '2023-08-30', 35, 9500.0, NULL);
INSERT INTO Incident_Attendance VALUES (2, 1, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (3, 1, 'Driver');
INSERT INTO Incident_Attendance VALUES (3, 2, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (5, 2, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (16, 3, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (20, 3, 'Driver');
INSERT INTO Incident_Attendance VALUES (13, 4, 'Branch Operator');
INSERT INTO Incident_Attendance VALUES (23, 5, 'Driver');
INSERT INTO Incident_Attendance VALUES (21, 6, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (22, 6, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (5, 7, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (13, 8, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (20, 8, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (27, 9, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (29, 9, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (9, 10, 'Driver');
INSERT INTO Incident_Attendance VALUES (10, 10, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (7, 11, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (8, 11, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (23, 12, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (1, 13, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (11, 13, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (1, 14, 'Pump Operator');
INSERT INTO Incident_Attendance VALUES (20, 15, 'Branch Operator');
INSERT INTO Incident_Attendance VALUES (3, 16, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (7, 16, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (23, 17, 'Driver');
INSERT INTO Incident_Attendance VALUES (25, 17, 'Driver');
INSERT INTO Incident_Attendance VALUES (15, 18, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (20, 19, 'Branch Operator');
INSERT INTO Incident_Attendance VALUES (7, 20, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (8, 20, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (4, 21, 'Branch Operator');
INSERT INTO Incident_Attendance VALUES (9, 21, 'Driver');
INSERT INTO Incident_Attendance VALUES (22, 22, 'Driver');
INSERT INTO Incident_Attendance VALUES (30, 23, 'Branch Operator');
INSERT INTO Incident_Attendance VALUES (23, 24, 'Breathing Apparatus');
INSERT INTO Incident_Attendance VALUES (26, 24, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (19, 25, 'Crew Leader');
INSERT INTO Incident_Attendance VALUES (31, 25, 'Branch Operator');
INSERT INTO Mutual_Aid_Transfers VALUES (1, 1, 1, 3, '2022-01-20', '2022-02-04');
INSERT INTO Mutual_Aid_Transfers VALUES (2, 5, 4, 5, '2022-12-27', '2023-01-10');
INSERT INTO Mutual_Aid_Transfers VALUES (3, 12, 9, 8, '2022-04-01', '2022-04-15');
INSERT INTO Mutual_Aid_Transfers VALUES (4, 16, 10, 11, '2022-07-01', '2022-07-20');
INSERT INTO Mutual_Aid_Transfers VALUES (5, 2, 1, 2, '2022-10-11', '2022-10-25');
INSERT INTO Mutual_Aid_Transfers VALUES (6, 10, 7, 9, '2023-01-21', '2023-02-12');
INSERT INTO Mutual_Aid_Transfers VALUES (7, 6, 4, 6, '2023-04-10', '2023-05-01');
INSERT INTO Mutual_Aid_Transfers VALUES (8, 4, 3, 1, '2023-05-18', '2023-06-02');
INSERT INTO Mutual_Aid_Transfers VALUES (9, 11, 8, 9, '2023-01-23', '2023-02-08');
INSERT INTO Mutual_Aid_Transfers VALUES (10, 5, 4, 5, '2023-01-27', NULL);
INSERT INTO Mutual_Aid_Transfers VALUES (11, 14, 10, 12, '2023-07-24', '2023-08-10');
INSERT INTO Mutual_Aid_Transfers VALUES (12, 9, 7, 8, '2023-03-01', NULL);
