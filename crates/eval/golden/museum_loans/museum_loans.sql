PRAGMA foreign_keys = ON;

CREATE TABLE Museums (
    Museum_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Founded_Year TEXT,
    Annual_Visitors INTEGER
);

CREATE TABLE Artists (
    artist_id INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Birth_Year INTEGER,
    Death_Year INTEGER
);

CREATE TABLE Ref_Medium_Types (
    medium_type_code TEXT PRIMARY KEY,
    medium_type_description TEXT
);

CREATE TABLE Artworks (
    Artwork_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    artist_id INTEGER,
    medium_type_code TEXT,
    Year_Made INTEGER,
    Insured_Value REAL,
    Museum_ID INTEGER,
    other_details TEXT,
    FOREIGN KEY (artist_id) REFERENCES Artists(artist_id),
    FOREIGN KEY (medium_type_code) REFERENCES Ref_Medium_Types(medium_type_code),
    FOREIGN KEY (Museum_ID) REFERENCES Museums(Museum_ID)
);

CREATE TABLE Loans (
    loan_id INTEGER PRIMARY KEY,
    Artwork_ID INTEGER NOT NULL,
    Lending_Museum_ID INTEGER NOT NULL,
    Borrowing_Museum_ID INTEGER NOT NULL,
    Start_Date TEXT,
    End_Date TEXT,
    Loan_Fee REAL,
    FOREIGN KEY (Artwork_ID) REFERENCES Artworks(Artwork_ID),
    FOREIGN KEY (Lending_Museum_ID) REFERENCES Museums(Museum_ID),
    FOREIGN KEY (Borrowing_Museum_ID) REFERENCES Museums(Museum_ID)
);

CREATE TABLE Exhibitions (
    Exhibition_ID INTEGER PRIMARY KEY,
    Title TEXT NOT NULL,
    Museum_ID INTEGER,
    Opening_Date TEXT,
    Num_Visitors INTEGER
);

CREATE TABLE Exhibition_Artworks (
    Exhibition_ID INTEGER NOT NULL,
    Artwork_ID INTEGER NOT NULL,
    PRIMARY KEY (Exhibition_ID, Artwork_ID),
    FOREIGN KEY (Exhibition_ID) REFERENCES Exhibitions(Exhibition_ID),
    FOREIGN KEY (Artwork_ID) REFERENCES Artworks(Artwork_ID)
);

INSERT INTO Museums VALUES (1, 'Rijksmuseum', 'Amsterdam', 'Netherlands', '1800', 2650000);
INSERT INTO Museums VALUES (2, 'Musée d''Orsay', 'Paris', 'France', '1986', 3270000);
INSERT INTO Museums VALUES (3, 'Musée du Louvre', 'Paris', 'France', '1793', 8860000);
INSERT INTO Museums VALUES (4, 'Museo del Prado', 'Madrid', 'Spain', '1819', 3140000);
INSERT INTO Museums VALUES (5, 'Uffizi Gallery', 'Florence', 'Italy', '1769', 2240000);
INSERT INTO Museums VALUES (6, 'National Gallery', 'London', 'United Kingdom', '1824', 3810000);
INSERT INTO Museums VALUES (7, 'Tate Modern', 'London', 'United Kingdom', '2000', 4690000);
INSERT INTO Museums VALUES (8, 'Kunsthistorisches Museum', 'Vienna', 'Austria', '1891', 1720000);
INSERT INTO Museums VALUES (9, 'Art Institute of Chicago', 'Chicago', 'United States', '1879', 1580000);
INSERT INTO Museums VALUES (10, 'Metropolitan Museum of Art', 'New York', 'United States', '1870', 5360000);
INSERT INTO Museums VALUES (11, 'Museum of Fine Arts', 'Boston', 'United States', '1870', 1210000);
INSERT INTO Museums VALUES (12, 'Hermitage Museum', 'Saint Petersburg', 'Russia', '1764', 4960000);
INSERT INTO Museums VALUES (13, 'Alte Pinakothek', 'Munich', 'Germany', '1836', 440000);
INSERT INTO Museums VALUES (14, 'Mauritshuis', 'The Hague', 'Netherlands', '1822', 470000);
INSERT INTO Museums VALUES (15, 'Museo Reina Sofia', 'Madrid', 'Spain', '1992', 3900000);
INSERT INTO Museums VALUES (16, 'National Gallery of Victoria', 'Melbourne', 'Australia', '1861', 2380000);
INSERT INTO Museums VALUES (17, 'Kunstmuseum Basel', 'Basel', 'Switzerland', '1661', NULL);

