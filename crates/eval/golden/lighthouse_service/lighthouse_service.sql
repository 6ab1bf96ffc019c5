PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Lamp_Types (
    lamp_type_code TEXT PRIMARY KEY,
    lamp_type_description TEXT NOT NULL
);

CREATE TABLE Lighthouses (
    Lighthouse_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Region TEXT,
    Country TEXT NOT NULL,
    Height_m REAL,
    Year_First_Lit TEXT,
    Light_Range INTEGER,
    Lamp_Type_Code TEXT,
    FOREIGN KEY (Lamp_Type_Code) REFERENCES Ref_Lamp_Types(lamp_type_code)
);

CREATE TABLE Keepers (
    Keeper_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Nationality TEXT,
    Hire_Date TEXT
);

CREATE TABLE Postings (
    posting_id INTEGER PRIMARY KEY,
    Keeper_ID INTEGER NOT NULL,
    Lighthouse_ID INTEGER NOT NULL,
    date_from TEXT NOT NULL,
    date_to TEXT,
    FOREIGN KEY (Keeper_ID) REFERENCES Keepers(Keeper_ID),
    FOREIGN KEY (Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID)
);

CREATE TABLE Inspections (
    Inspection_ID INTEGER PRIMARY KEY,
    Lighthouse_ID INTEGER NOT NULL,
    Inspector_Name TEXT NOT NULL,
    Inspection_Date TEXT NOT NULL,
    result_code TEXT NOT NULL,
    Cost REAL
);

CREATE TABLE Supply_Ships (
    Ship_ID INTEGER PRIMARY KEY,
    Ship_Name TEXT NOT NULL,
    Home_Port TEXT,
    Tonnage INTEGER,
    other_details TEXT
);

CREATE TABLE Supply_Runs (
    Run_ID INTEGER PRIMARY KEY,
    Ship_ID INTEGER NOT NULL,
    Depot_Lighthouse_ID INTEGER NOT NULL,
    Destination_Lighthouse_ID INTEGER NOT NULL,
    Run_Date TEXT NOT NULL,
    Tonnes_Delivered REAL,
    FOREIGN KEY (Ship_ID) REFERENCES Supply_Ships(Ship_ID),
    FOREIGN KEY (Depot_Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID),
    FOREIGN KEY (Destination_Lighthouse_ID) REFERENCES Lighthouses(Lighthouse_ID)
);

CREATE TABLE Keeper_Lamp_Certifications (
    Keeper_ID INTEGER NOT NULL,
    lamp_type_code TEXT NOT NULL,
    date_certified TEXT,
    PRIMARY KEY (Keeper_ID, lamp_type_code),
    FOREIGN KEY (Keeper_ID) REFERENCES Keepers(Keeper_ID),
    FOREIGN KEY (lamp_type_code) REFERENCES Ref_Lamp_Types(lamp_type_code)
);

