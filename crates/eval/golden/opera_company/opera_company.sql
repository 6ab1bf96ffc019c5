PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Voice_Types (
  voice_type_code VARCHAR(3) PRIMARY KEY,
  voice_type_description VARCHAR(40) NOT NULL
);

CREATE TABLE Companies (
  Company_ID INTEGER PRIMARY KEY,
  Company_Name VARCHAR(80) NOT NULL,
  Home_City VARCHAR(40),
  Country VARCHAR(40),
  Founded_Year TEXT,
  Artistic_Director VARCHAR(60)
);

CREATE TABLE Venues (
  Venue_ID INTEGER PRIMARY KEY,
  Venue_Name VARCHAR(80) NOT NULL,
  City VARCHAR(40),
  Country VARCHAR(40),
  Seats INTEGER,
  Year_Opened INTEGER
);

CREATE TABLE Operas (
  Opera_ID INTEGER PRIMARY KEY,
  Title VARCHAR(80) NOT NULL,
  Composer VARCHAR(60),
  Language VARCHAR(20),
  Premiere_Year INTEGER,
  Number_of_Acts INTEGER
);

CREATE TABLE Singers (
  Singer_ID INTEGER PRIMARY KEY,
  Name VARCHAR(60) NOT NULL,
  Nationality VARCHAR(40),
  voice_type_code VARCHAR(3),
  Birth_Year INTEGER,
  FOREIGN KEY (voice_type_code) REFERENCES Ref_Voice_Types (voice_type_code)
);

CREATE TABLE Productions (
  Production_ID INTEGER PRIMARY KEY,
  Opera_ID INTEGER NOT NULL,
  lead_company_id INTEGER NOT NULL,
  partner_company_id INTEGER,
  Director VARCHAR(60),
  Opening_Date TEXT,
  Budget INTEGER,
  FOREIGN KEY (Opera_ID) REFERENCES Operas (Opera_ID),
  FOREIGN KEY (lead_company_id) REFERENCES Companies (Company_ID),
  FOREIGN KEY (partner_company_id) REFERENCES Companies (Company_ID)
);

CREATE TABLE Performances (
  Performance_ID INTEGER PRIMARY KEY,
  Production_ID INTEGER NOT NULL,
  Venue_ID INTEGER NOT NULL,
  Performance_Date TEXT,
  Ticket_Price REAL,
  Attendance INTEGER,
  FOREIGN KEY (Production_ID) REFERENCES Productions (Production_ID)
);

CREATE TABLE Casting (
  Casting_ID INTEGER PRIMARY KEY,
  Production_ID INTEGER NOT NULL,
  Singer_ID INTEGER NOT NULL,
  Role_Name VARCHAR(60),
  FOREIGN KEY (Production_ID) REFERENCES Productions (Production_ID),
  FOREIGN KEY (Singer_ID) REFERENCES Singers (Singer_ID)
);

INSERT INTO Ref_Voice_Types VALUES ('SOP', 'Soprano');
INSERT INTO Ref_Voice_Types VALUES ('MEZ', 'Mezzo-soprano');
INSERT INTO Ref_Voice_Types VALUES ('CON', 'Contralto');
INSERT INTO Ref_Voice_Types VALUES ('CTT', 'Countertenor');
INSERT INTO Ref_Voice_Types VALUES ('TEN', 'Tenor');
INSERT INTO Ref_Voice_Types VALUES ('BAR', 'Baritone');
INSERT INTO Ref_Voice_Types VALUES ('BBR', 'Bass-baritone');
INSERT INTO Ref_Voice_Types VALUES ('BAS', 'Bass');

INSERT INTO Companies VALUES (1, 'Vienna Touring Opera', 'Vienna', 'Austria', '1978', 'Ulrike Brenner');
INSERT INTO Companies VALUES (2, 'Northern Touring Opera', 'Leeds', 'United Kingdom', '1981', 'Gareth Holloway');
INSERT INTO Companies VALUES (3, 'Compagnia Lirica Itinerante', 'Milan', 'Italy', '1965', 'Paolo Benedetti');
INSERT INTO Companies VALUES (4, 'Opera de Voyage', 'Lyon', 'France', '1992', 'Mathilde Garnier');
INSERT INTO Companies VALUES (5, 'Berliner Wanderoper', 'Berlin', 'Germany', '2001', 'Jonas Falk');
INSERT INTO Companies VALUES (6, 'London Travelling Opera', 'London', 'United Kingdom', '1988', NULL);
INSERT INTO Companies VALUES (7, 'Opera Iberica en Gira', 'Madrid', 'Spain', '1997', 'Ines Salgado');
INSERT INTO Companies VALUES (8, 'Prague Chamber Opera', 'Prague', 'Czech Republic', '1974', 'Tomas Dvorak');
INSERT INTO Companies VALUES (9, 'American Touring Opera Company', 'New York', 'United States', '2005', 'Laura Whitfield');
INSERT INTO Companies VALUES (10, 'Nordic Opera Tour', 'Copenhagen', 'Denmark', '2010', 'Mikkel Ostergaard');

