PRAGMA foreign_keys = ON;

CREATE TABLE "Resort" (
"resort_id" INTEGER PRIMARY KEY,
"Resort_Name" VARCHAR(80),
"Country" VARCHAR(50),
"Top_Elevation" INTEGER,
"Opened_Year" TEXT,
"other_details" VARCHAR(255)
);

CREATE TABLE "Ref_Lift_Types" (
"lift_type_code" CHAR(15) PRIMARY KEY,
"lift_type_description" VARCHAR(80)
);

CREATE TABLE "Lift" (
"lift_id" INTEGER PRIMARY KEY,
"resort_id" INTEGER NOT NULL,
"Lift_Name" VARCHAR(80),
"lift_type_code" CHAR(15),
"Capacity_Per_Hour" INTEGER,
"Length" TEXT,
FOREIGN KEY ("resort_id") REFERENCES "Resort"("resort_id")
);

CREATE TABLE "Instructor" (
"instructor_id" INTEGER PRIMARY KEY,
"Name" VARCHAR(80),
"Nationality" VARCHAR(50),
"Years_Certified" INTEGER,
"gender_code" CHAR(1)
);

CREATE TABLE "Lesson" (
"lesson_id" INTEGER PRIMARY KEY,
"instructor_id" INTEGER NOT NULL,
"resort_id" INTEGER NOT NULL,
"date_of_lesson" DATETIME,
"level_code" CHAR(15),
"Number_of_Students" INTEGER,
"Price" REAL,
FOREIGN KEY ("instructor_id") REFERENCES "Instructor"("instructor_id")
);

CREATE TABLE "Guest" (
"guest_id" INTEGER PRIMARY KEY,
"Guest_Name" VARCHAR(80),
"Age" TEXT,
"Home_Country" VARCHAR(50)
);

CREATE TABLE "Guest_Lesson" (
"guest_id" INTEGER NOT NULL,
"lesson_id" INTEGER NOT NULL,
PRIMARY KEY ("guest_id", "lesson_id"),
FOREIGN KEY ("guest_id") REFERENCES "Guest"("guest_id"),
FOREIGN KEY ("lesson_id") REFERENCES "Lesson"("lesson_id")
);

INSERT INTO "Resort" VALUES (1, 'Zermatt', 'Switzerland', 3883, '1898', 'Matterhorn glacier paradise');
INSERT INTO "Resort" VALUES (2, 'St. Anton', 'Austria', 2811, '1937', 'Arlberg ski area');
INSERT INTO "Resort" VALUES (3, 'Chamonix', 'France', 3842, '1924', 'Host of first Winter Olympics');
INSERT INTO "Resort" VALUES (4, 'Val d''Isere', 'France', 3456, '1934', 'Espace Killy');
INSERT INTO "Resort" VALUES (5, 'Whistler Blackcomb', 'Canada', 2284, '1966', 'Peak 2 Peak gondola');
INSERT INTO "Resort" VALUES (6, 'Vail', 'USA', 3527, '1962', 'Back Bowls');
INSERT INTO "Resort" VALUES (7, 'Niseko United', 'Japan', 1308, '1961', 'Powder snow');
INSERT INTO "Resort" VALUES (8, 'Kitzbuhel', 'Austria', 2000, '1928', 'Hahnenkamm race');
INSERT INTO "Resort" VALUES (9, 'Cortina d''Ampezzo', 'Italy', 2930, '1956', 'Dolomiti Superski');
INSERT INTO "Resort" VALUES (10, 'Aspen Snowmass', 'USA', 3813, '1946', 'Four mountains');
INSERT INTO "Resort" VALUES (11, 'Verbier', 'Switzerland', 3330, '1950', '4 Vallees');
INSERT INTO "Resort" VALUES (12, 'Hakuba Happo-one', 'Japan', 1831, '1958', '1998 Olympic venue');
INSERT INTO "Resort" VALUES (13, 'Portillo', 'Chile', 3310, '1949', 'Laguna del Inca');
INSERT INTO "Resort" VALUES (14, 'Are', 'Sweden', 1274, '1910', 'Largest resort in Scandinavia');

