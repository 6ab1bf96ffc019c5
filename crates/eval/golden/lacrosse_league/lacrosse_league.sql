-- lacrosse_league: schema and rows, written by generate.py
PRAGMA foreign_keys = ON;
CREATE TABLE "club" (
"Club_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Founded" INTEGER,
"Capacity" INTEGER,
"Budget_Million" REAL,
"Conference" TEXT
);
CREATE TABLE "coach" (
"Coach_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Nationality" TEXT,
"Club_ID" INTEGER,
"Role" TEXT,
"Start_Year" INTEGER,
"Championships" INTEGER,
"Former_Player" TEXT
);
CREATE TABLE "player" (
"Player_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Club_ID" INTEGER,
"Position" TEXT,
"Age" INTEGER,
"Height" INTEGER,
"Weight" INTEGER,
"Country" TEXT,
"Jersey_Number" INTEGER,
FOREIGN KEY ("Club_ID") REFERENCES "club"("Club_ID")
);
CREATE TABLE "match" (
"Match_ID" INTEGER PRIMARY KEY,
"Home_Club_ID" INTEGER,
"Away_Club_ID" INTEGER,
"Year" INTEGER,
"Round" INTEGER,
"Format" TEXT,
"Attendance" INTEGER,
"Home_Goals" INTEGER,
"Away_Goals" INTEGER,
FOREIGN KEY ("Home_Club_ID") REFERENCES "club"("Club_ID"),
FOREIGN KEY ("Away_Club_ID") REFERENCES "club"("Club_ID")
);
CREATE TABLE "player_in_match" (
"Player_ID" INTEGER,
"Match_ID" INTEGER,
"Goals" INTEGER,
"Assists" INTEGER,
"Minutes_Played" INTEGER,
PRIMARY KEY ("Player_ID", "Match_ID"),
FOREIGN KEY ("Player_ID") REFERENCES "player"("Player_ID"),
FOREIGN KEY ("Match_ID") REFERENCES "match"("Match_ID")
);
INSERT INTO club VALUES (1, 'Chesapeake Ospreys', 'Baltimore', 'USA', 1987, 11500, 4.2, 'East');
INSERT INTO club VALUES (2, 'Hudson Valley Hawks', 'Albany', 'USA', 1996, 12800, 6.9, 'East');
INSERT INTO club VALUES (3, 'Denver Summit', 'Denver', 'USA', 2003, 6100, 17.1, 'West');
INSERT INTO club VALUES (4, 'Boston Tides', 'Boston', 'USA', 1978, 8800, 13.2, 'East');
INSERT INTO club VALUES (5, 'Toronto Ironmen', 'Toronto', 'Canada', 1969, 6000, 15.6, 'East');
INSERT INTO club VALUES (6, 'Vancouver Rapids', 'Vancouver', 'Canada', 1974, 18400, 8.0, 'West');
INSERT INTO club VALUES (7, 'Calgary Rustlers', 'Calgary', 'Canada', 1992, 10500, 16.4, 'West');
INSERT INTO club VALUES (8, 'Manchester Wolves', 'Manchester', 'England', 1958, 2300, 1.2, 'East');
INSERT INTO club VALUES (9, 'London Rangers', 'London', 'England', 1983, 2100, 2.2, 'East');
INSERT INTO club VALUES (10, 'Sydney Blues', 'Sydney', 'Australia', 1965, 1500, 3.1, 'West');
INSERT INTO club VALUES (11, 'Melbourne Magpies', 'Melbourne', 'Australia', 2001, 2000, 1.8, 'West');
INSERT INTO club VALUES (12, 'Philadelphia Founders', 'Philadelphia', 'USA', 2008, 7300, 8.8, 'East');
INSERT INTO coach VALUES (1, 'Dave Pietramala', 58, 'USA', 1, 'Head', 2011, 1, 'T');
INSERT INTO coach VALUES (2, 'Gary Gait', 57, 'Canada', 5, 'Head', 2012, 1, 'T');
INSERT INTO coach VALUES (3, 'Ian Whitlock', 49, 'England', 8, 'Head', 2014, 0, 'F');
INSERT INTO coach VALUES (4, 'Marcus Holman', 41, 'USA', 2, 'Head', 2008, 1, 'T');
INSERT INTO coach VALUES (5, 'Troy Cordingley', 63, 'Canada', 6, 'Head', 2009, 2, 'T');
INSERT INTO coach VALUES (6, 'Liam Byrne', 46, 'Australia', 10, 'Head', 2008, 1, 'F');
INSERT INTO coach VALUES (7, 'Rob Kavanagh', 52, 'USA', 4, 'Head', 2018, 0, 'F');
INSERT INTO coach VALUES (8, 'Derek Keenan', 61, 'Canada', 7, 'Head', 2010, 4, 'T');
INSERT INTO coach VALUES (9, 'Nathan Price', 38, 'England', 9, 'Head', 2013, 2, 'F');
INSERT INTO coach VALUES (10, 'Connor Walsh', 44, 'USA', 3, 'Head', 2013, 3, 'T');
INSERT INTO coach VALUES (11, 'Brian Silcott', 35, 'Canada', 5, 'Assistant', 2013, 0, 'T');
INSERT INTO coach VALUES (12, 'Sam Whitaker', 33, 'Australia', 10, 'Assistant', 2014, 1, 'T');
INSERT INTO coach VALUES (13, 'Jordan Hale', 39, 'USA', 1, 'Assistant', 2022, 2, 'F');
INSERT INTO coach VALUES (14, 'Owen Tremblay', 47, 'Canada', 6, 'Assistant', 2010, 3, 'F');
INSERT INTO player VALUES (1, 'Jake Thompson', 1, 'Attack', 25, 185, 89, 'USA', 86);
INSERT INTO player VALUES (2, 'Tyler Rambo', 1, 'Attack', 25, 174, 80, 'Canada', 49);
INSERT INTO player VALUES (3, 'Connor Powell', 1, 'Defense', 24, 195, 97, 'USA', 40);
INSERT INTO player VALUES (4, 'Ryan Schreiber', 1, 'Midfield', 26, 176, 87, 'USA', 9);
INSERT INTO player VALUES (5, 'Matt Kirst', 2, 'Attack', 34, 179, 86, 'USA', 2);
INSERT INTO player VALUES (6, 'Chris Gray', 2, 'Defense', 24, 193, 89, 'USA', 76);
INSERT INTO player VALUES (7, 'Brendan Staats', 2, 'Defense', 37, 187, 87, 'USA', 82);
INSERT INTO player VALUES (8, 'Kyle Harrison', 3, 'Defense', 24, 193, 94, 'USA', 26);
INSERT INTO player VALUES (9, 'Shane Dickson', 3, 'Midfield', 21, 187, 85, 'USA', 30);
INSERT INTO player VALUES (10, 'Evan Murray', 3, 'Midfield', 20, 180, 89, 'USA', 34);
INSERT INTO player VALUES (11, 'Drew Fletcher', 4, 'Midfield', 31, 183, 95, 'USA', 33);
INSERT INTO player VALUES (12, 'Cole Sanderson', 4, 'Defense', 19, 186, 92, 'USA', 90);
INSERT INTO player VALUES (13, 'Reece Byrne', 5, 'Midfield', 22, 187, 88, 'Canada', 23);
INSERT INTO player VALUES (14, 'Owen Lambert', 5, 'Midfield', 19, 198, 78, 'Canada', 44);
INSERT INTO player VALUES (15, 'Austin French', 5, 'Defense', 29, 195, 102, 'Canada', 6);
INSERT INTO player VALUES (16, 'Blake Teat', 5, 'Midfield', 35, 183, 95, 'Canada', 13);
INSERT INTO player VALUES (17, 'Mitch Powless', 6, 'Attack', 27, 177, 92, 'Canada', 52);
INSERT INTO player VALUES (18, 'Zach Currier', 6, 'Defense', 28, 194, 101, 'Canada', 67);
INSERT INTO player VALUES (19, 'Lyle Jamieson', 6, 'Midfield', 26, 182, 91, 'Canada', 89);
INSERT INTO player VALUES (20, 'Jeremy Noble', 7, 'Midfield', 20, 179, 91, 'Haudenosaunee', 25);
INSERT INTO player VALUES (21, 'Callum Ashworth', 7, 'Midfield', 35, 178, 94, 'Canada', 62);
INSERT INTO player VALUES (22, 'Harry Clarke', 7, 'Attack', 18, 187, 96, 'Canada', 29);
INSERT INTO player VALUES (23, 'Tom Bennett', 8, 'Defense', 24, 186, 91, 'England', 43);
INSERT INTO player VALUES (24, 'Josh Howell', 8, 'Goalie', 30, 179, 81, 'England', 5);
INSERT INTO player VALUES (25, 'Ben Walker', 8, 'Defense', 32, 183, 86, 'England', 89);
INSERT INTO player VALUES (26, 'Riley Doyle', 9, 'Goalie', 34, 189, 92, 'England', 40);
INSERT INTO player VALUES (27, 'Nick Marchand', 9, 'Midfield', 22, 188, 98, 'England', 86);
INSERT INTO player VALUES (28, 'Sean Quinn', 10, 'Attack', 25, 180, 79, 'Australia', 38);
INSERT INTO player VALUES (29, 'Dylan Hartley', 10, 'Defense', 21, 183, 81, 'Australia', 66);
INSERT INTO player VALUES (30, 'Wesley Kelly', 10, 'Defense', 21, 192, 96, 'Australia', 88);
INSERT INTO player VALUES (31, 'Curtis Bonnar', 11, 'Midfield', 27, 188, 93, 'Australia', 48);
INSERT INTO player VALUES (32, 'Jesse Hill', 11, 'Defense', 21, 194, 92, 'USA', 67);
INSERT INTO player VALUES (33, 'Mark Ellis', 11, 'Midfield', 29, 178, 91, 'Australia', 82);
INSERT INTO player VALUES (34, 'Aidan Reid', 12, 'Midfield', 34, 188, 82, 'Canada', 73);
INSERT INTO player VALUES (35, 'Logan Marshall', 12, 'Attack', 23, 188, 94, 'USA', 25);
INSERT INTO player VALUES (36, 'Brody Ward', 12, 'Defense', 28, 194, 95, 'USA', 57);
INSERT INTO match VALUES (1, 12, 9, 2022, 1, 'Field', 3400, 16, 8);
INSERT INTO match VALUES (2, 2, 6, 2022, 2, 'Box', 8520, 14, 12);
INSERT INTO match VALUES (3, 10, 7, 2022, 3, 'Field', 960, 7, 11);
INSERT INTO match VALUES (4, 8, 10, 2022, 4, 'Field', 2120, 9, 8);
INSERT INTO match VALUES (5, 1, 9, 2022, 5, 'Field', 10300, 16, 10);
INSERT INTO match VALUES (6, 10, 3, 2022, 6, 'Box', 1000, 7, 6);
INSERT INTO match VALUES (7, 6, 5, 2022, 7, 'Box', 10930, 16, 7);
INSERT INTO match VALUES (8, 9, 4, 2022, 8, 'Field', 1980, 10, 16);
INSERT INTO match VALUES (9, 9, 11, 2022, 9, 'Field', 1650, 16, 14);
INSERT INTO match VALUES (10, 2, 12, 2022, 10, 'Field', 8750, 16, 6);
INSERT INTO match VALUES (11, 2, 3, 2023, 1, 'Box', 8730, 12, 6);
INSERT INTO match VALUES (12, 8, 2, 2023, 2, 'Field', 2110, 10, 13);
INSERT INTO match VALUES (13, 12, 1, 2023, 3, 'Box', 5420, 17, 9);
INSERT INTO match VALUES (14, 11, 10, 2023, 4, 'Field', 1620, 9, 8);
INSERT INTO match VALUES (15, 2, 3, 2023, 5, 'Field', 6970, 9, 6);
INSERT INTO match VALUES (16, 10, 4, 2023, 6, 'Box', 910, 8, 11);
INSERT INTO match VALUES (17, 2, 6, 2023, 7, 'Box', 11690, 15, 6);
INSERT INTO match VALUES (18, 10, 7, 2023, 8, 'Box', 740, 6, 9);
INSERT INTO match VALUES (19, 5, 6, 2023, 9, 'Box', 4130, 14, 10);
INSERT INTO match VALUES (20, 11, 12, 2023, 10, 'Box', 1800, 7, 15);
INSERT INTO match VALUES (21, 5, 12, 2024, 1, 'Field', 3640, 17, 16);
INSERT INTO match VALUES (22, 3, 8, 2024, 2, 'Field', 3050, 17, 11);
INSERT INTO match VALUES (23, 11, 7, 2024, 3, 'Field', 1590, 12, 9);
INSERT INTO match VALUES (24, 6, 2, 2024, 4, 'Field', 10120, 7, 14);
INSERT INTO match VALUES (25, 12, 10, 2024, 5, 'Box', 4310, 9, 8);
INSERT INTO match VALUES (26, 5, 9, 2024, 6, 'Field', 5260, 9, 14);
INSERT INTO match VALUES (27, 1, 4, 2024, 7, 'Field', 7110, 6, 5);
INSERT INTO match VALUES (28, 10, 6, 2024, 8, 'Box', 850, 12, 10);
INSERT INTO match VALUES (29, 6, 1, 2024, 9, 'Box', 9380, 10, 6);
INSERT INTO match VALUES (30, 5, 8, 2024, 10, 'Field', 4220, 11, 13);
INSERT INTO player_in_match VALUES (1, 13, 3, 0, 60);
INSERT INTO player_in_match VALUES (2, 5, 3, 2, 60);
INSERT INTO player_in_match VALUES (3, 27, 0, 2, 60);
INSERT INTO player_in_match VALUES (4, 13, 3, 2, 45);
INSERT INTO player_in_match VALUES (5, 11, 0, 0, 60);
INSERT INTO player_in_match VALUES (5, 15, 6, 4, 60);
INSERT INTO player_in_match VALUES (5, 17, 5, 4, 50);
INSERT INTO player_in_match VALUES (8, 6, 1, 2, 60);
INSERT INTO player_in_match VALUES (8, 11, 0, 2, 60);
INSERT INTO player_in_match VALUES (10, 11, 3, 3, 45);
INSERT INTO player_in_match VALUES (10, 15, 2, 3, 60);
INSERT INTO player_in_match VALUES (11, 27, 3, 3, 60);
INSERT INTO player_in_match VALUES (15, 7, 0, 2, 60);
INSERT INTO player_in_match VALUES (15, 26, 0, 0, 60);
INSERT INTO player_in_match VALUES (16, 19, 0, 3, 45);
INSERT INTO player_in_match VALUES (16, 21, 3, 0, 40);
INSERT INTO player_in_match VALUES (17, 24, 2, 3, 48);
INSERT INTO player_in_match VALUES (18, 17, 1, 0, 40);
INSERT INTO player_in_match VALUES (18, 19, 1, 1, 50);
INSERT INTO player_in_match VALUES (19, 2, 2, 2, 60);
INSERT INTO player_in_match VALUES (21, 23, 2, 2, 60);
INSERT INTO player_in_match VALUES (22, 18, 2, 2, 45);
INSERT INTO player_in_match VALUES (23, 12, 0, 0, 48);
INSERT INTO player_in_match VALUES (24, 4, 0, 0, 48);
INSERT INTO player_in_match VALUES (24, 12, 0, 0, 60);
INSERT INTO player_in_match VALUES (26, 5, 0, 1, 40);
INSERT INTO player_in_match VALUES (26, 9, 0, 1, 60);
INSERT INTO player_in_match VALUES (27, 9, 3, 2, 60);
INSERT INTO player_in_match VALUES (29, 25, 1, 1, 25);
INSERT INTO player_in_match VALUES (30, 4, 1, 2, 60);
INSERT INTO player_in_match VALUES (30, 14, 0, 2, 60);
INSERT INTO player_in_match VALUES (31, 14, 4, 3, 60);
INSERT INTO player_in_match VALUES (34, 1, 1, 1, 60);
INSERT INTO player_in_match VALUES (34, 20, 3, 0, 28);
INSERT INTO player_in_match VALUES (34, 25, 1, 1, 38);
INSERT INTO player_in_match VALUES (35, 1, 4, 4, 40);
INSERT INTO player_in_match VALUES (35, 13, 3, 4, 45);
INSERT INTO player_in_match VALUES (35, 20, 1, 3, 60);
INSERT INTO player_in_match VALUES (35, 21, 1, 2, 60);
INSERT INTO player_in_match VALUES (36, 21, 1, 0, 60);