INSERT INTO Artists VALUES (1, 'Rembrandt van Rijn', 'Dutch', 1606, 1669);
INSERT INTO Artists VALUES (2, 'Johannes Vermeer', 'Dutch', 1632, 1675);
INSERT INTO Artists VALUES (3, 'Vincent van Gogh', 'Dutch', 1853, 1890);
INSERT INTO Artists VALUES (4, 'Claude Monet', 'French', 1840, 1926);
INSERT INTO Artists VALUES (5, 'Edgar Degas', 'French', 1834, 1917);
INSERT INTO Artists VALUES (6, 'Auguste Rodin', 'French', 1840, 1917);
INSERT INTO Artists VALUES (7, 'Paul Cezanne', 'French', 1839, 1906);
INSERT INTO Artists VALUES (8, 'Diego Velazquez', 'Spanish', 1599, 1660);
INSERT INTO Artists VALUES (9, 'Francisco Goya', 'Spanish', 1746, 1828);
INSERT INTO Artists VALUES (10, 'Pablo Picasso', 'Spanish', 1881, 1973);
INSERT INTO Artists VALUES (11, 'Sandro Botticelli', 'Italian', 1445, 1510);
INSERT INTO Artists VALUES (12, 'Caravaggio', 'Italian', 1571, 1610);
INSERT INTO Artists VALUES (13, 'J. M. W. Turner', 'British', 1775, 1851);
INSERT INTO Artists VALUES (14, 'John Constable', 'British', 1776, 1837);
INSERT INTO Artists VALUES (15, 'David Hockney', 'British', 1937, NULL);
INSERT INTO Artists VALUES (16, 'Gustav Klimt', 'Austrian', 1862, 1918);
INSERT INTO Artists VALUES (17, 'Egon Schiele', 'Austrian', 1890, 1918);
INSERT INTO Artists VALUES (18, 'Winslow Homer', 'American', 1836, 1910);
INSERT INTO Artists VALUES (19, 'Georgia O''Keeffe', 'American', 1887, 1986);
INSERT INTO Artists VALUES (20, 'Gerhard Richter', 'German', 1932, NULL);
INSERT INTO Artists VALUES (21, 'Albrecht Durer', 'German', 1471, 1528);
INSERT INTO Artists VALUES (22, 'Yayoi Kusama', 'Japanese', 1929, NULL);
INSERT INTO Artists VALUES (23, 'Anselm Kiefer', 'German', 1945, NULL);
INSERT INTO Artists VALUES (24, 'Mary Cassatt', 'American', 1844, 1926);

INSERT INTO Ref_Medium_Types VALUES ('OIL', 'Oil on canvas');
INSERT INTO Ref_Medium_Types VALUES ('WAT', 'Watercolour on paper');
INSERT INTO Ref_Medium_Types VALUES ('BRZ', 'Bronze sculpture');
INSERT INTO Ref_Medium_Types VALUES ('MAR', 'Marble sculpture');
INSERT INTO Ref_Medium_Types VALUES ('TEM', 'Tempera on wood panel');
INSERT INTO Ref_Medium_Types VALUES ('ACR', 'Acrylic on canvas');
INSERT INTO Ref_Medium_Types VALUES ('PAS', 'Pastel on paper');
INSERT INTO Ref_Medium_Types VALUES ('ETC', 'Etching and engraving');
INSERT INTO Ref_Medium_Types VALUES ('FRE', 'Fresco');
INSERT INTO Ref_Medium_Types VALUES ('PHO', 'Photograph');

