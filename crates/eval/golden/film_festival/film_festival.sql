PRAGMA foreign_keys = ON;

CREATE TABLE festival (
    Festival_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    First_Held TEXT,
    Budget REAL
);

CREATE TABLE studio (
    Studio_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Country TEXT,
    Founded_Year INTEGER
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT NOT NULL
);

CREATE TABLE film (
    Film_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Studio_ID INTEGER,
    genre_code TEXT,
    Running_Time INTEGER,
    Release_Year INTEGER,
    Budget REAL,
    FOREIGN KEY (Studio_ID) REFERENCES studio(Studio_ID),
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types(genre_code)
);

CREATE TABLE director (
    Director_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER
);

CREATE TABLE film_director (
    Film_ID INTEGER NOT NULL,
    Director_ID INTEGER NOT NULL,
    PRIMARY KEY (Film_ID, Director_ID),
    FOREIGN KEY (Film_ID) REFERENCES film(Film_ID),
    FOREIGN KEY (Director_ID) REFERENCES director(Director_ID)
);

CREATE TABLE screening (
    Screening_ID INTEGER PRIMARY KEY,
    Film_ID INTEGER NOT NULL,
    Festival_ID INTEGER NOT NULL,
    Screening_Date TEXT,
    Attendance INTEGER,
    Ticket_Revenue REAL
);

CREATE TABLE co_production (
    Film_ID INTEGER NOT NULL,
    Lead_Studio_ID INTEGER NOT NULL,
    Partner_Studio_ID INTEGER NOT NULL,
    other_details TEXT,
    PRIMARY KEY (Film_ID, Lead_Studio_ID, Partner_Studio_ID),
    FOREIGN KEY (Film_ID) REFERENCES film(Film_ID),
    FOREIGN KEY (Lead_Studio_ID) REFERENCES studio(Studio_ID),
    FOREIGN KEY (Partner_Studio_ID) REFERENCES studio(Studio_ID)
);

