CREATE TABLE Station (
  StationID INTEGER PRIMARY KEY,
  StationName TEXT NOT NULL,
  CallSign TEXT,
  CityCode TEXT,
  Frequency TEXT,
  LaunchYear INTEGER
);
CREATE TABLE Ref_Genres (
  genre_code TEXT PRIMARY KEY,
  genre_description TEXT
);
CREATE TABLE presenters (
  pres_id INTEGER PRIMARY KEY,
  pres_fname TEXT,
  pres_lname TEXT,
  gender TEXT,
  dob TEXT,
  ph_no TEXT,
  home_stn INTEGER,
  salary INTEGER,
  FOREIGN KEY (home_stn) REFERENCES Station(StationID)
);
CREATE TABLE Show (
  show_id INTEGER PRIMARY KEY,
  show_name TEXT,
  station_id INTEGER,
  host_id INTEGER,
  genre_code TEXT,
  time_slot TEXT,
  duration_min INTEGER,
  first_aired TEXT,
  FOREIGN KEY (station_id) REFERENCES Station(StationID),
  FOREIGN KEY (host_id) REFERENCES presenters(pres_id),
  FOREIGN KEY (genre_code) REFERENCES Ref_Genres(genre_code)
);
CREATE TABLE advertisers (
  adv_id INTEGER PRIMARY KEY,
  adv_nm TEXT,
  industry TEXT,
  cntct_ph TEXT,
  contract_amt INTEGER
);
CREATE TABLE broadcasts (
  broadcast_id INTEGER PRIMARY KEY,
  show_id INTEGER,
  air_date TEXT,
  listeners INTEGER,
  adv_id INTEGER
);
CREATE TABLE songs (
  song_id INTEGER PRIMARY KEY,
  title TEXT,
  artist TEXT,
  genre_code TEXT,
  release_year INTEGER,
  duration_sec INTEGER,
  is_explicit TEXT
);
CREATE TABLE Broadcast_Song (
  broadcast_id INTEGER,
  song_id INTEGER,
  play_order INTEGER,
  PRIMARY KEY (broadcast_id, play_order),
  FOREIGN KEY (broadcast_id) REFERENCES broadcasts(broadcast_id),
  FOREIGN KEY (song_id) REFERENCES songs(song_id)
);
INSERT INTO Station VALUES (1, 'Metro 101', 'WMTR', 'NYC', '101.1', 1972);
INSERT INTO Station VALUES (2, 'Lakeshore FM', 'WLKS', 'CHI', '95.5', 1985);
INSERT INTO Station VALUES (3, 'Pacific Wave', 'KPCW', 'LAX', '104.3', 1991);
INSERT INTO Station VALUES (4, 'Harbor Public Radio', 'WHPR', 'BOS', '89.7', 1968);
INSERT INTO Station VALUES (5, 'Emerald Sound', 'KEMS', 'SEA', '92.5', 2001);
INSERT INTO Station VALUES (6, 'Peach State Radio', 'WPSR', 'ATL', '97.1', 1979);
INSERT INTO Station VALUES (7, 'Mile High Hits', 'KMHH', 'DEN', '106.7', 1995);
INSERT INTO Station VALUES (8, 'Capital City Country', 'KCCC', 'AUS', '98.9', 2008);
INSERT INTO Station VALUES (9, 'Empire Jazz', 'WEJZ', 'NYC', '88.3', 1964);
INSERT INTO Station VALUES (10, 'Windy City Rock', 'WWCR', 'CHI', '103.5', 1988);
INSERT INTO Station VALUES (11, 'Sunset Classics', 'KSSC', 'LAX', '90.7', 1976);
INSERT INTO Station VALUES (12, 'Back Bay Beats', 'WBBB', 'BOS', '107.9', 2012);
INSERT INTO Station VALUES (13, 'Rainier Radio', 'KRNR', 'SEA', '94.9', 1983);
INSERT INTO Station VALUES (14, 'Southern Soul 99', 'WSSN', 'ATL', '99.3', 2005);
INSERT INTO Station VALUES (15, 'Gotham Talk', 'WGTK', 'NYC', '100.3', 1999);
INSERT INTO Station VALUES (16, 'Second City Soul', 'WSCS', 'CHI', '91.1', 1981);
INSERT INTO Ref_Genres VALUES ('ROCK', 'Rock');
INSERT INTO Ref_Genres VALUES ('POP', 'Pop');
INSERT INTO Ref_Genres VALUES ('JAZZ', 'Jazz');
INSERT INTO Ref_Genres VALUES ('CLAS', 'Classical');
INSERT INTO Ref_Genres VALUES ('HIPH', 'Hip Hop');
INSERT INTO Ref_Genres VALUES ('CTRY', 'Country');
INSERT INTO Ref_Genres VALUES ('ELEC', 'Electronic');
INSERT INTO Ref_Genres VALUES ('RNB', 'Rhythm and Blues');
INSERT INTO Ref_Genres VALUES ('BLUE', 'Blues');
INSERT INTO Ref_Genres VALUES ('FOLK', 'Folk');
INSERT INTO Ref_Genres VALUES ('REGG', 'Reggae');
INSERT INTO Ref_Genres VALUES ('LATN', 'Latin');
INSERT INTO Ref_Genres VALUES ('METL', 'Heavy Metal');
INSERT INTO Ref_Genres VALUES ('SOUL', 'Soul');
INSERT INTO Ref_Genres VALUES ('TALK', 'News and Talk');
INSERT INTO presenters VALUES (1, 'Gregory', 'Nguyen', 'M', '1991-06-24', '(206) 555-7360', 5, 108000);
INSERT INTO presenters VALUES (2, 'Aisha', 'Thompson', 'F', '1975-03-10', '(312) 555-3418', 10, 93000);
INSERT INTO presenters VALUES (3, 'Marcus', 'Quinn', 'M', '1984-01-26', '(206) 555-4412', 13, 110000);
INSERT INTO presenters VALUES (4, 'Olivia', 'Alvarez', 'F', '1981-12-17', '(212) 555-0708', 1, 53000);
INSERT INTO presenters VALUES (5, 'Tyrone', 'Brooks', 'M', '1990-09-29', '(206) 555-2923', 5, 106000);
INSERT INTO presenters VALUES (6, 'Grace', 'Lindqvist', 'F', '1963-09-20', '(617) 555-2148', 12, 130000);
INSERT INTO presenters VALUES (7, 'Howard', 'Sullivan', 'M', '1982-03-11', '(212) 555-0574', 1, 78000);
INSERT INTO presenters VALUES (8, 'Jennifer', 'Young', 'F', '1969-09-03', NULL, 4, 102000);
INSERT INTO presenters VALUES (9, 'Denise', 'Bennett', 'F', '1984-06-23', NULL, 12, 55000);
INSERT INTO presenters VALUES (10, 'Samuel', 'O''Brien', 'M', '1990-04-09', '(212) 555-1275', 1, 57000);
INSERT INTO presenters VALUES (11, 'David', 'Hughes', 'M', '1981-08-03', '(617) 555-4249', 12, 124000);
INSERT INTO presenters VALUES (12, 'Megan', 'Dawson', 'F', '1982-12-14', '(212) 555-2193', 1, 123000);
INSERT INTO presenters VALUES (13, 'Tanya', 'Ellison', 'F', '1971-04-22', '(617) 555-5756', 4, 39000);
INSERT INTO presenters VALUES (14, 'Ethan', 'Iverson', 'M', '1984-01-16', '(617) 555-1395', 4, 111000);
INSERT INTO presenters VALUES (15, 'Kevin', 'Washington', 'M', '1965-06-06', '(404) 555-6585', 14, 120000);
INSERT INTO presenters VALUES (16, 'Sofia', 'Kowalski', 'F', '1986-01-03', '(213) 555-9742', 3, 64000);
INSERT INTO presenters VALUES (17, 'Rachel', 'Fitzgerald', 'F', '1960-01-04', '(213) 555-6034', 3, 122000);
INSERT INTO presenters VALUES (18, 'Maria', 'Underwood', 'F', '1973-10-11', '(617) 555-4422', 4, 47000);
INSERT INTO presenters VALUES (19, 'Victor', 'Zimmerman', 'M', '1986-07-17', '(312) 555-9179', 16, 38000);
INSERT INTO presenters VALUES (20, 'Luis', 'Chen', 'M', '1996-08-06', NULL, 6, 41000);
INSERT INTO presenters VALUES (21, 'Carmen', 'Vasquez', 'F', '1981-08-01', '(212) 555-0603', 1, 109000);
INSERT INTO presenters VALUES (22, 'Jamal', 'Robinson', 'M', '1969-11-12', '(312) 555-2948', 2, 89000);
INSERT INTO presenters VALUES (23, 'Brian', 'Garcia', 'M', '1991-09-11', '(404) 555-4738', 6, 49000);
INSERT INTO presenters VALUES (24, 'Laura', 'Jackson', 'F', '1997-10-22', '(312) 555-3112', 10, 50000);
INSERT INTO presenters VALUES (25, 'Priya', 'Martinez', 'F', '1969-04-20', '(312) 555-2090', 16, 93000);
INSERT INTO presenters VALUES (26, 'Patrick', 'Patel', 'M', '1992-05-03', '(617) 555-8068', 4, 53000);
INSERT INTO Show VALUES (1, 'The Morning Drive', 1, 3, 'POP', 'Morning', 180, '2015-03-02');
INSERT INTO Show VALUES (2, 'Metro Nights', 1, 7, 'ELEC', 'Evening', 120, '2017-09-11');
INSERT INTO Show VALUES (3, 'Weekend Countdown', 1, 12, 'POP', 'Afternoon', 180, '2012-06-16');
INSERT INTO Show VALUES (4, 'City Talk Live', 1, 5, 'TALK', 'Midday', 60, '2019-01-07');
INSERT INTO Show VALUES (5, 'Lakeshore Wake Up', 2, 7, 'ROCK', 'Morning', 240, '2010-04-05');
INSERT INTO Show VALUES (6, 'Blues After Dark', 2, 9, 'BLUE', 'Evening', 120, '2008-10-03');
INSERT INTO Show VALUES (7, 'Pacific Mornings', 3, 11, 'POP', 'Morning', 180, '2016-02-01');
INSERT INTO Show VALUES (8, 'Sunset Sessions', 3, 14, 'RNB', 'Evening', 120, '2018-07-20');
INSERT INTO Show VALUES (9, 'Harbor Classical Hour', 4, 2, 'CLAS', 'Afternoon', 60, '1999-09-13');
INSERT INTO Show VALUES (10, 'Folk Roots', 4, 16, 'FOLK', 'Evening', 90, '2004-01-18');
INSERT INTO Show VALUES (11, 'Emerald Indie Hour', 5, 18, 'ROCK', 'Evening', 60, '2013-05-09');
INSERT INTO Show VALUES (12, 'Grunge Revisited', 5, 11, 'METL', 'Evening', 120, '2020-11-06');
INSERT INTO Show VALUES (13, 'Peach Morning Show', 6, 20, 'HIPH', 'Morning', 180, '2014-08-25');
INSERT INTO Show VALUES (14, 'Southern Grooves', 6, 9, 'SOUL', 'Afternoon', 120, '2011-03-14');
INSERT INTO Show VALUES (15, 'Rocky Mountain Hits', 7, 22, 'POP', 'Midday', 180, '2009-06-01');
INSERT INTO Show VALUES (16, 'The Late Mix', 7, 1, 'ELEC', 'Overnight', 240, '2021-02-12');
INSERT INTO Show VALUES (17, 'Honky Tonk Tuesday', 8, 24, 'CTRY', 'Evening', 120, '2012-01-10');
INSERT INTO Show VALUES (18, 'Texas Sunrise', 8, 13, 'CTRY', 'Morning', 180, '2015-09-07');
INSERT INTO Show VALUES (19, 'Blue Note Nights', 9, 4, 'JAZZ', 'Evening', 120, '2003-04-04');
INSERT INTO Show VALUES (20, 'Jazz Brunch', 9, 4, 'JAZZ', 'Midday', 90, '2007-05-13');
INSERT INTO Show VALUES (21, 'Guitar Heroes', 10, 6, 'ROCK', 'Afternoon', 120, '2006-08-19');
INSERT INTO Show VALUES (22, 'Metal Mondays', 10, 19, 'METL', 'Overnight', 180, '2018-01-15');
INSERT INTO Show VALUES (23, 'Classic Vinyl', 11, 10, 'ROCK', 'Afternoon', 120, '2001-10-22');
INSERT INTO Show VALUES (24, 'Back Bay Breakfast', 12, 15, 'POP', 'Morning', 180, '2019-04-29');
INSERT INTO Show VALUES (25, 'Reggae Sundays', 12, 23, 'REGG', 'Afternoon', 120, '2016-06-05');
INSERT INTO Show VALUES (26, 'Rainier Acoustic', 13, 16, 'FOLK', 'Midday', 60, '2010-12-03');
INSERT INTO Show VALUES (27, 'Soul Kitchen', 14, 21, 'SOUL', 'Evening', 120, '2013-02-14');
INSERT INTO Show VALUES (28, 'Gotham Newsroom', 15, 8, 'TALK', 'Morning', 120, '2002-09-09');
INSERT INTO Show VALUES (29, 'Latin Heat', 16, 17, 'LATN', 'Evening', 120, '2017-03-17');
INSERT INTO Show VALUES (30, 'Chicago Soul Classics', 16, 2, 'SOUL', 'Afternoon', 90, '2009-11-27');
INSERT INTO advertisers VALUES (1, 'Rossi Motors', 'Automotive', '(312) 555-1802', 51000);
INSERT INTO advertisers VALUES (2, 'Bayview Dental Group', 'Healthcare', '(206) 555-1011', 257000);
INSERT INTO advertisers VALUES (3, 'Summit Credit Union', 'Finance', '(303) 555-7340', 88000);
INSERT INTO advertisers VALUES (4, 'Gold Coast Realty', 'Real Estate', '(312) 555-6017', 87000);
INSERT INTO advertisers VALUES (5, 'FreshMart Groceries', 'Retail', '(303) 555-2966', 132000);
INSERT INTO advertisers VALUES (6, 'Pinecrest Auto Mall', 'Automotive', '(404) 555-2590', 234000);
INSERT INTO advertisers VALUES (7, 'Lone Star Brewing Co.', 'Food and Beverage', '(303) 555-3550', 39000);
INSERT INTO advertisers VALUES (8, 'Clearwave Wireless', 'Telecom', '(404) 555-3202', 72000);
INSERT INTO advertisers VALUES (9, 'Harborview Hospital', 'Healthcare', '(404) 555-4966', 143000);
INSERT INTO advertisers VALUES (10, 'Keystone Insurance', 'Finance', '(303) 555-6269', 160000);
INSERT INTO advertisers VALUES (11, 'Maple Street Furniture', NULL, '(213) 555-1647', 186000);
INSERT INTO advertisers VALUES (12, 'Bright Smile Orthodontics', 'Healthcare', '(617) 555-3210', 15000);
INSERT INTO advertisers VALUES (13, 'Urban Threads Apparel', 'Retail', '(206) 555-3253', 190000);
INSERT INTO advertisers VALUES (14, 'Sunrise Bakery', 'Food and Beverage', '(303) 555-7748', 152000);
INSERT INTO advertisers VALUES (15, 'Northgate Law Offices', NULL, '(617) 555-1357', 55000);
INSERT INTO advertisers VALUES (16, 'Velocity Fitness', 'Health and Fitness', '(213) 555-5388', 153000);
INSERT INTO advertisers VALUES (17, 'Coastal Home Solar', 'Energy', '(512) 555-1696', 253000);
INSERT INTO advertisers VALUES (18, 'Redline Tire & Auto', 'Automotive', '(212) 555-9132', 84000);
INSERT INTO broadcasts VALUES (1, 25, '2024-01-03', 29607, 15);
INSERT INTO broadcasts VALUES (2, 9, '2024-01-08', 77109, NULL);
INSERT INTO broadcasts VALUES (3, 16, '2024-01-10', 94463, 16);
INSERT INTO broadcasts VALUES (4, 12, '2024-01-12', 39118, 13);
INSERT INTO broadcasts VALUES (5, 13, '2024-01-13', 21516, 7);
INSERT INTO broadcasts VALUES (6, 22, '2024-01-14', 89759, 4);
INSERT INTO broadcasts VALUES (7, 17, '2024-01-19', 6712, 10);
INSERT INTO broadcasts VALUES (8, 20, '2024-01-22', 19116, 10);
INSERT INTO broadcasts VALUES (9, 28, '2024-01-25', 57391, NULL);
INSERT INTO broadcasts VALUES (10, 24, '2024-01-30', 78118, 10);
INSERT INTO broadcasts VALUES (11, 15, '2024-02-03', 65004, 13);
INSERT INTO broadcasts VALUES (12, 28, '2024-02-06', 13121, 13);
INSERT INTO broadcasts VALUES (13, 19, '2024-02-07', 59048, 8);
INSERT INTO broadcasts VALUES (14, 3, '2024-02-09', 36383, 5);
INSERT INTO broadcasts VALUES (15, 10, '2024-02-10', 45862, 8);
INSERT INTO broadcasts VALUES (16, 13, '2024-02-14', 61543, NULL);
INSERT INTO broadcasts VALUES (17, 14, '2024-02-18', 76915, 15);
INSERT INTO broadcasts VALUES (18, 24, '2024-02-20', 94096, 7);
INSERT INTO broadcasts VALUES (19, 16, '2024-02-23', 11388, 4);
INSERT INTO broadcasts VALUES (20, 26, '2024-02-27', 56336, NULL);
INSERT INTO broadcasts VALUES (21, 18, '2024-03-02', 44318, 17);
INSERT INTO broadcasts VALUES (22, 15, '2024-03-03', 3957, 16);
INSERT INTO broadcasts VALUES (23, 1, '2024-03-07', 67058, NULL);
INSERT INTO broadcasts VALUES (24, 27, '2024-03-09', 5286, 10);
INSERT INTO broadcasts VALUES (25, 23, '2024-03-14', 7864, 9);
INSERT INTO broadcasts VALUES (26, 20, '2024-03-15', 92516, 1);
INSERT INTO broadcasts VALUES (27, 24, '2024-03-16', 46161, 9);
INSERT INTO broadcasts VALUES (28, 30, '2024-03-20', 22711, 2);
INSERT INTO broadcasts VALUES (29, 29, '2024-03-21', 38084, 1);
INSERT INTO broadcasts VALUES (30, 27, '2024-03-24', 81061, 12);
INSERT INTO broadcasts VALUES (31, 15, '2024-03-25', 11744, NULL);
INSERT INTO broadcasts VALUES (32, 14, '2024-03-28', 45970, NULL);
INSERT INTO broadcasts VALUES (33, 25, '2024-04-04', 39051, 2);
INSERT INTO broadcasts VALUES (34, 30, '2024-04-07', 21139, 17);
INSERT INTO broadcasts VALUES (35, 17, '2024-04-08', 73118, NULL);
INSERT INTO broadcasts VALUES (36, 17, '2024-04-11', 85648, 15);
INSERT INTO broadcasts VALUES (37, 14, '2024-04-13', 91043, 2);
INSERT INTO broadcasts VALUES (38, 15, '2024-04-21', 28475, 9);
INSERT INTO broadcasts VALUES (39, 13, '2024-04-28', 80205, NULL);
INSERT INTO broadcasts VALUES (40, 13, '2024-05-02', 46068, 17);
INSERT INTO broadcasts VALUES (41, 18, '2024-05-05', 16449, 14);
INSERT INTO broadcasts VALUES (42, 6, '2024-05-08', 92505, 18);
INSERT INTO broadcasts VALUES (43, 5, '2024-05-09', 49779, 3);
INSERT INTO broadcasts VALUES (44, 4, '2024-05-10', 46750, 5);
INSERT INTO broadcasts VALUES (45, 30, '2024-05-15', 44638, 18);
INSERT INTO broadcasts VALUES (46, 16, '2024-05-16', 71720, 3);
INSERT INTO broadcasts VALUES (47, 20, '2024-05-20', 70352, 11);
INSERT INTO broadcasts VALUES (48, 20, '2024-05-24', 92012, NULL);
INSERT INTO broadcasts VALUES (49, 28, '2024-05-28', 36212, NULL);
INSERT INTO broadcasts VALUES (50, 10, '2024-05-29', 83847, NULL);
INSERT INTO broadcasts VALUES (51, 22, '2024-05-31', 78791, 17);
INSERT INTO broadcasts VALUES (52, 15, '2024-06-01', 44159, NULL);
INSERT INTO broadcasts VALUES (53, 5, '2024-06-04', 43306, 9);
INSERT INTO broadcasts VALUES (54, 18, '2024-06-08', 85867, 10);
INSERT INTO broadcasts VALUES (55, 28, '2024-06-13', 17601, NULL);
INSERT INTO broadcasts VALUES (56, 12, '2024-06-14', 70706, NULL);
INSERT INTO broadcasts VALUES (57, 29, '2024-06-19', 73037, 4);
INSERT INTO broadcasts VALUES (58, 23, '2024-06-27', 54137, 10);
INSERT INTO broadcasts VALUES (59, 3, '2024-06-29', 7140, 4);
INSERT INTO broadcasts VALUES (60, 24, '2024-06-30', 32152, 7);
INSERT INTO songs VALUES (1, 'Dreams', 'Fleetwood Mac', 'ROCK', 1977, 257, 'N');
INSERT INTO songs VALUES (2, 'Go Your Own Way', 'Fleetwood Mac', 'ROCK', 1977, 223, 'N');
INSERT INTO songs VALUES (3, 'Landslide', 'Fleetwood Mac', 'FOLK', 1975, 199, 'N');
INSERT INTO songs VALUES (4, 'Everywhere', 'Fleetwood Mac', 'POP', 1987, 228, 'N');
INSERT INTO songs VALUES (5, 'So What', 'Miles Davis', 'JAZZ', 1959, 562, 'N');
INSERT INTO songs VALUES (6, 'Blue in Green', 'Miles Davis', 'JAZZ', 1959, 337, 'N');
INSERT INTO songs VALUES (7, 'Freddie Freeloader', 'Miles Davis', 'JAZZ', 1959, 589, 'N');
INSERT INTO songs VALUES (8, 'Take Five', 'The Dave Brubeck Quartet', 'JAZZ', 1959, 324, 'N');
INSERT INTO songs VALUES (9, 'Night Fever', 'Bee Gees', 'POP', 1977, 213, 'N');
INSERT INTO songs VALUES (10, 'Night Moves', 'Bob Seger', 'ROCK', 1976, 325, 'N');
INSERT INTO songs VALUES (11, 'A Night in Tunisia', 'Dizzy Gillespie', 'JAZZ', NULL, 412, 'N');
INSERT INTO songs VALUES (12, 'Smells Like Teen Spirit', 'Nirvana', 'ROCK', 1991, 301, 'N');
INSERT INTO songs VALUES (13, 'Enter Sandman', 'Metallica', 'METL', 1991, 331, 'N');
INSERT INTO songs VALUES (14, 'Master of Puppets', 'Metallica', 'METL', 1986, 515, 'N');
INSERT INTO songs VALUES (15, 'Lose Yourself', 'Eminem', 'HIPH', 2002, 326, 'Y');
INSERT INTO songs VALUES (16, 'HUMBLE.', 'Kendrick Lamar', 'HIPH', 2017, 177, 'Y');
INSERT INTO songs VALUES (17, 'Juicy', 'The Notorious B.I.G.', 'HIPH', 1994, 302, 'Y');
INSERT INTO songs VALUES (18, 'Crazy in Love', 'Beyonce', 'RNB', 2003, 236, 'N');
INSERT INTO songs VALUES (19, 'No Scrubs', 'TLC', 'RNB', 1999, 214, 'N');
INSERT INTO songs VALUES (20, 'Respect', 'Aretha Franklin', 'SOUL', 1967, 147, 'N');
INSERT INTO songs VALUES (21, 'Superstition', 'Stevie Wonder', 'SOUL', 1972, 245, 'N');
INSERT INTO songs VALUES (22, 'Jolene', 'Dolly Parton', 'CTRY', 1973, 161, 'N');
INSERT INTO songs VALUES (23, 'Friends in Low Places', 'Garth Brooks', 'CTRY', 1990, 258, 'N');
INSERT INTO songs VALUES (24, 'Tennessee Whiskey', 'Chris Stapleton', 'CTRY', 2015, 293, 'N');
INSERT INTO songs VALUES (25, 'One Love', 'Bob Marley', 'REGG', 1977, 172, 'N');
INSERT INTO songs VALUES (26, 'Is This Love', 'Bob Marley', 'REGG', 1978, 232, 'N');
INSERT INTO songs VALUES (27, 'Despacito', 'Luis Fonsi', 'LATN', 2017, 229, 'N');
INSERT INTO songs VALUES (28, 'Oye Como Va', 'Santana', 'LATN', 1970, 255, 'N');
INSERT INTO songs VALUES (29, 'Clair de Lune', 'Claude Debussy', 'CLAS', NULL, 300, 'N');
INSERT INTO songs VALUES (30, 'The Thrill Is Gone', 'B.B. King', 'BLUE', 1969, 324, 'N');
INSERT INTO songs VALUES (31, 'Pride and Joy', 'Stevie Ray Vaughan', 'BLUE', 1983, 220, 'N');
INSERT INTO songs VALUES (32, 'Blinding Lights', 'The Weeknd', 'POP', 2019, 200, 'N');
INSERT INTO songs VALUES (33, 'Levitating', 'Dua Lipa', 'POP', 2020, 203, 'N');
INSERT INTO songs VALUES (34, 'One More Time', 'Daft Punk', 'ELEC', 2000, 320, 'N');
INSERT INTO songs VALUES (35, 'Strobe', 'deadmau5', 'ELEC', 2009, 634, 'N');
INSERT INTO songs VALUES (36, 'The Sound of Silence', 'Simon & Garfunkel', 'FOLK', 1965, 185, 'N');
INSERT INTO songs VALUES (37, 'Fast Car', 'Tracy Chapman', 'FOLK', 1988, 296, 'N');
INSERT INTO songs VALUES (38, 'WAP', 'Cardi B', 'HIPH', 2020, 187, 'Y');
INSERT INTO songs VALUES (39, 'Hotline Bling', 'Drake', 'HIPH', 2015, 267, 'Y');
INSERT INTO songs VALUES (40, 'Sweet Child O'' Mine', 'Guns N'' Roses', 'ROCK', 1987, 356, 'N');
INSERT INTO songs VALUES (41, 'Billie Jean', 'Michael Jackson', 'POP', 1982, 294, 'N');
INSERT INTO songs VALUES (42, 'Every Breath You Take', 'The Police', 'ROCK', 1983, 253, 'N');
INSERT INTO Broadcast_Song VALUES (1, 23, 1);
INSERT INTO Broadcast_Song VALUES (1, 5, 2);
INSERT INTO Broadcast_Song VALUES (2, 24, 1);
INSERT INTO Broadcast_Song VALUES (2, 3, 2);
INSERT INTO Broadcast_Song VALUES (3, 37, 1);
INSERT INTO Broadcast_Song VALUES (3, 27, 2);
INSERT INTO Broadcast_Song VALUES (4, 19, 1);
INSERT INTO Broadcast_Song VALUES (4, 6, 2);
INSERT INTO Broadcast_Song VALUES (5, 1, 1);
INSERT INTO Broadcast_Song VALUES (6, 25, 1);
INSERT INTO Broadcast_Song VALUES (6, 26, 2);
INSERT INTO Broadcast_Song VALUES (6, 19, 3);
INSERT INTO Broadcast_Song VALUES (7, 38, 1);
INSERT INTO Broadcast_Song VALUES (7, 18, 2);
INSERT INTO Broadcast_Song VALUES (7, 33, 3);
INSERT INTO Broadcast_Song VALUES (8, 25, 1);
INSERT INTO Broadcast_Song VALUES (8, 41, 2);
INSERT INTO Broadcast_Song VALUES (9, 31, 1);
INSERT INTO Broadcast_Song VALUES (9, 40, 2);
INSERT INTO Broadcast_Song VALUES (10, 14, 1);
INSERT INTO Broadcast_Song VALUES (10, 15, 2);
INSERT INTO Broadcast_Song VALUES (10, 25, 3);
INSERT INTO Broadcast_Song VALUES (11, 28, 1);
INSERT INTO Broadcast_Song VALUES (11, 7, 2);
INSERT INTO Broadcast_Song VALUES (11, 23, 3);
INSERT INTO Broadcast_Song VALUES (12, 15, 1);
INSERT INTO Broadcast_Song VALUES (13, 38, 1);
INSERT INTO Broadcast_Song VALUES (14, 8, 1);
INSERT INTO Broadcast_Song VALUES (15, 20, 1);
INSERT INTO Broadcast_Song VALUES (15, 5, 2);
INSERT INTO Broadcast_Song VALUES (15, 34, 3);
INSERT INTO Broadcast_Song VALUES (16, 14, 1);
INSERT INTO Broadcast_Song VALUES (16, 27, 2);
INSERT INTO Broadcast_Song VALUES (16, 38, 3);
INSERT INTO Broadcast_Song VALUES (17, 18, 1);
INSERT INTO Broadcast_Song VALUES (18, 42, 1);
INSERT INTO Broadcast_Song VALUES (19, 4, 1);
INSERT INTO Broadcast_Song VALUES (20, 12, 1);
INSERT INTO Broadcast_Song VALUES (20, 24, 2);
INSERT INTO Broadcast_Song VALUES (21, 23, 1);
INSERT INTO Broadcast_Song VALUES (21, 20, 2);
INSERT INTO Broadcast_Song VALUES (22, 23, 1);
INSERT INTO Broadcast_Song VALUES (23, 31, 1);
INSERT INTO Broadcast_Song VALUES (23, 16, 2);
INSERT INTO Broadcast_Song VALUES (24, 4, 1);
INSERT INTO Broadcast_Song VALUES (24, 23, 2);
INSERT INTO Broadcast_Song VALUES (25, 21, 1);
INSERT INTO Broadcast_Song VALUES (25, 38, 2);
INSERT INTO Broadcast_Song VALUES (25, 32, 3);
INSERT INTO Broadcast_Song VALUES (26, 37, 1);
INSERT INTO Broadcast_Song VALUES (27, 8, 1);
INSERT INTO Broadcast_Song VALUES (28, 19, 1);
INSERT INTO Broadcast_Song VALUES (28, 8, 2);
INSERT INTO Broadcast_Song VALUES (28, 36, 3);
INSERT INTO Broadcast_Song VALUES (29, 13, 1);
INSERT INTO Broadcast_Song VALUES (29, 25, 2);
INSERT INTO Broadcast_Song VALUES (29, 17, 3);
INSERT INTO Broadcast_Song VALUES (30, 37, 1);
INSERT INTO Broadcast_Song VALUES (30, 41, 2);
INSERT INTO Broadcast_Song VALUES (31, 18, 1);
INSERT INTO Broadcast_Song VALUES (31, 37, 2);
INSERT INTO Broadcast_Song VALUES (31, 7, 3);
INSERT INTO Broadcast_Song VALUES (32, 20, 1);
INSERT INTO Broadcast_Song VALUES (32, 38, 2);
INSERT INTO Broadcast_Song VALUES (33, 23, 1);
INSERT INTO Broadcast_Song VALUES (33, 19, 2);
INSERT INTO Broadcast_Song VALUES (34, 23, 1);
INSERT INTO Broadcast_Song VALUES (34, 33, 2);
INSERT INTO Broadcast_Song VALUES (34, 37, 3);
INSERT INTO Broadcast_Song VALUES (35, 31, 1);
INSERT INTO Broadcast_Song VALUES (36, 7, 1);
INSERT INTO Broadcast_Song VALUES (37, 9, 1);
INSERT INTO Broadcast_Song VALUES (37, 1, 2);
INSERT INTO Broadcast_Song VALUES (37, 40, 3);
INSERT INTO Broadcast_Song VALUES (38, 24, 1);
INSERT INTO Broadcast_Song VALUES (38, 42, 2);
INSERT INTO Broadcast_Song VALUES (39, 26, 1);
INSERT INTO Broadcast_Song VALUES (39, 1, 2);
INSERT INTO Broadcast_Song VALUES (39, 4, 3);
INSERT INTO Broadcast_Song VALUES (40, 9, 1);