INSERT INTO Venues VALUES (1, 'Vienna State Opera', 'Vienna', 'Austria', 1709, 1869);
INSERT INTO Venues VALUES (2, 'Theater an der Wien', 'Vienna', 'Austria', 1129, 1801);
INSERT INTO Venues VALUES (3, 'Teatro alla Scala', 'Milan', 'Italy', 2030, 1778);
INSERT INTO Venues VALUES (4, 'Teatro La Fenice', 'Venice', 'Italy', 1000, 1792);
INSERT INTO Venues VALUES (5, 'Royal Opera House', 'London', 'United Kingdom', 2256, 1858);
INSERT INTO Venues VALUES (6, 'London Coliseum', 'London', 'United Kingdom', 2359, 1904);
INSERT INTO Venues VALUES (7, 'Palais Garnier', 'Paris', 'France', 1979, 1875);
INSERT INTO Venues VALUES (8, 'Opera Bastille', 'Paris', 'France', 2745, 1989);
INSERT INTO Venues VALUES (9, 'Bavarian State Opera', 'Munich', 'Germany', 2101, 1818);
INSERT INTO Venues VALUES (10, 'Semperoper', 'Dresden', 'Germany', 1300, 1841);
INSERT INTO Venues VALUES (11, 'Metropolitan Opera House', 'New York', 'United States', 3800, 1966);
INSERT INTO Venues VALUES (12, 'Sydney Opera House', 'Sydney', 'Australia', 1507, 1973);
INSERT INTO Venues VALUES (13, 'Teatro Real', 'Madrid', 'Spain', 1746, 1850);
INSERT INTO Venues VALUES (14, 'Gran Teatre del Liceu', 'Barcelona', 'Spain', 2292, 1847);
INSERT INTO Venues VALUES (15, 'Prague State Opera', 'Prague', 'Czech Republic', 1042, 1888);
INSERT INTO Venues VALUES (16, 'Opera de Lyon', 'Lyon', 'France', 1100, 1831);
INSERT INTO Venues VALUES (17, 'Copenhagen Opera House', 'Copenhagen', 'Denmark', 1492, 2005);
INSERT INTO Venues VALUES (18, 'Leeds Grand Theatre', 'Leeds', 'United Kingdom', 1500, NULL);

INSERT INTO Operas VALUES (1, 'La Traviata', 'Giuseppe Verdi', 'Italian', 1853, 3);
INSERT INTO Operas VALUES (2, 'Rigoletto', 'Giuseppe Verdi', 'Italian', 1851, 3);
INSERT INTO Operas VALUES (3, 'Aida', 'Giuseppe Verdi', 'Italian', 1871, 4);
INSERT INTO Operas VALUES (4, 'Otello', 'Giuseppe Verdi', 'Italian', 1887, 4);
INSERT INTO Operas VALUES (5, 'Nabucco', 'Giuseppe Verdi', 'Italian', 1842, 4);
INSERT INTO Operas VALUES (6, 'La Boheme', 'Giacomo Puccini', 'Italian', 1896, 4);
INSERT INTO Operas VALUES (7, 'Tosca', 'Giacomo Puccini', 'Italian', 1900, 3);
INSERT INTO Operas VALUES (8, 'Madama Butterfly', 'Giacomo Puccini', 'Italian', 1904, 3);
INSERT INTO Operas VALUES (9, 'Turandot', 'Giacomo Puccini', 'Italian', 1926, 3);
INSERT INTO Operas VALUES (10, 'The Marriage of Figaro', 'Wolfgang Amadeus Mozart', 'Italian', 1786, 4);
INSERT INTO Operas VALUES (11, 'Don Giovanni', 'Wolfgang Amadeus Mozart', 'Italian', 1787, 2);
INSERT INTO Operas VALUES (12, 'The Magic Flute', 'Wolfgang Amadeus Mozart', 'German', 1791, 2);
INSERT INTO Operas VALUES (13, 'Cosi fan tutte', 'Wolfgang Amadeus Mozart', 'Italian', 1790, 2);
INSERT INTO Operas VALUES (14, 'Carmen', 'Georges Bizet', 'French', 1875, 4);
INSERT INTO Operas VALUES (15, 'The Pearl Fishers', 'Georges Bizet', 'French', 1863, 3);
INSERT INTO Operas VALUES (16, 'Die Walkure', 'Richard Wagner', 'German', 1870, 3);
INSERT INTO Operas VALUES (17, 'Tristan und Isolde', 'Richard Wagner', 'German', 1865, 3);
INSERT INTO Operas VALUES (18, 'Lohengrin', 'Richard Wagner', 'German', 1850, 3);
INSERT INTO Operas VALUES (19, 'The Barber of Seville', 'Gioachino Rossini', 'Italian', 1816, 2);
INSERT INTO Operas VALUES (20, 'La Cenerentola', 'Gioachino Rossini', 'Italian', 1817, 2);
INSERT INTO Operas VALUES (21, 'Eugene Onegin', 'Pyotr Ilyich Tchaikovsky', 'Russian', 1879, 3);
INSERT INTO Operas VALUES (22, 'Lucia di Lammermoor', 'Gaetano Donizetti', 'Italian', 1835, 3);
INSERT INTO Operas VALUES (23, 'L''elisir d''amore', 'Gaetano Donizetti', 'Italian', 1832, 2);
INSERT INTO Operas VALUES (24, 'Der Rosenkavalier', 'Richard Strauss', 'German', 1911, 3);
INSERT INTO Operas VALUES (25, 'Salome', 'Richard Strauss', 'German', 1905, 1);
INSERT INTO Operas VALUES (26, 'Peter Grimes', 'Benjamin Britten', 'English', 1945, 3);
INSERT INTO Operas VALUES (27, 'Rusalka', 'Antonin Dvorak', 'Czech', 1901, 3);
INSERT INTO Operas VALUES (28, 'Orfeo ed Euridice', 'Christoph Willibald Gluck', 'Italian', 1762, 3);
INSERT INTO Operas VALUES (29, 'Giulio Cesare', 'George Frideric Handel', 'Italian', 1724, 3);

