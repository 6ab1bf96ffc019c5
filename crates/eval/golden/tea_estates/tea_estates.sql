PRAGMA foreign_keys = ON;

CREATE TABLE Estates (
  Estate_ID INTEGER PRIMARY KEY,
  Estate_Name TEXT NOT NULL,
  Region TEXT,
  Country TEXT,
  Elevation_Metres INTEGER,
  Established_Year TEXT,
  Area_Hectares REAL
);

CREATE TABLE Ref_Tea_Grades (
  grade_code TEXT PRIMARY KEY,
  grade_description TEXT NOT NULL
);

CREATE TABLE Pluckers (
  Plucker_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Estate_ID INTEGER,
  Years_Of_Work INTEGER,
  FOREIGN KEY (Estate_ID) REFERENCES Estates(Estate_ID)
);

CREATE TABLE Harvests (
  harvest_id INTEGER PRIMARY KEY,
  Estate_ID INTEGER NOT NULL,
  grade_code TEXT NOT NULL,
  Harvest_Date TEXT,
  Kilograms INTEGER,
  other_details TEXT,
  FOREIGN KEY (Estate_ID) REFERENCES Estates(Estate_ID),
  FOREIGN KEY (grade_code) REFERENCES Ref_Tea_Grades(grade_code)
);

CREATE TABLE Brokers (
  Broker_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Commission_Rate REAL
);

-- harvest_id and Broker_ID are not declared as foreign keys
CREATE TABLE Auction_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  harvest_id INTEGER,
  Broker_ID INTEGER,
  Auction_Date TEXT,
  Price_Per_Kg REAL,
  Buyer_Name TEXT
);

CREATE TABLE Consignments (
  Consignment_ID INTEGER PRIMARY KEY,
  Sending_Estate_ID INTEGER NOT NULL,
  Receiving_Estate_ID INTEGER NOT NULL,
  Consignment_Date TEXT,
  Kilograms INTEGER,
  FOREIGN KEY (Sending_Estate_ID) REFERENCES Estates(Estate_ID),
  FOREIGN KEY (Receiving_Estate_ID) REFERENCES Estates(Estate_ID)
);

CREATE TABLE Plucker_Harvests (
  Plucker_ID INTEGER NOT NULL,
  harvest_id INTEGER NOT NULL,
  PRIMARY KEY (Plucker_ID, harvest_id),
  FOREIGN KEY (Plucker_ID) REFERENCES Pluckers(Plucker_ID),
  FOREIGN KEY (harvest_id) REFERENCES Harvests(harvest_id)
);

INSERT INTO Estates VALUES (1, 'Castleton Estate', 'Darjeeling', 'India', 1470, '1885', 172.5);
INSERT INTO Estates VALUES (2, 'Makaibari Estate', 'Darjeeling', 'India', 1380, '1859', 670.0);
INSERT INTO Estates VALUES (3, 'Glenburn Estate', 'Darjeeling', 'India', 975, '1859', 650.0);
INSERT INTO Estates VALUES (4, 'Halmari Estate', 'Assam', 'India', 95, '1930', 398.4);
INSERT INTO Estates VALUES (5, 'Mangalam Estate', 'Assam', 'India', 110, '1872', 312.0);
INSERT INTO Estates VALUES (6, 'Harmutty Estate', 'Assam', 'India', 120, '1885', 455.2);
INSERT INTO Estates VALUES (7, 'Kolukkumalai Estate', 'Nilgiris', 'India', 2170, '1900', 220.0);
INSERT INTO Estates VALUES (8, 'Pedro Estate', 'Nuwara Eliya', 'Sri Lanka', 1950, '1885', 290.3);
INSERT INTO Estates VALUES (9, 'Dambatenne Estate', 'Uva', 'Sri Lanka', 1860, '1890', 530.8);
INSERT INTO Estates VALUES (10, 'Lovers Leap Estate', 'Nuwara Eliya', 'Sri Lanka', 1890, '1878', 160.0);
INSERT INTO Estates VALUES (11, 'Kenilworth Estate', 'Dimbula', 'Sri Lanka', 1210, '1868', 245.6);
INSERT INTO Estates VALUES (12, 'Kericho Highlands Estate', 'Kericho', 'Kenya', 2050, '1924', 880.0);
INSERT INTO Estates VALUES (13, 'Kangaita Estate', 'Kirinyaga', 'Kenya', 2020, '1965', 140.7);
INSERT INTO Estates VALUES (14, 'Satemwa Estate', 'Thyolo', 'Malawi', 900, '1923', 760.0);
INSERT INTO Estates VALUES (15, 'Jun Chiyabari Estate', 'Dhankuta', 'Nepal', 1800, '2000', 75.0);
INSERT INTO Estates VALUES (16, 'Sungai Palas Estate', 'Cameron Highlands', 'Malaysia', 1520, '1929', NULL);
INSERT INTO Estates VALUES (17, 'Doi Mae Salong Estate', 'Chiang Rai', 'Thailand', NULL, NULL, 98.2);

