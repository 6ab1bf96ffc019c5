PRAGMA foreign_keys = ON;

CREATE TABLE Agencies (
    Agency_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Country TEXT,
    Founded_Year TEXT,
    Budget REAL
);

CREATE TABLE Launch_Sites (
    Site_ID INTEGER PRIMARY KEY,
    Site_Name TEXT NOT NULL,
    Country TEXT,
    Latitude REAL,
    status_code TEXT
);

CREATE TABLE Ref_Rocket_Families (
    family_code TEXT PRIMARY KEY,
    family_description TEXT
);

CREATE TABLE Rockets (
    Rocket_ID INTEGER PRIMARY KEY,
    Rocket_Name TEXT NOT NULL,
    Agency_ID INTEGER,
    Stages INTEGER,
    Payload_Capacity_kg INTEGER,
    family_code TEXT,
    FOREIGN KEY (Agency_ID) REFERENCES Agencies(Agency_ID),
    FOREIGN KEY (family_code) REFERENCES Ref_Rocket_Families(family_code)
);

CREATE TABLE Missions (
    Mission_ID INTEGER PRIMARY KEY,
    Mission_Name TEXT NOT NULL,
    Rocket_ID INTEGER,
    Site_ID INTEGER,
    Launch_Date TEXT,
    Outcome TEXT,
    Cost REAL
);

CREATE TABLE Astronauts (
    Astronaut_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER,
    Agency_ID INTEGER,
    FOREIGN KEY (Agency_ID) REFERENCES Agencies(Agency_ID)
);

CREATE TABLE Mission_Crew (
    Mission_ID INTEGER,
    Astronaut_ID INTEGER,
    Role TEXT,
    PRIMARY KEY (Mission_ID, Astronaut_ID),
    FOREIGN KEY (Mission_ID) REFERENCES Missions(Mission_ID),
    FOREIGN KEY (Astronaut_ID) REFERENCES Astronauts(Astronaut_ID)
);

CREATE TABLE Cargo_Transfers (
    Transfer_ID INTEGER PRIMARY KEY,
    Origin_Site_ID INTEGER,
    Destination_Site_ID INTEGER,
    Transfer_Date TEXT,
    Tonnes REAL,
    other_details TEXT,
    FOREIGN KEY (Origin_Site_ID) REFERENCES Launch_Sites(Site_ID),
    FOREIGN KEY (Destination_Site_ID) REFERENCES Launch_Sites(Site_ID)
);