INSERT INTO Artworks VALUES (1, 'The Night Watch', 1, 'OIL', 1642, 69250000, 1, NULL);
INSERT INTO Artworks VALUES (2, 'The Jewish Bride', 1, 'OIL', 1665, 52750000, 1, NULL);
INSERT INTO Artworks VALUES (3, 'Self-Portrait with Two Circles', 1, 'OIL', 1665, 50000000, 6, NULL);
INSERT INTO Artworks VALUES (4, 'The Three Trees', 1, 'ETC', 1643, 1125000, 1, NULL);
INSERT INTO Artworks VALUES (5, 'Girl with a Pearl Earring', 2, 'OIL', 1665, 96500000, 14, NULL);
INSERT INTO Artworks VALUES (6, 'The Milkmaid', 2, 'OIL', 1658, 35000000, 1, NULL);
INSERT INTO Artworks VALUES (7, 'View of Delft', 2, 'OIL', 1661, 99500000, 14, NULL);
INSERT INTO Artworks VALUES (8, 'Sunflowers', 3, 'OIL', 1888, 80250000, 6, NULL);
INSERT INTO Artworks VALUES (9, 'Wheatfield with Cypresses', 3, 'OIL', 1889, 98500000, 10, NULL);
INSERT INTO Artworks VALUES (10, 'The Bedroom', 3, 'OIL', 1889, 66500000, 9, NULL);
INSERT INTO Artworks VALUES (11, 'Water Lilies', 4, 'OIL', 1906, 11250000, 9, NULL);
INSERT INTO Artworks VALUES (12, 'The Dance Class', 5, 'OIL', 1874, 95000000, 2, NULL);
INSERT INTO Artworks VALUES (13, 'Little Dancer Aged Fourteen', 5, 'BRZ', 1881, 11125000, 10, 'Fragile; climate-controlled transport required');
INSERT INTO Artworks VALUES (14, 'After the Bath', 5, 'PAS', 1890, 9250000, 13, NULL);
INSERT INTO Artworks VALUES (15, 'The Thinker', 6, 'BRZ', 1904, 8375000, 2, NULL);
INSERT INTO Artworks VALUES (16, 'Eternal Springtime', 6, 'MAR', 1884, 13000000, 12, 'Restored in 2019');
INSERT INTO Artworks VALUES (17, 'The Card Players', 7, 'OIL', 1893, 62750000, 2, NULL);
INSERT INTO Artworks VALUES (18, 'Mont Sainte-Victoire', 7, 'WAT', 1902, 3500000, 17, NULL);
INSERT INTO Artworks VALUES (19, 'Las Meninas', 8, 'OIL', 1656, 49500000, 4, NULL);
INSERT INTO Artworks VALUES (20, 'The Third of May 1808', 9, 'OIL', 1814, 64000000, 4, NULL);
INSERT INTO Artworks VALUES (21, 'The Disasters of War', 9, 'ETC', 1810, 11375000, 4, NULL);
INSERT INTO Artworks VALUES (22, 'Guernica', 10, 'OIL', 1937, 94250000, 15, 'Restored in 2019');
INSERT INTO Artworks VALUES (23, 'The Old Guitarist', 10, 'OIL', 1903, 88750000, 9, NULL);
INSERT INTO Artworks VALUES (24, 'The Birth of Venus', 11, 'TEM', 1485, 34250000, 5, NULL);
INSERT INTO Artworks VALUES (25, 'Primavera', 11, 'TEM', 1480, 95750000, 5, NULL);
INSERT INTO Artworks VALUES (26, 'Medusa', 12, 'OIL', 1597, 31000000, 5, NULL);
INSERT INTO Artworks VALUES (27, 'The Fighting Temeraire', 13, 'OIL', 1839, 82750000, 6, NULL);
INSERT INTO Artworks VALUES (28, 'Venice: The Grand Canal', 13, 'WAT', 1840, 14125000, 8, NULL);
INSERT INTO Artworks VALUES (29, 'The Hay Wain', 14, 'OIL', 1821, 20250000, 6, NULL);
INSERT INTO Artworks VALUES (30, 'A Bigger Splash', 15, 'ACR', 1967, 10625000, 7, 'Acquired by bequest');
INSERT INTO Artworks VALUES (31, 'The Kiss', 16, 'OIL', 1908, 27750000, 8, NULL);
INSERT INTO Artworks VALUES (32, 'Death and Life', 16, 'OIL', 1915, 97500000, 8, 'Fragile; climate-controlled transport required');
INSERT INTO Artworks VALUES (33, 'Seated Woman with Bent Knee', 17, 'WAT', 1917, 7500000, 8, NULL);
INSERT INTO Artworks VALUES (34, 'The Gulf Stream', 18, 'OIL', 1899, 44000000, 10, NULL);
INSERT INTO Artworks VALUES (35, 'The Blue Boat', 18, 'WAT', 1892, 8750000, 11, NULL);
INSERT INTO Artworks VALUES (36, 'Black Iris', 19, 'OIL', 1926, 5000000, 10, NULL);
INSERT INTO Artworks VALUES (37, 'Betty', 20, 'OIL', 1988, 28250000, 9, NULL);
INSERT INTO Artworks VALUES (38, 'Young Hare', 21, 'WAT', 1502, 3875000, 8, NULL);
INSERT INTO Artworks VALUES (39, 'Melencolia I', 21, 'ETC', 1514, 6875000, 13, 'Frame replaced');

