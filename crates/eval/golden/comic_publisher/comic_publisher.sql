PRAGMA foreign_keys = ON;

CREATE TABLE Publishers (
    Publisher_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Founded_Year TEXT
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT NOT NULL
);

CREATE TABLE Series (
    Series_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Publisher_ID INTEGER NOT NULL,
    genre_code TEXT,
    Start_Year INTEGER,
    is_ongoing INTEGER,
    FOREIGN KEY (Publisher_ID) REFERENCES Publishers (Publisher_ID),
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types (genre_code)
);

CREATE TABLE Issues (
    Issue_ID INTEGER PRIMARY KEY,
    Series_ID INTEGER NOT NULL,
    Issue_Number INTEGER,
    Release_Date TEXT,
    Cover_Price REAL,
    Print_Run INTEGER,
    FOREIGN KEY (Series_ID) REFERENCES Series (Series_ID)
);

CREATE TABLE Creators (
    Creator_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER,
    Role TEXT
);

CREATE TABLE Credits (
    Creator_ID INTEGER NOT NULL,
    Issue_ID INTEGER NOT NULL,
    credit_role TEXT,
    other_details TEXT,
    PRIMARY KEY (Creator_ID, Issue_ID),
    FOREIGN KEY (Creator_ID) REFERENCES Creators (Creator_ID),
    FOREIGN KEY (Issue_ID) REFERENCES Issues (Issue_ID)
);

CREATE TABLE Conventions (
    Convention_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Year INTEGER,
    Attendance INTEGER,
    Creator_ID INTEGER
);

CREATE TABLE Crossovers (
    Crossover_ID INTEGER PRIMARY KEY,
    Crossover_Title TEXT,
    Lead_Series_ID INTEGER NOT NULL,
    Guest_Series_ID INTEGER NOT NULL,
    Crossover_Year INTEGER,
    FOREIGN KEY (Lead_Series_ID) REFERENCES Series (Series_ID),
    FOREIGN KEY (Guest_Series_ID) REFERENCES Series (Series_ID)
);

INSERT INTO Publishers VALUES (1, 'Marvel Comics', 'New York', 'USA', '1939');
INSERT INTO Publishers VALUES (2, 'DC Comics', 'Burbank', 'USA', '1934');
INSERT INTO Publishers VALUES (3, 'Dark Horse Comics', 'Milwaukie', 'USA', '1986');
INSERT INTO Publishers VALUES (4, 'Image Comics', 'Portland', 'USA', '1992');
INSERT INTO Publishers VALUES (5, 'IDW Publishing', 'San Diego', 'USA', '1999');
INSERT INTO Publishers VALUES (6, 'Dargaud', 'Paris', 'France', '1936');
INSERT INTO Publishers VALUES (7, 'Casterman', 'Tournai', 'Belgium', '1780');
INSERT INTO Publishers VALUES (8, 'Glenat', 'Grenoble', 'France', '1969');
INSERT INTO Publishers VALUES (9, 'Shueisha', 'Tokyo', 'Japan', '1925');
INSERT INTO Publishers VALUES (10, 'Kodansha', 'Tokyo', 'Japan', '1909');
INSERT INTO Publishers VALUES (11, 'Sergio Bonelli Editore', 'Milan', 'Italy', '1941');
INSERT INTO Publishers VALUES (12, 'Drawn & Quarterly', 'Montreal', 'Canada', '1990');
INSERT INTO Publishers VALUES (13, 'Fantagraphics Books', 'Seattle', 'USA', '1976');
INSERT INTO Publishers VALUES (14, 'Boom! Studios', 'Los Angeles', 'USA', '2005');

INSERT INTO Ref_Genre_Types VALUES ('ACT', 'Action, adventure and superheroes');
INSERT INTO Ref_Genre_Types VALUES ('HOR', 'Horror and the supernatural');
INSERT INTO Ref_Genre_Types VALUES ('SCF', 'Science fiction');
INSERT INTO Ref_Genre_Types VALUES ('FAN', 'Fantasy');
INSERT INTO Ref_Genre_Types VALUES ('CRM', 'Crime and noir');
INSERT INTO Ref_Genre_Types VALUES ('HUM', 'Humor');
INSERT INTO Ref_Genre_Types VALUES ('ROM', 'Romance');
INSERT INTO Ref_Genre_Types VALUES ('BIO', 'Biography and memoir');