INSERT INTO Singers VALUES (1, 'Elena Marchetti', 'Italy', 'SOP', 1983);
INSERT INTO Singers VALUES (2, 'Sophie Laurent', 'France', 'SOP', 1978);
INSERT INTO Singers VALUES (3, 'Anna Kowalska', 'Poland', 'SOP', 1971);
INSERT INTO Singers VALUES (4, 'Maria Fernandez', 'Spain', 'SOP', 1985);
INSERT INTO Singers VALUES (5, 'Katharina Bauer', 'Germany', 'SOP', 1985);
INSERT INTO Singers VALUES (6, 'Olga Petrova', 'Russia', 'SOP', 1983);
INSERT INTO Singers VALUES (7, 'Emily Hartley', 'United Kingdom', 'SOP', 1963);
INSERT INTO Singers VALUES (8, 'Yuki Tanaka', 'Japan', 'SOP', NULL);
INSERT INTO Singers VALUES (9, 'Chiara Rossi', 'Italy', 'SOP', 1976);
INSERT INTO Singers VALUES (10, 'Lucia Moreno', 'Argentina', 'SOP', 1981);
INSERT INTO Singers VALUES (11, 'Ingrid Solberg', 'Norway', 'SOP', 1969);
INSERT INTO Singers VALUES (12, 'Grace Okafor', 'Nigeria', 'SOP', 1965);
INSERT INTO Singers VALUES (13, 'Isabella Conti', 'Italy', 'MEZ', 1988);
INSERT INTO Singers VALUES (14, 'Claire Dubois', 'France', 'MEZ', 1984);
INSERT INTO Singers VALUES (15, 'Marta Novak', 'Czech Republic', 'MEZ', 1981);
INSERT INTO Singers VALUES (16, 'Rebecca Lyons', 'United States', 'MEZ', 1967);
INSERT INTO Singers VALUES (17, 'Daria Volkova', 'Russia', 'MEZ', 1973);
INSERT INTO Singers VALUES (18, 'Helena Schmid', 'Austria', 'MEZ', 1969);
INSERT INTO Singers VALUES (19, 'Carmen Ruiz', 'Spain', 'MEZ', 1963);
INSERT INTO Singers VALUES (20, 'Margaret Ellis', 'United Kingdom', 'CON', 1974);
INSERT INTO Singers VALUES (21, 'Astrid Lindqvist', 'Sweden', 'CON', 1982);
INSERT INTO Singers VALUES (22, 'Julien Moreau', 'France', 'CTT', NULL);
INSERT INTO Singers VALUES (23, 'Daniel Whitaker', 'United Kingdom', 'CTT', 1962);
INSERT INTO Singers VALUES (24, 'Marco Bellini', 'Italy', 'TEN', 1977);
INSERT INTO Singers VALUES (25, 'Javier Castillo', 'Spain', 'TEN', 1981);
INSERT INTO Singers VALUES (26, 'Lukas Hoffmann', 'Germany', 'TEN', 1981);
INSERT INTO Singers VALUES (27, 'Piotr Zielinski', 'Poland', 'TEN', 1988);
INSERT INTO Singers VALUES (28, 'James O''Connor', 'Ireland', 'TEN', 1987);
INSERT INTO Singers VALUES (29, 'Dmitri Sokolov', 'Russia', 'TEN', 1975);
INSERT INTO Singers VALUES (30, 'Kim Min-jun', 'South Korea', 'TEN', 1991);
INSERT INTO Singers VALUES (31, 'Antonio Greco', 'Italy', 'TEN', 1985);
INSERT INTO Singers VALUES (32, 'Thomas Berger', 'Austria', 'TEN', 1988);
INSERT INTO Singers VALUES (33, 'Luca Ferraro', 'Italy', 'BAR', 1977);
INSERT INTO Singers VALUES (34, 'Henrik Larsen', 'Denmark', 'BAR', 1965);
INSERT INTO Singers VALUES (35, 'Pierre Lefevre', 'France', 'BAR', 1978);
INSERT INTO Singers VALUES (36, 'Michael Brandt', 'Germany', 'BAR', 1985);
INSERT INTO Singers VALUES (37, 'Alexei Morozov', 'Russia', 'BAR', 1979);
INSERT INTO Singers VALUES (38, 'David Mensah', 'Ghana', 'BAR', NULL);
INSERT INTO Singers VALUES (39, 'Stefan Huber', 'Austria', 'BBR', 1986);
INSERT INTO Singers VALUES (40, 'Bryn Evans', 'United Kingdom', 'BBR', 1976);
INSERT INTO Singers VALUES (41, 'Carlos Mendes', 'Brazil', 'BBR', 1975);
INSERT INTO Singers VALUES (42, 'Giorgio Santoro', 'Italy', 'BAS', 1996);
INSERT INTO Singers VALUES (43, 'Nikolai Orlov', 'Russia', 'BAS', 1971);
INSERT INTO Singers VALUES (44, 'Wilhelm Krause', 'Germany', 'BAS', 1989);
INSERT INTO Singers VALUES (45, 'Samuel Price', 'United States', 'BAS', 1965);