INSERT INTO Agencies VALUES (1, 'NASA', 'United States', '1958', 25400.0);
INSERT INTO Agencies VALUES (2, 'Roscosmos', 'Russia', '1992', 3200.0);
INSERT INTO Agencies VALUES (3, 'ESA', 'France', '1975', 7800.0);
INSERT INTO Agencies VALUES (4, 'JAXA', 'Japan', '2003', 1500.0);
INSERT INTO Agencies VALUES (5, 'ISRO', 'India', '1969', 1700.0);
INSERT INTO Agencies VALUES (6, 'CNSA', 'China', '1993', 11000.0);
INSERT INTO Agencies VALUES (7, 'Canadian Space Agency', 'Canada', '1989', 320.0);
INSERT INTO Agencies VALUES (8, 'DLR', 'Germany', '1969', 1400.0);
INSERT INTO Agencies VALUES (9, 'CNES', 'France', '1961', 2600.0);
INSERT INTO Agencies VALUES (10, 'UK Space Agency', 'United Kingdom', '2010', 600.0);
INSERT INTO Agencies VALUES (11, 'Italian Space Agency', 'Italy', '1988', 1100.0);
INSERT INTO Agencies VALUES (12, 'KARI', 'South Korea', '1989', NULL);
INSERT INTO Agencies VALUES (13, 'Israel Space Agency', 'Israel', '1983', NULL);
INSERT INTO Launch_Sites VALUES (1, 'Kennedy Space Center', 'United States', 28.57, 'ACT');
INSERT INTO Launch_Sites VALUES (2, 'Cape Canaveral Space Force Station', 'United States', 28.49, 'ACT');
INSERT INTO Launch_Sites VALUES (3, 'Vandenberg Space Force Base', 'United States', 34.74, 'ACT');
INSERT INTO Launch_Sites VALUES (4, 'Baikonur Cosmodrome', 'Kazakhstan', 45.96, 'ACT');
INSERT INTO Launch_Sites VALUES (5, 'Plesetsk Cosmodrome', 'Russia', 62.93, 'ACT');
INSERT INTO Launch_Sites VALUES (6, 'Vostochny Cosmodrome', 'Russia', 51.88, 'ACT');
INSERT INTO Launch_Sites VALUES (7, 'Guiana Space Centre', 'French Guiana', 5.24, 'ACT');
INSERT INTO Launch_Sites VALUES (8, 'Tanegashima Space Center', 'Japan', 30.4, 'ACT');
INSERT INTO Launch_Sites VALUES (9, 'Satish Dhawan Space Centre', 'India', 13.72, 'ACT');
INSERT INTO Launch_Sites VALUES (10, 'Jiuquan Satellite Launch Center', 'China', 40.96, 'ACT');
INSERT INTO Launch_Sites VALUES (11, 'Wenchang Space Launch Site', 'China', 19.61, 'ACT');
INSERT INTO Launch_Sites VALUES (12, 'Naro Space Center', 'South Korea', 34.43, 'ACT');
INSERT INTO Launch_Sites VALUES (13, 'Uchinoura Space Center', 'Japan', 31.25, 'INA');
INSERT INTO Launch_Sites VALUES (14, 'Mahia Launch Complex', 'New Zealand', -39.26, 'ACT');
INSERT INTO Ref_Rocket_Families VALUES ('SAT', 'Saturn heavy-lift rockets of the Apollo era');
INSERT INTO Ref_Rocket_Families VALUES ('STS', 'Space Transportation System (Space Shuttle)');
INSERT INTO Ref_Rocket_Families VALUES ('SLS', 'Space Launch System super heavy-lift vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('SOY', 'Soyuz medium-lift launch vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('PRO', 'Proton heavy-lift launch vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('ANG', 'Angara modular launch vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('ARI', 'Ariane European heavy launchers');
INSERT INTO Ref_Rocket_Families VALUES ('VEG', 'Vega European small launchers');
INSERT INTO Ref_Rocket_Families VALUES ('HII', 'H-II liquid-fuelled Japanese launchers');
INSERT INTO Ref_Rocket_Families VALUES ('EPS', 'Epsilon solid-fuelled Japanese launchers');
INSERT INTO Ref_Rocket_Families VALUES ('PSL', 'Indian polar and geosynchronous satellite launchers');
INSERT INTO Ref_Rocket_Families VALUES ('LMA', 'Long March Chinese launch vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('NUR', 'Nuri Korean space launch vehicles');
INSERT INTO Ref_Rocket_Families VALUES ('ATL', 'Atlas expendable launch vehicles');
INSERT INTO Rockets VALUES (1, 'Saturn V', 1, 3, 140000, 'SAT');
INSERT INTO Rockets VALUES (2, 'Space Shuttle', 1, 2, 27500, 'STS');
INSERT INTO Rockets VALUES (3, 'SLS Block 1', 1, 2, 95000, 'SLS');
INSERT INTO Rockets VALUES (4, 'Soyuz-2.1a', 2, 3, 7020, 'SOY');
INSERT INTO Rockets VALUES (5, 'Soyuz-FG', 2, 3, 7100, 'SOY');
INSERT INTO Rockets VALUES (6, 'Proton-M', 2, 4, 23000, 'PRO');
INSERT INTO Rockets VALUES (7, 'Angara A5', 2, 3, 24500, 'ANG');
INSERT INTO Rockets VALUES (8, 'Ariane 5 ECA', 3, 2, 21000, 'ARI');
INSERT INTO Rockets VALUES (9, 'Ariane 6', 3, 2, 21650, 'ARI');
INSERT INTO Rockets VALUES (10, 'Vega C', 3, 4, 2300, 'VEG');
INSERT INTO Rockets VALUES (11, 'H-IIA', 4, 2, 15000, 'HII');
INSERT INTO Rockets VALUES (12, 'H3', 4, 2, 16500, 'HII');
INSERT INTO Rockets VALUES (13, 'Epsilon', 4, 3, 1500, 'EPS');
INSERT INTO Rockets VALUES (14, 'PSLV', 5, 4, 3800, 'PSL');
INSERT INTO Rockets VALUES (15, 'LVM3', 5, 3, 8000, 'PSL');
INSERT INTO Rockets VALUES (16, 'Long March 2F', 6, 2, 8400, 'LMA');
INSERT INTO Rockets VALUES (17, 'Long March 5', 6, 2, 25000, 'LMA');
INSERT INTO Rockets VALUES (18, 'Nuri', 12, 3, 3300, 'NUR');
INSERT INTO Missions VALUES (1, 'STS Endeavour Resupply', 2, 1, '2001-04-19', 'Success', 450.0);
INSERT INTO Missions VALUES (2, 'STS Discovery Return', 2, 1, '2005-07-26', 'Success', 480.0);
INSERT INTO Missions VALUES (3, 'STS Atlantis Servicing', 2, 1, '2009-05-11', 'Success', 510.0);
INSERT INTO Missions VALUES (4, 'Artemis Pathfinder', 3, 1, '2022-11-16', 'Success', 4100.0);
INSERT INTO Missions VALUES (5, 'Artemis Crew Flight', 3, 1, '2024-09-05', 'Success', 4200.0);
INSERT INTO Missions VALUES (6, 'Soyuz TMA Expedition 14', 5, 4, '2006-09-18', 'Success', 75.0);
INSERT INTO Missions VALUES (7, 'Soyuz TMA Expedition 20', 5, 4, '2009-05-27', 'Success', 80.0);
INSERT INTO Missions VALUES (8, 'Soyuz MS Expedition 57', 4, 4, '2018-10-11', 'Failure', 85.0);
INSERT INTO Missions VALUES (9, 'Soyuz MS Expedition 58', 4, 4, '2018-12-03', 'Success', 86.0);
INSERT INTO Missions VALUES (10, 'Meteor-M Deployment', 4, 6, '2017-11-28', 'Failure', 60.0);
INSERT INTO Missions VALUES (11, 'Kondor-FKA Deployment', 4, 5, '2023-05-27', 'Success', NULL);
INSERT INTO Missions VALUES (12, 'Proton Ekspress AMU1', 6, 4, '2015-12-24', 'Success', 105.0);
INSERT INTO Missions VALUES (13, 'Proton Nauka Module', 6, 4, '2021-07-21', 'Success', 120.0);
INSERT INTO Missions VALUES (14, 'Angara Demo Flight', 7, 5, '2014-12-23', 'Success', 100.0);
INSERT INTO Missions VALUES (15, 'Angara Vostochny Debut', 7, 6, '2024-04-11', 'Success', NULL);
INSERT INTO Missions VALUES (16, 'Ariane Webb Telescope', 8, 7, '2021-12-25', 'Success', 220.0);
INSERT INTO Missions VALUES (17, 'Ariane Galileo FOC', 8, 7, '2016-11-17', 'Success', 190.0);
INSERT INTO Missions VALUES (18, 'Ariane 6 Maiden Flight', 9, 7, '2024-07-09', 'Partial Failure', 200.0);
INSERT INTO Missions VALUES (19, 'Vega C Pleiades Neo', 10, 7, '2022-12-21', 'Failure', 45.0);
INSERT INTO Missions VALUES (20, 'Vega C LARES-2', 10, 7, '2022-07-13', 'Success', 40.0);
INSERT INTO Missions VALUES (21, 'H-IIA Hayabusa2', 11, 8, '2014-12-03', 'Success', 95.0);
INSERT INTO Missions VALUES (22, 'H-IIA SLIM Lander', 11, 8, '2023-09-07', 'Success', 98.0);
INSERT INTO Missions VALUES (23, 'H3 Test Flight 1', 12, 8, '2023-03-07', 'Failure', 110.0);
INSERT INTO Missions VALUES (24, 'Epsilon Hisaki', 13, 13, '2013-09-14', 'Success', 38.0);
INSERT INTO Missions VALUES (25, 'PSLV Mars Orbiter', 14, 9, '2013-11-05', 'Success', 74.0);
INSERT INTO Missions VALUES (26, 'PSLV Aditya-L1', 14, 9, '2023-09-02', 'Success', 46.0);
INSERT INTO Missions VALUES (27, 'LVM3 Chandrayaan-3', 15, 9, '2023-07-14', 'Success', 75.5);
INSERT INTO Missions VALUES (28, 'LVM3 Gaganyaan Crew', 15, 9, '2024-12-18', 'Success', 130.0);
INSERT INTO Missions VALUES (29, 'Shenzhou Crew 12', 16, 10, '2021-06-17', 'Success', 131.0);
INSERT INTO Missions VALUES (30, 'Shenzhou Crew 15', 16, 10, '2022-11-29', 'Success', NULL);
INSERT INTO Missions VALUES (31, 'Long March Tianwen-1', 17, 11, '2020-07-23', 'Success', 150.0);
INSERT INTO Missions VALUES (32, 'Long March Chang''e 5', 17, 11, '2020-11-23', 'Success', 160.0);
INSERT INTO Missions VALUES (33, 'Nuri Second Flight', 18, 12, '2022-06-21', 'Success', 60.5);
INSERT INTO Missions VALUES (34, 'Nuri First Flight', 18, 12, '2021-10-21', 'Partial Failure', 58.0);
INSERT INTO Astronauts VALUES (1, 'Michael Carter', 'United States', 45, 1);
INSERT INTO Astronauts VALUES (2, 'Sarah Whitfield', 'United States', 41, 1);
INSERT INTO Astronauts VALUES (3, 'James Holloway', 'United States', 52, 1);
INSERT INTO Astronauts VALUES (4, 'Rebecca Nguyen', 'United States', 38, 1);
INSERT INTO Astronauts VALUES (5, 'Daniel Ortiz', 'United States', 47, 1);
INSERT INTO Astronauts VALUES (6, 'Alexei Volkov', 'Russia', 49, 2);
INSERT INTO Astronauts VALUES (7, 'Dmitri Sokolov', 'Russia', 44, 2);
INSERT INTO Astronauts VALUES (8, 'Elena Morozova', 'Russia', 39, 2);
INSERT INTO Astronauts VALUES (9, 'Sergei Petrov', 'Russia', 55, 2);
INSERT INTO Astronauts VALUES (10, 'Thomas Becker', 'Germany', 46, 3);
INSERT INTO Astronauts VALUES (11, 'Luca Romano', 'Italy', 43, 3);
INSERT INTO Astronauts VALUES (12, 'Claire Dubois', 'France', 40, 3);
INSERT INTO Astronauts VALUES (13, 'Matthias Lindqvist', 'Sweden', 48, 3);
INSERT INTO Astronauts VALUES (14, 'Kenji Watanabe', 'Japan', 50, 4);
INSERT INTO Astronauts VALUES (15, 'Yuki Tanaka', 'Japan', 37, 4);
INSERT INTO Astronauts VALUES (16, 'Rakesh Menon', 'India', 42, 5);
INSERT INTO Astronauts VALUES (17, 'Priya Nair', 'India', 36, 5);
INSERT INTO Astronauts VALUES (18, 'Zhang Wei', 'China', 51, 6);
INSERT INTO Astronauts VALUES (19, 'Liu Yang', 'China', 44, 6);
INSERT INTO Astronauts VALUES (20, 'Chen Dong', 'China', 46, 6);
INSERT INTO Astronauts VALUES (21, 'Marc Tremblay', 'Canada', 53, 7);
INSERT INTO Astronauts VALUES (22, 'Emily Gauthier', 'Canada', 35, 7);
INSERT INTO Astronauts VALUES (23, 'Stefan Krause', 'Germany', 41, 8);
INSERT INTO Astronauts VALUES (24, 'Giulia Ferri', 'Italy', 39, 11);
INSERT INTO Astronauts VALUES (25, 'Min-jun Park', 'South Korea', 34, 12);
INSERT INTO Mission_Crew VALUES (1, 3, 'Commander');
INSERT INTO Mission_Crew VALUES (1, 1, 'Pilot');
INSERT INTO Mission_Crew VALUES (1, 11, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (1, 21, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (2, 1, 'Commander');
INSERT INTO Mission_Crew VALUES (2, 2, 'Pilot');
INSERT INTO Mission_Crew VALUES (2, 14, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (2, 10, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (3, 5, 'Commander');
INSERT INTO Mission_Crew VALUES (3, 4, 'Pilot');
INSERT INTO Mission_Crew VALUES (3, 3, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (5, 2, 'Commander');
INSERT INTO Mission_Crew VALUES (5, 5, 'Pilot');
INSERT INTO Mission_Crew VALUES (5, 12, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (5, 21, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (5, 1, 'Mission Specialist');
INSERT INTO Mission_Crew VALUES (6, 6, 'Commander');
INSERT INTO Mission_Crew VALUES (6, 1, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (6, 13, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (7, 7, 'Commander');
INSERT INTO Mission_Crew VALUES (7, 4, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (7, 15, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (8, 9, 'Commander');
INSERT INTO Mission_Crew VALUES (8, 3, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (9, 8, 'Commander');
INSERT INTO Mission_Crew VALUES (9, 12, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (9, 10, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (28, 16, 'Commander');
INSERT INTO Mission_Crew VALUES (28, 17, 'Pilot');
INSERT INTO Mission_Crew VALUES (29, 18, 'Commander');
INSERT INTO Mission_Crew VALUES (29, 19, 'Pilot');
INSERT INTO Mission_Crew VALUES (29, 20, 'Flight Engineer');
INSERT INTO Mission_Crew VALUES (30, 20, 'Commander');
INSERT INTO Mission_Crew VALUES (30, 19, 'Flight Engineer');
INSERT INTO Cargo_Transfers VALUES (1, 2, 1, '2021-03-14', 54.6, 'Fuel tanks');
INSERT INTO Cargo_Transfers VALUES (2, 3, 1, '2021-08-02', 43.5, 'Fuel tanks');
INSERT INTO Cargo_Transfers VALUES (3, 4, 6, '2019-05-20', 55.5, NULL);
INSERT INTO Cargo_Transfers VALUES (4, 5, 6, '2020-02-11', 28.8, NULL);
INSERT INTO Cargo_Transfers VALUES (5, 1, 7, '2022-01-09', 67.7, NULL);
INSERT INTO Cargo_Transfers VALUES (6, 8, 13, '2019-10-30', 42.6, NULL);
INSERT INTO Cargo_Transfers VALUES (7, 13, 8, '2022-06-15', 34.8, 'Instrument crates');
INSERT INTO Cargo_Transfers VALUES (8, 10, 11, '2020-04-04', 21.3, 'Fuel tanks');
INSERT INTO Cargo_Transfers VALUES (9, 11, 10, '2021-09-22', 46.5, 'Core stage');
INSERT INTO Cargo_Transfers VALUES (10, 9, 1, '2023-02-17', 62.7, 'Booster segments');
INSERT INTO Cargo_Transfers VALUES (11, 4, 5, '2018-07-07', 17.4, NULL);
INSERT INTO Cargo_Transfers VALUES (12, 6, 4, '2023-11-01', 57.8, 'Fairing halves');
INSERT INTO Cargo_Transfers VALUES (13, 12, 8, '2022-03-28', 9.7, NULL);
INSERT INTO Cargo_Transfers VALUES (14, 1, 3, '2024-01-19', 6.3, 'Core stage');
INSERT INTO Cargo_Transfers VALUES (15, 2, 7, '2023-05-05', 10.3, 'Fairing halves');
INSERT INTO Cargo_Transfers VALUES (16, 10, 11, '2023-08-12', 68.1, 'Instrument crates');