INSERT INTO Series VALUES (1, 'The Iron Sentinel', 1, 'ACT', 2015, 1);
INSERT INTO Series VALUES (2, 'Night Harbor', 2, 'CRM', 2011, 0);
INSERT INTO Series VALUES (3, 'Shadow of the Night Owl', 2, 'ACT', 2019, 1);
INSERT INTO Series VALUES (4, 'Hollow Creek', 3, 'HOR', 2008, 0);
INSERT INTO Series VALUES (5, 'Starfall Pilgrims', 4, 'SCF', 2014, 1);
INSERT INTO Series VALUES (6, 'The Ashen Crown', 4, 'FAN', 2017, 1);
INSERT INTO Series VALUES (7, 'Dead Signal', 4, 'HOR', 2020, 1);
INSERT INTO Series VALUES (8, 'Gearbound', 5, 'SCF', 2012, 0);
INSERT INTO Series VALUES (9, 'Les Voyageurs du Vent', 6, 'FAN', 1998, 0);
INSERT INTO Series VALUES (10, 'Capitaine Brume', 6, 'HUM', 2003, 1);
INSERT INTO Series VALUES (11, 'Le Dernier Phare', 7, 'CRM', 2010, 0);
INSERT INTO Series VALUES (12, 'Les Marais Rouges', 8, 'HOR', 2016, 0);
INSERT INTO Series VALUES (13, 'Kaze no Ken', 9, 'ACT', 2013, 1);
INSERT INTO Series VALUES (14, 'Ghost Ramen', 9, 'HUM', 2018, 1);
INSERT INTO Series VALUES (15, 'Tetsu Knights', 10, 'SCF', 2009, 0);
INSERT INTO Series VALUES (16, 'Blue Lantern Alley', 10, 'FAN', 2021, 1);
INSERT INTO Series VALUES (17, 'Il Cacciatore di Nebbia', 11, 'CRM', 1995, 1);
INSERT INTO Series VALUES (18, 'Midnight Cartographers', 3, 'FAN', 2022, 1);
INSERT INTO Series VALUES (19, 'The Quiet Orbit', 5, 'SCF', 2017, 0);
INSERT INTO Series VALUES (20, 'Paper Wolves', 14, 'ACT', 2023, 1);
INSERT INTO Series VALUES (21, 'Eclipse Brigade', 1, 'ACT', 2006, 0);
INSERT INTO Series VALUES (22, 'Neon Jackals', 1, 'CRM', 2018, 1);
INSERT INTO Series VALUES (23, 'Laughing Gravestones', 14, 'HUM', 2010, 0);
INSERT INTO Series VALUES (24, 'Winter Night Express', 2, NULL, 2024, 1);
INSERT INTO Series VALUES (25, 'Velvet Static', 4, 'ROM', 2021, 1);

