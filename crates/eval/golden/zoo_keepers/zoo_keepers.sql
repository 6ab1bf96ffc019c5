PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;
CREATE TABLE Ref_Species (
  species_code TEXT PRIMARY KEY,
  species_name TEXT NOT NULL,
  sci_name TEXT,
  diet TEXT,
  cons_status TEXT
);
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('LION', 'African Lion', 'Panthera leo', 'Carnivore', 'VU');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('TIGR', 'Sumatran Tiger', 'Panthera tigris sumatrae', 'Carnivore', 'CR');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('GIRF', 'Reticulated Giraffe', 'Giraffa reticulata', 'Herbivore', 'EN');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('ELEP', 'Asian Elephant', 'Elephas maximus', 'Herbivore', 'EN');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('ZEBR', 'Plains Zebra', 'Equus quagga', 'Herbivore', 'NT');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('PENG', 'Humboldt Penguin', 'Spheniscus humboldti', 'Piscivore', 'VU');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('RPAN', 'Red Panda', 'Ailurus fulgens', 'Herbivore', 'EN');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('MEER', 'Meerkat', 'Suricata suricatta', 'Insectivore', 'LC');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('GORL', 'Western Lowland Gorilla', 'Gorilla gorilla gorilla', 'Herbivore', 'CR');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('CHMP', 'Chimpanzee', 'Pan troglodytes', 'Omnivore', 'EN');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('RHIN', 'Southern White Rhino', 'Ceratotherium simum', 'Herbivore', 'NT');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('FLAM', 'Chilean Flamingo', 'Phoenicopterus chilensis', 'Omnivore', 'NT');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('KOMO', 'Komodo Dragon', 'Varanus komodoensis', 'Carnivore', 'EN');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('OTTR', 'Asian Small-clawed Otter', 'Aonyx cinereus', 'Piscivore', 'VU');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('CAPY', 'Capybara', 'Hydrochoerus hydrochaeris', 'Herbivore', 'LC');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('SNLP', 'Snow Leopard', 'Panthera uncia', 'Carnivore', 'VU');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('TORT', 'Aldabra Giant Tortoise', 'Aldabrachelys gigantea', 'Herbivore', 'VU');
INSERT INTO Ref_Species (species_code, species_name, sci_name, diet, cons_status) VALUES ('LEMR', 'Ring-tailed Lemur', 'Lemur catta', 'Omnivore', 'EN');
CREATE TABLE Enclosure (
  EnclosureID INTEGER PRIMARY KEY,
  EnclosureName TEXT NOT NULL,
  Zone TEXT,
  AreaSqm REAL,
  IsIndoor TEXT,
  OpenedYear INTEGER
);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (1, 'Savannah Plains', 'Africa', 12400.0, 'N', 1998);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (2, 'Lion Ridge', 'Africa', 4550.0, 'N', 2006);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (3, 'Tiger Territory', 'Asia', 3820.0, 'N', 2011);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (4, 'Elephant Valley', 'Asia', 9150.0, 'N', 2003);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (5, 'Penguin Cove', 'Coast', 1260.0, 'N', 2014);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (6, 'Bamboo Forest', 'Asia', 1540.0, 'N', 2016);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (7, 'Meerkat Mound', 'Africa', 410.0, 'N', 2009);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (8, 'Gorilla Kingdom', 'Africa', 2680.0, 'N', 2007);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (9, 'Rainforest Dome', 'Americas', 2230.0, 'Y', 2018);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (10, 'Reptile House', 'Tropics', 820.0, 'Y', 1995);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (11, 'Otter Creek', 'Asia', 615.0, 'N', 2019);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (12, 'Flamingo Lagoon', 'Americas', 1875.0, 'N', 2001);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (13, 'Lemur Walkthrough', 'Madagascar', 1120.0, 'N', 2013);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (14, 'Giant Tortoise House', 'Tropics', 705.0, 'Y', 2010);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (15, 'Nocturnal House', 'Tropics', 530.0, 'Y', 1992);
INSERT INTO Enclosure (EnclosureID, EnclosureName, Zone, AreaSqm, IsIndoor, OpenedYear) VALUES (16, 'Primate Pavilion', 'Africa', 1460.0, 'Y', 2021);
CREATE TABLE keepers (
  kpr_id INTEGER PRIMARY KEY,
  kpr_fname TEXT,
  kpr_lname TEXT,
  hire_dt TEXT,
  ph_no TEXT,
  salary INTEGER,
  supervisor INTEGER REFERENCES keepers(kpr_id),
  home_city TEXT
);
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (1, 'Margaret', 'Hollis', '2005-07-11', '07875 700350', 47000, NULL, 'Bristol');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (2, 'Daniel', 'Okafor', '2004-07-17', '07870 998424', 46000, NULL, 'Bristol');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (3, 'Sophie', 'Turner', '2018-11-28', NULL, 26250, 1, 'Nailsea');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (4, 'Liam', 'Fletcher', '2023-05-01', '07752 239108', 29250, 2, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (5, 'Priya', 'Sharma', '2012-05-11', NULL, 36250, 1, 'Portishead');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (6, 'Tom', 'Whitaker', '2012-02-07', NULL, 24250, 2, 'Clevedon');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (7, 'Hannah', 'Price', '2014-09-17', '07980 136818', 28750, 1, 'Keynsham');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (8, 'George', 'Ashby', '2014-10-03', '07813 243460', 27000, 2, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (9, 'Chloe', 'Bennett', '2014-03-29', '07887 202198', 29500, 1, 'Keynsham');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (10, 'Ryan', 'O''Brien', '2019-09-25', '07855 608890', 32250, 2, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (11, 'Emily', 'Carter', '2021-03-05', '07827 574217', 25750, 1, 'Clevedon');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (12, 'Josh', 'Hughes', '2018-04-11', '07706 906544', 33000, 2, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (13, 'Aisha', 'Mensah', '2013-02-06', NULL, 28000, 1, 'Nailsea');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (14, 'Oliver', 'Grant', '2016-09-25', NULL, 32750, 2, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (15, 'Megan', 'Doyle', '2013-05-11', NULL, 33500, 1, 'Weston-super-Mare');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (16, 'Sam', 'Kowalski', '2013-06-10', '07848 477105', 32500, 2, 'Clevedon');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (17, 'Lucy', 'Parr', '2016-11-20', '07713 220229', 32250, 1, 'Portishead');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (18, 'Nathan', 'Reid', '2017-07-10', '07817 649306', 30750, 2, 'Bristol');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (19, 'Grace', 'Ellison', '2021-09-09', '07847 807608', 25750, 1, 'Portishead');
INSERT INTO keepers (kpr_id, kpr_fname, kpr_lname, hire_dt, ph_no, salary, supervisor, home_city) VALUES (20, 'Ben', 'Marsh', '2013-10-26', '07943 967355', 33000, 2, 'Bath');
CREATE TABLE animals (
  animal_id INTEGER PRIMARY KEY,
  name TEXT,
  species_code TEXT REFERENCES Ref_Species(species_code),
  encl_no INTEGER REFERENCES Enclosure(EnclosureID),
  sex TEXT,
  dob TEXT,
  weight TEXT,
  arrival_date TEXT
);
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (1, 'Mango', 'LION', 2, 'F', '2009-08-11', '167.7', '2012-08-09');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (2, 'Zola', 'LION', 2, 'F', '2008-08-12', '188.5', '2017-02-22');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (3, 'Efie', 'LION', 2, 'M', '2018-12-11', '136.6', '2022-12-03');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (4, 'Atlas', 'LION', 2, 'M', '2018-02-18', '145.3', '2024-04-18');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (5, 'Pinky', 'TIGR', 3, 'M', '2016-05-28', '82.4', '2021-11-24');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (6, 'Salsa', 'TIGR', 3, 'M', '2018-02-10', '98.6', '2021-08-09');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (7, 'Bongo', 'GIRF', 1, 'F', '2011-11-10', '1098.0', '2023-05-19');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (8, 'Amani', 'GIRF', 1, 'M', '2012-02-12', '1220.1', '2013-03-16');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (9, 'Mora', 'GIRF', 1, 'F', '2023-10-03', '1238.5', '2024-06-19');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (10, 'Kumbi', 'GIRF', 1, 'F', '2017-08-11', '974.7', '2022-07-16');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (11, 'Tilly', 'GIRF', 1, 'F', '2020-03-26', '879.4', '2022-02-04');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (12, 'Blush', 'ZEBR', 1, 'M', '2014-04-27', '264.6', '2021-04-21');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (13, 'Coral', 'ZEBR', 1, 'M', '2018-07-16', '346.8', '2019-11-10');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (14, 'Bahati', 'ZEBR', 1, 'M', '2009-05-11', '226.5', '2013-04-11');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (15, 'Sefu', 'ZEBR', 1, 'F', '2016-01-07', '344.6', '2017-07-10');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (16, 'Mjukuu', 'ZEBR', 1, 'F', '2022-09-26', '253.1', '2024-03-02');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (17, 'Nia', 'ZEBR', 1, 'M', '2018-12-08', '237.8', '2021-06-13');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (18, 'Kumbuka', 'RHIN', 1, 'F', '2005-07-29', '1777.4', '2018-11-18');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (19, 'Ginger', 'RHIN', 1, 'F', '1999-07-24', '2230.8', '2022-02-12');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (20, 'Koko', 'ELEP', 4, 'M', '2017-06-03', '4231.9', '2018-09-08');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (21, 'Kito', 'ELEP', 4, 'M', '1996-12-14', '3418.5', '2015-03-27');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (22, 'Willow', 'ELEP', 4, 'M', '1980-11-12', '2921.8', '2021-06-24');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (23, 'Waddles', 'PENG', 5, 'F', '2009-10-04', '5.18', '2024-05-30');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (24, 'Jabari', 'PENG', 5, 'F', '2021-07-18', '4.15', '2023-12-31');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (25, 'Raja', 'PENG', 5, 'M', '2014-09-30', '3.90', '2016-03-09');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (26, 'Shelly', 'PENG', 5, 'M', '2014-09-29', '4.84', '2017-07-23');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (27, 'Sunny', 'PENG', 5, 'F', '2017-07-17', '4.66', '2018-11-16');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (28, 'Cleo', 'PENG', 5, 'M', '2011-03-13', '3.83', '2019-09-06');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (29, 'Moyo', 'PENG', 5, 'F', '2013-11-20', '4.13', '2017-04-27');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (30, 'Kiara', 'PENG', 5, 'M', '2014-02-18', '3.64', '2017-09-11');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (31, 'Ollie', 'RPAN', 6, 'F', '2012-09-25', '5.86', '2018-03-24');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (32, 'Pebbles', 'RPAN', 6, 'M', '2020-05-01', '4.41', '2021-02-08');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (33, 'Pablo', 'MEER', 7, 'F', '2016-09-11', '0.75', '2024-01-01');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (34, 'Splash', 'MEER', 7, 'M', '2018-02-07', '0.63', '2019-03-24');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (35, 'Tembo', 'MEER', 7, 'M', '2021-04-29', '0.82', '2022-05-06');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (36, 'Obi', 'MEER', 7, 'M', '2020-11-30', '0.92', '2021-06-28');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (37, 'Nala', 'MEER', 7, 'F', '2014-08-02', '0.72', '2019-05-10');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (38, 'Zuri', 'MEER', 7, 'F', '2015-06-21', '0.90', '2022-11-13');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (39, 'Zeke', 'MEER', 7, 'M', '2023-04-02', '0.69', '2023-12-27');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (40, 'Kera', 'GORL', 8, 'M', '2009-10-14', '109.8', '2010-09-01');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (41, 'Biscuit', 'GORL', 8, 'M', '2022-08-09', '152.9', '2023-07-30');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (42, 'Sahara', 'GORL', 8, 'F', '2001-04-09', '155.2', '2004-08-07');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (43, 'Bao', 'GORL', 8, 'M', '1994-12-02', '143.2', '2002-08-23');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (44, 'Asha', 'CHMP', 16, 'F', '2019-10-02', '55.3', '2024-05-14');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (45, 'Timon', 'CHMP', 16, 'M', '1991-11-22', '42.6', '2007-08-26');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (46, 'Tano', 'CHMP', 16, 'F', '1996-05-30', '51.8', '2007-01-23');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (47, 'Tiki', 'CHMP', 16, 'M', '2003-01-23', '50.5', '2007-07-28');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (48, 'Kofi', 'CHMP', 16, 'F', '2007-11-17', '53.1', '2011-01-12');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (49, 'Dusty', 'CAPY', 9, 'F', '2021-07-24', '53.7', '2022-05-26');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (50, 'Percy', 'CAPY', 9, 'M', '2016-06-16', '48.9', '2018-10-03');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (51, 'Ravi', 'CAPY', 9, 'M', '2021-11-09', '56.2', '2023-10-08');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (52, 'Momo', 'FLAM', 12, 'M', '2021-01-09', '2.38', '2024-03-31');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (53, 'Fern', 'FLAM', 12, 'F', '2023-04-23', '2.99', '2023-11-06');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (54, 'Baraka', 'FLAM', 12, 'F', '1996-04-12', '2.29', '2006-01-06');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (55, 'Pip', 'FLAM', 12, 'F', '2008-01-10', '3.38', '2020-09-24');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (56, 'Suri', 'FLAM', 12, 'M', '1994-08-10', '2.98', '2020-03-21');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (57, 'Pili', 'FLAM', 12, 'M', '2011-04-22', '2.42', '2017-10-30');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (58, 'Juno', 'KOMO', 10, 'M', '2003-06-04', '74.5', '2013-09-23');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (59, 'Lulu', 'OTTR', 11, 'F', '2020-03-04', '2.18', '2024-01-30');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (60, 'Simba', 'OTTR', 11, 'F', '2015-06-21', '3.55', '2020-09-08');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (61, 'Imani', 'OTTR', 11, 'M', '2023-03-13', '3.13', '2023-09-26');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (62, 'Zaza', 'TORT', 14, 'M', '2007-12-14', '217.8', '2011-05-20');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (63, 'Otto', 'TORT', 14, 'F', '1966-10-20', '245.4', '2006-05-09');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (64, 'Rosie', 'LEMR', 13, 'M', '2021-07-15', '2.60', '2022-06-14');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (65, 'Yara', 'LEMR', 13, 'M', '2019-01-03', '2.25', '2023-01-06');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (66, 'Hazel', 'LEMR', 13, 'F', '2021-12-07', '2.60', '2023-08-01');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (67, 'Flora', 'LEMR', 13, 'M', '2017-06-17', '3.23', '2022-12-04');
INSERT INTO animals (animal_id, name, species_code, encl_no, sex, dob, weight, arrival_date) VALUES (68, 'Quinn', 'LEMR', 13, 'F', '2012-04-25', '3.27', '2022-07-04');
CREATE TABLE feeding_schedules (
  sched_id INTEGER PRIMARY KEY,
  animal_id INTEGER,
  kpr_id INTEGER,
  food_item TEXT,
  qty_kg REAL,
  feed_time TEXT,
  day_of_week TEXT
);
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (1, 1, 3, 'Whole rabbit', 5.99, '09:15', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (2, 2, 11, 'Whole rabbit', 7.81, '09:00', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (3, 3, 2, 'Beef on the bone', 7.28, '13:15', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (4, 4, 1, 'Whole rabbit', 6.78, '11:00', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (5, 5, 12, 'Horse meat', 7.0, '11:45', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (6, 6, 5, 'Horse meat', 5.08, '07:30', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (7, 6, 12, 'Whole chicken', 4.15, '10:00', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (8, 7, 8, 'Lucerne hay', 10.1, '14:00', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (9, 8, 11, 'Carrots', 16.9, '10:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (10, 9, 8, 'Acacia browse', 11.43, '13:30', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (11, 10, 8, 'Lucerne hay', 25.83, '14:45', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (12, 11, 3, 'Acacia browse', 27.01, '10:00', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (13, 12, 8, 'Grass pellets', 7.1, '09:30', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (14, 13, 8, 'Grass pellets', 8.15, '10:15', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (15, 14, 7, 'Meadow hay', 6.04, '07:30', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (16, 15, 11, 'Grass pellets', 8.02, '13:45', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (17, 15, 4, 'Grass pellets', 9.15, '09:00', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (18, 16, 1, 'Grass pellets', 7.91, '13:15', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (19, 17, 3, 'Grass pellets', 8.6, '07:00', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (20, 18, 3, 'Apples', 38.13, '16:15', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (21, 18, 2, 'Meadow hay', 26.53, '14:00', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (22, 19, 3, 'Grass pellets', 20.7, '15:30', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (23, 20, 5, 'Bananas', 76.02, '16:15', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (24, 21, 5, 'Meadow hay', 64.98, '07:15', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (25, 22, 9, 'Meadow hay', 70.98, '08:00', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (26, 22, 9, 'Bananas', 89.13, '10:15', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (27, 23, 10, 'Sprats', 0.94, '10:00', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (28, 24, 13, 'Herring', 0.44, '07:45', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (29, 25, 10, 'Herring', 0.63, '11:30', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (30, 26, 10, 'Sprats', 0.41, '10:45', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (31, 27, 13, 'Herring', 0.88, '14:30', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (32, 28, 13, 'Herring', 0.52, '13:45', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (33, 29, 13, 'Sprats', 0.86, '10:45', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (34, 29, 13, 'Herring', 0.76, '11:45', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (35, 30, 13, 'Herring', 0.96, '09:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (36, 31, 5, 'Bamboo', 1.75, '09:30', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (37, 31, 6, 'Panda pellets', 1.03, '10:15', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (38, 32, 6, 'Panda pellets', 2.25, '13:00', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (39, 33, 4, 'Mealworms', 0.06, '14:15', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (40, 34, 11, 'Crickets', 0.12, '13:15', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (41, 35, 8, 'Mealworms', 0.08, '14:30', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (42, 36, 4, 'Crickets', 0.06, '15:45', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (43, 37, 11, 'Crickets', 0.06, '11:15', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (44, 38, 11, 'Crickets', 0.1, '08:15', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (45, 39, 8, 'Mealworms', 0.06, '07:15', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (46, 40, 2, 'Root vegetables', 8.83, '14:30', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (47, 41, 11, 'Browse branches', 7.87, '09:15', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (48, 42, 7, 'Browse branches', 9.41, '13:30', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (49, 43, 7, 'Root vegetables', 11.94, '14:30', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (50, 44, 3, 'Leafy greens', 2.21, '07:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (51, 45, 8, 'Primate pellets', 3.28, '15:00', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (52, 45, 8, 'Fruit mix', 3.2, '14:30', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (53, 46, 8, 'Leafy greens', 3.89, '10:00', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (54, 47, 3, 'Leafy greens', 2.89, '07:15', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (55, 48, 8, 'Leafy greens', 2.47, '07:15', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (56, 49, 15, 'Grass pellets', 2.72, '11:45', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (57, 50, 15, 'Leafy greens', 2.56, '08:00', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (58, 51, 2, 'Leafy greens', 2.05, '14:00', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (59, 52, 15, 'Flamingo pellets', 0.49, '09:00', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (60, 53, 14, 'Flamingo pellets', 0.33, '08:15', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (61, 54, 14, 'Brine shrimp', 0.32, '13:15', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (62, 55, 15, 'Brine shrimp', 0.24, '13:45', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (63, 56, 15, 'Flamingo pellets', 0.49, '15:45', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (64, 57, 2, 'Flamingo pellets', 0.23, '13:45', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (65, 58, 16, 'Whole rabbit', 3.94, '15:15', 'Wed');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (66, 59, 9, 'Crayfish', 0.56, '10:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (67, 60, 9, 'Crayfish', 0.85, '10:30', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (68, 61, 12, 'Crayfish', 0.79, '13:00', 'Mon');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (69, 62, 16, 'Leafy greens', 3.61, '15:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (70, 63, 16, 'Leafy greens', 5.3, '10:45', 'Sun');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (71, 64, 2, 'Primate pellets', 0.33, '16:00', 'Fri');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (72, 65, 18, 'Primate pellets', 0.4, '15:30', 'Sat');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (73, 66, 18, 'Fruit mix', 0.34, '14:15', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (74, 66, 15, 'Primate pellets', 0.51, '11:00', 'Tue');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (75, 67, 15, 'Primate pellets', 0.51, '15:00', 'Thu');
INSERT INTO feeding_schedules (sched_id, animal_id, kpr_id, food_item, qty_kg, feed_time, day_of_week) VALUES (76, 68, 15, 'Primate pellets', 0.34, '16:00', 'Wed');
CREATE TABLE Vet (
  vet_id INTEGER PRIMARY KEY,
  vet_name TEXT NOT NULL,
  specialty TEXT,
  clinic_city TEXT,
  yrs_exp INTEGER
);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (1, 'Dr. Helen Marsh', 'Large Animal', 'Bristol', 22);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (2, 'Dr. Kwame Asante', 'Exotics', 'Bristol', 14);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (3, 'Dr. Fiona Caldwell', 'Avian', 'Bath', 9);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (4, 'Dr. Rajesh Iyer', 'Primates', 'Bristol', 17);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (5, 'Dr. Sarah Lindqvist', 'Reptiles', 'Cardiff', 11);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (6, 'Dr. Patrick Nolan', 'Dental', 'Bath', 26);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (7, 'Dr. Amelia Stroud', NULL, 'Gloucester', 4);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (8, 'Dr. Victor Hale', 'Large Animal', 'Swindon', 31);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (9, 'Dr. Nadia Rahman', 'Exotics', 'Cardiff', 7);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (10, 'Dr. Owen Pritchard', NULL, 'Bristol', 2);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (11, 'Dr. Isabel Ferreira', 'Aquatic', 'Plymouth', 13);
INSERT INTO Vet (vet_id, vet_name, specialty, clinic_city, yrs_exp) VALUES (12, 'Dr. Colin Yates', 'Pathology', 'Exeter', 19);
CREATE TABLE Animal_Vet (
  check_id INTEGER PRIMARY KEY,
  animal_id INTEGER REFERENCES animals(animal_id),
  vet_id INTEGER REFERENCES Vet(vet_id),
  check_date TEXT,
  diagnosis TEXT,
  fee REAL,
  follow_up TEXT
);
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (1, 27, 11, '2022-01-10', 'Minor wound', 81.39, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (2, 62, 2, '2022-01-16', 'Arthritis', 137.83, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (3, 25, 3, '2022-02-23', NULL, 131.04, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (4, 68, 4, '2022-02-25', 'Dental tartar', 218.81, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (5, 24, 3, '2022-03-07', 'Routine exam - healthy', 165.58, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (6, 52, 3, '2022-03-13', 'Parasite infection', 230.41, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (7, 64, 4, '2022-05-01', 'Routine exam - healthy', 227.06, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (8, 22, 1, '2022-05-10', 'Parasite infection', 210.31, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (9, 66, 4, '2022-05-12', 'Minor wound', 256.13, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (10, 53, 3, '2022-05-25', 'Dental tartar', 114.99, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (11, 4, 8, '2022-05-28', 'Routine exam - healthy', 303.38, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (12, 28, 3, '2022-06-03', 'Routine exam - healthy', 214.61, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (13, 44, 4, '2022-06-15', 'Routine exam - healthy', 131.64, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (14, 14, 1, '2022-06-22', 'Routine exam - healthy', 66.9, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (15, 12, 8, '2022-06-30', 'Dental tartar', 101.14, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (16, 19, 8, '2022-07-30', 'Parasite infection', 253.22, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (17, 16, 1, '2022-08-01', 'Routine exam - healthy', 146.46, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (18, 11, 8, '2022-08-02', 'Minor wound', 412.7, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (19, 45, 4, '2022-08-02', 'Minor wound', 86.82, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (20, 41, 6, '2022-08-18', 'Respiratory infection', 318.45, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (21, 40, 6, '2022-09-16', 'Eye infection', 498.84, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (22, 49, 9, '2022-09-30', 'Dental tartar', 89.38, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (23, 41, 4, '2022-10-10', 'Respiratory infection', 191.26, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (24, 43, 4, '2022-10-17', 'Overweight', 211.44, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (25, 44, 7, '2022-10-19', 'Respiratory infection', 110.89, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (26, 15, 8, '2022-11-02', 'Routine exam - healthy', 203.21, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (27, 13, 1, '2022-11-20', 'Routine exam - healthy', 89.26, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (28, 62, 2, '2022-12-29', NULL, 79.33, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (29, 45, 7, '2023-02-02', 'Routine exam - healthy', 69.84, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (30, 16, 1, '2023-02-04', 'Routine exam - healthy', 233.51, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (31, 61, 9, '2023-02-08', 'Parasite infection', 256.09, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (32, 58, 5, '2023-02-18', 'Minor wound', 117.1, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (33, 1, 8, '2023-02-28', 'Dental tartar', 301.19, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (34, 38, 2, '2023-04-27', 'Overweight', 146.01, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (35, 30, 3, '2023-05-21', 'Overweight', 157.87, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (36, 31, 9, '2023-05-27', 'Routine exam - healthy', 59.93, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (37, 6, 1, '2023-06-05', 'Overweight', 265.57, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (38, 55, 3, '2023-06-10', 'Routine exam - healthy', 50.3, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (39, 39, 7, '2023-07-29', 'Minor wound', 117.25, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (40, 7, 1, '2023-09-25', 'Respiratory infection', 228.85, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (41, 9, 1, '2023-11-17', 'Routine exam - healthy', 373.6, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (42, 50, 2, '2023-12-09', 'Minor wound', 87.44, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (43, 15, 8, '2024-01-01', 'Eye infection', 127.67, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (44, 33, 2, '2024-02-12', 'Routine exam - healthy', 124.4, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (45, 1, 2, '2024-02-27', 'Overweight', 507.41, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (46, 8, 1, '2024-04-17', 'Foot abscess', 402.56, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (47, 13, 8, '2024-04-19', 'Routine exam - healthy', 54.41, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (48, 7, 8, '2024-04-22', 'Routine exam - healthy', 588.4, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (49, 43, 6, '2024-04-28', 'Respiratory infection', 247.0, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (50, 67, 4, '2024-05-11', 'Minor wound', 134.64, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (51, 38, 7, '2024-05-12', 'Minor wound', 148.87, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (52, 40, 6, '2024-05-24', 'Routine exam - healthy', 531.54, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (53, 12, 1, '2024-05-25', 'Routine exam - healthy', 176.68, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (54, 24, 11, '2024-05-25', 'Minor wound', 47.09, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (55, 63, 5, '2024-06-28', 'Dental tartar', 145.52, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (56, 54, 3, '2024-07-10', 'Parasite infection', 253.35, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (57, 66, 4, '2024-09-01', 'Dental tartar', 220.89, 'Y');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (58, 39, 2, '2024-09-03', 'Routine exam - healthy', 171.05, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (59, 14, 1, '2024-10-17', 'Routine exam - healthy', 59.6, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (60, 29, 3, '2024-10-23', 'Routine exam - healthy', 120.68, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (61, 32, 2, '2024-11-22', 'Routine exam - healthy', 244.94, 'N');
INSERT INTO Animal_Vet (check_id, animal_id, vet_id, check_date, diagnosis, fee, follow_up) VALUES (62, 6, 1, '2024-11-23', 'Respiratory infection', 498.84, 'N');
CREATE TABLE donations (
  donation_id INTEGER PRIMARY KEY,
  donor_name TEXT,
  donor_city TEXT,
  amt REAL,
  donation_dt TEXT,
  EnclosureID INTEGER,
  gift_aid TEXT
);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (1, 'Brunel Engineering Ltd', 'Keynsham', 2000.0, '2022-04-21', 13, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (2, 'St Mary''s Primary School', 'London', 2000.0, '2022-04-25', 11, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (3, 'Avon Valley Garden Centre', 'Keynsham', 500.0, '2022-05-06', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (4, 'Karen Lowe', 'London', 30.0, '2022-05-14', NULL, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (5, 'Laura Finch', 'Cardiff', 5.0, '2022-06-16', 3, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (6, 'Stephen Yeo', 'Swindon', 200.0, '2022-06-20', 1, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (7, 'St Mary''s Primary School', 'London', 300.0, '2022-06-20', 8, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (8, 'Peter Sandford', 'Bath', 15.0, '2022-08-16', 5, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (9, 'Peter Sandford', 'Bath', 50.0, '2022-08-20', NULL, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (10, 'Harbourside Bakery', 'Weston-super-Mare', 250.0, '2022-10-09', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (11, 'Alice Whitmore', 'Cardiff', 200.0, '2022-10-13', 3, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (12, 'Alice Whitmore', 'Cardiff', 12.5, '2023-01-05', 11, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (13, 'Stephen Yeo', 'Swindon', 120.0, '2023-01-06', NULL, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (14, 'Alice Whitmore', 'Cardiff', 40.0, '2023-01-09', 1, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (15, 'Harbourside Bakery', 'Weston-super-Mare', 1000.0, '2023-01-12', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (16, 'Yusuf Demir', 'Bristol', 200.0, '2023-02-03', 5, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (17, 'Harbourside Bakery', 'Weston-super-Mare', 750.0, '2023-03-26', 5, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (18, 'Mohammed Iqbal', 'Gloucester', 25.0, '2023-03-31', 3, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (19, 'Harbourside Bakery', 'Weston-super-Mare', 2000.0, '2023-05-21', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (20, 'Fatima Noor', 'Bristol', 100.0, '2023-05-29', 8, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (21, 'Karen Lowe', 'London', 200.0, '2023-06-29', 11, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (22, 'Joan Ridley', 'Cardiff', 200.0, '2023-07-02', 1, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (23, 'Laura Finch', 'Cardiff', 200.0, '2023-07-04', 16, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (24, 'Yusuf Demir', 'Bristol', 40.0, '2023-08-20', 9, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (25, 'Laura Finch', 'Cardiff', 150.0, '2023-09-18', NULL, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (26, 'Alice Whitmore', 'Cardiff', 100.0, '2023-09-30', 8, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (27, 'Ruth Coleman', 'Portishead', 15.0, '2023-12-18', 2, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (28, 'St Mary''s Primary School', 'London', 1500.0, '2023-12-18', 2, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (29, 'Alice Whitmore', 'Cardiff', 10.0, '2023-12-22', 5, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (30, 'Avon Valley Garden Centre', 'Keynsham', 300.0, '2023-12-27', 13, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (31, 'Edward Blythe', 'Gloucester', 10.0, '2024-01-20', 5, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (32, 'Karen Lowe', 'London', 150.0, '2024-01-22', 5, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (33, 'Peter Sandford', 'Bath', 30.0, '2024-02-08', 8, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (34, 'Yusuf Demir', 'Bristol', 150.0, '2024-03-03', 16, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (35, 'St Mary''s Primary School', 'London', 750.0, '2024-03-13', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (36, 'Edward Blythe', 'Gloucester', 75.0, '2024-05-08', 13, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (37, 'Alice Whitmore', 'Cardiff', 15.0, '2024-05-18', NULL, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (38, 'Mark Tennant', 'Clevedon', 10.0, '2024-05-20', 13, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (39, 'Avon Valley Garden Centre', 'Keynsham', 250.0, '2024-07-03', NULL, NULL);
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (40, 'Peter Sandford', 'Bath', 75.0, '2024-07-19', 9, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (41, 'Alice Whitmore', 'Cardiff', 200.0, '2024-09-11', 6, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (42, 'Mark Tennant', 'Clevedon', 15.0, '2024-10-25', 8, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (43, 'Mohammed Iqbal', 'Gloucester', 7.5, '2024-10-27', NULL, 'Y');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (44, 'Alice Whitmore', 'Cardiff', 20.0, '2024-11-16', 8, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (45, 'Ruth Coleman', 'Portishead', 10.0, '2024-12-04', 2, 'N');
INSERT INTO donations (donation_id, donor_name, donor_city, amt, donation_dt, EnclosureID, gift_aid) VALUES (46, 'Clifton Rotary Club', 'Portishead', 500.0, '2024-12-13', 11, NULL);
COMMIT;