INSERT INTO "Ref_Lift_Types" VALUES ('GON', 'Gondola');
INSERT INTO "Ref_Lift_Types" VALUES ('CHR', 'Chairlift');
INSERT INTO "Ref_Lift_Types" VALUES ('TBAR', 'T-bar');
INSERT INTO "Ref_Lift_Types" VALUES ('CAB', 'Aerial cable car');
INSERT INTO "Ref_Lift_Types" VALUES ('FUN', 'Funicular');

INSERT INTO "Lift" VALUES (1, 1, 'Matterhorn Express', 'GON', 2400, '3150.0');
INSERT INTO "Lift" VALUES (2, 1, 'Klein Matterhorn', 'CAB', 1000, '3900.5');
INSERT INTO "Lift" VALUES (3, 1, 'Sunnegga', 'FUN', 2700, '1560.0');
INSERT INTO "Lift" VALUES (4, 1, 'Hirli', 'CHR', 1800, '1240.5');
INSERT INTO "Lift" VALUES (5, 2, 'Galzigbahn', 'GON', 2200, '1620.0');
INSERT INTO "Lift" VALUES (6, 2, 'Valluga', 'CAB', 650, '2050.0');
INSERT INTO "Lift" VALUES (7, 2, 'Nassereinbahn', 'GON', 2900, '2790.5');
INSERT INTO "Lift" VALUES (8, 3, 'Aiguille du Midi', 'CAB', 550, '2870.0');
INSERT INTO "Lift" VALUES (9, 3, 'Grands Montets', 'GON', 1500, '2180.0');
INSERT INTO "Lift" VALUES (10, 3, 'Bochard', 'GON', 1650, '2600.0');
INSERT INTO "Lift" VALUES (11, 3, 'Herse', 'TBAR', 900, '640.0');
INSERT INTO "Lift" VALUES (12, 4, 'Olympique', 'GON', 3000, '2110.0');
INSERT INTO "Lift" VALUES (13, 4, 'Solaise Express', 'CHR', 3200, '1990.5');
INSERT INTO "Lift" VALUES (14, 4, 'Funival', 'FUN', 3100, '1970.0');
INSERT INTO "Lift" VALUES (15, 5, 'Peak 2 Peak', 'GON', 2050, '4400.0');
INSERT INTO "Lift" VALUES (16, 5, 'Whistler Village Gondola', 'GON', 3600, '5000.0');
INSERT INTO "Lift" VALUES (17, 5, 'Glacier Express', 'CHR', 2400, '1570.0');
INSERT INTO "Lift" VALUES (18, 5, 'Horstman T-Bar', 'TBAR', 1100, '580.0');
INSERT INTO "Lift" VALUES (19, 6, 'Eagle Bahn', 'GON', 3400, '3100.0');
INSERT INTO "Lift" VALUES (20, 6, 'Mountaintop Express', 'CHR', 3600, '2230.0');
INSERT INTO "Lift" VALUES (21, 6, 'Sun Up Express', 'CHR', 2800, '1550.0');
INSERT INTO "Lift" VALUES (22, 7, 'Hirafu Gondola', 'GON', 1240, '2000.0');
INSERT INTO "Lift" VALUES (23, 7, 'King Bell Chair', 'CHR', 1750, '1120.0');
INSERT INTO "Lift" VALUES (24, 8, 'Hahnenkammbahn', 'GON', 2000, '3580.0');
INSERT INTO "Lift" VALUES (25, 8, '3S Bahn', 'GON', 3800, '3640.5');
INSERT INTO "Lift" VALUES (26, 9, 'Freccia nel Cielo', 'CAB', 700, '2650.0');
INSERT INTO "Lift" VALUES (27, 9, 'Tofana Express', 'CHR', 2500, '1730.0');
INSERT INTO "Lift" VALUES (28, 10, 'Silver Queen Gondola', 'GON', 2300, '4420.0');
INSERT INTO "Lift" VALUES (29, 10, 'Elk Camp Gondola', 'GON', 2000, '2500.0');
INSERT INTO "Lift" VALUES (30, 11, 'Medran', 'GON', 3300, '2350.0');
INSERT INTO "Lift" VALUES (31, 11, 'Mont Fort', 'CAB', 1050, '1800.5');
INSERT INTO "Lift" VALUES (32, 12, 'Adam Gondola', 'GON', 2450, '3200.0');
INSERT INTO "Lift" VALUES (33, 14, 'VM8', 'GON', 2600, '2110.0');
INSERT INTO "Lift" VALUES (34, 14, 'Fjallgardsliften', 'TBAR', 1200, '890.0');

