CREATE TABLE Rink (
    RinkID INTEGER PRIMARY KEY,
    RinkName TEXT NOT NULL,
    CityCode TEXT,
    Capacity INTEGER,
    OpenedYear INTEGER,
    Indoor TEXT
);
INSERT INTO Rink VALUES (1, 'Lakeshore Ice Centre', 'TOR', 1200, 1988, 'Y');
INSERT INTO Rink VALUES (2, 'Northgate Arena', 'TOR', 2500, 1972, 'Y');
INSERT INTO Rink VALUES (3, 'Nathan Phillips Square Rink', 'TOR', 600, 1965, 'N');
INSERT INTO Rink VALUES (4, 'Scarborough Twin Pads', 'TOR', 900, 1996, 'Y');
INSERT INTO Rink VALUES (5, 'Verdun Auditorium', 'MTL', 4100, 1939, 'Y');
INSERT INTO Rink VALUES (6, 'Parc La Fontaine Rink', 'MTL', 400, 1970, 'N');
INSERT INTO Rink VALUES (7, 'Centre Sportif Rosemont', 'MTL', 1500, 2004, 'Y');
INSERT INTO Rink VALUES (8, 'Bytown Skating Club', 'OTT', 800, 1982, 'Y');
INSERT INTO Rink VALUES (9, 'Kanata Recreation Complex', 'OTT', 3200, 2008, 'Y');
INSERT INTO Rink VALUES (10, 'Rideau Canal Pavilion', 'OTT', 350, 2011, 'N');
INSERT INTO Rink VALUES (11, 'Crowfoot Ice House', 'CGY', 1800, 1999, 'Y');
INSERT INTO Rink VALUES (12, 'Bow River Arena', 'CGY', 2900, 1987, 'Y');
INSERT INTO Rink VALUES (13, 'Kitsilano Ice Rink', 'VAN', 1100, 1976, 'Y');
INSERT INTO Rink VALUES (14, 'Burnaby Winter Club', 'VAN', 1600, 1957, 'Y');
INSERT INTO Rink VALUES (15, 'Robson Square Ice', 'VAN', 300, 2010, 'N');
CREATE TABLE skating_coaches (
    coach_id INTEGER PRIMARY KEY,
    coach_fname TEXT,
    coach_lname TEXT,
    gender TEXT,
    dob TEXT,
    hrly_rate REAL,
    specialty TEXT,
    home_rink INTEGER,
    FOREIGN KEY (home_rink) REFERENCES Rink(RinkID)
);
INSERT INTO skating_coaches VALUES (1, 'Natalie', 'Fournier', 'F', '1989-08-16', 85.00, 'Figure', 8);
INSERT INTO skating_coaches VALUES (2, 'Marc', 'Tremblay', 'M', '1975-09-05', 85.50, 'Hockey', 3);
INSERT INTO skating_coaches VALUES (3, 'Elena', 'Petrova', 'F', '1967-12-16', 90.00, 'Figure', 3);
INSERT INTO skating_coaches VALUES (4, 'Jason', 'Whitfield', 'M', '1981-09-25', 55.50, 'Power Skating', 8);
INSERT INTO skating_coaches VALUES (5, 'Priya', 'Raman', 'F', '1992-09-16', 65.00, 'Ice Dance', 11);
INSERT INTO skating_coaches VALUES (6, 'Kevin', 'O''Brien', 'M', '1975-02-07', 95.00, 'Hockey', 14);
INSERT INTO skating_coaches VALUES (7, 'Sophie', 'Gagnon', 'F', '1996-10-09', 50.00, 'Synchro', 10);
INSERT INTO skating_coaches VALUES (8, 'Daniel', 'Kowalski', 'M', '1994-01-07', 85.50, 'Figure', 1);
INSERT INTO skating_coaches VALUES (9, 'Mei', 'Chen', 'F', '1996-05-16', 90.00, 'Figure', 12);
INSERT INTO skating_coaches VALUES (10, 'Ryan', 'MacDonald', 'M', '1987-10-19', 65.00, 'Hockey', 14);
INSERT INTO skating_coaches VALUES (11, 'Isabelle', 'Roy', 'F', '1995-05-27', 90.00, 'Ice Dance', 4);
INSERT INTO skating_coaches VALUES (12, 'Tyler', 'Brooks', 'M', '1978-10-17', 75.00, 'Speed', 13);
INSERT INTO skating_coaches VALUES (13, 'Hannah', 'Lindqvist', 'F', '1980-01-16', 95.50, 'Figure', 14);
INSERT INTO skating_coaches VALUES (14, 'Olivier', 'Bouchard', 'M', '1971-02-26', 80.00, 'Power Skating', 2);
INSERT INTO skating_coaches VALUES (15, 'Grace', 'Nakamura', 'F', '1981-04-09', 50.00, 'Synchro', 5);
INSERT INTO skating_coaches VALUES (16, 'Aaron', 'Sutherland', 'M', '1965-06-22', 60.00, 'Hockey', 4);
INSERT INTO skating_coaches VALUES (17, 'Chloe', 'Martel', 'F', '1971-08-24', 50.00, 'Figure', 1);
INSERT INTO skating_coaches VALUES (18, 'Victor', 'Ivanov', 'M', '1974-02-16', 50.50, 'Figure', 8);
INSERT INTO skating_coaches VALUES (19, 'Jessica', 'Campbell', 'F', '1972-02-22', 90.50, 'Power Skating', 3);
INSERT INTO skating_coaches VALUES (20, 'Luc', 'Pelletier', 'M', '1965-08-23', 70.50, 'Speed', 14);
CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    dob TEXT,
    ph_no TEXT,
    city TEXT,
    join_dt TEXT,
    mbr_type TEXT
);
INSERT INTO members VALUES (1, 'Emma', 'Anderson', '1962-07-29', '604-555-3899', 'Vancouver', '2022-04-11', 'STD');
INSERT INTO members VALUES (2, 'Liam', 'Wong', '1979-07-24', '604-555-6287', 'Vancouver', '2023-03-25', 'FAM');
INSERT INTO members VALUES (3, 'Olivia', 'Campbell', '2012-07-19', '416-555-3002', 'Toronto', '2024-02-16', 'JR');
INSERT INTO members VALUES (4, 'Noah', 'Thompson', '1989-06-14', '604-555-7547', 'Vancouver', '2017-02-04', 'STD');
INSERT INTO members VALUES (5, 'Ava', 'Fraser', '1982-08-16', NULL, 'Montreal', '2024-03-20', 'STD');
INSERT INTO members VALUES (6, 'William', 'McLean', '1967-05-31', NULL, 'Toronto', '2019-10-23', 'STD');
INSERT INTO members VALUES (7, 'Sophia', 'Smith', '1983-03-03', '514-555-0808', 'Montreal', '2023-05-13', 'STD');
INSERT INTO members VALUES (8, 'Benjamin', 'Lee', '1979-01-11', '514-555-9497', 'Montreal', '2016-04-24', 'STD');
INSERT INTO members VALUES (9, 'Charlotte', 'Hughes', '1978-01-18', '403-555-9667', 'Calgary', '2018-03-15', 'STD');
INSERT INTO members VALUES (10, 'Lucas', 'Cote', '2003-09-28', NULL, 'Toronto', '2022-11-26', 'STD');
INSERT INTO members VALUES (11, 'Amelia', 'Sharma', '1963-12-09', '450-555-6732', 'Laval', '2018-02-10', 'STD');
INSERT INTO members VALUES (12, 'Ethan', 'Stewart', '2011-04-03', '416-555-3612', 'Toronto', '2021-08-25', 'JR');
INSERT INTO members VALUES (13, 'Mia', 'Mackay', '2015-01-02', '905-555-8804', 'Mississauga', '2016-09-07', 'JR');
INSERT INTO members VALUES (14, 'Jacob', 'Morin', '2003-01-03', '613-555-5597', 'Ottawa', '2019-11-27', 'STD');
INSERT INTO members VALUES (15, 'Harper', 'Murphy', '1994-08-07', '514-555-4013', 'Montreal', '2022-04-11', 'STD');
INSERT INTO members VALUES (16, 'Logan', 'Mitchell', '2015-08-30', '613-555-6485', 'Ottawa', '2018-03-06', 'JR');
INSERT INTO members VALUES (17, 'Evelyn', 'Carter', '1965-07-28', '514-555-3402', 'Montreal', '2020-02-16', 'STD');
INSERT INTO members VALUES (18, 'Owen', 'Ouellet', '1979-04-09', '514-555-3714', 'Montreal', '2020-01-27', 'STD');
INSERT INTO members VALUES (19, 'Abigail', 'Nguyen', '2015-04-22', '514-555-6774', 'Montreal', '2020-03-02', 'JR');
INSERT INTO members VALUES (20, 'Nathan', 'Kelly', '1985-03-13', '613-555-0777', 'Ottawa', '2020-11-14', 'STD');
INSERT INTO members VALUES (21, 'Emily', 'Leblanc', '1993-08-29', '604-555-7609', 'Vancouver', '2020-07-26', 'STD');
INSERT INTO members VALUES (22, 'Samuel', 'Robinson', '1963-12-22', '416-555-4747', 'Toronto', '2018-05-28', 'STD');
INSERT INTO members VALUES (23, 'Ella', 'Clarke', '1992-06-18', '514-555-1783', 'Montreal', '2020-06-14', 'PRM');
INSERT INTO members VALUES (24, 'Gabriel', 'Boucher', '2004-09-07', NULL, 'Ottawa', '2017-08-25', 'STD');
INSERT INTO members VALUES (25, 'Madison', 'Graham', '1980-11-21', '416-555-1361', 'Toronto', '2016-10-12', 'STD');
INSERT INTO members VALUES (26, 'Henry', 'Fortin', '1989-05-23', '514-555-8969', 'Montreal', '2023-09-23', 'STD');
INSERT INTO members VALUES (27, 'Chloe', 'Martin', '1964-01-06', '416-555-1880', 'Toronto', '2016-12-04', 'STD');
INSERT INTO members VALUES (28, 'Jack', 'Young', '2006-01-23', '403-555-7126', 'Calgary', '2019-01-14', 'STD');
INSERT INTO members VALUES (29, 'Zoe', 'Chow', '2006-04-25', '613-555-0270', 'Ottawa', '2016-07-15', 'STD');
INSERT INTO members VALUES (30, 'Alexander', 'Scott', '2006-11-26', NULL, 'Calgary', '2020-05-20', 'STD');
INSERT INTO members VALUES (31, 'Lily', 'Brown', '2002-11-02', '416-555-3543', 'Toronto', '2016-02-09', 'STD');
INSERT INTO members VALUES (32, 'Thomas', 'Singh', '1983-06-04', '613-555-1344', 'Ottawa', '2019-03-25', 'STD');
INSERT INTO members VALUES (33, 'Avery', 'Douglas', '2003-03-27', '403-555-6977', 'Calgary', '2024-04-07', 'FAM');
INSERT INTO members VALUES (34, 'Felix', 'Lavoie', '2016-10-26', '416-555-6391', 'Toronto', '2020-04-03', 'JR');
INSERT INTO members VALUES (35, 'Nora', 'Tremblay', '2008-09-22', NULL, 'Toronto', '2019-10-03', 'JR');
INSERT INTO members VALUES (36, 'Mason', 'Brennan', '1965-10-30', '403-555-2430', 'Calgary', '2023-12-21', 'STD');
INSERT INTO members VALUES (37, 'Leah', 'Wilson', '2001-02-14', '613-555-0656', 'Ottawa', '2018-09-13', 'PRM');
INSERT INTO members VALUES (38, 'Dylan', 'Hall', '1983-04-10', '403-555-7008', 'Calgary', '2021-07-01', 'PRM');
INSERT INTO members VALUES (39, 'Maya', 'Reid', '1979-07-13', '604-555-2829', 'Vancouver', '2016-09-30', 'STD');
INSERT INTO members VALUES (40, 'Caleb', 'Paquette', '2001-01-06', '416-555-4432', 'Toronto', '2022-10-22', 'PRM');
INSERT INTO members VALUES (41, 'Aria', 'Bergeron', '1998-10-29', '416-555-3438', 'Toronto', '2016-11-17', 'STD');
INSERT INTO members VALUES (42, 'Isaac', 'Bennett', '1987-09-17', '613-555-0671', 'Ottawa', '2020-01-06', 'STD');
INSERT INTO members VALUES (43, 'Hailey', 'White', '1981-12-29', '905-555-9249', 'Mississauga', '2024-02-18', 'STD');
INSERT INTO members VALUES (44, 'Julien', 'Patel', '2012-12-26', '450-555-6529', 'Laval', '2019-10-20', 'JR');
INSERT INTO members VALUES (45, 'Rosalie', 'Taylor', '1991-11-14', '604-555-2396', 'Vancouver', '2023-05-19', 'STD');
INSERT INTO members VALUES (46, 'Arjun', 'Lam', '1976-04-17', '416-555-8371', 'Toronto', '2022-05-13', 'STD');
INSERT INTO members VALUES (47, 'Ananya', 'Gauthier', '1963-10-19', '416-555-9620', 'Toronto', '2021-10-31', 'FAM');
INSERT INTO members VALUES (48, 'Connor', 'McKenzie', '1995-11-03', '403-555-9681', 'Calgary', '2017-11-08', 'STD');
INSERT INTO members VALUES (49, 'Megan', 'Harris', '1986-10-22', '613-555-5122', 'Ottawa', '2019-07-07', 'STD');
INSERT INTO members VALUES (50, 'Wei', 'Baker', '1975-11-06', '514-555-6021', 'Montreal', '2016-07-15', 'PRM');
CREATE TABLE Ref_Equipment_Sizes (
    size_code TEXT PRIMARY KEY,
    size_description TEXT
);
INSERT INTO Ref_Equipment_Sizes VALUES ('Y10', 'Youth size 10');
INSERT INTO Ref_Equipment_Sizes VALUES ('Y11', 'Youth size 11');
INSERT INTO Ref_Equipment_Sizes VALUES ('Y12', 'Youth size 12');
INSERT INTO Ref_Equipment_Sizes VALUES ('Y13', 'Youth size 13');
INSERT INTO Ref_Equipment_Sizes VALUES ('J1', 'Junior size 1');
INSERT INTO Ref_Equipment_Sizes VALUES ('J2', 'Junior size 2');
INSERT INTO Ref_Equipment_Sizes VALUES ('J3', 'Junior size 3');
INSERT INTO Ref_Equipment_Sizes VALUES ('W5', 'Womens size 5');
INSERT INTO Ref_Equipment_Sizes VALUES ('W6', 'Womens size 6');
INSERT INTO Ref_Equipment_Sizes VALUES ('W7', 'Womens size 7');
INSERT INTO Ref_Equipment_Sizes VALUES ('W8', 'Womens size 8');
INSERT INTO Ref_Equipment_Sizes VALUES ('W9', 'Womens size 9');
INSERT INTO Ref_Equipment_Sizes VALUES ('M7', 'Mens size 7');
INSERT INTO Ref_Equipment_Sizes VALUES ('M8', 'Mens size 8');
INSERT INTO Ref_Equipment_Sizes VALUES ('M9', 'Mens size 9');
INSERT INTO Ref_Equipment_Sizes VALUES ('M10', 'Mens size 10');
INSERT INTO Ref_Equipment_Sizes VALUES ('M11', 'Mens size 11');
INSERT INTO Ref_Equipment_Sizes VALUES ('M12', 'Mens size 12');
CREATE TABLE lessons (
    lesson_id INTEGER PRIMARY KEY,
    name TEXT,
    level TEXT,
    coach_id INTEGER,
    RinkID INTEGER,
    lesson_date TEXT,
    start_time TEXT,
    duration_min INTEGER,
    price REAL,
    max_students INTEGER,
    FOREIGN KEY (coach_id) REFERENCES skating_coaches(coach_id),
    FOREIGN KEY (RinkID) REFERENCES Rink(RinkID)
);
INSERT INTO lessons VALUES (1, 'Learn to Skate 1', 'BEG', 15, 14, '2023-10-10', '17:45', 90, 19.99, 15);
INSERT INTO lessons VALUES (2, 'Learn to Skate 2', 'BEG', 2, 2, '2024-05-06', '17:45', 45, 49.99, 10);
INSERT INTO lessons VALUES (3, 'Adult Beginner Skate', 'BEG', 16, 5, '2024-04-11', '19:00', 45, 39.99, 15);
INSERT INTO lessons VALUES (4, 'Tots on Ice', 'BEG', 1, 11, '2023-10-04', '10:00', 60, 50.00, 8);
INSERT INTO lessons VALUES (5, 'Stopping and Gliding', 'BEG', 10, 12, '2024-01-02', '19:00', 45, 45.00, 10);
INSERT INTO lessons VALUES (6, 'Forward Crossovers', 'BEG', 18, 2, '2024-01-19', '16:30', 30, 30.00, 10);
INSERT INTO lessons VALUES (7, 'Backward Crossovers', 'INT', 9, 9, '2024-03-06', '19:00', 30, 64.99, 10);
INSERT INTO lessons VALUES (8, 'Edge Control Workshop', 'INT', 16, 8, '2024-05-15', '07:00', 90, 54.99, 15);
INSERT INTO lessons VALUES (9, 'Spin Fundamentals', 'INT', 12, 7, '2023-09-18', '08:30', 60, 55.00, 6);
INSERT INTO lessons VALUES (10, 'Waltz Jump Clinic', 'INT', 1, 2, '2024-01-18', '10:00', 60, 59.99, 15);
INSERT INTO lessons VALUES (11, 'Power Skating Drills', 'INT', 1, 12, '2024-02-15', '17:45', 45, 60.00, 4);
INSERT INTO lessons VALUES (12, 'Ice Dance Basics', 'INT', 1, 1, '2024-01-08', '07:00', 60, 49.99, 8);
INSERT INTO lessons VALUES (13, 'Hockey Stickhandling', 'INT', 6, 13, '2024-04-06', '08:30', 45, 45.00, 8);
INSERT INTO lessons VALUES (14, 'Salchow Jump Clinic', 'ADV', 14, 5, '2023-12-16', '17:45', 45, 49.99, 4);
INSERT INTO lessons VALUES (15, 'Axel Preparation', 'ADV', 3, 5, '2024-04-10', '08:30', 60, 60.00, 2);
INSERT INTO lessons VALUES (16, 'Advanced Spins', 'ADV', 17, 1, '2024-05-28', '08:30', 45, 74.99, 6);
INSERT INTO lessons VALUES (17, 'Hockey Skating Speed', 'ADV', 7, 5, '2023-10-13', '08:30', 30, 49.99, 1);
INSERT INTO lessons VALUES (18, 'Competitive Ice Dance', 'ADV', 2, 12, '2024-01-27', '07:00', 45, 80.00, 6);
INSERT INTO lessons VALUES (19, 'Double Jump Clinic', 'PRO', 17, 9, '2024-01-06', '07:00', 60, 80.00, 4);
INSERT INTO lessons VALUES (20, 'Program Choreography', 'PRO', 18, 12, '2024-03-04', '16:30', 45, 80.00, 1);
INSERT INTO lessons VALUES (21, 'Elite Power Edge', 'PRO', 8, 13, '2024-08-09', '16:30', 60, 94.99, 6);
INSERT INTO lessons VALUES (22, 'Synchro Team Practice', 'INT', 6, 1, '2024-02-12', '19:00', 45, 40.00, 15);
INSERT INTO lessons VALUES (23, 'Private Freestyle Session', 'ADV', 16, 2, '2024-07-23', '17:45', 45, 65.00, 2);
INSERT INTO lessons VALUES (24, 'Goalie Movement', 'ADV', 9, 14, '2024-08-25', '17:45', 90, 64.99, 1);
INSERT INTO lessons VALUES (25, 'Speed Skating Starts', 'INT', 12, 1, '2024-04-23', '07:00', 45, 40.00, 15);
INSERT INTO lessons VALUES (26, 'Forward Crossovers', 'BEG', 4, 5, '2024-01-07', '16:30', 60, 35.00, 4);
INSERT INTO lessons VALUES (27, 'Spin Fundamentals', 'INT', 1, 2, '2024-01-24', '08:30', 45, 35.00, 6);
INSERT INTO lessons VALUES (28, 'Spin Fundamentals', 'INT', 1, 4, '2024-04-03', '07:00', 60, 60.00, 4);
INSERT INTO lessons VALUES (29, 'Ice Dance Basics', 'INT', 1, 13, '2024-07-15', '17:45', 45, 60.00, 15);
INSERT INTO lessons VALUES (30, 'Salchow Jump Clinic', 'ADV', 8, 4, '2023-12-17', '07:00', 45, 70.00, 2);
INSERT INTO lessons VALUES (31, 'Spin Fundamentals', 'INT', 3, 1, '2024-04-09', '10:00', 60, 50.00, 15);
INSERT INTO lessons VALUES (32, 'Learn to Skate 2', 'BEG', 8, 5, '2023-10-24', '10:00', 60, 49.99, 15);
INSERT INTO lessons VALUES (33, 'Adult Beginner Skate', 'BEG', 10, 2, '2024-05-12', '10:00', 90, 44.99, 12);
INSERT INTO lessons VALUES (34, 'Ice Dance Basics', 'INT', 13, 7, '2024-08-29', '17:45', 30, 64.99, 6);
INSERT INTO lessons VALUES (35, 'Elite Power Edge', 'PRO', 8, 9, '2023-11-06', '17:45', 60, 94.99, 6);
INSERT INTO lessons VALUES (36, 'Backward Crossovers', 'INT', 5, 2, '2024-07-27', '10:00', 60, 50.00, 6);
INSERT INTO lessons VALUES (37, 'Program Choreography', 'PRO', 8, 2, '2024-02-07', '08:30', 90, 104.99, 4);
INSERT INTO lessons VALUES (38, 'Program Choreography', 'PRO', 1, 4, '2023-09-02', '17:45', 45, 104.99, 6);
INSERT INTO lessons VALUES (39, 'Edge Control Workshop', 'INT', 2, 1, '2023-12-16', '10:00', 30, 40.00, 15);
INSERT INTO lessons VALUES (40, 'Stopping and Gliding', 'BEG', 11, 9, '2023-12-24', '07:00', 45, 30.00, 8);
CREATE TABLE Member_Lesson_Bookings (
    booking_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    lesson_id INTEGER,
    booked_on TEXT,
    paid TEXT,
    amt REAL
);
INSERT INTO Member_Lesson_Bookings VALUES (1, 17, 4, '2023-09-18', 'Y', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (2, 29, 33, '2024-05-08', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (3, 45, 29, '2024-06-05', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (4, 11, 12, '2023-12-06', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (5, 33, 28, '2024-03-04', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (6, 39, 12, '2023-12-09', 'Y', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (7, 42, 18, '2023-12-22', 'Y', 72.00);
INSERT INTO Member_Lesson_Bookings VALUES (8, 27, 26, '2023-12-06', 'N', 31.50);
INSERT INTO Member_Lesson_Bookings VALUES (9, 11, 16, '2024-05-12', 'N', 67.49);
INSERT INTO Member_Lesson_Bookings VALUES (10, 32, 10, '2023-12-17', 'Y', 59.99);
INSERT INTO Member_Lesson_Bookings VALUES (11, 14, 33, '2024-05-07', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (12, 17, 39, '2023-12-13', 'Y', 36.00);
INSERT INTO Member_Lesson_Bookings VALUES (13, 19, 20, '2024-02-02', 'Y', 80.00);
INSERT INTO Member_Lesson_Bookings VALUES (14, 38, 25, '2024-04-01', 'Y', 40.00);
INSERT INTO Member_Lesson_Bookings VALUES (15, 28, 25, '2024-03-16', 'N', 36.00);
INSERT INTO Member_Lesson_Bookings VALUES (16, 29, 16, '2024-04-21', 'Y', 74.99);
INSERT INTO Member_Lesson_Bookings VALUES (17, 49, 18, '2024-01-18', 'Y', 72.00);
INSERT INTO Member_Lesson_Bookings VALUES (18, 30, 3, '2024-03-18', 'Y', 35.99);
INSERT INTO Member_Lesson_Bookings VALUES (19, 11, 34, '2024-08-27', 'N', 64.99);
INSERT INTO Member_Lesson_Bookings VALUES (20, 33, 20, '2024-02-18', 'Y', 80.00);
INSERT INTO Member_Lesson_Bookings VALUES (21, 30, 34, '2024-07-23', 'Y', 64.99);
INSERT INTO Member_Lesson_Bookings VALUES (22, 38, 13, '2024-03-14', 'Y', 45.00);
INSERT INTO Member_Lesson_Bookings VALUES (23, 45, 32, '2023-10-04', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (24, 15, 31, '2024-03-14', 'Y', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (25, 11, 27, '2024-01-10', 'Y', 35.00);
INSERT INTO Member_Lesson_Bookings VALUES (26, 49, 31, '2024-04-05', 'Y', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (27, 39, 21, '2024-08-02', 'Y', 94.99);
INSERT INTO Member_Lesson_Bookings VALUES (28, 4, 24, '2024-08-21', 'Y', 58.49);
INSERT INTO Member_Lesson_Bookings VALUES (29, 32, 23, '2024-07-08', 'Y', 65.00);
INSERT INTO Member_Lesson_Bookings VALUES (30, 35, 7, '2024-02-24', 'Y', 64.99);
INSERT INTO Member_Lesson_Bookings VALUES (31, 8, 26, '2023-12-25', 'Y', 35.00);
INSERT INTO Member_Lesson_Bookings VALUES (32, 47, 1, '2023-09-03', 'Y', 17.99);
INSERT INTO Member_Lesson_Bookings VALUES (33, 46, 7, '2024-02-16', 'Y', 64.99);
INSERT INTO Member_Lesson_Bookings VALUES (34, 33, 31, '2024-03-21', 'Y', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (35, 22, 19, '2023-12-02', 'Y', 80.00);
INSERT INTO Member_Lesson_Bookings VALUES (36, 8, 37, '2024-01-17', 'Y', 104.99);
INSERT INTO Member_Lesson_Bookings VALUES (37, 28, 18, '2024-01-03', 'Y', 72.00);
INSERT INTO Member_Lesson_Bookings VALUES (38, 33, 6, '2024-01-06', 'Y', 30.00);
INSERT INTO Member_Lesson_Bookings VALUES (39, 5, 15, '2024-03-25', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (40, 28, 12, '2023-12-10', 'Y', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (41, 14, 36, '2024-07-01', 'Y', 45.00);
INSERT INTO Member_Lesson_Bookings VALUES (42, 45, 14, '2023-11-15', 'N', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (43, 33, 25, '2024-04-04', 'Y', 40.00);
INSERT INTO Member_Lesson_Bookings VALUES (44, 45, 24, '2024-08-07', 'Y', 58.49);
INSERT INTO Member_Lesson_Bookings VALUES (45, 1, 14, '2023-11-08', 'N', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (46, 4, 8, '2024-04-23', 'Y', 54.99);
INSERT INTO Member_Lesson_Bookings VALUES (47, 45, 8, '2024-04-07', 'Y', 54.99);
INSERT INTO Member_Lesson_Bookings VALUES (48, 29, 20, '2024-02-27', 'N', 72.00);
INSERT INTO Member_Lesson_Bookings VALUES (49, 4, 15, '2024-03-17', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (50, 22, 27, '2024-01-09', 'N', 35.00);
INSERT INTO Member_Lesson_Bookings VALUES (51, 39, 1, '2023-09-15', 'Y', 17.99);
INSERT INTO Member_Lesson_Bookings VALUES (52, 41, 21, '2024-08-04', 'Y', 94.99);
INSERT INTO Member_Lesson_Bookings VALUES (53, 17, 24, '2024-08-22', 'Y', 58.49);
INSERT INTO Member_Lesson_Bookings VALUES (54, 27, 14, '2023-12-11', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (55, 8, 30, '2023-12-11', 'Y', 70.00);
INSERT INTO Member_Lesson_Bookings VALUES (56, 39, 36, '2024-06-29', 'N', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (57, 50, 21, '2024-08-07', 'Y', 94.99);
INSERT INTO Member_Lesson_Bookings VALUES (58, 46, 33, '2024-04-06', 'N', 40.49);
INSERT INTO Member_Lesson_Bookings VALUES (59, 47, 14, '2023-11-25', 'Y', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (60, 39, 22, '2024-01-20', 'Y', 40.00);
INSERT INTO Member_Lesson_Bookings VALUES (61, 45, 39, '2023-12-12', 'Y', 40.00);
INSERT INTO Member_Lesson_Bookings VALUES (62, 32, 11, '2024-01-16', 'Y', 54.00);
INSERT INTO Member_Lesson_Bookings VALUES (63, 11, 11, '2024-01-09', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (64, 49, 30, '2023-11-28', 'Y', 63.00);
INSERT INTO Member_Lesson_Bookings VALUES (65, 18, 4, '2023-08-26', 'Y', 50.00);
INSERT INTO Member_Lesson_Bookings VALUES (66, 4, 28, '2024-03-20', 'N', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (67, 31, 20, '2024-02-23', 'N', 80.00);
INSERT INTO Member_Lesson_Bookings VALUES (68, 47, 2, '2024-03-31', 'Y', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (69, 35, 5, '2023-11-28', 'Y', 40.50);
INSERT INTO Member_Lesson_Bookings VALUES (70, 30, 5, '2023-12-01', 'N', 40.50);
INSERT INTO Member_Lesson_Bookings VALUES (71, 24, 8, '2024-04-25', 'Y', 54.99);
INSERT INTO Member_Lesson_Bookings VALUES (72, 33, 14, '2023-11-23', 'Y', 49.99);
INSERT INTO Member_Lesson_Bookings VALUES (73, 11, 1, '2023-09-21', 'Y', 19.99);
INSERT INTO Member_Lesson_Bookings VALUES (74, 46, 23, '2024-06-28', 'Y', 58.50);
INSERT INTO Member_Lesson_Bookings VALUES (75, 39, 24, '2024-08-11', 'Y', 64.99);
INSERT INTO Member_Lesson_Bookings VALUES (76, 28, 14, '2023-11-17', 'N', 44.99);
INSERT INTO Member_Lesson_Bookings VALUES (77, 8, 3, '2024-04-05', 'Y', 39.99);
INSERT INTO Member_Lesson_Bookings VALUES (78, 15, 5, '2023-11-29', 'Y', 45.00);
INSERT INTO Member_Lesson_Bookings VALUES (79, 1, 28, '2024-03-03', 'Y', 60.00);
INSERT INTO Member_Lesson_Bookings VALUES (80, 45, 28, '2024-03-25', 'Y', 60.00);
CREATE TABLE skate_rentals (
    rental_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    RinkID INTEGER,
    size_code TEXT,
    rental_date TEXT,
    skate_type TEXT,
    hrs INTEGER,
    amt REAL
);
INSERT INTO skate_rentals VALUES (1, 7, 7, 'W9', '2023-12-19', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (2, 46, 2, 'J3', '2024-02-08', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (3, 12, 9, 'J3', '2023-11-29', 'F', 1, 10.50);
INSERT INTO skate_rentals VALUES (4, 43, 14, 'W8', '2023-12-22', 'F', 3, 24.00);
INSERT INTO skate_rentals VALUES (5, NULL, 3, 'W9', '2024-02-17', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (6, 37, 9, 'W9', '2024-03-22', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (7, 44, 14, 'J2', '2024-02-29', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (8, 35, 1, 'M11', '2023-12-06', 'H', 2, 22.50);
INSERT INTO skate_rentals VALUES (9, NULL, 4, 'W6', '2024-03-03', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (10, 22, 5, 'M12', '2024-02-13', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (11, 29, 15, 'M7', '2023-10-19', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (12, 35, 7, 'Y12', '2023-11-26', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (13, 4, 6, 'W8', '2023-12-04', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (14, 31, 4, 'M12', '2024-01-09', 'H', 2, 22.50);
INSERT INTO skate_rentals VALUES (15, NULL, 11, 'J2', '2023-11-08', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (16, 41, 2, 'Y12', '2023-11-02', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (17, 31, 13, 'Y12', '2024-02-08', 'H', 3, 30.00);
INSERT INTO skate_rentals VALUES (18, 29, 2, 'W6', '2023-11-03', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (19, 41, 4, 'W5', '2023-11-30', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (20, NULL, 3, 'Y13', '2023-12-21', 'F', 1, 10.50);
INSERT INTO skate_rentals VALUES (21, 4, 4, 'W5', '2024-03-30', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (22, 6, 10, 'M11', '2024-03-04', 'H', 3, 30.00);
INSERT INTO skate_rentals VALUES (23, 27, 9, 'W8', '2023-10-18', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (24, 41, 15, 'Y13', '2024-03-27', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (25, NULL, 11, 'J3', '2023-12-25', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (26, NULL, 7, 'Y12', '2023-10-28', 'F', 3, 26.50);
INSERT INTO skate_rentals VALUES (27, 11, 7, 'J3', '2023-10-27', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (28, 25, 4, 'M10', '2023-10-05', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (29, 7, 6, 'W7', '2023-10-10', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (30, 45, 3, 'J1', '2024-03-30', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (31, 41, 11, 'M11', '2023-12-01', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (32, NULL, 6, 'W8', '2024-02-18', 'F', 1, 10.50);
INSERT INTO skate_rentals VALUES (33, NULL, 11, 'M8', '2024-03-07', 'F', 3, 24.00);
INSERT INTO skate_rentals VALUES (34, 32, 11, 'Y10', '2023-11-08', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (35, 30, 15, 'W5', '2024-01-13', 'H', 3, 30.00);
INSERT INTO skate_rentals VALUES (36, 42, 15, 'J3', '2024-01-31', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (37, 26, 6, 'W8', '2024-02-09', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (38, 14, 4, 'J2', '2023-11-05', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (39, 39, 6, 'J2', '2024-03-27', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (40, 20, 7, 'M10', '2023-10-25', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (41, 45, 14, 'J2', '2023-10-08', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (42, 19, 3, 'J2', '2024-03-21', 'F', 3, 24.00);
INSERT INTO skate_rentals VALUES (43, NULL, 12, 'W6', '2024-01-11', 'F', 3, 24.00);
INSERT INTO skate_rentals VALUES (44, 44, 3, 'Y12', '2023-10-25', 'F', 1, 10.50);
INSERT INTO skate_rentals VALUES (45, 34, 11, 'M10', '2023-10-05', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (46, 33, 12, 'Y12', '2024-03-15', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (47, 18, 1, 'Y10', '2024-03-19', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (48, 4, 8, 'W7', '2024-03-31', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (49, 29, 2, 'W9', '2023-10-12', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (50, NULL, 3, 'M8', '2024-03-15', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (51, 27, 1, 'M7', '2023-10-29', 'F', 1, 8.00);
INSERT INTO skate_rentals VALUES (52, 6, 2, 'Y12', '2024-03-23', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (53, 19, 12, 'W5', '2024-01-04', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (54, NULL, 12, 'M11', '2023-10-29', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (55, 14, 3, 'Y10', '2024-03-12', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (56, 49, 5, 'M12', '2024-02-26', 'H', 2, 20.00);
INSERT INTO skate_rentals VALUES (57, 11, 9, 'Y10', '2023-10-17', 'H', 2, 20.00);
INSERT INTO skate_rentals VALUES (58, 36, 7, 'J2', '2024-01-01', 'F', 2, 16.00);
INSERT INTO skate_rentals VALUES (59, NULL, 10, 'W5', '2023-10-12', 'H', 2, 20.00);
INSERT INTO skate_rentals VALUES (60, 4, 5, 'Y11', '2024-03-27', 'F', 2, 18.50);
INSERT INTO skate_rentals VALUES (61, 39, 7, 'J1', '2023-12-08', 'F', 3, 26.50);
INSERT INTO skate_rentals VALUES (62, 26, 13, 'M9', '2023-12-06', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (63, 25, 12, 'Y13', '2024-01-27', 'F', 1, 10.50);
INSERT INTO skate_rentals VALUES (64, 48, 15, 'J1', '2024-03-24', 'H', 2, 20.00);
INSERT INTO skate_rentals VALUES (65, 44, 6, 'W8', '2024-02-18', 'H', 2, 22.50);
INSERT INTO skate_rentals VALUES (66, 14, 4, 'M7', '2023-12-24', 'H', 1, 10.00);
INSERT INTO skate_rentals VALUES (67, 29, 15, 'M7', '2023-12-23', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (68, 38, 1, 'Y10', '2023-10-25', 'F', 3, 26.50);
INSERT INTO skate_rentals VALUES (69, 1, 11, 'M7', '2024-03-31', 'H', 1, 12.50);
INSERT INTO skate_rentals VALUES (70, 30, 4, 'M8', '2024-01-23', 'H', 2, 20.00);
CREATE TABLE Event (
    event_id INTEGER PRIMARY KEY,
    event_name TEXT,
    event_date TEXT,
    event_type TEXT,
    host_rink INTEGER,
    lead_coach INTEGER,
    tickets_sold TEXT,
    ticket_price REAL,
    FOREIGN KEY (host_rink) REFERENCES Rink(RinkID),
    FOREIGN KEY (lead_coach) REFERENCES skating_coaches(coach_id)
);
INSERT INTO Event VALUES (1, 'Maple Cup Figure Skating Championship', '2024-09-05', 'COMP', 14, 10, '1219', 15.00);
INSERT INTO Event VALUES (2, 'Family Public Skate', '2024-09-15', 'PUB', 1, NULL, '778', 18.00);
INSERT INTO Event VALUES (3, 'Holiday on Ice Show', '2023-12-16', 'SHOW', 14, 3, '1849', 40.00);
INSERT INTO Event VALUES (4, 'Frost Cup Junior Hockey Tournament', '2023-11-21', 'HKY', 5, 18, '273', 22.00);
INSERT INTO Event VALUES (5, 'Valentine''s Skate Night', '2024-02-14', 'PUB', 1, 18, '646', 8.00);
INSERT INTO Event VALUES (6, 'Spring Showcase', '2024-04-27', 'SHOW', 2, 18, '840', 30.00);
INSERT INTO Event VALUES (7, 'Provincial Qualifier', '2024-11-05', 'COMP', 1, 10, '1996', 25.00);
INSERT INTO Event VALUES (8, 'Skate Canada Sectionals', '2025-03-18', 'COMP', 12, 3, '2060', 15.00);
INSERT INTO Event VALUES (9, 'Midnight Disco Skate', '2025-01-28', 'PUB', 13, NULL, '1799', 8.00);
INSERT INTO Event VALUES (10, 'Winterlude Skate Party', '2024-02-03', 'PUB', 4, NULL, '1015', 8.00);
INSERT INTO Event VALUES (11, 'Corporate Team Skate', '2024-03-20', 'PRIV', 12, NULL, '1023', 5.00);
INSERT INTO Event VALUES (12, 'Alumni Hockey Classic', '2024-08-12', 'HKY', 1, 5, '1260', 22.00);
INSERT INTO Event VALUES (13, 'Snowflake Invitational', '2023-12-25', 'COMP', 2, 13, '973', 15.00);
INSERT INTO Event VALUES (14, 'Ice Dance Gala', '2025-02-28', 'SHOW', 9, 10, '331', 30.00);
INSERT INTO Event VALUES (15, 'Birthday Party Rental', '2024-12-17', 'PRIV', 5, NULL, '1216', 0.00);
INSERT INTO Event VALUES (16, 'Northern Lights Cup', '2024-01-12', 'COMP', 7, 6, '159', 25.00);
INSERT INTO Event VALUES (17, 'Learn to Skate Open House', '2024-12-29', 'PUB', 12, NULL, '1213', 8.00);
INSERT INTO Event VALUES (18, 'Year End Recital', '2024-06-08', 'SHOW', 12, 3, '740', 30.00);
INSERT INTO Event VALUES (19, 'Beer League Final', '2024-04-13', 'HKY', 11, 1, '2108', 12.00);
INSERT INTO Event VALUES (20, 'Synchro Challenge', '2024-10-23', 'COMP', 7, 3, '517', 25.00);
INSERT INTO Event VALUES (21, 'New Year''s Eve Skate', '2023-12-31', 'PUB', 14, NULL, '868', 18.00);
INSERT INTO Event VALUES (22, 'Charity Shinny Game', '2023-09-16', 'HKY', 12, 3, '888', 22.00);
INSERT INTO Event VALUES (23, 'Autumn Classic', '2024-09-28', 'COMP', 2, 6, '62', 15.00);
INSERT INTO Event VALUES (24, 'Glow Skate Night', '2024-08-30', 'PUB', 9, NULL, '2186', 8.00);
INSERT INTO Event VALUES (25, 'Founders Cup Gala', '2024-03-31', 'SHOW', 2, 13, '1285', 30.00);
