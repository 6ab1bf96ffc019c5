PRAGMA foreign_keys = ON;
CREATE TABLE "Ref_Boat_Classes" (
"Boat_Class_Code" TEXT PRIMARY KEY,
"Class_Description" TEXT,
"Crew_Size" INTEGER,
"Coxed" TEXT
);

CREATE TABLE "Clubs" (
"Club_ID" INTEGER PRIMARY KEY,
"Club_Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Founded_Year" TEXT,
"other_details" TEXT
);

CREATE TABLE "Rowers" (
"Rower_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Club_ID" INTEGER,
"Age" INTEGER,
"Weight" REAL,
"Nationality" TEXT,
FOREIGN KEY ("Club_ID") REFERENCES "Clubs"("Club_ID")
);

CREATE TABLE "Regattas" (
"Regatta_ID" INTEGER PRIMARY KEY,
"Regatta_Name" TEXT,
"Venue" TEXT,
"Country" TEXT,
"Regatta_Date" TEXT
);

CREATE TABLE "Races" (
"Race_ID" INTEGER PRIMARY KEY,
"Regatta_ID" INTEGER,
"Boat_Class_Code" TEXT,
"Distance" INTEGER,
"Round" TEXT
);

CREATE TABLE "Race_Results" (
"Result_ID" INTEGER PRIMARY KEY,
"Race_ID" INTEGER,
"Club_ID" INTEGER,
"Lane" INTEGER,
"Finish_Time" REAL,
"Position" INTEGER,
"Boat_Builder" TEXT,
"Boat_Year_Built" TEXT,
FOREIGN KEY ("Race_ID") REFERENCES "Races"("Race_ID"),
FOREIGN KEY ("Club_ID") REFERENCES "Clubs"("Club_ID")
);

CREATE TABLE "Result_Rowers" (
"Result_ID" INTEGER,
"Rower_ID" INTEGER,
"Seat" TEXT,
PRIMARY KEY ("Result_ID", "Rower_ID"),
FOREIGN KEY ("Result_ID") REFERENCES "Race_Results"("Result_ID"),
FOREIGN KEY ("Rower_ID") REFERENCES "Rowers"("Rower_ID")
);

CREATE TABLE "Challenges" (
"Challenge_ID" INTEGER PRIMARY KEY,
"Home_Club_ID" INTEGER,
"Away_Club_ID" INTEGER,
"Boat_Class_Code" TEXT,
"Challenge_Date" TEXT,
"Venue" TEXT,
"Margin_Seconds" REAL,
"Winner" TEXT,
"status_code" TEXT,
FOREIGN KEY ("Home_Club_ID") REFERENCES "Clubs"("Club_ID"),
FOREIGN KEY ("Away_Club_ID") REFERENCES "Clubs"("Club_ID"),
FOREIGN KEY ("Boat_Class_Code") REFERENCES "Ref_Boat_Classes"("Boat_Class_Code")
);