INSERT INTO "Instructor" VALUES (1, 'Lukas Berger', 'Austria', 14, 'M');
INSERT INTO "Instructor" VALUES (2, 'Sophie Martin', 'France', 9, 'F');
INSERT INTO "Instructor" VALUES (3, 'Marco Rossi', 'Italy', 12, 'M');
INSERT INTO "Instructor" VALUES (4, 'Anna Keller', 'Switzerland', 6, 'F');
INSERT INTO "Instructor" VALUES (5, 'Jake Thompson', 'USA', 4, 'M');
INSERT INTO "Instructor" VALUES (6, 'Emily Clarke', 'Canada', 11, 'F');
INSERT INTO "Instructor" VALUES (7, 'Kenji Sato', 'Japan', 8, 'M');
INSERT INTO "Instructor" VALUES (8, 'Pierre Dubois', 'France', 17, 'M');
INSERT INTO "Instructor" VALUES (9, 'Hannah Wolf', 'Austria', 3, 'F');
INSERT INTO "Instructor" VALUES (10, 'Ryan Mitchell', 'Canada', 7, 'M');
INSERT INTO "Instructor" VALUES (11, 'Giulia Bianchi', 'Italy', 5, 'F');
INSERT INTO "Instructor" VALUES (12, 'Nils Andersson', 'Sweden', 10, 'M');
INSERT INTO "Instructor" VALUES (13, 'Laura Fischer', 'Switzerland', 2, 'F');
INSERT INTO "Instructor" VALUES (14, 'Tom Becker', 'USA', 15, 'M');
INSERT INTO "Instructor" VALUES (15, 'Yuki Tanaka', 'Japan', 1, 'F');

