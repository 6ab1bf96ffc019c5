PRAGMA foreign_keys = ON;

CREATE TABLE Theatres (
    Theatre_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Seats INTEGER,
    Opening_Year INTEGER
);

CREATE TABLE Companies (
    Company_ID INTEGER PRIMARY KEY,
    Company_Name TEXT NOT NULL,
    Founded TEXT,
    Home_Country TEXT,
    other_details TEXT
);

CREATE TABLE Puppeteers (
    Puppeteer_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age INTEGER
);

CREATE TABLE Ref_Genre_Types (
    genre_code TEXT PRIMARY KEY,
    genre_description TEXT
);

CREATE TABLE Shows (
    Show_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    genre_code TEXT,
    Running_Minutes INTEGER,
    FOREIGN KEY (genre_code) REFERENCES Ref_Genre_Types(genre_code)
);

CREATE TABLE Performances (
    Performance_ID INTEGER PRIMARY KEY,
    Show_ID INTEGER,
    Company_ID INTEGER,
    Theatre_ID INTEGER,
    Performance_Date TEXT,
    Tickets_Sold INTEGER,
    Revenue REAL
);

CREATE TABLE Cast_Members (
    Puppeteer_ID INTEGER,
    Company_ID INTEGER,
    Show_ID INTEGER,
    Role TEXT,
    PRIMARY KEY (Puppeteer_ID, Company_ID, Show_ID),
    FOREIGN KEY (Puppeteer_ID) REFERENCES Puppeteers(Puppeteer_ID),
    FOREIGN KEY (Company_ID) REFERENCES Companies(Company_ID),
    FOREIGN KEY (Show_ID) REFERENCES Shows(Show_ID)
);

CREATE TABLE Tours (
    Tour_ID INTEGER PRIMARY KEY,
    Tour_Name TEXT,
    Company_ID INTEGER,
    Start_Theatre_ID INTEGER,
    End_Theatre_ID INTEGER,
    Start_Date TEXT,
    Number_of_Stops INTEGER,
    FOREIGN KEY (Company_ID) REFERENCES Companies(Company_ID),
    FOREIGN KEY (Start_Theatre_ID) REFERENCES Theatres(Theatre_ID),
    FOREIGN KEY (End_Theatre_ID) REFERENCES Theatres(Theatre_ID)
);

