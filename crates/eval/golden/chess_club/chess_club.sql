-- chess_club database: schema and data
PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Title_Types (
    title_code VARCHAR(10) PRIMARY KEY,
    title_description VARCHAR(80) NOT NULL,
    Minimum_Rating INTEGER
);

CREATE TABLE Clubs (
    Club_ID INTEGER PRIMARY KEY,
    Club_Name VARCHAR(100) NOT NULL,
    City VARCHAR(60),
    Country VARCHAR(60),
    Founded_Year TEXT,
    member_fee REAL
);

CREATE TABLE Players (
    Player_ID INTEGER PRIMARY KEY,
    Name VARCHAR(80) NOT NULL,
    Club_ID INTEGER,
    Birth_Year INTEGER,
    Nationality VARCHAR(60),
    Rating INTEGER,
    title_code VARCHAR(10)
);

CREATE TABLE Tournaments (
    Tournament_ID INTEGER PRIMARY KEY,
    Tournament_Name VARCHAR(100) NOT NULL,
    City VARCHAR(60),
    Start_Date DATE,
    Number_of_Rounds INTEGER,
    Prize_Fund REAL,
    other_details VARCHAR(255)
);

CREATE TABLE Games (
    Game_ID INTEGER PRIMARY KEY,
    Tournament_ID INTEGER NOT NULL,
    Round INTEGER,
    White_Player_ID INTEGER NOT NULL,
    Black_Player_ID INTEGER NOT NULL,
    Result VARCHAR(10),
    Number_of_Moves INTEGER,
    Opening_Name VARCHAR(80),
    FOREIGN KEY (White_Player_ID) REFERENCES Players (Player_ID),
    FOREIGN KEY (Black_Player_ID) REFERENCES Players (Player_ID)
);

CREATE TABLE Tournament_Entries (
    Player_ID INTEGER NOT NULL,
    Tournament_ID INTEGER NOT NULL,
    Final_Score REAL,
    PRIMARY KEY (Player_ID, Tournament_ID),
    FOREIGN KEY (Player_ID) REFERENCES Players (Player_ID),
    FOREIGN KEY (Tournament_ID) REFERENCES Tournaments (Tournament_ID)
);

INSERT INTO Ref_Title_Types VALUES ('GM', 'Grandmaster', 2500);
INSERT INTO Ref_Title_Types VALUES ('IM', 'International Master', 2400);
INSERT INTO Ref_Title_Types VALUES ('FM', 'FIDE Master', 2300);
INSERT INTO Ref_Title_Types VALUES ('CM', 'Candidate Master', 2200);
INSERT INTO Ref_Title_Types VALUES ('WGM', 'Woman Grandmaster', 2300);
INSERT INTO Ref_Title_Types VALUES ('WIM', 'Woman International Master', 2200);
INSERT INTO Ref_Title_Types VALUES ('WFM', 'Woman FIDE Master', 2100);
INSERT INTO Ref_Title_Types VALUES ('WCM', 'Woman Candidate Master', 2000);
INSERT INTO Ref_Title_Types VALUES ('AGM', 'Arena Grandmaster', NULL);
INSERT INTO Ref_Title_Types VALUES ('AIM', 'Arena International Master', NULL);
INSERT INTO Ref_Title_Types VALUES ('AFM', 'Arena FIDE Master', NULL);
INSERT INTO Ref_Title_Types VALUES ('ACM', 'Arena Candidate Master', NULL);

