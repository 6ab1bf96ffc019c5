PRAGMA foreign_keys = ON;

CREATE TABLE Schools (
    School_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    State TEXT,
    Founded_Year TEXT,
    Enrollment INTEGER
);

CREATE TABLE Teams (
    Team_ID INTEGER PRIMARY KEY,
    Team_Name TEXT NOT NULL,
    School_ID INTEGER NOT NULL,
    Coach_Name TEXT,
    Year_Founded INTEGER,
    FOREIGN KEY (School_ID) REFERENCES Schools (School_ID)
);

CREATE TABLE Ref_Drive_Types (
    drive_type_code TEXT PRIMARY KEY,
    drive_type_description TEXT NOT NULL
);

CREATE TABLE Robots (
    robot_id INTEGER PRIMARY KEY,
    robot_name TEXT NOT NULL,
    Team_ID INTEGER NOT NULL,
    weight_kg REAL,
    drive_type_code TEXT,
    build_cost REAL,
    FOREIGN KEY (Team_ID) REFERENCES Teams (Team_ID),
    FOREIGN KEY (drive_type_code) REFERENCES Ref_Drive_Types (drive_type_code)
);

CREATE TABLE Events (
    Event_ID INTEGER PRIMARY KEY,
    Event_Name TEXT NOT NULL,
    City TEXT,
    Event_Date TEXT,
    Number_of_Teams INTEGER
);

CREATE TABLE Matches (
    Match_ID INTEGER PRIMARY KEY,
    Event_ID INTEGER NOT NULL,
    Round TEXT,
    Red_Team_ID INTEGER NOT NULL,
    Blue_Team_ID INTEGER NOT NULL,
    Red_Score INTEGER,
    Blue_Score INTEGER,
    FOREIGN KEY (Red_Team_ID) REFERENCES Teams (Team_ID),
    FOREIGN KEY (Blue_Team_ID) REFERENCES Teams (Team_ID)
);

CREATE TABLE Mentors (
    Mentor_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Profession TEXT,
    Years_Experience INTEGER,
    other_details TEXT
);

CREATE TABLE Team_Mentors (
    Mentor_ID INTEGER NOT NULL,
    Team_ID INTEGER NOT NULL,
    Hours_Per_Week INTEGER,
    PRIMARY KEY (Mentor_ID, Team_ID),
    FOREIGN KEY (Mentor_ID) REFERENCES Mentors (Mentor_ID),
    FOREIGN KEY (Team_ID) REFERENCES Teams (Team_ID)
);