INSERT INTO Productions VALUES (1, 19, 6, NULL, 'Phelim McDermott', '2021-10-26', 1215000);
INSERT INTO Productions VALUES (2, 7, 6, NULL, 'Robert Carsen', '2017-04-22', 640000);
INSERT INTO Productions VALUES (3, 14, 1, NULL, 'Phelim McDermott', '2019-08-26', 710000);
INSERT INTO Productions VALUES (4, 28, 9, 7, NULL, '2018-08-30', 815000);
INSERT INTO Productions VALUES (5, 19, 3, NULL, 'Phelim McDermott', '2016-07-05', 550000);
INSERT INTO Productions VALUES (6, 22, 8, NULL, 'Barrie Kosky', '2016-02-10', 1340000);
INSERT INTO Productions VALUES (7, 5, 9, 4, 'Deborah Warner', '2019-11-27', 1300000);
INSERT INTO Productions VALUES (8, 8, 1, 4, 'Olivier Py', '2023-10-04', 1230000);
INSERT INTO Productions VALUES (9, 3, 2, 10, 'Robert Carsen', '2023-11-29', 1320000);
INSERT INTO Productions VALUES (10, 17, 7, 10, 'Damiano Michieletto', '2020-03-01', 1240000);
INSERT INTO Productions VALUES (11, 1, 6, 10, 'Laurent Pelly', '2019-08-15', 555000);
INSERT INTO Productions VALUES (12, 23, 3, NULL, 'Katie Mitchell', '2019-11-21', 990000);
INSERT INTO Productions VALUES (13, 8, 9, 3, 'Calixto Bieito', '2022-01-20', 940000);
INSERT INTO Productions VALUES (14, 6, 2, NULL, 'Katie Mitchell', '2019-05-29', 955000);
INSERT INTO Productions VALUES (15, 10, 1, NULL, 'Laurent Pelly', '2020-10-01', 1360000);
INSERT INTO Productions VALUES (16, 14, 2, 5, 'Claus Guth', '2019-07-18', 1060000);
INSERT INTO Productions VALUES (17, 23, 2, NULL, 'Robert Carsen', '2022-12-29', 335000);
INSERT INTO Productions VALUES (18, 17, 7, NULL, 'Calixto Bieito', '2018-01-27', 250000);
INSERT INTO Productions VALUES (19, 1, 5, 7, 'Laurent Pelly', '2016-01-05', 1325000);
INSERT INTO Productions VALUES (20, 6, 2, 10, 'Andrea Breth', '2017-11-07', 430000);
INSERT INTO Productions VALUES (21, 1, 8, 5, 'Deborah Warner', '2021-07-28', 1125000);
INSERT INTO Productions VALUES (22, 14, 7, NULL, 'Damiano Michieletto', '2022-06-07', 1075000);
INSERT INTO Productions VALUES (23, 14, 6, NULL, 'Deborah Warner', '2020-06-27', 355000);
INSERT INTO Productions VALUES (24, 14, 10, NULL, 'Damiano Michieletto', '2018-12-18', 920000);
INSERT INTO Productions VALUES (25, 6, 4, NULL, 'Deborah Warner', '2019-08-20', 970000);
INSERT INTO Productions VALUES (26, 1, 6, 3, 'Robert Carsen', '2023-10-05', 1250000);
INSERT INTO Productions VALUES (27, 14, 9, NULL, 'Damiano Michieletto', '2022-11-26', 635000);
INSERT INTO Productions VALUES (28, 29, 2, 4, NULL, '2017-05-13', 1335000);
INSERT INTO Productions VALUES (29, 1, 8, 9, 'Deborah Warner', '2022-09-08', 540000);
INSERT INTO Productions VALUES (30, 12, 4, 3, 'Calixto Bieito', '2023-12-16', 1040000);

