PRAGMA foreign_keys = ON;
CREATE TABLE "canal" (
"Canal_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Region" TEXT,
"Length" REAL,
"Opened" INTEGER,
"Summit_Height" INTEGER,
"Navigable" TEXT
);
CREATE TABLE "lock_keeper" (
"Keeper_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Hometown" TEXT,
"Years_Service" INTEGER,
"Full_Time" TEXT
);
CREATE TABLE "Lock" (
"Lock_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Canal_ID" INTEGER,
"Type" TEXT,
"Chambers" INTEGER,
"Rise" REAL,
"Year_Built" INTEGER,
"Keeper_ID" INTEGER,
"Relief_Keeper_ID" INTEGER,
FOREIGN KEY ("Canal_ID") REFERENCES "canal"("Canal_ID"),
FOREIGN KEY ("Keeper_ID") REFERENCES "lock_keeper"("Keeper_ID"),
FOREIGN KEY ("Relief_Keeper_ID") REFERENCES "lock_keeper"("Keeper_ID")
);
CREATE TABLE "boat" (
"Boat_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Length" INTEGER,
"Year_Built" INTEGER,
"Owner_Country" TEXT,
"Hire" TEXT,
"Home_Canal_ID" INTEGER
);
CREATE TABLE "passage" (
"Boat_ID" INTEGER,
"Lock_ID" INTEGER,
"Year" INTEGER,
"Direction" TEXT,
"Wait_Minutes" INTEGER,
PRIMARY KEY ("Boat_ID", "Lock_ID"),
FOREIGN KEY ("Boat_ID") REFERENCES "boat"("Boat_ID"),
FOREIGN KEY ("Lock_ID") REFERENCES "Lock"("Lock_ID")
);
INSERT INTO canal VALUES (1, 'Grand Union Canal', 'Midlands', 220.5, 1814, 132, 'T');
INSERT INTO canal VALUES (2, 'Kennet and Avon Canal', 'South', 140.0, 1810, 137, 'T');
INSERT INTO canal VALUES (3, 'Leeds and Liverpool Canal', 'North West', 204.2, 1816, 148, 'T');
INSERT INTO canal VALUES (4, 'Llangollen Canal', 'Wales', 74.0, 1805, 94, 'T');
INSERT INTO canal VALUES (5, 'Oxford Canal', 'South', 126.3, 1790, 120, 'T');
INSERT INTO canal VALUES (6, 'Trent and Mersey Canal', 'Midlands', 150.1, 1777, 124, 'T');
INSERT INTO canal VALUES (7, 'Shropshire Union Canal', 'Midlands', 107.4, 1835, 145, 'T');
INSERT INTO canal VALUES (8, 'Rochdale Canal', 'North West', 51.5, 1804, 183, 'T');
INSERT INTO canal VALUES (9, 'Caledonian Canal', 'Scotland', 96.6, 1822, 32, 'T');
INSERT INTO canal VALUES (10, 'Montgomery Canal', 'Wales', 53.1, 1821, 87, 'F');
INSERT INTO canal VALUES (11, 'Grantham Canal', 'East Midlands', 53.9, 1797, 43, 'F');
INSERT INTO canal VALUES (12, 'Nottingham Canal', 'East Midlands', 24.1, 1796, 51, 'F');
INSERT INTO lock_keeper VALUES (1, 'Arthur Pennington', 64, 'Birmingham', 21, 'Yes');
INSERT INTO lock_keeper VALUES (2, 'Maureen Blake', 47, 'Bath', 2, 'No');
INSERT INTO lock_keeper VALUES (3, 'Gareth Llewellyn', 38, 'Llangollen', 16, 'Yes');
INSERT INTO lock_keeper VALUES (4, 'Fiona MacLeod', 29, 'Inverness', 3, 'No');
INSERT INTO lock_keeper VALUES (5, 'Derek Holloway', 55, 'Birmingham', 23, 'Yes');
INSERT INTO lock_keeper VALUES (6, 'Susan Ainsworth', 33, 'Leeds', 8, 'Yes');
INSERT INTO lock_keeper VALUES (7, 'Rhys Morgan', 26, 'Llangollen', 3, 'Yes');
INSERT INTO lock_keeper VALUES (8, 'Colin Whitaker', 58, 'Leeds', 33, 'No');
INSERT INTO lock_keeper VALUES (9, 'Janet Farrow', 41, 'Oxford', 2, 'No');
INSERT INTO lock_keeper VALUES (10, 'Hamish Grant', 52, 'Inverness', 4, 'Yes');
INSERT INTO lock_keeper VALUES (11, 'Linda Oakes', 36, 'Bath', 5, 'No');
INSERT INTO lock_keeper VALUES (12, 'Peter Crosby', 61, 'Birmingham', 27, 'Yes');
INSERT INTO lock_keeper VALUES (13, 'Brian Hesketh', 44, 'Leeds', 5, 'No');
INSERT INTO lock_keeper VALUES (14, 'Eileen Marsh', 23, 'Oxford', 1, 'No');
INSERT INTO lock_keeper VALUES (15, 'Tom Ashby', 49, 'Birmingham', 23, 'Yes');
INSERT INTO Lock VALUES (1, 'Hatton Top Lock', 1, 'Broad', 1, 2.1, 1799, 1, 5);
INSERT INTO Lock VALUES (2, 'Foxton Staircase', 1, 'Staircase', 10, 22.9, 1814, 12, NULL);
INSERT INTO Lock VALUES (3, 'Stoke Bruerne Top Lock', 1, 'Broad', 1, 2.4, 1805, 5, 15);
INSERT INTO Lock VALUES (4, 'Cowroast Lock', 1, 'Broad', 1, 1.9, 1799, 1, NULL);
INSERT INTO Lock VALUES (5, 'Marsworth Lock', 1, 'Broad', 1, 2.0, 1800, 12, 1);
INSERT INTO Lock VALUES (6, 'Caen Hill Lock', 2, 'Broad', 1, 2.7, 1810, 2, 11);
INSERT INTO Lock VALUES (7, 'Bath Deep Lock', 2, 'Broad', 1, 5.9, 1976, 11, 2);
INSERT INTO Lock VALUES (8, 'Bingley Five Rise', 3, 'Staircase', 5, 18.0, 1774, 6, 8);
INSERT INTO Lock VALUES (9, 'Wigan Top Lock', 3, 'Broad', 1, 2.3, 1816, 8, NULL);
INSERT INTO Lock VALUES (10, 'Grindley Brook Staircase', 4, 'Staircase', 3, 5.8, 1805, 3, 7);
INSERT INTO Lock VALUES (11, 'New Marton Lock', 4, 'Narrow', 1, 2.6, 1805, 7, 3);
INSERT INTO Lock VALUES (12, 'Somerton Deep Lock', 5, 'Narrow', 1, 3.7, 1787, 9, NULL);
INSERT INTO Lock VALUES (13, 'Napton Top Lock', 5, 'Narrow', 1, 2.2, 1778, 9, 14);
INSERT INTO Lock VALUES (14, 'Fradley Junction Lock', 6, 'Narrow', 1, 1.8, 1770, 5, 1);
INSERT INTO Lock VALUES (15, 'Wheelock Lock', 6, 'Narrow', 1, 2.5, 1777, 12, NULL);
INSERT INTO Lock VALUES (16, 'Audlem Top Lock', 7, 'Narrow', 1, 2.2, 1835, 5, 12);
INSERT INTO Lock VALUES (17, 'Bunbury Staircase', 7, 'Staircase', 2, 4.8, 1779, 8, NULL);
INSERT INTO Lock VALUES (18, 'Tuel Lane Lock', 8, 'Broad', 1, 6.0, 1996, 6, 13);
INSERT INTO Lock VALUES (19, 'Neptune''s Staircase', 9, 'Staircase', 8, 19.2, 1822, 4, 10);
INSERT INTO Lock VALUES (20, 'Fort Augustus Locks', 9, 'Staircase', 5, 12.4, 1822, 10, 4);
INSERT INTO Lock VALUES (21, 'Frankton Locks', 10, 'Staircase', 2, 3.6, 1796, 3, NULL);
INSERT INTO Lock VALUES (22, 'Kegworth Flood Lock', 11, 'Flood', 1, 0.6, 1797, 11, NULL);
INSERT INTO boat VALUES (1, 'Kingfisher', 'Narrowboat', 52, 1992, 'England', 'Y', 1);
INSERT INTO boat VALUES (2, 'Dragonfly', 'Narrowboat', 55, 2014, 'England', 'N', 6);
INSERT INTO boat VALUES (3, 'Rosie Lee', 'Narrowboat', 72, 1934, 'England', 'N', 1);
INSERT INTO boat VALUES (4, 'Morning Mist', 'Widebeam', 56, 1979, 'England', 'N', 2);
INSERT INTO boat VALUES (5, 'Tranquility', 'Narrowboat', 51, 1990, 'Wales', 'Y', 4);
INSERT INTO boat VALUES (6, 'Otter', 'Cruiser', 38, 2004, 'England', 'N', 5);
INSERT INTO boat VALUES (7, 'Willow', 'Narrowboat', 61, 2021, 'Scotland', 'N', 9);
INSERT INTO boat VALUES (8, 'Bumblebee', 'Narrowboat', 47, 2008, 'England', 'Y', 7);
INSERT INTO boat VALUES (9, 'Lady Grace', 'Widebeam', 59, 1986, 'Netherlands', 'N', 2);
INSERT INTO boat VALUES (10, 'Spirit of Bath', 'Widebeam', 53, 1972, 'England', 'Y', 2);
INSERT INTO boat VALUES (11, 'Wandering Star', 'Narrowboat', 69, 1994, 'Wales', 'N', 4);
INSERT INTO boat VALUES (12, 'Moorhen', 'Cruiser', 25, 1978, 'Scotland', 'Y', 9);
INSERT INTO boat VALUES (13, 'Puddle Duck', 'Narrowboat', 54, 1991, 'England', 'N', 3);
INSERT INTO boat VALUES (14, 'Hestia', 'Dutch Barge', 60, 1976, 'Netherlands', 'N', 3);
INSERT INTO boat VALUES (15, 'Celandine', 'Narrowboat', 50, 1983, 'Germany', 'Y', 5);
INSERT INTO boat VALUES (16, 'Saltaire Rose', 'Narrowboat', 49, 1968, 'England', 'N', 3);
INSERT INTO boat VALUES (17, 'Nutmeg', 'Narrowboat', 67, 2006, 'Wales', 'N', 10);
INSERT INTO boat VALUES (18, 'Heron', 'Widebeam', 66, 2016, 'Scotland', 'N', 9);
INSERT INTO boat VALUES (19, 'Jolly Roger', 'Cruiser', 28, 1985, 'Germany', 'N', 8);
INSERT INTO boat VALUES (20, 'Dunlin', 'Narrowboat', 45, 1974, 'England', 'Y', 6);
INSERT INTO passage VALUES (8, 6, 2021, 'Down', 45);
INSERT INTO passage VALUES (2, 16, 2024, 'Up', 5);
INSERT INTO passage VALUES (3, 17, 2024, 'Down', 90);
INSERT INTO passage VALUES (11, 8, 2022, 'Down', 0);
INSERT INTO passage VALUES (15, 1, 2024, 'Up', 90);
INSERT INTO passage VALUES (3, 7, 2024, 'Up', 45);
INSERT INTO passage VALUES (13, 20, 2021, 'Up', 90);
INSERT INTO passage VALUES (8, 19, 2021, 'Down', 5);
INSERT INTO passage VALUES (16, 8, 2021, 'Down', 90);
INSERT INTO passage VALUES (14, 1, 2022, 'Up', 45);
INSERT INTO passage VALUES (7, 3, 2024, 'Up', 90);
INSERT INTO passage VALUES (11, 6, 2024, 'Up', 45);
INSERT INTO passage VALUES (12, 8, 2021, 'Down', 60);
INSERT INTO passage VALUES (14, 16, 2021, 'Down', 60);
INSERT INTO passage VALUES (5, 1, 2023, 'Down', 25);
INSERT INTO passage VALUES (7, 13, 2022, 'Up', 45);
INSERT INTO passage VALUES (3, 6, 2024, 'Up', 15);
INSERT INTO passage VALUES (4, 1, 2021, 'Up', 90);
INSERT INTO passage VALUES (1, 2, 2024, 'Up', 0);
INSERT INTO passage VALUES (18, 16, 2021, 'Down', 10);
INSERT INTO passage VALUES (5, 9, 2023, 'Up', 10);
INSERT INTO passage VALUES (10, 1, 2021, 'Down', 5);
INSERT INTO passage VALUES (6, 11, 2022, 'Up', 0);
INSERT INTO passage VALUES (7, 17, 2022, 'Up', 60);
INSERT INTO passage VALUES (12, 6, 2022, 'Down', 10);
INSERT INTO passage VALUES (1, 1, 2021, 'Down', 25);
INSERT INTO passage VALUES (9, 20, 2024, 'Down', 30);
INSERT INTO passage VALUES (7, 19, 2021, 'Down', 60);
INSERT INTO passage VALUES (16, 2, 2021, 'Down', 60);
INSERT INTO passage VALUES (8, 8, 2022, 'Down', 25);
INSERT INTO passage VALUES (3, 9, 2022, 'Up', 25);
INSERT INTO passage VALUES (10, 13, 2024, 'Up', 15);
INSERT INTO passage VALUES (2, 1, 2024, 'Up', 60);
INSERT INTO passage VALUES (8, 2, 2021, 'Down', 60);
INSERT INTO passage VALUES (9, 6, 2021, 'Up', 0);
INSERT INTO passage VALUES (4, 19, 2022, 'Down', 90);
INSERT INTO passage VALUES (14, 6, 2023, 'Up', 25);
