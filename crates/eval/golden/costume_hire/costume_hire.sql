PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Store (
  StoreID INTEGER PRIMARY KEY,
  store_name VARCHAR(60) NOT NULL,
  City VARCHAR(40),
  addr_line VARCHAR(80),
  phone_no VARCHAR(20),
  opened_dt TEXT,
  has_workshop CHAR(1) DEFAULT 'N'
);
CREATE TABLE Ref_Costume_Categories (
  cat_cd VARCHAR(4) PRIMARY KEY,
  cat_desc VARCHAR(40) NOT NULL,
  period VARCHAR(20)
);
CREATE TABLE costumes (
  costume_id INTEGER PRIMARY KEY,
  costume_nm VARCHAR(80) NOT NULL,
  cat_cd VARCHAR(4) REFERENCES Ref_Costume_Categories(cat_cd),
  size_cd VARCHAR(3),
  cond_cd CHAR(1),
  home_store INTEGER REFERENCES Store(StoreID),
  daily_rate REAL,
  replacement_val TEXT,
  acquired_dt TEXT
);
CREATE TABLE customers (
  cust_id INTEGER PRIMARY KEY,
  cust_name VARCHAR(80) NOT NULL,
  cust_type CHAR(1),
  city VARCHAR(40),
  email VARCHAR(80),
  phone VARCHAR(20),
  member_yn CHAR(1)
);
CREATE TABLE Staff (
  StaffID INTEGER PRIMARY KEY,
  stf_fname VARCHAR(30),
  stf_lname VARCHAR(30),
  StoreID INTEGER,
  job_title VARCHAR(30),
  emp_since TEXT,
  Manager INTEGER,
  hrly_rate REAL
);
CREATE TABLE HireAgreements (
  HireNo INTEGER PRIMARY KEY,
  CustID INTEGER,
  StoreID INTEGER,
  ServedBy INTEGER,
  start_dt TEXT,
  due_dt TEXT,
  returned_dt TEXT,
  deposit_amt TEXT,
  production VARCHAR(80)
);
CREATE TABLE hire_items (
  HireNo INTEGER REFERENCES HireAgreements(HireNo),
  costume_id INTEGER REFERENCES costumes(costume_id),
  rate_amt REAL,
  PRIMARY KEY (HireNo, costume_id)
);
CREATE TABLE CostumeAlterations (
  AltID INTEGER PRIMARY KEY,
  CostumeID INTEGER,
  DoneBy INTEGER,
  alt_date TEXT,
  alt_type VARCHAR(3),
  cost_amt REAL,
  hrs REAL
);
CREATE TABLE costume_transfers (
  xfer_id INTEGER PRIMARY KEY,
  costume_id INTEGER REFERENCES costumes(costume_id),
  from_store INTEGER REFERENCES Store(StoreID),
  to_store INTEGER REFERENCES Store(StoreID),
  xfer_date TEXT,
  auth_by INTEGER REFERENCES Staff(StaffID)
);
INSERT INTO Store VALUES (1, 'Footlights West End', 'London', '14 Earlham Street', '020 7946 0112', '1998-03-02', 'Y');
INSERT INTO Store VALUES (2, 'Footlights Camden', 'London', '221 Camden High Street', '020 7946 0388', '2009-06-15', 'N');
INSERT INTO Store VALUES (3, 'Footlights Manchester', 'Manchester', '8 Quay Street', '0161 496 0745', '2003-09-01', 'Y');
INSERT INTO Store VALUES (4, 'Footlights Bristol', 'Bristol', '37 King Street', '0117 496 0321', '2005-04-11', 'Y');
INSERT INTO Store VALUES (5, 'Footlights Leeds', 'Leeds', '52 Briggate', NULL, '2011-02-07', 'N');
INSERT INTO Store VALUES (6, 'Footlights Glasgow', 'Glasgow', '101 Sauchiehall Street', '0141 496 0980', '2007-10-22', 'Y');
INSERT INTO Store VALUES (7, 'Footlights Edinburgh', 'Edinburgh', '19 Grassmarket', '0131 496 0457', '2012-08-01', 'N');
INSERT INTO Store VALUES (8, 'Footlights Cardiff', 'Cardiff', '5 Womanby Street', '029 2018 0633', '2014-05-19', 'N');
INSERT INTO Store VALUES (9, 'Footlights Birmingham', 'Birmingham', '76 Hurst Street', '0121 496 0810', '2006-01-30', 'Y');
INSERT INTO Store VALUES (10, 'Footlights Liverpool', 'Liverpool', '33 Hope Street', NULL, '2015-11-03', 'N');
INSERT INTO Store VALUES (11, 'Footlights Nottingham', 'Nottingham', '12 Goldsmith Street', '0115 496 0274', '2016-03-14', 'N');
INSERT INTO Store VALUES (12, 'Footlights York', 'York', '4 Stonegate', '01904 496 118', '2018-07-09', 'N');
INSERT INTO Store VALUES (13, 'Footlights Brighton', 'Brighton', '60 North Road', '01273 496 502', '2010-04-26', 'Y');
INSERT INTO Store VALUES (14, 'Footlights Norwich', 'Norwich', '9 Elm Hill', NULL, '2019-09-16', 'N');
INSERT INTO Store VALUES (15, 'Footlights Newcastle', 'Newcastle', '28 Grey Street', '0191 496 0663', '2013-12-02', 'N');
INSERT INTO Ref_Costume_Categories VALUES ('VIC', 'Victorian', '1837-1901');
INSERT INTO Ref_Costume_Categories VALUES ('ELZ', 'Elizabethan', '1558-1603');
INSERT INTO Ref_Costume_Categories VALUES ('MED', 'Medieval', '1000-1485');
INSERT INTO Ref_Costume_Categories VALUES ('GRK', 'Greek and Roman', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('MIL', 'Military', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('ANM', 'Animal', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('FTY', 'Fairy Tale', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('CLN', 'Clown and Circus', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('PIR', 'Pirate', '1650-1730');
INSERT INTO Ref_Costume_Categories VALUES ('REG', 'Regency', '1811-1820');
INSERT INTO Ref_Costume_Categories VALUES ('JAZ', 'Jazz Age', '1920-1929');
INSERT INTO Ref_Costume_Categories VALUES ('WW2', 'Wartime 1940s', '1939-1945');
INSERT INTO Ref_Costume_Categories VALUES ('SCI', 'Science Fiction', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('CLR', 'Clerical', NULL);
INSERT INTO Ref_Costume_Categories VALUES ('PAN', 'Pantomime Dame', NULL);
INSERT INTO costumes VALUES (1, 'Spencer Jacket (Grey)', 'REG', 'L', 'P', 5, 21.88, '305', '2012-03-25');
INSERT INTO costumes VALUES (2, 'Peasant Tunic (Bottle Green)', 'MED', 'XS', 'G', 5, 23.34, '325', '2010-05-13');
INSERT INTO costumes VALUES (3, 'Tailcoat and Breeches (Blue)', 'REG', 'M', 'G', 5, 25.72, '305', '2010-11-18');
INSERT INTO costumes VALUES (4, 'Fairy Godmother (Ivory)', 'FTY', 'M', 'G', 12, 15.65, '250', '2009-05-22');
INSERT INTO costumes VALUES (5, 'Alien Bodysuit (Green)', 'SCI', 'XS', 'P', 13, 14.75, '175', '2014-07-15');
INSERT INTO costumes VALUES (6, 'Spencer Jacket (Gold)', 'REG', 'L', 'G', 7, 21.08, '230', '2009-01-20');
INSERT INTO costumes VALUES (7, 'Pirate Captain (Gold)', 'PIR', 'XS', 'G', 1, 11.59, '160', '2015-11-12');
INSERT INTO costumes VALUES (8, 'Chimney Sweep (Crimson)', 'VIC', 'L', 'P', 4, 23.49, '350', '2009-04-01');
INSERT INTO costumes VALUES (9, 'Chiton (Grey)', 'GRK', 'L', 'G', 4, 12.82, '165', '2011-02-10');
INSERT INTO costumes VALUES (10, 'Maid Marian Dress (Crimson)', 'MED', 'XS', 'N', 2, 21.73, '260', '2016-02-25');
INSERT INTO costumes VALUES (11, 'Warden Uniform (Ivory)', 'WW2', 'CH', 'N', 15, 6.76, '70', '2015-06-16');
INSERT INTO costumes VALUES (12, 'Gladiator Harness (Blue)', 'GRK', 'M', 'F', 7, 16.86, '250', '2013-12-04');
INSERT INTO costumes VALUES (13, 'Pierrot (Green)', 'CLN', 'L', 'G', 12, 19.07, '285', '2012-09-01');
INSERT INTO costumes VALUES (14, 'Auguste Clown (Crimson)', 'CLN', 'XL', 'G', 8, 20.34, '305', '2015-06-26');
INSERT INTO costumes VALUES (15, 'Deckhand Shirt (Black)', 'PIR', 'CH', 'G', 13, 9.49, '140', '2015-01-30');
INSERT INTO costumes VALUES (16, 'Wicked Queen (Red)', 'FTY', 'XL', 'P', 12, 20.39, '180', '2008-06-30');
INSERT INTO costumes VALUES (17, 'Naval Officer Uniform (Crimson)', 'MIL', 'L', 'P', 11, 20.45, '220', '2011-09-23');
INSERT INTO costumes VALUES (18, 'Land Girl Dungarees (Bottle Green)', 'WW2', 'S', 'N', 6, 10.4, '110', '2020-12-04');
INSERT INTO costumes VALUES (19, 'Deckhand Shirt (Navy)', 'PIR', 'S', 'F', 5, 18.89, '260', '2018-12-26');
INSERT INTO costumes VALUES (20, 'Naval Officer Uniform (Green)', 'MIL', 'CH', 'F', 13, 11.41, '155', '2021-05-16');
INSERT INTO costumes VALUES (21, 'Dame Trott Outfit (Black)', 'PAN', 'S', 'G', 9, 21.48, '190', '2008-06-03');
INSERT INTO costumes VALUES (22, 'Flower Seller (Bottle Green)', 'VIC', 'L', 'G', 14, 17.36, '260', '2012-11-20');
INSERT INTO costumes VALUES (23, 'Gladiator Harness (Bottle Green)', 'GRK', 'M', 'N', 8, 12.55, '160', '2015-02-14');
INSERT INTO costumes VALUES (24, 'Highland Regiment Kilt (Crimson)', 'MIL', 'L', 'F', 3, 16.11, '240', '2019-12-01');
INSERT INTO costumes VALUES (25, 'Ruff and Cloak (Grey)', 'ELZ', 'XS', 'G', 4, 26.08, '260', '2011-07-18');
INSERT INTO costumes VALUES (26, 'Knight Surcoat (Navy)', 'MED', 'XL', 'G', 13, 14.63, '190', '2008-01-09');
INSERT INTO costumes VALUES (27, 'Auguste Clown (Plum)', 'CLN', 'L', 'F', 11, 9.94, '95', '2021-12-31');
INSERT INTO costumes VALUES (28, 'Top Hat and Tails (Red)', 'VIC', 'L', 'P', 1, 17.01, '170', '2017-02-16');
INSERT INTO costumes VALUES (29, 'Vicar Cassock (Ivory)', 'CLR', 'L', 'F', 15, 11.85, '140', '2015-09-14');
INSERT INTO costumes VALUES (30, 'Mourning Dress (Ivory)', 'VIC', 'XL', 'G', 13, 15.24, '240', '2009-05-04');
INSERT INTO costumes VALUES (31, 'Beaded Shift (Black)', 'JAZ', 'M', 'F', 3, 15.43, '200', '2017-06-26');
INSERT INTO costumes VALUES (32, 'Hussar Jacket (Crimson)', 'MIL', 'L', 'P', 7, 16.97, '165', '2017-12-29');
INSERT INTO costumes VALUES (33, 'Highland Regiment Kilt (Grey)', 'MIL', 'M', 'G', 7, 23.21, '370', '2011-10-25');
INSERT INTO costumes VALUES (34, 'Ruff and Cloak (Red)', 'ELZ', 'M', 'G', 6, 24.69, '270', '2011-04-24');
INSERT INTO costumes VALUES (35, 'Highland Regiment Kilt (Navy)', 'MIL', 'CH', 'G', 4, 10.34, '90', '2018-05-19');
INSERT INTO costumes VALUES (36, 'Spencer Jacket (Bottle Green)', 'REG', 'XL', 'F', 11, 29.51, '295', '2022-10-07');
INSERT INTO costumes VALUES (37, 'Fairy Godmother (Grey)', 'FTY', 'L', 'G', 5, 26.87, '295', '2016-12-24');
INSERT INTO costumes VALUES (38, 'Space Cadet Jumpsuit (Bottle Green)', 'SCI', 'L', 'N', 1, 22.75, '225', '2020-05-13');
INSERT INTO costumes VALUES (39, 'Tea Dress (Bottle Green)', 'WW2', 'S', 'F', 11, 15.03, '225', '2008-06-10');
INSERT INTO costumes VALUES (40, 'Bustle Gown (Black)', 'VIC', 'L', 'F', 1, 24.89, '370', '2020-05-12');
INSERT INTO costumes VALUES (41, 'Doublet and Hose (Silver)', 'ELZ', 'L', 'G', 6, 25.79, '255', '2017-04-20');
INSERT INTO costumes VALUES (42, 'Chimney Sweep (Ivory)', 'VIC', 'M', 'F', 13, 17.37, '240', '2016-04-09');
INSERT INTO costumes VALUES (43, 'Dame Trott Outfit (Crimson)', 'PAN', 'S', 'F', 10, 20.16, '260', '2021-02-21');
INSERT INTO costumes VALUES (44, 'Chiton (Gold)', 'GRK', 'CH', 'F', 14, 6.1, '95', '2016-01-18');
INSERT INTO costumes VALUES (45, 'Wolf Suit (Blue)', 'ANM', 'M', 'N', 9, 20.34, '240', '2017-08-27');
INSERT INTO costumes VALUES (46, 'Frock Coat (Bottle Green)', 'VIC', 'XS', 'F', 13, 21.84, '280', '2015-04-21');
INSERT INTO costumes VALUES (47, 'RAF Uniform (Black)', 'WW2', 'XS', 'G', 10, 17.39, '240', '2008-05-26');
INSERT INTO costumes VALUES (48, 'Ringmaster Coat (Blue)', 'CLN', 'L', 'P', 15, 10.8, '125', '2019-05-17');
INSERT INTO costumes VALUES (49, 'Land Girl Dungarees (Ivory)', 'WW2', 'L', 'G', 9, 10.72, '170', '2011-05-29');
INSERT INTO costumes VALUES (50, 'Cat Suit (Grey)', 'ANM', 'L', 'F', 4, 13.75, '120', '2011-06-30');
INSERT INTO costumes VALUES (51, 'Redcoat Uniform (Blue)', 'MIL', 'XS', 'P', 1, 27.27, '295', '2020-04-22');
INSERT INTO costumes VALUES (52, 'Fairy Godmother (Green)', 'FTY', 'M', 'F', 8, 24.81, '370', '2014-05-03');
INSERT INTO costumes VALUES (53, 'Pantomime Horse (Ivory)', 'ANM', 'M', 'G', 10, 19.63, '290', '2009-06-11');
INSERT INTO costumes VALUES (54, 'Maid Marian Dress (Gold)', 'MED', 'L', 'N', 13, 13.39, '200', '2022-02-08');
INSERT INTO costumes VALUES (55, 'Top Hat and Tails (Silver)', 'VIC', 'S', 'N', 1, 17.89, '195', '2012-07-20');
INSERT INTO costumes VALUES (56, 'Flower Seller (Black)', 'VIC', 'XS', 'P', 9, 26.68, '370', '2008-05-22');
INSERT INTO costumes VALUES (57, 'Nun Habit (Silver)', 'CLR', 'S', 'N', 8, 13.41, '200', '2020-08-22');
INSERT INTO costumes VALUES (58, 'Cat Suit (Black)', 'ANM', 'S', 'P', 8, 17.8, '160', '2020-07-17');
INSERT INTO costumes VALUES (59, 'Pinstripe Suit (Gold)', 'JAZ', 'M', 'N', 13, 22.31, '220', '2014-03-16');
INSERT INTO costumes VALUES (60, 'Pirate Captain (Ivory)', 'PIR', 'XS', 'N', 6, 19.14, '225', '2010-01-16');
INSERT INTO costumes VALUES (61, 'Widow Twankey Dress (Silver)', 'PAN', 'M', 'G', 6, 24.52, '245', '2015-02-21');
INSERT INTO costumes VALUES (62, 'Ruff and Cloak (Bottle Green)', 'ELZ', 'M', 'G', 14, 32.53, '325', '2015-01-19');
INSERT INTO costumes VALUES (63, 'Farthingale Dress (Bottle Green)', 'ELZ', 'M', 'G', 10, 28.99, '315', '2009-04-18');
INSERT INTO costumes VALUES (64, 'Monk Habit (Gold)', 'MED', 'XL', 'P', 15, 21.21, '230', '2009-12-29');
INSERT INTO costumes VALUES (65, 'Jester Motley (Red)', 'MED', 'S', 'G', 10, 19.11, '305', '2008-08-13');
INSERT INTO costumes VALUES (66, 'Bustle Gown (Gold)', 'VIC', 'XL', 'G', 14, 17.91, '265', '2018-05-15');
INSERT INTO costumes VALUES (67, 'Beaded Shift (Red)', 'JAZ', 'M', 'N', 11, 22.95, '205', '2015-01-25');
INSERT INTO costumes VALUES (68, 'Deckhand Shirt (Gold)', 'PIR', 'CH', 'G', 8, 10.53, '165', '2013-04-29');
INSERT INTO costumes VALUES (69, 'Cat Suit (Navy)', 'ANM', 'M', 'F', 6, 16.13, '160', '2013-08-11');
INSERT INTO costumes VALUES (70, 'Nun Habit (Bottle Green)', 'CLR', 'L', 'N', 4, 14.19, '225', '2008-03-29');
INSERT INTO costumes VALUES (71, 'Naval Officer Uniform (Silver)', 'MIL', 'M', 'F', 2, 19.86, '175', '2018-02-26');
INSERT INTO costumes VALUES (72, 'Bustle Gown (Blue)', 'VIC', 'L', 'F', 12, 23.66, '210', '2018-03-06');
INSERT INTO costumes VALUES (73, 'Tin Soldier (Ivory)', 'FTY', 'S', 'G', 12, 19.22, '190', '2017-08-01');
INSERT INTO costumes VALUES (74, 'Ruff and Cloak (Blue)', 'ELZ', 'XS', 'F', 8, 28.09, '420', '2020-02-09');
INSERT INTO costumes VALUES (75, 'Chimney Sweep (Green)', 'VIC', 'XS', 'N', 6, 26.16, '390', '2019-08-21');
INSERT INTO costumes VALUES (76, 'Jester Motley (Black)', 'MED', 'XL', 'G', 11, 13.25, '195', '2012-04-29');
INSERT INTO costumes VALUES (77, 'Mouse Suit (Red)', 'ANM', 'CH', 'G', 12, 14.37, '125', '2008-06-20');
INSERT INTO costumes VALUES (78, 'Pirate Captain (Grey)', 'PIR', 'XS', 'G', 3, 15.84, '205', '2011-03-23');
INSERT INTO costumes VALUES (79, 'Prince Charming (Red)', 'FTY', 'XS', 'G', 10, 20.71, '285', '2008-11-27');
INSERT INTO costumes VALUES (80, 'Lion Suit (Silver)', 'ANM', 'M', 'G', 1, 21.64, '280', '2022-12-09');
INSERT INTO costumes VALUES (81, 'Wolf Suit (Grey)', 'ANM', 'L', 'P', 11, 23.43, '325', '2019-12-08');
INSERT INTO costumes VALUES (82, 'Cinderella Ball Gown (Plum)', 'FTY', 'XS', 'F', 13, 27.46, '410', '2008-09-24');
INSERT INTO costumes VALUES (83, 'Land Girl Dungarees (Navy)', 'WW2', 'S', 'P', 13, 21.63, '280', '2010-06-19');
INSERT INTO costumes VALUES (84, 'Cinderella Ball Gown (Crimson)', 'FTY', 'XL', 'G', 1, 23.54, '375', '2016-01-24');
INSERT INTO costumes VALUES (85, 'Beaded Shift (Gold)', 'JAZ', 'L', 'N', 2, 17.3, '170', '2019-08-19');
INSERT INTO costumes VALUES (86, 'Jester Motley (Green)', 'MED', 'L', 'F', 8, 15.11, '180', '2017-07-26');
INSERT INTO costumes VALUES (87, 'Dame Trott Outfit (Bottle Green)', 'PAN', 'M', 'F', 3, 18.1, '285', '2018-01-08');
INSERT INTO costumes VALUES (88, 'Beaded Shift (Blue)', 'JAZ', 'L', 'G', 15, 11.74, '125', '2018-12-16');
INSERT INTO costumes VALUES (89, 'Chiton (Navy)', 'GRK', 'L', 'P', 11, 16.29, '145', '2020-09-16');
INSERT INTO costumes VALUES (90, 'Alien Bodysuit (Gold)', 'SCI', 'S', 'F', 9, 17.97, '230', '2021-10-30');
INSERT INTO costumes VALUES (91, 'Farthingale Dress (Silver)', 'ELZ', 'S', 'F', 6, 27.76, '385', '2017-07-17');
INSERT INTO costumes VALUES (92, 'Pinstripe Suit (Blue)', 'JAZ', 'L', 'G', 2, 17.53, '280', '2022-03-10');
INSERT INTO costumes VALUES (93, 'Tailcoat and Breeches (Black)', 'REG', 'L', 'P', 3, 22.09, '195', '2013-05-29');
INSERT INTO costumes VALUES (94, 'Tin Soldier (Plum)', 'FTY', 'XS', 'G', 10, 19.33, '170', '2023-06-25');
INSERT INTO costumes VALUES (95, 'Pierrot (Ivory)', 'CLN', 'S', 'G', 14, 13.85, '190', '2018-10-23');
INSERT INTO costumes VALUES (96, 'Naval Officer Uniform (Navy)', 'MIL', 'S', 'P', 8, 26.31, '420', '2016-02-17');
INSERT INTO customers VALUES (1, 'Niamh Ashworth', 'I', 'Newcastle', NULL, '07880 660080', 'N');
INSERT INTO customers VALUES (2, 'St Aidan''s Primary School', 'S', 'Leeds', 'bookings@staidansprimar.org.uk', '07157 017850', 'N');
INSERT INTO customers VALUES (3, 'Freya Pritchard', 'I', 'Brighton', 'freyapritchard@mailbox.co.uk', '07736 332923', 'N');
INSERT INTO customers VALUES (4, 'Kieran Patel', 'I', 'Nottingham', 'kieranpatel@mailbox.co.uk', '07818 491751', 'N');
INSERT INTO customers VALUES (5, 'Morningside Grammar', 'S', 'Edinburgh', 'bookings@morningsidegra.org.uk', '07851 557692', 'Y');
INSERT INTO customers VALUES (6, 'Mancunian Light Opera', 'T', 'Manchester', 'bookings@mancunianlight.org.uk', '07748 934072', 'N');
INSERT INTO customers VALUES (7, 'Camden Shakespeare Ensemble', 'T', 'London', 'bookings@camdenshakespe.org.uk', '07856 518794', 'Y');
INSERT INTO customers VALUES (8, 'Sherwood Players', 'T', 'Nottingham', 'bookings@sherwoodplayer.org.uk', '07406 632244', 'N');
INSERT INTO customers VALUES (9, 'Hackney Youth Drama', 'T', 'London', 'bookings@hackneyyouthdr.org.uk', '07336 950597', 'Y');
INSERT INTO customers VALUES (10, 'Salford Street Theatre', 'T', 'Manchester', 'bookings@salfordstreett.org.uk', '07171 551325', 'Y');
INSERT INTO customers VALUES (11, 'Callum Morgan', 'I', 'Cardiff', 'callummorgan@mailbox.co.uk', '07803 585898', 'N');
INSERT INTO customers VALUES (12, 'Rhys Pritchard', 'I', 'Glasgow', NULL, '07595 649939', 'N');
INSERT INTO customers VALUES (13, 'Taff Valley Musical Society', 'T', 'Cardiff', 'bookings@taffvalleymusi.org.uk', '07846 559527', 'Y');
INSERT INTO customers VALUES (14, 'Leeds Amateur Operatic Society', 'T', 'Leeds', 'bookings@leedsamateurop.org.uk', '07549 692398', 'Y');
INSERT INTO customers VALUES (15, 'Ewan Rowntree', 'I', 'Nottingham', 'ewanrowntree@mailbox.co.uk', '07110 800516', 'N');
INSERT INTO customers VALUES (16, 'Niamh Hughes', 'I', 'Glasgow', 'niamhhughes@mailbox.co.uk', '07131 262273', 'N');
INSERT INTO customers VALUES (17, 'Amelia Ashworth', 'I', 'Newcastle', 'ameliaashworth@mailbox.co.uk', '07564 002041', 'Y');
INSERT INTO customers VALUES (18, 'Noah Quinn', 'I', 'Newcastle', 'noahquinn@mailbox.co.uk', '07318 265309', 'Y');
INSERT INTO customers VALUES (19, 'Amelia Llewellyn', 'I', 'Birmingham', 'ameliallewelly@mailbox.co.uk', '07363 707277', 'N');
INSERT INTO customers VALUES (20, 'Finlay Sutcliffe', 'I', 'Cardiff', NULL, '07747 485998', 'Y');
INSERT INTO customers VALUES (21, 'Lily Pritchard', 'I', 'York', 'lilypritchard@mailbox.co.uk', '07701 458131', 'N');
INSERT INTO customers VALUES (22, 'Minster Mystery Players', 'T', 'York', 'bookings@minstermystery.org.uk', '07980 573855', 'Y');
INSERT INTO customers VALUES (23, 'Freya Morgan', 'I', 'Cardiff', 'freyamorgan@mailbox.co.uk', '07663 367981', 'Y');
INSERT INTO customers VALUES (24, 'Tyneside Theatre Company', 'T', 'Newcastle', 'bookings@tynesidetheatr.org.uk', '07942 413201', 'N');
INSERT INTO customers VALUES (25, 'Broadland Dramatic Society', 'T', 'Norwich', 'bookings@broadlanddrama.org.uk', '07906 404996', 'N');
INSERT INTO customers VALUES (26, 'Kingsdown Academy', 'S', 'Bristol', 'bookings@kingsdownacade.org.uk', '07605 713373', 'Y');
INSERT INTO customers VALUES (27, 'Didsbury High School', 'S', 'Manchester', 'bookings@didsburyhighsc.org.uk', '07615 830177', 'N');
INSERT INTO customers VALUES (28, 'Brum Panto Company', 'T', 'Birmingham', 'bookings@brumpantocompa.org.uk', '07547 180188', 'Y');
INSERT INTO customers VALUES (29, 'Clyde Repertory Company', 'T', 'Glasgow', 'bookings@clyderepertory.org.uk', '07229 315588', 'Y');
INSERT INTO customers VALUES (30, 'Southwark Opera Group', 'T', 'London', 'bookings@southwarkopera.org.uk', '07407 177582', 'Y');
INSERT INTO customers VALUES (31, 'Evie Harding', 'I', 'Glasgow', 'evieharding@mailbox.co.uk', '07549 909192', 'Y');
INSERT INTO customers VALUES (32, 'Isla Fletcher', 'I', 'London', NULL, '07542 215891', 'N');
INSERT INTO customers VALUES (33, 'Brighton Fringe Collective', 'T', 'Brighton', 'bookings@brightonfringe.org.uk', '07416 592233', 'N');
INSERT INTO customers VALUES (34, 'Imogen Rowntree', 'I', 'Glasgow', 'imogenrowntree@mailbox.co.uk', '07684 716593', 'N');
INSERT INTO customers VALUES (35, 'Bristol Old Quay Players', 'T', 'Bristol', 'bookings@bristololdquay.org.uk', '07137 065378', 'Y');
INSERT INTO customers VALUES (36, 'Harbourside Youth Theatre', 'T', 'Bristol', 'bookings@harboursideyou.org.uk', '07876 927795', 'N');
INSERT INTO customers VALUES (37, 'Mersey Stage Company', 'T', 'Liverpool', NULL, '07142 329720', 'N');
INSERT INTO customers VALUES (38, 'Holloway Comprehensive', 'S', 'London', 'bookings@hollowaycompre.org.uk', '07228 545128', 'Y');
INSERT INTO customers VALUES (39, 'Rhys Morgan', 'I', 'Leeds', 'rhysmorgan@mailbox.co.uk', '07896 686570', 'Y');
INSERT INTO customers VALUES (40, 'Royal Mile Players', 'T', 'Edinburgh', 'bookings@royalmileplaye.org.uk', '07955 420675', 'Y');
INSERT INTO Staff VALUES (1, 'Margaret', 'Ellison', 1, 'Operations Director', '1998-01-12', NULL, 38.5);
INSERT INTO Staff VALUES (2, 'Sophie', 'Marsh', 1, 'Regional Manager', '2006-06-22', 1, 30.13);
INSERT INTO Staff VALUES (3, 'Finlay', 'Llewellyn', 3, 'Regional Manager', '2012-03-26', 1, 27.03);
INSERT INTO Staff VALUES (4, 'Dylan', 'Doyle', 6, 'Regional Manager', '2010-01-01', 1, 30.88);
INSERT INTO Staff VALUES (5, 'Kieran', 'Greaves', 1, 'Store Manager', '2020-08-20', 2, 23.98);
INSERT INTO Staff VALUES (6, 'Finlay', 'Bellamy', 2, 'Store Manager', '2005-01-14', 2, 20.64);
INSERT INTO Staff VALUES (7, 'Finlay', 'Fletcher', 3, 'Store Manager', '2013-02-02', 3, 21.72);
INSERT INTO Staff VALUES (8, 'Kieran', 'Patel', 4, 'Store Manager', '2018-02-27', 2, 19.55);
INSERT INTO Staff VALUES (9, 'Dylan', 'Quinn', 5, 'Store Manager', '2019-03-02', 3, 20.31);
INSERT INTO Staff VALUES (10, 'Evie', 'Baxter', 6, 'Store Manager', '2020-07-30', 4, 23.47);
INSERT INTO Staff VALUES (11, 'Oliver', 'Murray', 7, 'Store Manager', '2008-01-24', 4, 20.04);
INSERT INTO Staff VALUES (12, 'Noah', 'Baxter', 8, 'Store Manager', '2016-02-23', 2, 23.57);
INSERT INTO Staff VALUES (13, 'Amelia', 'Murray', 9, 'Store Manager', '2009-10-12', 3, 24.0);
INSERT INTO Staff VALUES (14, 'George', 'Morgan', 10, 'Store Manager', '2010-03-14', 3, 23.96);
INSERT INTO Staff VALUES (15, 'Grace', 'Greaves', 11, 'Store Manager', '2012-01-18', 3, 20.04);
INSERT INTO Staff VALUES (16, 'Eleanor', 'McLeod', 12, 'Store Manager', '2008-10-01', 3, 21.7);
INSERT INTO Staff VALUES (17, 'Harry', 'Harding', 13, 'Store Manager', '2005-08-01', 2, 23.81);
INSERT INTO Staff VALUES (18, 'Rhys', 'Hughes', 14, 'Store Manager', '2011-05-30', 2, 21.16);
INSERT INTO Staff VALUES (19, 'George', 'Rowntree', 15, 'Store Manager', '2009-01-17', 4, 22.06);
INSERT INTO Staff VALUES (20, 'Isla', 'Whitfield', 1, 'Wardrobe Technician', '2013-04-08', 5, 15.26);
INSERT INTO Staff VALUES (21, 'Evie', 'Morgan', 3, 'Wardrobe Technician', '2017-07-06', 7, 14.85);
INSERT INTO Staff VALUES (22, 'Callum', 'Marsh', 4, 'Wardrobe Technician', '2013-05-10', 8, 16.49);
INSERT INTO Staff VALUES (23, 'Declan', 'Llewellyn', 6, 'Wardrobe Technician', '2013-10-02', 10, 14.66);
INSERT INTO Staff VALUES (24, 'Finlay', 'Whitfield', 9, 'Wardrobe Technician', '2022-09-05', 13, 17.58);
INSERT INTO Staff VALUES (25, 'Callum', 'Greaves', 13, 'Wardrobe Technician', '2012-03-04', 17, 17.49);
INSERT INTO Staff VALUES (26, 'Poppy', 'Doyle', 1, 'Wardrobe Technician', '2015-01-13', 5, 15.12);
INSERT INTO HireAgreements VALUES (1001, 9, 7, 11, '2022-01-18', '2022-02-01', '2022-02-03', '235', 'Robin Hood');
INSERT INTO HireAgreements VALUES (1002, 24, 15, 19, '2022-02-06', '2022-02-09', '2022-02-09', '45', 'Guys and Dolls');
INSERT INTO HireAgreements VALUES (1003, 15, 11, 15, '2022-02-26', '2022-03-05', '2022-03-06', '135', NULL);
INSERT INTO HireAgreements VALUES (1004, 7, 2, 6, '2022-03-11', '2022-03-25', '2022-03-26', '390', 'Guys and Dolls');
INSERT INTO HireAgreements VALUES (1005, 9, 2, 6, '2022-03-28', '2022-03-31', '2022-04-02', '45', 'Cats');
INSERT INTO HireAgreements VALUES (1006, 1, 15, 19, '2022-04-14', '2022-04-21', '2022-04-20', '85', 'Chicago');
INSERT INTO HireAgreements VALUES (1007, 14, 5, 9, '2022-04-27', '2022-05-02', '2022-05-02', '120', 'Cats');
INSERT INTO HireAgreements VALUES (1008, 4, 11, 15, '2022-05-08', '2022-05-15', '2022-05-16', '75', NULL);
INSERT INTO HireAgreements VALUES (1009, 26, 7, 11, '2022-05-15', '2022-05-29', '2022-06-02', '380', 'Mother Goose');
INSERT INTO HireAgreements VALUES (1010, 3, 13, 17, '2022-06-11', '2022-06-18', '2022-06-18', '155', NULL);
INSERT INTO HireAgreements VALUES (1011, 6, 3, 7, '2022-06-23', '2022-07-07', '2022-07-07', '285', 'The Wizard of Oz');
INSERT INTO HireAgreements VALUES (1012, 16, 6, 10, '2022-07-26', '2022-07-29', '2022-07-31', '60', NULL);
INSERT INTO HireAgreements VALUES (1013, 5, 7, 11, '2022-09-21', '2022-09-26', '2022-09-28', '160', 'The Pirates of Penzance');
INSERT INTO HireAgreements VALUES (1014, 28, 9, 13, '2022-10-04', '2022-10-11', '2022-10-15', '185', 'Chicago');
INSERT INTO HireAgreements VALUES (1015, 40, 7, 11, '2022-11-09', '2022-11-23', '2022-11-23', '270', 'Guys and Dolls');
INSERT INTO HireAgreements VALUES (1016, 33, 13, 17, '2022-12-19', '2023-01-02', '2023-01-04', '390', 'The Importance of Being Earnest');
INSERT INTO HireAgreements VALUES (1017, 6, 3, 7, '2022-12-22', '2023-01-05', '2023-01-09', '255', 'Oliver!');
INSERT INTO HireAgreements VALUES (1018, 12, 6, 10, '2022-12-23', '2022-12-28', '2023-01-01', '195', NULL);
INSERT INTO HireAgreements VALUES (1019, 17, 15, 19, '2023-01-11', '2023-01-25', '2023-01-26', '300', NULL);
INSERT INTO HireAgreements VALUES (1020, 18, 15, 19, '2023-01-16', '2023-01-19', '2023-01-20', '50', NULL);
INSERT INTO HireAgreements VALUES (1021, 3, 13, 17, '2023-02-03', '2023-02-17', '2023-02-19', '220', 'Cats');
INSERT INTO HireAgreements VALUES (1022, 13, 13, 17, '2023-02-27', '2023-03-13', '2023-03-13', '250', 'Robin Hood');
INSERT INTO HireAgreements VALUES (1023, 1, 13, 17, '2023-02-27', '2023-03-04', '2023-03-08', '130', NULL);
INSERT INTO HireAgreements VALUES (1024, 31, 6, 10, '2023-03-31', '2023-04-14', '2023-04-18', '350', NULL);
INSERT INTO HireAgreements VALUES (1025, 35, 4, 8, '2023-04-02', '2023-04-23', '2023-04-22', '370', 'A Christmas Carol');
INSERT INTO HireAgreements VALUES (1026, 12, 6, 10, '2023-04-29', '2023-05-06', '2023-05-05', '190', NULL);
INSERT INTO HireAgreements VALUES (1027, 20, 8, 12, '2023-07-13', '2023-07-16', '2023-07-18', '85', 'A Christmas Carol');
INSERT INTO HireAgreements VALUES (1028, 33, 13, 17, '2023-08-17', '2023-08-20', '2023-08-20', '95', 'Much Ado About Nothing');
INSERT INTO HireAgreements VALUES (1029, 28, 9, 13, '2023-08-29', '2023-09-12', '2023-09-14', '300', 'Chicago');
INSERT INTO HireAgreements VALUES (1030, 32, 1, 2, '2023-09-09', '2023-09-19', '2023-09-19', '105', NULL);
INSERT INTO HireAgreements VALUES (1031, 14, 5, 9, '2023-09-20', '2023-10-11', '2023-10-13', '445', 'Much Ado About Nothing');
INSERT INTO HireAgreements VALUES (1032, 6, 14, 18, '2023-10-13', '2023-10-16', '2023-10-20', '45', 'Aladdin');
INSERT INTO HireAgreements VALUES (1033, 16, 6, 10, '2023-10-25', '2023-10-30', '2023-10-30', '80', 'Mother Goose');
INSERT INTO HireAgreements VALUES (1034, 18, 15, 19, '2023-11-09', '2023-11-12', '2023-11-14', '35', NULL);
INSERT INTO HireAgreements VALUES (1035, 8, 11, 15, '2023-12-17', '2023-12-22', '2023-12-24', '110', 'Cinderella');
INSERT INTO HireAgreements VALUES (1036, 15, 11, 15, '2023-12-22', '2024-01-05', '2024-01-07', '235', NULL);
INSERT INTO HireAgreements VALUES (1037, 33, 13, 17, '2024-01-03', '2024-01-10', '2024-01-14', '165', 'The Pirates of Penzance');
INSERT INTO HireAgreements VALUES (1038, 27, 3, 7, '2024-02-16', '2024-02-23', '2024-02-23', '75', 'A Christmas Carol');
INSERT INTO HireAgreements VALUES (1039, 30, 15, 19, '2024-02-26', '2024-03-18', '2024-03-17', '195', 'Dick Whittington');
INSERT INTO HireAgreements VALUES (1040, 21, 12, 16, '2024-03-02', '2024-03-12', '2024-03-12', '90', NULL);
INSERT INTO HireAgreements VALUES (1041, 36, 4, 8, '2024-03-12', '2024-03-26', '2024-03-28', '205', 'The Wizard of Oz');
INSERT INTO HireAgreements VALUES (1042, 40, 11, 15, '2024-04-01', '2024-04-15', '2024-04-15', '210', 'Oliver!');
INSERT INTO HireAgreements VALUES (1043, 10, 3, 7, '2024-04-04', '2024-04-11', '2024-04-12', '70', 'Twelfth Night');
INSERT INTO HireAgreements VALUES (1044, 31, 6, 10, '2024-04-15', '2024-04-22', '2024-04-23', '175', 'Twelfth Night');
INSERT INTO HireAgreements VALUES (1045, 6, 3, 7, '2024-05-18', '2024-06-08', '2024-06-09', '380', 'Pride and Prejudice');
INSERT INTO HireAgreements VALUES (1046, 19, 9, 13, '2024-05-30', '2024-06-13', '2024-06-15', '475', NULL);
INSERT INTO HireAgreements VALUES (1047, 33, 13, 17, '2024-06-04', '2024-06-11', '2024-06-15', '150', 'Twelfth Night');
INSERT INTO HireAgreements VALUES (1048, 21, 12, 16, '2024-07-07', '2024-07-14', '2024-07-14', '85', 'Dick Whittington');
INSERT INTO HireAgreements VALUES (1049, 34, 6, 10, '2024-07-11', '2024-07-21', '2024-07-22', '280', 'The Pirates of Penzance');
INSERT INTO HireAgreements VALUES (1050, 17, 15, 19, '2024-07-13', '2024-07-27', '2024-07-27', '95', NULL);
INSERT INTO HireAgreements VALUES (1051, 26, 4, 8, '2024-07-19', '2024-07-26', '2024-07-27', '100', 'The Wizard of Oz');
INSERT INTO HireAgreements VALUES (1052, 17, 15, 19, '2024-07-27', '2024-08-10', '2024-08-11', '270', NULL);
INSERT INTO HireAgreements VALUES (1053, 38, 2, 6, '2024-08-05', '2024-08-12', '2024-08-12', '205', 'Chicago');
INSERT INTO HireAgreements VALUES (1054, 37, 10, 14, '2024-08-17', '2024-08-24', '2024-08-24', '195', 'Much Ado About Nothing');
INSERT INTO HireAgreements VALUES (1055, 5, 7, 11, '2024-08-23', '2024-09-02', '2024-09-06', '95', 'Twelfth Night');
INSERT INTO HireAgreements VALUES (1056, 27, 3, 7, '2024-09-10', '2024-10-01', '2024-10-02', '350', 'Pride and Prejudice');
INSERT INTO HireAgreements VALUES (1057, 39, 5, 9, '2024-10-20', '2024-11-03', NULL, '285', NULL);
INSERT INTO HireAgreements VALUES (1058, 24, 15, 19, '2024-10-24', '2024-11-14', NULL, '270', 'The Wizard of Oz');
INSERT INTO HireAgreements VALUES (1059, 7, 2, 6, '2024-11-11', '2024-11-25', NULL, '130', 'Blithe Spirit');
INSERT INTO HireAgreements VALUES (1060, 27, 3, 7, '2024-11-15', '2024-11-25', NULL, '210', 'Aladdin');
INSERT INTO hire_items VALUES (1001, 12, 15.17);
INSERT INTO hire_items VALUES (1001, 32, 15.27);
INSERT INTO hire_items VALUES (1002, 11, 6.76);
INSERT INTO hire_items VALUES (1002, 48, 10.8);
INSERT INTO hire_items VALUES (1003, 27, 9.94);
INSERT INTO hire_items VALUES (1003, 67, 22.95);
INSERT INTO hire_items VALUES (1004, 10, 19.56);
INSERT INTO hire_items VALUES (1004, 71, 17.87);
INSERT INTO hire_items VALUES (1004, 85, 15.57);
INSERT INTO hire_items VALUES (1005, 71, 17.87);
INSERT INTO hire_items VALUES (1006, 11, 6.76);
INSERT INTO hire_items VALUES (1006, 29, 11.85);
INSERT INTO hire_items VALUES (1007, 3, 23.15);
INSERT INTO hire_items VALUES (1007, 19, 17.0);
INSERT INTO hire_items VALUES (1008, 89, 16.29);
INSERT INTO hire_items VALUES (1009, 12, 15.17);
INSERT INTO hire_items VALUES (1009, 32, 15.27);
INSERT INTO hire_items VALUES (1009, 33, 20.89);
INSERT INTO hire_items VALUES (1010, 20, 11.41);
INSERT INTO hire_items VALUES (1010, 82, 27.46);
INSERT INTO hire_items VALUES (1011, 31, 15.43);
INSERT INTO hire_items VALUES (1011, 93, 22.09);
INSERT INTO hire_items VALUES (1012, 41, 25.79);
INSERT INTO hire_items VALUES (1013, 6, 18.97);
INSERT INTO hire_items VALUES (1013, 12, 15.17);
INSERT INTO hire_items VALUES (1013, 33, 20.89);
INSERT INTO hire_items VALUES (1014, 21, 19.33);
INSERT INTO hire_items VALUES (1014, 45, 18.31);
INSERT INTO hire_items VALUES (1014, 49, 9.65);
INSERT INTO hire_items VALUES (1015, 12, 15.17);
INSERT INTO hire_items VALUES (1015, 33, 20.89);
INSERT INTO hire_items VALUES (1016, 15, 9.49);
INSERT INTO hire_items VALUES (1016, 46, 21.84);
INSERT INTO hire_items VALUES (1016, 83, 21.63);
INSERT INTO hire_items VALUES (1017, 31, 15.43);
INSERT INTO hire_items VALUES (1017, 87, 18.1);
INSERT INTO hire_items VALUES (1018, 60, 19.14);
INSERT INTO hire_items VALUES (1018, 61, 24.52);
INSERT INTO hire_items VALUES (1018, 75, 26.16);
INSERT INTO hire_items VALUES (1019, 29, 10.66);
INSERT INTO hire_items VALUES (1019, 64, 19.09);
INSERT INTO hire_items VALUES (1019, 88, 10.57);
INSERT INTO hire_items VALUES (1020, 48, 9.72);
INSERT INTO hire_items VALUES (1020, 88, 10.57);
INSERT INTO hire_items VALUES (1021, 30, 15.24);
INSERT INTO hire_items VALUES (1021, 54, 13.39);
INSERT INTO hire_items VALUES (1022, 30, 13.72);
INSERT INTO hire_items VALUES (1022, 83, 19.47);
INSERT INTO hire_items VALUES (1023, 46, 21.84);
INSERT INTO hire_items VALUES (1023, 59, 22.31);
INSERT INTO hire_items VALUES (1024, 34, 22.22);
INSERT INTO hire_items VALUES (1024, 91, 24.98);
INSERT INTO hire_items VALUES (1025, 8, 21.14);
INSERT INTO hire_items VALUES (1025, 50, 12.38);
INSERT INTO hire_items VALUES (1026, 34, 24.69);
INSERT INTO hire_items VALUES (1026, 61, 24.52);
INSERT INTO hire_items VALUES (1027, 14, 18.31);
INSERT INTO hire_items VALUES (1027, 96, 23.68);
INSERT INTO hire_items VALUES (1028, 46, 21.84);
INSERT INTO hire_items VALUES (1028, 82, 27.46);
INSERT INTO hire_items VALUES (1029, 56, 24.01);
INSERT INTO hire_items VALUES (1029, 90, 16.17);
INSERT INTO hire_items VALUES (1030, 28, 17.01);
INSERT INTO hire_items VALUES (1031, 1, 19.69);
INSERT INTO hire_items VALUES (1031, 2, 21.01);
INSERT INTO hire_items VALUES (1032, 66, 17.91);
INSERT INTO hire_items VALUES (1033, 61, 24.52);
INSERT INTO hire_items VALUES (1034, 29, 10.66);
INSERT INTO hire_items VALUES (1035, 76, 13.25);
INSERT INTO hire_items VALUES (1035, 81, 23.43);
INSERT INTO hire_items VALUES (1036, 17, 20.45);
INSERT INTO hire_items VALUES (1036, 27, 9.94);
INSERT INTO hire_items VALUES (1037, 5, 14.75);
INSERT INTO hire_items VALUES (1037, 20, 11.41);
INSERT INTO hire_items VALUES (1037, 26, 14.63);
INSERT INTO hire_items VALUES (1038, 24, 16.11);
INSERT INTO hire_items VALUES (1039, 11, 6.08);
INSERT INTO hire_items VALUES (1039, 29, 10.66);
INSERT INTO hire_items VALUES (1040, 77, 14.37);
INSERT INTO hire_items VALUES (1041, 25, 26.08);
INSERT INTO hire_items VALUES (1042, 17, 18.41);
INSERT INTO hire_items VALUES (1042, 27, 8.95);
INSERT INTO hire_items VALUES (1043, 31, 13.89);
INSERT INTO hire_items VALUES (1044, 34, 22.22);
INSERT INTO hire_items VALUES (1044, 61, 22.07);
INSERT INTO hire_items VALUES (1045, 24, 16.11);
INSERT INTO hire_items VALUES (1045, 87, 18.1);
INSERT INTO hire_items VALUES (1046, 45, 20.34);
INSERT INTO hire_items VALUES (1046, 56, 26.68);
INSERT INTO hire_items VALUES (1046, 90, 17.97);
INSERT INTO hire_items VALUES (1047, 30, 15.24);
INSERT INTO hire_items VALUES (1047, 83, 21.63);
INSERT INTO hire_items VALUES (1048, 73, 19.22);
INSERT INTO hire_items VALUES (1049, 34, 24.69);
INSERT INTO hire_items VALUES (1049, 91, 27.76);
INSERT INTO hire_items VALUES (1050, 88, 10.57);
INSERT INTO hire_items VALUES (1051, 25, 23.47);
INSERT INTO hire_items VALUES (1052, 11, 6.08);
INSERT INTO hire_items VALUES (1052, 29, 10.66);
INSERT INTO hire_items VALUES (1052, 64, 19.09);
INSERT INTO hire_items VALUES (1053, 10, 19.56);
INSERT INTO hire_items VALUES (1053, 71, 17.87);
INSERT INTO hire_items VALUES (1053, 85, 15.57);
INSERT INTO hire_items VALUES (1054, 63, 28.99);
INSERT INTO hire_items VALUES (1054, 79, 20.71);
INSERT INTO hire_items VALUES (1055, 32, 15.27);
INSERT INTO hire_items VALUES (1056, 24, 16.11);
INSERT INTO hire_items VALUES (1056, 31, 15.43);
INSERT INTO hire_items VALUES (1057, 2, 21.01);
INSERT INTO hire_items VALUES (1057, 19, 17.0);
INSERT INTO hire_items VALUES (1058, 29, 11.85);
INSERT INTO hire_items VALUES (1058, 88, 11.74);
INSERT INTO hire_items VALUES (1059, 92, 15.78);
INSERT INTO hire_items VALUES (1060, 78, 15.84);
INSERT INTO hire_items VALUES (1060, 93, 22.09);
INSERT INTO CostumeAlterations VALUES (501, 20, 21, '2021-01-27', 'DYE', 56.24, 4.0);
INSERT INTO CostumeAlterations VALUES (502, 9, 17, '2021-03-22', 'RPR', 47.63, 3.0);
INSERT INTO CostumeAlterations VALUES (503, 5, 25, '2021-05-19', 'RPR', 56.31, 3.0);
INSERT INTO CostumeAlterations VALUES (504, 9, 23, '2021-06-13', 'RPR', 39.54, 2.5);
INSERT INTO CostumeAlterations VALUES (505, 92, 20, '2021-06-28', 'RPR', 35.67, 2.5);
INSERT INTO CostumeAlterations VALUES (506, 18, 23, '2021-08-19', 'LET', 64.3, 3.5);
INSERT INTO CostumeAlterations VALUES (507, 95, 20, '2021-08-31', 'RPR', 33.25, 2.0);
INSERT INTO CostumeAlterations VALUES (508, 6, 26, '2021-09-06', 'DYE', 72.69, 4.0);
INSERT INTO CostumeAlterations VALUES (509, 24, 25, '2021-10-12', 'RPR', 38.56, 2.5);
INSERT INTO CostumeAlterations VALUES (510, 44, 26, '2021-10-21', 'RPR', 34.03, 2.0);
INSERT INTO CostumeAlterations VALUES (511, 79, 8, '2021-10-29', 'RPR', 45.62, 2.5);
INSERT INTO CostumeAlterations VALUES (512, 59, 21, '2021-11-16', 'HEM', 27.43, 1.5);
INSERT INTO CostumeAlterations VALUES (513, 1, 25, '2021-11-25', 'HEM', 23.79, 1.5);
INSERT INTO CostumeAlterations VALUES (514, 46, 17, '2021-12-19', 'RPR', 38.79, 2.5);
INSERT INTO CostumeAlterations VALUES (515, 46, 13, '2022-03-11', 'RPR', 31.82, 2.0);
INSERT INTO CostumeAlterations VALUES (516, 7, 25, '2022-04-05', 'HEM', 35.56, 2.5);
INSERT INTO CostumeAlterations VALUES (517, 12, 26, '2022-04-07', 'TKN', 32.94, 2.0);
INSERT INTO CostumeAlterations VALUES (518, 34, 20, '2022-05-01', 'RPR', 33.53, 2.0);
INSERT INTO CostumeAlterations VALUES (519, 37, 26, '2022-05-07', 'LET', 62.35, 4.0);
INSERT INTO CostumeAlterations VALUES (520, 77, 26, '2022-06-03', 'RPR', 56.29, 3.0);
INSERT INTO CostumeAlterations VALUES (521, 77, 5, '2022-06-11', 'LET', 56.65, 3.0);
INSERT INTO CostumeAlterations VALUES (522, 65, 13, '2022-07-31', 'HEM', 27.58, 1.5);
INSERT INTO CostumeAlterations VALUES (523, 19, 20, '2022-07-31', 'LET', 54.8, 3.0);
INSERT INTO CostumeAlterations VALUES (524, 11, 21, '2022-08-15', 'HEM', 40.59, 2.5);
INSERT INTO CostumeAlterations VALUES (525, 78, 22, '2022-10-30', 'HEM', 25.64, 1.5);
INSERT INTO CostumeAlterations VALUES (526, 58, 21, '2022-11-03', 'DYE', 59.32, 3.5);
INSERT INTO CostumeAlterations VALUES (527, 1, 22, '2023-01-30', 'RPR', 22.42, 1.5);
INSERT INTO CostumeAlterations VALUES (528, 73, 20, '2023-02-08', 'LET', 36.88, 2.5);
INSERT INTO CostumeAlterations VALUES (529, 7, 25, '2023-03-31', 'DYE', 62.24, 3.5);
INSERT INTO CostumeAlterations VALUES (530, 78, 23, '2023-04-09', 'HEM', 38.18, 2.5);
INSERT INTO CostumeAlterations VALUES (531, 73, 23, '2023-05-02', 'TKN', 38.1, 2.5);
INSERT INTO CostumeAlterations VALUES (532, 49, 25, '2023-05-10', 'HEM', 39.06, 2.5);
INSERT INTO CostumeAlterations VALUES (533, 53, 21, '2023-08-14', 'RPR', 35.45, 2.0);
INSERT INTO CostumeAlterations VALUES (534, 62, 13, '2023-09-15', 'HEM', 26.16, 1.5);
INSERT INTO CostumeAlterations VALUES (535, 56, 20, '2023-09-21', 'RPR', 39.91, 2.5);
INSERT INTO CostumeAlterations VALUES (536, 84, 8, '2023-10-05', 'DYE', 73.97, 4.0);
INSERT INTO CostumeAlterations VALUES (537, 65, 24, '2023-10-14', 'RPR', 36.27, 2.0);
INSERT INTO CostumeAlterations VALUES (538, 8, 25, '2024-02-09', 'RPR', 52.4, 3.0);
INSERT INTO CostumeAlterations VALUES (539, 82, 20, '2024-03-14', 'DYE', 73.09, 4.5);
INSERT INTO CostumeAlterations VALUES (540, 76, 22, '2024-06-16', 'HEM', 38.12, 2.5);
INSERT INTO CostumeAlterations VALUES (541, 65, 24, '2024-07-02', 'LET', 45.12, 2.5);
INSERT INTO CostumeAlterations VALUES (542, 45, 26, '2024-07-08', 'LET', 56.47, 3.0);
INSERT INTO CostumeAlterations VALUES (543, 57, 26, '2024-09-03', 'TKN', 64.09, 3.5);
INSERT INTO CostumeAlterations VALUES (544, 27, 20, '2024-09-08', 'DYE', 63.97, 3.5);
INSERT INTO CostumeAlterations VALUES (545, 13, 25, '2024-11-02', 'RPR', 46.49, 3.0);
INSERT INTO CostumeAlterations VALUES (546, 96, 23, '2024-11-11', 'HEM', 44.06, 2.5);
INSERT INTO CostumeAlterations VALUES (547, 27, 13, '2024-11-17', 'RPR', 45.87, 3.0);
INSERT INTO CostumeAlterations VALUES (548, 18, 20, '2024-11-28', 'DYE', 92.89, 5.0);
INSERT INTO costume_transfers VALUES (1, 40, 1, 3, '2021-03-19', 7);
INSERT INTO costume_transfers VALUES (2, 50, 4, 3, '2021-04-20', 7);
INSERT INTO costume_transfers VALUES (3, 70, 4, 1, '2021-06-03', 5);
INSERT INTO costume_transfers VALUES (4, 20, 13, 9, '2021-07-13', 3);
INSERT INTO costume_transfers VALUES (5, 64, 15, 13, '2021-07-24', 17);
INSERT INTO costume_transfers VALUES (6, 84, 1, 11, '2021-08-03', 15);
INSERT INTO costume_transfers VALUES (7, 38, 1, 10, '2021-08-16', 14);
INSERT INTO costume_transfers VALUES (8, 32, 7, 14, '2021-10-09', 18);
INSERT INTO costume_transfers VALUES (9, 42, 13, 6, '2021-10-21', 4);
INSERT INTO costume_transfers VALUES (10, 66, 14, 10, '2022-02-02', 14);
INSERT INTO costume_transfers VALUES (11, 58, 8, 2, '2022-05-14', 6);
INSERT INTO costume_transfers VALUES (12, 78, 3, 6, '2022-05-28', 10);
INSERT INTO costume_transfers VALUES (13, 54, 13, 12, '2022-06-04', 16);
INSERT INTO costume_transfers VALUES (14, 5, 13, 7, '2022-09-20', 11);
INSERT INTO costume_transfers VALUES (15, 38, 1, 13, '2022-12-19', 17);
INSERT INTO costume_transfers VALUES (16, 74, 8, 4, '2023-01-16', 8);
INSERT INTO costume_transfers VALUES (17, 63, 10, 9, '2023-01-21', 3);
INSERT INTO costume_transfers VALUES (18, 3, 5, 4, '2023-03-07', 8);
INSERT INTO costume_transfers VALUES (19, 24, 3, 4, '2023-05-12', 8);
INSERT INTO costume_transfers VALUES (20, 52, 8, 1, '2023-06-02', 5);
INSERT INTO costume_transfers VALUES (21, 64, 15, 7, '2023-06-18', 11);
INSERT INTO costume_transfers VALUES (22, 24, 3, 2, '2023-07-18', 6);
INSERT INTO costume_transfers VALUES (23, 84, 1, 7, '2023-07-19', 11);
INSERT INTO costume_transfers VALUES (24, 63, 10, 3, '2023-09-24', 7);
INSERT INTO costume_transfers VALUES (25, 73, 12, 3, '2023-11-20', 3);
INSERT INTO costume_transfers VALUES (26, 59, 13, 4, '2023-12-06', 8);
INSERT INTO costume_transfers VALUES (27, 46, 13, 12, '2023-12-08', 16);
INSERT INTO costume_transfers VALUES (28, 15, 13, 6, '2024-03-27', 10);
INSERT INTO costume_transfers VALUES (29, 6, 7, 3, '2024-05-25', 7);
INSERT INTO costume_transfers VALUES (30, 34, 6, 8, '2024-07-15', 12);
INSERT INTO costume_transfers VALUES (31, 44, 14, 9, '2024-09-23', 13);
INSERT INTO costume_transfers VALUES (32, 81, 11, 13, '2024-09-30', 17);
COMMIT;
