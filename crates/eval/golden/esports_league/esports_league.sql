PRAGMA foreign_keys = ON;
CREATE TABLE "Organisations" (
"Org_ID" INTEGER PRIMARY KEY,
"Org_Name" TEXT NOT NULL,
"Country" TEXT,
"Founded_Year" TEXT,
"Budget" REAL
);
CREATE TABLE "players" (
"Player_ID" INTEGER PRIMARY KEY,
"Handle" TEXT NOT NULL,
"Real_Name" TEXT,
"Nationality" TEXT,
"Age" INTEGER,
"Org_ID" INTEGER,
"Salary" REAL,
FOREIGN KEY ("Org_ID") REFERENCES "Organisations"("Org_ID")
);
CREATE TABLE "Ref_Game_Titles" (
"game_title_code" TEXT PRIMARY KEY,
"game_title_description" TEXT,
"Genre" TEXT
);
CREATE TABLE "Tournaments" (
"Tournament_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"City" TEXT,
"Country" TEXT,
"Prize_Pool" INTEGER,
"game_title_code" TEXT,
"Year" INTEGER,
FOREIGN KEY ("game_title_code") REFERENCES "Ref_Game_Titles"("game_title_code")
);
CREATE TABLE "Matches" (
"Match_ID" INTEGER PRIMARY KEY,
"Tournament_ID" INTEGER,
"Blue_Team_ID" INTEGER NOT NULL,
"Red_Team_ID" INTEGER NOT NULL,
"Winner_ID" INTEGER,
"Duration_Minutes" INTEGER,
FOREIGN KEY ("Blue_Team_ID") REFERENCES "Organisations"("Org_ID"),
FOREIGN KEY ("Red_Team_ID") REFERENCES "Organisations"("Org_ID"),
FOREIGN KEY ("Winner_ID") REFERENCES "Organisations"("Org_ID")
);
CREATE TABLE "Match_Players" (
"Match_ID" INTEGER NOT NULL,
"Player_ID" INTEGER NOT NULL,
"Kills" INTEGER,
"Deaths" INTEGER,
"other_details" TEXT,
PRIMARY KEY ("Match_ID", "Player_ID"),
FOREIGN KEY ("Match_ID") REFERENCES "Matches"("Match_ID"),
FOREIGN KEY ("Player_ID") REFERENCES "players"("Player_ID")
);
INSERT INTO "Organisations" VALUES (1, 'Valkyrie Esports', 'Sweden', '2012', 3776000.0);
INSERT INTO "Organisations" VALUES (2, 'Red Harbor Gaming', 'United States', '2015', 3714000.0);
INSERT INTO "Organisations" VALUES (3, 'Saint Petersburg Wolves', 'Russia', '2011', 2999000.0);
INSERT INTO "Organisations" VALUES (4, 'Dragon Gate Club', 'China', '2013', 7946000.0);
INSERT INTO "Organisations" VALUES (5, 'Seoul Phoenix', 'South Korea', '2010', 6767000.0);
INSERT INTO "Organisations" VALUES (6, 'Lisbon Lions Esports', 'Portugal', '2018', 2683000.0);
INSERT INTO "Organisations" VALUES (7, 'Nordic Storm', 'Denmark', '2016', 4492000.0);
INSERT INTO "Organisations" VALUES (8, 'Tokyo Crane Gaming', 'Japan', '2014', 3053000.0);
INSERT INTO "Organisations" VALUES (9, 'Samba Squad', 'Brazil', '2017', 6469000.0);
INSERT INTO "Organisations" VALUES (10, 'Berlin Bytes', 'Germany', '2019', 3780000.0);
INSERT INTO "Organisations" VALUES (11, 'Paris Eternal Esports', 'France', '2016', 7851000.0);
INSERT INTO "Organisations" VALUES (12, 'Maple Legion', 'Canada', '2020', NULL);
INSERT INTO "Organisations" VALUES (13, 'Warsaw Hussars', 'Poland', '2015', 2380000.0);
INSERT INTO "Organisations" VALUES (14, 'Outback Raiders', 'Australia', '2021', 6545000.0);
INSERT INTO "Organisations" VALUES (15, 'Madrid Matadors', 'Spain', '2019', 3071000.0);
INSERT INTO "Organisations" VALUES (16, 'Cairo Falcons', 'Egypt', '2022', NULL);
INSERT INTO "players" VALUES (1, 'Frostbyte', 'Erik Lindqvist', 'Sweden', 24, 1, 77000.0);
INSERT INTO "players" VALUES (2, 'Nyx', 'Johanna Berg', 'Sweden', 28, 1, 374000.0);
INSERT INTO "players" VALUES (3, 'Skald', 'Oskar Holm', 'Norway', 26, 1, 364000.0);
INSERT INTO "players" VALUES (4, 'Vinter', 'Lars Ek', 'Sweden', 19, 1, 182000.0);
INSERT INTO "players" VALUES (5, 'Hammerhead', 'Tyler Brooks', 'United States', 21, 2, 114000.0);
INSERT INTO "players" VALUES (6, 'Ghostline', 'Marcus Reed', 'United States', 23, 2, 307000.0);
INSERT INTO "players" VALUES (7, 'Zephyr', 'Daniel Ortiz', 'Mexico', 23, 2, NULL);
INSERT INTO "players" VALUES (8, 'Volk', 'Dmitri Sokolov', 'Russia', 23, 3, 299000.0);
INSERT INTO "players" VALUES (9, 'Kazimir', 'Ivan Petrov', 'Russia', 26, 3, 337000.0);
INSERT INTO "players" VALUES (10, 'Lotus', 'Wang Lei', 'China', 26, 4, 203000.0);
INSERT INTO "players" VALUES (11, 'Jadefist', 'Chen Hao', 'China', 21, 4, 327000.0);
INSERT INTO "players" VALUES (12, 'Xiaolong', 'Li Wei', 'China', 28, 4, 191000.0);
INSERT INTO "players" VALUES (13, 'Blaze', 'Kim Min-jun', 'South Korea', 28, 5, 317000.0);
INSERT INTO "players" VALUES (14, 'Haneul', 'Park Ji-hoon', 'South Korea', 28, 5, 412000.0);
INSERT INTO "players" VALUES (15, 'Navegador', 'Tiago Santos', 'Portugal', 17, 6, 108000.0);
INSERT INTO "players" VALUES (16, 'Fado', 'Rui Almeida', 'Portugal', 23, 6, 42000.0);
INSERT INTO "players" VALUES (17, 'Tordenskjold', 'Mads Nielsen', 'Denmark', 33, 7, 274000.0);
INSERT INTO "players" VALUES (18, 'Glitch', 'Frederik Jensen', 'Denmark', 28, 7, 47000.0);
INSERT INTO "players" VALUES (19, 'Runa', 'Sofie Larsen', 'Denmark', 22, 7, NULL);
INSERT INTO "players" VALUES (20, 'Kaze', 'Takumi Sato', 'Japan', 21, 8, 203000.0);
INSERT INTO "players" VALUES (21, 'Ronin', 'Haruto Tanaka', 'Japan', 22, 8, 317000.0);
INSERT INTO "players" VALUES (22, 'Capoeira', 'Lucas Silva', 'Brazil', 23, 9, 336000.0);
INSERT INTO "players" VALUES (23, 'Jaguar', 'Gabriel Souza', 'Brazil', 24, 9, 126000.0);
INSERT INTO "players" VALUES (24, 'Zico', 'Rafael Costa', 'Brazil', 24, 9, 400000.0);
INSERT INTO "players" VALUES (25, 'Blitzkopf', 'Jonas Weber', 'Germany', 19, 10, 111000.0);
INSERT INTO "players" VALUES (26, 'Pixel', 'Lukas Fischer', 'Germany', 18, 10, 289000.0);
INSERT INTO "players" VALUES (27, 'Mistral', 'Hugo Moreau', 'France', 21, 11, 133000.0);
INSERT INTO "players" VALUES (28, 'Baguette', 'Louis Bernard', 'France', 19, 11, 162000.0);
INSERT INTO "players" VALUES (29, 'Timber', 'Liam Tremblay', 'Canada', 27, 12, 412000.0);
INSERT INTO "players" VALUES (30, 'Aurora', 'Emma Roy', 'Canada', 23, 12, 205000.0);
INSERT INTO "players" VALUES (31, 'Husarz', 'Jakub Nowak', 'Poland', 17, 13, 285000.0);
INSERT INTO "players" VALUES (32, 'Zlota', 'Kamil Wozniak', 'Poland', 21, 13, 176000.0);
INSERT INTO "players" VALUES (33, 'Toro', 'Pablo Garcia', 'Spain', 26, 15, 109000.0);
INSERT INTO "players" VALUES (34, 'Zarzuela', 'Alvaro Martin', 'Spain', 17, 15, 236000.0);
INSERT INTO "players" VALUES (35, 'Drifter', 'Sam Okafor', 'Nigeria', 25, NULL, NULL);
INSERT INTO "players" VALUES (36, 'Echo', NULL, 'Argentina', 25, NULL, NULL);
INSERT INTO "Ref_Game_Titles" VALUES ('LOL', 'League of Legends', 'MOBA');
INSERT INTO "Ref_Game_Titles" VALUES ('DOTA', 'Dota 2', 'MOBA');
INSERT INTO "Ref_Game_Titles" VALUES ('CS2', 'Counter-Strike 2', 'FPS');
INSERT INTO "Ref_Game_Titles" VALUES ('VAL', 'Valorant', 'FPS');
INSERT INTO "Ref_Game_Titles" VALUES ('R6', 'Rainbow Six Siege', 'FPS');
INSERT INTO "Ref_Game_Titles" VALUES ('OW2', 'Overwatch 2', 'Hero Shooter');
INSERT INTO "Ref_Game_Titles" VALUES ('RL', 'Rocket League', 'Sports');
INSERT INTO "Ref_Game_Titles" VALUES ('SC2', 'StarCraft II', 'RTS');
INSERT INTO "Ref_Game_Titles" VALUES ('SF6', 'Street Fighter 6', 'Fighting');
INSERT INTO "Tournaments" VALUES (1, 'Nordic Winter Clash', 'Stockholm', 'Sweden', 1510000, 'LOL', 2022);
INSERT INTO "Tournaments" VALUES (2, 'Atlantic Masters', 'Lisbon', 'Portugal', 1030000, 'CS2', 2023);
INSERT INTO "Tournaments" VALUES (3, 'Pacific Rift Invitational', 'Tokyo', 'Japan', 210000, 'VAL', 2023);
INSERT INTO "Tournaments" VALUES (4, 'Golden Dragon Cup', 'Shanghai', 'China', 1690000, 'DOTA', 2022);
INSERT INTO "Tournaments" VALUES (5, 'Rhine Major', 'Cologne', 'Germany', 860000, 'CS2', 2024);
INSERT INTO "Tournaments" VALUES (6, 'Seoul Summer Showdown', 'Seoul', 'South Korea', 830000, 'LOL', 2024);
INSERT INTO "Tournaments" VALUES (7, 'Copa Tropical', 'Sao Paulo', 'Brazil', 215000, 'VAL', 2023);
INSERT INTO "Tournaments" VALUES (8, 'Baltic Brawl', 'Warsaw', 'Poland', 1200000, 'R6', 2022);
INSERT INTO "Tournaments" VALUES (9, 'Maple Leaf Open', 'Toronto', 'Canada', 1900000, 'RL', 2024);
INSERT INTO "Tournaments" VALUES (10, 'Lone Star Series', 'Austin', 'United States', 115000, 'OW2', 2023);
INSERT INTO "Tournaments" VALUES (11, 'Berlin Grand Prix', 'Berlin', 'Germany', 755000, 'LOL', 2023);
INSERT INTO "Tournaments" VALUES (12, 'Stockholm Frag Fest', 'Stockholm', 'Sweden', 685000, 'CS2', 2024);
INSERT INTO "Tournaments" VALUES (13, 'Riviera Invitational', 'Nice', 'France', NULL, 'DOTA', 2024);
INSERT INTO "Tournaments" VALUES (14, 'Las Vegas Showdown', 'Las Vegas', 'United States', 1100000, 'VAL', 2022);
INSERT INTO "Matches" VALUES (1, 4, 10, 3, 3, 47);
INSERT INTO "Matches" VALUES (2, 4, 10, 1, 1, 25);
INSERT INTO "Matches" VALUES (3, 11, 7, 8, 7, 43);
INSERT INTO "Matches" VALUES (4, 8, 13, 2, 2, 56);
INSERT INTO "Matches" VALUES (5, 6, 3, 8, 3, 39);
INSERT INTO "Matches" VALUES (6, 1, 4, 13, 4, 55);
INSERT INTO "Matches" VALUES (7, 1, 13, 5, 5, 35);
INSERT INTO "Matches" VALUES (8, 3, 1, 10, 10, 27);
INSERT INTO "Matches" VALUES (9, 2, 10, 8, 8, 33);
INSERT INTO "Matches" VALUES (10, 3, 6, 1, 6, 31);
INSERT INTO "Matches" VALUES (11, 9, 6, 5, 5, 29);
INSERT INTO "Matches" VALUES (12, 3, 2, 9, 9, 45);
INSERT INTO "Matches" VALUES (13, 9, 7, 5, 5, 33);
INSERT INTO "Matches" VALUES (14, 5, 12, 7, 7, 26);
INSERT INTO "Matches" VALUES (15, 4, 12, 10, 10, 46);
INSERT INTO "Matches" VALUES (16, 11, 12, 6, 6, 27);
INSERT INTO "Matches" VALUES (17, 4, 10, 1, 1, 48);
INSERT INTO "Matches" VALUES (18, 2, 12, 2, 2, 34);
INSERT INTO "Matches" VALUES (19, 6, 5, 9, 5, 37);
INSERT INTO "Matches" VALUES (20, 9, 5, 3, 3, 44);
INSERT INTO "Matches" VALUES (21, 7, 3, 12, 3, 52);
INSERT INTO "Matches" VALUES (22, 8, 3, 10, 3, 27);
INSERT INTO "Matches" VALUES (23, 3, 5, 11, 11, 34);
INSERT INTO "Matches" VALUES (24, 4, 9, 7, 9, 43);
INSERT INTO "Matches" VALUES (25, 8, 10, 7, 10, 41);
INSERT INTO "Matches" VALUES (26, 10, 2, 7, 7, 46);
INSERT INTO "Matches" VALUES (27, 10, 6, 2, 6, 45);
INSERT INTO "Matches" VALUES (28, 11, 3, 2, 2, 41);
INSERT INTO "Matches" VALUES (29, 4, 6, 2, 2, 27);
INSERT INTO "Matches" VALUES (30, 7, 12, 3, 3, 27);
INSERT INTO "Match_Players" VALUES (1, 25, 17, 1, 'played through illness');
INSERT INTO "Match_Players" VALUES (1, 26, 2, 2, NULL);
INSERT INTO "Match_Players" VALUES (1, 8, 18, 5, NULL);
INSERT INTO "Match_Players" VALUES (1, 9, 10, 8, NULL);
INSERT INTO "Match_Players" VALUES (2, 25, 8, 14, 'played through illness');
INSERT INTO "Match_Players" VALUES (2, 26, 14, 2, NULL);
INSERT INTO "Match_Players" VALUES (2, 1, 8, 13, NULL);
INSERT INTO "Match_Players" VALUES (2, 4, 14, 11, NULL);
INSERT INTO "Match_Players" VALUES (3, 17, 12, 7, NULL);
INSERT INTO "Match_Players" VALUES (3, 18, 18, 10, NULL);
INSERT INTO "Match_Players" VALUES (3, 20, 3, 3, NULL);
INSERT INTO "Match_Players" VALUES (3, 21, 17, 1, NULL);
INSERT INTO "Match_Players" VALUES (4, 31, 1, 13, 'MVP of the match');
INSERT INTO "Match_Players" VALUES (4, 32, 3, 12, NULL);
INSERT INTO "Match_Players" VALUES (4, 5, 18, 6, 'played through illness');
INSERT INTO "Match_Players" VALUES (4, 7, 5, 13, NULL);
INSERT INTO "Match_Players" VALUES (5, 8, 3, 12, NULL);
INSERT INTO "Match_Players" VALUES (5, 9, 3, 12, 'played through illness');
INSERT INTO "Match_Players" VALUES (5, 20, 1, 8, 'substitute');
INSERT INTO "Match_Players" VALUES (5, 21, 10, 12, 'MVP of the match');
INSERT INTO "Match_Players" VALUES (6, 11, 0, 8, NULL);
INSERT INTO "Match_Players" VALUES (6, 12, 12, 14, NULL);
INSERT INTO "Match_Players" VALUES (6, 31, 5, 6, NULL);
INSERT INTO "Match_Players" VALUES (6, 32, 11, 8, 'substitute');
INSERT INTO "Match_Players" VALUES (7, 31, 12, 8, 'substitute');
INSERT INTO "Match_Players" VALUES (7, 32, 0, 10, NULL);
INSERT INTO "Match_Players" VALUES (7, 13, 3, 8, NULL);
INSERT INTO "Match_Players" VALUES (7, 14, 5, 14, NULL);
INSERT INTO "Match_Players" VALUES (8, 1, 7, 7, NULL);
INSERT INTO "Match_Players" VALUES (8, 2, 6, 2, NULL);
INSERT INTO "Match_Players" VALUES (8, 25, 7, 7, NULL);
INSERT INTO "Match_Players" VALUES (8, 26, 10, 2, NULL);
INSERT INTO "Match_Players" VALUES (9, 25, 12, 5, NULL);
INSERT INTO "Match_Players" VALUES (9, 26, 2, 5, 'played through illness');
INSERT INTO "Match_Players" VALUES (9, 20, 4, 2, NULL);
INSERT INTO "Match_Players" VALUES (9, 21, 3, 8, 'played through illness');
INSERT INTO "Match_Players" VALUES (10, 15, 4, 8, 'substitute');
INSERT INTO "Match_Players" VALUES (10, 16, 12, 6, NULL);
INSERT INTO "Match_Players" VALUES (10, 1, 7, 11, NULL);
INSERT INTO "Match_Players" VALUES (10, 3, 10, 4, NULL);