INSERT INTO Loans VALUES (1, 25, 5, 10, '2020-11-09', '2021-07-25', 62000);
INSERT INTO Loans VALUES (2, 6, 1, 2, '2015-05-20', '2015-09-16', 62000);
INSERT INTO Loans VALUES (3, 18, 17, 1, '2022-12-13', '2023-02-19', 33000);
INSERT INTO Loans VALUES (4, 19, 4, 8, '2020-11-22', '2021-05-01', NULL);
INSERT INTO Loans VALUES (5, 39, 13, 17, '2018-08-11', '2018-11-07', 64000);
INSERT INTO Loans VALUES (6, 15, 2, 13, '2021-10-11', '2021-12-29', 5500);
INSERT INTO Loans VALUES (7, 15, 2, 11, '2022-02-11', '2022-08-30', 54500);
INSERT INTO Loans VALUES (8, 34, 10, 17, '2019-05-26', '2020-02-20', 59500);
INSERT INTO Loans VALUES (9, 20, 4, 2, '2023-02-23', '2023-05-07', 50000);
INSERT INTO Loans VALUES (10, 20, 4, 5, '2018-09-16', '2019-03-05', 50000);
INSERT INTO Loans VALUES (11, 29, 6, 12, '2020-07-11', '2021-02-10', 58500);
INSERT INTO Loans VALUES (12, 35, 11, 4, '2019-09-02', '2020-03-22', 62000);
INSERT INTO Loans VALUES (13, 1, 1, 13, '2020-03-14', '2020-11-07', 45000);
INSERT INTO Loans VALUES (14, 26, 5, 16, '2015-02-22', NULL, 23500);
INSERT INTO Loans VALUES (15, 36, 10, 8, '2016-12-04', '2017-02-08', 38000);
INSERT INTO Loans VALUES (16, 8, 6, 4, '2019-09-21', '2020-04-24', 11000);
INSERT INTO Loans VALUES (17, 17, 2, 13, '2022-10-05', '2023-02-21', NULL);
INSERT INTO Loans VALUES (18, 12, 2, 11, '2015-11-14', '2016-07-20', 32500);
INSERT INTO Loans VALUES (19, 9, 10, 7, '2020-02-13', '2020-08-28', 12000);
INSERT INTO Loans VALUES (20, 8, 6, 16, '2022-09-15', '2022-11-28', 30000);
INSERT INTO Loans VALUES (21, 20, 4, 10, '2019-11-21', '2020-09-04', NULL);
INSERT INTO Loans VALUES (22, 17, 2, 4, '2019-04-19', '2019-08-20', 16000);
INSERT INTO Loans VALUES (23, 7, 14, 4, '2021-04-20', '2022-01-03', 63500);
INSERT INTO Loans VALUES (24, 26, 5, 9, '2015-08-28', '2016-04-29', 52000);
INSERT INTO Loans VALUES (25, 20, 4, 7, '2018-08-06', '2018-12-27', 31500);
INSERT INTO Loans VALUES (26, 39, 13, 16, '2021-10-16', '2022-03-09', 32000);
INSERT INTO Loans VALUES (27, 32, 8, 14, '2020-06-20', '2020-12-23', 36500);
INSERT INTO Loans VALUES (28, 18, 17, 5, '2016-12-20', '2017-05-11', 46000);
INSERT INTO Loans VALUES (29, 21, 4, 12, '2020-07-22', '2020-11-18', 22000);
INSERT INTO Loans VALUES (30, 19, 4, 13, '2021-07-29', '2022-02-14', 64500);

