PRAGMA foreign_keys = ON;
CREATE TABLE "team" (
"Team_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Founded_Year" INTEGER,
"Budget_Millions" REAL,
"Sponsor_Count" INTEGER
);
CREATE TABLE "pilot" (
"Pilot_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Country" TEXT,
"Team_ID" INTEGER,
"Years_Active" INTEGER,
"World_Rank" INTEGER,
"Is_Pro" TEXT,
FOREIGN KEY ("Team_ID") REFERENCES "team"("Team_ID")
);
CREATE TABLE "drone" (
"Drone_ID" INTEGER PRIMARY KEY,
"Model" TEXT,
"Manufacturer" TEXT,
"Frame_Size" INTEGER,
"Weight" INTEGER,
"Top_Speed" INTEGER,
"Price" REAL,
"Pilot_ID" INTEGER,
FOREIGN KEY ("Pilot_ID") REFERENCES "pilot"("Pilot_ID")
);
CREATE TABLE "race" (
"Race_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year" INTEGER,
"Laps" INTEGER,
"Track_Length" INTEGER,
"Attendance" INTEGER,
"Prize_Money" REAL,
"Status" TEXT
);
CREATE TABLE "race_result" (
"Race_ID" INTEGER,
"Pilot_ID" INTEGER,
"Drone_ID" INTEGER,
"Position" INTEGER,
"Points" INTEGER,
"Best_Lap" REAL,
PRIMARY KEY ("Race_ID", "Pilot_ID"),
FOREIGN KEY ("Race_ID") REFERENCES "race"("Race_ID"),
FOREIGN KEY ("Pilot_ID") REFERENCES "pilot"("Pilot_ID")
);
INSERT INTO team VALUES (1, 'Rotor Riot', 'United States', 2015, 4.2, 12);
INSERT INTO team VALUES (2, 'Team BlackSheep', 'Switzerland', 2011, 2.6, 12);
INSERT INTO team VALUES (3, 'Vortex Racing', 'United Kingdom', 2016, 6.1, 12);
INSERT INTO team VALUES (4, 'Skyline FPV', 'United States', 2017, 4.4, 9);
INSERT INTO team VALUES (5, 'Nordic Props', 'Germany', 2018, 0.6, 8);
INSERT INTO team VALUES (6, 'Kangaroo Quads', 'Australia', 2016, 5.1, 4);
INSERT INTO team VALUES (7, 'Samurai Drones', 'Japan', 2017, 4.4, 3);
INSERT INTO team VALUES (8, 'Falcon Squad', 'South Korea', 2019, 1.1, 8);
INSERT INTO team VALUES (9, 'Red Line FPV', 'United Kingdom', 2020, 5.7, 7);
INSERT INTO team VALUES (10, 'Apex Aerial', 'France', 2021, 3.7, 10);
INSERT INTO pilot VALUES (1, 'Zoe Ortiz', 22, 'United States', 1, 3, 32, 'T');
INSERT INTO pilot VALUES (2, 'Jordan Temple', 27, 'United States', 1, 3, 2, 'T');
INSERT INTO pilot VALUES (3, 'Luke Bannister', 15, 'United Kingdom', 3, 1, 94, 'F');
INSERT INTO pilot VALUES (4, 'Thomas Bitmatta', 31, 'United Kingdom', 3, 6, 28, 'T');
INSERT INTO pilot VALUES (5, 'Evan Turner', 24, 'United States', 4, 4, 53, 'T');
INSERT INTO pilot VALUES (6, 'Mario Haas', 35, 'Germany', 5, 9, 36, 'T');
INSERT INTO pilot VALUES (7, 'Felix Krause', 17, 'Germany', 2, 3, 24, 'T');
INSERT INTO pilot VALUES (8, 'Lena Vogel', 26, 'Germany', 5, 3, 112, 'F');
INSERT INTO pilot VALUES (9, 'Jake Mitchell', 29, 'Australia', 6, 4, 99, 'F');
INSERT INTO pilot VALUES (10, 'Chad Nowak', 16, 'Australia', 6, 2, 50, 'T');
INSERT INTO pilot VALUES (11, 'Ryo Tanaka', 33, 'Japan', 7, 5, 21, 'T');
INSERT INTO pilot VALUES (12, 'Kenji Sato', 21, 'Japan', 7, 1, 98, 'F');
INSERT INTO pilot VALUES (13, 'Min-jun Park', 18, 'South Korea', 8, 4, 103, 'F');
INSERT INTO pilot VALUES (14, 'Seo-yeon Kim', 25, 'South Korea', 8, 7, 10, 'T');
INSERT INTO pilot VALUES (15, 'Nico Baumann', 28, 'Switzerland', 2, 3, 18, 'T');
INSERT INTO pilot VALUES (16, 'Ana Lucia Costa', 23, 'Brazil', 4, 3, 80, 'F');
INSERT INTO pilot VALUES (17, 'Pierre Dubois', 38, 'France', 2, 5, 104, 'F');
INSERT INTO pilot VALUES (18, 'Oliver Grant', 20, 'United Kingdom', 3, 2, 57, 'T');
INSERT INTO pilot VALUES (19, 'Tyler Reed', 34, 'United States', 1, 6, 17, 'T');
INSERT INTO pilot VALUES (20, 'Sophie Laurent', 19, 'France', 2, 5, 101, 'F');
INSERT INTO pilot VALUES (21, 'Daniel Shin', 30, 'South Korea', 8, 1, 1, 'T');
INSERT INTO pilot VALUES (22, 'Matt Hughes', 37, 'Australia', 3, 6, 111, 'F');
INSERT INTO pilot VALUES (23, 'Hiro Yamada', 36, 'Japan', 7, 2, 27, 'T');
INSERT INTO pilot VALUES (24, 'Emma Carter', 32, 'United States', 1, 5, 116, 'F');
INSERT INTO drone VALUES (1, 'Source One', 'TBS', 220, 470, 165, 244.27, 1);
INSERT INTO drone VALUES (2, 'Badger', 'Armattan', 225, 637, 159, 371.59, 1);
INSERT INTO drone VALUES (3, 'Taycan', 'Diatone', 250, 455, 181, 498.47, 2);
INSERT INTO drone VALUES (4, 'Titan XL5', 'iFlight', 210, 581, 160, 690.73, 3);
INSERT INTO drone VALUES (5, 'Apex', 'ImpulseRC', 225, 637, 143, 509.85, 4);
INSERT INTO drone VALUES (6, 'Cidora', 'iFlight', 250, 447, 193, 348.72, 4);
INSERT INTO drone VALUES (7, 'Marmotte', 'Armattan', 220, 528, 180, 718.23, 5);
INSERT INTO drone VALUES (8, 'Chameleon', 'Armattan', 210, 401, 142, 712.82, 6);
INSERT INTO drone VALUES (9, 'Crocodile', 'GEPRC', 225, 608, 127, 531.52, 8);
INSERT INTO drone VALUES (10, 'Mark4', 'GEPRC', 250, 571, 152, 632.75, 9);
INSERT INTO drone VALUES (11, 'Roma F5', 'Diatone', 250, 454, 122, 271.16, 10);
INSERT INTO drone VALUES (12, 'Nazgul5', 'iFlight', 210, 575, 195, 339.2, 11);
INSERT INTO drone VALUES (13, 'Oblivion', 'TBS', 250, 540, 171, 337.15, 12);
INSERT INTO drone VALUES (14, 'Reverb', 'ImpulseRC', 250, 491, 121, 518.56, 13);
INSERT INTO drone VALUES (15, 'Alien', 'ImpulseRC', 250, 591, 155, 700.76, 14);
INSERT INTO drone VALUES (16, 'Taycan', 'Diatone', 210, 511, 170, 474.42, 15);
INSERT INTO drone VALUES (17, 'Cidora', 'iFlight', 225, 555, 146, 622.0, 18);
INSERT INTO drone VALUES (18, 'Oblivion', 'TBS', 250, 589, 191, 432.44, 19);
INSERT INTO drone VALUES (19, 'Chameleon', 'Armattan', 250, 644, 144, 696.89, 21);
INSERT INTO drone VALUES (20, 'Chameleon', 'Armattan', 210, 539, 157, 623.47, 22);
INSERT INTO drone VALUES (21, 'Mark4', 'GEPRC', 250, 455, 173, 356.06, 23);
INSERT INTO drone VALUES (22, 'Roma F5', 'Diatone', 225, 567, 120, 411.77, 3);
INSERT INTO race VALUES (1, 'DRL Allianz World Championship', 'Las Vegas', 'United States', 2019, 4, 980, 10470, 50.0, 'Completed');
INSERT INTO race VALUES (2, 'Drone Champions League Berlin', 'Berlin', 'Germany', 2019, 3, 690, 21410, 25.0, 'Completed');
INSERT INTO race VALUES (3, 'MultiGP International Open', 'Muncie', 'United States', 2020, 6, 720, 13130, 15.0, 'Cancelled');
INSERT INTO race VALUES (4, 'FAI Drone Racing World Cup Seoul', 'Seoul', 'South Korea', 2020, 4, 740, 20840, 250.0, 'Completed');
INSERT INTO race VALUES (5, 'Sydney Harbour Drone Prix', 'Sydney', 'Australia', 2021, 5, 1010, 16750, 5.0, 'Completed');
INSERT INTO race VALUES (6, 'London Night Race', 'London', 'United Kingdom', 2021, 6, 1040, 16920, 10.0, 'Completed');
INSERT INTO race VALUES (7, 'Tokyo Neon Cup', 'Tokyo', 'Japan', 2021, 3, 400, 7710, 100.0, 'Postponed');
INSERT INTO race VALUES (8, 'Munich Indoor Masters', 'Munich', 'Germany', 2022, 4, 760, 11840, 20.0, 'Completed');
INSERT INTO race VALUES (9, 'Geneva Lakeside Challenge', 'Geneva', 'Switzerland', 2022, 5, 1060, 13520, 120.0, 'Completed');
INSERT INTO race VALUES (10, 'Osaka Speed Trial', 'Osaka', 'Japan', 2022, 5, 750, 21520, 80.0, 'Completed');
INSERT INTO race VALUES (11, 'Busan Coastal Sprint', 'Busan', 'South Korea', 2023, 3, 970, 11480, 75.0, 'Cancelled');
INSERT INTO race VALUES (12, 'MultiGP Championship Finals', 'Muncie', 'United States', 2023, 5, 840, 18210, 60.0, 'Completed');
INSERT INTO race VALUES (13, 'Melbourne Park Race', 'Melbourne', 'Australia', 2023, 4, 420, 2000, 30.0, 'Completed');
INSERT INTO race VALUES (14, 'Manchester Arena Grand Prix', 'Manchester', 'United Kingdom', 2024, 3, 700, 14270, 150.0, 'Completed');
INSERT INTO race VALUES (15, 'Hamburg Harbour Showdown', 'Hamburg', 'Germany', 2024, 6, 510, 13790, 40.0, 'Postponed');
INSERT INTO race_result VALUES (1, 9, 10, 1, 10, 10.93);
INSERT INTO race_result VALUES (1, 1, 2, 2, 7, 10.96);
INSERT INTO race_result VALUES (1, 13, 14, 3, 5, 11.41);
INSERT INTO race_result VALUES (1, 5, 7, 4, 3, 12.16);
INSERT INTO race_result VALUES (1, 11, 12, 5, 1, 13.56);
INSERT INTO race_result VALUES (2, 11, 12, 1, 10, 9.71);
INSERT INTO race_result VALUES (2, 5, 7, 2, 7, 12.9);
INSERT INTO race_result VALUES (2, 3, 22, 3, 5, 13.55);
INSERT INTO race_result VALUES (4, 3, 4, 1, 10, 9.13);
INSERT INTO race_result VALUES (4, 9, 10, 2, 7, 12.51);
INSERT INTO race_result VALUES (4, 14, 15, 3, 5, 12.61);
INSERT INTO race_result VALUES (4, 1, 1, 4, 3, 13.89);
INSERT INTO race_result VALUES (4, 11, 12, 5, 1, 13.99);
INSERT INTO race_result VALUES (5, 19, 18, 1, 10, 9.34);
INSERT INTO race_result VALUES (5, 23, 21, 2, 7, 9.93);
INSERT INTO race_result VALUES (5, 11, 12, 3, 5, 10.07);
INSERT INTO race_result VALUES (5, 6, 8, 4, 3, 11.78);
INSERT INTO race_result VALUES (5, 3, 4, 5, 1, 13.01);
INSERT INTO race_result VALUES (6, 4, 6, 1, 10, 9.69);
INSERT INTO race_result VALUES (6, 10, 11, 2, 7, 10.77);
INSERT INTO race_result VALUES (6, 1, 2, 3, 5, 11.45);
INSERT INTO race_result VALUES (6, 2, 3, 4, 3, 12.28);
INSERT INTO race_result VALUES (6, 11, 12, 5, 1, 13.57);
INSERT INTO race_result VALUES (8, 9, 10, 1, 10, 9.67);
INSERT INTO race_result VALUES (8, 3, 22, 2, 7, 10.17);
INSERT INTO race_result VALUES (8, 13, 14, 3, 5, 11.58);
INSERT INTO race_result VALUES (9, 3, 22, 1, 10, 9.18);
INSERT INTO race_result VALUES (9, 1, 1, 2, 7, 11.87);
INSERT INTO race_result VALUES (9, 4, 6, 3, 5, 13.32);
INSERT INTO race_result VALUES (10, 6, 8, 1, 10, 9.27);
INSERT INTO race_result VALUES (10, 4, 5, 2, 7, 9.75);
INSERT INTO race_result VALUES (10, 14, 15, 3, 5, 12.63);
INSERT INTO race_result VALUES (10, 1, 2, 4, 3, 13.76);
INSERT INTO race_result VALUES (12, 3, 22, 1, 10, 10.18);
INSERT INTO race_result VALUES (12, 10, 11, 2, 7, 10.67);
INSERT INTO race_result VALUES (12, 4, 6, 3, 5, 12.07);
INSERT INTO race_result VALUES (13, 12, 13, 1, 10, 9.18);
INSERT INTO race_result VALUES (13, 4, 5, 2, 7, 10.81);
INSERT INTO race_result VALUES (13, 10, 11, 3, 5, 13.81);
INSERT INTO race_result VALUES (14, 2, 3, 1, 10, 9.2);
INSERT INTO race_result VALUES (14, 1, 1, 2, 7, 11.4);
INSERT INTO race_result VALUES (14, 3, 22, 3, 5, 13.45);
