PRAGMA foreign_keys = ON;

CREATE TABLE "Ref_Breeds" (
"breed_code" VARCHAR(10) PRIMARY KEY,
"breed_description" VARCHAR(80) NOT NULL,
"Origin_Country" VARCHAR(50)
);

CREATE TABLE "Kennels" (
"Kennel_ID" INTEGER PRIMARY KEY,
"Kennel_Name" VARCHAR(80) NOT NULL,
"Region" VARCHAR(80),
"Country" VARCHAR(50),
"Established" TEXT
);

CREATE TABLE "Towns" (
"Town_ID" INTEGER PRIMARY KEY,
"Name" VARCHAR(80) NOT NULL,
"Country" VARCHAR(50),
"Population" INTEGER
);

CREATE TABLE "Mushers" (
"Musher_ID" INTEGER PRIMARY KEY,
"Name" VARCHAR(80) NOT NULL,
"Age" INTEGER,
"Gender" VARCHAR(1),
"Nationality" VARCHAR(50),
"Kennel_ID" INTEGER,
"Years_Experience" INTEGER,
FOREIGN KEY ("Kennel_ID") REFERENCES "Kennels"("Kennel_ID")
);

CREATE TABLE "Dogs" (
"Dog_ID" INTEGER PRIMARY KEY,
"Dog_Name" VARCHAR(50) NOT NULL,
"breed_code" VARCHAR(10),
"Birth_Year" INTEGER,
"Kennel_ID" INTEGER
);

CREATE TABLE "Races" (
"Race_ID" INTEGER PRIMARY KEY,
"Race_Name" VARCHAR(80) NOT NULL,
"Start_Town_ID" INTEGER NOT NULL,
"Finish_Town_ID" INTEGER NOT NULL,
"Distance_km" INTEGER,
"Year" INTEGER,
FOREIGN KEY ("Start_Town_ID") REFERENCES "Towns"("Town_ID"),
FOREIGN KEY ("Finish_Town_ID") REFERENCES "Towns"("Town_ID")
);

CREATE TABLE "Race_Entries" (
"Entry_ID" INTEGER PRIMARY KEY,
"Race_ID" INTEGER NOT NULL,
"Musher_ID" INTEGER NOT NULL,
"Finish_Position" INTEGER,
"Finish_Hours" REAL,
"Dogs_At_Start" INTEGER,
"other_details" VARCHAR(255),
FOREIGN KEY ("Race_ID") REFERENCES "Races"("Race_ID"),
FOREIGN KEY ("Musher_ID") REFERENCES "Mushers"("Musher_ID")
);

CREATE TABLE "Entry_Dogs" (
"Entry_ID" INTEGER NOT NULL,
"Dog_ID" INTEGER NOT NULL,
PRIMARY KEY ("Entry_ID", "Dog_ID"),
FOREIGN KEY ("Entry_ID") REFERENCES "Race_Entries"("Entry_ID"),
FOREIGN KEY ("Dog_ID") REFERENCES "Dogs"("Dog_ID")
);

