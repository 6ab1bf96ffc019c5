PRAGMA foreign_keys = ON;

CREATE TABLE church (
    Church_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Built_Year TEXT,
    Seating_Capacity INTEGER
);

CREATE TABLE Ref_Organ_Types (
    organ_type_code TEXT PRIMARY KEY,
    organ_type_description TEXT
);

CREATE TABLE organ (
    Organ_ID INTEGER PRIMARY KEY,
    Church_ID INTEGER NOT NULL,
    Builder TEXT,
    Number_of_Stops INTEGER,
    Year_Installed INTEGER,
    organ_type_code TEXT,
    other_details TEXT,
    FOREIGN KEY (Church_ID) REFERENCES church(Church_ID),
    FOREIGN KEY (organ_type_code) REFERENCES Ref_Organ_Types(organ_type_code)
);

CREATE TABLE organist (
    Organist_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER,
    Years_Performing INTEGER,
    Home_Church_ID INTEGER,
    FOREIGN KEY (Home_Church_ID) REFERENCES church(Church_ID)
);

CREATE TABLE recital (
    Recital_ID INTEGER PRIMARY KEY,
    Organist_ID INTEGER,
    Church_ID INTEGER,
    Recital_Date TEXT,
    Audience_Size INTEGER,
    Ticket_Price REAL
);

CREATE TABLE piece (
    Piece_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Composer TEXT,
    Duration_Minutes INTEGER
);

CREATE TABLE recital_piece (
    Recital_ID INTEGER NOT NULL,
    Piece_ID INTEGER NOT NULL,
    Programme_Order INTEGER,
    PRIMARY KEY (Recital_ID, Piece_ID),
    FOREIGN KEY (Recital_ID) REFERENCES recital(Recital_ID),
    FOREIGN KEY (Piece_ID) REFERENCES piece(Piece_ID)
);

CREATE TABLE choir_exchange (
    Exchange_ID INTEGER PRIMARY KEY,
    Organist_ID INTEGER,
    Host_Church_ID INTEGER NOT NULL,
    Guest_Church_ID INTEGER NOT NULL,
    Exchange_Date TEXT,
    other_details TEXT,
    FOREIGN KEY (Organist_ID) REFERENCES organist(Organist_ID),
    FOREIGN KEY (Host_Church_ID) REFERENCES church(Church_ID),
    FOREIGN KEY (Guest_Church_ID) REFERENCES church(Church_ID)
);