INSERT INTO Ref_Lamp_Types VALUES ('FR1', 'First-order Fresnel lens');
INSERT INTO Ref_Lamp_Types VALUES ('FR2', 'Second-order Fresnel lens');
INSERT INTO Ref_Lamp_Types VALUES ('FR3', 'Third-order Fresnel lens');
INSERT INTO Ref_Lamp_Types VALUES ('LED', 'Light-emitting diode array');
INSERT INTO Ref_Lamp_Types VALUES ('HAL', 'Rotating halogen beacon');
INSERT INTO Ref_Lamp_Types VALUES ('ACE', 'Acetylene gas lamp');
INSERT INTO Ref_Lamp_Types VALUES ('PVB', 'Paraffin vapour burner');
INSERT INTO Ref_Lamp_Types VALUES ('XEN', 'Xenon arc lamp');
INSERT INTO Lighthouses VALUES (1, 'Fastnet', 'Munster', 'Ireland', 54.0, '1904', 27, 'LED');
INSERT INTO Lighthouses VALUES (2, 'Hook Head', 'Leinster', 'Ireland', 35.0, '1172', 23, 'FR2');
INSERT INTO Lighthouses VALUES (3, 'Bell Rock', 'Angus', 'United Kingdom', 35.3, '1811', 18, 'LED');
INSERT INTO Lighthouses VALUES (4, 'Eddystone', 'Devon', 'United Kingdom', 49.0, '1882', 17, 'FR1');
INSERT INTO Lighthouses VALUES (5, 'Bishop Rock', 'Isles of Scilly', 'United Kingdom', 44.0, '1858', 20, 'LED');
INSERT INTO Lighthouses VALUES (6, 'Cap Frehel', 'Brittany', 'France', 33.0, '1950', 29, 'HAL');
INSERT INTO Lighthouses VALUES (7, 'Ile Vierge', 'Brittany', 'France', 82.5, '1902', 24, 'FR1');
INSERT INTO Lighthouses VALUES (8, 'Cordouan', 'Nouvelle-Aquitaine', 'France', 67.5, '1611', 22, 'FR1');
INSERT INTO Lighthouses VALUES (9, 'Cabo da Roca', 'Lisbon', 'Portugal', 22.0, '1772', 26, 'FR1');
INSERT INTO Lighthouses VALUES (10, 'Cabo de Sao Vicente', 'Algarve', 'Portugal', 28.0, '1846', 32, 'FR1');
INSERT INTO Lighthouses VALUES (11, 'Tower of Hercules', 'Galicia', 'Spain', 55.0, '1791', 23, 'FR2');
INSERT INTO Lighthouses VALUES (12, 'Cabo Finisterre', 'Galicia', 'Spain', 17.0, '1853', 31, 'HAL');
INSERT INTO Lighthouses VALUES (13, 'Westerheversand', 'Schleswig-Holstein', 'Germany', 40.0, '1908', 21, 'FR3');
INSERT INTO Lighthouses VALUES (14, 'Roter Sand', 'Lower Saxony', 'Germany', 52.5, '1885', NULL, NULL);
INSERT INTO Lighthouses VALUES (15, 'Lindesnes', 'Agder', 'Norway', 16.0, '1656', 19, 'FR2');
INSERT INTO Lighthouses VALUES (16, 'Peggys Point', 'Nova Scotia', 'Canada', 15.0, '1915', 11, 'LED');
INSERT INTO Lighthouses VALUES (17, 'Cape Race', 'Newfoundland', 'Canada', 29.0, '1907', 25, 'FR1');
INSERT INTO Lighthouses VALUES (18, 'Cape Hatteras', 'North Carolina', 'United States', 63.0, '1870', 20, 'HAL');
INSERT INTO Lighthouses VALUES (19, 'Portland Head', 'Maine', 'United States', 24.0, '1791', 24, 'FR2');
INSERT INTO Lighthouses VALUES (20, 'Split Point', 'Victoria', 'Australia', 34.0, '1891', 18, 'LED');
INSERT INTO Lighthouses VALUES (21, 'Cape Byron', 'New South Wales', 'Australia', 22.5, '1901', 27, 'FR1');
INSERT INTO Lighthouses VALUES (22, 'Skerryvore', 'Argyll', 'United Kingdom', 48.0, '1844', NULL, 'PVB');
INSERT INTO Keepers VALUES (1, 'Liam Doyle', 52, 'Irish', '1998-04-12');
INSERT INTO Keepers VALUES (2, 'Padraig Walsh', 61, 'Irish', '1989-09-01');
INSERT INTO Keepers VALUES (3, 'Angus McLeod', 47, 'British', '2003-06-20');
INSERT INTO Keepers VALUES (4, 'Thomas Penrose', 38, 'British', '2011-02-14');
INSERT INTO Keepers VALUES (5, 'Yann Le Goff', 55, 'French', '1995-10-03');
INSERT INTO Keepers VALUES (6, 'Pierre Kerjean', 29, 'French', '2018-05-07');
INSERT INTO Keepers VALUES (7, 'Joao Ferreira', 44, 'Portuguese', '2006-03-30');
INSERT INTO Keepers VALUES (8, 'Manuel Brito', 66, 'Portuguese', '1984-07-19');
INSERT INTO Keepers VALUES (9, 'Xose Castro', 35, 'Spanish', '2013-11-11');
INSERT INTO Keepers VALUES (10, 'Hans Petersen', 58, 'German', '1992-01-27');
INSERT INTO Keepers VALUES (11, 'Jens Albrecht', 41, 'German', '2008-08-15');
INSERT INTO Keepers VALUES (12, 'Ola Nygaard', 49, 'Norwegian', '2001-04-02');
INSERT INTO Keepers VALUES (13, 'Ewan MacNeil', 33, 'Canadian', '2015-09-21');
INSERT INTO Keepers VALUES (14, 'Mary Kennedy', 46, 'Canadian', '2004-12-06');
INSERT INTO Keepers VALUES (15, 'Robert Hale', 57, 'American', '1993-05-18');
INSERT INTO Keepers VALUES (16, 'Samuel Whitcomb', 27, 'American', '2020-03-09');
INSERT INTO Keepers VALUES (17, 'Bruce Gallagher', 63, 'Australian', '1987-02-23');
INSERT INTO Keepers VALUES (18, 'Fiona Brennan', 39, 'Irish', '2010-06-01');
INSERT INTO Keepers VALUES (19, 'Catriona Ross', 31, 'British', '2016-10-17');
INSERT INTO Keepers VALUES (20, 'Gwenael Morvan', 50, 'French', '1999-11-29');
INSERT INTO Keepers VALUES (21, 'Ines Soares', 36, 'Portuguese', NULL);
INSERT INTO Keepers VALUES (22, 'Karl Jansen', 43, 'German', '2007-07-07');
INSERT INTO Keepers VALUES (23, 'Declan Murphy', NULL, 'Irish', '2022-01-10');
INSERT INTO Keepers VALUES (24, 'Noah Fischer', 24, NULL, '2023-04-03');
INSERT INTO Postings VALUES (1, 1, 3, '1999-12-01', NULL);
INSERT INTO Postings VALUES (2, 2, 18, '1991-02-01', '1996-09-28');
INSERT INTO Postings VALUES (3, 2, 7, '1997-01-01', '1999-08-28');
INSERT INTO Postings VALUES (4, 2, 6, '2000-12-01', NULL);
INSERT INTO Postings VALUES (5, 3, 9, '2004-03-01', '2006-09-28');
INSERT INTO Postings VALUES (6, 3, 11, '2007-03-01', '2010-07-28');
INSERT INTO Postings VALUES (7, 3, 1, '2011-02-01', NULL);
INSERT INTO Postings VALUES (8, 4, 11, '2012-04-01', '2015-07-28');
INSERT INTO Postings VALUES (9, 4, 9, '2016-05-01', '2021-03-28');
INSERT INTO Postings VALUES (10, 4, 6, '2022-03-01', '2024-03-28');
INSERT INTO Postings VALUES (11, 5, 1, '1996-11-01', '2001-02-28');
INSERT INTO Postings VALUES (12, 5, 20, '2002-02-01', '2006-10-28');
INSERT INTO Postings VALUES (13, 5, 6, '2007-01-01', NULL);
INSERT INTO Postings VALUES (14, 6, 21, '2019-05-01', NULL);
INSERT INTO Postings VALUES (15, 7, 11, '2008-02-01', '2010-07-28');
INSERT INTO Postings VALUES (16, 8, 6, '1986-05-01', '1990-04-28');
INSERT INTO Postings VALUES (17, 8, 13, '1991-07-01', '1997-08-28');
INSERT INTO Postings VALUES (18, 9, 7, '2015-06-01', '2021-12-28');
INSERT INTO Postings VALUES (19, 10, 20, '1993-02-01', '1996-12-28');
INSERT INTO Postings VALUES (20, 10, 15, '1997-07-01', NULL);
INSERT INTO Postings VALUES (21, 11, 3, '2009-10-01', '2014-03-28');
INSERT INTO Postings VALUES (22, 12, 1, '2002-01-01', '2004-09-28');
INSERT INTO Postings VALUES (23, 13, 1, '2016-06-01', NULL);
INSERT INTO Postings VALUES (24, 14, 21, '2005-08-01', '2010-10-28');
INSERT INTO Postings VALUES (25, 15, 20, '1995-07-01', '1997-02-28');
INSERT INTO Postings VALUES (26, 15, 18, '1998-03-01', NULL);
INSERT INTO Postings VALUES (27, 16, 20, '2021-10-01', NULL);
INSERT INTO Postings VALUES (28, 17, 17, '1988-01-01', '1991-12-28');
INSERT INTO Postings VALUES (29, 17, 21, '1992-11-01', '1996-06-28');
INSERT INTO Postings VALUES (30, 18, 19, '2012-09-01', '2015-08-28');
INSERT INTO Postings VALUES (31, 18, 4, '2016-09-01', NULL);
INSERT INTO Postings VALUES (32, 19, 9, '2017-04-01', '2022-08-28');
INSERT INTO Postings VALUES (33, 19, 13, '2023-07-01', NULL);
INSERT INTO Postings VALUES (34, 20, 8, '2000-01-01', '2005-12-28');
INSERT INTO Postings VALUES (35, 20, 18, '2006-06-01', '2009-04-28');
INSERT INTO Postings VALUES (36, 20, 11, '2010-03-01', '2013-09-28');
INSERT INTO Inspections VALUES (1, 10, 'Helen Walsh', '2024-08-16', 'PASS', 2104.57);
INSERT INTO Inspections VALUES (2, 11, 'Michel Dubois', '2020-07-14', 'PASS', 4190.06);
INSERT INTO Inspections VALUES (3, 19, 'Michel Dubois', '2019-10-03', 'PASS', 2707.03);
INSERT INTO Inspections VALUES (4, 12, 'Gordon Reid', '2019-11-05', 'COND', 1116.94);
INSERT INTO Inspections VALUES (5, 8, 'Ana Pereira', '2015-01-15', 'PASS', 4430.1);
INSERT INTO Inspections VALUES (6, 2, 'Helen Walsh', '2024-05-10', 'COND', 6263.49);
INSERT INTO Inspections VALUES (7, 15, 'Gordon Reid', '2022-02-09', 'PASS', 4912.86);
INSERT INTO Inspections VALUES (8, 5, 'Eileen Carter', '2019-04-20', 'PASS', 3161.6);
INSERT INTO Inspections VALUES (9, 2, 'Helen Walsh', '2024-11-27', 'FAIL', 7764.96);
INSERT INTO Inspections VALUES (10, 6, 'Ana Pereira', '2017-01-05', 'PASS', 6148.23);
INSERT INTO Inspections VALUES (11, 13, 'Ana Pereira', '2023-01-10', 'PASS', 9235.48);
INSERT INTO Inspections VALUES (12, 7, 'Helen Walsh', '2020-02-06', 'PASS', 5772.83);
INSERT INTO Inspections VALUES (13, 2, 'Gordon Reid', '2022-02-02', 'PASS', 3833.22);
INSERT INTO Inspections VALUES (14, 19, 'Michel Dubois', '2023-10-21', 'PASS', 7374.55);
INSERT INTO Inspections VALUES (15, 7, 'Michel Dubois', '2015-02-10', 'FAIL', 2622.74);
INSERT INTO Inspections VALUES (16, 5, 'Helen Walsh', '2017-03-16', 'PASS', NULL);
INSERT INTO Inspections VALUES (17, 13, 'Eileen Carter', '2017-05-20', 'PASS', 1427.87);
INSERT INTO Inspections VALUES (18, 14, 'Gordon Reid', '2019-01-03', 'COND', 1977.33);
INSERT INTO Inspections VALUES (19, 13, 'Eileen Carter', '2022-02-17', 'PASS', 1939.68);
INSERT INTO Inspections VALUES (20, 18, 'Eileen Carter', '2024-07-04', 'COND', 4762.12);
INSERT INTO Inspections VALUES (21, 8, 'Gordon Reid', '2022-04-12', 'PASS', 5049.7);
INSERT INTO Inspections VALUES (22, 22, 'Michel Dubois', '2016-01-28', 'PASS', 3674.98);
INSERT INTO Inspections VALUES (23, 7, 'Eileen Carter', '2015-10-09', 'PASS', NULL);
INSERT INTO Inspections VALUES (24, 11, 'Helen Walsh', '2016-06-21', 'PASS', 3550.39);
INSERT INTO Inspections VALUES (25, 2, 'Walter Brandt', '2016-03-05', 'COND', 9239.02);
INSERT INTO Inspections VALUES (26, 22, 'Helen Walsh', '2017-12-20', 'PASS', 1957.07);
INSERT INTO Inspections VALUES (27, 5, 'Walter Brandt', '2016-01-23', 'COND', 2184.76);
INSERT INTO Inspections VALUES (28, 21, 'Ana Pereira', '2024-11-12', 'FAIL', 5980.78);
INSERT INTO Inspections VALUES (29, 1, 'Michel Dubois', '2016-06-16', 'PASS', 7118.49);
INSERT INTO Inspections VALUES (30, 8, 'Gordon Reid', '2023-05-13', 'PASS', 6002.99);
INSERT INTO Inspections VALUES (31, 18, 'Gordon Reid', '2017-05-13', 'FAIL', 2309.56);
INSERT INTO Inspections VALUES (32, 12, 'Eileen Carter', '2022-06-21', 'PASS', 6601.73);
INSERT INTO Supply_Ships VALUES (1, 'Granuaile', 'Galway', 2623, NULL);
INSERT INTO Supply_Ships VALUES (2, 'Pharos', 'Oban', 3672, 'Flagship of the northern fleet');
INSERT INTO Supply_Ships VALUES (3, 'Galatea', 'Harwich', 3569, NULL);
INSERT INTO Supply_Ships VALUES (4, 'Alert', 'Swansea', 255, 'Tender, inshore work only');
INSERT INTO Supply_Ships VALUES (5, 'Armorique', 'Brest', 1150, NULL);
INSERT INTO Supply_Ships VALUES (6, 'Gago Coutinho', 'Lisbon', 980, NULL);
INSERT INTO Supply_Ships VALUES (7, 'Neuwerk', 'Cuxhaven', 1720, NULL);
INSERT INTO Supply_Ships VALUES (8, 'Fyrbjorn', 'Kristiansand', 640, 'Retired in 2021');
INSERT INTO Supply_Ships VALUES (9, 'Edward Cornwallis', 'Halifax', 3727, NULL);
INSERT INTO Supply_Ships VALUES (10, 'Cape Pillar', 'Sydney', 870, NULL);
INSERT INTO Supply_Runs VALUES (1, 9, 3, 13, '2019-01-12', 23.4);
INSERT INTO Supply_Runs VALUES (2, 1, 17, 13, '2021-01-26', 28.8);
INSERT INTO Supply_Runs VALUES (3, 2, 1, 13, '2019-12-11', 51.3);
INSERT INTO Supply_Runs VALUES (4, 6, 6, 16, '2020-12-21', 46.1);
INSERT INTO Supply_Runs VALUES (5, 5, 9, 10, '2019-10-09', 37.5);
INSERT INTO Supply_Runs VALUES (6, 5, 6, 21, '2023-06-07', 54.4);
INSERT INTO Supply_Runs VALUES (7, 6, 1, 7, '2022-04-20', 36.7);
INSERT INTO Supply_Runs VALUES (8, 5, 3, 4, '2022-05-11', NULL);
INSERT INTO Supply_Runs VALUES (9, 3, 3, 22, '2024-11-14', 48.1);
INSERT INTO Supply_Runs VALUES (10, 3, 9, 7, '2024-05-20', 5.8);
INSERT INTO Supply_Runs VALUES (11, 9, 9, 12, '2023-10-04', 29.8);
INSERT INTO Supply_Runs VALUES (12, 6, 3, 14, '2019-05-22', 39.0);
INSERT INTO Supply_Runs VALUES (13, 9, 9, 18, '2021-02-06', 45.6);
INSERT INTO Supply_Runs VALUES (14, 2, 6, 8, '2021-09-18', 15.2);
INSERT INTO Supply_Runs VALUES (15, 7, 6, 11, '2021-10-15', NULL);
INSERT INTO Supply_Runs VALUES (16, 3, 3, 5, '2022-11-06', 56.6);
INSERT INTO Supply_Runs VALUES (17, 5, 6, 12, '2024-04-03', 32.4);
INSERT INTO Supply_Runs VALUES (18, 7, 1, 3, '2023-11-19', 27.7);
INSERT INTO Supply_Runs VALUES (19, 9, 17, 12, '2021-01-22', 59.2);
INSERT INTO Supply_Runs VALUES (20, 2, 1, 9, '2019-04-19', NULL);
INSERT INTO Supply_Runs VALUES (21, 1, 17, 14, '2023-06-28', 41.4);
INSERT INTO Supply_Runs VALUES (22, 4, 6, 22, '2022-10-19', 42.0);
INSERT INTO Supply_Runs VALUES (23, 4, 3, 6, '2020-05-25', 9.5);
INSERT INTO Supply_Runs VALUES (24, 1, 3, 8, '2024-06-21', 36.9);
INSERT INTO Supply_Runs VALUES (25, 4, 3, 9, '2021-03-07', 35.7);
INSERT INTO Supply_Runs VALUES (26, 3, 9, 6, '2020-09-26', 49.0);
INSERT INTO Supply_Runs VALUES (27, 2, 9, 10, '2023-09-15', 20.8);
INSERT INTO Supply_Runs VALUES (28, 7, 1, 21, '2021-07-28', 41.9);
INSERT INTO Supply_Runs VALUES (29, 9, 3, 9, '2021-11-05', 50.9);
INSERT INTO Supply_Runs VALUES (30, 6, 1, 15, '2024-05-16', NULL);
INSERT INTO Keeper_Lamp_Certifications VALUES (1, 'FR2', '2000-12-28');
INSERT INTO Keeper_Lamp_Certifications VALUES (1, 'HAL', '2021-02-09');
INSERT INTO Keeper_Lamp_Certifications VALUES (2, 'LED', '1993-02-21');
INSERT INTO Keeper_Lamp_Certifications VALUES (3, 'FR2', '2011-10-16');
INSERT INTO Keeper_Lamp_Certifications VALUES (3, 'FR3', NULL);
INSERT INTO Keeper_Lamp_Certifications VALUES (4, 'FR1', '2012-10-10');
INSERT INTO Keeper_Lamp_Certifications VALUES (4, 'HAL', '2019-06-23');
INSERT INTO Keeper_Lamp_Certifications VALUES (5, 'FR3', '1996-08-07');
INSERT INTO Keeper_Lamp_Certifications VALUES (5, 'HAL', '2011-06-15');
INSERT INTO Keeper_Lamp_Certifications VALUES (6, 'FR2', '2023-03-20');
INSERT INTO Keeper_Lamp_Certifications VALUES (6, 'FR3', '2022-12-25');
INSERT INTO Keeper_Lamp_Certifications VALUES (7, 'FR2', '2022-04-22');
INSERT INTO Keeper_Lamp_Certifications VALUES (7, 'HAL', '2017-02-10');
INSERT INTO Keeper_Lamp_Certifications VALUES (7, 'LED', '2010-09-17');
INSERT INTO Keeper_Lamp_Certifications VALUES (8, 'FR1', '2004-09-25');
INSERT INTO Keeper_Lamp_Certifications VALUES (8, 'FR2', '2020-01-10');
INSERT INTO Keeper_Lamp_Certifications VALUES (9, 'FR2', '2014-12-27');
INSERT INTO Keeper_Lamp_Certifications VALUES (9, 'LED', '2017-05-11');
INSERT INTO Keeper_Lamp_Certifications VALUES (10, 'HAL', '2009-07-26');
INSERT INTO Keeper_Lamp_Certifications VALUES (10, 'LED', '2003-03-20');
INSERT INTO Keeper_Lamp_Certifications VALUES (11, 'FR3', '2013-03-04');
INSERT INTO Keeper_Lamp_Certifications VALUES (12, 'LED', '2021-01-22');
INSERT INTO Keeper_Lamp_Certifications VALUES (13, 'HAL', '2017-12-01');
INSERT INTO Keeper_Lamp_Certifications VALUES (13, 'LED', '2021-04-10');
INSERT INTO Keeper_Lamp_Certifications VALUES (14, 'ACE', '2010-02-01');
INSERT INTO Keeper_Lamp_Certifications VALUES (15, 'ACE', NULL);
INSERT INTO Keeper_Lamp_Certifications VALUES (15, 'FR1', '1999-05-22');
INSERT INTO Keeper_Lamp_Certifications VALUES (15, 'FR2', '1997-04-01');
INSERT INTO Keeper_Lamp_Certifications VALUES (16, 'FR3', '2020-08-09');
INSERT INTO Keeper_Lamp_Certifications VALUES (17, 'ACE', '1994-04-25');
INSERT INTO Keeper_Lamp_Certifications VALUES (17, 'HAL', '2024-04-03');
INSERT INTO Keeper_Lamp_Certifications VALUES (18, 'HAL', NULL);
INSERT INTO Keeper_Lamp_Certifications VALUES (19, 'ACE', '2018-02-09');
INSERT INTO Keeper_Lamp_Certifications VALUES (19, 'FR2', '2019-09-13');
INSERT INTO Keeper_Lamp_Certifications VALUES (20, 'ACE', NULL);
INSERT INTO Keeper_Lamp_Certifications VALUES (20, 'HAL', '2012-04-19');
INSERT INTO Keeper_Lamp_Certifications VALUES (21, 'FR3', '2003-04-23');
INSERT INTO Keeper_Lamp_Certifications VALUES (22, 'ACE', '2016-12-03');
INSERT INTO Keeper_Lamp_Certifications VALUES (22, 'FR1', '2021-05-03');
INSERT INTO Keeper_Lamp_Certifications VALUES (22, 'FR3', '2012-10-02');