INSERT INTO "Ref_Breeds" VALUES ('ALH', 'Alaskan Husky', 'USA');
INSERT INTO "Ref_Breeds" VALUES ('SIB', 'Siberian Husky', 'Russia');
INSERT INTO "Ref_Breeds" VALUES ('MAL', 'Alaskan Malamute', 'USA');
INSERT INTO "Ref_Breeds" VALUES ('GRL', 'Greenland Dog', 'Greenland');
INSERT INTO "Ref_Breeds" VALUES ('SAM', 'Samoyed', 'Russia');
INSERT INTO "Ref_Breeds" VALUES ('HOU', 'Eurohound', 'Norway');
INSERT INTO "Ref_Breeds" VALUES ('CAN', 'Canadian Eskimo Dog', 'Canada');
INSERT INTO "Ref_Breeds" VALUES ('CHI', 'Chinook', 'USA');
INSERT INTO "Ref_Breeds" VALUES ('YAK', 'Yakutian Laika', NULL);
INSERT INTO "Kennels" VALUES (1, 'Nome Trail Kennel', 'Alaska', 'USA', '1988');
INSERT INTO "Kennels" VALUES (2, 'Denali Ridge Huskies', 'Alaska', 'USA', '2005');
INSERT INTO "Kennels" VALUES (3, 'Klondike Sled Dogs', 'Yukon', 'Canada', '1996');
INSERT INTO "Kennels" VALUES (4, 'Northern Lights Kennel', 'Northwest Territories', 'Canada', '2012');
INSERT INTO "Kennels" VALUES (5, 'Finnmark Polar Kennel', 'Finnmark', 'Norway', '1992');
INSERT INTO "Kennels" VALUES (6, 'Roros Fjell Kennel', 'Trondelag', 'Norway', '2009');
INSERT INTO "Kennels" VALUES (7, 'Arctic Fox Huskies', 'Lapland', 'Finland', '2001');
INSERT INTO "Kennels" VALUES (8, 'Kiruna Dog Sled Company', 'Norrbotten', 'Sweden', '2015');
INSERT INTO "Kennels" VALUES (9, 'Boundary Waters Kennel', 'Minnesota', 'USA', '1999');
INSERT INTO "Kennels" VALUES (10, 'Savoie Mushing', 'Auvergne-Rhone-Alpes', 'France', '2007');
INSERT INTO "Kennels" VALUES (11, 'Engadin Husky Ranch', 'Graubunden', 'Switzerland', '2010');
INSERT INTO "Kennels" VALUES (12, 'Silver Birch Kennel', 'Ontario', 'Canada', '2018');
INSERT INTO "Kennels" VALUES (13, 'Iron Range Huskies', 'Minnesota', 'USA', '1985');
INSERT INTO "Kennels" VALUES (14, 'Taiga Run Kennel', NULL, 'Finland', '2020');
INSERT INTO "Towns" VALUES (1, 'Anchorage', 'USA', 291247);
INSERT INTO "Towns" VALUES (2, 'Nome', 'USA', 3699);
INSERT INTO "Towns" VALUES (3, 'Fairbanks', 'USA', 32515);
INSERT INTO "Towns" VALUES (4, 'Whitehorse', 'Canada', 28201);
INSERT INTO "Towns" VALUES (5, 'Dawson City', 'Canada', 1577);
INSERT INTO "Towns" VALUES (6, 'Alta', 'Norway', 21089);
INSERT INTO "Towns" VALUES (7, 'Karasjok', 'Norway', 2614);
INSERT INTO "Towns" VALUES (8, 'Roros', 'Norway', 5632);
INSERT INTO "Towns" VALUES (9, 'Ivalo', 'Finland', 3207);
INSERT INTO "Towns" VALUES (10, 'Rovaniemi', 'Finland', 64535);
INSERT INTO "Towns" VALUES (11, 'Kiruna', 'Sweden', 22906);
INSERT INTO "Towns" VALUES (12, 'Duluth', 'USA', 86697);
INSERT INTO "Towns" VALUES (13, 'Grand Marais', 'USA', 1337);
INSERT INTO "Towns" VALUES (14, 'Bethel', 'USA', 6325);
INSERT INTO "Towns" VALUES (15, 'Kotzebue', 'USA', 3102);
INSERT INTO "Towns" VALUES (16, 'Glennallen', 'USA', 439);
INSERT INTO "Towns" VALUES (17, 'Fort Kent', 'USA', 4067);
INSERT INTO "Towns" VALUES (18, 'Megeve', 'France', 3036);
INSERT INTO "Towns" VALUES (19, 'Bessans', 'France', 341);
INSERT INTO "Towns" VALUES (20, 'Yellowknife', 'Canada', 20340);
INSERT INTO "Towns" VALUES (21, 'Tromso', 'Norway', 77544);
INSERT INTO "Mushers" VALUES (1, 'Wade Halvorsen', 52, 'M', 'USA', 1, 30);
INSERT INTO "Mushers" VALUES (2, 'Kaylee Brennan', 34, 'F', 'USA', 1, 11);
INSERT INTO "Mushers" VALUES (3, 'Travis Kuenzel', 41, 'M', 'USA', 2, 19);
INSERT INTO "Mushers" VALUES (4, 'Marnie Okpik', 29, 'F', 'Canada', 2, 6);
INSERT INTO "Mushers" VALUES (5, 'Gerald Tremblay', 58, 'M', 'Canada', 3, 35);
INSERT INTO "Mushers" VALUES (6, 'Renee Lavoie', 45, 'F', 'Canada', 3, 21);
INSERT INTO "Mushers" VALUES (7, 'Colin MacLeod', 37, 'M', 'United Kingdom', 4, 9);
INSERT INTO "Mushers" VALUES (8, 'Ragnar Haugen', 49, 'M', 'Norway', 5, 24);
INSERT INTO "Mushers" VALUES (9, 'Sigrid Eriksen', 31, 'F', 'Norway', 5, 10);
INSERT INTO "Mushers" VALUES (10, 'Henrik Solberg', 24, 'M', 'Norway', 5, 3);
INSERT INTO "Mushers" VALUES (11, 'Ingrid Moen', 44, 'F', 'Norway', 6, 18);
INSERT INTO "Mushers" VALUES (12, 'Lars Bakke', 63, 'M', 'Norway', 6, 40);
INSERT INTO "Mushers" VALUES (13, 'Juha Korhonen', 39, 'M', 'Finland', 7, 15);
INSERT INTO "Mushers" VALUES (14, 'Aino Virtanen', 27, 'F', 'Finland', NULL, NULL);
INSERT INTO "Mushers" VALUES (15, 'Elsa Nystrom', 36, 'F', 'Sweden', 8, 12);
INSERT INTO "Mushers" VALUES (16, 'Mats Lindgren', 47, 'M', 'Sweden', 8, 22);
INSERT INTO "Mushers" VALUES (17, 'Cody Rasmussen', 33, 'M', 'USA', 9, 8);
INSERT INTO "Mushers" VALUES (18, 'Becca Thorsen', 40, 'F', 'USA', 9, 16);
INSERT INTO "Mushers" VALUES (19, 'Julien Favre', 43, 'M', 'France', 10, 17);
INSERT INTO "Mushers" VALUES (20, 'Luca Caflisch', 35, 'M', 'Switzerland', 11, NULL);
INSERT INTO "Mushers" VALUES (21, 'Yuki Tanaka', 30, 'F', 'Japan', NULL, 5);
INSERT INTO "Mushers" VALUES (22, 'Pekka Laine', 55, 'M', 'Finland', 7, 28);
INSERT INTO "Dogs" VALUES (1, 'Nanook', 'ALH', 2016, 1);
INSERT INTO "Dogs" VALUES (2, 'Juneau', 'ALH', 2016, 1);
INSERT INTO "Dogs" VALUES (3, 'Tundra', 'SIB', 2016, 1);
INSERT INTO "Dogs" VALUES (4, 'Blizzard', 'ALH', 2020, 2);
INSERT INTO "Dogs" VALUES (5, 'Aurora', 'MAL', 2019, 2);
INSERT INTO "Dogs" VALUES (6, 'Sitka', 'ALH', 2015, 3);
INSERT INTO "Dogs" VALUES (7, 'Denali', 'CAN', 2017, 3);
INSERT INTO "Dogs" VALUES (8, 'Frost', 'SIB', 2016, 3);
INSERT INTO "Dogs" VALUES (9, 'Maple', 'CAN', 2019, 4);
INSERT INTO "Dogs" VALUES (10, 'Loki', 'HOU', 2016, 5);
INSERT INTO "Dogs" VALUES (11, 'Freya', 'HOU', 2020, 5);
INSERT INTO "Dogs" VALUES (12, 'Odin', 'ALH', 2015, 5);
INSERT INTO "Dogs" VALUES (13, 'Storm', 'GRL', 2022, 5);
INSERT INTO "Dogs" VALUES (14, 'Skadi', 'HOU', 2019, 6);
INSERT INTO "Dogs" VALUES (15, 'Tanana', 'SIB', 2022, 6);
INSERT INTO "Dogs" VALUES (16, 'Koda', 'SIB', 2016, 7);
INSERT INTO "Dogs" VALUES (17, 'Yukon', 'SAM', 2021, 7);
INSERT INTO "Dogs" VALUES (18, 'Pepper', 'ALH', 2015, 7);
INSERT INTO "Dogs" VALUES (19, 'Shadow', 'HOU', 2016, 8);
INSERT INTO "Dogs" VALUES (20, 'Ember', 'SIB', 2018, 8);
INSERT INTO "Dogs" VALUES (21, 'Birch', 'ALH', 2018, 9);
INSERT INTO "Dogs" VALUES (22, 'Raven', 'ALH', 2016, 9);
INSERT INTO "Dogs" VALUES (23, 'Sasha', 'MAL', NULL, 9);
INSERT INTO "Dogs" VALUES (24, 'Misha', 'SIB', 2022, 10);
INSERT INTO "Dogs" VALUES (25, 'Pilot', 'HOU', 2020, 10);
INSERT INTO "Dogs" VALUES (26, 'Comet', 'SAM', 2020, 11);
INSERT INTO "Dogs" VALUES (27, 'Nova', 'ALH', 2022, 12);
INSERT INTO "Dogs" VALUES (28, 'Tinder', 'MAL', 2019, 12);
INSERT INTO "Dogs" VALUES (29, 'Ghost', 'HOU', 2018, 5);
INSERT INTO "Dogs" VALUES (30, 'Willow', 'ALH', 2022, 1);
INSERT INTO "Dogs" VALUES (31, 'Bear', 'ALH', 2018, 3);
INSERT INTO "Dogs" VALUES (32, 'Kenai', 'GRL', 2022, 13);
INSERT INTO "Races" VALUES (1, 'Iditarod Trail Sled Dog Race', 1, 2, 1609, 2023);
INSERT INTO "Races" VALUES (2, 'Yukon Quest', 3, 4, 1545, 2022);
INSERT INTO "Races" VALUES (3, 'Finnmarkslopet', 6, 6, 1200, 2024);
INSERT INTO "Races" VALUES (4, 'Femundlopet', 8, 8, 650, 2024);
INSERT INTO "Races" VALUES (5, 'John Beargrease Marathon', 12, 13, 483, 2023);
INSERT INTO "Races" VALUES (6, 'Kuskokwim 300', 14, 14, 480, 2024);
INSERT INTO "Races" VALUES (7, 'Kobuk 440', 15, 15, 708, 2022);
INSERT INTO "Races" VALUES (8, 'Copper Basin 300', 16, 16, 470, 2023);
INSERT INTO "Races" VALUES (9, 'Can-Am Crown 250', 17, 17, 402, 2024);
INSERT INTO "Races" VALUES (10, 'Lapland Arctic Quest', 9, 10, 300, 2024);
INSERT INTO "Races" VALUES (11, 'La Grande Odyssee', 18, 19, 350, 2023);
INSERT INTO "Races" VALUES (12, 'Klondike Quest', 5, 4, 500, 2024);
INSERT INTO "Race_Entries" VALUES (1, 1, 2, 1, 192.35, 14, NULL);
INSERT INTO "Race_Entries" VALUES (2, 1, 1, 2, 193.75, 16, NULL);
INSERT INTO "Race_Entries" VALUES (3, 1, 17, 3, 194.61, 16, NULL);
INSERT INTO "Race_Entries" VALUES (4, 1, 12, 4, 197.88, 13, NULL);
INSERT INTO "Race_Entries" VALUES (5, 1, 8, 5, 203.63, 13, 'Rookie');
INSERT INTO "Race_Entries" VALUES (6, 1, 5, 6, 218.38, 15, NULL);
INSERT INTO "Race_Entries" VALUES (7, 1, 6, 7, 229.35, 13, NULL);
INSERT INTO "Race_Entries" VALUES (8, 1, 3, NULL, NULL, 15, 'Scratched at checkpoint');
INSERT INTO "Race_Entries" VALUES (9, 2, 6, 1, 207.09, 14, NULL);
INSERT INTO "Race_Entries" VALUES (10, 2, 5, 2, 216.21, 13, NULL);
INSERT INTO "Race_Entries" VALUES (11, 2, 7, 3, 219.65, 12, NULL);
INSERT INTO "Race_Entries" VALUES (12, 2, 1, 4, 228.11, 10, NULL);
INSERT INTO "Race_Entries" VALUES (13, 2, 22, NULL, NULL, 10, 'Scratched at checkpoint');
INSERT INTO "Race_Entries" VALUES (14, 3, 15, 1, 121.84, 11, NULL);
INSERT INTO "Race_Entries" VALUES (15, 3, 13, 2, 122.16, 11, NULL);
INSERT INTO "Race_Entries" VALUES (16, 3, 11, 3, 126.94, 11, NULL);
INSERT INTO "Race_Entries" VALUES (17, 3, 12, 4, 127.77, 11, NULL);
INSERT INTO "Race_Entries" VALUES (18, 3, 16, 5, 133.39, 11, NULL);
INSERT INTO "Race_Entries" VALUES (19, 3, 8, 6, 140.28, 11, NULL);
INSERT INTO "Race_Entries" VALUES (20, 3, 9, NULL, NULL, 14, 'Scratched at checkpoint');
INSERT INTO "Race_Entries" VALUES (21, 4, 11, 1, 59.65, 9, NULL);
INSERT INTO "Race_Entries" VALUES (22, 4, 12, 2, 64.80, 10, 'Veterinary award');
INSERT INTO "Race_Entries" VALUES (23, 4, 16, 3, 65.71, 10, NULL);
INSERT INTO "Race_Entries" VALUES (24, 5, 18, 1, 42.98, 11, NULL);
INSERT INTO "Race_Entries" VALUES (25, 5, 3, 2, 43.27, 11, 'Rookie');
INSERT INTO "Race_Entries" VALUES (26, 5, 17, 3, 46.69, 8, NULL);
INSERT INTO "Race_Entries" VALUES (27, 6, 2, 1, 42.84, 12, NULL);
INSERT INTO "Race_Entries" VALUES (28, 6, 1, 2, 44.40, 10, NULL);
INSERT INTO "Race_Entries" VALUES (29, 7, 3, 1, 71.13, 11, NULL);
INSERT INTO "Race_Entries" VALUES (30, 7, 2, 2, 78.33, 12, NULL);
INSERT INTO "Race_Entries" VALUES (31, 10, 15, 1, 23.39, 9, NULL);
INSERT INTO "Race_Entries" VALUES (32, 10, 13, 2, 24.33, 7, NULL);
INSERT INTO "Race_Entries" VALUES (33, 10, 22, 3, 27.50, 7, NULL);
INSERT INTO "Race_Entries" VALUES (34, 12, 5, 1, 45.05, 8, NULL);
INSERT INTO "Race_Entries" VALUES (35, 12, 7, 2, 49.55, 10, NULL);
INSERT INTO "Entry_Dogs" VALUES (1, 1);
INSERT INTO "Entry_Dogs" VALUES (1, 2);
INSERT INTO "Entry_Dogs" VALUES (1, 3);
INSERT INTO "Entry_Dogs" VALUES (1, 30);
INSERT INTO "Entry_Dogs" VALUES (3, 21);
INSERT INTO "Entry_Dogs" VALUES (3, 22);
INSERT INTO "Entry_Dogs" VALUES (3, 23);
INSERT INTO "Entry_Dogs" VALUES (4, 14);
INSERT INTO "Entry_Dogs" VALUES (4, 15);
INSERT INTO "Entry_Dogs" VALUES (5, 11);
INSERT INTO "Entry_Dogs" VALUES (5, 12);
INSERT INTO "Entry_Dogs" VALUES (5, 13);
INSERT INTO "Entry_Dogs" VALUES (5, 29);
INSERT INTO "Entry_Dogs" VALUES (6, 8);
INSERT INTO "Entry_Dogs" VALUES (6, 31);
INSERT INTO "Entry_Dogs" VALUES (7, 6);
INSERT INTO "Entry_Dogs" VALUES (7, 7);
INSERT INTO "Entry_Dogs" VALUES (7, 8);
INSERT INTO "Entry_Dogs" VALUES (7, 31);
INSERT INTO "Entry_Dogs" VALUES (8, 4);
INSERT INTO "Entry_Dogs" VALUES (8, 5);
INSERT INTO "Entry_Dogs" VALUES (9, 6);
INSERT INTO "Entry_Dogs" VALUES (9, 8);
INSERT INTO "Entry_Dogs" VALUES (14, 19);
INSERT INTO "Entry_Dogs" VALUES (14, 20);
INSERT INTO "Entry_Dogs" VALUES (15, 16);
INSERT INTO "Entry_Dogs" VALUES (15, 17);
INSERT INTO "Entry_Dogs" VALUES (15, 18);
INSERT INTO "Entry_Dogs" VALUES (16, 14);
INSERT INTO "Entry_Dogs" VALUES (16, 15);
INSERT INTO "Entry_Dogs" VALUES (17, 14);
INSERT INTO "Entry_Dogs" VALUES (17, 15);
INSERT INTO "Entry_Dogs" VALUES (18, 19);
INSERT INTO "Entry_Dogs" VALUES (18, 20);
INSERT INTO "Entry_Dogs" VALUES (20, 10);
INSERT INTO "Entry_Dogs" VALUES (20, 11);
INSERT INTO "Entry_Dogs" VALUES (20, 29);
INSERT INTO "Entry_Dogs" VALUES (21, 14);
INSERT INTO "Entry_Dogs" VALUES (21, 15);