INSERT INTO Performances VALUES (1, 1, 3, '2021-10-26', 150.0, 1550);
INSERT INTO Performances VALUES (2, 1, 18, '2021-11-12', 120.0, 1138);
INSERT INTO Performances VALUES (3, 1, 12, '2021-11-14', 120.0, 1035);
INSERT INTO Performances VALUES (4, 1, 12, '2021-11-26', 140.0, 1195);
INSERT INTO Performances VALUES (5, 1, 6, '2021-12-02', 130.0, 2202);
INSERT INTO Performances VALUES (6, 2, 13, '2017-04-22', 110.0, 1655);
INSERT INTO Performances VALUES (7, 2, 6, '2017-04-28', 115.0, 1307);
INSERT INTO Performances VALUES (8, 2, 5, '2017-05-06', 130.0, 2174);
INSERT INTO Performances VALUES (9, 2, 15, '2017-05-27', 110.0, 919);
INSERT INTO Performances VALUES (10, 3, 8, '2019-08-26', 145.0, 2332);
INSERT INTO Performances VALUES (11, 3, 3, '2019-09-12', 145.0, 1818);
INSERT INTO Performances VALUES (12, 4, 7, '2018-08-30', 110.0, 1546);
INSERT INTO Performances VALUES (13, 4, 9, '2018-09-14', 115.0, 1335);
INSERT INTO Performances VALUES (14, 5, 6, '2016-07-05', 150.0, 2232);
INSERT INTO Performances VALUES (15, 5, 4, '2016-07-24', 155.0, 610);
INSERT INTO Performances VALUES (16, 6, 4, '2016-02-10', 140.0, 926);
INSERT INTO Performances VALUES (17, 6, 8, '2016-02-29', 140.0, 2449);
INSERT INTO Performances VALUES (18, 6, 5, '2016-03-12', 110.0, 2174);
INSERT INTO Performances VALUES (19, 6, 2, '2016-03-18', 110.0, 1112);
INSERT INTO Performances VALUES (20, 7, 14, '2019-11-27', 155.0, 1324);
INSERT INTO Performances VALUES (21, 7, 1, '2019-12-17', 160.0, 1518);
INSERT INTO Performances VALUES (22, 7, 1, '2020-01-05', 170.0, 1274);
INSERT INTO Performances VALUES (23, 7, 11, '2020-01-08', 150.0, 2781);
INSERT INTO Performances VALUES (24, 7, 16, '2020-01-10', 150.0, 1061);
INSERT INTO Performances VALUES (25, 7, 8, '2020-01-22', 165.0, NULL);
INSERT INTO Performances VALUES (26, 8, 7, '2023-10-04', 100.0, 1143);
INSERT INTO Performances VALUES (27, 8, 2, '2023-10-18', 105.0, 835);
INSERT INTO Performances VALUES (28, 9, 14, '2023-11-29', 75.0, 1957);
INSERT INTO Performances VALUES (29, 9, 18, '2023-12-02', 65.0, 1154);
INSERT INTO Performances VALUES (30, 9, 10, '2023-12-15', 65.0, 882);
INSERT INTO Performances VALUES (31, 10, 4, '2020-03-01', 120.0, 881);
INSERT INTO Performances VALUES (32, 10, 6, '2020-03-19', 125.0, 1426);
INSERT INTO Performances VALUES (33, 11, 3, '2019-08-15', 120.0, 1913);
INSERT INTO Performances VALUES (34, 11, 13, '2019-08-29', 120.0, 1110);
INSERT INTO Performances VALUES (35, 12, 12, '2019-11-21', 135.0, 1332);
INSERT INTO Performances VALUES (36, 12, 6, '2019-11-29', 130.0, 1841);
INSERT INTO Performances VALUES (37, 12, 12, '2019-12-02', 125.0, NULL);
INSERT INTO Performances VALUES (38, 12, 12, '2019-12-08', 145.0, 1494);
INSERT INTO Performances VALUES (39, 12, 2, '2019-12-17', 130.0, 861);
INSERT INTO Performances VALUES (40, 12, 4, '2020-01-04', 145.0, 678);
INSERT INTO Performances VALUES (41, 13, 10, '2022-01-20', 90.0, 1006);
INSERT INTO Performances VALUES (42, 13, 8, '2022-01-29', 90.0, 1538);
INSERT INTO Performances VALUES (43, 13, 11, '2022-02-09', 80.0, 2335);
INSERT INTO Performances VALUES (44, 13, 15, '2022-02-17', 80.0, 767);
INSERT INTO Performances VALUES (45, 13, 16, '2022-03-01', 90.0, 769);
INSERT INTO Performances VALUES (46, 13, 7, '2022-03-11', 100.0, 1469);
INSERT INTO Performances VALUES (47, 14, 16, '2019-05-29', 55.0, 679);
INSERT INTO Performances VALUES (48, 14, 5, '2019-06-06', 60.0, 1754);
INSERT INTO Performances VALUES (49, 14, 9, '2019-06-18', 55.0, 1200);
INSERT INTO Performances VALUES (50, 14, 16, '2019-07-06', 85.0, 798);
INSERT INTO Performances VALUES (51, 14, 11, '2019-07-27', 55.0, 3463);
INSERT INTO Performances VALUES (52, 14, 10, '2019-08-14', 65.0, NULL);
INSERT INTO Performances VALUES (53, 15, 3, '2020-10-01', 65.0, 1190);
INSERT INTO Performances VALUES (54, 15, 15, '2020-10-14', 60.0, 909);
INSERT INTO Performances VALUES (55, 16, 9, '2019-07-18', 135.0, 1815);
INSERT INTO Performances VALUES (56, 16, 12, '2019-07-21', 120.0, 1450);
INSERT INTO Performances VALUES (57, 16, 9, '2019-08-02', 150.0, 1793);
INSERT INTO Performances VALUES (58, 17, 18, '2022-12-29', 55.0, 1434);
INSERT INTO Performances VALUES (59, 17, 5, '2023-01-18', 55.0, 1927);
INSERT INTO Performances VALUES (60, 17, 11, '2023-01-20', 55.0, 2915);
INSERT INTO Performances VALUES (61, 17, 5, '2023-02-07', 55.0, 2088);
INSERT INTO Performances VALUES (62, 18, 12, '2018-01-27', 80.0, 1175);
INSERT INTO Performances VALUES (63, 18, 4, '2018-02-01', 70.0, 922);
INSERT INTO Performances VALUES (64, 19, 14, '2016-01-05', 150.0, 1773);
INSERT INTO Performances VALUES (65, 19, 11, '2016-01-07', 145.0, 3142);
INSERT INTO Performances VALUES (66, 20, 1, '2017-11-07', 80.0, 1436);
INSERT INTO Performances VALUES (67, 20, 12, '2017-11-09', 60.0, 1499);
INSERT INTO Performances VALUES (68, 20, 11, '2017-11-29', 55.0, 2101);
INSERT INTO Performances VALUES (69, 20, 5, '2017-12-06', 50.0, 1842);
INSERT INTO Performances VALUES (70, 20, 10, '2017-12-14', 70.0, 871);
INSERT INTO Performances VALUES (71, 21, 18, '2021-07-28', 160.0, 863);
INSERT INTO Performances VALUES (72, 21, 18, '2021-07-30', 185.0, 931);
INSERT INTO Performances VALUES (73, 21, 12, '2021-08-12', 155.0, 1199);
INSERT INTO Performances VALUES (74, 21, 8, '2021-08-24', 175.0, 2138);
INSERT INTO Performances VALUES (75, 21, 4, '2021-09-10', 185.0, 752);
INSERT INTO Performances VALUES (76, 21, 17, '2021-09-14', 175.0, 940);
INSERT INTO Performances VALUES (77, 22, 9, '2022-06-07', 115.0, 1381);
INSERT INTO Performances VALUES (78, 22, 10, '2022-06-09', 100.0, NULL);
INSERT INTO Performances VALUES (79, 22, 16, '2022-06-16', 105.0, 826);
INSERT INTO Performances VALUES (80, 23, 10, '2020-06-27', 110.0, 1057);
INSERT INTO Performances VALUES (81, 23, 13, '2020-07-14', 105.0, 1504);
INSERT INTO Performances VALUES (82, 24, 15, '2018-12-18', 135.0, 735);
INSERT INTO Performances VALUES (83, 24, 14, '2018-12-30', 130.0, 2107);
INSERT INTO Performances VALUES (84, 24, 2, '2019-01-06', 115.0, 844);
INSERT INTO Performances VALUES (85, 25, 18, '2019-08-20', 90.0, 844);
INSERT INTO Performances VALUES (86, 25, 8, '2019-08-26', 75.0, 2568);
INSERT INTO Performances VALUES (87, 25, 5, '2019-09-07', 75.0, 2218);
INSERT INTO Performances VALUES (88, 25, 12, '2019-09-25', 105.0, 1431);
INSERT INTO Performances VALUES (89, 26, 16, '2023-10-05', 170.0, NULL);
INSERT INTO Performances VALUES (90, 26, 4, '2023-10-12', 175.0, 792);
INSERT INTO Performances VALUES (91, 26, 9, '2023-10-17', 170.0, 1696);
INSERT INTO Performances VALUES (92, 27, 14, '2022-11-26', 60.0, 1812);
INSERT INTO Performances VALUES (93, 27, 7, '2022-12-13', 60.0, 1366);
INSERT INTO Performances VALUES (94, 28, 4, '2017-05-13', 140.0, 888);
INSERT INTO Performances VALUES (95, 28, 7, '2017-05-28', 130.0, 1566);
INSERT INTO Performances VALUES (96, 28, 16, '2017-06-17', 150.0, 919);
INSERT INTO Performances VALUES (97, 28, 11, '2017-06-20', 130.0, 2649);
INSERT INTO Performances VALUES (98, 29, 12, '2022-09-08', 65.0, 885);
INSERT INTO Performances VALUES (99, 29, 11, '2022-09-11', 65.0, 2110);
INSERT INTO Performances VALUES (100, 29, 12, '2022-09-25', 85.0, 1151);
INSERT INTO Performances VALUES (101, 29, 12, '2022-10-08', 55.0, 1075);
INSERT INTO Performances VALUES (102, 29, 4, '2022-10-18', 70.0, 890);
INSERT INTO Performances VALUES (103, 29, 1, '2022-10-21', 75.0, 1631);
INSERT INTO Performances VALUES (104, 30, 6, '2023-12-16', 120.0, 1957);
INSERT INTO Performances VALUES (105, 30, 10, '2024-01-01', 120.0, 1196);
INSERT INTO Performances VALUES (106, 30, 7, '2024-01-08', 145.0, 1809);
INSERT INTO Performances VALUES (107, 30, 15, '2024-01-11', 130.0, 702);
INSERT INTO Performances VALUES (108, 30, 3, '2024-01-25', 130.0, 1201);
INSERT INTO Performances VALUES (109, 30, 9, '2024-01-30', 120.0, 2056);

