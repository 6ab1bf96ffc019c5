PRAGMA foreign_keys = ON;
CREATE TABLE "dairy" (
"Dairy_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Region" TEXT,
"Founded" INTEGER,
"Herd_Size" INTEGER,
"Annual_Output" REAL,
"Organic" TEXT
);
CREATE TABLE "cheese" (
"Cheese_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Dairy_ID" INTEGER,
"Milk" TEXT,
"Style" TEXT,
"Aging_Months" INTEGER,
"Fat_Percent" REAL,
"Price" REAL,
"Wheel_Weight" REAL,
FOREIGN KEY ("Dairy_ID") REFERENCES "dairy"("Dairy_ID")
);
CREATE TABLE "shop" (
"Shop_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Open_Year" INTEGER,
"Staff" INTEGER,
"Floor_Area" INTEGER,
"Rating" REAL
);
CREATE TABLE "stock" (
"Shop_ID" INTEGER,
"Cheese_ID" INTEGER,
"Kg_In_Stock" REAL,
PRIMARY KEY ("Shop_ID", "Cheese_ID"),
FOREIGN KEY ("Shop_ID") REFERENCES "shop"("Shop_ID"),
FOREIGN KEY ("Cheese_ID") REFERENCES "cheese"("Cheese_ID")
);
CREATE TABLE "award" (
"Award_ID" INTEGER PRIMARY KEY,
"Cheese_ID" INTEGER,
"Show" TEXT,
"Year" INTEGER,
"Medal" TEXT,
"Points" INTEGER,
"Judge" TEXT
);
INSERT INTO dairy VALUES (1, 'Manor Farm', 'England', 'Somerset', 1911, 390, 314.8, 'No');
INSERT INTO dairy VALUES (2, 'Fromagerie Vernier', 'France', 'Jura', 1885, 198, 176.7, 'No');
INSERT INTO dairy VALUES (3, 'Caseificio Rosola', 'Italy', 'Emilia-Romagna', 1890, 422, 366.2, 'No');
INSERT INTO dairy VALUES (4, 'Queseria La Antigua', 'Spain', 'Castilla y Leon', 1948, 282, 327.3, 'Yes');
INSERT INTO dairy VALUES (5, 'Kaasboerderij De Ruyter', 'Netherlands', 'Utrecht', 1872, 356, 470.3, 'No');
INSERT INTO dairy VALUES (6, 'Kaserei Eggiwil', 'Switzerland', 'Bern', 1903, 172, 222.2, 'No');
INSERT INTO dairy VALUES (7, 'Kaasmakerij Van Dijk', 'Netherlands', 'North Holland', 1999, 461, 408.7, 'Yes');
INSERT INTO dairy VALUES (8, 'Fromagerie Laurent', 'France', 'Normandy', 1932, 351, 402.4, 'No');
INSERT INTO dairy VALUES (9, 'Caseificio Valle', 'Italy', 'Lombardy', 1962, 131, 97.6, 'Yes');
INSERT INTO dairy VALUES (10, 'Sparkenhoe Dairy', 'England', 'Leicestershire', 2005, 76, 57.9, 'Yes');
INSERT INTO dairy VALUES (11, 'Quesos Ibores', 'Spain', 'Extremadura', 1991, 48, 37.8, 'No');
INSERT INTO dairy VALUES (12, 'Laiterie Ducret', 'France', 'Savoie', 1978, 353, 444.8, 'Yes');
INSERT INTO dairy VALUES (13, 'Alpkaserei Gstaad', 'Switzerland', 'Bern', 1955, 455, 349.5, 'No');
INSERT INTO dairy VALUES (14, 'Fromagerie Martin', 'France', 'Auvergne', 2004, 518, 568.5, 'Yes');
INSERT INTO cheese VALUES (1, 'Manor Cheddar', 1, 'Cow', 'Hard', 31, 34.0, 30.38, 39.02);
INSERT INTO cheese VALUES (2, 'Manor Smoked Cheddar', 1, 'Cow', 'Hard', 15, 35.1, 19.67, 31.91);
INSERT INTO cheese VALUES (3, 'Comte Reserve', 2, 'Cow', 'Hard', 16, 32.2, 29.31, 34.69);
INSERT INTO cheese VALUES (4, 'Morbier', 2, 'Cow', 'Semi-soft', 6, 26.1, 20.86, 1.8);
INSERT INTO cheese VALUES (5, 'Bleu de Gex', 2, 'Cow', 'Blue', 5, 28.2, 34.73, 8.53);
INSERT INTO cheese VALUES (6, 'Parmigiano Reggiano', 3, 'Cow', 'Hard', 30, 32.4, 30.45, 30.94);
INSERT INTO cheese VALUES (7, 'Ricotta Fresca', 3, 'Cow', 'Fresh', 0, 19.5, 8.48, 0.96);
INSERT INTO cheese VALUES (8, 'Manchego Curado', 4, 'Sheep', 'Hard', 13, 34.1, 19.87, 29.14);
INSERT INTO cheese VALUES (9, 'Queso Fresco', 4, 'Cow', 'Fresh', 0, 18.6, 13.81, 1.13);
INSERT INTO cheese VALUES (10, 'Boerenkaas Oud', 5, 'Cow', 'Hard', 24, 35.5, 28.03, 25.34);
INSERT INTO cheese VALUES (11, 'Geitenkaas', 5, 'Goat', 'Semi-soft', 3, 26.7, 19.75, 5.75);
INSERT INTO cheese VALUES (12, 'Emmentaler', 6, 'Cow', 'Hard', 31, 34.9, 38.94, 25.64);
INSERT INTO cheese VALUES (13, 'Gruyere Alpage', 6, 'Cow', 'Hard', 12, 35.5, 44.73, 31.78);
INSERT INTO cheese VALUES (14, 'Camembert de Normandie', 8, 'Cow', 'Soft', 2, 22.1, 29.2, 0.45);
INSERT INTO cheese VALUES (15, 'Livarot', 8, 'Cow', 'Soft', 1, 22.5, 31.46, 0.49);
INSERT INTO cheese VALUES (16, 'Pont-l''Eveque', 8, 'Cow', 'Soft', 2, 24.8, 16.87, 0.47);
INSERT INTO cheese VALUES (17, 'Gorgonzola Dolce', 9, 'Cow', 'Blue', 3, 31.5, 37.68, 6.84);
INSERT INTO cheese VALUES (18, 'Taleggio', 9, 'Cow', 'Semi-soft', 3, 26.3, 23.96, 5.58);
INSERT INTO cheese VALUES (19, 'Sparkenhoe Red Leicester', 10, 'Cow', 'Hard', 34, 33.3, 46.9, 9.64);
INSERT INTO cheese VALUES (20, 'Torta del Casar', 11, 'Sheep', 'Soft', 2, 26.8, 30.48, 0.5);
INSERT INTO cheese VALUES (21, 'Ibores', 11, 'Goat', 'Semi-soft', 2, 27.6, 28.24, 2.04);
INSERT INTO cheese VALUES (22, 'Reblochon', 12, 'Cow', 'Soft', 2, 22.0, 28.77, 0.38);
INSERT INTO cheese VALUES (23, 'Tomme de Savoie', 12, 'Cow', 'Semi-soft', 4, 26.0, 28.2, 5.74);
INSERT INTO cheese VALUES (24, 'Chevrotin', 12, 'Goat', 'Soft', 1, 24.1, 21.73, 0.84);
INSERT INTO cheese VALUES (25, 'Mozzarella di Bufala', 3, 'Buffalo', 'Fresh', 0, 11.0, 15.96, 0.77);
INSERT INTO cheese VALUES (26, 'Pecorino Toscano', 9, 'Sheep', 'Hard', 23, 33.2, 39.6, 17.56);
INSERT INTO cheese VALUES (27, 'Leicestershire Blue', 10, 'Cow', 'Blue', 3, 30.9, 29.77, 7.94);
INSERT INTO cheese VALUES (28, 'Sbrinz', 13, 'Cow', 'Hard', 10, 35.3, 44.08, 24.46);
INSERT INTO cheese VALUES (29, 'Bergkase', 13, 'Cow', 'Hard', 13, 34.4, 29.49, 29.93);
INSERT INTO cheese VALUES (30, 'Valdeon', 4, 'Cow', 'Blue', 5, 33.6, 34.85, 7.21);
INSERT INTO shop VALUES (1, 'Neal''s Yard Counter', 'London', 1974, 7, 241, 3.6);
INSERT INTO shop VALUES (2, 'La Fromagerie du Marche', 'Paris', 1988, 11, 128, 4.2);
INSERT INTO shop VALUES (3, 'Paxton Cheese Hall', 'London', 1983, 10, 156, 4.8);
INSERT INTO shop VALUES (4, 'Kaashuis Jordaan', 'Amsterdam', 2007, 2, 247, 4.1);
INSERT INTO shop VALUES (5, 'Fromagerie Mons', 'Lyon', 2007, 14, 180, 4.4);
INSERT INTO shop VALUES (6, 'Formaggeria Brera', 'Milan', 1996, 4, 196, 4.7);
INSERT INTO shop VALUES (7, 'The Bristol Cheesemonger', 'Bristol', 2001, 6, 53, 3.2);
INSERT INTO shop VALUES (8, 'Androuet Counter', 'Paris', 2009, 6, 91, 4.6);
INSERT INTO shop VALUES (9, 'The Bath Cheese Cellar', 'Bath', 2014, 13, 213, 4.5);
INSERT INTO shop VALUES (10, 'Cremerie des Halles', 'Lyon', 1979, 4, 244, 4.0);
INSERT INTO shop VALUES (11, 'Borough Wedge', 'London', 2008, 4, 198, 3.3);
INSERT INTO shop VALUES (12, 'Kaas en Co', 'Amsterdam', 1986, 3, 183, 3.8);
INSERT INTO stock VALUES (1, 1, 49.4);
INSERT INTO stock VALUES (1, 2, 20.6);
INSERT INTO stock VALUES (1, 19, 30.6);
INSERT INTO stock VALUES (1, 27, 43.1);
INSERT INTO stock VALUES (1, 20, 47.1);
INSERT INTO stock VALUES (1, 3, 23.3);
INSERT INTO stock VALUES (2, 3, 9.6);
INSERT INTO stock VALUES (2, 14, 24.4);
INSERT INTO stock VALUES (2, 15, 35.0);
INSERT INTO stock VALUES (2, 22, 41.7);
INSERT INTO stock VALUES (2, 5, 37.4);
INSERT INTO stock VALUES (3, 1, 53.6);
INSERT INTO stock VALUES (3, 6, 29.7);
INSERT INTO stock VALUES (3, 12, 56.4);
INSERT INTO stock VALUES (3, 8, 24.9);
INSERT INTO stock VALUES (4, 10, 5.6);
INSERT INTO stock VALUES (4, 11, 42.9);
INSERT INTO stock VALUES (4, 13, 15.8);
INSERT INTO stock VALUES (4, 6, 46.3);
INSERT INTO stock VALUES (5, 22, 44.3);
INSERT INTO stock VALUES (5, 23, 52.9);
INSERT INTO stock VALUES (5, 24, 55.0);
INSERT INTO stock VALUES (5, 4, 18.4);
INSERT INTO stock VALUES (5, 16, 11.3);
INSERT INTO stock VALUES (6, 6, 32.8);
INSERT INTO stock VALUES (6, 17, 29.8);
INSERT INTO stock VALUES (6, 18, 35.5);
INSERT INTO stock VALUES (6, 25, 47.6);
INSERT INTO stock VALUES (6, 26, 22.5);
INSERT INTO stock VALUES (6, 7, 50.8);
INSERT INTO stock VALUES (7, 1, 38.8);
INSERT INTO stock VALUES (7, 19, 37.2);
INSERT INTO stock VALUES (7, 29, 2.1);
INSERT INTO stock VALUES (8, 14, 39.3);
INSERT INTO stock VALUES (8, 3, 8.5);
INSERT INTO stock VALUES (8, 30, 52.2);
INSERT INTO stock VALUES (10, 23, 1.7);
INSERT INTO stock VALUES (10, 13, 50.5);
INSERT INTO stock VALUES (10, 4, 42.0);
INSERT INTO stock VALUES (11, 2, 33.6);
INSERT INTO stock VALUES (11, 27, 41.5);
INSERT INTO stock VALUES (11, 8, 56.3);
INSERT INTO stock VALUES (11, 17, 55.4);
INSERT INTO award VALUES (1, 1, 'International Cheese Show', 2021, 'Bronze', 81, 'Juliet Harbutt');
INSERT INTO award VALUES (2, 3, 'British Cheese Awards', 2022, 'Silver', 89, 'Juliet Harbutt');
INSERT INTO award VALUES (3, 3, 'World Cheese Awards', 2022, 'Bronze', 77, 'Juliet Harbutt');
INSERT INTO award VALUES (4, 6, 'World Cheese Awards', 2017, 'Silver', 86, 'Pieter Smit');
INSERT INTO award VALUES (5, 6, 'Mondial du Fromage', 2022, 'Bronze', 76, 'Ivan Larcher');
INSERT INTO award VALUES (6, 6, 'Mondial du Fromage', 2022, 'Silver', 82, 'Juliet Harbutt');
INSERT INTO award VALUES (7, 5, 'British Cheese Awards', 2022, 'Gold', 96, 'Juliet Harbutt');
INSERT INTO award VALUES (8, 8, 'International Cheese Show', 2023, 'Silver', 84, 'Marta Vidal');
INSERT INTO award VALUES (9, 10, 'British Cheese Awards', 2021, 'Gold', 97, 'Marta Vidal');
INSERT INTO award VALUES (10, 12, 'World Cheese Awards', 2023, 'Gold', 98, 'Laurent Dubois');
INSERT INTO award VALUES (11, 13, 'British Cheese Awards', 2020, 'Silver', 87, 'Ivan Larcher');
INSERT INTO award VALUES (12, 13, 'International Cheese Show', 2021, 'Gold', 90, 'Pieter Smit');
INSERT INTO award VALUES (13, 14, 'British Cheese Awards', 2018, 'Bronze', 72, 'Marta Vidal');
INSERT INTO award VALUES (14, 15, 'British Cheese Awards', 2019, 'Gold', 93, 'Marta Vidal');
INSERT INTO award VALUES (15, 17, 'Mondial du Fromage', 2020, 'Gold', 99, 'Laurent Dubois');
INSERT INTO award VALUES (16, 19, 'Mondial du Fromage', 2020, 'Gold', 95, 'Laurent Dubois');
INSERT INTO award VALUES (17, 19, 'Mondial du Fromage', 2020, 'Gold', 94, 'Juliet Harbutt');
INSERT INTO award VALUES (18, 20, 'Mondial du Fromage', 2022, 'Bronze', 78, 'Ivan Larcher');
INSERT INTO award VALUES (19, 22, 'International Cheese Show', 2017, 'Gold', 91, 'Laurent Dubois');
INSERT INTO award VALUES (20, 23, 'World Cheese Awards', 2022, 'Gold', 92, 'Marta Vidal');
INSERT INTO award VALUES (21, 25, 'British Cheese Awards', 2018, 'Bronze', 79, 'Juliet Harbutt');
INSERT INTO award VALUES (22, 26, 'British Cheese Awards', 2022, 'Bronze', 74, 'Laurent Dubois');
INSERT INTO award VALUES (23, 27, 'Mondial du Fromage', 2018, 'Bronze', 75, 'Juliet Harbutt');
INSERT INTO award VALUES (24, 27, 'International Cheese Show', 2019, 'Silver', 88, 'Laurent Dubois');
INSERT INTO award VALUES (25, 29, 'British Cheese Awards', 2021, 'Silver', 85, 'Juliet Harbutt');
INSERT INTO award VALUES (26, 30, 'Mondial du Fromage', 2023, 'Bronze', 80, 'Juliet Harbutt');
INSERT INTO award VALUES (27, 1, 'World Cheese Awards', 2023, 'Silver', 83, 'Ivan Larcher');
INSERT INTO award VALUES (28, 25, 'Mondial du Fromage', 2020, 'Bronze', 73, 'Ivan Larcher');