INSERT INTO Issues VALUES (1, 1, 1, '2015-09-19', 3.99, 7600);
INSERT INTO Issues VALUES (2, 2, 1, '2011-10-19', 3.99, 17600);
INSERT INTO Issues VALUES (3, 3, 1, '2019-10-05', 3.99, NULL);
INSERT INTO Issues VALUES (4, 4, 1, '2008-08-27', 3.50, 43800);
INSERT INTO Issues VALUES (5, 4, 2, '2010-08-05', 9.99, 12600);
INSERT INTO Issues VALUES (6, 4, 3, '2011-12-18', 3.99, 118900);
INSERT INTO Issues VALUES (7, 5, 1, '2014-10-14', 3.99, 89400);
INSERT INTO Issues VALUES (8, 6, 1, '2017-04-11', 9.99, 27900);
INSERT INTO Issues VALUES (9, 7, 1, '2020-04-08', 3.99, 60400);
INSERT INTO Issues VALUES (10, 7, 2, '2020-10-14', 9.99, 65700);
INSERT INTO Issues VALUES (11, 8, 1, '2012-03-28', 5.99, 85100);
INSERT INTO Issues VALUES (12, 8, 2, '2013-12-28', 9.99, 70600);
INSERT INTO Issues VALUES (13, 9, 1, '1998-04-25', 3.50, 93100);
INSERT INTO Issues VALUES (14, 10, 1, '2003-02-03', 3.99, 59000);
INSERT INTO Issues VALUES (15, 10, 2, '2004-01-17', 3.99, NULL);
INSERT INTO Issues VALUES (16, 10, 3, '2004-08-05', 2.99, 70200);
INSERT INTO Issues VALUES (17, 10, 4, '2007-12-20', 2.99, 31700);
INSERT INTO Issues VALUES (18, 11, 1, '2010-02-24', 3.99, 44600);
INSERT INTO Issues VALUES (19, 11, 2, '2010-10-28', 9.99, 6600);
INSERT INTO Issues VALUES (20, 11, 3, '2011-11-05', 4.99, 95400);
INSERT INTO Issues VALUES (21, 12, 1, '2016-02-08', 9.99, 25300);
INSERT INTO Issues VALUES (22, 12, 2, '2016-11-05', 3.99, 116600);
INSERT INTO Issues VALUES (23, 13, 1, '2013-01-13', 4.99, 103800);
INSERT INTO Issues VALUES (24, 13, 2, '2013-04-12', 9.99, 96000);
INSERT INTO Issues VALUES (25, 13, 3, '2016-04-18', 9.99, NULL);
INSERT INTO Issues VALUES (26, 14, 1, '2018-01-28', 9.99, 69100);
INSERT INTO Issues VALUES (27, 14, 2, '2018-10-08', 9.99, 11600);
INSERT INTO Issues VALUES (28, 14, 3, '2019-12-19', 5.99, 66000);
INSERT INTO Issues VALUES (29, 15, 1, '2009-02-16', 3.99, NULL);
INSERT INTO Issues VALUES (30, 16, 1, '2021-07-08', 3.99, 62700);
INSERT INTO Issues VALUES (31, 17, 1, '1995-04-14', 3.50, 21900);
INSERT INTO Issues VALUES (32, 17, 2, '1997-12-20', 3.50, 94100);
INSERT INTO Issues VALUES (33, 19, 1, '2017-07-28', 4.99, 106600);
INSERT INTO Issues VALUES (34, 21, 1, '2006-01-04', 3.99, 98000);
INSERT INTO Issues VALUES (35, 22, 1, '2018-01-09', 5.99, 103700);
INSERT INTO Issues VALUES (36, 23, 1, '2010-07-06', 5.99, 53400);
INSERT INTO Issues VALUES (37, 25, 1, '2021-10-03', 9.99, 38900);
INSERT INTO Issues VALUES (38, 25, 2, '2021-10-18', 3.99, 68800);
INSERT INTO Issues VALUES (39, 25, 3, '2022-03-25', 5.99, 57300);
INSERT INTO Issues VALUES (40, 25, 4, '2024-05-23', 5.99, 45000);