INSERT INTO Casting VALUES (1, 1, 37, 'Figaro');
INSERT INTO Casting VALUES (2, 1, 13, 'Rosina');
INSERT INTO Casting VALUES (3, 1, 24, 'Count Almaviva');
INSERT INTO Casting VALUES (4, 1, 43, 'Don Basilio');
INSERT INTO Casting VALUES (5, 2, 10, 'Floria Tosca');
INSERT INTO Casting VALUES (6, 2, 29, 'Mario Cavaradossi');
INSERT INTO Casting VALUES (7, 2, 37, 'Baron Scarpia');
INSERT INTO Casting VALUES (8, 3, 14, 'Carmen');
INSERT INTO Casting VALUES (9, 3, 29, 'Don Jose');
INSERT INTO Casting VALUES (10, 3, 36, 'Escamillo');
INSERT INTO Casting VALUES (11, 3, 8, 'Micaela');
INSERT INTO Casting VALUES (12, 4, 20, 'Orfeo');
INSERT INTO Casting VALUES (13, 4, 11, 'Euridice');
INSERT INTO Casting VALUES (14, 4, 10, 'Amore');
INSERT INTO Casting VALUES (15, 5, 38, 'Figaro');
INSERT INTO Casting VALUES (16, 5, 17, 'Rosina');
INSERT INTO Casting VALUES (17, 5, 31, 'Count Almaviva');
INSERT INTO Casting VALUES (18, 5, 43, 'Don Basilio');
INSERT INTO Casting VALUES (19, 6, 8, 'Lucia');
INSERT INTO Casting VALUES (20, 6, 31, 'Edgardo');
INSERT INTO Casting VALUES (21, 6, 38, 'Enrico');
INSERT INTO Casting VALUES (22, 7, 34, 'Nabucco');
INSERT INTO Casting VALUES (23, 7, 5, 'Abigaille');
INSERT INTO Casting VALUES (24, 7, 44, 'Zaccaria');
INSERT INTO Casting VALUES (25, 8, 4, 'Cio-Cio-San');
INSERT INTO Casting VALUES (26, 8, 25, 'Pinkerton');
INSERT INTO Casting VALUES (27, 8, 17, 'Suzuki');
INSERT INTO Casting VALUES (28, 8, 33, 'Sharpless');
INSERT INTO Casting VALUES (29, 9, 2, 'Aida');
INSERT INTO Casting VALUES (30, 9, 29, 'Radames');
INSERT INTO Casting VALUES (31, 9, 17, 'Amneris');
INSERT INTO Casting VALUES (32, 9, 35, 'Amonasro');
INSERT INTO Casting VALUES (33, 10, 29, 'Tristan');
INSERT INTO Casting VALUES (34, 10, 5, 'Isolde');
INSERT INTO Casting VALUES (35, 10, 13, 'Brangane');
INSERT INTO Casting VALUES (36, 10, 43, 'King Marke');
INSERT INTO Casting VALUES (37, 11, 8, 'Violetta Valery');
INSERT INTO Casting VALUES (38, 11, 28, 'Alfredo Germont');
INSERT INTO Casting VALUES (39, 11, 35, 'Giorgio Germont');
INSERT INTO Casting VALUES (40, 12, 2, 'Adina');
INSERT INTO Casting VALUES (41, 12, 32, 'Nemorino');
INSERT INTO Casting VALUES (42, 12, 40, 'Dulcamara');
INSERT INTO Casting VALUES (43, 13, 10, 'Cio-Cio-San');
INSERT INTO Casting VALUES (44, 13, 31, 'Pinkerton');
INSERT INTO Casting VALUES (45, 13, 16, 'Suzuki');
INSERT INTO Casting VALUES (46, 13, 38, 'Sharpless');
INSERT INTO Casting VALUES (47, 14, 10, 'Mimi');
INSERT INTO Casting VALUES (48, 14, 31, 'Rodolfo');
INSERT INTO Casting VALUES (49, 14, 38, 'Marcello');
INSERT INTO Casting VALUES (50, 14, 1, 'Musetta');
INSERT INTO Casting VALUES (51, 15, 39, 'Figaro');
INSERT INTO Casting VALUES (52, 15, 5, 'Susanna');
INSERT INTO Casting VALUES (53, 15, 7, 'Countess Almaviva');
INSERT INTO Casting VALUES (54, 15, 33, 'Count Almaviva');
INSERT INTO Casting VALUES (55, 15, 15, 'Cherubino');
INSERT INTO Casting VALUES (56, 16, 16, 'Carmen');
INSERT INTO Casting VALUES (57, 16, 25, 'Don Jose');
INSERT INTO Casting VALUES (58, 16, 38, 'Escamillo');
INSERT INTO Casting VALUES (59, 16, 7, 'Micaela');
INSERT INTO Casting VALUES (60, 17, 8, 'Adina');
INSERT INTO Casting VALUES (61, 17, 24, 'Nemorino');
INSERT INTO Casting VALUES (62, 17, 39, 'Dulcamara');
INSERT INTO Casting VALUES (63, 18, 25, 'Tristan');
INSERT INTO Casting VALUES (64, 18, 8, 'Isolde');
INSERT INTO Casting VALUES (65, 18, 15, 'Brangane');
INSERT INTO Casting VALUES (66, 18, 42, 'King Marke');
INSERT INTO Casting VALUES (67, 19, 5, 'Violetta Valery');
INSERT INTO Casting VALUES (68, 19, 24, 'Alfredo Germont');
INSERT INTO Casting VALUES (69, 19, 38, 'Giorgio Germont');
INSERT INTO Casting VALUES (70, 20, 5, 'Mimi');
INSERT INTO Casting VALUES (71, 20, 29, 'Rodolfo');
INSERT INTO Casting VALUES (72, 20, 35, 'Marcello');
INSERT INTO Casting VALUES (73, 20, 7, 'Musetta');
INSERT INTO Casting VALUES (74, 21, 7, 'Violetta Valery');
INSERT INTO Casting VALUES (75, 21, 25, 'Alfredo Germont');
INSERT INTO Casting VALUES (76, 21, 38, 'Giorgio Germont');
INSERT INTO Casting VALUES (77, 22, 16, 'Carmen');
INSERT INTO Casting VALUES (78, 22, 27, 'Don Jose');
INSERT INTO Casting VALUES (79, 22, 37, 'Escamillo');
INSERT INTO Casting VALUES (80, 22, 10, 'Micaela');
INSERT INTO Casting VALUES (81, 23, 16, 'Carmen');
INSERT INTO Casting VALUES (82, 23, 32, 'Don Jose');
INSERT INTO Casting VALUES (83, 23, 36, 'Escamillo');
INSERT INTO Casting VALUES (84, 23, 9, 'Micaela');
INSERT INTO Casting VALUES (85, 24, 15, 'Carmen');
INSERT INTO Casting VALUES (86, 24, 27, 'Don Jose');
INSERT INTO Casting VALUES (87, 24, 33, 'Escamillo');
INSERT INTO Casting VALUES (88, 24, 7, 'Micaela');
INSERT INTO Casting VALUES (89, 25, 10, 'Mimi');
INSERT INTO Casting VALUES (90, 25, 31, 'Rodolfo');
INSERT INTO Casting VALUES (91, 25, 38, 'Marcello');
INSERT INTO Casting VALUES (92, 25, 1, 'Musetta');
INSERT INTO Casting VALUES (93, 26, 4, 'Violetta Valery');
INSERT INTO Casting VALUES (94, 26, 32, 'Alfredo Germont');
INSERT INTO Casting VALUES (95, 26, 38, 'Giorgio Germont');
INSERT INTO Casting VALUES (96, 27, 18, 'Carmen');
INSERT INTO Casting VALUES (97, 27, 31, 'Don Jose');
INSERT INTO Casting VALUES (98, 27, 37, 'Escamillo');
INSERT INTO Casting VALUES (99, 27, 1, 'Micaela');
INSERT INTO Casting VALUES (100, 28, 22, 'Giulio Cesare');
INSERT INTO Casting VALUES (101, 28, 7, 'Cleopatra');
INSERT INTO Casting VALUES (102, 28, 20, 'Cornelia');
INSERT INTO Casting VALUES (103, 28, 13, 'Sesto');
INSERT INTO Casting VALUES (104, 29, 1, 'Violetta Valery');
INSERT INTO Casting VALUES (105, 29, 26, 'Alfredo Germont');
INSERT INTO Casting VALUES (106, 29, 35, 'Giorgio Germont');
INSERT INTO Casting VALUES (107, 30, 28, 'Tamino');
INSERT INTO Casting VALUES (108, 30, 3, 'Pamina');
INSERT INTO Casting VALUES (109, 30, 5, 'Queen of the Night');
INSERT INTO Casting VALUES (110, 30, 34, 'Papageno');
INSERT INTO Casting VALUES (111, 30, 42, 'Sarastro');