INSERT INTO "Lesson" VALUES (1, 9, 8, '2023-02-12 14:00:00', 'ADV', 7, 295.00);
INSERT INTO "Lesson" VALUES (2, 7, 8, '2023-02-06 10:00:00', 'EXP', 8, 440.00);
INSERT INTO "Lesson" VALUES (3, 8, 7, '2022-12-17 10:00:00', 'EXP', 4, 290.00);
INSERT INTO "Lesson" VALUES (4, 8, 3, '2023-03-26 10:00:00', 'ADV', 1, 160.00);
INSERT INTO "Lesson" VALUES (5, 6, 4, '2023-02-26 13:00:00', 'EXP', 5, 340.00);
INSERT INTO "Lesson" VALUES (6, 12, 12, '2022-12-27 09:00:00', 'INT', 4, 185.00);
INSERT INTO "Lesson" VALUES (7, 12, 12, '2023-02-19 10:00:00', 'EXP', 5, 340.00);
INSERT INTO "Lesson" VALUES (8, 6, 5, '2023-01-04 09:00:00', 'INT', 7, 245.00);
INSERT INTO "Lesson" VALUES (9, 3, 12, '2023-02-24 09:00:00', 'INT', 8, 265.00);
INSERT INTO "Lesson" VALUES (10, 8, 5, '2022-12-12 10:00:00', 'INT', 7, 235.00);
INSERT INTO "Lesson" VALUES (11, 2, 10, '2023-03-13 13:00:00', 'BEG', 5, 155.00);
INSERT INTO "Lesson" VALUES (12, 12, 2, '2022-12-02 13:00:00', 'INT', 5, 195.00);
INSERT INTO "Lesson" VALUES (13, 12, 10, '2022-12-02 09:00:00', 'EXP', 5, 330.00);
INSERT INTO "Lesson" VALUES (14, 9, 4, '2023-02-13 09:00:00', 'INT', 8, 265.00);
INSERT INTO "Lesson" VALUES (15, 2, 2, '2023-01-06 10:00:00', 'ADV', 2, 175.00);
INSERT INTO "Lesson" VALUES (16, 9, 1, '2023-01-10 13:00:00', 'ADV', 8, 335.00);
INSERT INTO "Lesson" VALUES (17, 12, 3, '2023-02-28 13:00:00', 'BEG', 1, 105.00);
INSERT INTO "Lesson" VALUES (18, 12, 11, '2022-12-11 14:00:00', 'EXP', 4, 290.00);
INSERT INTO "Lesson" VALUES (19, 12, 8, '2023-02-16 13:00:00', 'INT', 2, 150.00);
INSERT INTO "Lesson" VALUES (20, 2, 9, '2023-01-01 13:00:00', 'EXP', 1, 200.00);
INSERT INTO "Lesson" VALUES (21, 8, 1, '2022-12-02 13:00:00', 'ADV', 4, 225.00);
INSERT INTO "Lesson" VALUES (22, 5, 6, '2022-12-04 09:00:00', 'BEG', 7, 200.00);
INSERT INTO "Lesson" VALUES (23, 10, 7, '2022-12-09 13:00:00', 'INT', 5, 195.00);
INSERT INTO "Lesson" VALUES (24, 4, 3, '2023-02-03 10:00:00', 'EXP', 7, 400.00);
INSERT INTO "Lesson" VALUES (25, 4, 8, '2023-01-19 09:00:00', 'EXP', 2, 220.00);
INSERT INTO "Lesson" VALUES (26, 8, 11, '2023-03-02 10:00:00', 'EXP', 5, 335.00);
INSERT INTO "Lesson" VALUES (27, 7, 8, '2022-12-23 13:00:00', 'BEG', 7, 200.00);
INSERT INTO "Lesson" VALUES (28, 5, 4, '2023-01-04 09:00:00', 'INT', 5, 210.00);
INSERT INTO "Lesson" VALUES (29, 10, 4, '2022-12-28 10:00:00', 'EXP', 8, 440.00);
INSERT INTO "Lesson" VALUES (30, 3, 6, '2022-12-11 10:00:00', 'EXP', 8, 445.00);
INSERT INTO "Lesson" VALUES (31, 9, 6, '2023-03-16 14:00:00', 'EXP', 4, 305.00);
INSERT INTO "Lesson" VALUES (32, 7, 8, '2023-02-26 10:00:00', 'INT', 5, 205.00);
INSERT INTO "Lesson" VALUES (33, 5, 11, '2023-02-11 14:00:00', 'BEG', 4, 150.00);
INSERT INTO "Lesson" VALUES (34, 5, 6, '2023-02-18 13:00:00', 'ADV', 7, 295.00);
INSERT INTO "Lesson" VALUES (35, 12, 8, '2023-03-27 09:00:00', 'ADV', 5, 245.00);
INSERT INTO "Lesson" VALUES (36, 3, 7, '2023-03-06 14:00:00', 'BEG', 2, 125.00);

INSERT INTO "Guest" VALUES (1, 'Oliver Smith', '34', 'United Kingdom');
INSERT INTO "Guest" VALUES (2, 'Emma Johnson', '28', 'USA');
INSERT INTO "Guest" VALUES (3, 'Liam Brown', '41', 'Canada');
INSERT INTO "Guest" VALUES (4, 'Mia Schneider', '19', 'Germany');
INSERT INTO "Guest" VALUES (5, 'Noah Williams', '52', 'USA');
INSERT INTO "Guest" VALUES (6, 'Chloe Dupont', '23', 'France');
INSERT INTO "Guest" VALUES (7, 'Lucas van Dijk', '37', 'Netherlands');
INSERT INTO "Guest" VALUES (8, 'Sofia Garcia', '30', 'Spain');
INSERT INTO "Guest" VALUES (9, 'Ethan Davis', '16', 'Australia');
INSERT INTO "Guest" VALUES (10, 'Isabella Conti', '45', 'Italy');
INSERT INTO "Guest" VALUES (11, 'James Wilson', '60', 'United Kingdom');
INSERT INTO "Guest" VALUES (12, 'Ava Taylor', '12', 'Australia');
INSERT INTO "Guest" VALUES (13, 'Max Muller', '26', 'Germany');
INSERT INTO "Guest" VALUES (14, 'Lena Novak', '33', 'Czech Republic');
INSERT INTO "Guest" VALUES (15, 'Daniel Kim', '29', 'South Korea');
INSERT INTO "Guest" VALUES (16, 'Grace Lee', '38', 'Singapore');
INSERT INTO "Guest" VALUES (17, 'Henry Moore', '48', 'USA');
INSERT INTO "Guest" VALUES (18, 'Zoe Martin', '21', 'Canada');
INSERT INTO "Guest" VALUES (19, 'Oscar Nilsson', '55', 'Sweden');
INSERT INTO "Guest" VALUES (20, 'Hana Suzuki', '27', 'Japan');
INSERT INTO "Guest" VALUES (21, 'Jack White', '14', 'United Kingdom');
INSERT INTO "Guest" VALUES (22, 'Ella Fischer', '36', 'Germany');
INSERT INTO "Guest" VALUES (23, 'Leo Jansen', '43', 'Netherlands');
INSERT INTO "Guest" VALUES (24, 'Amelia Clark', '31', 'Australia');
INSERT INTO "Guest" VALUES (25, 'Felix Wagner', '50', 'Germany');
INSERT INTO "Guest" VALUES (26, 'Ruby Evans', '24', 'United Kingdom');
INSERT INTO "Guest" VALUES (27, 'Mateo Lopez', '39', 'Spain');
INSERT INTO "Guest" VALUES (28, 'Chen Wei', '32', 'China');