INSERT INTO festival VALUES (1, 'Cannes Film Festival', 'Cannes', 'France', '1946', 20.00);
INSERT INTO festival VALUES (2, 'Venice International Film Festival', 'Venice', 'Italy', '1932', 14.50);
INSERT INTO festival VALUES (3, 'Berlin International Film Festival', 'Berlin', 'Germany', '1951', 26.00);
INSERT INTO festival VALUES (4, 'Toronto International Film Festival', 'Toronto', 'Canada', '1976', 31.20);
INSERT INTO festival VALUES (5, 'Sundance Film Festival', 'Park City', 'USA', '1978', 18.70);
INSERT INTO festival VALUES (6, 'San Sebastian International Film Festival', 'San Sebastian', 'Spain', '1953', 9.30);
INSERT INTO festival VALUES (7, 'Locarno Film Festival', 'Locarno', 'Switzerland', '1946', 13.10);
INSERT INTO festival VALUES (8, 'Karlovy Vary International Film Festival', 'Karlovy Vary', 'Czech Republic', '1946', 7.80);
INSERT INTO festival VALUES (9, 'Tribeca Film Festival', 'New York', 'USA', '2002', NULL);
INSERT INTO festival VALUES (10, 'Busan International Film Festival', 'Busan', 'South Korea', '1996', 11.40);
INSERT INTO festival VALUES (11, 'Tokyo International Film Festival', 'Tokyo', 'Japan', '1985', 10.20);
INSERT INTO festival VALUES (12, 'International Film Festival Rotterdam', 'Rotterdam', 'Netherlands', '1972', 8.60);
INSERT INTO festival VALUES (13, 'Telluride Film Festival', 'Telluride', 'USA', '1974', NULL);
INSERT INTO festival VALUES (14, 'Sydney Film Festival', 'Sydney', 'Australia', '1954', 5.90);
INSERT INTO festival VALUES (15, 'IndieLisboa', 'Lisbon', 'Portugal', '2004', 1.20);
INSERT INTO festival VALUES (16, 'Annecy International Animation Film Festival', 'Annecy', 'France', '1960', 6.40);
INSERT INTO festival VALUES (17, 'Edinburgh International Film Festival', 'Edinburgh', 'UK', '1947', 3.70);
INSERT INTO studio VALUES (1, 'Warner Bros. Pictures', 'USA', 1923);
INSERT INTO studio VALUES (2, 'Gaumont', 'France', 1895);
INSERT INTO studio VALUES (3, 'Pathe', 'France', 1896);
INSERT INTO studio VALUES (4, 'Studio Babelsberg', 'Germany', 1912);
INSERT INTO studio VALUES (5, 'Toho', 'Japan', 1932);
INSERT INTO studio VALUES (6, 'Cinecitta', 'Italy', 1937);
INSERT INTO studio VALUES (7, 'Ealing Studios', 'UK', 1902);
INSERT INTO studio VALUES (8, 'CJ Entertainment', 'South Korea', 1995);
INSERT INTO studio VALUES (9, 'A24', 'USA', 2012);
INSERT INTO studio VALUES (10, 'Working Title Films', 'UK', 1983);
INSERT INTO studio VALUES (11, 'Constantin Film', 'Germany', 1950);
INSERT INTO studio VALUES (12, 'El Deseo', 'Spain', 1986);
INSERT INTO studio VALUES (13, 'Studio Ghibli', 'Japan', 1985);
INSERT INTO studio VALUES (14, 'Lionsgate', 'Canada', 1997);
INSERT INTO studio VALUES (15, 'Neon', 'USA', 2017);
INSERT INTO Ref_Genre_Types VALUES ('DRA', 'Drama');
INSERT INTO Ref_Genre_Types VALUES ('COM', 'Comedy');
INSERT INTO Ref_Genre_Types VALUES ('THR', 'Thriller');
INSERT INTO Ref_Genre_Types VALUES ('DOC', 'Documentary');
INSERT INTO Ref_Genre_Types VALUES ('ANI', 'Animation');
INSERT INTO Ref_Genre_Types VALUES ('HOR', 'Horror');
INSERT INTO Ref_Genre_Types VALUES ('SCI', 'Science Fiction');
INSERT INTO Ref_Genre_Types VALUES ('ROM', 'Romance');
INSERT INTO Ref_Genre_Types VALUES ('WAR', 'War');
INSERT INTO film VALUES (1, 'The Silent Harbor', 1, 'DRA', 128, 2015, 45.00);
INSERT INTO film VALUES (2, 'Midnight Express Line', 1, 'THR', 112, 2017, 60.50);
INSERT INTO film VALUES (3, 'The Last Orchard', 2, 'DRA', 104, 2016, 12.30);
INSERT INTO film VALUES (4, 'Paper Lanterns', 13, 'ANI', 98, 2018, 25.00);
INSERT INTO film VALUES (5, 'Winter in Lyon', 3, 'ROM', 101, 2014, 8.70);
INSERT INTO film VALUES (6, 'Ashes of Berlin', 4, 'DRA', 141, 2019, 30.20);
INSERT INTO film VALUES (7, 'The Glass Detective', 10, 'THR', 117, 2020, 22.00);
INSERT INTO film VALUES (8, 'Night Shift at Seoul Station', 8, 'THR', 125, 2019, 15.50);
INSERT INTO film VALUES (9, 'A Quiet Comedy of Errors', 9, 'COM', 95, 2021, 4.20);
INSERT INTO film VALUES (10, 'Rivers of Memory', 12, 'DRA', 133, 2017, 9.80);
INSERT INTO film VALUES (11, 'The Robot Gardener', 5, 'SCI', 108, 2022, 18.00);
INSERT INTO film VALUES (12, 'Harvest of Light', 6, 'DRA', 119, 2013, NULL);
INSERT INTO film VALUES (13, 'The Long Night Ahead', 14, 'HOR', 92, 2018, 6.50);
INSERT INTO film VALUES (14, 'Under the Ice', 11, 'DOC', 86, 2020, 1.90);
INSERT INTO film VALUES (15, 'Sons of the Desert Wind', 1, 'DRA', 152, 2016, 85.00);
INSERT INTO film VALUES (16, 'Laughing Matters', 10, 'COM', 99, 2015, 11.00);
INSERT INTO film VALUES (17, 'Kaiju Dawn', 5, 'SCI', 124, 2021, 40.00);
INSERT INTO film VALUES (18, 'Letters to Madrid', 12, 'ROM', 110, 2019, NULL);
INSERT INTO film VALUES (19, 'The Hollow House', 9, 'HOR', 97, 2022, 3.50);
INSERT INTO film VALUES (20, 'Voices of the Steppe', 11, 'DOC', 78, 2018, NULL);
INSERT INTO film VALUES (21, 'Starfall', 1, 'SCI', 138, 2022, 120.00);
INSERT INTO film VALUES (22, 'Little Moon Rabbit', 13, 'ANI', 89, 2023, 20.50);
INSERT INTO film VALUES (23, 'Dinner at Eight Thirty', 3, 'COM', 103, 2020, 7.10);
INSERT INTO film VALUES (24, 'Crossing the Border', 8, 'THR', 131, 2023, 13.40);
INSERT INTO film VALUES (25, 'The Painter''s Daughter', 2, 'DRA', 121, 2021, 10.60);
INSERT INTO film VALUES (26, 'Northern Lights', 14, 'ROM', 106, 2016, 14.80);
INSERT INTO film VALUES (27, 'Iron Season', 1, 'THR', 115, 2023, 55.00);
INSERT INTO film VALUES (28, 'Whispers in Rome', 6, 'ROM', 100, 2022, 9.00);
INSERT INTO film VALUES (29, 'The Final Cut', 4, 'DOC', 94, 2014, 2.40);
INSERT INTO film VALUES (30, 'Summer of the Falcon', 8, 'DRA', 127, 2024, NULL);
INSERT INTO director VALUES (1, 'Claire Dubois', 'France', 1968);
INSERT INTO director VALUES (2, 'Marco Bellini', 'Italy', 1955);
INSERT INTO director VALUES (3, 'Hannah Weber', 'Germany', 1979);
INSERT INTO director VALUES (4, 'Kenji Morita', 'Japan', 1962);
INSERT INTO director VALUES (5, 'Park Ji-woo', 'South Korea', 1981);
INSERT INTO director VALUES (6, 'James Whitaker', 'UK', 1970);
INSERT INTO director VALUES (7, 'Sofia Alvarez', 'Spain', 1974);
INSERT INTO director VALUES (8, 'Michael Grant', 'USA', 1958);
INSERT INTO director VALUES (9, 'Emily Carter', 'USA', 1985);
INSERT INTO director VALUES (10, 'Lucas Martin', 'Canada', 1977);
INSERT INTO director VALUES (11, 'Yuki Tanaka', 'Japan', NULL);
INSERT INTO director VALUES (12, 'Anna Kowalski', 'Poland', 1966);
INSERT INTO director VALUES (13, 'Pierre Laurent', 'France', 1949);
INSERT INTO director VALUES (14, 'Elena Rossi', 'Italy', 1983);
INSERT INTO director VALUES (15, 'David Okafor', 'UK', 1990);
INSERT INTO director VALUES (16, 'Ingrid Larsen', 'Denmark', NULL);
INSERT INTO director VALUES (17, 'Tomas Herrera', 'Mexico', 1972);
INSERT INTO director VALUES (18, 'Lee Min-seo', 'South Korea', 1988);
INSERT INTO director VALUES (19, 'Robert Hayes', 'USA', 1963);
INSERT INTO director VALUES (20, 'Mei Lin', 'China', 1992);
INSERT INTO film_director VALUES (1, 8);
INSERT INTO film_director VALUES (2, 8);
INSERT INTO film_director VALUES (2, 9);
INSERT INTO film_director VALUES (3, 1);
INSERT INTO film_director VALUES (4, 4);
INSERT INTO film_director VALUES (5, 13);
INSERT INTO film_director VALUES (6, 3);
INSERT INTO film_director VALUES (7, 6);
INSERT INTO film_director VALUES (8, 5);
INSERT INTO film_director VALUES (9, 9);
INSERT INTO film_director VALUES (10, 7);
INSERT INTO film_director VALUES (11, 11);
INSERT INTO film_director VALUES (12, 2);
INSERT INTO film_director VALUES (13, 10);
INSERT INTO film_director VALUES (14, 3);
INSERT INTO film_director VALUES (14, 12);
INSERT INTO film_director VALUES (15, 8);
INSERT INTO film_director VALUES (16, 6);
INSERT INTO film_director VALUES (16, 15);
INSERT INTO film_director VALUES (17, 4);
INSERT INTO film_director VALUES (18, 7);
INSERT INTO film_director VALUES (18, 17);
INSERT INTO film_director VALUES (19, 9);
INSERT INTO film_director VALUES (20, 12);
INSERT INTO film_director VALUES (21, 8);
INSERT INTO film_director VALUES (22, 11);
INSERT INTO film_director VALUES (23, 1);
INSERT INTO film_director VALUES (23, 13);
INSERT INTO film_director VALUES (24, 18);
INSERT INTO film_director VALUES (25, 1);
INSERT INTO film_director VALUES (26, 10);
INSERT INTO film_director VALUES (27, 15);
INSERT INTO film_director VALUES (28, 14);
INSERT INTO film_director VALUES (28, 2);
INSERT INTO film_director VALUES (29, 16);
INSERT INTO film_director VALUES (30, 5);
INSERT INTO film_director VALUES (30, 18);
INSERT INTO screening VALUES (1, 20, 16, '2018-06-09', 2372, 37512.58);
INSERT INTO screening VALUES (2, 12, 6, '2013-09-08', 2094, 21187.87);
INSERT INTO screening VALUES (3, 2, 7, '2017-08-24', 1069, NULL);
INSERT INTO screening VALUES (4, 4, 1, '2018-05-11', 303, 4976.67);
INSERT INTO screening VALUES (5, 13, 4, '2018-09-20', 2055, 36424.83);
INSERT INTO screening VALUES (6, 8, 16, '2020-06-02', 2219, 25540.10);
INSERT INTO screening VALUES (7, 7, 9, '2020-06-14', 2050, 30734.20);
INSERT INTO screening VALUES (8, 13, 1, '2018-05-27', 2088, 20583.43);
INSERT INTO screening VALUES (9, 14, 17, '2021-08-15', 1140, NULL);
INSERT INTO screening VALUES (10, 20, 3, '2019-02-02', 2344, 36420.98);
INSERT INTO screening VALUES (11, 23, 4, '2021-09-01', 1158, NULL);
INSERT INTO screening VALUES (12, 8, 4, '2019-09-12', 2278, 29234.44);
INSERT INTO screening VALUES (13, 2, 9, '2017-06-03', 2204, 35130.40);
INSERT INTO screening VALUES (14, 9, 1, '2022-05-24', 1464, 21327.39);
INSERT INTO screening VALUES (15, 3, 4, '2016-09-12', 1427, 13844.94);
INSERT INTO screening VALUES (16, 8, 3, '2019-02-20', 2076, 24009.85);
INSERT INTO screening VALUES (17, 2, 12, '2018-01-02', 2107, 34213.13);
INSERT INTO screening VALUES (18, 11, 11, '2023-10-26', 486, 6187.93);
INSERT INTO screening VALUES (19, 23, 5, '2020-01-12', 2113, 25156.73);
INSERT INTO screening VALUES (20, 30, 17, '2024-08-25', 2209, 26773.59);
INSERT INTO screening VALUES (21, 11, 7, '2022-08-03', 1890, 25086.21);
INSERT INTO screening VALUES (22, 21, 12, '2022-01-10', 2313, 32111.10);
INSERT INTO screening VALUES (23, 28, 17, '2022-08-10', 1078, 16763.40);
INSERT INTO screening VALUES (24, 13, 6, '2019-09-07', 2286, 37550.56);
INSERT INTO screening VALUES (25, 24, 1, '2023-05-01', 575, 5868.56);
INSERT INTO screening VALUES (26, 20, 6, '2019-09-08', 1647, 22628.83);
INSERT INTO screening VALUES (27, 20, 1, '2019-05-27', 1878, 24325.54);
INSERT INTO screening VALUES (28, 2, 17, '2018-08-09', 436, 4715.34);
INSERT INTO screening VALUES (29, 1, 12, '2016-01-22', 1444, 23362.56);
INSERT INTO screening VALUES (30, 28, 14, '2022-06-02', 2362, 23366.93);
INSERT INTO screening VALUES (31, 25, 16, '2021-06-05', 1031, 16356.71);
INSERT INTO screening VALUES (32, 16, 6, '2016-09-12', 2294, 23509.65);
INSERT INTO screening VALUES (33, 13, 10, '2018-10-22', 709, 6449.45);
INSERT INTO screening VALUES (34, 28, 6, '2022-09-03', 2043, 25776.61);
INSERT INTO screening VALUES (35, 9, 17, '2021-08-10', 727, 9706.22);
INSERT INTO screening VALUES (36, 19, 16, '2022-06-11', 2458, 35626.14);
INSERT INTO co_production VALUES (3, 2, 3, 'French co-financing agreement');
INSERT INTO co_production VALUES (6, 4, 11, NULL);
INSERT INTO co_production VALUES (7, 10, 7, 'Sound stages rented in London');
INSERT INTO co_production VALUES (8, 8, 1, 'US distribution rights');
INSERT INTO co_production VALUES (10, 12, 2, NULL);
INSERT INTO co_production VALUES (12, 6, 2, NULL);
INSERT INTO co_production VALUES (14, 11, 4, NULL);
INSERT INTO co_production VALUES (17, 5, 13, 'Animated sequences');
INSERT INTO co_production VALUES (18, 12, 3, NULL);
INSERT INTO co_production VALUES (21, 1, 14, NULL);
INSERT INTO co_production VALUES (24, 8, 9, 'North American release');
INSERT INTO co_production VALUES (25, 2, 6, 'Filmed on location in Rome');
INSERT INTO co_production VALUES (28, 6, 12, NULL);