INSERT INTO "Ref_Boat_Classes" VALUES ('1x', 'Single Sculls', 1, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('2x', 'Double Sculls', 2, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('2-', 'Coxless Pair', 2, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('2+', 'Coxed Pair', 2, 'Y');
INSERT INTO "Ref_Boat_Classes" VALUES ('4x', 'Quadruple Sculls', 4, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('4-', 'Coxless Four', 4, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('4+', 'Coxed Four', 4, 'Y');
INSERT INTO "Ref_Boat_Classes" VALUES ('8+', 'Eight', 8, 'Y');
INSERT INTO "Ref_Boat_Classes" VALUES ('LM1x', 'Lightweight Single Sculls', 1, 'N');
INSERT INTO "Ref_Boat_Classes" VALUES ('LM2x', 'Lightweight Double Sculls', 2, 'N');
INSERT INTO "Clubs" VALUES (1, 'Leander Club', 'Henley-on-Thames', 'United Kingdom', '1818', 'Pink hippo emblem');
INSERT INTO "Clubs" VALUES (2, 'Thames Rowing Club', 'London', 'United Kingdom', '1860', NULL);
INSERT INTO "Clubs" VALUES (3, 'London Rowing Club', 'London', 'United Kingdom', '1856', NULL);
INSERT INTO "Clubs" VALUES (4, 'Agecroft Rowing Club', 'Salford', 'United Kingdom', '1861', 'Moved to new boathouse in 2007');
INSERT INTO "Clubs" VALUES (5, 'Berliner Ruder-Club', 'Berlin', 'Germany', '1880', NULL);
INSERT INTO "Clubs" VALUES (6, 'Der Hamburger und Germania Ruder Club', 'Hamburg', 'Germany', '1836', 'Oldest rowing club in Germany');
INSERT INTO "Clubs" VALUES (7, 'Mainzer Ruder-Verein', 'Mainz', 'Germany', '1878', NULL);
INSERT INTO "Clubs" VALUES (8, 'Societe Nautique de la Marne', 'Joinville-le-Pont', 'France', '1876', NULL);
INSERT INTO "Clubs" VALUES (9, 'Aviron Bayonnais', 'Bayonne', 'France', '1904', 'Multi-sport association');
INSERT INTO "Clubs" VALUES (10, 'Canottieri Aniene', 'Rome', 'Italy', '1892', NULL);
INSERT INTO "Clubs" VALUES (11, 'Societa Canottieri Milano', 'Milan', 'Italy', '1890', NULL);
INSERT INTO "Clubs" VALUES (12, 'Vesper Boat Club', 'Philadelphia', 'United States', '1865', 'Boathouse Row');
INSERT INTO "Clubs" VALUES (13, 'Riverside Boat Club', 'Cambridge', 'United States', '1869', NULL);
INSERT INTO "Clubs" VALUES (14, 'Sydney Rowing Club', 'Sydney', 'Australia', '1870', NULL);
INSERT INTO "Clubs" VALUES (15, 'Mercantile Rowing Club', 'Melbourne', 'Australia', '1880', NULL);
INSERT INTO "Clubs" VALUES (16, 'Argonaut Rowing Club', 'Toronto', 'Canada', '1872', NULL);
INSERT INTO "Clubs" VALUES (17, 'De Hoop', 'Amsterdam', 'Netherlands', '1888', NULL);
INSERT INTO "Clubs" VALUES (18, 'A.S.R. Nereus', 'Amsterdam', 'Netherlands', '1893', 'Student club');
INSERT INTO "Clubs" VALUES (19, 'Danske Studenters Roklub', 'Copenhagen', 'Denmark', '1867', NULL);
INSERT INTO "Clubs" VALUES (20, 'Seeclub Zurich', 'Zurich', 'Switzerland', '1862', NULL);
INSERT INTO "Clubs" VALUES (21, 'Waiariki Rowing Club', 'Rotorua', 'New Zealand', NULL, NULL);
INSERT INTO "Rowers" VALUES (1, 'Oliver Hartley', 1, 35, 81.5, 'British');
INSERT INTO "Rowers" VALUES (2, 'James Whitmore', 1, 30, 94.3, 'British');
INSERT INTO "Rowers" VALUES (3, 'Thomas Ashford', 1, 30, 96.5, 'British');
INSERT INTO "Rowers" VALUES (4, 'Emily Barnes', 2, 20, 79.2, 'British');
INSERT INTO "Rowers" VALUES (5, 'George Pennington', 2, 28, 73.4, 'British');
INSERT INTO "Rowers" VALUES (6, 'Samuel Okafor', 3, 26, 83.5, 'British');
INSERT INTO "Rowers" VALUES (7, 'William Drake', 3, 31, 83.0, 'British');
INSERT INTO "Rowers" VALUES (8, 'Lukas Brandt', 5, 33, 89.2, 'German');
INSERT INTO "Rowers" VALUES (9, 'Felix Hoffmann', 5, 28, 82.0, 'German');
INSERT INTO "Rowers" VALUES (10, 'Jonas Weber', 6, 20, 82.6, 'German');
INSERT INTO "Rowers" VALUES (11, 'Maximilian Kruger', 6, 31, 73.9, 'German');
INSERT INTO "Rowers" VALUES (12, 'Tobias Schafer', 7, 20, 82.2, 'German');
INSERT INTO "Rowers" VALUES (13, 'Antoine Dubois', 8, 34, 94.7, 'French');
INSERT INTO "Rowers" VALUES (14, 'Hugo Lefevre', 8, 26, NULL, 'French');
INSERT INTO "Rowers" VALUES (15, 'Matteo Rossi', 10, 20, 81.1, 'Italian');
INSERT INTO "Rowers" VALUES (16, 'Luca Bianchi', 10, 29, 73.5, 'Italian');
INSERT INTO "Rowers" VALUES (17, 'Alessandro Conti', 11, 30, 91.1, 'Italian');
INSERT INTO "Rowers" VALUES (18, 'Davide Marchetti', 11, 33, 75.8, 'Italian');
INSERT INTO "Rowers" VALUES (19, 'Ryan Caldwell', 12, 32, 88.2, 'American');
INSERT INTO "Rowers" VALUES (20, 'Michael Donnelly', 12, 22, 91.6, 'American');
INSERT INTO "Rowers" VALUES (21, 'Ethan Brooks', 13, 20, 97.0, 'American');
INSERT INTO "Rowers" VALUES (22, 'Jack Morrison', 14, 35, 74.8, 'Australian');
INSERT INTO "Rowers" VALUES (23, 'Liam O''Connor', 14, 26, 78.4, 'Australian');
INSERT INTO "Rowers" VALUES (24, 'Hamish Clarke', 15, 27, 84.9, 'Australian');
INSERT INTO "Rowers" VALUES (25, 'Connor Mitchell', 16, 25, 80.3, 'Canadian');
INSERT INTO "Rowers" VALUES (26, 'Daniel Tremblay', 16, 27, 80.0, 'Canadian');
INSERT INTO "Rowers" VALUES (27, 'Sander de Vries', 17, 30, 76.1, 'Dutch');
INSERT INTO "Rowers" VALUES (28, 'Bram Jansen', 17, 26, 71.5, 'Dutch');
INSERT INTO "Rowers" VALUES (29, 'Koen Visser', 18, 19, 86.4, 'Dutch');
INSERT INTO "Rowers" VALUES (30, 'Roel Bakker', 18, 32, 75.5, 'Dutch');
INSERT INTO "Rowers" VALUES (31, 'Nico Steiner', 20, 30, 89.0, 'Swiss');
INSERT INTO "Rowers" VALUES (32, 'Roman Keller', 20, 35, 72.2, 'Swiss');
INSERT INTO "Rowers" VALUES (33, 'Erik Lindqvist', 5, 28, 80.9, 'Swedish');
INSERT INTO "Rowers" VALUES (34, 'Mateo Fernandez', 11, 37, 91.4, 'Spanish');
INSERT INTO "Rowers" VALUES (35, 'Thijs van Dam', 18, 19, 94.4, 'Dutch');
INSERT INTO "Rowers" VALUES (36, 'Kevin Walsh', 2, 24, 82.8, 'Irish');
INSERT INTO "Rowers" VALUES (37, 'Henry Fairbairn', 1, 23, 87.6, 'British');
INSERT INTO "Regattas" VALUES (1, 'Henley Royal Regatta', 'Henley-on-Thames', 'United Kingdom', '2024-07-02');
INSERT INTO "Regattas" VALUES (2, 'Henley Women''s Regatta', 'Henley-on-Thames', 'United Kingdom', '2024-06-21');
INSERT INTO "Regattas" VALUES (3, 'Royal Canadian Henley Regatta', 'St. Catharines', 'Canada', '2024-08-06');
INSERT INTO "Regattas" VALUES (4, 'Holland Beker', 'Bosbaan', 'Netherlands', '2024-06-15');
INSERT INTO "Regattas" VALUES (5, 'Rotsee Regatta', 'Lucerne', 'Switzerland', '2024-05-24');
INSERT INTO "Regattas" VALUES (6, 'Memorial Paolo d''Aloja', 'Piediluco', 'Italy', '2024-04-12');
INSERT INTO "Regattas" VALUES (7, 'Munich International Regatta', 'Oberschleissheim', 'Germany', '2023-06-17');
INSERT INTO "Regattas" VALUES (8, 'Sydney International Regatta', 'Penrith', 'Australia', '2024-03-09');
INSERT INTO "Regattas" VALUES (9, 'Bled International Regatta', 'Bled', 'Slovenia', '2023-06-10');
INSERT INTO "Regattas" VALUES (10, 'Head of the Charles Regatta', 'Boston', 'United States', '2023-10-21');
INSERT INTO "Regattas" VALUES (11, 'Regates Internationales de Vichy', 'Vichy', 'France', '2023-09-16');
INSERT INTO "Races" VALUES (1, 1, '8+', 2112, 'Final');
INSERT INTO "Races" VALUES (2, 1, '4-', 2112, 'Final');
INSERT INTO "Races" VALUES (3, 1, '1x', 2112, 'Final');
INSERT INTO "Races" VALUES (4, 1, '2x', 2112, 'Heat');
INSERT INTO "Races" VALUES (5, 1, '4+', 2112, 'Final');
INSERT INTO "Races" VALUES (6, 2, '2x', 1500, 'Final');
INSERT INTO "Races" VALUES (7, 3, '1x', 2000, 'Heat');
INSERT INTO "Races" VALUES (8, 3, '1x', 2000, 'Final');
INSERT INTO "Races" VALUES (9, 3, '8+', 2000, 'Final');
INSERT INTO "Races" VALUES (10, 4, '1x', 2000, 'Heat');
INSERT INTO "Races" VALUES (11, 4, '2x', 2000, 'Final');
INSERT INTO "Races" VALUES (12, 4, '4x', 2000, 'Final');
INSERT INTO "Races" VALUES (13, 4, '2-', 2000, 'Final');
INSERT INTO "Races" VALUES (14, 4, '8+', 2000, 'Final');
INSERT INTO "Races" VALUES (15, 5, '1x', 2000, 'Semi-final');
INSERT INTO "Races" VALUES (16, 5, '1x', 2000, 'Final');
INSERT INTO "Races" VALUES (17, 5, '2-', 2000, 'Final');
INSERT INTO "Races" VALUES (18, 5, '4-', 2000, 'Heat');
INSERT INTO "Races" VALUES (19, 6, '2x', 2000, 'Heat');
INSERT INTO "Races" VALUES (20, 6, '2x', 2000, 'Final');
INSERT INTO "Races" VALUES (21, 6, 'LM2x', 2000, 'Final');
INSERT INTO "Races" VALUES (22, 6, '4x', 2000, 'Repechage');
INSERT INTO "Races" VALUES (23, 7, '1x', 2000, 'Final');
INSERT INTO "Races" VALUES (24, 7, '8+', 2000, 'Heat');
INSERT INTO "Races" VALUES (25, 7, '8+', 2000, 'Final');
INSERT INTO "Races" VALUES (26, 7, '4x', 2000, 'Final');
INSERT INTO "Races" VALUES (27, 8, '1x', 2000, 'Final');
INSERT INTO "Races" VALUES (28, 8, '2x', 2000, 'Final');
INSERT INTO "Races" VALUES (29, 8, '8+', 2000, 'Final');
INSERT INTO "Races" VALUES (30, 9, '2-', 2000, 'Final');
INSERT INTO "Races" VALUES (31, 9, 'LM2x', 2000, 'Heat');
INSERT INTO "Race_Results" VALUES (1, 3, 1, 2, 433.48, 1, 'Filippi', '2008');
INSERT INTO "Race_Results" VALUES (2, 3, 5, 4, 441.45, 3, 'Vespoli', '2010');
INSERT INTO "Race_Results" VALUES (3, 3, 14, 1, 438.04, 2, 'Janousek', '2010');
INSERT INTO "Race_Results" VALUES (4, 1, 1, 1, 363.61, 3, 'Empacher', '2008');
INSERT INTO "Race_Results" VALUES (5, 1, 2, 6, 364.32, 4, 'Filippi', '2014');
INSERT INTO "Race_Results" VALUES (6, 1, 12, 3, 360.47, 1, 'Filippi', '2016');
INSERT INTO "Race_Results" VALUES (7, 1, 9, 5, 361.56, 2, 'Filippi', '2013');
INSERT INTO "Race_Results" VALUES (8, 4, 3, 5, 415.95, 2, 'Empacher', '2015');
INSERT INTO "Race_Results" VALUES (9, 4, 17, 4, 412.11, 1, 'Filippi', '2010');
INSERT INTO "Race_Results" VALUES (10, 8, 16, 2, 423.97, 3, 'Empacher', '2019');
INSERT INTO "Race_Results" VALUES (11, 8, 12, 5, 412.49, 1, 'Janousek', '2023');
INSERT INTO "Race_Results" VALUES (12, 8, 13, 1, 418.52, 2, 'Filippi', '2012');
INSERT INTO "Race_Results" VALUES (13, 9, 16, 6, 332.53, 1, 'Stampfli', '2017');
INSERT INTO "Race_Results" VALUES (14, 9, 13, 3, 343.24, 2, 'Vespoli', '2011');
INSERT INTO "Race_Results" VALUES (15, 9, 21, 5, NULL, NULL, 'Empacher', '2021');
INSERT INTO "Race_Results" VALUES (16, 11, 17, 2, 396.39, 2, 'Hudson', '2011');
INSERT INTO "Race_Results" VALUES (17, 11, 18, 1, 401.05, 3, 'Filippi', '2010');
INSERT INTO "Race_Results" VALUES (18, 11, 6, 4, 391.77, 1, 'Hudson', '2015');
INSERT INTO "Race_Results" VALUES (19, 11, 20, 6, 401.59, 4, 'Janousek', '2019');
INSERT INTO "Race_Results" VALUES (20, 14, 18, 4, 332.19, 1, 'Empacher', '2016');
INSERT INTO "Race_Results" VALUES (21, 14, 17, 1, 332.84, 2, 'Filippi', '2011');
INSERT INTO "Race_Results" VALUES (22, 14, 5, 6, 336.86, 3, 'Janousek', '2011');
INSERT INTO "Race_Results" VALUES (23, 14, 4, 2, 340.42, 4, 'Janousek', '2011');
INSERT INTO "Race_Results" VALUES (24, 16, 20, 4, 412.91, 2, 'Empacher', '2017');
INSERT INTO "Race_Results" VALUES (25, 16, 10, 6, 419.38, 4, 'Empacher', '2022');
INSERT INTO "Race_Results" VALUES (26, 16, 8, 5, 418.71, 3, 'Vespoli', '2021');
INSERT INTO "Race_Results" VALUES (27, 16, 6, 1, 409.64, 1, 'Vespoli', '2014');
INSERT INTO "Race_Results" VALUES (28, 20, 10, 4, 396.44, 2, 'Filippi', '2013');
INSERT INTO "Race_Results" VALUES (29, 20, 11, 2, 390.69, 1, 'Filippi', '2017');
INSERT INTO "Race_Results" VALUES (30, 20, 8, 1, 399.31, 3, 'Hudson', '2021');
INSERT INTO "Race_Results" VALUES (31, 25, 5, 4, 337.75, 3, 'Janousek', '2014');
INSERT INTO "Race_Results" VALUES (32, 25, 6, 1, 336.33, 2, 'Janousek', '2017');
INSERT INTO "Race_Results" VALUES (33, 25, 7, 3, 345.37, 4, 'Vespoli', '2020');
INSERT INTO "Race_Results" VALUES (34, 25, 2, 5, 334.65, 1, 'Hudson', NULL);
INSERT INTO "Race_Results" VALUES (35, 27, 14, 1, 415.59, 1, 'Empacher', '2009');
INSERT INTO "Race_Results" VALUES (36, 27, 15, 2, 418.95, 2, 'Stampfli', '2012');
INSERT INTO "Race_Results" VALUES (37, 27, 1, 4, 423.09, 3, 'Filippi', '2022');
INSERT INTO "Race_Results" VALUES (38, 6, 2, 5, 298.26, 1, 'Filippi', '2020');
INSERT INTO "Race_Results" VALUES (39, 6, 3, 4, 301.29, 2, 'Filippi', '2023');
INSERT INTO "Result_Rowers" VALUES (1, 1, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (2, 8, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (3, 22, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (8, 6, 'Bow');
INSERT INTO "Result_Rowers" VALUES (8, 7, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (9, 27, 'Bow');
INSERT INTO "Result_Rowers" VALUES (9, 28, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (10, 25, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (11, 19, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (12, 21, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (16, 27, 'Bow');
INSERT INTO "Result_Rowers" VALUES (16, 28, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (17, 29, 'Bow');
INSERT INTO "Result_Rowers" VALUES (17, 30, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (18, 10, 'Bow');
INSERT INTO "Result_Rowers" VALUES (18, 11, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (19, 31, 'Bow');
INSERT INTO "Result_Rowers" VALUES (19, 32, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (24, 31, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (25, 15, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (26, 13, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (27, 10, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (28, 15, 'Bow');
INSERT INTO "Result_Rowers" VALUES (28, 16, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (29, 17, 'Bow');
INSERT INTO "Result_Rowers" VALUES (29, 34, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (30, 13, 'Bow');
INSERT INTO "Result_Rowers" VALUES (30, 14, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (35, 22, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (36, 24, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (37, 1, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (38, 4, 'Bow');
INSERT INTO "Result_Rowers" VALUES (38, 36, 'Stroke');
INSERT INTO "Result_Rowers" VALUES (39, 6, 'Bow');
INSERT INTO "Result_Rowers" VALUES (39, 7, 'Stroke');
INSERT INTO "Challenges" VALUES (1, 1, 2, '8+', '2023-05-13', 'Henley-on-Thames', 2.5, 'Home', 'COMPLETED');
INSERT INTO "Challenges" VALUES (2, 3, 2, '8+', '2023-04-01', 'London', 1.2, 'Away', 'COMPLETED');
INSERT INTO "Challenges" VALUES (3, 5, 6, '4x', '2023-09-09', 'Berlin', 3.1, 'Home', 'COMPLETED');
INSERT INTO "Challenges" VALUES (4, 12, 13, '8+', '2023-10-07', 'Philadelphia', 0.8, 'Away', 'COMPLETED');
INSERT INTO "Challenges" VALUES (5, 14, 15, '8+', '2024-02-17', 'Sydney', NULL, NULL, 'CANCELLED');
INSERT INTO "Challenges" VALUES (6, 17, 18, '8+', '2024-04-20', 'Amsterdam', 4.4, 'Home', 'COMPLETED');
INSERT INTO "Challenges" VALUES (7, 10, 11, '4-', '2024-05-04', 'Rome', 1.9, 'Away', 'COMPLETED');
INSERT INTO "Challenges" VALUES (8, 8, 9, '8+', '2023-06-03', 'Joinville-le-Pont', 2.2, 'Home', 'COMPLETED');
INSERT INTO "Challenges" VALUES (9, 16, 12, '8+', '2023-08-26', 'Toronto', 5.0, 'Away', 'COMPLETED');
INSERT INTO "Challenges" VALUES (10, 1, 20, '4-', '2024-09-14', 'Henley-on-Thames', NULL, NULL, 'POSTPONED');
INSERT INTO "Challenges" VALUES (11, 6, 19, '8+', '2024-06-01', 'Hamburg', 3.6, 'Home', 'COMPLETED');
INSERT INTO "Challenges" VALUES (12, 2, 1, '8+', '2024-03-30', 'London', 0.5, 'Away', 'COMPLETED');