INSERT INTO "Guest_Lesson" VALUES (1, 16);
INSERT INTO "Guest_Lesson" VALUES (2, 15);
INSERT INTO "Guest_Lesson" VALUES (2, 20);
INSERT INTO "Guest_Lesson" VALUES (2, 30);
INSERT INTO "Guest_Lesson" VALUES (2, 34);
INSERT INTO "Guest_Lesson" VALUES (3, 1);
INSERT INTO "Guest_Lesson" VALUES (3, 29);
INSERT INTO "Guest_Lesson" VALUES (4, 17);
INSERT INTO "Guest_Lesson" VALUES (4, 27);
INSERT INTO "Guest_Lesson" VALUES (5, 9);
INSERT INTO "Guest_Lesson" VALUES (5, 23);
INSERT INTO "Guest_Lesson" VALUES (5, 29);
INSERT INTO "Guest_Lesson" VALUES (5, 34);
INSERT INTO "Guest_Lesson" VALUES (7, 13);
INSERT INTO "Guest_Lesson" VALUES (7, 14);
INSERT INTO "Guest_Lesson" VALUES (8, 8);
INSERT INTO "Guest_Lesson" VALUES (9, 17);
INSERT INTO "Guest_Lesson" VALUES (10, 6);
INSERT INTO "Guest_Lesson" VALUES (10, 7);
INSERT INTO "Guest_Lesson" VALUES (10, 14);
INSERT INTO "Guest_Lesson" VALUES (11, 13);
INSERT INTO "Guest_Lesson" VALUES (11, 14);
INSERT INTO "Guest_Lesson" VALUES (12, 25);
INSERT INTO "Guest_Lesson" VALUES (12, 27);
INSERT INTO "Guest_Lesson" VALUES (13, 30);
INSERT INTO "Guest_Lesson" VALUES (13, 34);
INSERT INTO "Guest_Lesson" VALUES (13, 36);
INSERT INTO "Guest_Lesson" VALUES (15, 1);
INSERT INTO "Guest_Lesson" VALUES (15, 3);
INSERT INTO "Guest_Lesson" VALUES (15, 20);
INSERT INTO "Guest_Lesson" VALUES (16, 26);
INSERT INTO "Guest_Lesson" VALUES (17, 36);
INSERT INTO "Guest_Lesson" VALUES (19, 12);
INSERT INTO "Guest_Lesson" VALUES (19, 27);
INSERT INTO "Guest_Lesson" VALUES (19, 35);
INSERT INTO "Guest_Lesson" VALUES (21, 11);
INSERT INTO "Guest_Lesson" VALUES (22, 14);
INSERT INTO "Guest_Lesson" VALUES (22, 31);
INSERT INTO "Guest_Lesson" VALUES (24, 14);
INSERT INTO "Guest_Lesson" VALUES (24, 18);