INSERT INTO Creators VALUES (1, 'Daniel Whitaker', 'American', 1968, 'Writer');
INSERT INTO Creators VALUES (2, 'Rosa Delgado', 'Spanish', 1979, 'Artist');
INSERT INTO Creators VALUES (3, 'Martin Keller', 'American', 1955, 'Writer');
INSERT INTO Creators VALUES (4, 'Hannah Brooks', 'Canadian', 1984, 'Colorist');
INSERT INTO Creators VALUES (5, 'Tom Ashby', 'British', 1972, 'Artist');
INSERT INTO Creators VALUES (6, 'Siobhan O''Rourke', 'British', 1981, 'Writer');
INSERT INTO Creators VALUES (7, 'Lucas Ferreira', 'Brazilian', 1976, 'Artist');
INSERT INTO Creators VALUES (8, 'Claire Morel', 'French', 1965, 'Writer');
INSERT INTO Creators VALUES (9, 'Julien Lambert', 'French', 1988, 'Artist');
INSERT INTO Creators VALUES (10, 'Pieter Janssens', 'Belgian', 1959, 'Artist');
INSERT INTO Creators VALUES (11, 'Emile Vasseur', 'Belgian', 1948, 'Writer');
INSERT INTO Creators VALUES (12, 'Nadia Benali', 'French', 1987, 'Colorist');
INSERT INTO Creators VALUES (13, 'Kenji Morita', 'Japanese', 1970, 'Writer');
INSERT INTO Creators VALUES (14, 'Aiko Tanabe', 'Japanese', 1986, 'Artist');
INSERT INTO Creators VALUES (15, 'Marco Lanzetti', 'Italian', 1962, 'Artist');
INSERT INTO Creators VALUES (16, 'Giulia Ferri', 'Italian', 1990, 'Letterer');
INSERT INTO Creators VALUES (17, 'Yuto Hasegawa', 'Japanese', 1978, 'Writer');
INSERT INTO Creators VALUES (18, 'Megan Cole', 'American', 1993, 'Letterer');
INSERT INTO Creators VALUES (19, 'Pablo Ortega', 'Spanish', 1974, 'Writer');
INSERT INTO Creators VALUES (20, 'Sarah Lindqvist', 'Canadian', NULL, 'Artist');
INSERT INTO Creators VALUES (21, 'Owen Pritchard', 'British', 1966, 'Colorist');
INSERT INTO Creators VALUES (22, 'Chloe Nguyen', 'American', 1991, 'Artist');
INSERT INTO Creators VALUES (23, 'Ben Hargreave', 'British', 1983, 'Writer');
INSERT INTO Creators VALUES (24, 'Ines Moreau', 'French', 1995, 'Letterer');
INSERT INTO Creators VALUES (25, 'Tadashi Ono', 'Japanese', 1952, 'Artist');

INSERT INTO Credits VALUES (2, 9, 'Artist', NULL);
INSERT INTO Credits VALUES (2, 17, 'Artist', NULL);
INSERT INTO Credits VALUES (2, 19, 'Artist', NULL);
INSERT INTO Credits VALUES (2, 29, 'Artist', NULL);
INSERT INTO Credits VALUES (2, 31, 'Artist', NULL);
INSERT INTO Credits VALUES (3, 1, 'Writer', NULL);
INSERT INTO Credits VALUES (3, 12, 'Writer', NULL);
INSERT INTO Credits VALUES (3, 15, 'Writer', NULL);
INSERT INTO Credits VALUES (3, 37, 'Writer', NULL);
INSERT INTO Credits VALUES (3, 39, 'Writer', NULL);
INSERT INTO Credits VALUES (4, 17, 'Colorist', 'Fill-in issue');
INSERT INTO Credits VALUES (4, 33, 'Colorist', NULL);
INSERT INTO Credits VALUES (7, 17, 'Artist', 'Uncredited inks');
INSERT INTO Credits VALUES (8, 10, 'Writer', NULL);
INSERT INTO Credits VALUES (9, 1, 'Artist', NULL);
INSERT INTO Credits VALUES (9, 13, 'Artist', NULL);
INSERT INTO Credits VALUES (9, 35, 'Artist', NULL);
INSERT INTO Credits VALUES (11, 10, 'Writer', 'Uncredited inks');
INSERT INTO Credits VALUES (12, 26, 'Colorist', 'Uncredited inks');
INSERT INTO Credits VALUES (12, 28, 'Colorist', NULL);
INSERT INTO Credits VALUES (13, 30, 'Writer', 'Variant cover');
INSERT INTO Credits VALUES (13, 37, 'Writer', 'Variant cover');
INSERT INTO Credits VALUES (15, 12, 'Artist', 'Fill-in issue');
INSERT INTO Credits VALUES (15, 34, 'Artist', NULL);
INSERT INTO Credits VALUES (16, 2, 'Letterer', 'Variant cover');
INSERT INTO Credits VALUES (16, 11, 'Letterer', NULL);
INSERT INTO Credits VALUES (18, 24, 'Letterer', NULL);
INSERT INTO Credits VALUES (18, 35, 'Letterer', NULL);
INSERT INTO Credits VALUES (19, 16, 'Writer', NULL);
INSERT INTO Credits VALUES (19, 19, 'Writer', NULL);
INSERT INTO Credits VALUES (19, 31, 'Cover Artist', NULL);
INSERT INTO Credits VALUES (19, 35, 'Writer', NULL);
INSERT INTO Credits VALUES (19, 39, 'Cover Artist', NULL);
INSERT INTO Credits VALUES (20, 5, 'Artist', NULL);
INSERT INTO Credits VALUES (20, 17, 'Artist', NULL);
INSERT INTO Credits VALUES (20, 39, 'Artist', 'Variant cover');
INSERT INTO Credits VALUES (21, 13, 'Colorist', NULL);
INSERT INTO Credits VALUES (22, 6, 'Artist', NULL);
INSERT INTO Credits VALUES (22, 21, 'Artist', 'Uncredited inks');
INSERT INTO Credits VALUES (22, 27, 'Artist', NULL);