INSERT INTO Clubs VALUES (1, 'Marshall Chess Club', 'New York', 'USA', '1915', 350.0);
INSERT INTO Clubs VALUES (2, 'Mechanics'' Institute Chess Club', 'San Francisco', 'USA', '1854', 290.0);
INSERT INTO Clubs VALUES (3, 'Hastings Chess Club', 'Hastings', 'England', '1882', 60.0);
INSERT INTO Clubs VALUES (4, 'Schachklub Berlin Nord', 'Berlin', 'Germany', '1903', 120.0);
INSERT INTO Clubs VALUES (5, 'Club d''Echecs de Paris', 'Paris', 'France', '1921', 150.0);
INSERT INTO Clubs VALUES (6, 'Club de Ajedrez Madrid', 'Madrid', 'Spain', '1947', 90.0);
INSERT INTO Clubs VALUES (7, 'Schaakclub Amsterdam West', 'Amsterdam', 'Netherlands', '1930', 110.0);
INSERT INTO Clubs VALUES (8, 'Moscow Central Chess Club', 'Moscow', 'Russia', '1956', 80.0);
INSERT INTO Clubs VALUES (9, 'Wiener Schachverein', 'Vienna', 'Austria', '1857', 130.0);
INSERT INTO Clubs VALUES (10, 'Budapest Chess Society', 'Budapest', 'Hungary', '1911', 70.0);
INSERT INTO Clubs VALUES (11, 'Oslo Sjakkselskap', 'Oslo', 'Norway', '1913', 140.0);
INSERT INTO Clubs VALUES (12, 'Chennai Chess Academy', 'Chennai', 'India', '1972', 40.0);
INSERT INTO Clubs VALUES (13, 'Circulo de Xadrez de Lisboa', 'Lisbon', 'Portugal', '1958', NULL);
INSERT INTO Clubs VALUES (14, 'Schachclub Muenchen 1836', 'Munich', 'Germany', '1836', 100.0);
INSERT INTO Clubs VALUES (15, 'Krakow Chess Club', 'Krakow', 'Poland', '1893', NULL);

INSERT INTO Players VALUES (1, 'Daniel Harper', 1, 1988, 'USA', 2612, 'GM');
INSERT INTO Players VALUES (2, 'Michael Brennan', 1, 1995, 'USA', 2455, 'IM');
INSERT INTO Players VALUES (3, 'Sarah Kowalski', 2, 1999, 'USA', 2311, 'WGM');
INSERT INTO Players VALUES (4, 'Jonathan Reyes', 2, 1979, 'USA', 2380, 'FM');
INSERT INTO Players VALUES (5, 'Oliver Whitcombe', 3, 1965, 'England', 2290, 'FM');
INSERT INTO Players VALUES (6, 'Thomas Fairley', 3, 2004, 'England', 2144, 'CM');
INSERT INTO Players VALUES (7, 'Lukas Brandt', 4, 1991, 'Germany', 2588, 'GM');
INSERT INTO Players VALUES (8, 'Felix Hoffmann', 4, 2001, 'Germany', 2402, 'IM');
INSERT INTO Players VALUES (9, 'Anna Vogel', 4, 1997, 'Germany', 2263, 'WIM');
INSERT INTO Players VALUES (10, 'Julien Moreau', 5, 1985, 'France', 2547, 'GM');
INSERT INTO Players VALUES (11, 'Claire Dubois', 5, 2003, 'France', 2198, 'WFM');
INSERT INTO Players VALUES (12, 'Antoine Lefevre', 5, 1972, 'France', 2336, 'FM');
INSERT INTO Players VALUES (13, 'Pablo Ortega', 6, 1993, 'Spain', 2489, 'IM');
INSERT INTO Players VALUES (14, 'Javier Castillo', 6, 1968, 'Spain', 2417, 'IM');
INSERT INTO Players VALUES (15, 'Lucia Navarro', 6, 2006, 'Spain', 2075, NULL);
INSERT INTO Players VALUES (16, 'Daan de Vries', 7, 1990, 'Netherlands', 2521, 'GM');
INSERT INTO Players VALUES (17, 'Sanne Bakker', 7, 2000, 'Netherlands', 2229, 'WIM');
INSERT INTO Players VALUES (18, 'Pieter Jansen', 7, 1959, 'Netherlands', 2183, 'CM');
INSERT INTO Players VALUES (19, 'Dmitri Volkov', 8, 1984, 'Russia', 2634, 'GM');
INSERT INTO Players VALUES (20, 'Ekaterina Smirnova', 8, 1996, 'Russia', 2408, 'WGM');
INSERT INTO Players VALUES (21, 'Alexei Morozov', 8, 2002, 'Russia', 2356, 'FM');
INSERT INTO Players VALUES (22, 'Stefan Huber', 9, 1976, 'Austria', 2398, 'IM');
INSERT INTO Players VALUES (23, 'Markus Gruber', 9, 2005, 'Austria', 2012, NULL);
INSERT INTO Players VALUES (24, 'Gabor Nagy', 10, 1981, 'Hungary', 2563, 'GM');
INSERT INTO Players VALUES (25, 'Eszter Kovacs', 10, 1994, 'Hungary', 2341, 'WGM');
INSERT INTO Players VALUES (26, 'Henrik Solberg', 11, 1998, 'Norway', 2476, 'IM');
INSERT INTO Players VALUES (27, 'Ingrid Larsen', 11, 2007, 'Norway', 1987, NULL);
INSERT INTO Players VALUES (28, 'Arjun Raghavan', 12, 2008, 'India', 2494, 'IM');
INSERT INTO Players VALUES (29, 'Priya Subramanian', 12, 2002, 'India', 2285, 'WIM');
INSERT INTO Players VALUES (30, 'Vikram Iyer', 12, 1987, 'India', 2576, 'GM');
INSERT INTO Players VALUES (31, 'Max Lindqvist', 11, 1992, 'Sweden', 2162, 'AFM');
INSERT INTO Players VALUES (32, 'Tomasz Zielinski', 4, 1983, 'Poland', 2439, 'IM');
INSERT INTO Players VALUES (33, 'Emma Richter', 4, 1999, 'Germany', 2251, 'WFM');
INSERT INTO Players VALUES (34, 'Hugo Bauer', 14, 1962, 'Germany', 2307, 'FM');
INSERT INTO Players VALUES (35, 'Ravi Menon', 12, 2010, 'India', 1845, 'AGM');
INSERT INTO Players VALUES (36, 'Carlos Mendes', 6, 1975, 'Portugal', 2370, 'FM');