INSERT INTO Ref_Tea_Grades VALUES ('SFTGFOP', 'Special Finest Tippy Golden Flowery Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('FTGFOP', 'Finest Tippy Golden Flowery Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('TGFOP', 'Tippy Golden Flowery Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('GFOP', 'Golden Flowery Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('FOP', 'Flowery Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('OP', 'Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('PEKOE', 'Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('BOP', 'Broken Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('FBOP', 'Flowery Broken Orange Pekoe');
INSERT INTO Ref_Tea_Grades VALUES ('BOPF', 'Broken Orange Pekoe Fannings');
INSERT INTO Ref_Tea_Grades VALUES ('CTC', 'Crush Tear Curl');
INSERT INTO Ref_Tea_Grades VALUES ('DUST', 'Dust');

INSERT INTO Pluckers VALUES (1, 'Sarita Kumar', 35, 1, 17);
INSERT INTO Pluckers VALUES (2, 'Kumari Mwangi', 40, 2, 24);
INSERT INTO Pluckers VALUES (3, 'Radha Ramasamy', 57, 3, 40);
INSERT INTO Pluckers VALUES (4, 'Muthu Rai', 45, 4, 24);
INSERT INTO Pluckers VALUES (5, 'Kanchan Ramasamy', 57, 5, 40);
INSERT INTO Pluckers VALUES (6, 'Meena Munda', 20, 6, 1);
INSERT INTO Pluckers VALUES (7, 'Malini Tamang', 63, 7, 43);
INSERT INTO Pluckers VALUES (8, 'Chandrika Banda', 44, 8, 25);
INSERT INTO Pluckers VALUES (9, 'Selvi Phiri', 58, 9, 37);
INSERT INTO Pluckers VALUES (10, 'Dilani Devi', 22, 10, 2);
INSERT INTO Pluckers VALUES (11, 'Kumari Perumal', 43, 11, NULL);
INSERT INTO Pluckers VALUES (12, 'Selvi Kujur', 53, 12, 35);
INSERT INTO Pluckers VALUES (13, 'Mercy Banda', 22, 13, 1);
INSERT INTO Pluckers VALUES (14, 'Lakshmi Kumar', 52, 14, 30);
INSERT INTO Pluckers VALUES (15, 'Kumari Munda', 45, 13, 22);
INSERT INTO Pluckers VALUES (16, 'Priyanka Rai', 26, 2, 8);
INSERT INTO Pluckers VALUES (17, 'Priyanka Ramasamy', 39, 2, 20);
INSERT INTO Pluckers VALUES (18, 'Malini Karunaratne', 20, 1, 1);
INSERT INTO Pluckers VALUES (19, 'Selvi Mwangi', 42, 10, 18);
INSERT INTO Pluckers VALUES (20, 'Bimala Rai', 54, 4, 36);
INSERT INTO Pluckers VALUES (21, 'Kanchan Perumal', 35, 3, 19);
INSERT INTO Pluckers VALUES (22, 'Nirmala Gurung', 24, 13, NULL);
INSERT INTO Pluckers VALUES (23, 'Kumari Phiri', 48, 2, 26);
INSERT INTO Pluckers VALUES (24, 'Anjali Ramasamy', 33, 7, 15);
INSERT INTO Pluckers VALUES (25, 'Achieng Banda', 30, 11, 12);
INSERT INTO Pluckers VALUES (26, 'Sarita Rai', 54, 3, 38);
INSERT INTO Pluckers VALUES (27, 'Priyanka Kumar', 23, 2, 1);
INSERT INTO Pluckers VALUES (28, 'Pooja Ramasamy', 19, 12, 1);
INSERT INTO Pluckers VALUES (29, 'Meena Kujur', 39, 10, 21);
INSERT INTO Pluckers VALUES (30, 'Rupa Oraon', 41, 10, 20);

INSERT INTO Harvests VALUES (1, 1, 'FTGFOP', '2022-04-20', 3036, 'hand rolled');
INSERT INTO Harvests VALUES (2, 2, 'GFOP', '2022-07-10', 3095, NULL);
INSERT INTO Harvests VALUES (3, 3, 'FTGFOP', '2023-04-10', 3664, NULL);
INSERT INTO Harvests VALUES (4, 4, 'CTC', '2023-09-13', 4762, 'autumnal flush');
INSERT INTO Harvests VALUES (5, 5, 'GFOP', '2022-10-24', 1950, NULL);
INSERT INTO Harvests VALUES (6, 6, 'BOP', '2023-05-11', 4965, NULL);
INSERT INTO Harvests VALUES (7, 7, 'OP', '2022-09-17', 4353, 'organic certified');
INSERT INTO Harvests VALUES (8, 8, 'OP', '2022-04-15', 4301, NULL);
INSERT INTO Harvests VALUES (9, 9, 'BOPF', '2023-07-02', 4568, 'first flush');
INSERT INTO Harvests VALUES (10, 10, 'OP', '2022-10-10', 1566, 'autumnal flush');
INSERT INTO Harvests VALUES (11, 11, 'OP', '2022-05-20', 448, 'monsoon flush');
INSERT INTO Harvests VALUES (12, 12, 'CTC', '2023-07-04', 3573, 'monsoon flush');
INSERT INTO Harvests VALUES (13, 13, 'BOP', '2022-08-07', 2936, 'monsoon flush');
INSERT INTO Harvests VALUES (14, 14, 'OP', '2023-05-20', 480, 'monsoon flush');
INSERT INTO Harvests VALUES (15, 1, 'FTGFOP', '2022-04-22', 4548, 'autumnal flush');
INSERT INTO Harvests VALUES (16, 2, 'GFOP', '2023-09-09', 2210, 'hand rolled');
INSERT INTO Harvests VALUES (17, 3, 'TGFOP', '2023-10-19', 2485, 'organic certified');
INSERT INTO Harvests VALUES (18, 4, 'GFOP', '2022-03-27', 850, NULL);
INSERT INTO Harvests VALUES (19, 5, 'CTC', '2022-11-14', 5769, 'autumnal flush');
INSERT INTO Harvests VALUES (20, 6, 'CTC', '2023-11-09', 960, NULL);
INSERT INTO Harvests VALUES (21, 7, 'BOP', '2023-04-28', 704, 'monsoon flush');
INSERT INTO Harvests VALUES (22, 8, 'BOP', '2023-06-24', 2446, 'organic certified');
INSERT INTO Harvests VALUES (23, 9, 'BOP', '2023-04-16', 4756, 'autumnal flush');
INSERT INTO Harvests VALUES (24, 10, 'BOP', '2023-11-26', 3681, NULL);
INSERT INTO Harvests VALUES (25, 11, 'BOP', '2023-10-12', 3956, 'organic certified');
INSERT INTO Harvests VALUES (26, 12, 'BOPF', '2022-03-12', 5029, 'second flush');
INSERT INTO Harvests VALUES (27, 13, 'BOP', '2023-08-23', 1390, NULL);
INSERT INTO Harvests VALUES (28, 14, 'CTC', '2022-10-18', 3222, 'autumnal flush');
INSERT INTO Harvests VALUES (29, 1, 'SFTGFOP', '2022-06-16', 1518, NULL);
INSERT INTO Harvests VALUES (30, 2, 'GFOP', '2022-06-05', 4142, 'organic certified');
INSERT INTO Harvests VALUES (31, 3, 'TGFOP', '2022-03-16', 4457, 'first flush');
INSERT INTO Harvests VALUES (32, 4, 'GFOP', '2023-06-01', 3455, 'second flush');
INSERT INTO Harvests VALUES (33, 5, 'GFOP', '2023-08-25', 1191, 'first flush');
INSERT INTO Harvests VALUES (34, 6, 'CTC', '2023-06-04', 2023, 'organic certified');
INSERT INTO Harvests VALUES (35, 7, 'BOP', '2023-06-14', 4204, NULL);
INSERT INTO Harvests VALUES (36, 8, 'OP', '2022-08-21', 3857, 'monsoon flush');

INSERT INTO Brokers VALUES (1, 'J. Thomas and Co', 'Kolkata', 'India', 1.0);
INSERT INTO Brokers VALUES (2, 'Carritt Moran and Co', 'Kolkata', 'India', 1.25);
INSERT INTO Brokers VALUES (3, 'Contemporary Tea Brokers', 'Kolkata', 'India', 0.9);
INSERT INTO Brokers VALUES (4, 'Paramount Tea Marketing', 'Guwahati', 'India', 1.1);
INSERT INTO Brokers VALUES (5, 'Forbes and Walker Tea Brokers', 'Colombo', 'Sri Lanka', 1.5);
INSERT INTO Brokers VALUES (6, 'John Keells', 'Colombo', 'Sri Lanka', 1.4);
INSERT INTO Brokers VALUES (7, 'Asia Siyaka Commodities', 'Colombo', 'Sri Lanka', 1.35);
INSERT INTO Brokers VALUES (8, 'Africa Tea Brokers', 'Mombasa', 'Kenya', 0.75);
INSERT INTO Brokers VALUES (9, 'Venture Tea Brokers', 'Mombasa', 'Kenya', 0.8);
INSERT INTO Brokers VALUES (10, 'Thompson Lloyd and Ewart', 'London', 'United Kingdom', 2.25);
INSERT INTO Brokers VALUES (11, 'Coimbatore Tea Traders', 'Coimbatore', 'India', NULL);

INSERT INTO Auction_Lots VALUES (1, 1, 1, '2022-05-02', 46.01, 'Twinings');
INSERT INTO Auction_Lots VALUES (2, 2, 4, '2022-08-24', 23.11, 'Ronnefeldt');
INSERT INTO Auction_Lots VALUES (3, 3, 1, '2023-06-01', 45.33, 'Ronnefeldt');
INSERT INTO Auction_Lots VALUES (4, 4, 1, '2023-10-28', 4.19, 'Fortnum and Mason');
INSERT INTO Auction_Lots VALUES (5, 5, 10, '2022-11-11', 27.32, 'Dilmah');
INSERT INTO Auction_Lots VALUES (6, 7, 1, '2022-10-11', 11.55, 'Dilmah');
INSERT INTO Auction_Lots VALUES (7, 8, 6, '2022-06-24', 11.63, 'Ronnefeldt');
INSERT INTO Auction_Lots VALUES (8, 9, 5, '2023-09-11', 6.07, 'Harrods');
INSERT INTO Auction_Lots VALUES (9, 11, 5, '2022-06-24', 14.19, NULL);
INSERT INTO Auction_Lots VALUES (10, 12, 8, '2023-09-24', 4.13, 'Twinings');
INSERT INTO Auction_Lots VALUES (11, 13, 9, '2022-10-14', 6.69, 'Tata Consumer');
INSERT INTO Auction_Lots VALUES (12, 14, 8, '2023-06-04', 12.17, 'Teekanne');
INSERT INTO Auction_Lots VALUES (13, 15, 2, '2022-05-11', 44.39, 'Harrods');
INSERT INTO Auction_Lots VALUES (14, 16, 3, '2023-11-27', 28.37, 'Harrods');
INSERT INTO Auction_Lots VALUES (15, 17, 1, '2023-12-25', 36.13, 'Twinings');
INSERT INTO Auction_Lots VALUES (16, 18, 4, '2022-05-09', 22.85, 'Dilmah');
INSERT INTO Auction_Lots VALUES (17, 19, 10, '2022-12-18', 5.16, 'Unilever');
INSERT INTO Auction_Lots VALUES (18, 20, 3, '2024-01-16', 4.59, NULL);
INSERT INTO Auction_Lots VALUES (19, 21, 2, '2023-06-04', 8.09, 'Unilever');
INSERT INTO Auction_Lots VALUES (20, 23, 5, '2023-06-07', 6.55, 'Mariage Freres');
INSERT INTO Auction_Lots VALUES (21, 24, 6, '2023-12-24', 8.96, 'Twinings');
INSERT INTO Auction_Lots VALUES (22, 25, 6, '2023-11-25', 8.3, 'Unilever');
INSERT INTO Auction_Lots VALUES (23, 26, 8, '2022-05-20', 5.65, 'Tata Consumer');
INSERT INTO Auction_Lots VALUES (24, 27, 9, '2023-10-15', 8.18, 'Fortnum and Mason');
INSERT INTO Auction_Lots VALUES (25, 29, 2, '2022-07-15', 61.48, 'Twinings');
INSERT INTO Auction_Lots VALUES (26, 30, 10, '2022-08-05', 28.58, 'Mariage Freres');
INSERT INTO Auction_Lots VALUES (27, 32, 3, '2023-07-15', 17.76, NULL);
INSERT INTO Auction_Lots VALUES (28, 33, 2, '2023-10-23', 22.84, 'Fortnum and Mason');
INSERT INTO Auction_Lots VALUES (29, 35, 3, '2023-08-25', 7.44, 'Dilmah');
INSERT INTO Auction_Lots VALUES (30, 36, 7, '2022-10-13', 12.06, 'Fortnum and Mason');

INSERT INTO Consignments VALUES (1, 2, 5, '2022-03-09', 300);
INSERT INTO Consignments VALUES (2, 3, 6, '2023-01-27', 1350);
INSERT INTO Consignments VALUES (3, 9, 16, '2022-07-04', 1100);
INSERT INTO Consignments VALUES (4, 10, 11, '2022-03-26', 475);
INSERT INTO Consignments VALUES (5, 5, 3, '2022-02-17', 625);
INSERT INTO Consignments VALUES (6, 11, 15, '2023-02-21', 1225);
INSERT INTO Consignments VALUES (7, 7, 3, '2022-12-28', 650);
INSERT INTO Consignments VALUES (8, 3, 5, '2023-06-09', 1475);
INSERT INTO Consignments VALUES (9, 1, 3, '2023-01-11', 300);
INSERT INTO Consignments VALUES (10, 8, 10, '2023-06-17', 325);
INSERT INTO Consignments VALUES (11, 2, 4, '2022-09-06', 125);
INSERT INTO Consignments VALUES (12, 6, 3, '2022-02-10', 1400);
INSERT INTO Consignments VALUES (13, 2, 16, '2022-01-11', 125);
INSERT INTO Consignments VALUES (14, 10, 15, '2022-02-14', 1000);
INSERT INTO Consignments VALUES (15, 4, 15, '2022-06-14', 1050);
INSERT INTO Consignments VALUES (16, 1, 5, '2023-06-04', 100);
INSERT INTO Consignments VALUES (17, 1, 6, '2022-03-22', 125);
INSERT INTO Consignments VALUES (18, 5, 15, '2022-04-01', 1400);
INSERT INTO Consignments VALUES (19, 9, 16, '2022-07-03', 800);
INSERT INTO Consignments VALUES (20, 2, 6, '2023-06-10', 425);

INSERT INTO Plucker_Harvests VALUES (1, 1);
INSERT INTO Plucker_Harvests VALUES (1, 15);
INSERT INTO Plucker_Harvests VALUES (1, 29);
INSERT INTO Plucker_Harvests VALUES (4, 4);
INSERT INTO Plucker_Harvests VALUES (4, 32);
INSERT INTO Plucker_Harvests VALUES (5, 5);
INSERT INTO Plucker_Harvests VALUES (5, 19);
INSERT INTO Plucker_Harvests VALUES (5, 33);
INSERT INTO Plucker_Harvests VALUES (6, 6);
INSERT INTO Plucker_Harvests VALUES (6, 20);
INSERT INTO Plucker_Harvests VALUES (6, 34);
INSERT INTO Plucker_Harvests VALUES (7, 21);
INSERT INTO Plucker_Harvests VALUES (7, 35);
INSERT INTO Plucker_Harvests VALUES (8, 8);
INSERT INTO Plucker_Harvests VALUES (8, 22);
INSERT INTO Plucker_Harvests VALUES (8, 36);
INSERT INTO Plucker_Harvests VALUES (9, 9);
INSERT INTO Plucker_Harvests VALUES (9, 23);
INSERT INTO Plucker_Harvests VALUES (11, 25);
INSERT INTO Plucker_Harvests VALUES (14, 14);
INSERT INTO Plucker_Harvests VALUES (14, 28);
INSERT INTO Plucker_Harvests VALUES (15, 13);
INSERT INTO Plucker_Harvests VALUES (16, 30);
INSERT INTO Plucker_Harvests VALUES (18, 1);
INSERT INTO Plucker_Harvests VALUES (18, 29);
INSERT INTO Plucker_Harvests VALUES (19, 10);
INSERT INTO Plucker_Harvests VALUES (20, 18);
INSERT INTO Plucker_Harvests VALUES (21, 3);
INSERT INTO Plucker_Harvests VALUES (21, 17);
INSERT INTO Plucker_Harvests VALUES (23, 16);
INSERT INTO Plucker_Harvests VALUES (24, 7);
INSERT INTO Plucker_Harvests VALUES (25, 11);
INSERT INTO Plucker_Harvests VALUES (25, 25);
INSERT INTO Plucker_Harvests VALUES (26, 31);
INSERT INTO Plucker_Harvests VALUES (27, 2);
INSERT INTO Plucker_Harvests VALUES (27, 30);
INSERT INTO Plucker_Harvests VALUES (28, 12);
INSERT INTO Plucker_Harvests VALUES (28, 26);
INSERT INTO Plucker_Harvests VALUES (30, 24);
