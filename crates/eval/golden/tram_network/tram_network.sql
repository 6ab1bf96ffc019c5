PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Depot (
  DepotID INTEGER PRIMARY KEY,
  DepotName TEXT NOT NULL,
  district TEXT,
  capacity INTEGER,
  opened_dt TEXT,
  workshop CHAR(1)
);

CREATE TABLE Ref_Tram_Model_Codes (
  model_code TEXT PRIMARY KEY,
  model_desc TEXT NOT NULL,
  mfr TEXT,
  seats INTEGER,
  max_pax INTEGER,
  low_floor CHAR(1),
  len_m REAL
);

CREATE TABLE trams (
  tram_no INTEGER PRIMARY KEY,
  model_cd TEXT REFERENCES Ref_Tram_Model_Codes(model_code),
  home_dpt INTEGER REFERENCES Depot(DepotID),
  built_yr TEXT,
  status CHAR(1),
  ac CHAR(1),
  livery TEXT
);

CREATE TABLE stops (
  StopID INTEGER PRIMARY KEY,
  stop_nm TEXT NOT NULL,
  zone CHAR(1),
  district TEXT,
  shelter CHAR(1)
);

CREATE TABLE TramLine (
  LineID INTEGER PRIMARY KEY,
  line_no TEXT,
  LineName TEXT,
  orig_stop INTEGER,
  dest_stop INTEGER,
  length_km REAL,
  night_svc CHAR(1),
  color TEXT,
  opened_yr INTEGER
);

CREATE TABLE line_stops (
  LineID INTEGER REFERENCES TramLine(LineID),
  stop_id INTEGER REFERENCES stops(StopID),
  seq INTEGER,
  PRIMARY KEY (LineID, stop_id)
);

CREATE TABLE Drivers (
  drv_id INTEGER PRIMARY KEY,
  drv_fname TEXT,
  drv_lname TEXT,
  hire_dt TEXT,
  Supervisor INTEGER,
  lic_class CHAR(1),
  pay_rate TEXT,
  base_depot INTEGER
);

CREATE TABLE shift_log (
  ShiftID INTEGER PRIMARY KEY,
  drv INTEGER REFERENCES Drivers(drv_id),
  TramNo INTEGER REFERENCES trams(tram_no),
  LineID INTEGER REFERENCES TramLine(LineID),
  shift_dt TEXT,
  start_tm TEXT,
  hrs REAL,
  late CHAR(1)
);

CREATE TABLE fare_inspections (
  insp_id INTEGER PRIMARY KEY,
  ShiftID INTEGER,
  inspector TEXT,
  pax_checked INTEGER,
  fines_cnt INTEGER,
  fine_amt REAL,
  outcome TEXT
);