INSERT INTO Schools VALUES (1, 'Lincoln High School', 'Portland', 'Oregon', '1908', 1650);
INSERT INTO Schools VALUES (2, 'Roosevelt High School', 'Seattle', 'Washington', '1922', 1720);
INSERT INTO Schools VALUES (3, 'Jefferson Academy', 'Denver', 'Colorado', '1964', 890);
INSERT INTO Schools VALUES (4, 'Westview High School', 'San Diego', 'California', '2002', 2350);
INSERT INTO Schools VALUES (5, 'Oak Ridge High School', 'Knoxville', 'Tennessee', '1951', 1280);
INSERT INTO Schools VALUES (6, 'Central Magnet School', 'Austin', 'Texas', '1948', 1120);
INSERT INTO Schools VALUES (7, 'Riverside Prep', 'Sacramento', 'California', '1995', 640);
INSERT INTO Schools VALUES (8, 'Hamilton High School', 'Columbus', 'Ohio', '1935', 1840);
INSERT INTO Schools VALUES (9, 'Brookfield Academy', 'Milwaukee', 'Wisconsin', '1962', NULL);
INSERT INTO Schools VALUES (10, 'Mission Bay High School', 'San Diego', 'California', '1931', 1510);
INSERT INTO Schools VALUES (11, 'Summit Technical High School', 'Buffalo', 'New York', '1978', 980);
INSERT INTO Schools VALUES (12, 'Cedar Falls High School', 'Cedar Falls', 'Iowa', '1914', 1330);
INSERT INTO Schools VALUES (13, 'Marshall STEM Academy', 'Atlanta', 'Georgia', '2009', 520);
INSERT INTO Schools VALUES (14, 'Evergreen High School', 'Boise', 'Idaho', '1970', NULL);
INSERT INTO Schools VALUES (15, 'Northgate High School', 'Austin', 'Texas', '1999', 1890);
INSERT INTO Teams VALUES (1, 'Iron Lions', 1, 'Margaret Okafor', 2008);
INSERT INTO Teams VALUES (2, 'Rose City Robotics', 1, 'Daniel Reyes', 2014);
INSERT INTO Teams VALUES (3, 'Cyber Hawks', 2, 'Priya Natarajan', 2011);
INSERT INTO Teams VALUES (4, 'Emerald Gears', 2, NULL, 2019);
INSERT INTO Teams VALUES (5, 'Mile High Mechanics', 3, 'Thomas Becker', 2010);
INSERT INTO Teams VALUES (6, 'Wave Runners', 4, 'Alicia Moreno', 2016);
INSERT INTO Teams VALUES (7, 'Volt Vipers', 4, 'Kevin Tran', 2021);
INSERT INTO Teams VALUES (8, 'Atomic Owls', 5, 'Sarah Whitfield', 2007);
INSERT INTO Teams VALUES (9, 'Longhorn Logic', 6, 'Marcus Johnson', 2013);
INSERT INTO Teams VALUES (10, 'Delta Drivers', 7, 'Helen Park', 2018);
INSERT INTO Teams VALUES (11, 'Buckeye Bots', 8, 'Robert Kowalski', 2009);
INSERT INTO Teams VALUES (12, 'Circuit Breakers', 8, 'Jennifer Liu', 2017);
INSERT INTO Teams VALUES (13, 'Cheese Head Engineers', 9, 'Paul Schneider', NULL);
INSERT INTO Teams VALUES (14, 'Tidal Force', 10, 'Gabriela Santos', 2012);
INSERT INTO Teams VALUES (15, 'Steel Seagulls', 10, 'Brian O''Connell', 2020);
INSERT INTO Teams VALUES (16, 'Snowbelt Sparks', 11, 'Angela Russo', 2015);
INSERT INTO Teams VALUES (17, 'Prairie Pistons', 12, 'Mark Jensen', 2006);
INSERT INTO Teams VALUES (18, 'Lone Star Voltage', 15, 'Carlos Gutierrez', 2019);
INSERT INTO Teams VALUES (19, 'Bluebonnet Builders', 15, 'Emily Carter', 2022);
INSERT INTO Teams VALUES (20, 'Quantum Cougars', 6, 'Derek Washington', 2023);
INSERT INTO Teams VALUES (21, 'Rain Makers', 2, 'Naomi Fischer', 2018);
INSERT INTO Teams VALUES (22, 'Gear Grinders', 12, NULL, 2016);
INSERT INTO Ref_Drive_Types VALUES ('TNK', 'Tank drive');
INSERT INTO Ref_Drive_Types VALUES ('MEC', 'Mecanum wheel drive');
INSERT INTO Ref_Drive_Types VALUES ('SWV', 'Swerve drive');
INSERT INTO Ref_Drive_Types VALUES ('OMN', 'Omni-wheel holonomic drive');
INSERT INTO Ref_Drive_Types VALUES ('WCD', 'West Coast drive');
INSERT INTO Ref_Drive_Types VALUES ('TRK', 'Tracked drive');
INSERT INTO Robots VALUES (1, 'Leo', 1, 48.9, 'TNK', 6700.0);
INSERT INTO Robots VALUES (2, 'Thorn', 1, 44.1, 'SWV', 6950.0);
INSERT INTO Robots VALUES (3, 'Talon', 3, 40.7, 'MEC', 6350.0);
INSERT INTO Robots VALUES (4, 'Jade', 4, 51.6, 'WCD', 4150.0);
INSERT INTO Robots VALUES (5, 'Summit', 5, 44.0, 'TNK', 3250.0);
INSERT INTO Robots VALUES (6, 'Riptide', 6, 50.6, 'SWV', 3700.0);
INSERT INTO Robots VALUES (7, 'Sidewinder', 7, 54.2, 'MEC', 2550.0);
INSERT INTO Robots VALUES (8, 'Hoot', 8, 53.6, 'TNK', NULL);
INSERT INTO Robots VALUES (9, 'Bevo', 9, 44.4, 'WCD', 3700.0);
INSERT INTO Robots VALUES (10, 'Ripple', 2, 50.3, 'OMN', 2300.0);
INSERT INTO Robots VALUES (11, 'Buckshot', 11, 41.3, 'TNK', 1950.0);
INSERT INTO Robots VALUES (12, 'Sparky', 12, 41.7, 'SWV', 1800.0);
INSERT INTO Robots VALUES (13, 'Cheddar', 13, 42.2, 'TNK', 3700.0);
INSERT INTO Robots VALUES (14, 'Undertow', 14, 52.8, 'MEC', 4350.0);
INSERT INTO Robots VALUES (15, 'Gull', 15, 41.8, 'OMN', 4750.0);
INSERT INTO Robots VALUES (16, 'Blizzard', 16, 49.2, 'WCD', 6450.0);
INSERT INTO Robots VALUES (17, 'Tractor', 17, 49.9, 'TNK', 4400.0);
INSERT INTO Robots VALUES (18, 'Ranger', 18, 54.8, 'SWV', 7150.0);
INSERT INTO Robots VALUES (19, 'Petal', 3, 55.9, 'SWV', 7250.0);
INSERT INTO Robots VALUES (20, 'Quark', 21, 50.8, 'MEC', NULL);
INSERT INTO Robots VALUES (21, 'Drizzle', 21, 48.3, 'TNK', 4150.0);
INSERT INTO Robots VALUES (22, 'Grinder', 22, 43.0, 'WCD', 3250.0);
INSERT INTO Robots VALUES (23, 'Athena', 1, 53.0, 'MEC', 5200.0);
INSERT INTO Robots VALUES (24, 'Maverick', 6, 45.7, 'TNK', 2150.0);
INSERT INTO Robots VALUES (25, 'Nimbus', 12, 52.7, 'OMN', 6050.0);
INSERT INTO Robots VALUES (26, 'Pioneer', 17, 53.3, 'TNK', 1950.0);
INSERT INTO Robots VALUES (27, 'Falcon', 3, 43.9, 'WCD', 6250.0);
INSERT INTO Robots VALUES (28, 'Comet', 11, 47.3, 'MEC', 4100.0);
INSERT INTO Robots VALUES (29, 'Rover', 1, 39.7, NULL, NULL);
INSERT INTO Robots VALUES (30, 'Titan', 14, 54.5, 'SWV', 4600.0);
INSERT INTO Robots VALUES (31, 'Zephyr', 8, 53.8, 'TNK', 2500.0);
INSERT INTO Robots VALUES (32, 'Havoc', 5, 48.2, 'MEC', 2950.0);
INSERT INTO Events VALUES (1, 'Pacific Northwest Regional', 'Portland', '2023-03-04', 36);
INSERT INTO Events VALUES (2, 'Puget Sound District Event', 'Seattle', '2023-03-18', 28);
INSERT INTO Events VALUES (3, 'Rocky Mountain Regional', 'Denver', '2023-03-25', 33);
INSERT INTO Events VALUES (4, 'San Diego Regional', 'San Diego', '2023-04-01', 45);
INSERT INTO Events VALUES (5, 'Lone Star Championship', 'Austin', '2023-04-08', 52);
INSERT INTO Events VALUES (6, 'Bayou Regional', 'Houston', '2023-02-25', 30);
INSERT INTO Events VALUES (7, 'Great Lakes Invitational', 'Detroit', '2023-05-06', 24);
INSERT INTO Events VALUES (8, 'Sunshine State Open', 'Orlando', '2023-02-11', 40);
INSERT INTO Events VALUES (9, 'Desert Showdown', 'Phoenix', '2023-01-28', 18);
INSERT INTO Events VALUES (10, 'National Championship', 'Houston', '2023-04-20', 64);
INSERT INTO Events VALUES (11, 'Heartland Scrimmage', 'Omaha', '2023-06-10', 12);
INSERT INTO Events VALUES (12, 'Cascade Offseason Classic', 'Seattle', '2023-09-16', NULL);
INSERT INTO Matches VALUES (1, 1, 'Qualification 1', 22, 2, 142, 124);
INSERT INTO Matches VALUES (2, 1, 'Qualification 2', 22, 10, 131, 139);
INSERT INTO Matches VALUES (3, 1, 'Final', 11, 7, 106, 156);
INSERT INTO Matches VALUES (4, 2, 'Qualification 1', 1, 11, 147, 109);
INSERT INTO Matches VALUES (5, 2, 'Qualification 2', 1, 8, 71, 147);
INSERT INTO Matches VALUES (6, 2, 'Final', 12, 17, 132, 145);
INSERT INTO Matches VALUES (7, 3, 'Qualification 1', 14, 2, 110, 138);
INSERT INTO Matches VALUES (8, 3, 'Qualification 2', 5, 3, 135, 72);
INSERT INTO Matches VALUES (9, 3, 'Final', 9, 1, 119, 133);
INSERT INTO Matches VALUES (10, 4, 'Qualification 1', 15, 9, 119, 57);
INSERT INTO Matches VALUES (11, 4, 'Qualification 2', 3, 8, 149, 80);
INSERT INTO Matches VALUES (12, 4, 'Qualification 3', 12, 15, 99, 88);
INSERT INTO Matches VALUES (13, 4, 'Final', 2, 3, 76, 68);
INSERT INTO Matches VALUES (14, 5, 'Qualification 1', 6, 16, 155, 118);
INSERT INTO Matches VALUES (15, 5, 'Qualification 2', 14, 6, 63, 76);
INSERT INTO Matches VALUES (16, 5, 'Qualification 3', 20, 2, 134, 153);
INSERT INTO Matches VALUES (17, 5, 'Final', 18, 2, 130, 97);
INSERT INTO Matches VALUES (18, 6, 'Qualification 1', 11, 22, 128, 143);
INSERT INTO Matches VALUES (19, 6, 'Qualification 2', 3, 13, 87, 153);
INSERT INTO Matches VALUES (20, 6, 'Final', 14, 4, 160, 129);
INSERT INTO Matches VALUES (21, 7, 'Qualification 1', 10, 1, 86, 130);
INSERT INTO Matches VALUES (22, 7, 'Qualification 2', 7, 6, 67, 81);
INSERT INTO Matches VALUES (23, 7, 'Final', 5, 14, 138, 156);
INSERT INTO Matches VALUES (24, 8, 'Qualification 1', 20, 3, 84, 116);
INSERT INTO Matches VALUES (25, 8, 'Qualification 2', 11, 14, 141, 156);
INSERT INTO Matches VALUES (26, 8, 'Final', 9, 3, 119, 45);
INSERT INTO Matches VALUES (27, 9, 'Qualification 1', 14, 19, 100, 109);
INSERT INTO Matches VALUES (28, 9, 'Qualification 2', 21, 10, 78, 140);
INSERT INTO Matches VALUES (29, 9, 'Final', 8, 14, 130, 109);
INSERT INTO Matches VALUES (30, 10, 'Qualification 1', 6, 3, 152, 78);
INSERT INTO Matches VALUES (31, 10, 'Qualification 2', 10, 17, 68, 62);
INSERT INTO Matches VALUES (32, 10, 'Qualification 3', 14, 13, 87, 127);
INSERT INTO Matches VALUES (33, 10, 'Final', 7, 14, 141, 125);
INSERT INTO Mentors VALUES (1, 'Richard Alvarez', 'Mechanical Engineer', 14, NULL);
INSERT INTO Mentors VALUES (2, 'Susan Thompson', 'Software Engineer', 9, 'Former FIRST alumna');
INSERT INTO Mentors VALUES (3, 'Michael Harrison', 'Electrical Engineer', 22, NULL);
INSERT INTO Mentors VALUES (4, 'Linda Nguyen', 'Physics Teacher', 11, NULL);
INSERT INTO Mentors VALUES (5, 'James Patterson', 'Software Engineer', 4, 'Weekend availability only');
INSERT INTO Mentors VALUES (6, 'Karen Robinson', 'Machinist', 27, NULL);
INSERT INTO Mentors VALUES (7, 'David Kim', 'Aerospace Engineer', 16, NULL);
INSERT INTO Mentors VALUES (8, 'Patricia Wilson', 'Product Designer', 7, NULL);
INSERT INTO Mentors VALUES (9, 'Christopher Lee', 'Software Engineer', 12, 'Leads programming workshops');
INSERT INTO Mentors VALUES (10, 'Barbara Jackson', 'Mechanical Engineer', 19, NULL);
INSERT INTO Mentors VALUES (11, 'Anthony Martinez', 'Electrician', 25, NULL);
INSERT INTO Mentors VALUES (12, 'Nancy Davidson', 'Data Scientist', 5, NULL);
INSERT INTO Mentors VALUES (13, 'Steven Clark', 'Civil Engineer', 30, 'Retired');
INSERT INTO Mentors VALUES (14, 'Rachel Adams', 'Mathematics Teacher', 8, NULL);
INSERT INTO Mentors VALUES (15, 'George Mitchell', 'Welder', 18, NULL);
INSERT INTO Mentors VALUES (16, 'Olivia Bennett', 'Industrial Designer', 3, NULL);
INSERT INTO Mentors VALUES (17, 'Victor Huang', 'Electrical Engineer', 10, NULL);
INSERT INTO Mentors VALUES (18, 'Monica Ferguson', 'Project Manager', 13, NULL);
INSERT INTO Team_Mentors VALUES (1, 1, 6);
INSERT INTO Team_Mentors VALUES (1, 2, 3);
INSERT INTO Team_Mentors VALUES (2, 1, 4);
INSERT INTO Team_Mentors VALUES (2, 3, 5);
INSERT INTO Team_Mentors VALUES (3, 5, 8);
INSERT INTO Team_Mentors VALUES (3, 8, 2);
INSERT INTO Team_Mentors VALUES (4, 6, 5);
INSERT INTO Team_Mentors VALUES (4, 7, 4);
INSERT INTO Team_Mentors VALUES (5, 9, 3);
INSERT INTO Team_Mentors VALUES (6, 11, 10);
INSERT INTO Team_Mentors VALUES (6, 12, 7);
INSERT INTO Team_Mentors VALUES (6, 17, 5);
INSERT INTO Team_Mentors VALUES (7, 14, 6);
INSERT INTO Team_Mentors VALUES (7, 15, 2);
INSERT INTO Team_Mentors VALUES (8, 16, 4);
INSERT INTO Team_Mentors VALUES (9, 3, 5);
INSERT INTO Team_Mentors VALUES (9, 21, 6);
INSERT INTO Team_Mentors VALUES (9, 4, 3);
INSERT INTO Team_Mentors VALUES (10, 18, 7);
INSERT INTO Team_Mentors VALUES (10, 19, 4);
INSERT INTO Team_Mentors VALUES (11, 13, 5);
INSERT INTO Team_Mentors VALUES (12, 10, 3);
INSERT INTO Team_Mentors VALUES (13, 22, 9);
INSERT INTO Team_Mentors VALUES (13, 17, 4);
INSERT INTO Team_Mentors VALUES (14, 20, 2);
INSERT INTO Team_Mentors VALUES (15, 9, 6);
INSERT INTO Team_Mentors VALUES (15, 20, 5);
INSERT INTO Team_Mentors VALUES (2, 6, 2);
INSERT INTO Team_Mentors VALUES (11, 8, 3);
INSERT INTO Team_Mentors VALUES (5, 18, 2);