INSERT INTO Conventions VALUES (1, 'Comic-Con International', 'San Diego', 2018, 130000, 3);
INSERT INTO Conventions VALUES (2, 'Comic-Con International', 'San Diego', 2022, 135500, 7);
INSERT INTO Conventions VALUES (3, 'Angouleme International Comics Festival', 'Angouleme', 2018, 201000, 11);
INSERT INTO Conventions VALUES (4, 'Angouleme International Comics Festival', 'Angouleme', 2023, 208500, 12);
INSERT INTO Conventions VALUES (5, 'Lucca Comics & Games', 'Lucca', 2019, 271000, 15);
INSERT INTO Conventions VALUES (6, 'New York Comic Con', 'New York', 2019, 250000, 1);
INSERT INTO Conventions VALUES (7, 'Comiket', 'Tokyo', 2018, 570000, 17);
INSERT INTO Conventions VALUES (8, 'Thought Bubble', 'Harrogate', 2022, 45000, 9);
INSERT INTO Conventions VALUES (9, 'MCM London Comic Con', 'London', 2018, 133000, NULL);
INSERT INTO Conventions VALUES (10, 'Emerald City Comic Con', 'Seattle', 2022, 98000, 5);
INSERT INTO Conventions VALUES (11, 'Toronto Comic Arts Festival', 'Toronto', 2019, 27000, 20);
INSERT INTO Conventions VALUES (12, 'Comic Barcelona', 'Barcelona', 2018, 118000, 19);
INSERT INTO Conventions VALUES (13, 'FACTS', 'Ghent', 2023, 62000, NULL);
INSERT INTO Conventions VALUES (14, 'Lakes International Comic Art Festival', 'Kendal', 2022, 18500, 9);
INSERT INTO Conventions VALUES (15, 'Fumetto', 'Lucerne', 2023, 55000, 11);

INSERT INTO Crossovers VALUES (1, 'Iron Night', 1, 3, 2019);
INSERT INTO Crossovers VALUES (2, 'Harbor of Ghosts', 2, 4, 2012);
INSERT INTO Crossovers VALUES (3, 'Pilgrims of the Crown', 5, 6, 2018);
INSERT INTO Crossovers VALUES (4, 'Signal Lost', 7, 19, 2021);
INSERT INTO Crossovers VALUES (5, 'Brigade Rising', 21, 1, 2016);
INSERT INTO Crossovers VALUES (6, 'Jackals in the Harbor', 22, 2, 2019);
INSERT INTO Crossovers VALUES (7, 'Steel Wind', 13, 15, 2014);
INSERT INTO Crossovers VALUES (8, 'The Crown and the Wind', 6, 9, 2019);
INSERT INTO Crossovers VALUES (9, 'Gearbound Orbit', 8, 19, 2018);
INSERT INTO Crossovers VALUES (10, 'Ramen Knights', 14, 15, 2019);