INSERT INTO Tournaments VALUES (1, 'Hastings Christmas Congress', 'Hastings', '2022-12-28', 9, 15000.0, NULL);
INSERT INTO Tournaments VALUES (2, 'Berlin Open', 'Berlin', '2023-03-11', 9, 40000.0, NULL);
INSERT INTO Tournaments VALUES (3, 'Paris Rapid Championship', 'Paris', '2023-05-20', 11, 25000.0, 'Rapid time control, 15 minutes plus 10 seconds');
INSERT INTO Tournaments VALUES (4, 'Madrid Masters', 'Madrid', '2023-07-02', 7, 60000.0, 'Invitation only');
INSERT INTO Tournaments VALUES (5, 'Amsterdam Summer Open', 'Amsterdam', '2023-08-05', 9, 18000.0, NULL);
INSERT INTO Tournaments VALUES (6, 'Vienna Invitational', 'Vienna', '2023-09-14', 7, 35000.0, 'Held at the Hotel Imperial');
INSERT INTO Tournaments VALUES (7, 'Budapest Spring Festival', 'Budapest', '2024-04-06', 9, 22000.0, NULL);
INSERT INTO Tournaments VALUES (8, 'Norway Fjord Classic', 'Oslo', '2024-05-27', 10, 120000.0, 'Armageddon tiebreaks');
INSERT INTO Tournaments VALUES (9, 'Chennai Grandmaster Open', 'Chennai', '2024-01-15', 10, 30000.0, NULL);
INSERT INTO Tournaments VALUES (10, 'Marshall Memorial', 'New York', '2024-02-10', 8, 50000.0, NULL);
INSERT INTO Tournaments VALUES (11, 'Lisbon Atlantic Open', 'Lisbon', '2024-10-19', 9, 12000.0, NULL);
INSERT INTO Tournaments VALUES (12, 'Krakow Cup', 'Krakow', '2024-11-23', 7, NULL, 'Prize fund to be announced');
INSERT INTO Tournaments VALUES (13, 'San Francisco Bay Open', 'San Francisco', '2025-01-18', 6, 8000.0, NULL);