INSERT INTO Exhibitions VALUES (1, 'Light and Shadow in the Golden Age', 1, '2022-03-31', 143705);
INSERT INTO Exhibitions VALUES (2, 'Impressionism and the Modern City', 2, '2020-05-22', 30711);
INSERT INTO Exhibitions VALUES (3, 'Spanish Masters', 4, '2021-01-03', 256835);
INSERT INTO Exhibitions VALUES (4, 'Renaissance Florence', 5, '2016-03-11', 154261);
INSERT INTO Exhibitions VALUES (5, 'Painting the Sea', 6, '2016-02-19', 100854);
INSERT INTO Exhibitions VALUES (6, 'Pop and After', 7, '2020-07-20', 319411);
INSERT INTO Exhibitions VALUES (7, 'Vienna 1900', 8, '2018-02-01', 219003);
INSERT INTO Exhibitions VALUES (8, 'Northern Light', 14, '2017-01-17', 431873);
INSERT INTO Exhibitions VALUES (9, 'Van Gogh and His Circle', 10, '2020-12-07', 179973);
INSERT INTO Exhibitions VALUES (10, 'American Watercolours', 11, '2018-03-15', 165095);
INSERT INTO Exhibitions VALUES (11, 'Faces of the Past', 3, '2019-05-07', 68842);
INSERT INTO Exhibitions VALUES (12, 'The Sculptor''s Hand', 12, '2020-05-11', 444990);
INSERT INTO Exhibitions VALUES (13, 'Prints and Printmakers', 13, '2021-03-17', 304183);
INSERT INTO Exhibitions VALUES (14, 'Light on Water', 9, '2017-07-28', 196349);
INSERT INTO Exhibitions VALUES (15, 'Twentieth Century Visions', 15, '2022-12-09', 122284);

INSERT INTO Exhibition_Artworks VALUES (1, 1);
INSERT INTO Exhibition_Artworks VALUES (1, 2);
INSERT INTO Exhibition_Artworks VALUES (1, 4);
INSERT INTO Exhibition_Artworks VALUES (1, 6);
INSERT INTO Exhibition_Artworks VALUES (2, 3);
INSERT INTO Exhibition_Artworks VALUES (2, 17);
INSERT INTO Exhibition_Artworks VALUES (2, 29);
INSERT INTO Exhibition_Artworks VALUES (3, 19);
INSERT INTO Exhibition_Artworks VALUES (3, 20);
INSERT INTO Exhibition_Artworks VALUES (3, 21);
INSERT INTO Exhibition_Artworks VALUES (4, 24);
INSERT INTO Exhibition_Artworks VALUES (4, 25);
INSERT INTO Exhibition_Artworks VALUES (4, 26);
INSERT INTO Exhibition_Artworks VALUES (5, 4);
INSERT INTO Exhibition_Artworks VALUES (5, 7);
INSERT INTO Exhibition_Artworks VALUES (5, 27);
INSERT INTO Exhibition_Artworks VALUES (6, 30);
INSERT INTO Exhibition_Artworks VALUES (7, 31);
INSERT INTO Exhibition_Artworks VALUES (7, 32);
INSERT INTO Exhibition_Artworks VALUES (7, 33);
INSERT INTO Exhibition_Artworks VALUES (8, 5);
INSERT INTO Exhibition_Artworks VALUES (8, 7);
INSERT INTO Exhibition_Artworks VALUES (9, 4);
INSERT INTO Exhibition_Artworks VALUES (9, 20);
INSERT INTO Exhibition_Artworks VALUES (9, 30);
INSERT INTO Exhibition_Artworks VALUES (10, 28);
INSERT INTO Exhibition_Artworks VALUES (10, 35);
INSERT INTO Exhibition_Artworks VALUES (11, 1);
INSERT INTO Exhibition_Artworks VALUES (11, 29);
INSERT INTO Exhibition_Artworks VALUES (11, 35);
INSERT INTO Exhibition_Artworks VALUES (11, 37);
INSERT INTO Exhibition_Artworks VALUES (11, 39);
INSERT INTO Exhibition_Artworks VALUES (12, 15);
INSERT INTO Exhibition_Artworks VALUES (12, 16);
INSERT INTO Exhibition_Artworks VALUES (13, 21);
INSERT INTO Exhibition_Artworks VALUES (13, 39);
INSERT INTO Exhibition_Artworks VALUES (14, 3);
INSERT INTO Exhibition_Artworks VALUES (14, 20);
INSERT INTO Exhibition_Artworks VALUES (14, 30);