INSERT INTO church VALUES (1, 'St. Bavo Church', 'Haarlem', 'Netherlands', '1520', 1500);
INSERT INTO church VALUES (2, 'Thomaskirche', 'Leipzig', 'Germany', '1496', 1600);
INSERT INTO church VALUES (3, 'Notre-Dame Cathedral', 'Paris', 'France', '1345', 2600);
INSERT INTO church VALUES (4, 'Saint-Sulpice', 'Paris', 'France', '1745', 1900);
INSERT INTO church VALUES (5, 'Westminster Abbey', 'London', 'United Kingdom', '1269', 2000);
INSERT INTO church VALUES (6, 'St Paul''s Cathedral', 'London', 'United Kingdom', '1710', 2500);
INSERT INTO church VALUES (7, 'Freiburg Minster', 'Freiburg', 'Germany', '1513', 1800);
INSERT INTO church VALUES (8, 'Oude Kerk', 'Amsterdam', 'Netherlands', '1306', 1200);
INSERT INTO church VALUES (9, 'Passau Cathedral', 'Passau', 'Germany', '1693', 2200);
INSERT INTO church VALUES (10, 'Riga Cathedral', 'Riga', 'Latvia', '1211', 1100);
INSERT INTO church VALUES (11, 'Seville Cathedral', 'Seville', 'Spain', '1506', 3000);
INSERT INTO church VALUES (12, 'St. Stephen''s Cathedral', 'Vienna', 'Austria', '1160', NULL);
INSERT INTO church VALUES (13, 'Frauenkirche', 'Dresden', 'Germany', '1743', 1750);
INSERT INTO church VALUES (14, 'Lund Cathedral', 'Lund', 'Sweden', '1145', 900);
INSERT INTO church VALUES (15, 'Martinikerk', 'Groningen', 'Netherlands', '1482', 1000);
INSERT INTO church VALUES (16, 'St. Mary''s Church', 'Lubeck', 'Germany', '1351', 1550);
INSERT INTO church VALUES (17, 'Abbey of Saint-Ouen', 'Rouen', 'France', '1537', 1150);
INSERT INTO church VALUES (18, 'St Giles'' Cathedral', 'Edinburgh', 'United Kingdom', '1385', 950);
INSERT INTO Ref_Organ_Types VALUES ('BAR', 'Baroque mechanical-action organ');
INSERT INTO Ref_Organ_Types VALUES ('SYM', 'Symphonic romantic organ');
INSERT INTO Ref_Organ_Types VALUES ('NEO', 'Neo-baroque organ');
INSERT INTO Ref_Organ_Types VALUES ('CHM', 'Chamber organ');
INSERT INTO Ref_Organ_Types VALUES ('ELP', 'Electro-pneumatic organ');
INSERT INTO Ref_Organ_Types VALUES ('THR', 'Theatre organ');
INSERT INTO Ref_Organ_Types VALUES ('POS', 'Positive organ');
INSERT INTO Ref_Organ_Types VALUES ('REG', 'Regal reed organ');
INSERT INTO Ref_Organ_Types VALUES ('HAR', 'Harmonium');
INSERT INTO Ref_Organ_Types VALUES ('DIG', 'Digital sampled organ');
INSERT INTO organ VALUES (1, 1, 'Christian Muller', 64, 1738, 'BAR', 'Restored by Marcussen in 1961');
INSERT INTO organ VALUES (2, 2, 'Wilhelm Sauer', 88, 1889, 'SYM', NULL);
INSERT INTO organ VALUES (3, 2, 'Gerald Woehl', 61, 2000, 'BAR', 'Known as the Bach organ');
INSERT INTO organ VALUES (4, 3, 'Aristide Cavaille-Coll', 115, 1868, 'SYM', 'Grand orgue');
INSERT INTO organ VALUES (5, 4, 'Aristide Cavaille-Coll', 102, 1862, 'SYM', NULL);
INSERT INTO organ VALUES (6, 5, 'Harrison & Harrison', 84, 1937, 'ELP', 'Built for the coronation');
INSERT INTO organ VALUES (7, 6, 'Henry Willis', 108, 1872, 'SYM', NULL);
INSERT INTO organ VALUES (8, 7, 'Rieger', 37, 2008, 'NEO', NULL);
INSERT INTO organ VALUES (9, 8, 'Christian Vater', 54, 1726, 'BAR', NULL);
INSERT INTO organ VALUES (10, 9, 'Steinmeyer', 233, 1928, 'ELP', 'Largest cathedral organ in Europe');
INSERT INTO organ VALUES (11, 10, 'E. F. Walcker', 124, 1884, 'SYM', NULL);
INSERT INTO organ VALUES (12, 11, 'Jordi Bosch', 72, 1793, 'BAR', NULL);
INSERT INTO organ VALUES (13, 13, 'Daniel Kern', 67, 2005, 'NEO', NULL);
INSERT INTO organ VALUES (14, 15, 'Arp Schnitger', 53, 1692, 'BAR', 'Case dates from 1542');
INSERT INTO organ VALUES (15, 16, 'Alexander Schuke', 101, 1968, 'NEO', NULL);
INSERT INTO organ VALUES (16, 16, 'Marcussen', 9, NULL, 'CHM', 'Movable continuo organ');
INSERT INTO organ VALUES (17, 1, 'Flentrop', 12, 2012, 'CHM', NULL);
INSERT INTO organist VALUES (1, 'Anna Lindqvist', 'Swedish', 41, 18, 14);
INSERT INTO organist VALUES (2, 'Pieter de Vries', 'Dutch', 56, 33, 1);
INSERT INTO organist VALUES (3, 'Marie-Claire Dubois', 'French', 48, 25, 4);
INSERT INTO organist VALUES (4, 'Johannes Keller', 'German', 63, 40, 2);
INSERT INTO organist VALUES (5, 'Thomas Whitfield', 'British', 37, 14, 6);
INSERT INTO organist VALUES (6, 'Elena Ruiz Navarro', 'Spanish', 45, 22, 11);
INSERT INTO organist VALUES (7, 'Lukas Hofer', 'Austrian', 29, 7, 12);
INSERT INTO organist VALUES (8, 'Ilze Kalnina', 'Latvian', 52, 30, 10);
INSERT INTO organist VALUES (9, 'Sophie Martin', 'French', 34, 11, 3);
INSERT INTO organist VALUES (10, 'Markus Brandt', 'German', 58, 35, 9);
INSERT INTO organist VALUES (11, 'James Hartley', 'British', 71, 49, 5);
INSERT INTO organist VALUES (12, 'Katarzyna Nowak', 'Polish', 39, 16, NULL);
INSERT INTO organist VALUES (13, 'Henrik Dahl', 'Danish', 46, 24, NULL);
INSERT INTO organist VALUES (14, 'Jan Kuiper', 'Dutch', 27, 5, 15);
INSERT INTO recital VALUES (1, 4, 2, '2023-03-12', 820, 25.0);
INSERT INTO recital VALUES (2, 4, 7, '2023-05-20', 640, 18.0);
INSERT INTO recital VALUES (3, 4, 16, '2023-09-02', 710, 20.0);
INSERT INTO recital VALUES (4, 4, 13, '2024-01-14', 930, 30.0);
INSERT INTO recital VALUES (5, 3, 4, '2023-04-09', 1150, 35.0);
INSERT INTO recital VALUES (6, 3, 2, '2023-07-15', 760, 22.0);
INSERT INTO recital VALUES (7, 9, 3, '2023-06-18', 1800, NULL);
INSERT INTO recital VALUES (8, 9, 4, '2024-02-25', 1320, 28.0);
INSERT INTO recital VALUES (9, 2, 1, '2023-07-29', 980, 15.0);
INSERT INTO recital VALUES (10, 2, 8, '2023-10-07', 450, 12.0);
INSERT INTO recital VALUES (11, 2, 15, '2024-03-16', 520, 14.0);
INSERT INTO recital VALUES (12, 5, 6, '2023-11-04', 1600, 40.0);
INSERT INTO recital VALUES (13, 5, 5, '2024-04-21', 1420, 45.0);
INSERT INTO recital VALUES (14, 11, 5, '2023-12-17', 1750, 38.0);
INSERT INTO recital VALUES (15, 11, 6, '2024-05-11', 1180, NULL);
INSERT INTO recital VALUES (16, 10, 9, '2023-08-13', 1500, 20.0);
INSERT INTO recital VALUES (17, 10, 16, '2024-06-08', 690, 16.0);
INSERT INTO recital VALUES (18, 8, 10, '2023-09-23', 880, 10.0);
INSERT INTO recital VALUES (19, 6, 11, '2024-02-03', 2100, 25.0);
INSERT INTO recital VALUES (20, 1, 14, '2023-05-06', 380, NULL);
INSERT INTO recital VALUES (21, 1, 8, '2024-07-13', 410, 12.5);
INSERT INTO recital VALUES (22, 7, 12, '2024-03-30', 1950, 32.0);
INSERT INTO recital VALUES (23, 12, 3, '2024-08-24', 1650, 27.0);
INSERT INTO recital VALUES (24, 12, 7, '2023-10-28', 590, 18.0);
INSERT INTO recital VALUES (25, 9, 2, '2024-09-14', 800, 24.0);
INSERT INTO piece VALUES (1, 'Toccata and Fugue in D minor', 'Johann Sebastian Bach', 9);
INSERT INTO piece VALUES (2, 'Passacaglia and Fugue in C minor', 'Johann Sebastian Bach', 14);
INSERT INTO piece VALUES (3, 'Prelude and Fugue in E minor', 'Johann Sebastian Bach', 12);
INSERT INTO piece VALUES (4, 'Toccata from Symphony No. 5', 'Charles-Marie Widor', 6);
INSERT INTO piece VALUES (5, 'Choral No. 3 in A minor', 'Cesar Franck', 13);
INSERT INTO piece VALUES (6, 'Dieu parmi nous', 'Olivier Messiaen', 10);
INSERT INTO piece VALUES (7, 'Carillon de Westminster', 'Louis Vierne', 7);
INSERT INTO piece VALUES (8, 'Praeludium in G minor', 'Dieterich Buxtehude', 8);
INSERT INTO piece VALUES (9, 'Fantasy and Fugue on Ad nos, ad salutarem undam', 'Franz Liszt', 30);
INSERT INTO piece VALUES (10, 'Sonata No. 6 in D minor', 'Felix Mendelssohn', 16);
INSERT INTO piece VALUES (11, 'Fantasia and Fugue on B-A-C-H', 'Max Reger', 21);
INSERT INTO piece VALUES (12, 'Prelude and Fugue on the Name of Alain', 'Maurice Durufle', 11);
INSERT INTO piece VALUES (13, 'Suite gothique', 'Leon Boellmann', 17);
INSERT INTO piece VALUES (14, 'Litanies', 'Jehan Alain', 5);
INSERT INTO piece VALUES (15, 'Ciacona in F minor', 'Johann Pachelbel', 6);
INSERT INTO piece VALUES (16, 'Variations on Mein junges Leben hat ein End', 'Jan Pieterszoon Sweelinck', 10);
INSERT INTO piece VALUES (17, 'Organ Sonata in G major', 'Edward Elgar', 24);
INSERT INTO piece VALUES (18, 'Voluntary in C major', 'Henry Purcell', 3);
INSERT INTO recital_piece VALUES (1, 4, 1);
INSERT INTO recital_piece VALUES (1, 17, 2);
INSERT INTO recital_piece VALUES (2, 9, 1);
INSERT INTO recital_piece VALUES (3, 1, 1);
INSERT INTO recital_piece VALUES (3, 13, 2);
INSERT INTO recital_piece VALUES (4, 5, 1);
INSERT INTO recital_piece VALUES (4, 3, 2);
INSERT INTO recital_piece VALUES (5, 4, 1);
INSERT INTO recital_piece VALUES (5, 11, 2);
INSERT INTO recital_piece VALUES (6, 1, 1);
INSERT INTO recital_piece VALUES (7, 1, 1);
INSERT INTO recital_piece VALUES (8, 8, 1);
INSERT INTO recital_piece VALUES (9, 4, 1);
INSERT INTO recital_piece VALUES (9, 3, 2);
INSERT INTO recital_piece VALUES (10, 17, 1);
INSERT INTO recital_piece VALUES (10, 2, 2);
INSERT INTO recital_piece VALUES (11, 9, 1);
INSERT INTO recital_piece VALUES (11, 8, 2);
INSERT INTO recital_piece VALUES (12, 14, 1);
INSERT INTO recital_piece VALUES (12, 9, 2);
INSERT INTO recital_piece VALUES (13, 5, 1);
INSERT INTO recital_piece VALUES (14, 4, 1);
INSERT INTO recital_piece VALUES (15, 8, 1);
INSERT INTO recital_piece VALUES (15, 2, 2);
INSERT INTO recital_piece VALUES (16, 5, 1);
INSERT INTO recital_piece VALUES (17, 8, 1);
INSERT INTO recital_piece VALUES (17, 4, 2);
INSERT INTO recital_piece VALUES (18, 11, 1);
INSERT INTO recital_piece VALUES (18, 2, 2);
INSERT INTO recital_piece VALUES (19, 12, 1);
INSERT INTO recital_piece VALUES (19, 10, 2);
INSERT INTO recital_piece VALUES (20, 11, 1);
INSERT INTO recital_piece VALUES (20, 4, 2);
INSERT INTO recital_piece VALUES (21, 9, 1);
INSERT INTO recital_piece VALUES (21, 14, 2);
INSERT INTO recital_piece VALUES (22, 12, 1);
INSERT INTO recital_piece VALUES (23, 7, 1);
INSERT INTO recital_piece VALUES (24, 12, 1);
INSERT INTO recital_piece VALUES (25, 7, 1);
INSERT INTO recital_piece VALUES (25, 6, 2);
INSERT INTO choir_exchange VALUES (1, 2, 1, 15, '2022-05-14', 'Joint Pentecost evensong');
INSERT INTO choir_exchange VALUES (2, 4, 2, 13, '2022-09-10', NULL);
INSERT INTO choir_exchange VALUES (3, 3, 4, 17, '2023-02-18', 'Visiting choir sang the Durufle Requiem');
INSERT INTO choir_exchange VALUES (4, 5, 6, 18, '2023-06-03', NULL);
INSERT INTO choir_exchange VALUES (5, 8, 10, 14, '2023-08-26', 'Baltic choral festival');
INSERT INTO choir_exchange VALUES (6, 11, 5, 6, '2021-11-20', NULL);
INSERT INTO choir_exchange VALUES (7, 10, 9, 12, '2024-04-13', 'Easter exchange');
INSERT INTO choir_exchange VALUES (8, 9, 3, 4, '2021-12-11', 'Advent concert');
INSERT INTO choir_exchange VALUES (9, 6, 11, 3, '2024-10-05', NULL);
INSERT INTO choir_exchange VALUES (10, 1, 14, 8, '2022-03-19', NULL);
INSERT INTO choir_exchange VALUES (11, 4, 2, 16, '2024-06-22', 'Bach festival guest choir');
INSERT INTO choir_exchange VALUES (12, 14, 15, 1, '2023-10-14', NULL);
