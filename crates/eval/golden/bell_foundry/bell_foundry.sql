PRAGMA foreign_keys = ON;
CREATE TABLE "foundry" (
"Foundry_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"City" TEXT,
"Founded" INTEGER,
"Employees" INTEGER,
"Is_Active" TEXT
);
CREATE TABLE "church" (
"Church_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year_Built" INTEGER,
"Tower_Height" REAL,
"Denomination" TEXT,
"Seats" INTEGER
);
CREATE TABLE "bell" (
"Bell_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Foundry_ID" INTEGER,
"Year_Cast" INTEGER,
"Weight" REAL,
"Diameter" REAL,
"Note" TEXT,
"Status" TEXT,
FOREIGN KEY ("Foundry_ID") REFERENCES "foundry"("Foundry_ID")
);
CREATE TABLE "bell_in_church" (
"Bell_ID" INTEGER,
"Church_ID" INTEGER,
"Year_Installed" INTEGER,
"Position" INTEGER,
PRIMARY KEY ("Bell_ID", "Church_ID"),
FOREIGN KEY ("Bell_ID") REFERENCES "bell"("Bell_ID"),
FOREIGN KEY ("Church_ID") REFERENCES "church"("Church_ID")
);
INSERT INTO foundry VALUES (1, 'Whitechapel Bell Foundry', 'England', 'London', 1570, 44, 'F');
INSERT INTO foundry VALUES (2, 'John Taylor & Co', 'England', 'Loughborough', 1784, 43, 'T');
INSERT INTO foundry VALUES (3, 'Royal Eijsbouts', 'Netherlands', 'Asten', 1872, 55, 'T');
INSERT INTO foundry VALUES (4, 'Petit & Fritsen', 'Netherlands', 'Aarle-Rixtel', 1660, 36, 'F');
INSERT INTO foundry VALUES (5, 'Fonderie Paccard', 'France', 'Annecy', 1796, 54, 'T');
INSERT INTO foundry VALUES (6, 'Cornille-Havard', 'France', 'Villedieu-les-Poeles', 1865, 33, 'T');
INSERT INTO foundry VALUES (7, 'Glockengiesserei Rincker', 'Germany', 'Sinn', 1590, 36, 'T');
INSERT INTO foundry VALUES (8, 'Grassmayr', 'Austria', 'Innsbruck', 1599, 60, 'T');
INSERT INTO foundry VALUES (9, 'Perner', 'Germany', 'Passau', 1947, 43, 'T');
INSERT INTO foundry VALUES (10, 'Meneely Bell Foundry', 'USA', 'Watervliet', 1826, 60, 'F');
INSERT INTO foundry VALUES (11, 'McShane Bell Foundry', 'USA', 'Baltimore', 1856, 63, 'T');
INSERT INTO foundry VALUES (12, 'Gillett & Johnston', 'England', 'Croydon', 1844, 13, 'T');
INSERT INTO church VALUES (1, 'Salisbury Cathedral', 'Salisbury', 'England', 1220, 123.0, 'Anglican', 1750);
INSERT INTO church VALUES (2, 'York Minster', 'York', 'England', 1230, 72.0, 'Anglican', 900);
INSERT INTO church VALUES (3, 'Liverpool Cathedral', 'Liverpool', 'England', 1904, 101.0, 'Anglican', 850);
INSERT INTO church VALUES (4, 'St Mary Redcliffe', 'Bristol', 'England', 1292, 89.0, 'Anglican', 2600);
INSERT INTO church VALUES (5, 'Notre-Dame de Paris', 'Paris', 'France', 1163, 69.0, 'Catholic', 1100);
INSERT INTO church VALUES (6, 'Sacre-Coeur Basilica', 'Paris', 'France', 1875, 83.0, 'Catholic', 3600);
INSERT INTO church VALUES (7, 'Lyon Cathedral', 'Lyon', 'France', 1180, 44.0, 'Catholic', 2050);
INSERT INTO church VALUES (8, 'Cologne Cathedral', 'Cologne', 'Germany', 1248, 157.0, 'Catholic', 1450);
INSERT INTO church VALUES (9, 'Passau Cathedral', 'Passau', 'Germany', 1668, 68.0, 'Catholic', 1700);
INSERT INTO church VALUES (10, 'Frauenkirche', 'Dresden', 'Germany', 1726, 91.0, 'Protestant', 2350);
INSERT INTO church VALUES (11, 'St Stephen Cathedral', 'Vienna', 'Austria', 1137, 136.0, 'Catholic', 2400);
INSERT INTO church VALUES (12, 'Innsbruck Cathedral', 'Innsbruck', 'Austria', 1717, 56.0, 'Catholic', 3300);
INSERT INTO church VALUES (13, 'St Martin Cathedral', 'Utrecht', 'Netherlands', 1254, 112.0, 'Protestant', 3050);
INSERT INTO church VALUES (14, 'St Bavo Church', 'Haarlem', 'Netherlands', 1370, 78.0, 'Protestant', 2500);
INSERT INTO church VALUES (15, 'Riverside Church', 'New York', 'USA', 1927, 120.0, 'Protestant', 3400);
INSERT INTO church VALUES (16, 'Washington National Cathedral', 'Washington', 'USA', 1907, 92.5, 'Anglican', 1600);
INSERT INTO church VALUES (17, 'Trinity Church', 'Boston', 'USA', 1872, 64.5, 'Anglican', 3700);
INSERT INTO bell VALUES (1, 'Great Paul', 2, 1881, 16920.0, 291.0, 'E', 'Good');
INSERT INTO bell VALUES (2, 'Great George', 2, 1940, 14800.0, 274.0, 'E', 'Good');
INSERT INTO bell VALUES (3, 'Emmanuel', 1, 1686, 13271.0, 261.0, 'F', 'Restored');
INSERT INTO bell VALUES (4, 'Marie', 3, 2012, 6023.0, 206.0, 'G', 'Good');
INSERT INTO bell VALUES (5, 'Gabriel', 6, 2013, 4162.0, 183.0, 'A', 'Good');
INSERT INTO bell VALUES (6, 'Anne-Genevieve', 6, 2013, 3477.0, 172.0, 'B', 'Good');
INSERT INTO bell VALUES (7, 'Savoyarde', 5, 1895, 18835.0, 300.0, 'C', 'Good');
INSERT INTO bell VALUES (8, 'Petersglocke', 7, 1923, 24000.0, 322.0, 'C', 'Restored');
INSERT INTO bell VALUES (9, 'Pretiosa', 7, 1612, 10500.0, 240.0, 'G', 'Good');
INSERT INTO bell VALUES (10, 'Speciosa', 7, 1620, 5600.0, 201.0, 'A', 'Good');
INSERT INTO bell VALUES (11, 'Pummerin', 8, 1951, 20130.0, 314.0, 'C', 'Good');
INSERT INTO bell VALUES (12, 'Josephsglocke', 8, 1961, 2300.0, 152.0, 'D', 'Good');
INSERT INTO bell VALUES (13, 'Sturmglocke', 9, 1952, 3100.0, 167.0, 'E', 'Good');
INSERT INTO bell VALUES (14, 'Sebastian', 9, 1952, 7900.0, 220.0, 'A', 'Good');
INSERT INTO bell VALUES (15, 'Jesaja', 3, 2003, 2400.0, 154.0, 'D', 'Good');
INSERT INTO bell VALUES (16, 'Hanna', 3, 2003, 1120.0, 118.0, 'F', 'Good');
INSERT INTO bell VALUES (17, 'Salvator', 1, 1605, 8200.0, 227.0, 'G', 'Restored');
INSERT INTO bell VALUES (18, 'Laurentius', 3, 1890, 3700.0, 173.0, 'B', 'Cracked');
INSERT INTO bell VALUES (19, 'Great Peter', 2, 1927, 10800.0, 244.0, 'F', 'Good');
INSERT INTO bell VALUES (20, 'Osmund', 1, 1680, 1650.0, 137.0, 'D', 'Good');
INSERT INTO bell VALUES (21, 'Canynges', 2, 1903, 2500.0, 158.0, 'B', 'Good');
INSERT INTO bell VALUES (22, 'Riverside Bourdon', 12, 1930, 9072.0, 260.0, 'C', 'Good');
INSERT INTO bell VALUES (23, 'Sabaoth', 1, 1962, 1450.0, 130.0, 'D', 'Good');
INSERT INTO bell VALUES (24, 'Centennial Bell', 10, 1876, 5900.0, 204.0, 'E', 'Cracked');
INSERT INTO bell VALUES (25, 'Troy Bell', 10, 1870, 1220.0, 121.0, 'A', 'Cracked');
INSERT INTO bell VALUES (26, 'Jean-Marie', 6, 2013, 1765.0, 140.0, 'C', 'Good');
INSERT INTO bell VALUES (27, 'Angelus', 5, 1950, 940.0, 112.0, 'F', 'Good');
INSERT INTO bell VALUES (28, 'Felicite', 5, 1907, 3020.0, 165.0, 'G', 'Good');
INSERT INTO bell VALUES (29, 'Ursulaglocke', 7, 1862, 4150.0, 181.0, 'E', 'Good');
INSERT INTO bell VALUES (30, 'Halbpummerin', 8, 1959, 2160.0, 148.0, 'D', 'Good');
INSERT INTO bell VALUES (31, 'Gedaechtnis', 9, 2003, 1750.0, 139.0, 'G', 'Good');
INSERT INTO bell VALUES (32, 'Cantate', 2, 1963, 780.0, 101.0, 'E', 'Good');
INSERT INTO bell_in_church VALUES (3, 5, 1687, 1);
INSERT INTO bell_in_church VALUES (4, 5, 2013, 2);
INSERT INTO bell_in_church VALUES (5, 5, 2017, 3);
INSERT INTO bell_in_church VALUES (6, 5, 2017, 4);
INSERT INTO bell_in_church VALUES (26, 5, 2014, 5);
INSERT INTO bell_in_church VALUES (7, 6, 1897, 1);
INSERT INTO bell_in_church VALUES (28, 6, 1909, 2);
INSERT INTO bell_in_church VALUES (27, 6, 1951, 3);
INSERT INTO bell_in_church VALUES (8, 8, 1926, 1);
INSERT INTO bell_in_church VALUES (9, 8, 1615, 2);
INSERT INTO bell_in_church VALUES (10, 8, 1624, 3);
INSERT INTO bell_in_church VALUES (29, 8, 1863, 4);
INSERT INTO bell_in_church VALUES (11, 11, 1954, 1);
INSERT INTO bell_in_church VALUES (30, 11, 1960, 2);
INSERT INTO bell_in_church VALUES (12, 12, 1965, 1);
INSERT INTO bell_in_church VALUES (30, 12, 1992, 2);
INSERT INTO bell_in_church VALUES (13, 9, 1954, 1);
INSERT INTO bell_in_church VALUES (14, 9, 1955, 2);
INSERT INTO bell_in_church VALUES (15, 10, 2007, 1);
INSERT INTO bell_in_church VALUES (16, 10, 2005, 2);
INSERT INTO bell_in_church VALUES (31, 10, 2007, 3);
INSERT INTO bell_in_church VALUES (17, 13, 1609, 1);
INSERT INTO bell_in_church VALUES (18, 14, 1894, 1);
INSERT INTO bell_in_church VALUES (19, 2, 1930, 1);
INSERT INTO bell_in_church VALUES (20, 1, 1681, 1);
INSERT INTO bell_in_church VALUES (20, 4, 1872, 1);
INSERT INTO bell_in_church VALUES (21, 4, 1907, 2);
INSERT INTO bell_in_church VALUES (2, 3, 1944, 1);
INSERT INTO bell_in_church VALUES (22, 15, 1933, 1);
INSERT INTO bell_in_church VALUES (23, 15, 2005, 2);
INSERT INTO bell_in_church VALUES (23, 16, 1964, 1);
INSERT INTO bell_in_church VALUES (32, 16, 1966, 2);