INSERT INTO Games VALUES (1, 1, 8, 23, 2, '1-0', 45, 'Italian Game');
INSERT INTO Games VALUES (2, 1, 5, 9, 23, '1-0', 53, 'Sicilian Defence');
INSERT INTO Games VALUES (3, 1, 4, 2, 23, '0-1', 76, 'English Opening');
INSERT INTO Games VALUES (4, 1, 4, 36, 9, '1-0', 44, 'Grunfeld Defence');
INSERT INTO Games VALUES (5, 2, 7, 28, 4, '1-0', 31, 'Italian Game');
INSERT INTO Games VALUES (6, 2, 2, 2, 4, '1/2-1/2', 54, 'London System');
INSERT INTO Games VALUES (7, 2, 4, 2, 4, '1/2-1/2', 78, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (8, 2, 6, 2, 4, '1/2-1/2', 64, 'Italian Game');
INSERT INTO Games VALUES (9, 3, 10, 20, 11, '1-0', 61, 'Caro-Kann Defence');
INSERT INTO Games VALUES (10, 3, 2, 35, 12, '1-0', 70, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (11, 3, 7, 35, 20, '1-0', 36, 'Sicilian Defence');
INSERT INTO Games VALUES (12, 3, 1, 11, 12, '0-1', 84, 'London System');
INSERT INTO Games VALUES (13, 4, 1, 28, 7, '1-0', 69, 'Slav Defence');
INSERT INTO Games VALUES (14, 4, 6, 12, 7, '1-0', 83, 'Ruy Lopez');
INSERT INTO Games VALUES (15, 4, 2, 28, 12, '0-1', 82, 'London System');
INSERT INTO Games VALUES (16, 5, 4, 7, 9, '1-0', 40, 'Nimzo-Indian Defence');
INSERT INTO Games VALUES (17, 5, 9, 7, 16, '1/2-1/2', 29, 'Caro-Kann Defence');
INSERT INTO Games VALUES (18, 5, 7, 9, 16, '1-0', 90, 'Nimzo-Indian Defence');
INSERT INTO Games VALUES (19, 5, 7, 7, 1, '1/2-1/2', 74, 'London System');
INSERT INTO Games VALUES (20, 6, 5, 36, 18, '1-0', 56, 'London System');
INSERT INTO Games VALUES (21, 6, 6, 31, 18, '1-0', 54, 'London System');
INSERT INTO Games VALUES (22, 6, 4, 36, 28, '0-1', 32, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (23, 6, 3, 31, 28, '1-0', 64, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (24, 7, 6, 23, 9, '1/2-1/2', 83, 'Caro-Kann Defence');
INSERT INTO Games VALUES (25, 7, 9, 7, 23, '1-0', 36, 'Sicilian Defence');
INSERT INTO Games VALUES (26, 7, 5, 21, 9, '1-0', 73, 'Slav Defence');
INSERT INTO Games VALUES (27, 7, 4, 21, 7, '1-0', 39, 'English Opening');
INSERT INTO Games VALUES (28, 8, 6, 24, 34, '0-1', 47, 'King''s Indian Defence');
INSERT INTO Games VALUES (29, 8, 2, 34, 24, '1-0', 67, 'English Opening');
INSERT INTO Games VALUES (30, 8, 3, 34, 24, '1/2-1/2', 50, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (31, 9, 2, 20, 33, '1-0', 58, 'Queen''s Gambit Declined');
INSERT INTO Games VALUES (32, 9, 8, 20, 27, '0-1', 42, 'Italian Game');
INSERT INTO Games VALUES (33, 9, 4, 22, 27, '1-0', 87, 'Nimzo-Indian Defence');
INSERT INTO Games VALUES (34, 9, 9, 33, 22, '1-0', 69, 'Nimzo-Indian Defence');
INSERT INTO Games VALUES (35, 10, 6, 33, 5, '0-1', 43, 'Ruy Lopez');
INSERT INTO Games VALUES (36, 10, 2, 33, 26, '0-1', 70, 'King''s Indian Defence');
INSERT INTO Games VALUES (37, 10, 3, 18, 26, '1/2-1/2', 87, 'Ruy Lopez');
INSERT INTO Games VALUES (38, 10, 6, 5, 18, '0-1', 74, 'London System');

INSERT INTO Tournament_Entries VALUES (2, 1, 8.0);
INSERT INTO Tournament_Entries VALUES (9, 1, 3.5);
INSERT INTO Tournament_Entries VALUES (23, 1, 6.0);
INSERT INTO Tournament_Entries VALUES (32, 1, 7.0);
INSERT INTO Tournament_Entries VALUES (36, 1, 7.0);
INSERT INTO Tournament_Entries VALUES (2, 2, 3.0);
INSERT INTO Tournament_Entries VALUES (4, 2, 6.5);
INSERT INTO Tournament_Entries VALUES (20, 2, 8.0);
INSERT INTO Tournament_Entries VALUES (28, 2, 3.5);
INSERT INTO Tournament_Entries VALUES (11, 3, 1.5);
INSERT INTO Tournament_Entries VALUES (12, 3, 9.5);
INSERT INTO Tournament_Entries VALUES (20, 3, 9.0);
INSERT INTO Tournament_Entries VALUES (35, 3, 6.5);
INSERT INTO Tournament_Entries VALUES (7, 4, 2.5);
INSERT INTO Tournament_Entries VALUES (12, 4, 3.0);
INSERT INTO Tournament_Entries VALUES (28, 4, 1.0);
INSERT INTO Tournament_Entries VALUES (1, 5, 1.5);
INSERT INTO Tournament_Entries VALUES (7, 5, 2.0);
INSERT INTO Tournament_Entries VALUES (9, 5, 4.5);
INSERT INTO Tournament_Entries VALUES (16, 5, 1.5);
INSERT INTO Tournament_Entries VALUES (18, 6, 2.0);
INSERT INTO Tournament_Entries VALUES (28, 6, 5.0);
INSERT INTO Tournament_Entries VALUES (31, 6, 1.5);
INSERT INTO Tournament_Entries VALUES (36, 6, 2.5);
INSERT INTO Tournament_Entries VALUES (7, 7, 5.5);
INSERT INTO Tournament_Entries VALUES (9, 7, 5.0);
INSERT INTO Tournament_Entries VALUES (15, 7, 3.5);
INSERT INTO Tournament_Entries VALUES (21, 7, 2.5);
INSERT INTO Tournament_Entries VALUES (23, 7, 3.0);
INSERT INTO Tournament_Entries VALUES (13, 8, 6.5);
INSERT INTO Tournament_Entries VALUES (24, 8, 4.0);
INSERT INTO Tournament_Entries VALUES (34, 8, 6.0);
INSERT INTO Tournament_Entries VALUES (20, 9, 2.0);
INSERT INTO Tournament_Entries VALUES (22, 9, 7.0);
INSERT INTO Tournament_Entries VALUES (27, 9, 4.5);
INSERT INTO Tournament_Entries VALUES (33, 9, 8.0);
INSERT INTO Tournament_Entries VALUES (5, 10, 1.0);
INSERT INTO Tournament_Entries VALUES (18, 10, 3.0);
INSERT INTO Tournament_Entries VALUES (26, 10, 7.0);
INSERT INTO Tournament_Entries VALUES (33, 10, 1.0);