INSERT INTO Depot VALUES (1, 'Central Works', 'Old Town', 60, '1902-05-14', 'Y');
INSERT INTO Depot VALUES (2, 'Northgate Depot', 'Northgate', 45, '1911-09-01', 'Y');
INSERT INTO Depot VALUES (3, 'Harbour Road Depot', 'Harbourside', 38, '1925-03-22', 'N');
INSERT INTO Depot VALUES (4, 'Westend Sheds', 'Westend', 30, '1931-11-02', 'N');
INSERT INTO Depot VALUES (5, 'Eastfield Depot', 'Eastfield', 52, '1968-06-30', 'Y');
INSERT INTO Depot VALUES (6, 'Southbank Yard', 'Southbank', 25, '1974-04-18', 'N');
INSERT INTO Depot VALUES (7, 'Hillcrest Depot', 'Hillcrest', 34, '1989-08-07', 'Y');
INSERT INTO Depot VALUES (8, 'Millbrook Garage', 'Millbrook', 20, '1953-01-12', 'N');
INSERT INTO Depot VALUES (9, 'Kingsley Depot', 'Kingsley', 41, '2004-10-25', 'Y');
INSERT INTO Depot VALUES (10, 'Riverside Sidings', 'Riverside', 18, '1998-02-03', 'N');
INSERT INTO Depot VALUES (11, 'Tanner Street Depot', 'Old Town', 22, '1907-07-19', 'N');
INSERT INTO Depot VALUES (12, 'Airport Link Depot', NULL, 28, '2016-09-15', 'Y');
INSERT INTO Depot VALUES (13, 'Quarry Lane Sheds', 'Hillcrest', 16, '1936-05-05', 'N');
INSERT INTO Depot VALUES (14, 'Beacon Park Depot', 'Eastfield', 35, '2011-03-28', 'Y');
INSERT INTO Depot VALUES (15, 'Dockyard Depot', 'Harbourside', 24, '1947-12-01', 'N');
INSERT INTO Ref_Tram_Model_Codes VALUES ('CB7', 'Combino 7-section', 'Siemens', 64, 180, 'Y', 41.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('AVN', 'Avenio', 'Siemens', 72, 210, 'Y', 45.5);
INSERT INTO Ref_Tram_Model_Codes VALUES ('FLX', 'Flexity Classic', 'Bombardier', 60, 170, 'Y', 30.2);
INSERT INTO Ref_Tram_Model_Codes VALUES ('FL2', 'Flexity 2', 'Bombardier', 70, 200, 'Y', 32.5);
INSERT INTO Ref_Tram_Model_Codes VALUES ('CIT', 'Citadis 302', 'Alstom', 48, 160, 'Y', 32.4);
INSERT INTO Ref_Tram_Model_Codes VALUES ('C35', 'Citadis X05', 'Alstom', 58, 190, 'Y', 33.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('T3', 'Tatra T3', 'CKD Tatra', 23, 110, 'N', 14.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('KT4', 'Tatra KT4D', 'CKD Tatra', 34, 122, 'N', 18.1);
INSERT INTO Ref_Tram_Model_Codes VALUES ('GT6', 'GT6 articulated', 'Duewag', 38, 130, 'N', 20.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('GT8', 'GT8 articulated', 'Duewag', 46, 152, 'N', 26.6);
INSERT INTO Ref_Tram_Model_Codes VALUES ('URB', 'Urbos 3', 'CAF', 62, 196, 'Y', 32.9);
INSERT INTO Ref_Tram_Model_Codes VALUES ('TNG', 'Tango', 'Stadler', 66, 188, 'Y', 42.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('VAR', 'Variobahn', 'Stadler', 52, 168, 'Y', 31.8);
INSERT INTO Ref_Tram_Model_Codes VALUES ('SWG', 'Swing', 'Pesa', 56, 175, 'Y', 32.0);
INSERT INTO Ref_Tram_Model_Codes VALUES ('NGT', 'NGT8D', 'Alstom LHB', 50, 148, 'Y', 30.0);
INSERT INTO trams VALUES (101, 'GT6', 4, '1967', 'R', 'N', 'advertising');
INSERT INTO trams VALUES (102, 'GT6', NULL, '1975', 'R', 'N', 'classic red');
INSERT INTO trams VALUES (103, 'GT6', 12, '1975', 'A', 'N', 'white-green');
INSERT INTO trams VALUES (104, 'GT6', 3, '1964', 'M', 'N', NULL);
INSERT INTO trams VALUES (105, 'GT8', NULL, '1970', 'R', 'N', NULL);
INSERT INTO trams VALUES (106, 'GT8', 5, '1973', 'M', 'N', 'white-green');
INSERT INTO trams VALUES (107, 'GT8', NULL, '1971', 'R', 'N', NULL);
INSERT INTO trams VALUES (108, 'GT8', 2, '1979', 'M', 'N', 'classic red');
INSERT INTO trams VALUES (109, 'GT8', 11, '1979', 'R', 'N', 'white-green');
INSERT INTO trams VALUES (110, 'T3', 1, '1982', 'A', 'N', 'advertising');
INSERT INTO trams VALUES (111, 'T3', 1, '1973', 'A', 'N', 'city blue');
INSERT INTO trams VALUES (112, 'T3', 2, '1975', 'A', 'N', NULL);
INSERT INTO trams VALUES (113, 'T3', 7, '1984', 'M', 'N', 'heritage cream');
INSERT INTO trams VALUES (114, 'T3', 11, '1977', 'M', 'N', 'heritage cream');
INSERT INTO trams VALUES (115, 'T3', 7, '1972', 'M', 'N', 'white-green');
INSERT INTO trams VALUES (116, 'T3', NULL, '1976', 'R', 'N', 'classic red');
INSERT INTO trams VALUES (117, 'T3', 3, '1986', 'A', 'N', 'advertising');
INSERT INTO trams VALUES (118, 'T3', 9, '1978', 'A', 'N', 'advertising');
INSERT INTO trams VALUES (119, 'KT4', 2, '1987', 'A', 'N', 'white-green');
INSERT INTO trams VALUES (120, 'KT4', 7, '1989', 'A', 'N', NULL);
INSERT INTO trams VALUES (121, 'KT4', 14, '1983', 'A', 'N', 'heritage cream');
INSERT INTO trams VALUES (122, 'KT4', 11, '1980', 'M', 'N', 'classic red');
INSERT INTO trams VALUES (123, 'KT4', 1, '1987', 'A', 'N', NULL);
INSERT INTO trams VALUES (124, 'KT4', 5, '1984', 'A', 'N', 'classic red');
INSERT INTO trams VALUES (125, 'KT4', 2, '1987', 'A', 'N', 'advertising');
INSERT INTO trams VALUES (126, 'NGT', 2, '1995', 'M', 'N', 'white-green');
INSERT INTO trams VALUES (127, 'NGT', 6, '1996', 'A', 'N', NULL);
INSERT INTO trams VALUES (128, 'NGT', 11, '1997', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (129, 'CB7', 7, '2004', 'A', 'Y', NULL);
INSERT INTO trams VALUES (130, 'CB7', 3, '2006', 'M', 'Y', NULL);
INSERT INTO trams VALUES (131, 'CB7', 4, '2002', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (132, 'CB7', 5, '2003', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (133, 'CB7', 6, '2004', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (134, 'CB7', 6, '1999', 'M', 'Y', 'classic red');
INSERT INTO trams VALUES (135, 'CB7', 9, '2001', 'M', 'Y', 'classic red');
INSERT INTO trams VALUES (136, 'CB7', 15, '2003', 'R', 'Y', 'white-green');
INSERT INTO trams VALUES (137, 'CB7', 9, '2000', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (138, 'CB7', 1, '2000', 'M', 'Y', 'advertising');
INSERT INTO trams VALUES (139, 'FLX', 7, '2008', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (140, 'FLX', 11, '2007', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (141, 'FLX', 5, '2008', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (142, 'FLX', 6, '2010', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (143, 'FLX', 9, '2003', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (144, 'FLX', 14, '2008', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (145, 'FLX', 12, '2010', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (146, 'FLX', 2, '2010', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (147, 'FLX', 9, '2005', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (148, 'CIT', 1, '2007', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (149, 'CIT', 9, '2009', 'A', 'Y', NULL);
INSERT INTO trams VALUES (150, 'CIT', 10, '2011', 'R', 'Y', 'classic red');
INSERT INTO trams VALUES (151, 'CIT', 14, '2011', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (152, 'CIT', 5, '2012', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (153, 'CIT', 12, '2007', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (154, 'CIT', 3, '2010', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (155, 'VAR', 14, '2012', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (156, 'VAR', 2, '2010', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (157, 'VAR', 6, '2008', 'M', 'Y', 'white-green');
INSERT INTO trams VALUES (158, 'TNG', 4, '2011', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (159, 'TNG', 1, '2016', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (160, 'TNG', 5, '2012', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (161, 'TNG', 9, '2013', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (162, 'URB', 10, '2012', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (163, 'URB', 14, '2017', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (164, 'URB', 2, '2019', 'A', 'Y', 'city blue');
INSERT INTO trams VALUES (165, 'URB', 14, '2012', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (166, 'URB', 9, '2015', 'A', 'Y', NULL);
INSERT INTO trams VALUES (167, 'FL2', 3, '2014', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (168, 'FL2', 9, '2017', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (169, 'FL2', 5, '2020', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (170, 'FL2', 1, '2015', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (171, 'FL2', 14, '2014', 'A', 'Y', 'heritage cream');
INSERT INTO trams VALUES (172, 'FL2', 9, '2016', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (173, 'FL2', 10, '2015', 'A', 'Y', NULL);
INSERT INTO trams VALUES (174, 'FL2', 5, '2020', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (175, 'AVN', 5, '2021', 'R', 'Y', 'city blue');
INSERT INTO trams VALUES (176, 'AVN', 5, '2018', 'A', 'Y', 'white-green');
INSERT INTO trams VALUES (177, 'AVN', 2, '2018', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (178, 'AVN', 1, '2022', 'A', 'Y', 'advertising');
INSERT INTO trams VALUES (179, 'AVN', 12, '2021', 'A', 'Y', 'classic red');
INSERT INTO trams VALUES (180, 'AVN', 3, '2022', 'A', 'Y', 'heritage cream');
INSERT INTO stops VALUES (1, 'Central Station', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (2, 'Market Square', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (3, 'Cathedral', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (4, 'Town Hall', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (5, 'Tanner Street', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (6, 'Opera House', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (7, 'University', 'A', 'Kingsley', 'Y');
INSERT INTO stops VALUES (8, 'Museum Quarter', 'A', 'Kingsley', 'Y');
INSERT INTO stops VALUES (9, 'Kingsley Circus', 'A', 'Kingsley', 'Y');
INSERT INTO stops VALUES (10, 'Library Gardens', 'A', 'Kingsley', 'Y');
INSERT INTO stops VALUES (11, 'Harbour Gate', 'B', 'Harbourside', 'Y');
INSERT INTO stops VALUES (12, 'Fish Market', 'B', 'Harbourside', 'Y');
INSERT INTO stops VALUES (13, 'Ferry Terminal', 'B', 'Harbourside', 'Y');
INSERT INTO stops VALUES (14, 'Dockyard', 'B', 'Harbourside', 'Y');
INSERT INTO stops VALUES (15, 'Lighthouse Road', 'C', 'Harbourside', 'Y');
INSERT INTO stops VALUES (16, 'Northgate', 'B', 'Northgate', 'Y');
INSERT INTO stops VALUES (17, 'Northgate Hospital', 'B', 'Northgate', 'N');
INSERT INTO stops VALUES (18, 'Brewery Lane', 'B', 'Northgate', 'N');
INSERT INTO stops VALUES (19, 'Elm Avenue', 'B', 'Northgate', 'Y');
INSERT INTO stops VALUES (20, 'North Cemetery', 'C', 'Northgate', 'Y');
INSERT INTO stops VALUES (21, 'Westend Park', 'B', 'Westend', 'N');
INSERT INTO stops VALUES (22, 'Westend Stadium', 'B', 'Westend', 'Y');
INSERT INTO stops VALUES (23, 'Rose Hill', 'C', 'Westend', 'Y');
INSERT INTO stops VALUES (24, 'Windmill Road', 'C', 'Westend', 'Y');
INSERT INTO stops VALUES (25, 'Eastfield Mall', 'B', 'Eastfield', 'Y');
INSERT INTO stops VALUES (26, 'Eastfield Station', 'B', 'Eastfield', 'N');
INSERT INTO stops VALUES (27, 'Beacon Park', 'B', 'Eastfield', 'N');
INSERT INTO stops VALUES (28, 'Copper Street', 'C', 'Eastfield', 'Y');
INSERT INTO stops VALUES (29, 'Eastfield Ring', 'C', 'Eastfield', 'Y');
INSERT INTO stops VALUES (30, 'Southbank Pier', 'B', 'Southbank', 'N');
INSERT INTO stops VALUES (31, 'Southbank Bridge', 'A', 'Southbank', 'Y');
INSERT INTO stops VALUES (32, 'Gasworks', 'B', 'Southbank', 'N');
INSERT INTO stops VALUES (33, 'Orchard Way', 'C', 'Southbank', 'Y');
INSERT INTO stops VALUES (34, 'Hillcrest', 'B', 'Hillcrest', 'N');
INSERT INTO stops VALUES (35, 'Hillcrest Observatory', 'C', 'Hillcrest', 'Y');
INSERT INTO stops VALUES (36, 'Quarry Lane', 'C', 'Hillcrest', 'Y');
INSERT INTO stops VALUES (37, 'Pine Ridge', 'C', 'Hillcrest', 'Y');
INSERT INTO stops VALUES (38, 'Millbrook', 'B', 'Millbrook', 'N');
INSERT INTO stops VALUES (39, 'Millbrook School', 'B', 'Millbrook', 'N');
INSERT INTO stops VALUES (40, 'Old Mill', 'C', 'Millbrook', 'Y');
INSERT INTO stops VALUES (41, 'Riverside Walk', 'B', 'Riverside', 'N');
INSERT INTO stops VALUES (42, 'Riverside Baths', 'B', 'Riverside', 'N');
INSERT INTO stops VALUES (43, 'Willow Bend', 'C', 'Riverside', 'Y');
INSERT INTO stops VALUES (44, 'Airport', 'C', NULL, 'Y');
INSERT INTO stops VALUES (45, 'Exhibition Centre', 'C', NULL, 'N');
INSERT INTO stops VALUES (46, 'Science Park', 'C', NULL, 'Y');
INSERT INTO stops VALUES (47, 'Zoo', 'B', 'Hillcrest', 'N');
INSERT INTO stops VALUES (48, 'Botanic Garden', 'B', 'Kingsley', 'Y');
INSERT INTO stops VALUES (49, 'Police Headquarters', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (50, 'Courthouse', 'A', 'Old Town', 'Y');
INSERT INTO stops VALUES (51, 'St. Anne''s Church', 'B', 'Westend', 'Y');
INSERT INTO stops VALUES (52, 'Victoria Bridge', 'A', 'Riverside', 'Y');
INSERT INTO stops VALUES (53, 'Canal Basin', 'B', 'Millbrook', 'Y');
INSERT INTO stops VALUES (54, 'Cattle Market', 'C', 'Eastfield', 'N');
INSERT INTO stops VALUES (55, 'Ice Rink', 'B', 'Southbank', 'N');
INSERT INTO stops VALUES (56, 'Sports Centre', 'B', 'Kingsley', 'Y');
INSERT INTO stops VALUES (57, 'Fairground', 'C', NULL, 'N');
INSERT INTO stops VALUES (58, 'Bus Interchange', 'B', 'Northgate', 'Y');
INSERT INTO stops VALUES (59, 'Tram Museum', 'C', 'Riverside', 'Y');
INSERT INTO stops VALUES (60, 'Crossroads', 'B', NULL, 'N');
INSERT INTO TramLine VALUES (1, '1', 'Harbour - Northgate', 13, 16, 6.6, 'Y', 'red', 1902);
INSERT INTO TramLine VALUES (2, '2', 'Westend - Eastfield', 23, 28, 10.0, 'Y', 'blue', 1905);
INSERT INTO TramLine VALUES (3, '3', 'University Line', 7, 30, 11.1, 'N', 'green', 1911);
INSERT INTO TramLine VALUES (4, '4', 'Hillcrest Line', 1, 35, 6.0, 'N', 'yellow', 1926);
INSERT INTO TramLine VALUES (5, '5', 'Airport Express', 1, 44, 5.5, 'Y', 'purple', 2016);
INSERT INTO TramLine VALUES (6, '6', 'Riverside Line', 3, 59, 9.6, 'N', 'orange', 1931);
INSERT INTO TramLine VALUES (7, '7', 'Dockyard Line', 4, 15, 7.3, 'N', NULL, 1947);
INSERT INTO TramLine VALUES (8, '8', 'Stadium Line', 2, 24, 6.8, 'N', 'light blue', 1958);
INSERT INTO TramLine VALUES (9, '9', 'Beacon Park Line', 6, 29, 7.1, 'Y', 'pink', 2011);
INSERT INTO TramLine VALUES (10, '10', 'Gasworks Line', 31, 33, 6.1, 'N', 'brown', 1953);
INSERT INTO TramLine VALUES (11, '11', 'Millbrook Line', 9, 37, 10.5, 'N', 'dark green', 1936);
INSERT INTO TramLine VALUES (12, '12', 'North Ring', 16, 20, 4.9, 'N', NULL, 1974);
INSERT INTO TramLine VALUES (13, '14', 'Sports Line', 10, 47, 8.7, 'N', 'grey', 1989);
INSERT INTO TramLine VALUES (14, '15', 'Eastfield Loop', 26, 29, 5.4, 'N', 'teal', 2004);
INSERT INTO TramLine VALUES (15, '3A', 'University Short', 7, 3, 5.4, 'N', 'green', 1998);
INSERT INTO TramLine VALUES (16, 'N1', 'Night Circle', 1, 4, 7.6, 'Y', NULL, 2019);
INSERT INTO line_stops VALUES (1, 13, 1);
INSERT INTO line_stops VALUES (1, 11, 2);
INSERT INTO line_stops VALUES (1, 2, 3);
INSERT INTO line_stops VALUES (1, 1, 4);
INSERT INTO line_stops VALUES (1, 18, 5);
INSERT INTO line_stops VALUES (1, 17, 6);
INSERT INTO line_stops VALUES (1, 16, 7);
INSERT INTO line_stops VALUES (2, 23, 1);
INSERT INTO line_stops VALUES (2, 21, 2);
INSERT INTO line_stops VALUES (2, 6, 3);
INSERT INTO line_stops VALUES (2, 1, 4);
INSERT INTO line_stops VALUES (2, 4, 5);
INSERT INTO line_stops VALUES (2, 25, 6);
INSERT INTO line_stops VALUES (2, 26, 7);
INSERT INTO line_stops VALUES (2, 28, 8);
INSERT INTO line_stops VALUES (3, 7, 1);
INSERT INTO line_stops VALUES (3, 8, 2);
INSERT INTO line_stops VALUES (3, 9, 3);
INSERT INTO line_stops VALUES (3, 3, 4);
INSERT INTO line_stops VALUES (3, 2, 5);
INSERT INTO line_stops VALUES (3, 31, 6);
INSERT INTO line_stops VALUES (3, 30, 7);
INSERT INTO line_stops VALUES (4, 1, 1);
INSERT INTO line_stops VALUES (4, 5, 2);
INSERT INTO line_stops VALUES (4, 38, 3);
INSERT INTO line_stops VALUES (4, 34, 4);
INSERT INTO line_stops VALUES (4, 47, 5);
INSERT INTO line_stops VALUES (4, 35, 6);
INSERT INTO line_stops VALUES (5, 1, 1);
INSERT INTO line_stops VALUES (5, 52, 2);
INSERT INTO line_stops VALUES (5, 45, 3);
INSERT INTO line_stops VALUES (5, 46, 4);
INSERT INTO line_stops VALUES (5, 44, 5);
INSERT INTO line_stops VALUES (6, 3, 1);
INSERT INTO line_stops VALUES (6, 52, 2);
INSERT INTO line_stops VALUES (6, 41, 3);
INSERT INTO line_stops VALUES (6, 42, 4);
INSERT INTO line_stops VALUES (6, 43, 5);
INSERT INTO line_stops VALUES (6, 59, 6);
INSERT INTO line_stops VALUES (7, 4, 1);
INSERT INTO line_stops VALUES (7, 12, 2);
INSERT INTO line_stops VALUES (7, 14, 3);
INSERT INTO line_stops VALUES (7, 15, 4);
INSERT INTO line_stops VALUES (8, 2, 1);
INSERT INTO line_stops VALUES (8, 50, 2);
INSERT INTO line_stops VALUES (8, 51, 3);
INSERT INTO line_stops VALUES (8, 22, 4);
INSERT INTO line_stops VALUES (8, 24, 5);
INSERT INTO line_stops VALUES (9, 6, 1);
INSERT INTO line_stops VALUES (9, 49, 2);
INSERT INTO line_stops VALUES (9, 25, 3);
INSERT INTO line_stops VALUES (9, 27, 4);
INSERT INTO line_stops VALUES (9, 29, 5);
INSERT INTO line_stops VALUES (10, 31, 1);
INSERT INTO line_stops VALUES (10, 32, 2);
INSERT INTO line_stops VALUES (10, 55, 3);
INSERT INTO line_stops VALUES (10, 33, 4);
INSERT INTO line_stops VALUES (11, 9, 1);
INSERT INTO line_stops VALUES (11, 48, 2);
INSERT INTO line_stops VALUES (11, 39, 3);
INSERT INTO line_stops VALUES (11, 53, 4);
INSERT INTO line_stops VALUES (11, 40, 5);
INSERT INTO line_stops VALUES (11, 36, 6);
INSERT INTO line_stops VALUES (11, 37, 7);
INSERT INTO line_stops VALUES (12, 16, 1);
INSERT INTO line_stops VALUES (12, 19, 2);
INSERT INTO line_stops VALUES (12, 58, 3);
INSERT INTO line_stops VALUES (12, 20, 4);
INSERT INTO line_stops VALUES (13, 10, 1);
INSERT INTO line_stops VALUES (13, 56, 2);
INSERT INTO line_stops VALUES (13, 7, 3);
INSERT INTO line_stops VALUES (13, 48, 4);
INSERT INTO line_stops VALUES (13, 47, 5);
INSERT INTO line_stops VALUES (14, 26, 1);
INSERT INTO line_stops VALUES (14, 54, 2);
INSERT INTO line_stops VALUES (14, 28, 3);
INSERT INTO line_stops VALUES (14, 29, 4);
INSERT INTO line_stops VALUES (15, 7, 1);
INSERT INTO line_stops VALUES (15, 8, 2);
INSERT INTO line_stops VALUES (15, 9, 3);
INSERT INTO line_stops VALUES (15, 3, 4);
INSERT INTO line_stops VALUES (16, 1, 1);
INSERT INTO line_stops VALUES (16, 2, 2);
INSERT INTO line_stops VALUES (16, 6, 3);
INSERT INTO line_stops VALUES (16, 21, 4);
INSERT INTO line_stops VALUES (16, 31, 5);
INSERT INTO line_stops VALUES (16, 4, 6);
INSERT INTO Drivers VALUES (1, 'Zoran', 'Engel', '1995-03-01', NULL, 'A', '38.75', 11);
INSERT INTO Drivers VALUES (2, 'Nils', 'Roth', '2000-01-09', 1, 'A', '32.00', 12);
INSERT INTO Drivers VALUES (3, 'Stefan', 'Pohl', '1998-03-22', 1, 'A', '33.00', 9);
INSERT INTO Drivers VALUES (4, 'Lena', 'Fischer', '2001-12-28', 1, 'A', '32.50', 3);
INSERT INTO Drivers VALUES (5, 'Paul', 'Baumann', '2006-05-30', 1, 'A', '30.25', 1);
INSERT INTO Drivers VALUES (6, 'Jakob', 'Fischer', '2004-03-08', 1, 'A', '30.50', 12);
INSERT INTO Drivers VALUES (7, 'Xaver', 'Hoffmann', '2008-01-11', 6, 'B', '27.25', 7);
INSERT INTO Drivers VALUES (8, 'Yvonne', 'Winter', '2007-03-26', 6, 'B', '28.50', 9);
INSERT INTO Drivers VALUES (9, 'Miriam', 'Novak', '2010-04-09', 6, 'B', '25.75', 6);
INSERT INTO Drivers VALUES (10, 'Walter', 'Kovac', '2016-07-10', 4, 'A', '25.50', 9);
INSERT INTO Drivers VALUES (11, 'Klaus', 'Graf', '2007-04-01', 2, 'A', '28.75', 14);
INSERT INTO Drivers VALUES (12, 'Olga', 'Hoffmann', '2006-11-08', 4, 'A', '29.75', 1);
INSERT INTO Drivers VALUES (13, 'Maria', 'Kovac', '2017-05-27', 6, 'A', '24.50', 3);
INSERT INTO Drivers VALUES (14, 'Eva', 'Seidel', '2015-01-09', 3, 'A', '26.00', 11);
INSERT INTO Drivers VALUES (15, 'Ben', 'Schubert', '2015-09-03', 6, 'B', '23.50', 15);
INSERT INTO Drivers VALUES (16, 'Agnes', 'Vogel', '2008-12-30', 5, 'B', '27.25', 6);
INSERT INTO Drivers VALUES (17, 'Julia', 'Seidel', '2014-07-07', 4, 'A', '25.25', 15);
INSERT INTO Drivers VALUES (18, 'Dieter', 'Roth', '2006-12-20', 4, 'B', '28.75', 1);
INSERT INTO Drivers VALUES (19, 'Felix', 'Brandt', '2008-06-27', 4, 'A', '29.25', 7);
INSERT INTO Drivers VALUES (20, 'Clara', 'Marek', '2022-09-29', 4, 'B', '20.75', 3);
INSERT INTO Drivers VALUES (21, 'Lukas', 'Marek', '2008-01-25', 6, 'A', '28.75', 12);
INSERT INTO Drivers VALUES (22, 'Tobias', 'Schubert', '2005-03-26', 2, 'A', '30.25', 4);
INSERT INTO Drivers VALUES (23, 'Frank', 'Schmid', '2005-12-18', 5, 'A', '31.00', 9);
INSERT INTO Drivers VALUES (24, 'Jonas', 'Marek', '2023-07-10', 2, 'B', '20.75', 12);
INSERT INTO Drivers VALUES (25, 'Boris', 'Vogel', '2016-04-07', 4, 'B', '24.00', 7);
INSERT INTO Drivers VALUES (26, 'Ralf', 'Vogel', '2021-09-02', 6, 'A', '22.25', 1);
INSERT INTO Drivers VALUES (27, 'Tanja', 'Horvath', '2014-12-13', NULL, 'A', '27.00', 12);
INSERT INTO Drivers VALUES (28, 'Carla', 'Seidel', '2017-03-13', 4, 'A', '24.75', NULL);
INSERT INTO Drivers VALUES (29, 'Petra', 'Haas', '2023-03-15', 5, 'A', '21.25', 7);
INSERT INTO Drivers VALUES (30, 'Rita', 'Meyer', '2022-02-22', 5, 'A', '23.00', NULL);
INSERT INTO Drivers VALUES (31, 'Karin', 'Roth', '2013-08-08', 4, 'B', '25.75', 15);
INSERT INTO Drivers VALUES (32, 'Hanna', 'Novak', '2005-06-13', 3, 'B', '29.00', 3);
INSERT INTO Drivers VALUES (33, 'Uwe', 'Winter', '2019-06-11', 5, 'B', '22.00', 7);
INSERT INTO Drivers VALUES (34, 'Viktor', 'Jung', '2009-03-06', 2, 'B', '25.75', 10);
INSERT INTO Drivers VALUES (35, 'Sabine', 'Marek', '2006-12-15', 5, 'B', '28.50', 11);
INSERT INTO Drivers VALUES (36, 'Lotte', 'Keller', '2010-11-29', 5, 'A', '27.00', 7);
INSERT INTO Drivers VALUES (37, 'Anna', 'Graf', '2012-02-14', 4, 'A', '28.00', 11);
INSERT INTO Drivers VALUES (38, 'Vera', 'Weber', '2021-06-15', 6, 'B', '21.75', 9);
INSERT INTO Drivers VALUES (39, 'Elena', 'Peters', '2023-02-02', 4, 'B', '20.25', 10);
INSERT INTO Drivers VALUES (40, 'Wanda', 'Novak', '2006-07-24', 4, 'B', '28.75', 2);
INSERT INTO Drivers VALUES (41, 'Ines', 'Horvath', '2015-11-12', 4, 'A', '26.75', 7);
INSERT INTO Drivers VALUES (42, 'Nora', 'Weber', '2014-11-04', 5, 'B', '23.00', 6);
INSERT INTO Drivers VALUES (43, 'Oskar', 'Pohl', '2005-09-08', 2, 'B', '29.00', 2);
INSERT INTO Drivers VALUES (44, 'Igor', 'Roth', '2011-05-05', 2, 'B', '26.00', 12);
INSERT INTO Drivers VALUES (45, 'David', 'Horvath', '2013-11-04', 5, 'A', '27.00', 12);
INSERT INTO Drivers VALUES (46, 'Marco', 'Graf', '2017-04-11', 5, 'B', '23.25', 14);
INSERT INTO Drivers VALUES (47, 'Simon', 'Jung', '2013-11-03', 6, 'B', '23.50', 9);
INSERT INTO Drivers VALUES (48, 'Greta', 'Lorenz', '2020-06-06', NULL, 'B', '20.50', 7);
INSERT INTO Drivers VALUES (49, 'Hugo', 'Brandt', '2005-04-28', 3, 'A', '30.50', 3);
INSERT INTO Drivers VALUES (50, 'Ursula', 'Lang', '2014-11-05', 6, 'A', '26.50', NULL);
INSERT INTO shift_log VALUES (1, 48, 125, 12, '2024-03-01', '04:45', 9.0, 'Y');
INSERT INTO shift_log VALUES (2, 12, 132, 6, '2024-03-01', '06:00', 9.0, 'N');
INSERT INTO shift_log VALUES (3, 49, 118, 2, '2024-03-01', '22:00', 8.5, 'N');
INSERT INTO shift_log VALUES (4, 30, 143, 11, '2024-03-03', '14:00', 8.5, 'N');
INSERT INTO shift_log VALUES (5, 38, 178, 4, '2024-03-03', '14:00', 9.0, 'N');
INSERT INTO shift_log VALUES (6, 35, 161, 9, '2024-03-04', '05:30', 7.5, 'N');
INSERT INTO shift_log VALUES (7, 25, 108, 4, '2024-03-04', '07:15', 7.5, 'N');
INSERT INTO shift_log VALUES (8, 12, 114, 8, '2024-03-05', '07:15', 6.0, 'N');
INSERT INTO shift_log VALUES (9, 25, 177, 4, '2024-03-05', '17:00', 5.5, 'N');
INSERT INTO shift_log VALUES (10, 7, 148, 9, '2024-03-05', '23:30', 7.5, 'N');
INSERT INTO shift_log VALUES (11, 49, 147, 3, '2024-03-06', '04:45', 6.0, 'N');
INSERT INTO shift_log VALUES (12, 36, 131, 2, '2024-03-06', '17:00', 4.0, 'N');
INSERT INTO shift_log VALUES (13, 12, 135, 1, '2024-03-07', '04:45', 5.5, 'N');
INSERT INTO shift_log VALUES (14, 2, 106, 14, '2024-03-07', '06:00', 7.5, 'N');
INSERT INTO shift_log VALUES (15, 6, 128, 13, '2024-03-07', '06:00', 8.0, 'N');
INSERT INTO shift_log VALUES (16, 2, 162, 3, '2024-03-07', '09:00', 8.0, 'N');
INSERT INTO shift_log VALUES (17, 45, 164, 1, '2024-03-08', '04:45', 8.5, 'N');
INSERT INTO shift_log VALUES (18, 34, 143, 13, '2024-03-08', '05:30', 5.5, 'N');
INSERT INTO shift_log VALUES (19, 27, 168, 12, '2024-03-08', '17:00', 8.0, 'N');
INSERT INTO shift_log VALUES (20, 33, 104, 6, '2024-03-09', '17:00', 6.0, 'N');
INSERT INTO shift_log VALUES (21, 48, 133, 8, '2024-03-10', '04:45', 5.5, 'N');
INSERT INTO shift_log VALUES (22, 12, 115, 13, '2024-03-10', '04:45', 7.5, 'N');
INSERT INTO shift_log VALUES (23, 36, 118, 11, '2024-03-10', '12:30', 9.0, 'N');
INSERT INTO shift_log VALUES (24, 14, 160, 3, '2024-03-11', '17:00', 6.0, 'N');
INSERT INTO shift_log VALUES (25, 38, 180, 11, '2024-03-12', '05:30', 6.0, 'N');
INSERT INTO shift_log VALUES (26, 8, 137, 10, '2024-03-12', '05:30', 9.0, 'Y');
INSERT INTO shift_log VALUES (27, 2, 127, 1, '2024-03-12', '14:00', 8.5, 'N');
INSERT INTO shift_log VALUES (28, 33, 162, 4, '2024-03-13', '12:30', 8.0, 'N');
INSERT INTO shift_log VALUES (29, 13, 117, 3, '2024-03-13', '15:45', 9.0, 'N');
INSERT INTO shift_log VALUES (30, 48, 154, 9, '2024-03-13', '22:00', 9.0, 'Y');
INSERT INTO shift_log VALUES (31, 35, 124, 5, '2024-03-14', '07:15', 9.0, 'N');
INSERT INTO shift_log VALUES (32, 14, 144, 4, '2024-03-14', '15:45', 8.5, 'N');
INSERT INTO shift_log VALUES (33, 8, 120, 9, '2024-03-14', '22:00', 6.0, 'N');
INSERT INTO shift_log VALUES (34, 4, 146, 3, '2024-03-16', '05:30', 5.5, 'N');
INSERT INTO shift_log VALUES (35, 49, 143, 11, '2024-03-16', '07:15', 8.5, 'N');
INSERT INTO shift_log VALUES (36, 27, 156, 6, '2024-03-16', '07:15', 4.0, 'N');
INSERT INTO shift_log VALUES (37, 43, 129, 3, '2024-03-16', '07:15', 8.5, 'N');
INSERT INTO shift_log VALUES (38, 50, 132, 5, '2024-03-16', '14:00', 5.5, 'N');
INSERT INTO shift_log VALUES (39, 22, 144, 3, '2024-03-16', '17:00', 8.0, 'N');
INSERT INTO shift_log VALUES (40, 2, 153, 2, '2024-03-16', '23:30', 7.5, 'N');
INSERT INTO shift_log VALUES (41, 35, 129, 5, '2024-03-17', '07:15', 9.0, 'N');
INSERT INTO shift_log VALUES (42, 25, 117, 5, '2024-03-19', '04:45', 8.5, 'N');
INSERT INTO shift_log VALUES (43, 2, 178, 11, '2024-03-19', '05:30', 7.5, 'N');
INSERT INTO shift_log VALUES (44, 9, 162, 4, '2024-03-20', '05:30', 5.5, 'N');
INSERT INTO shift_log VALUES (45, 39, 176, 2, '2024-03-20', '09:00', 8.5, 'N');
INSERT INTO shift_log VALUES (46, 19, 171, 9, '2024-03-20', '12:30', 6.0, 'Y');
INSERT INTO shift_log VALUES (47, 20, 176, 2, '2024-03-21', '12:30', 8.0, 'N');
INSERT INTO shift_log VALUES (48, 21, 145, 9, '2024-03-21', '23:30', 8.0, 'N');
INSERT INTO shift_log VALUES (49, 7, 120, 9, '2024-03-22', '15:45', 8.0, 'N');
INSERT INTO shift_log VALUES (50, 47, 110, 10, '2024-03-23', '04:45', 5.5, 'N');
INSERT INTO shift_log VALUES (51, 48, 108, 5, '2024-03-23', '09:00', 6.0, 'N');
INSERT INTO shift_log VALUES (52, 6, 129, 3, '2024-03-23', '12:30', 5.5, 'N');
INSERT INTO shift_log VALUES (53, 20, 125, 5, '2024-03-23', '15:45', 8.0, 'Y');
INSERT INTO shift_log VALUES (54, 45, 165, 14, '2024-03-24', '06:00', 8.0, 'N');
INSERT INTO shift_log VALUES (55, 4, 132, 16, '2024-03-24', '06:00', 8.0, 'N');
INSERT INTO shift_log VALUES (56, 8, 143, 14, '2024-03-24', '07:15', 7.5, 'Y');
INSERT INTO shift_log VALUES (57, 43, 171, 5, '2024-03-24', '07:15', 5.5, 'N');
INSERT INTO shift_log VALUES (58, 18, 114, 3, '2024-03-24', '12:30', 9.0, 'N');
INSERT INTO shift_log VALUES (59, 25, 161, 4, '2024-03-24', '15:45', 9.0, 'N');
INSERT INTO shift_log VALUES (60, 34, 132, 9, '2024-03-25', '22:00', 9.0, 'N');
INSERT INTO shift_log VALUES (61, 26, 124, 1, '2024-03-25', '23:30', 8.0, 'N');
INSERT INTO shift_log VALUES (62, 18, 166, 10, '2024-03-26', '17:00', 7.5, 'N');
INSERT INTO shift_log VALUES (63, 7, 127, 8, '2024-03-27', '15:45', 7.5, 'N');
INSERT INTO shift_log VALUES (64, 49, 144, 5, '2024-03-28', '17:00', 6.0, 'N');
INSERT INTO shift_log VALUES (65, 36, 128, 16, '2024-03-29', '04:45', 5.5, 'Y');
INSERT INTO shift_log VALUES (66, 27, 117, 4, '2024-03-29', '04:45', 9.0, 'N');
INSERT INTO shift_log VALUES (67, 6, 112, 4, '2024-03-29', '05:30', 5.5, 'N');
INSERT INTO shift_log VALUES (68, 6, 133, 1, '2024-03-29', '07:15', 7.5, 'Y');
INSERT INTO shift_log VALUES (69, 12, 147, 1, '2024-03-30', '05:30', 5.5, 'N');
INSERT INTO shift_log VALUES (70, 7, 140, 2, '2024-03-30', '12:30', 5.5, 'N');
INSERT INTO shift_log VALUES (71, 4, 167, 10, '2024-03-30', '14:00', 4.0, 'Y');
INSERT INTO shift_log VALUES (72, 49, 141, 15, '2024-03-30', '15:45', 4.0, 'N');
INSERT INTO shift_log VALUES (73, 18, 143, 5, '2024-03-30', '15:45', 9.0, 'N');
INSERT INTO shift_log VALUES (74, 49, 139, 7, '2024-03-31', '05:30', 9.0, 'Y');
INSERT INTO shift_log VALUES (75, 40, 146, 6, '2024-03-31', '09:00', 8.0, 'N');
INSERT INTO shift_log VALUES (76, 16, 121, 1, '2024-03-31', '12:30', 8.5, 'N');
INSERT INTO shift_log VALUES (77, 43, 169, 6, '2024-04-01', '05:30', 6.0, 'N');
INSERT INTO shift_log VALUES (78, 33, 154, 12, '2024-04-01', '09:00', 8.0, 'N');
INSERT INTO shift_log VALUES (79, 12, 147, 5, '2024-04-02', '23:30', 9.0, 'N');
INSERT INTO shift_log VALUES (80, 13, 154, 1, '2024-04-03', '04:45', 6.0, 'N');
INSERT INTO shift_log VALUES (81, 34, 104, 4, '2024-04-03', '06:00', 8.5, 'N');
INSERT INTO shift_log VALUES (82, 35, 108, 6, '2024-04-03', '09:00', 4.0, 'N');
INSERT INTO shift_log VALUES (83, 18, 158, 11, '2024-04-03', '17:00', 8.0, 'N');
INSERT INTO shift_log VALUES (84, 22, 126, 13, '2024-04-04', '04:45', 4.0, 'N');
INSERT INTO shift_log VALUES (85, 12, 157, 5, '2024-04-04', '05:30', 8.5, 'N');
INSERT INTO shift_log VALUES (86, 33, 156, 2, '2024-04-04', '05:30', 6.0, 'N');
INSERT INTO shift_log VALUES (87, 9, 151, 11, '2024-04-04', '12:30', 9.0, 'N');
INSERT INTO shift_log VALUES (88, 5, 124, 3, '2024-04-04', '12:30', 8.5, 'N');
INSERT INTO shift_log VALUES (89, 6, 132, 2, '2024-04-04', '17:00', 9.0, 'N');
INSERT INTO shift_log VALUES (90, 14, 156, 2, '2024-04-04', '23:30', 5.5, 'N');
INSERT INTO shift_log VALUES (91, 6, 119, 3, '2024-04-05', '04:45', 4.0, 'N');
INSERT INTO shift_log VALUES (92, 5, 129, 8, '2024-04-05', '05:30', 6.0, 'Y');
INSERT INTO shift_log VALUES (93, 28, 138, 15, '2024-04-06', '06:00', 8.0, 'N');
INSERT INTO shift_log VALUES (94, 14, 161, 9, '2024-04-06', '23:30', 7.5, 'N');
INSERT INTO shift_log VALUES (95, 30, 128, 9, '2024-04-07', '06:00', 7.5, 'N');
INSERT INTO shift_log VALUES (96, 32, 127, 3, '2024-04-07', '07:15', 8.0, 'Y');
INSERT INTO shift_log VALUES (97, 25, 135, 2, '2024-04-07', '09:00', 5.5, 'N');
INSERT INTO shift_log VALUES (98, 18, 128, 15, '2024-04-07', '14:00', 8.0, 'N');
INSERT INTO shift_log VALUES (99, 2, 173, 10, '2024-04-07', '15:45', 9.0, 'N');
INSERT INTO shift_log VALUES (100, 7, 169, 16, '2024-04-08', '04:45', 4.0, 'N');
INSERT INTO shift_log VALUES (101, 33, 106, 12, '2024-04-08', '05:30', 7.5, 'N');
INSERT INTO shift_log VALUES (102, 35, 178, 14, '2024-04-08', '12:30', 4.0, 'N');
INSERT INTO shift_log VALUES (103, 26, 144, 5, '2024-04-08', '22:00', 4.0, 'N');
INSERT INTO shift_log VALUES (104, 33, 153, 10, '2024-04-09', '15:45', 8.0, 'N');
INSERT INTO shift_log VALUES (105, 25, 146, 2, '2024-04-09', '22:00', 7.5, 'N');
INSERT INTO shift_log VALUES (106, 49, 124, 11, '2024-04-10', '07:15', 8.5, 'N');
INSERT INTO shift_log VALUES (107, 20, 140, 2, '2024-04-11', '06:00', 8.5, 'N');
INSERT INTO shift_log VALUES (108, 18, 141, 11, '2024-04-11', '09:00', 4.0, 'N');
INSERT INTO shift_log VALUES (109, 34, 123, 10, '2024-04-11', '14:00', 7.5, 'N');
INSERT INTO shift_log VALUES (110, 11, 168, 1, '2024-04-11', '22:00', 6.0, 'N');
INSERT INTO shift_log VALUES (111, 33, 168, 1, '2024-04-12', '07:15', 8.0, 'N');
INSERT INTO shift_log VALUES (112, 34, 114, 11, '2024-04-12', '09:00', 8.5, 'N');
INSERT INTO shift_log VALUES (113, 21, 110, 15, '2024-04-13', '04:45', 4.0, 'N');
INSERT INTO shift_log VALUES (114, 12, 119, 1, '2024-04-13', '04:45', 9.0, 'N');
INSERT INTO shift_log VALUES (115, 30, 145, 8, '2024-04-13', '05:30', 7.5, 'N');
INSERT INTO shift_log VALUES (116, 6, 168, 14, '2024-04-13', '06:00', 6.0, 'N');
INSERT INTO shift_log VALUES (117, 4, 103, 4, '2024-04-13', '15:45', 8.0, 'N');
INSERT INTO shift_log VALUES (118, 44, 141, 4, '2024-04-14', '05:30', 8.0, 'N');
INSERT INTO shift_log VALUES (119, 10, 106, 3, '2024-04-14', '07:15', 8.0, 'N');
INSERT INTO shift_log VALUES (120, 33, 108, 3, '2024-04-14', '17:00', 4.0, 'N');
INSERT INTO fare_inspections VALUES (1, 2, 'P. Duval', 142, 1, 40.0, 'FIN');
INSERT INTO fare_inspections VALUES (2, 3, 'H. Yilmaz', 131, 2, 120.0, 'FIN');
INSERT INTO fare_inspections VALUES (3, 3, 'J. Brennan', 57, 0, NULL, 'CLR');
INSERT INTO fare_inspections VALUES (4, 5, 'S. Lindqvist', 151, 5, 280.0, 'FIN');
INSERT INTO fare_inspections VALUES (5, 7, 'M. Kowalski', 186, 5, 220.0, 'FIN');
INSERT INTO fare_inspections VALUES (6, 8, 'T. Okafor', 208, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (7, 8, 'S. Lindqvist', 110, 4, 250.0, 'FIN');
INSERT INTO fare_inspections VALUES (8, 9, 'M. Kowalski', 42, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (9, 10, 'P. Duval', 227, 4, 180.0, 'FIN');
INSERT INTO fare_inspections VALUES (10, 11, 'E. Nakamura', 102, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (11, 15, 'M. Kowalski', 133, 2, 150.0, 'FIN');
INSERT INTO fare_inspections VALUES (12, 17, 'T. Okafor', 54, 2, 120.0, 'FIN');
INSERT INTO fare_inspections VALUES (13, 18, 'H. Yilmaz', 183, 3, 190.0, 'FIN');
INSERT INTO fare_inspections VALUES (14, 20, 'M. Kowalski', 38, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (15, 20, 'J. Brennan', 71, 2, 80.0, 'FIN');
INSERT INTO fare_inspections VALUES (16, 22, 'T. Okafor', 34, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (17, 24, 'R. Almeida', 41, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (18, 24, 'M. Kowalski', 157, 6, NULL, 'ESC');
INSERT INTO fare_inspections VALUES (19, 25, 'P. Duval', 223, 5, 300.0, 'FIN');
INSERT INTO fare_inspections VALUES (20, 28, 'M. Kowalski', 100, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (21, 32, 'M. Kowalski', 49, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (22, 35, 'J. Brennan', 213, 8, 500.0, 'ESC');
INSERT INTO fare_inspections VALUES (23, 36, 'R. Almeida', 58, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (24, 38, 'H. Yilmaz', 71, 1, 40.0, 'FIN');
INSERT INTO fare_inspections VALUES (25, 40, 'M. Kowalski', 170, 6, 350.0, 'ESC');
INSERT INTO fare_inspections VALUES (26, 41, 'P. Duval', 197, 6, 390.0, 'ESC');
INSERT INTO fare_inspections VALUES (27, 42, 'R. Almeida', 101, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (28, 43, 'J. Brennan', 104, 3, 160.0, 'FIN');
INSERT INTO fare_inspections VALUES (29, 46, 'R. Almeida', 144, 3, 190.0, 'FIN');
INSERT INTO fare_inspections VALUES (30, 47, 'P. Duval', 84, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (31, 48, 'J. Brennan', 31, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (32, 49, 'R. Almeida', 146, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (33, 51, 'R. Almeida', 36, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (34, 53, 'E. Nakamura', 156, 6, 420.0, 'ESC');
INSERT INTO fare_inspections VALUES (35, 54, 'M. Kowalski', 135, 2, 100.0, 'FIN');
INSERT INTO fare_inspections VALUES (36, 55, 'J. Brennan', 163, 3, 160.0, 'FIN');
INSERT INTO fare_inspections VALUES (37, 56, 'H. Yilmaz', 60, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (38, 57, 'H. Yilmaz', 119, 3, 140.0, 'FIN');
INSERT INTO fare_inspections VALUES (39, 59, 'R. Almeida', 124, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (40, 60, 'P. Duval', 158, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (41, 60, 'R. Almeida', 59, 2, 130.0, 'FIN');
INSERT INTO fare_inspections VALUES (42, 61, 'J. Brennan', 111, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (43, 63, 'J. Brennan', 126, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (44, 64, 'P. Duval', 178, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (45, 66, 'P. Duval', 63, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (46, 67, 'H. Yilmaz', 121, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (47, 69, 'R. Almeida', 87, 3, 210.0, 'FIN');
INSERT INTO fare_inspections VALUES (48, 71, 'T. Okafor', 130, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (49, 73, 'M. Kowalski', 43, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (50, 73, 'T. Okafor', 59, 1, 40.0, 'FIN');
INSERT INTO fare_inspections VALUES (51, 74, 'S. Lindqvist', 194, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (52, 75, 'R. Almeida', 214, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (53, 77, 'R. Almeida', 185, 2, 150.0, 'FIN');
INSERT INTO fare_inspections VALUES (54, 79, 'P. Duval', 196, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (55, 80, 'M. Kowalski', 89, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (56, 82, 'J. Brennan', 172, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (57, 82, 'R. Almeida', 186, 3, 240.0, 'FIN');
INSERT INTO fare_inspections VALUES (58, 84, 'R. Almeida', 61, 1, 40.0, 'FIN');
INSERT INTO fare_inspections VALUES (59, 84, 'M. Kowalski', 96, 3, 180.0, 'FIN');
INSERT INTO fare_inspections VALUES (60, 86, 'R. Almeida', 110, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (61, 86, 'T. Okafor', 177, 2, 100.0, 'FIN');
INSERT INTO fare_inspections VALUES (62, 89, 'R. Almeida', 118, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (63, 89, 'M. Kowalski', 228, 6, 420.0, 'ESC');
INSERT INTO fare_inspections VALUES (64, 90, 'S. Lindqvist', 213, 2, 120.0, 'FIN');
INSERT INTO fare_inspections VALUES (65, 91, 'P. Duval', 59, 2, NULL, 'FIN');
INSERT INTO fare_inspections VALUES (66, 92, 'E. Nakamura', 237, 5, 310.0, 'FIN');
INSERT INTO fare_inspections VALUES (67, 93, 'T. Okafor', 56, 2, 150.0, 'FIN');
INSERT INTO fare_inspections VALUES (68, 93, 'M. Kowalski', 115, 2, 130.0, 'FIN');
INSERT INTO fare_inspections VALUES (69, 94, 'R. Almeida', 157, 6, NULL, 'ESC');
INSERT INTO fare_inspections VALUES (70, 96, 'S. Lindqvist', 40, 1, NULL, 'FIN');
INSERT INTO fare_inspections VALUES (71, 97, 'P. Duval', 233, 4, 230.0, 'FIN');
INSERT INTO fare_inspections VALUES (72, 98, 'M. Kowalski', 147, 5, 360.0, 'FIN');
INSERT INTO fare_inspections VALUES (73, 99, 'S. Lindqvist', 61, 2, 150.0, 'FIN');
INSERT INTO fare_inspections VALUES (74, 100, 'J. Brennan', 222, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (75, 100, 'M. Kowalski', 121, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (76, 101, 'H. Yilmaz', 59, 2, NULL, 'FIN');
INSERT INTO fare_inspections VALUES (77, 101, 'R. Almeida', 144, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (78, 102, 'S. Lindqvist', 146, 5, 280.0, 'FIN');
INSERT INTO fare_inspections VALUES (79, 105, 'R. Almeida', 29, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (80, 107, 'R. Almeida', 155, 4, 310.0, 'FIN');
INSERT INTO fare_inspections VALUES (81, 108, 'M. Kowalski', 96, 1, 40.0, 'FIN');
INSERT INTO fare_inspections VALUES (82, 110, 'R. Almeida', 121, 3, 190.0, 'FIN');
INSERT INTO fare_inspections VALUES (83, 110, 'R. Almeida', 221, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (84, 113, 'M. Kowalski', 118, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (85, 113, 'E. Nakamura', 233, 0, 0.0, 'CLR');
INSERT INTO fare_inspections VALUES (86, 114, 'J. Brennan', 165, 1, 90.0, 'FIN');
INSERT INTO fare_inspections VALUES (87, 117, 'J. Brennan', 118, 4, 270.0, 'FIN');
INSERT INTO fare_inspections VALUES (88, 118, 'P. Duval', 153, 3, 190.0, 'FIN');
INSERT INTO fare_inspections VALUES (89, 119, 'T. Okafor', 45, 1, 60.0, 'FIN');
INSERT INTO fare_inspections VALUES (90, 120, 'R. Almeida', 88, 2, 100.0, 'FIN');
COMMIT;
