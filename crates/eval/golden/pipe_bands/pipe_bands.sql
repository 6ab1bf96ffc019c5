PRAGMA foreign_keys = ON;
CREATE TABLE "band" (
"Band_ID" int,
"Name" text,
"Country" text,
"City" text,
"Grade" int,
"Founded_Year" int,
"Members" int,
"Sponsored" text,
PRIMARY KEY ("Band_ID")
);
CREATE TABLE "piper" (
"Piper_ID" int,
"Name" text,
"Age" int,
"Nationality" text,
"Years_Playing" int,
"Band_ID" int,
"Former_Band_ID" int,
"Pipe_Major" text,
PRIMARY KEY ("Piper_ID"),
FOREIGN KEY ("Band_ID") REFERENCES "band"("Band_ID")
);
CREATE TABLE "competition" (
"Competition_ID" int,
"Name" text,
"Year" int,
"City" text,
"Country" text,
"Type" text,
"Attendance" int,
"Prize_Money" real,
PRIMARY KEY ("Competition_ID")
);
CREATE TABLE "band_in_competition" (
"Band_ID" int,
"Competition_ID" int,
"Rank" int,
"Total_Points" real,
PRIMARY KEY ("Band_ID", "Competition_ID"),
FOREIGN KEY ("Band_ID") REFERENCES "band"("Band_ID"),
FOREIGN KEY ("Competition_ID") REFERENCES "competition"("Competition_ID")
);
INSERT INTO band VALUES (1, 'Shotts and Dykehead Caledonia', 'Scotland', 'Shotts', 1, 1910, 37, 'Yes');
INSERT INTO band VALUES (2, 'Inveraray and District', 'Scotland', 'Inveraray', 1, 1980, 38, 'Yes');
INSERT INTO band VALUES (3, 'Field Marshal Montgomery', 'Northern Ireland', 'Lisburn', 1, 1948, 34, 'Yes');
INSERT INTO band VALUES (4, 'Simon Fraser University', 'Canada', 'Burnaby', 1, 1981, 37, 'Yes');
INSERT INTO band VALUES (5, 'St Laurence O''Toole', 'Ireland', 'Dublin', 1, 1910, 41, 'Yes');
INSERT INTO band VALUES (6, 'Boghall and Bathgate Caledonia', 'Scotland', 'Bathgate', 1, 1956, 36, 'No');
INSERT INTO band VALUES (7, 'Scottish Power', 'Scotland', 'Glasgow', 1, 1987, 36, 'No');
INSERT INTO band VALUES (8, 'Glasgow Police', 'Scotland', 'Glasgow', 2, 1883, 25, 'No');
INSERT INTO band VALUES (9, '78th Fraser Highlanders', 'Canada', 'Toronto', 1, 1975, 34, 'Yes');
INSERT INTO band VALUES (10, 'Manawatu Scottish', 'New Zealand', 'Palmerston North', 2, 1963, 25, 'Yes');
INSERT INTO band VALUES (11, 'Canterbury Caledonian Society', 'New Zealand', 'Christchurch', 2, 1929, 24, 'No');
INSERT INTO band VALUES (12, 'Ballycoan', 'Northern Ireland', 'Belfast', 2, 1967, 28, 'No');
INSERT INTO band VALUES (13, 'City of Dunedin', 'New Zealand', 'Dunedin', 3, 1952, 22, 'No');
INSERT INTO band VALUES (14, 'Lomond and Clyde', 'Scotland', 'Helensburgh', 3, 1993, 16, 'No');
INSERT INTO band VALUES (15, 'Denny and Dunipace', 'Scotland', 'Denny', 2, 1958, 25, 'No');
INSERT INTO band VALUES (16, 'Los Angeles Scots', 'USA', 'Los Angeles', 2, 1998, 24, 'No');
INSERT INTO piper VALUES (1, 'Ryan Canning', 54, 'Scotland', 14, 1, NULL, 'T');
INSERT INTO piper VALUES (2, 'Stuart Liddell', 57, 'Scotland', 12, 2, NULL, 'T');
INSERT INTO piper VALUES (3, 'Richard Parkes', 43, 'Northern Ireland', 13, 3, NULL, 'T');
INSERT INTO piper VALUES (4, 'Alastair Lee', 45, 'Canada', 33, 4, 9, 'T');
INSERT INTO piper VALUES (5, 'Terry Tully', 57, 'Ireland', 13, 5, NULL, 'T');
INSERT INTO piper VALUES (6, 'Gordon Conn', 38, 'Scotland', 26, 6, 1, 'T');
INSERT INTO piper VALUES (7, 'Chris Armstrong', 45, 'Scotland', 21, 7, NULL, 'T');
INSERT INTO piper VALUES (8, 'Duncan Nicholson', 45, 'Scotland', 8, 8, 7, 'T');
INSERT INTO piper VALUES (9, 'Bill Livingstone', 49, 'Canada', 7, 9, NULL, 'T');
INSERT INTO piper VALUES (10, 'Fraser Morrison', 28, 'Scotland', 10, 1, NULL, 'F');
INSERT INTO piper VALUES (11, 'Callum Beaumont', 25, 'Scotland', 15, 2, 1, 'F');
INSERT INTO piper VALUES (12, 'Iain Speirs', 29, 'Scotland', 18, 1, 6, 'F');
INSERT INTO piper VALUES (13, 'Finlay Johnston', 41, 'Scotland', 13, 7, 2, 'F');
INSERT INTO piper VALUES (14, 'Jack Lee', 44, 'Canada', 25, 4, NULL, 'F');
INSERT INTO piper VALUES (15, 'Niall Stewart', 49, 'Scotland', 18, 3, 7, 'F');
INSERT INTO piper VALUES (16, 'Hugh MacInnes', 56, 'New Zealand', 24, 10, NULL, 'T');
INSERT INTO piper VALUES (17, 'Tom McLeod', 23, 'New Zealand', 11, 11, 10, 'F');
INSERT INTO piper VALUES (18, 'Aaron Shaw', 39, 'Northern Ireland', 13, 12, 3, 'T');
INSERT INTO piper VALUES (19, 'Kirsty Ross', 49, 'Scotland', 17, 6, NULL, 'F');
INSERT INTO piper VALUES (20, 'Eilidh Grant', 36, 'Scotland', 4, 2, NULL, 'F');
INSERT INTO piper VALUES (21, 'Sean McKeown', 44, 'Northern Ireland', 27, 3, NULL, 'F');
INSERT INTO piper VALUES (22, 'Andrew Carlisle', 27, 'Northern Ireland', 6, 12, NULL, 'F');
INSERT INTO piper VALUES (23, 'Michael Grey', 43, 'Canada', 31, 9, 4, 'F');
INSERT INTO piper VALUES (24, 'Donald Gillies', 27, 'Scotland', 13, 8, NULL, 'F');
INSERT INTO piper VALUES (25, 'Ross Cowan', 44, 'Scotland', 33, 1, 2, 'F');
INSERT INTO piper VALUES (26, 'Mark Tully', 39, 'Ireland', 24, 5, NULL, 'F');
INSERT INTO piper VALUES (27, 'Eric Ward', 39, 'USA', 9, 16, 4, 'T');
INSERT INTO piper VALUES (28, 'Angus MacColl', 59, 'Scotland', 25, 7, NULL, 'F');
INSERT INTO piper VALUES (29, 'Brian Donaldson', 31, 'New Zealand', 9, 10, 11, 'F');
INSERT INTO piper VALUES (30, 'Connor Sinton', 44, 'Scotland', 32, 6, 2, 'F');
INSERT INTO competition VALUES (1, 'World Pipe Band Championships', 2022, 'Glasgow', 'Scotland', 'Major', 39622, 44.0);
INSERT INTO competition VALUES (2, 'European Pipe Band Championships', 2022, 'Aberdeen', 'Scotland', 'Major', 17497, 17.6);
INSERT INTO competition VALUES (3, 'British Pipe Band Championships', 2022, 'Paisley', 'Scotland', 'Major', 10382, 18.3);
INSERT INTO competition VALUES (4, 'Cowal Highland Gathering', 2022, 'Dunoon', 'Scotland', 'Highland Games', 3408, 3.7);
INSERT INTO competition VALUES (5, 'World Pipe Band Championships', 2023, 'Glasgow', 'Scotland', 'Major', 44723, 43.2);
INSERT INTO competition VALUES (6, 'European Pipe Band Championships', 2023, 'Belfast', 'Northern Ireland', 'Major', 11347, 17.9);
INSERT INTO competition VALUES (7, 'North American Championships', 2023, 'Maxville', 'Canada', 'Championship', 11774, 13.9);
INSERT INTO competition VALUES (8, 'New Zealand Pipe Band Championships', 2023, 'Christchurch', 'New Zealand', 'Championship', 5078, 14.3);
INSERT INTO competition VALUES (9, 'Scottish Pipe Band Championships', 2023, 'Dumbarton', 'Scotland', 'Major', 17529, 22.4);
INSERT INTO competition VALUES (10, 'World Pipe Band Championships', 2024, 'Glasgow', 'Scotland', 'Major', 38743, 55.8);
INSERT INTO competition VALUES (11, 'Ulster Pipe Band Championships', 2024, 'Lisburn', 'Northern Ireland', 'Championship', 10605, 14.0);
INSERT INTO competition VALUES (12, 'Bridge of Allan Highland Games', 2024, 'Bridge of Allan', 'Scotland', 'Highland Games', 5550, 3.5);
INSERT INTO competition VALUES (13, 'Glenfinnan Highland Games', 2024, 'Glenfinnan', 'Scotland', 'Highland Games', 2699, 6.2);
INSERT INTO band_in_competition VALUES (2, 1, 1, 91.9);
INSERT INTO band_in_competition VALUES (1, 1, 2, 88.2);
INSERT INTO band_in_competition VALUES (5, 1, 3, 86.9);
INSERT INTO band_in_competition VALUES (4, 1, 4, 85.8);
INSERT INTO band_in_competition VALUES (3, 1, 5, 85.3);
INSERT INTO band_in_competition VALUES (6, 1, 6, 85.1);
INSERT INTO band_in_competition VALUES (9, 1, 7, 80.9);
INSERT INTO band_in_competition VALUES (1, 2, 1, 89.5);
INSERT INTO band_in_competition VALUES (2, 2, 2, 88.4);
INSERT INTO band_in_competition VALUES (3, 2, 3, 86.1);
INSERT INTO band_in_competition VALUES (6, 2, 4, 82.4);
INSERT INTO band_in_competition VALUES (7, 2, 5, 79.1);
INSERT INTO band_in_competition VALUES (2, 3, 1, 94.0);
INSERT INTO band_in_competition VALUES (1, 3, 2, 93.9);
INSERT INTO band_in_competition VALUES (6, 3, 3, 87.3);
INSERT INTO band_in_competition VALUES (7, 3, 4, 81.7);
INSERT INTO band_in_competition VALUES (8, 3, 5, 74.4);
INSERT INTO band_in_competition VALUES (1, 4, 1, 93.6);
INSERT INTO band_in_competition VALUES (2, 4, 2, 90.7);
INSERT INTO band_in_competition VALUES (7, 4, 3, 83.2);
INSERT INTO band_in_competition VALUES (15, 4, 4, 76.8);
INSERT INTO band_in_competition VALUES (1, 5, 1, 92.1);
INSERT INTO band_in_competition VALUES (2, 5, 2, 89.9);
INSERT INTO band_in_competition VALUES (9, 5, 3, 87.5);
INSERT INTO band_in_competition VALUES (4, 5, 4, 86.8);
INSERT INTO band_in_competition VALUES (3, 5, 5, 85.9);
INSERT INTO band_in_competition VALUES (5, 5, 6, 83.1);
INSERT INTO band_in_competition VALUES (7, 5, 7, 81.2);
INSERT INTO band_in_competition VALUES (2, 6, 1, 90.9);
INSERT INTO band_in_competition VALUES (5, 6, 2, 89.8);
INSERT INTO band_in_competition VALUES (3, 6, 3, 89.2);
INSERT INTO band_in_competition VALUES (6, 6, 4, 87.9);
INSERT INTO band_in_competition VALUES (12, 6, 5, 74.5);
INSERT INTO band_in_competition VALUES (9, 7, 1, 87.0);
INSERT INTO band_in_competition VALUES (4, 7, 2, 85.4);
INSERT INTO band_in_competition VALUES (16, 7, 3, 73.0);
INSERT INTO band_in_competition VALUES (10, 8, 1, 79.3);
INSERT INTO band_in_competition VALUES (13, 8, 2, 71.4);
INSERT INTO band_in_competition VALUES (2, 9, 1, 93.2);
INSERT INTO band_in_competition VALUES (1, 9, 2, 92.2);
INSERT INTO band_in_competition VALUES (6, 9, 3, 82.6);
INSERT INTO band_in_competition VALUES (8, 9, 4, 75.7);
INSERT INTO band_in_competition VALUES (1, 10, 1, 96.0);
INSERT INTO band_in_competition VALUES (2, 10, 2, 92.5);
INSERT INTO band_in_competition VALUES (3, 10, 3, 89.6);
INSERT INTO band_in_competition VALUES (4, 10, 4, 84.5);
INSERT INTO band_in_competition VALUES (6, 10, 5, 82.0);
INSERT INTO band_in_competition VALUES (7, 10, 6, 80.5);
INSERT INTO band_in_competition VALUES (5, 11, 1, 87.8);
INSERT INTO band_in_competition VALUES (3, 11, 2, 84.2);
INSERT INTO band_in_competition VALUES (12, 11, 3, 76.2);
INSERT INTO band_in_competition VALUES (8, 12, 1, 75.4);
INSERT INTO band_in_competition VALUES (15, 12, 2, 74.1);