INSERT INTO Theatres VALUES (1, 'Le Mouffetard', 'Paris', 'France', 186, 1993);
INSERT INTO Theatres VALUES (2, 'Theatre Jean Arp', 'Clamart', 'France', 412, 1978);
INSERT INTO Theatres VALUES (3, 'Grand Theatre de Charleville', 'Charleville-Mezieres', 'France', 640, NULL);
INSERT INTO Theatres VALUES (4, 'Augsburger Puppenkiste', 'Augsburg', 'Germany', 214, 1948);
INSERT INTO Theatres VALUES (5, 'Figurentheater Lubeck', 'Lubeck', 'Germany', 128, 1982);
INSERT INTO Theatres VALUES (6, 'Schaubude Berlin', 'Berlin', 'Germany', 530, 1993);
INSERT INTO Theatres VALUES (7, 'Divadlo Spejbla a Hurvinka', 'Prague', 'Czech Republic', 355, 1945);
INSERT INTO Theatres VALUES (8, 'Teatro Gioco Vita', 'Piacenza', 'Italy', 472, 1971);
INSERT INTO Theatres VALUES (9, 'Teatro San Carlino', 'Rome', 'Italy', 243, NULL);
INSERT INTO Theatres VALUES (10, 'Teatre Principal', 'Tolosa', 'Spain', 298, 1956);
INSERT INTO Theatres VALUES (11, 'Little Angel Theatre', 'London', 'United Kingdom', 100, 1961);
INSERT INTO Theatres VALUES (12, 'Norwich Puppet Theatre', 'Norwich', 'United Kingdom', 190, 1979);
INSERT INTO Theatres VALUES (13, 'Teatr Lalka', 'Warsaw', 'Poland', 320, 1945);
INSERT INTO Theatres VALUES (14, 'Teatro Dom Roberto', 'Lisbon', 'Portugal', 157, NULL);
INSERT INTO Theatres VALUES (15, 'National Bunraku Theatre', 'Osaka', 'Japan', 753, 1984);
INSERT INTO Theatres VALUES (16, 'Toone Theatre', 'Brussels', 'Belgium', 96, 1830);
INSERT INTO Companies VALUES (1, 'Compagnie Philippe Genty', '1968', 'France', 'Visual theatre and large-scale illusion');
INSERT INTO Companies VALUES (2, 'Les Anges au Plafond', '2000', 'France', NULL);
INSERT INTO Companies VALUES (3, 'Puppentheater Halle', '1978', 'Germany', 'Municipal ensemble');
INSERT INTO Companies VALUES (4, 'Figurentheater Tubingen', '1993', 'Germany', NULL);
INSERT INTO Companies VALUES (5, 'Teatro del Drago', '1979', 'Italy', 'Family-run, fifth generation');
INSERT INTO Companies VALUES (6, 'Blind Summit Theatre', '1997', 'United Kingdom', NULL);
INSERT INTO Companies VALUES (7, 'Handspring Puppet Company', '1981', 'South Africa', 'Known for life-size animal puppets');
INSERT INTO Companies VALUES (8, 'Teatr Baj', '1928', 'Poland', NULL);
INSERT INTO Companies VALUES (9, 'Bunraku Kyokai', '1963', 'Japan', 'Traditional three-person puppetry');
INSERT INTO Companies VALUES (10, 'Companhia de Marionetas de Lisboa', '1985', 'Portugal', NULL);
INSERT INTO Companies VALUES (11, 'Teatro Corsario', '1982', 'Spain', NULL);
INSERT INTO Puppeteers VALUES (1, 'Claire Dubois', 'French', 42);
INSERT INTO Puppeteers VALUES (2, 'Julien Marchand', 'French', 34);
INSERT INTO Puppeteers VALUES (3, 'Amelie Laurent', 'French', 63);
INSERT INTO Puppeteers VALUES (4, 'Lukas Becker', 'German', 28);
INSERT INTO Puppeteers VALUES (5, 'Hanna Vogel', 'German', 40);
INSERT INTO Puppeteers VALUES (6, 'Matthias Kruger', 'German', 48);
INSERT INTO Puppeteers VALUES (7, 'Sofia Bianchi', 'Italian', 39);
INSERT INTO Puppeteers VALUES (8, 'Marco Ferri', 'Italian', 36);
INSERT INTO Puppeteers VALUES (9, 'Giulia Romano', 'Italian', 73);
INSERT INTO Puppeteers VALUES (10, 'Oliver Hughes', 'British', 75);
INSERT INTO Puppeteers VALUES (11, 'Emma Clarke', 'British', 45);
INSERT INTO Puppeteers VALUES (12, 'Thomas Reid', 'British', 46);
INSERT INTO Puppeteers VALUES (13, 'Sipho Ndlovu', 'South African', 72);
INSERT INTO Puppeteers VALUES (14, 'Naledi Khumalo', 'South African', 70);
INSERT INTO Puppeteers VALUES (15, 'Katarzyna Nowak', 'Polish', 69);
INSERT INTO Puppeteers VALUES (16, 'Piotr Zielinski', 'Polish', 54);
INSERT INTO Puppeteers VALUES (17, 'Kenji Yoshida', 'Japanese', 43);
INSERT INTO Puppeteers VALUES (18, 'Aiko Tanaka', 'Japanese', 56);
INSERT INTO Puppeteers VALUES (19, 'Hiroshi Mori', 'Japanese', 58);
INSERT INTO Puppeteers VALUES (20, 'Rita Carvalho', 'Portuguese', 25);
INSERT INTO Puppeteers VALUES (21, 'Joao Pereira', 'Portuguese', 21);
INSERT INTO Puppeteers VALUES (22, 'Lucia Moreno', 'Spanish', 65);
INSERT INTO Puppeteers VALUES (23, 'Javier Ortega', 'Spanish', 53);
INSERT INTO Puppeteers VALUES (24, 'Tereza Novakova', 'Czech', 24);
INSERT INTO Puppeteers VALUES (25, 'Pieter Janssens', 'Belgian', 49);
INSERT INTO Ref_Genre_Types VALUES ('MAR', 'Marionette');
INSERT INTO Ref_Genre_Types VALUES ('SHD', 'Shadow puppetry');
INSERT INTO Ref_Genre_Types VALUES ('HND', 'Hand puppetry');
INSERT INTO Ref_Genre_Types VALUES ('ROD', 'Rod puppetry');
INSERT INTO Ref_Genre_Types VALUES ('BUN', 'Bunraku');
INSERT INTO Ref_Genre_Types VALUES ('OBJ', 'Object theatre');
INSERT INTO Ref_Genre_Types VALUES ('TOY', 'Toy theatre');
INSERT INTO Shows VALUES (1, 'The Moon Weaver', 'SHD', 42);
INSERT INTO Shows VALUES (2, 'Pinocchio''s Long Night', 'MAR', 80);
INSERT INTO Shows VALUES (3, 'Under a Paper Moon', 'SHD', 97);
INSERT INTO Shows VALUES (4, 'The Tinderbox', 'HND', 109);
INSERT INTO Shows VALUES (5, 'War Horse Variations', 'ROD', 52);
INSERT INTO Shows VALUES (6, 'Sonezaki Shinju', 'BUN', 111);
INSERT INTO Shows VALUES (7, 'Kitchen Odyssey', 'OBJ', 41);
INSERT INTO Shows VALUES (8, 'The Snow Queen', 'MAR', 93);
INSERT INTO Shows VALUES (9, 'Punch and the Crocodile', 'HND', 55);
INSERT INTO Shows VALUES (10, 'Lantern Tales', 'SHD', 123);
INSERT INTO Shows VALUES (11, 'The Firebird', 'MAR', 91);
INSERT INTO Shows VALUES (12, 'Ulysses in Cardboard', 'OBJ', 54);
INSERT INTO Shows VALUES (13, 'The Forty-Seven Ronin', 'BUN', 69);
INSERT INTO Shows VALUES (14, 'Don Quixote Rides Again', 'ROD', 106);
INSERT INTO Shows VALUES (15, 'Hansel and Gretel', 'MAR', 58);
INSERT INTO Shows VALUES (16, 'Whispers of the Sea', 'ROD', 65);
INSERT INTO Performances VALUES (1, 4, 3, 2, '2024-05-19', 260, 4680.00);
INSERT INTO Performances VALUES (2, 11, 5, 2, '2024-07-03', 409, 7362.00);
INSERT INTO Performances VALUES (3, 4, 6, 10, '2023-01-04', 260, NULL);
INSERT INTO Performances VALUES (4, 1, 1, 1, '2024-05-16', 180, 2610.00);
INSERT INTO Performances VALUES (5, 1, 1, 4, '2023-10-16', 101, NULL);
INSERT INTO Performances VALUES (6, 15, 3, 13, '2023-03-25', 318, 5724.00);
INSERT INTO Performances VALUES (7, 3, 4, 14, '2024-06-20', 100, 1600.00);
INSERT INTO Performances VALUES (8, 12, 2, 4, '2023-08-28', 83, 1203.50);
INSERT INTO Performances VALUES (9, 16, 6, 3, '2023-07-05', 529, 11638.00);
INSERT INTO Performances VALUES (10, 15, 3, 2, '2024-09-12', 289, NULL);
INSERT INTO Performances VALUES (11, 5, 7, 6, '2023-01-23', 265, 4770.00);
INSERT INTO Performances VALUES (12, 16, 6, 10, '2023-10-04', 256, NULL);
INSERT INTO Performances VALUES (13, 11, 1, 6, '2024-11-18', 467, 10274.00);
INSERT INTO Performances VALUES (14, 4, 3, 1, '2023-06-18', 132, 2112.00);
INSERT INTO Performances VALUES (15, 12, 2, 14, '2024-08-08', 107, 1926.00);
INSERT INTO Performances VALUES (16, 8, 1, 1, '2023-03-03', 158, 2291.00);
INSERT INTO Performances VALUES (17, 16, 7, 9, '2024-09-07', 106, 2650.00);
INSERT INTO Performances VALUES (18, 12, 2, 5, '2023-09-23', 85, 1870.00);
INSERT INTO Performances VALUES (19, 3, 4, 11, '2023-05-19', 46, 667.00);
INSERT INTO Performances VALUES (20, 16, 7, 15, '2024-12-28', 452, 6554.00);
INSERT INTO Performances VALUES (21, 4, 3, 1, '2024-10-19', 74, 888.00);
INSERT INTO Performances VALUES (22, 11, 1, 11, '2023-05-20', 62, 1550.00);
INSERT INTO Performances VALUES (23, 2, 2, 4, '2023-12-16', 153, 2754.00);
INSERT INTO Performances VALUES (24, 15, 3, 11, '2024-10-03', 78, 936.00);
INSERT INTO Performances VALUES (25, 4, 6, 15, '2023-04-04', 559, 13975.00);
INSERT INTO Performances VALUES (26, 4, 3, 2, '2024-06-12', 275, 3987.50);
INSERT INTO Performances VALUES (27, 14, 5, 11, '2024-04-09', 47, NULL);
INSERT INTO Performances VALUES (28, 15, 4, 7, '2024-11-15', 197, 2364.00);
INSERT INTO Performances VALUES (29, 11, 1, 14, '2023-05-25', 88, 1936.00);
INSERT INTO Performances VALUES (30, 2, 2, 8, '2024-04-15', 285, NULL);
INSERT INTO Performances VALUES (31, 3, 4, 6, '2024-05-07', 246, 3936.00);
INSERT INTO Performances VALUES (32, 9, 8, 4, '2023-03-23', 212, 3074.00);
INSERT INTO Performances VALUES (33, 11, 1, 2, '2024-10-02', 205, 4510.00);
INSERT INTO Performances VALUES (34, 16, 6, 7, '2023-03-16', 155, 2247.50);
INSERT INTO Performances VALUES (35, 6, 9, 13, '2023-07-11', 173, 3114.00);
INSERT INTO Performances VALUES (36, 16, 7, 10, '2024-06-24', 151, 3322.00);
INSERT INTO Performances VALUES (37, 16, 6, 4, '2024-10-14', 210, 5250.00);
INSERT INTO Performances VALUES (38, 14, 5, 1, '2024-07-02', 120, 1920.00);
INSERT INTO Performances VALUES (39, 15, 3, 7, '2024-06-25', 163, 2934.00);
INSERT INTO Performances VALUES (40, 4, 6, 2, '2024-03-28', 232, 4176.00);
INSERT INTO Cast_Members VALUES (3, 1, 1, NULL);
INSERT INTO Cast_Members VALUES (10, 1, 1, NULL);
INSERT INTO Cast_Members VALUES (1, 1, 8, 'Voice');
INSERT INTO Cast_Members VALUES (10, 1, 8, 'Musician');
INSERT INTO Cast_Members VALUES (3, 1, 11, 'Shadow operator');
INSERT INTO Cast_Members VALUES (10, 1, 11, 'Feet');
INSERT INTO Cast_Members VALUES (1, 2, 2, 'Second manipulator');
INSERT INTO Cast_Members VALUES (11, 2, 2, NULL);
INSERT INTO Cast_Members VALUES (1, 2, 7, 'Shadow operator');
INSERT INTO Cast_Members VALUES (11, 2, 12, 'Musician');
INSERT INTO Cast_Members VALUES (5, 3, 2, NULL);
INSERT INTO Cast_Members VALUES (6, 3, 2, 'Musician');
INSERT INTO Cast_Members VALUES (4, 3, 4, 'Second manipulator');
INSERT INTO Cast_Members VALUES (4, 3, 15, 'Shadow operator');
INSERT INTO Cast_Members VALUES (6, 3, 15, 'Left hand');
INSERT INTO Cast_Members VALUES (5, 4, 9, 'Left hand');
INSERT INTO Cast_Members VALUES (6, 4, 15, 'Second manipulator');
INSERT INTO Cast_Members VALUES (9, 5, 2, 'Feet');
INSERT INTO Cast_Members VALUES (21, 5, 2, NULL);
INSERT INTO Cast_Members VALUES (9, 5, 11, 'Second manipulator');
INSERT INTO Cast_Members VALUES (7, 5, 14, NULL);
INSERT INTO Cast_Members VALUES (10, 6, 4, NULL);
INSERT INTO Cast_Members VALUES (10, 6, 7, 'Shadow operator');
INSERT INTO Cast_Members VALUES (12, 6, 7, NULL);
INSERT INTO Cast_Members VALUES (11, 6, 16, NULL);
INSERT INTO Cast_Members VALUES (12, 7, 5, 'Shadow operator');
INSERT INTO Cast_Members VALUES (14, 7, 16, 'Narrator');
INSERT INTO Cast_Members VALUES (15, 8, 9, 'Musician');
INSERT INTO Cast_Members VALUES (15, 8, 10, 'Lead manipulator');
INSERT INTO Cast_Members VALUES (16, 8, 10, NULL);
INSERT INTO Cast_Members VALUES (20, 8, 10, 'Shadow operator');
INSERT INTO Cast_Members VALUES (15, 8, 15, 'Musician');
INSERT INTO Cast_Members VALUES (16, 8, 15, 'Shadow operator');
INSERT INTO Cast_Members VALUES (18, 9, 6, NULL);
INSERT INTO Cast_Members VALUES (19, 9, 6, 'Narrator');
INSERT INTO Cast_Members VALUES (18, 9, 13, 'Feet');
INSERT INTO Cast_Members VALUES (19, 9, 13, 'Left hand');
INSERT INTO Tours VALUES (1, 'Autumn Strings Tour', 4, 12, 10, '2023-05-01', 3);
INSERT INTO Tours VALUES (2, 'Northern Lights Circuit', 6, 7, 9, '2023-10-26', 3);
INSERT INTO Tours VALUES (3, 'Shadows Across Europe', 6, 1, 13, '2023-01-11', 14);
INSERT INTO Tours VALUES (4, 'Summer Festival Run', 5, 15, 8, '2024-09-11', 11);
INSERT INTO Tours VALUES (5, 'Winter Fairy Tales', 7, 12, 10, '2023-05-15', 11);
INSERT INTO Tours VALUES (6, 'Riverside Tour', 3, 14, 4, '2023-05-25', 4);
INSERT INTO Tours VALUES (7, 'Capitals Tour', 6, 4, 3, '2024-04-05', 4);
INSERT INTO Tours VALUES (8, 'Baltic Puppet Route', 9, 8, 10, '2024-01-20', 9);
INSERT INTO Tours VALUES (9, 'Mediterranean Crossing', 4, 2, 12, '2024-12-24', 9);
INSERT INTO Tours VALUES (10, 'Spring Awakening', 8, 7, 1, '2023-02-24', 10);
INSERT INTO Tours VALUES (11, 'Festival Road', 2, 12, 10, '2024-08-28', 14);
INSERT INTO Tours VALUES (12, 'Grand Marionette Journey', 3, 6, 12, '2024-06-20', 8);
