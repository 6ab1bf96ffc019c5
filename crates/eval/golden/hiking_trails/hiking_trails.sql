PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Park (
    ParkID INTEGER PRIMARY KEY,
    ParkName TEXT NOT NULL,
    StateCode TEXT,
    AreaSqMi REAL,
    YearEst INTEGER
);
CREATE TABLE Ref_Difficulty_Levels (
    difficulty_code TEXT PRIMARY KEY,
    difficulty_level TEXT,
    difficulty_description TEXT
);
CREATE TABLE trails (
    trail_id INTEGER PRIMARY KEY,
    trail_name TEXT NOT NULL,
    park_id INTEGER,
    length_km TEXT,
    elev_gain_m INTEGER,
    difficulty_code TEXT,
    is_loop TEXT,
    FOREIGN KEY (park_id) REFERENCES Park(ParkID),
    FOREIGN KEY (difficulty_code) REFERENCES Ref_Difficulty_Levels(difficulty_code)
);
CREATE TABLE Ranger (
    rgr_id INTEGER PRIMARY KEY,
    rgr_fname TEXT,
    rgr_lname TEXT,
    park_id INTEGER,
    hire_dt TEXT,
    rank_cd TEXT,
    Supervisor INTEGER,
    FOREIGN KEY (park_id) REFERENCES Park(ParkID),
    FOREIGN KEY (Supervisor) REFERENCES Ranger(rgr_id)
);
CREATE TABLE hikers (
    hiker_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    gender TEXT,
    dob TEXT,
    home_city TEXT,
    ph_no TEXT
);
CREATE TABLE hike_logs (
    log_id INTEGER PRIMARY KEY,
    hiker_id INTEGER,
    trail_id INTEGER,
    hike_date TEXT,
    hrs REAL,
    rating INTEGER,
    party_size INTEGER
);
CREATE TABLE trail_closures (
    closure_id INTEGER PRIMARY KEY,
    trail_id INTEGER,
    closed_from TEXT,
    closed_to TEXT,
    reason TEXT,
    ordered_by INTEGER,
    FOREIGN KEY (trail_id) REFERENCES trails(trail_id),
    FOREIGN KEY (ordered_by) REFERENCES Ranger(rgr_id)
);
CREATE TABLE hikers_parks (
    permit_no INTEGER PRIMARY KEY,
    hiker_id INTEGER,
    park_id INTEGER,
    issue_date TEXT,
    permit_type TEXT,
    fee_amt REAL,
    FOREIGN KEY (hiker_id) REFERENCES hikers(hiker_id),
    FOREIGN KEY (park_id) REFERENCES Park(ParkID)
);
INSERT INTO Park VALUES (1, 'Yosemite', 'CA', 1169.0, 1890);
INSERT INTO Park VALUES (2, 'Zion', 'UT', 229.1, 1919);
INSERT INTO Park VALUES (3, 'Yellowstone', 'WY', 3471.2, 1872);
INSERT INTO Park VALUES (4, 'Rocky Mountain', 'CO', 415.1, 1915);
INSERT INTO Park VALUES (5, 'Olympic', 'WA', 1441.5, 1938);
INSERT INTO Park VALUES (6, 'Glacier', 'MT', 1583.5, 1910);
INSERT INTO Park VALUES (7, 'Grand Canyon', 'AZ', 1904.0, 1919);
INSERT INTO Park VALUES (8, 'Acadia', 'ME', 77.2, 1919);
INSERT INTO Park VALUES (9, 'Great Smoky Mountains', 'TN', 816.3, 1934);
INSERT INTO Park VALUES (10, 'Denali', 'AK', 7408.2, 1917);
INSERT INTO Park VALUES (11, 'Sequoia', 'CA', 631.4, 1890);
INSERT INTO Park VALUES (12, 'Arches', 'UT', 119.8, 1971);
INSERT INTO Park VALUES (13, 'Grand Teton', 'WY', 484.0, 1929);
INSERT INTO Park VALUES (14, 'Mount Rainier', 'WA', 369.3, 1899);
INSERT INTO Park VALUES (15, 'Joshua Tree', 'CA', 1235.4, 1994);
INSERT INTO Park VALUES (16, 'Bryce Canyon', 'UT', 55.9, 1928);
INSERT INTO Ref_Difficulty_Levels VALUES ('E1', 'Easy', 'Easy grade 1: flat, often paved or boardwalk');
INSERT INTO Ref_Difficulty_Levels VALUES ('E2', 'Easy', 'Easy grade 2: mostly level with short gentle grades');
INSERT INTO Ref_Difficulty_Levels VALUES ('E3', 'Easy', 'Easy grade 3: gentle grades, well maintained tread');
INSERT INTO Ref_Difficulty_Levels VALUES ('M1', 'Moderate', 'Moderate grade 1: some sustained climbing, good tread');
INSERT INTO Ref_Difficulty_Levels VALUES ('M2', 'Moderate', 'Moderate grade 2: steady climbs, occasional rocky sections');
INSERT INTO Ref_Difficulty_Levels VALUES ('M3', 'Moderate', 'Moderate grade 3: long moderate day with noticeable elevation');
INSERT INTO Ref_Difficulty_Levels VALUES ('S1', 'Strenuous', 'Strenuous grade 1: steep sections, half day or more');
INSERT INTO Ref_Difficulty_Levels VALUES ('S2', 'Strenuous', 'Strenuous grade 2: sustained steep climbing, rough tread');
INSERT INTO Ref_Difficulty_Levels VALUES ('S3', 'Strenuous', 'Strenuous grade 3: full day with large elevation gain');
INSERT INTO Ref_Difficulty_Levels VALUES ('V1', 'Very Strenuous', 'Very Strenuous grade 1: long and steep, good fitness required');
INSERT INTO Ref_Difficulty_Levels VALUES ('V2', 'Very Strenuous', 'Very Strenuous grade 2: very long day, steep and exposed in places');
INSERT INTO Ref_Difficulty_Levels VALUES ('V3', 'Very Strenuous', 'Very Strenuous grade 3: multi-day or extreme day hike');
INSERT INTO Ref_Difficulty_Levels VALUES ('X1', 'Expert', 'Expert grade 1: exposure, chains or ladders');
INSERT INTO Ref_Difficulty_Levels VALUES ('X2', 'Expert', 'Expert grade 2: narrow ridges with steep drop-offs');
INSERT INTO Ref_Difficulty_Levels VALUES ('X3', 'Expert', 'Expert grade 3: technical scrambling, route finding, cables');
INSERT INTO trails VALUES (1, 'Mist Trail', 1, '4.8', 305, 'M1', 'N');
INSERT INTO trails VALUES (2, 'Half Dome', 1, '26.5', 1463, 'X3', 'N');
INSERT INTO trails VALUES (3, 'Four Mile Trail', 1, '7.7', 975, 'S2', 'N');
INSERT INTO trails VALUES (4, 'Mirror Lake Loop', 1, '8.0', 61, 'M1', 'Y');
INSERT INTO trails VALUES (5, 'Clouds Rest', 1, '23.3', 1036, 'V2', 'N');
INSERT INTO trails VALUES (6, 'Lower Yosemite Fall', 1, '1.6', 15, 'E1', 'Y');
INSERT INTO trails VALUES (7, 'Panorama Trail', 1, '13.7', 975, 'V1', 'N');
INSERT INTO trails VALUES (8, 'Angels Landing', 2, '8.7', 453, 'X2', 'N');
INSERT INTO trails VALUES (9, 'The Narrows', 2, '15.1', 101, 'S2', 'N');
INSERT INTO trails VALUES (10, 'Observation Point', 2, '12.9', 655, 'S3', 'N');
INSERT INTO trails VALUES (11, 'Emerald Pools', 2, '4.8', 190, 'E3', 'N');
INSERT INTO trails VALUES (12, 'Canyon Overlook', 2, '1.6', 50, 'E1', 'N');
INSERT INTO trails VALUES (13, 'Watchman Trail', 2, '5.3', 112, 'E3', 'N');
INSERT INTO trails VALUES (14, 'Mount Washburn', 3, '10.1', 428, 'S1', 'N');
INSERT INTO trails VALUES (15, 'Fairy Falls', 3, '7.7', 61, 'M1', 'N');
INSERT INTO trails VALUES (16, 'Uncle Tom''s Trail', 3, '1.3', 152, 'E1', 'N');
INSERT INTO trails VALUES (17, 'Lone Star Geyser', 3, '7.7', 52, 'M1', 'N');
INSERT INTO trails VALUES (18, 'Sky Pond', 4, '15.6', 518, 'S3', 'N');
INSERT INTO trails VALUES (19, 'Emerald Lake', 4, '5.8', 230, 'M1', 'N');
INSERT INTO trails VALUES (20, 'Longs Peak Keyhole', 4, '23.8', 1556, 'X3', 'N');
INSERT INTO trails VALUES (21, 'Chasm Lake', 4, '13.5', 753, 'S3', 'N');
INSERT INTO trails VALUES (22, 'Hoh River Trail', 5, '28.0', 1137, 'V3', 'N');
INSERT INTO trails VALUES (23, 'Hurricane Hill', 5, '5.1', 213, 'M1', 'N');
INSERT INTO trails VALUES (24, 'Sol Duc Falls', 5, '2.6', 63, 'E2', 'N');
INSERT INTO trails VALUES (25, 'Highline Trail', 6, '18.9', 529, 'V1', 'N');
INSERT INTO trails VALUES (26, 'Grinnell Glacier', 6, '17.5', 609, 'V1', 'N');
INSERT INTO trails VALUES (27, 'Avalanche Lake', 6, '9.7', 223, 'M3', 'N');
INSERT INTO trails VALUES (28, 'Iceberg Lake', 6, '15.4', 375, 'S3', 'N');
INSERT INTO trails VALUES (29, 'Bright Angel Trail', 7, '19.3', 1335, 'V2', 'N');
INSERT INTO trails VALUES (30, 'South Kaibab Trail', 7, '11.4', 1458, 'V1', 'N');
INSERT INTO trails VALUES (31, 'Rim Trail', 7, '20.8', 61, 'S3', 'N');
INSERT INTO trails VALUES (32, 'North Kaibab Trail', 7, '22.5', 1780, 'X3', 'N');
INSERT INTO trails VALUES (33, 'Precipice Trail', 8, '3.4', 315, 'X1', 'Y');
INSERT INTO trails VALUES (34, 'Jordan Pond Path', 8, '5.1', 27, 'E3', 'Y');
INSERT INTO trails VALUES (35, 'Beehive Trail', 8, '2.4', 157, 'X1', 'Y');
INSERT INTO trails VALUES (36, 'Alum Cave Trail', 9, '17.7', 849, 'V1', 'N');
INSERT INTO trails VALUES (37, 'Chimney Tops', 9, '6.4', 427, 'M2', 'N');
INSERT INTO trails VALUES (38, 'Laurel Falls', 9, '3.9', 96, 'E2', 'N');
INSERT INTO trails VALUES (39, 'Rainbow Falls', 9, '8.8', 486, 'S1', 'N');
INSERT INTO trails VALUES (40, 'Savage River Loop', 10, '3.2', 43, 'E2', 'Y');
INSERT INTO trails VALUES (41, 'Mount Healy Overlook', 10, '7.2', 518, 'M3', 'N');
INSERT INTO trails VALUES (42, 'Horseshoe Lake', 10, '3.4', 91, 'E2', 'Y');
INSERT INTO trails VALUES (43, 'Moro Rock', 11, '0.8', 91, 'E1', 'N');
INSERT INTO trails VALUES (44, 'Congress Trail', 11, '4.7', 162, 'E3', 'Y');
INSERT INTO trails VALUES (45, 'Alta Peak', 11, '22.5', 1219, 'V3', 'N');
INSERT INTO trails VALUES (46, 'Delicate Arch', 12, '5.0', 183, 'E3', 'N');
INSERT INTO trails VALUES (47, 'Devils Garden Loop', 12, '12.4', 335, 'S1', 'Y');
INSERT INTO trails VALUES (48, 'Windows Loop', 12, '1.6', 42, 'E1', 'Y');
INSERT INTO trails VALUES (49, 'Cascade Canyon', 13, '14.5', 335, 'S2', 'N');
INSERT INTO trails VALUES (50, 'Jenny Lake Loop', 13, '12.6', 213, 'S1', 'Y');
INSERT INTO trails VALUES (51, 'Paintbrush Canyon', 13, '30.6', 1280, 'X3', 'Y');
INSERT INTO trails VALUES (52, 'Skyline Trail', 14, '8.9', 518, 'S1', 'Y');
INSERT INTO trails VALUES (53, 'Wonderland Trail', 14, '150.3', 6828, 'X3', 'Y');
INSERT INTO trails VALUES (54, 'Naches Peak Loop', 14, '5.5', 183, 'M1', 'Y');
INSERT INTO trails VALUES (55, 'Ryan Mountain', 15, '4.8', 320, 'M1', 'N');
INSERT INTO trails VALUES (56, 'Barker Dam', 15, '1.8', 15, 'E1', 'Y');
INSERT INTO trails VALUES (57, 'Lost Palms Oasis', 15, '11.6', 366, 'S1', 'N');
INSERT INTO trails VALUES (58, 'Navajo Loop', 16, '2.2', 168, 'E2', 'Y');
INSERT INTO trails VALUES (59, 'Queens Garden', 16, '2.9', 98, 'E2', 'N');
INSERT INTO trails VALUES (60, 'Fairyland Loop', 16, '12.9', 518, 'S2', 'Y');
INSERT INTO trails VALUES (61, 'Peekaboo Loop', 16, '8.9', 455, 'S1', 'Y');
INSERT INTO Ranger VALUES (101, 'Maria', 'Alvarez', 1, '2001-06-15', 'CR', NULL);
INSERT INTO Ranger VALUES (102, 'James', 'Whitfield', 1, '2012-04-02', 'SR', 101);
INSERT INTO Ranger VALUES (103, 'Kenji', 'Tanaka', 1, '2019-05-20', 'PR', 102);
INSERT INTO Ranger VALUES (104, 'Sarah', 'Kowalski', 2, '2016-03-14', 'PR', 105);
INSERT INTO Ranger VALUES (105, 'Daniel', 'Reyes', 2, '2004-09-01', 'CR', NULL);
INSERT INTO Ranger VALUES (106, 'Emily', 'Hart', 2, '2021-06-07', 'SE', 105);
INSERT INTO Ranger VALUES (107, 'Robert', 'Greene', 3, '1999-05-10', 'CR', NULL);
INSERT INTO Ranger VALUES (108, 'Aisha', 'Bello', 3, '2017-08-21', 'PR', 107);
INSERT INTO Ranger VALUES (109, 'Thomas', 'O''Neill', 4, '2008-02-11', 'CR', NULL);
INSERT INTO Ranger VALUES (110, 'Laura', 'Chen', 4, '2014-07-30', 'SR', 109);
INSERT INTO Ranger VALUES (111, 'Marcus', 'Webb', 4, '2022-05-16', 'SE', 110);
INSERT INTO Ranger VALUES (112, 'Hannah', 'Lindqvist', 5, '2010-10-04', 'CR', NULL);
INSERT INTO Ranger VALUES (113, 'Peter', 'Nakamura', 5, '2018-06-25', 'PR', 112);
INSERT INTO Ranger VALUES (114, 'Grace', 'Whitehorse', 6, '2006-04-17', 'CR', NULL);
INSERT INTO Ranger VALUES (115, 'Liam', 'Doyle', 6, '2020-05-11', 'PR', 114);
INSERT INTO Ranger VALUES (116, 'Carlos', 'Mendoza', 7, '2003-01-20', 'CR', NULL);
INSERT INTO Ranger VALUES (117, 'Jennifer', 'Yazzie', 7, '2015-09-08', 'SR', 116);
INSERT INTO Ranger VALUES (118, 'Owen', 'Burke', 7, '2023-04-03', 'SE', 117);
INSERT INTO Ranger VALUES (119, 'Rachel', 'Thibodeau', 8, '2011-05-23', 'CR', NULL);
INSERT INTO Ranger VALUES (120, 'Nathan', 'Price', 9, '2009-03-02', 'CR', NULL);
INSERT INTO Ranger VALUES (121, 'Olivia', 'Carter', 9, '2016-11-14', 'PR', 120);
INSERT INTO Ranger VALUES (122, 'Samuel', 'Ahkivgak', 10, '2005-06-06', 'CR', NULL);
INSERT INTO Ranger VALUES (123, 'Megan', 'Foster', 11, '2013-08-19', 'CR', NULL);
INSERT INTO Ranger VALUES (124, 'David', 'Kim', 13, '2018-04-09', 'CR', NULL);
INSERT INTO Ranger VALUES (125, 'Chloe', 'Martin', 14, '2007-07-15', 'CR', NULL);
INSERT INTO hikers VALUES (1, 'Nora', 'Garcia', 'F', '1972-02-14', 'Phoenix', '602-886-4761');
INSERT INTO hikers VALUES (2, 'Noah', 'Nguyen', 'M', '1956-12-22', 'Flagstaff', '303-443-4068');
INSERT INTO hikers VALUES (3, 'Felix', 'Iverson', 'M', '2003-04-18', 'Boston', '617-246-9031');
INSERT INTO hikers VALUES (4, 'Ivy', 'Lopez', 'F', '1978-09-07', 'Boise', NULL);
INSERT INTO hikers VALUES (5, 'Owen', 'Garcia', 'M', '1968-02-12', 'Seattle', '928-556-7190');
INSERT INTO hikers VALUES (6, 'Jonah', 'Jensen', 'M', '1962-12-31', 'Boise', '865-829-6745');
INSERT INTO hikers VALUES (7, 'Leah', 'Fischer', 'F', '1961-03-08', 'Boston', '406-252-7296');
INSERT INTO hikers VALUES (8, 'Caleb', 'Keller', 'M', '1989-04-28', 'San Francisco', NULL);
INSERT INTO hikers VALUES (9, 'Miles', 'Turner', 'M', '1973-04-30', 'Portland', '503-616-9783');
INSERT INTO hikers VALUES (10, 'Hazel', 'Garcia', 'F', '1984-07-23', 'San Francisco', '208-281-0675');
INSERT INTO hikers VALUES (11, 'Ethan', 'Morgan', 'M', '2004-06-07', 'Phoenix', '208-451-6800');
INSERT INTO hikers VALUES (12, 'Ivy', 'Walsh', 'F', '1983-04-07', 'Boise', '503-945-7135');
INSERT INTO hikers VALUES (13, 'Felix', 'McCarthy', 'M', '1973-04-23', 'San Francisco', '865-961-0427');
INSERT INTO hikers VALUES (14, 'Ruby', 'Bennett', 'F', '1988-08-09', 'Sacramento', NULL);
INSERT INTO hikers VALUES (15, 'Wyatt', 'Nguyen', 'M', '1996-09-25', 'San Francisco', '916-262-8976');
INSERT INTO hikers VALUES (16, 'Claire', 'Vasquez', 'F', '1958-06-20', 'Denver', '208-255-6877');
INSERT INTO hikers VALUES (17, 'Noah', 'Sullivan', 'M', '1956-02-04', 'Boston', '865-491-3011');
INSERT INTO hikers VALUES (18, 'Naomi', 'Brooks', 'F', '1990-02-15', 'Denver', '503-833-1625');
INSERT INTO hikers VALUES (19, 'Emma', 'Dawson', 'F', '1981-08-22', 'Seattle', '928-708-6071');
INSERT INTO hikers VALUES (20, 'Owen', 'Turner', 'M', '1975-07-19', 'Portland', '916-558-2575');
INSERT INTO hikers VALUES (21, 'Miles', 'Morgan', 'M', '1984-06-29', 'San Francisco', '602-924-3994');
INSERT INTO hikers VALUES (22, 'Gavin', 'Walsh', 'M', '1979-09-13', 'Boise', '865-747-7920');
INSERT INTO hikers VALUES (23, 'Ethan', 'Young', 'M', '1988-03-11', 'Flagstaff', '602-917-5072');
INSERT INTO hikers VALUES (24, 'Nora', 'Bennett', 'F', '1962-05-18', 'Denver', NULL);
INSERT INTO hikers VALUES (25, 'Grace', 'Olsen', 'F', '1956-10-05', 'Boise', '916-383-8705');
INSERT INTO hikers VALUES (26, 'Jack', 'Patel', 'M', '1970-10-07', 'Denver', '865-249-1246');
INSERT INTO hikers VALUES (27, 'Henry', 'Coleman', 'M', '1998-07-22', 'Flagstaff', '916-344-1217');
INSERT INTO hikers VALUES (28, 'Jack', 'McCarthy', 'M', '1965-06-17', 'San Francisco', '617-732-8778');
INSERT INTO hikers VALUES (29, 'Mason', 'Sullivan', 'M', '1999-11-07', 'Seattle', '865-571-8096');
INSERT INTO hikers VALUES (30, 'Nora', 'Ramirez', 'F', '1997-09-12', 'Sacramento', '303-558-3318');
INSERT INTO hikers VALUES (31, 'Lucas', 'Turner', 'M', '2002-12-25', 'Bozeman', '602-370-7592');
INSERT INTO hikers VALUES (32, 'Logan', 'Brooks', 'M', '1973-01-18', 'Knoxville', '503-931-3859');
INSERT INTO hikers VALUES (33, 'Henry', 'Vasquez', 'M', '1982-07-25', 'Boston', '602-410-2553');
INSERT INTO hikers VALUES (34, 'Nora', 'Sullivan', 'F', '1997-01-17', 'Denver', '617-221-1986');
INSERT INTO hikers VALUES (35, 'Naomi', 'Campbell', 'F', '1956-09-19', 'Phoenix', '206-505-5601');
INSERT INTO hikers VALUES (36, 'Elliot', 'Hughes', 'M', '1974-09-22', 'Portland', '406-640-4212');
INSERT INTO hikers VALUES (37, 'Ethan', 'Nguyen', 'M', '1973-02-03', 'San Francisco', '206-384-9024');
INSERT INTO hikers VALUES (38, 'Henry', 'Ellis', 'M', '1966-06-08', 'Phoenix', '503-417-7314');
INSERT INTO hikers VALUES (39, 'Elliot', 'Young', 'M', '2001-09-06', 'Denver', '406-429-7551');
INSERT INTO hikers VALUES (40, 'Henry', 'Campbell', 'M', '1979-06-27', 'San Francisco', '503-972-0644');
INSERT INTO hike_logs VALUES (1, 37, 25, '2022-03-21', 7.0, 2, 6);
INSERT INTO hike_logs VALUES (2, 5, 46, '2022-04-11', 2.0, 2, 2);
INSERT INTO hike_logs VALUES (3, 27, 46, '2022-04-23', 2.8, 5, 6);
INSERT INTO hike_logs VALUES (4, 9, 58, '2022-05-07', 2.1, 2, 6);
INSERT INTO hike_logs VALUES (5, 13, 25, '2022-05-18', 6.8, 2, 4);
INSERT INTO hike_logs VALUES (6, 27, 52, '2022-05-29', 3.3, 5, 3);
INSERT INTO hike_logs VALUES (7, 38, 9, '2022-05-31', 5.0, 3, 5);
INSERT INTO hike_logs VALUES (8, 34, 8, '2022-06-01', 4.1, 3, 4);
INSERT INTO hike_logs VALUES (9, 2, 3, '2022-06-02', 4.8, 4, 4);
INSERT INTO hike_logs VALUES (10, 18, 9, '2022-06-21', 4.6, 2, 2);
INSERT INTO hike_logs VALUES (11, 26, 8, '2022-06-29', 3.9, 5, 6);
INSERT INTO hike_logs VALUES (12, 5, 8, '2022-07-17', 3.1, 3, 6);
INSERT INTO hike_logs VALUES (13, 13, 9, '2022-07-24', 5.4, 4, 1);
INSERT INTO hike_logs VALUES (14, 17, 61, '2022-07-30', 3.7, NULL, 3);
INSERT INTO hike_logs VALUES (15, 21, 23, '2022-08-07', 2.2, NULL, 5);
INSERT INTO hike_logs VALUES (16, 37, 34, '2022-08-07', 2.7, NULL, 2);
INSERT INTO hike_logs VALUES (17, 9, 46, '2022-08-19', 1.8, 5, 5);
INSERT INTO hike_logs VALUES (18, 35, 25, '2022-08-21', 7.9, 4, 2);
INSERT INTO hike_logs VALUES (19, 9, 2, '2022-10-14', 11.0, 5, 3);
INSERT INTO hike_logs VALUES (20, 10, 40, '2022-11-14', 2.2, 4, 4);
INSERT INTO hike_logs VALUES (21, 22, 26, '2022-11-19', 7.1, NULL, 3);
INSERT INTO hike_logs VALUES (22, 26, 25, '2022-12-03', 7.2, 4, 1);
INSERT INTO hike_logs VALUES (23, 24, 52, '2022-12-04', 4.1, 3, 6);
INSERT INTO hike_logs VALUES (24, 18, 16, '2022-12-18', 0.5, NULL, 1);
INSERT INTO hike_logs VALUES (25, 27, 9, '2023-01-03', 5.6, 3, 1);
INSERT INTO hike_logs VALUES (26, 36, 13, '2023-01-16', 1.7, 4, 3);
INSERT INTO hike_logs VALUES (27, 29, 56, '2023-01-22', 0.8, 5, 3);
INSERT INTO hike_logs VALUES (28, 13, 37, '2023-01-24', 3.5, NULL, 5);
INSERT INTO hike_logs VALUES (29, 34, 52, '2023-01-30', 4.5, 2, 1);
INSERT INTO hike_logs VALUES (30, 38, 46, '2023-02-09', 1.6, NULL, 1);
INSERT INTO hike_logs VALUES (31, 30, 50, '2023-02-14', 5.3, 3, 3);
INSERT INTO hike_logs VALUES (32, 7, 2, '2023-02-15', 11.7, 4, 2);
INSERT INTO hike_logs VALUES (33, 9, 19, '2023-02-26', 1.8, 5, 4);
INSERT INTO hike_logs VALUES (34, 12, 47, '2023-03-08', 4.6, 5, 3);
INSERT INTO hike_logs VALUES (35, 2, 52, '2023-03-12', 4.8, NULL, 6);
INSERT INTO hike_logs VALUES (36, 40, 49, '2023-03-27', 6.0, 4, 3);
INSERT INTO hike_logs VALUES (37, 20, 1, '2023-04-08', 2.1, 4, 1);
INSERT INTO hike_logs VALUES (38, 29, 6, '2023-04-12', 1.1, 5, 5);
INSERT INTO hike_logs VALUES (39, 7, 11, '2023-05-08', 2.7, 3, 6);
INSERT INTO hike_logs VALUES (40, 39, 52, '2023-05-17', 3.6, NULL, 2);
INSERT INTO hike_logs VALUES (41, 5, 59, '2023-05-24', 1.7, 5, 6);
INSERT INTO hike_logs VALUES (42, 27, 58, '2023-06-02', 1.6, 5, 6);
INSERT INTO hike_logs VALUES (43, 14, 8, '2023-07-01', 3.5, 4, 4);
INSERT INTO hike_logs VALUES (44, 29, 28, '2023-07-02', 6.3, 2, 1);
INSERT INTO hike_logs VALUES (45, 26, 9, '2023-07-20', 5.5, 4, 6);
INSERT INTO hike_logs VALUES (46, 11, 35, '2023-08-04', 1.9, 4, 6);
INSERT INTO hike_logs VALUES (47, 10, 2, '2023-08-07', 11.8, 2, 1);
INSERT INTO hike_logs VALUES (48, 24, 23, '2023-08-19', 2.7, 5, 6);
INSERT INTO hike_logs VALUES (49, 21, 52, '2023-08-20', 3.7, NULL, 6);
INSERT INTO hike_logs VALUES (50, 19, 18, '2023-09-02', 6.1, 2, 6);
INSERT INTO hike_logs VALUES (51, 27, 45, '2023-09-11', 10.2, 2, 2);
INSERT INTO hike_logs VALUES (52, 2, 42, '2023-09-18', 1.5, 2, 2);
INSERT INTO hike_logs VALUES (53, 32, 2, '2023-10-17', 11.6, 3, 6);
INSERT INTO hike_logs VALUES (54, 34, 9, '2023-10-22', 5.8, NULL, 1);
INSERT INTO hike_logs VALUES (55, 11, 19, '2023-11-12', 2.2, 4, 4);
INSERT INTO hike_logs VALUES (56, 10, 53, '2023-11-17', 59.2, 2, 6);
INSERT INTO hike_logs VALUES (57, 13, 11, '2023-11-21', 2.5, 3, 1);
INSERT INTO hike_logs VALUES (58, 36, 9, '2023-12-05', 6.1, 2, 5);
INSERT INTO hike_logs VALUES (59, 25, 42, '2023-12-08', 2.0, 2, 6);
INSERT INTO hike_logs VALUES (60, 8, 15, '2024-01-12', 3.5, 2, 2);
INSERT INTO hike_logs VALUES (61, 2, 46, '2024-02-13', 2.0, 3, 5);
INSERT INTO hike_logs VALUES (62, 15, 49, '2024-03-07', 6.3, 3, 2);
INSERT INTO hike_logs VALUES (63, 12, 52, '2024-03-17', 3.8, NULL, 5);
INSERT INTO hike_logs VALUES (64, 13, 50, '2024-03-19', 4.9, 2, 3);
INSERT INTO hike_logs VALUES (65, 20, 25, '2024-03-22', 6.9, 5, 2);
INSERT INTO hike_logs VALUES (66, 13, 1, '2024-03-31', 2.9, 5, 1);
INSERT INTO hike_logs VALUES (67, 18, 56, '2024-04-03', 0.8, 2, 5);
INSERT INTO hike_logs VALUES (68, 38, 52, '2024-05-05', 4.8, 5, 6);
INSERT INTO hike_logs VALUES (69, 7, 52, '2024-05-10', 3.9, 5, 6);
INSERT INTO hike_logs VALUES (70, 5, 27, '2024-05-19', 4.3, 5, 1);
INSERT INTO hike_logs VALUES (71, 19, 15, '2024-06-01', 3.5, 4, 5);
INSERT INTO hike_logs VALUES (72, 11, 8, '2024-06-08', 3.4, NULL, 3);
INSERT INTO hike_logs VALUES (73, 36, 58, '2024-06-21', 2.1, 5, 2);
INSERT INTO hike_logs VALUES (74, 36, 12, '2024-07-14', 0.5, 2, 2);
INSERT INTO hike_logs VALUES (75, 13, 8, '2024-07-30', 4.2, 3, 4);
INSERT INTO hike_logs VALUES (76, 18, 14, '2024-09-14', 3.9, 3, 1);
INSERT INTO hike_logs VALUES (77, 14, 9, '2024-10-01', 4.8, 4, 1);
INSERT INTO hike_logs VALUES (78, 8, 53, '2024-10-15', 59.2, 5, 2);
INSERT INTO hike_logs VALUES (79, 14, 22, '2024-10-25', 10.3, 3, 5);
INSERT INTO hike_logs VALUES (80, 29, 52, '2024-10-28', 4.1, 3, 3);
INSERT INTO trail_closures VALUES (1, 1, '2023-01-05', '2023-04-20', 'Snow', 103);
INSERT INTO trail_closures VALUES (2, 2, '2023-10-15', '2024-05-24', 'Snow', 101);
INSERT INTO trail_closures VALUES (3, 3, '2023-07-02', '2023-07-30', 'Rockfall', 101);
INSERT INTO trail_closures VALUES (4, 8, '2023-08-11', '2023-08-14', 'Flooding', 106);
INSERT INTO trail_closures VALUES (5, 9, '2023-07-20', '2023-08-02', 'Flooding', 104);
INSERT INTO trail_closures VALUES (6, 9, '2024-03-01', '2024-06-10', 'Flooding', 105);
INSERT INTO trail_closures VALUES (7, 10, '2019-05-26', NULL, 'Rockfall', 104);
INSERT INTO trail_closures VALUES (8, 15, '2024-05-10', '2024-06-01', 'Bear activity', 108);
INSERT INTO trail_closures VALUES (9, 18, '2022-10-20', '2022-11-04', 'Wildfire', 109);
INSERT INTO trail_closures VALUES (10, 21, '2024-06-18', '2024-07-09', 'Trail maintenance', 109);
INSERT INTO trail_closures VALUES (11, 25, '2023-06-01', '2023-07-13', 'Snow', 114);
INSERT INTO trail_closures VALUES (12, 28, '2023-08-22', '2023-09-05', 'Bear activity', 114);
INSERT INTO trail_closures VALUES (13, 26, '2024-07-22', '2024-08-10', 'Wildfire', 115);
INSERT INTO trail_closures VALUES (14, 32, '2024-05-20', '2024-08-01', 'Bridge repair', 116);
INSERT INTO trail_closures VALUES (15, 29, '2024-08-15', NULL, 'Trail maintenance', 118);
INSERT INTO trail_closures VALUES (16, 36, '2023-12-01', NULL, 'Flooding', 120);
INSERT INTO trail_closures VALUES (17, 37, '2016-11-28', '2023-10-01', 'Wildfire', 120);
INSERT INTO trail_closures VALUES (18, 45, '2021-09-10', '2021-12-15', 'Wildfire', 123);
INSERT INTO trail_closures VALUES (19, 49, '2024-06-05', '2024-06-20', 'Bear activity', 124);
INSERT INTO trail_closures VALUES (20, 53, '2024-09-01', '2024-09-20', 'Wildfire', 125);
INSERT INTO trail_closures VALUES (21, 54, '2024-07-08', '2024-07-19', 'Trail maintenance', 125);
INSERT INTO hikers_parks VALUES (1001, 23, 11, '2024-08-02', 'DAY', 20.0);
INSERT INTO hikers_parks VALUES (1002, 38, 12, '2023-05-19', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1003, 38, 13, '2024-01-22', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1004, 29, 6, '2023-01-17', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1005, 3, 14, '2023-02-28', 'DAY', 15.0);
INSERT INTO hikers_parks VALUES (1006, 15, 13, '2023-07-20', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1007, 8, 8, '2023-07-14', 'DAY', 35.0);
INSERT INTO hikers_parks VALUES (1008, 6, 8, '2024-04-10', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1009, 17, 14, '2024-09-12', 'DAY', 20.0);
INSERT INTO hikers_parks VALUES (1010, 34, 12, '2024-08-24', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1011, 35, 3, '2024-05-14', 'BCK', 40.0);
INSERT INTO hikers_parks VALUES (1012, 9, 4, '2024-08-24', 'BCK', 40.0);
INSERT INTO hikers_parks VALUES (1013, 29, 5, '2024-04-23', 'DAY', 20.0);
INSERT INTO hikers_parks VALUES (1014, 3, 7, '2024-12-15', 'DAY', 20.0);
INSERT INTO hikers_parks VALUES (1015, 35, 16, '2024-12-15', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1016, 26, 9, '2024-05-11', 'OVN', 25.0);
INSERT INTO hikers_parks VALUES (1017, 20, 9, '2023-06-27', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1018, 24, 6, '2023-06-18', 'OVN', 25.0);
INSERT INTO hikers_parks VALUES (1019, 28, 5, '2023-12-20', 'OVN', 25.0);
INSERT INTO hikers_parks VALUES (1020, 7, 12, '2024-09-09', 'BCK', 25.0);
INSERT INTO hikers_parks VALUES (1021, 31, 7, '2024-01-04', 'DAY', 35.0);
INSERT INTO hikers_parks VALUES (1022, 1, 12, '2024-10-25', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1023, 13, 14, '2023-11-28', 'BCK', 40.0);
INSERT INTO hikers_parks VALUES (1024, 7, 8, '2024-02-12', 'DAY', 15.0);
INSERT INTO hikers_parks VALUES (1025, 35, 1, '2023-01-24', 'DAY', 15.0);
INSERT INTO hikers_parks VALUES (1026, 13, 13, '2023-07-04', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1027, 29, 2, '2023-08-20', 'BCK', 55.0);
INSERT INTO hikers_parks VALUES (1028, 18, 4, '2023-07-26', 'BCK', 40.0);
INSERT INTO hikers_parks VALUES (1029, 14, 7, '2024-06-26', 'BCK', 40.0);
INSERT INTO hikers_parks VALUES (1030, 20, 8, '2023-11-06', 'DAY', 35.0);
INSERT INTO hikers_parks VALUES (1031, 12, 8, '2023-08-28', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1032, 15, 7, '2023-12-22', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1033, 27, 5, '2023-04-20', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1034, 9, 16, '2023-11-23', 'OVN', 10.0);
INSERT INTO hikers_parks VALUES (1035, 9, 1, '2024-06-11', 'DAY', 15.0);
INSERT INTO hikers_parks VALUES (1036, 11, 1, '2023-10-31', 'DAY', 35.0);
INSERT INTO hikers_parks VALUES (1037, 30, 12, '2024-06-16', 'BCK', 55.0);
INSERT INTO hikers_parks VALUES (1038, 1, 1, '2024-12-30', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1039, 15, 8, '2023-08-10', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1040, 4, 12, '2024-01-06', 'BCK', 25.0);
INSERT INTO hikers_parks VALUES (1041, 9, 9, '2024-11-30', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1042, 22, 12, '2024-06-13', 'OVN', 25.0);
INSERT INTO hikers_parks VALUES (1043, 12, 11, '2023-05-10', 'DAY', 35.0);
INSERT INTO hikers_parks VALUES (1044, 28, 5, '2023-01-31', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1045, 40, 3, '2024-01-20', 'OVN', 25.0);
INSERT INTO hikers_parks VALUES (1046, 35, 1, '2024-04-18', 'OVN', 15.0);
INSERT INTO hikers_parks VALUES (1047, 40, 14, '2024-04-20', 'DAY', 0.0);
INSERT INTO hikers_parks VALUES (1048, 14, 9, '2023-07-16', 'DAY', 15.0);
INSERT INTO hikers_parks VALUES (1049, 13, 9, '2024-12-18', 'BCK', 55.0);
INSERT INTO hikers_parks VALUES (1050, 32, 13, '2024-05-06', 'BCK', 40.0);
COMMIT;
