PRAGMA foreign_keys = ON;
CREATE TABLE "Members" (
"member_id" INTEGER PRIMARY KEY,
"first_name" VARCHAR(50),
"last_name" VARCHAR(50),
"gender" VARCHAR(1),
"city" VARCHAR(80),
"date_joined" DATETIME,
"years_experience" TEXT,
"phone_number" VARCHAR(40)
);
CREATE TABLE "Apiaries" (
"apiary_id" INTEGER PRIMARY KEY,
"Apiary_Name" VARCHAR(80),
"region" VARCHAR(50),
"address_details" VARCHAR(255),
"altitude_m" TEXT,
"date_established" DATETIME
);
CREATE TABLE "Hives" (
"hive_id" INTEGER PRIMARY KEY,
"apiary_id" INTEGER NOT NULL,
"queen_breed" VARCHAR(50),
"hive_type_code" VARCHAR(10),
"date_of_installation" DATETIME,
"number_of_frames" INTEGER,
FOREIGN KEY ("apiary_id") REFERENCES "Apiaries"("apiary_id")
);
CREATE TABLE "Inspections" (
"inspection_id" INTEGER PRIMARY KEY,
"hive_id" INTEGER NOT NULL,
"inspector_id" INTEGER NOT NULL,
"date_of_inspection" DATETIME,
"health_status_code" VARCHAR(15),
"varroa_mite_count" TEXT,
"other_details" VARCHAR(255),
FOREIGN KEY ("hive_id") REFERENCES "Hives"("hive_id"),
FOREIGN KEY ("inspector_id") REFERENCES "Members"("member_id")
);
CREATE TABLE "Honey_Harvests" (
"harvest_id" INTEGER PRIMARY KEY,
"hive_id" INTEGER NOT NULL,
"harvest_date" DATETIME,
"weight_kg" REAL,
"grade_code" VARCHAR(5)
);
CREATE TABLE "Equipment" (
"equipment_id" INTEGER PRIMARY KEY,
"equipment_name" VARCHAR(80),
"equipment_type_code" VARCHAR(10),
"replacement_value" TEXT,
"other_details" VARCHAR(255)
);
CREATE TABLE "Equipment_Loans" (
"loan_id" INTEGER PRIMARY KEY,
"member_id" INTEGER NOT NULL,
"equipment_id" INTEGER NOT NULL,
"date_loaned" DATETIME,
"date_returned" DATETIME,
"loan_fee" TEXT,
FOREIGN KEY ("member_id") REFERENCES "Members"("member_id")
);
INSERT INTO Members VALUES (1, 'Margaret', 'Whitfield', 'F', 'Ashford', '2010-08-23', '2', '(555) 967-5869');
INSERT INTO Members VALUES (2, 'Thomas', 'Brennan', 'M', 'Millbrook', '2022-06-22', '4', '(555) 407-0352');
INSERT INTO Members VALUES (3, 'Aisha', 'Okafor', 'F', 'Riverton', '2014-05-23', '22', '(555) 842-8824');
INSERT INTO Members VALUES (4, 'Lars', 'Lindqvist', 'M', 'Ashford', '2012-03-23', '11', '(555) 137-8839');
INSERT INTO Members VALUES (5, 'Elena', 'Rossi', 'F', 'Kingsbridge', '2022-09-12', '12', '(555) 546-1676');
INSERT INTO Members VALUES (6, 'Samuel', 'Hartley', 'M', 'Millbrook', '2011-05-27', '2', '(555) 896-2252');
INSERT INTO Members VALUES (7, 'Priya', 'Nair', 'F', 'Riverton', '2010-02-22', '1', '(555) 106-3981');
INSERT INTO Members VALUES (8, 'Jonas', 'Becker', 'M', 'Ashford', '2009-03-16', '8', '(555) 383-7764');
INSERT INTO Members VALUES (9, 'Clara', 'Dubois', 'F', 'Oakdale', '2021-07-18', '9', '(555) 656-2012');
INSERT INTO Members VALUES (10, 'Diego', 'Morales', 'M', 'Kingsbridge', '2021-04-04', '9', '(555) 327-3804');
INSERT INTO Members VALUES (11, 'Hannah', 'Schultz', 'F', 'Millbrook', '2013-02-12', '35', '(555) 434-3347');
INSERT INTO Members VALUES (12, 'Oliver', 'O''Neill', 'M', 'Ashford', '2012-06-07', '34', '(555) 789-5648');
INSERT INTO Members VALUES (13, 'Mei', 'Chen', 'F', 'Riverton', '2016-04-11', '33', '(555) 834-9798');
INSERT INTO Members VALUES (14, 'Patrick', 'Gallagher', 'M', 'Oakdale', '2012-10-11', '27', '(555) 175-6281');
INSERT INTO Members VALUES (15, 'Ingrid', 'Halvorsen', 'F', 'Ashford', '2017-04-18', '30', '(555) 987-4584');
INSERT INTO Members VALUES (16, 'Rafael', 'Santos', 'M', 'Millbrook', '2017-09-20', '5', '(555) 936-6632');
INSERT INTO Members VALUES (17, 'Sofia', 'Novak', 'F', 'Kingsbridge', '2008-05-26', '4', '(555) 358-0692');
INSERT INTO Members VALUES (18, 'Walter', 'Pemberton', 'M', 'Riverton', '2009-11-27', '14', '(555) 616-8015');
INSERT INTO Members VALUES (19, 'Nadia', 'Haddad', 'F', 'Ashford', '2010-10-11', '4', '(555) 724-4486');
INSERT INTO Members VALUES (20, 'Ethan', 'Kowalski', 'M', 'Oakdale', '2008-05-03', '22', '(555) 902-4759');
INSERT INTO Apiaries VALUES (1, 'Clover Hill', 'North Valley', '12 Clover Lane', '312', '2008-04-17');
INSERT INTO Apiaries VALUES (2, 'Willow Creek', 'River Basin', '4 Creekside Road', '167', '2016-01-07');
INSERT INTO Apiaries VALUES (3, 'Heather Moor', 'Highlands', 'Moor Track 7', '1081', '2016-11-08');
INSERT INTO Apiaries VALUES (4, 'Orchard Row', 'North Valley', '88 Orchard Row', '303', '2008-11-08');
INSERT INTO Apiaries VALUES (5, 'Sunny Meadow', 'Plains', '210 Meadow Drive', '397', '1998-09-14');
INSERT INTO Apiaries VALUES (6, 'Pine Ridge', 'Highlands', '3 Ridge Path', '644', '2008-09-15');
INSERT INTO Apiaries VALUES (7, 'Lavender Fields', 'Coastal', '17 Seaview Terrace', '48', '2004-12-21');
INSERT INTO Apiaries VALUES (8, 'Riverside Farm', 'River Basin', '52 Mill Street', '121', '2013-02-15');
INSERT INTO Apiaries VALUES (9, 'Dune Gardens', 'Coastal', '9 Harbour Walk', '30', '2010-03-08');
INSERT INTO Apiaries VALUES (10, 'Acacia Grove', 'Plains', '61 Grove Avenue', '128', '2004-12-26');
INSERT INTO Hives VALUES (1, 1, 'Carniolan', 'WARRE', '2020-06-02', 8);
INSERT INTO Hives VALUES (2, 1, 'Russian', 'LANG', '2020-05-19', 10);
INSERT INTO Hives VALUES (3, 1, 'Buckfast', 'TOPB', '2020-01-21', 24);
INSERT INTO Hives VALUES (4, 1, 'Carniolan', 'LANG', '2017-03-25', 10);
INSERT INTO Hives VALUES (5, 2, 'Buckfast', 'LANG', '2020-10-10', 10);
INSERT INTO Hives VALUES (6, 2, 'Carniolan', 'LANG', '2016-07-20', 10);
INSERT INTO Hives VALUES (7, 2, 'Italian', 'TOPB', '2017-04-22', 24);
INSERT INTO Hives VALUES (8, 3, 'Caucasian', 'LANG', '2023-10-20', 10);
INSERT INTO Hives VALUES (9, 3, 'Russian', 'TOPB', '2020-09-24', 24);
INSERT INTO Hives VALUES (10, 4, 'Italian', 'LANG', '2017-08-07', 10);
INSERT INTO Hives VALUES (11, 4, 'Italian', 'TOPB', '2016-05-23', 24);
INSERT INTO Hives VALUES (12, 4, 'Buckfast', 'WARRE', '2023-05-26', 8);
INSERT INTO Hives VALUES (13, 4, 'Caucasian', 'LANG', '2021-09-19', 10);
INSERT INTO Hives VALUES (14, 4, 'Buckfast', 'LANG', '2021-08-06', 10);
INSERT INTO Hives VALUES (15, 5, 'Buckfast', 'LANG', '2020-03-04', 10);
INSERT INTO Hives VALUES (16, 5, 'Italian', 'DADANT', '2023-12-23', 11);
INSERT INTO Hives VALUES (17, 6, 'Carniolan', 'LANG', '2022-05-12', 8);
INSERT INTO Hives VALUES (18, 6, 'Italian', 'LANG', '2018-07-26', 8);
INSERT INTO Hives VALUES (19, 6, 'Buckfast', 'WARRE', '2023-05-12', 8);
INSERT INTO Hives VALUES (20, 7, 'Italian', 'LANG', '2017-01-18', 10);
INSERT INTO Hives VALUES (21, 7, 'Caucasian', 'WARRE', '2023-03-24', 8);
INSERT INTO Hives VALUES (22, 7, 'Italian', 'TOPB', '2019-08-01', 24);
INSERT INTO Hives VALUES (23, 8, 'Russian', 'LANG', '2020-05-27', 10);
INSERT INTO Hives VALUES (24, 8, 'Buckfast', 'DADANT', '2018-06-11', 11);
INSERT INTO Hives VALUES (25, 8, 'Buckfast', 'LANG', '2021-11-04', 8);
INSERT INTO Hives VALUES (26, 9, 'Russian', 'TOPB', '2022-05-05', 24);
INSERT INTO Hives VALUES (27, 1, 'Russian', 'WARRE', '2015-04-25', 8);
INSERT INTO Hives VALUES (28, 2, 'Russian', 'LANG', '2017-02-02', 10);
INSERT INTO Hives VALUES (29, 5, 'Russian', 'LANG', '2022-11-25', 8);
INSERT INTO Hives VALUES (30, 7, 'Italian', 'LANG', '2018-10-14', 10);
INSERT INTO Inspections VALUES (1, 9, 1, '2024-08-17', 'VARROA', '26', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (2, 27, 2, '2022-02-18', 'WEAK', '0', 'Swarm cells removed');
INSERT INTO Inspections VALUES (3, 11, 7, '2024-06-22', 'QUEENLESS', '3', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (4, 4, 14, '2024-09-03', 'NOSEMA', '1', 'Swarm cells removed');
INSERT INTO Inspections VALUES (5, 28, 3, '2024-12-21', 'HEALTHY', '0', 'Requeening advised');
INSERT INTO Inspections VALUES (6, 10, 7, '2023-05-17', 'VARROA', '13', 'Swarm cells removed');
INSERT INTO Inspections VALUES (7, 4, 11, '2022-12-13', 'HEALTHY', '1', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (8, 15, 7, '2024-03-05', 'HEALTHY', '2', 'Swarm cells removed');
INSERT INTO Inspections VALUES (9, 13, 7, '2023-05-23', 'HEALTHY', '2', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (10, 28, 1, '2023-01-24', 'HEALTHY', '0', 'No issues');
INSERT INTO Inspections VALUES (11, 17, 7, '2022-04-09', 'HEALTHY', '1', 'Swarm cells removed');
INSERT INTO Inspections VALUES (12, 5, 3, '2024-11-11', 'HEALTHY', '3', 'Brood pattern solid');
INSERT INTO Inspections VALUES (13, 4, 8, '2024-03-08', 'HEALTHY', '0', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (14, 17, 2, '2021-02-20', 'HEALTHY', '2', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (15, 12, 11, '2022-09-11', 'HEALTHY', '3', 'No issues');
INSERT INTO Inspections VALUES (16, 3, 1, '2023-12-17', 'NOSEMA', '3', 'Requeening advised');
INSERT INTO Inspections VALUES (17, 26, 2, '2023-10-01', 'HEALTHY', '2', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (18, 25, 1, '2023-04-25', 'QUEENLESS', '2', 'Requeening advised');
INSERT INTO Inspections VALUES (19, 19, 11, '2022-01-03', 'HEALTHY', '2', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (20, 24, 11, '2022-04-28', 'HEALTHY', '3', 'Requeening advised');
INSERT INTO Inspections VALUES (21, 3, 7, '2022-06-23', 'WEAK', '2', 'Requeening advised');
INSERT INTO Inspections VALUES (22, 2, 1, '2021-05-21', 'VARROA', '22', 'Swarm cells removed');
INSERT INTO Inspections VALUES (23, 6, 1, '2024-11-13', 'HEALTHY', '1', 'Added super');
INSERT INTO Inspections VALUES (24, 27, 5, '2024-08-11', 'VARROA', '26', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (25, 17, 8, '2022-10-25', 'HEALTHY', '2', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (26, 22, 1, '2022-01-08', 'HEALTHY', '0', 'Swarm cells removed');
INSERT INTO Inspections VALUES (27, 24, 11, '2021-04-22', 'WEAK', '0', 'Added super');
INSERT INTO Inspections VALUES (28, 16, 11, '2023-07-21', 'HEALTHY', '3', 'Added super');
INSERT INTO Inspections VALUES (29, 25, 3, '2022-03-12', 'QUEENLESS', '2', 'No issues');
INSERT INTO Inspections VALUES (30, 10, 8, '2024-10-07', 'HEALTHY', '2', 'Added super');
INSERT INTO Inspections VALUES (31, 4, 14, '2021-09-11', 'HEALTHY', '3', 'Added super');
INSERT INTO Inspections VALUES (32, 15, 8, '2022-11-11', 'VARROA', '22', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (33, 16, 7, '2022-02-15', 'NOSEMA', '1', 'Low stores, fed syrup');
INSERT INTO Inspections VALUES (34, 30, 11, '2023-02-13', 'VARROA', '16', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (35, 2, 3, '2022-01-04', 'NOSEMA', '1', 'Added super');
INSERT INTO Inspections VALUES (36, 23, 1, '2024-10-19', 'QUEENLESS', '0', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (37, 7, 13, '2024-09-26', 'NOSEMA', '2', 'Swarm cells removed');
INSERT INTO Inspections VALUES (38, 22, 2, '2024-08-04', 'HEALTHY', '2', 'Swarm cells removed');
INSERT INTO Inspections VALUES (39, 30, 2, '2022-04-24', 'HEALTHY', '2', 'Treated with oxalic acid');
INSERT INTO Inspections VALUES (40, 19, 1, '2023-05-17', 'QUEENLESS', '1', 'Added super');
INSERT INTO Honey_Harvests VALUES (1, 2, '2023-09-21', 28.4, 'B');
INSERT INTO Honey_Harvests VALUES (2, 30, '2023-08-02', 24.2, 'C');
INSERT INTO Honey_Harvests VALUES (3, 25, '2023-02-26', 7.5, 'A');
INSERT INTO Honey_Harvests VALUES (4, 17, '2024-03-10', 35.4, 'B');
INSERT INTO Honey_Harvests VALUES (5, 15, '2021-07-10', 12.6, 'A');
INSERT INTO Honey_Harvests VALUES (6, 12, '2023-02-15', 16.9, 'C');
INSERT INTO Honey_Harvests VALUES (7, 13, '2022-11-03', 8.2, 'A');
INSERT INTO Honey_Harvests VALUES (8, 18, '2024-11-01', 26.0, 'A');
INSERT INTO Honey_Harvests VALUES (9, 26, '2021-09-17', 17.6, 'A');
INSERT INTO Honey_Harvests VALUES (10, 18, '2022-01-19', 17.7, 'A');
INSERT INTO Honey_Harvests VALUES (11, 15, '2021-07-24', 16.8, 'A');
INSERT INTO Honey_Harvests VALUES (12, 21, '2022-12-16', 16.4, 'B');
INSERT INTO Honey_Harvests VALUES (13, 7, '2024-10-26', 9.7, 'B');
INSERT INTO Honey_Harvests VALUES (14, 16, '2021-02-04', 15.6, 'C');
INSERT INTO Honey_Harvests VALUES (15, 15, '2022-01-05', 17.9, 'A');
INSERT INTO Honey_Harvests VALUES (16, 10, '2023-10-05', 15.3, 'A');
INSERT INTO Honey_Harvests VALUES (17, 9, '2024-03-10', 19.1, 'A');
INSERT INTO Honey_Harvests VALUES (18, 18, '2023-02-26', 36.1, 'C');
INSERT INTO Honey_Harvests VALUES (19, 25, '2021-06-05', 15.2, 'B');
INSERT INTO Honey_Harvests VALUES (20, 9, '2021-09-12', 35.2, 'B');
INSERT INTO Honey_Harvests VALUES (21, 25, '2023-03-23', 27.9, 'A');
INSERT INTO Honey_Harvests VALUES (22, 10, '2021-05-12', 30.8, 'B');
INSERT INTO Honey_Harvests VALUES (23, 4, '2021-11-04', 13.8, 'B');
INSERT INTO Honey_Harvests VALUES (24, 16, '2023-10-21', 11.4, 'A');
INSERT INTO Honey_Harvests VALUES (25, 5, '2023-01-01', 6.1, 'C');
INSERT INTO Honey_Harvests VALUES (26, 16, '2022-09-21', 32.2, 'C');
INSERT INTO Honey_Harvests VALUES (27, 25, '2023-05-01', 8.3, 'C');
INSERT INTO Honey_Harvests VALUES (28, 12, '2023-06-02', 33.6, 'C');
INSERT INTO Honey_Harvests VALUES (29, 19, '2022-10-05', 18.6, 'C');
INSERT INTO Honey_Harvests VALUES (30, 21, '2024-06-13', 4.9, 'A');
INSERT INTO Honey_Harvests VALUES (31, 3, '2022-11-16', 32.2, 'B');
INSERT INTO Honey_Harvests VALUES (32, 23, '2024-01-20', 8.7, 'B');
INSERT INTO Honey_Harvests VALUES (33, 5, '2023-05-14', 10.5, 'A');
INSERT INTO Honey_Harvests VALUES (34, 20, '2022-04-19', 26.0, 'A');
INSERT INTO Honey_Harvests VALUES (35, 9, '2022-12-21', 34.3, 'C');
INSERT INTO Honey_Harvests VALUES (36, 7, '2022-12-15', 27.5, 'A');
INSERT INTO Honey_Harvests VALUES (37, 29, '2021-10-25', 22.9, 'C');
INSERT INTO Honey_Harvests VALUES (38, 1, '2021-08-01', 32.0, 'A');
INSERT INTO Equipment VALUES (1, 'Smoker', 'TOOL', '45.00', NULL);
INSERT INTO Equipment VALUES (2, 'Bee Suit', 'PROT', '120.00', 'New');
INSERT INTO Equipment VALUES (3, 'Honey Extractor', 'HARV', '680.00', 'New');
INSERT INTO Equipment VALUES (4, 'Hive Tool', 'TOOL', '12.50', 'New');
INSERT INTO Equipment VALUES (5, 'Uncapping Knife', 'HARV', '85.00', 'Needs cleaning');
INSERT INTO Equipment VALUES (6, 'Queen Excluder', 'HIVE', '18.00', 'Needs cleaning');
INSERT INTO Equipment VALUES (7, 'Veil', 'PROT', '25.00', NULL);
INSERT INTO Equipment VALUES (8, 'Refractometer', 'HARV', '140.00', 'New');
INSERT INTO Equipment VALUES (9, 'Bottling Tank', 'HARV', '310.00', 'New');
INSERT INTO Equipment VALUES (10, 'Frame Grip', 'TOOL', '22.00', NULL);
INSERT INTO Equipment VALUES (11, 'Nuc Box', 'HIVE', '55.00', 'Good condition');
INSERT INTO Equipment VALUES (12, 'Gloves', 'PROT', '15.00', 'New');
INSERT INTO Equipment_Loans VALUES (1, 20, 1, '2022-08-07', '2022-09-16', '25.00');
INSERT INTO Equipment_Loans VALUES (2, 2, 1, '2024-07-16', NULL, '5.00');
INSERT INTO Equipment_Loans VALUES (3, 18, 3, '2023-09-08', '2023-10-23', '5.00');
INSERT INTO Equipment_Loans VALUES (4, 15, 3, '2023-06-06', '2023-07-13', '0.00');
INSERT INTO Equipment_Loans VALUES (5, 19, 9, '2022-07-19', NULL, '20.00');
INSERT INTO Equipment_Loans VALUES (6, 12, 8, '2024-05-14', '2024-06-21', '40.00');
INSERT INTO Equipment_Loans VALUES (7, 20, 5, '2024-08-03', '2024-09-22', '20.00');
INSERT INTO Equipment_Loans VALUES (8, 6, 6, '2023-07-27', '2023-08-04', '5.00');
INSERT INTO Equipment_Loans VALUES (9, 7, 3, '2023-02-03', '2023-03-02', '0.00');
INSERT INTO Equipment_Loans VALUES (10, 6, 8, '2022-04-24', '2022-05-12', '20.00');
INSERT INTO Equipment_Loans VALUES (11, 16, 1, '2024-10-17', '2024-11-01', '40.00');
INSERT INTO Equipment_Loans VALUES (12, 4, 3, '2023-06-16', '2023-07-08', '15.00');
INSERT INTO Equipment_Loans VALUES (13, 5, 1, '2023-04-04', '2023-05-18', '40.00');
INSERT INTO Equipment_Loans VALUES (14, 4, 8, '2022-08-03', '2022-09-24', '15.00');
INSERT INTO Equipment_Loans VALUES (15, 4, 3, '2023-11-18', '2023-12-23', '40.00');
INSERT INTO Equipment_Loans VALUES (16, 16, 1, '2022-04-06', '2022-05-04', '0.00');
INSERT INTO Equipment_Loans VALUES (17, 3, 12, '2023-03-22', '2023-04-21', '20.00');
INSERT INTO Equipment_Loans VALUES (18, 6, 9, '2022-05-24', '2022-06-19', '5.00');
INSERT INTO Equipment_Loans VALUES (19, 4, 5, '2022-03-10', NULL, '10.00');
INSERT INTO Equipment_Loans VALUES (20, 19, 3, '2022-01-02', '2022-02-28', '5.00');
INSERT INTO Equipment_Loans VALUES (21, 1, 1, '2024-06-01', '2024-07-18', '15.00');
INSERT INTO Equipment_Loans VALUES (22, 19, 3, '2023-04-22', '2023-05-17', '15.00');
INSERT INTO Equipment_Loans VALUES (23, 3, 11, '2022-03-21', '2022-04-14', '10.00');
INSERT INTO Equipment_Loans VALUES (24, 16, 7, '2024-11-22', '2024-12-24', '25.00');
INSERT INTO Equipment_Loans VALUES (25, 12, 7, '2024-06-08', '2024-07-13', '10.00');
INSERT INTO Equipment_Loans VALUES (26, 12, 9, '2022-02-08', NULL, '0.00');
