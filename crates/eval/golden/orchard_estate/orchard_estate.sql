PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Fruit_Types (
    fruit_type_code TEXT PRIMARY KEY,
    fruit_type_description TEXT NOT NULL
);

CREATE TABLE Tree_Varieties (
    Variety_ID INTEGER PRIMARY KEY,
    Variety_Name TEXT NOT NULL,
    fruit_type_code TEXT NOT NULL,
    Harvest_Month TEXT,
    Avg_Yield_Per_Tree REAL,
    Origin_Country TEXT,
    FOREIGN KEY (fruit_type_code) REFERENCES Ref_Fruit_Types(fruit_type_code)
);

CREATE TABLE Orchards (
    Orchard_ID INTEGER PRIMARY KEY,
    Orchard_Name TEXT NOT NULL,
    Region TEXT,
    Country TEXT NOT NULL,
    Area_Hectares REAL,
    Year_Planted TEXT,
    Main_Variety_ID INTEGER,
    FOREIGN KEY (Main_Variety_ID) REFERENCES Tree_Varieties(Variety_ID)
);

CREATE TABLE Pickers (
    Picker_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Nationality TEXT,
    Age TEXT,
    Gender TEXT,
    Phone_Number TEXT
);

CREATE TABLE Harvest_Shifts (
    Shift_ID INTEGER PRIMARY KEY,
    Picker_ID INTEGER NOT NULL,
    Orchard_ID INTEGER NOT NULL,
    Shift_Date TEXT NOT NULL,
    Kilograms_Picked REAL
);

CREATE TABLE Buyers (
    Buyer_ID INTEGER PRIMARY KEY,
    Company_Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    other_details TEXT
);

CREATE TABLE Shipments (
    Shipment_ID INTEGER PRIMARY KEY,
    Source_Orchard_ID INTEGER NOT NULL,
    Packing_Orchard_ID INTEGER NOT NULL,
    Buyer_ID INTEGER NOT NULL,
    Shipment_Date TEXT,
    Weight_Kg INTEGER,
    status_code TEXT,
    Price_EUR REAL,
    FOREIGN KEY (Source_Orchard_ID) REFERENCES Orchards(Orchard_ID),
    FOREIGN KEY (Packing_Orchard_ID) REFERENCES Orchards(Orchard_ID),
    FOREIGN KEY (Buyer_ID) REFERENCES Buyers(Buyer_ID)
);

CREATE TABLE Picker_Certifications (
    Picker_ID INTEGER NOT NULL,
    Variety_ID INTEGER NOT NULL,
    Date_Certified TEXT,
    PRIMARY KEY (Picker_ID, Variety_ID),
    FOREIGN KEY (Picker_ID) REFERENCES Pickers(Picker_ID),
    FOREIGN KEY (Variety_ID) REFERENCES Tree_Varieties(Variety_ID)
);

INSERT INTO Ref_Fruit_Types VALUES ('APL', 'Apple');
INSERT INTO Ref_Fruit_Types VALUES ('PER', 'Pear');
INSERT INTO Ref_Fruit_Types VALUES ('CHR', 'Cherry');
INSERT INTO Ref_Fruit_Types VALUES ('PLM', 'Plum');
INSERT INTO Ref_Fruit_Types VALUES ('PCH', 'Peach');
INSERT INTO Ref_Fruit_Types VALUES ('APR', 'Apricot');
INSERT INTO Ref_Fruit_Types VALUES ('QNC', 'Quince');
INSERT INTO Ref_Fruit_Types VALUES ('FIG', 'Fig');
INSERT INTO Ref_Fruit_Types VALUES ('NEC', 'Nectarine');
INSERT INTO Ref_Fruit_Types VALUES ('PMG', 'Pomegranate');
INSERT INTO Tree_Varieties VALUES (1, 'Gala', 'APL', 'September', 62.5, 'New Zealand');
INSERT INTO Tree_Varieties VALUES (2, 'Fuji', 'APL', 'October', 70.0, 'Japan');
INSERT INTO Tree_Varieties VALUES (3, 'Granny Smith', 'APL', 'October', 58.0, 'Australia');
INSERT INTO Tree_Varieties VALUES (4, 'Golden Delicious', 'APL', 'September', 66.0, 'United States');
INSERT INTO Tree_Varieties VALUES (5, 'Conference', 'PER', 'September', 48.5, 'United Kingdom');
INSERT INTO Tree_Varieties VALUES (6, 'Williams', 'PER', 'August', 45.0, NULL);
INSERT INTO Tree_Varieties VALUES (7, 'Bing', 'CHR', 'June', 22.0, 'United States');
INSERT INTO Tree_Varieties VALUES (8, 'Lapins', 'CHR', 'July', 25.5, 'Canada');
INSERT INTO Tree_Varieties VALUES (9, 'Santa Rosa', 'PLM', 'July', 38.0, 'United States');
INSERT INTO Tree_Varieties VALUES (10, 'Stanley', 'PLM', 'September', 41.0, NULL);
INSERT INTO Tree_Varieties VALUES (11, 'Redhaven', 'PCH', 'August', 52.0, 'United States');
INSERT INTO Tree_Varieties VALUES (12, 'Elberta', 'PCH', 'August', 49.5, 'United States');
INSERT INTO Tree_Varieties VALUES (13, 'Bergeron', 'APR', 'July', 33.0, 'France');
INSERT INTO Tree_Varieties VALUES (14, 'Rojo Pasion', 'APR', 'June', 30.5, 'Spain');
INSERT INTO Orchards VALUES (1, 'Finca Los Almendros', 'Murcia', 'Spain', 42.5, '1994', 14);
INSERT INTO Orchards VALUES (2, 'Huerta del Segura', 'Murcia', 'Spain', 18.0, '2005', 11);
INSERT INTO Orchards VALUES (3, 'Finca El Olivar', 'Lleida', 'Spain', 55.3, '1988', 5);
INSERT INTO Orchards VALUES (4, 'Mas de la Serra', 'Lleida', 'Spain', 27.8, '2011', 4);
INSERT INTO Orchards VALUES (5, 'Podere San Michele', 'Trentino', 'Italy', 12.4, '1979', 1);
INSERT INTO Orchards VALUES (6, 'Tenuta Val di Non', 'Trentino', 'Italy', 33.6, '1999', 4);
INSERT INTO Orchards VALUES (7, 'Frutteto Ferrara', 'Emilia-Romagna', 'Italy', 21.9, '2008', 6);
INSERT INTO Orchards VALUES (8, 'Verger de Moissac', 'Occitanie', 'France', 38.2, '1985', 13);
INSERT INTO Orchards VALUES (9, 'Domaine des Pommiers', 'Normandie', 'France', 9.7, '2016', 3);
INSERT INTO Orchards VALUES (10, 'Vergers du Rhone', 'Auvergne-Rhone-Alpes', 'France', 24.1, '2002', NULL);
INSERT INTO Orchards VALUES (11, 'Quinta da Cerejeira', 'Fundao', 'Portugal', 15.5, '1997', 8);
INSERT INTO Orchards VALUES (12, 'Quinta do Oeste', 'Alcobaca', 'Portugal', 30.2, '2013', 2);
INSERT INTO Orchards VALUES (13, 'Sad Grojecki', 'Mazowieckie', 'Poland', 47.0, '1991', 1);
INSERT INTO Orchards VALUES (14, 'Sad Lubelski', 'Lubelskie', 'Poland', 6.3, '2019', NULL);
INSERT INTO Orchards VALUES (15, 'Fundo Los Cerezos', 'O''Higgins', 'Chile', 61.8, '2007', 7);
INSERT INTO Pickers VALUES (1, 'Marek Kowalski', 'Polish', '34', 'M', '+48 601 223 114');
INSERT INTO Pickers VALUES (2, 'Ana Popescu', 'Romanian', '27', 'F', '+40 721 558 903');
INSERT INTO Pickers VALUES (3, 'Ivan Petrov', 'Bulgarian', '45', 'M', NULL);
INSERT INTO Pickers VALUES (4, 'Oksana Shevchenko', 'Ukrainian', '31', 'F', '+380 67 114 2290');
INSERT INTO Pickers VALUES (5, 'Youssef El Amrani', 'Moroccan', '23', 'M', '+212 661 447 028');
INSERT INTO Pickers VALUES (6, 'Joao Ferreira', 'Portuguese', '52', 'M', '+351 912 334 781');
INSERT INTO Pickers VALUES (7, 'Lucia Garcia', 'Spanish', '19', 'F', NULL);
INSERT INTO Pickers VALUES (8, 'Giulia Rossi', 'Italian', '38', 'F', '+39 347 220 1198');
INSERT INTO Pickers VALUES (9, 'Piotr Nowak', 'Polish', '41', 'M', '+48 512 908 331');
INSERT INTO Pickers VALUES (10, 'Elena Dumitru', 'Romanian', '29', 'F', NULL);
INSERT INTO Pickers VALUES (11, 'Stoyan Georgiev', 'Bulgarian', '57', 'M', '+359 88 712 4406');
INSERT INTO Pickers VALUES (12, 'Mykola Bondarenko', 'Ukrainian', '36', 'M', '+380 50 388 1172');
INSERT INTO Pickers VALUES (13, 'Fatima Benali', 'Moroccan', '26', 'F', '+212 670 115 932');
INSERT INTO Pickers VALUES (14, 'Carlos Munoz', 'Chilean', '44', 'M', '+56 9 8812 3304');
INSERT INTO Pickers VALUES (15, 'Katarzyna Wisniewska', 'Polish', '22', 'F', NULL);
INSERT INTO Pickers VALUES (16, 'Andrei Ionescu', 'Romanian', '49', 'M', '+40 744 901 226');
INSERT INTO Pickers VALUES (17, 'Maria Santos', 'Portuguese', '33', 'F', '+351 936 220 415');
INSERT INTO Pickers VALUES (18, 'Pablo Navarro', 'Spanish', '28', 'M', '+34 622 781 045');
INSERT INTO Pickers VALUES (19, 'Tomasz Zielinski', 'Polish', '63', 'M', NULL);
INSERT INTO Pickers VALUES (20, 'Daria Kovalenko', 'Ukrainian', '24', 'F', '+380 63 502 7781');
INSERT INTO Pickers VALUES (21, 'Hassan Ouali', 'Moroccan', '39', 'M', '+212 655 380 219');
INSERT INTO Pickers VALUES (22, 'Camila Rojas', 'Chilean', '30', 'F', '+56 9 7731 0458');
INSERT INTO Pickers VALUES (23, 'Nikolai Dimitrov', 'Bulgarian', '21', 'M', NULL);
INSERT INTO Pickers VALUES (24, 'Marta Lopez', 'Spanish', '47', 'F', '+34 655 102 388');
INSERT INTO Pickers VALUES (25, 'Luca Bianchi', 'Italian', '35', 'M', '+39 333 871 6620');
INSERT INTO Harvest_Shifts VALUES (1, 13, 4, '2023-06-10', 411.4);
INSERT INTO Harvest_Shifts VALUES (2, 13, 7, '2023-09-04', 574.1);
INSERT INTO Harvest_Shifts VALUES (3, 16, 5, '2023-10-22', 371.0);
INSERT INTO Harvest_Shifts VALUES (4, 3, 13, '2023-06-13', 455.5);
INSERT INTO Harvest_Shifts VALUES (5, 22, 1, '2023-06-12', 708.3);
INSERT INTO Harvest_Shifts VALUES (6, 5, 11, '2023-06-15', 210.2);
INSERT INTO Harvest_Shifts VALUES (7, 18, 13, '2023-09-05', 326.1);
INSERT INTO Harvest_Shifts VALUES (8, 18, 3, '2023-07-12', NULL);
INSERT INTO Harvest_Shifts VALUES (9, 22, 2, '2023-10-18', 434.0);
INSERT INTO Harvest_Shifts VALUES (10, 16, 13, '2023-06-21', 400.0);
INSERT INTO Harvest_Shifts VALUES (11, 8, 6, '2023-09-20', 690.0);
INSERT INTO Harvest_Shifts VALUES (12, 23, 4, '2023-07-08', 680.7);
INSERT INTO Harvest_Shifts VALUES (13, 2, 12, '2023-08-07', 471.7);
INSERT INTO Harvest_Shifts VALUES (14, 3, 15, '2023-07-28', 342.9);
INSERT INTO Harvest_Shifts VALUES (15, 15, 8, '2023-09-11', 673.9);
INSERT INTO Harvest_Shifts VALUES (16, 12, 15, '2023-09-16', 528.3);
INSERT INTO Harvest_Shifts VALUES (17, 18, 8, '2023-07-25', 217.8);
INSERT INTO Harvest_Shifts VALUES (18, 23, 9, '2023-08-06', 628.8);
INSERT INTO Harvest_Shifts VALUES (19, 4, 3, '2023-08-19', 324.3);
INSERT INTO Harvest_Shifts VALUES (20, 22, 12, '2023-10-19', 648.1);
INSERT INTO Harvest_Shifts VALUES (21, 4, 13, '2023-06-22', 263.4);
INSERT INTO Harvest_Shifts VALUES (22, 2, 4, '2023-09-01', 521.3);
INSERT INTO Harvest_Shifts VALUES (23, 25, 11, '2023-09-28', 475.7);
INSERT INTO Harvest_Shifts VALUES (24, 2, 15, '2023-06-08', 402.0);
INSERT INTO Harvest_Shifts VALUES (25, 2, 13, '2023-10-08', 491.5);
INSERT INTO Harvest_Shifts VALUES (26, 2, 7, '2023-07-07', 374.5);
INSERT INTO Harvest_Shifts VALUES (27, 9, 8, '2023-09-19', 419.7);
INSERT INTO Harvest_Shifts VALUES (28, 15, 5, '2023-06-09', NULL);
INSERT INTO Harvest_Shifts VALUES (29, 9, 11, '2023-07-02', 561.8);
INSERT INTO Harvest_Shifts VALUES (30, 25, 15, '2023-08-24', NULL);
INSERT INTO Harvest_Shifts VALUES (31, 14, 6, '2023-08-23', 550.2);
INSERT INTO Harvest_Shifts VALUES (32, 25, 4, '2023-06-15', 331.5);
INSERT INTO Harvest_Shifts VALUES (33, 22, 5, '2023-08-19', 622.6);
INSERT INTO Harvest_Shifts VALUES (34, 23, 5, '2023-06-13', 651.1);
INSERT INTO Harvest_Shifts VALUES (35, 3, 9, '2023-09-28', 257.4);
INSERT INTO Harvest_Shifts VALUES (36, 9, 15, '2023-06-04', 510.0);
INSERT INTO Harvest_Shifts VALUES (37, 8, 1, '2023-08-10', 437.8);
INSERT INTO Harvest_Shifts VALUES (38, 15, 3, '2023-08-08', 308.7);
INSERT INTO Harvest_Shifts VALUES (39, 21, 2, '2023-10-03', 387.5);
INSERT INTO Harvest_Shifts VALUES (40, 7, 15, '2023-09-06', NULL);
INSERT INTO Buyers VALUES (1, 'Rheinland Fruit Handel GmbH', 'Cologne', 'Germany', 'Supermarket supplier');
INSERT INTO Buyers VALUES (2, 'Hollandse Groothandel BV', 'Rotterdam', 'Netherlands', NULL);
INSERT INTO Buyers VALUES (3, 'Covent Produce Ltd', 'London', 'United Kingdom', 'Requires GlobalGAP certificate');
INSERT INTO Buyers VALUES (4, 'Primeurs de Rungis', 'Paris', 'France', NULL);
INSERT INTO Buyers VALUES (5, 'Mercabarna Frutas SL', 'Barcelona', 'Spain', 'Pays within 30 days');
INSERT INTO Buyers VALUES (6, 'Nordic Fresh AB', 'Stockholm', 'Sweden', NULL);
INSERT INTO Buyers VALUES (7, 'Fruit Express Polska', 'Warsaw', 'Poland', 'Refrigerated transport only');
INSERT INTO Buyers VALUES (8, 'Brussels Fruit Market NV', 'Brussels', 'Belgium', NULL);
INSERT INTO Buyers VALUES (9, 'Alpen Obst AG', 'Zurich', 'Switzerland', 'Organic only');
INSERT INTO Buyers VALUES (10, 'Danube Wholesale Kft', 'Budapest', 'Hungary', NULL);
INSERT INTO Buyers VALUES (11, 'Baltic Greens UAB', 'Vilnius', 'Lithuania', NULL);
INSERT INTO Buyers VALUES (12, 'Copenhagen Harvest ApS', 'Copenhagen', 'Denmark', 'New customer');
INSERT INTO Shipments VALUES (1, 15, 6, 7, '2023-08-10', 10400, 'Delivered', 12546.93);
INSERT INTO Shipments VALUES (2, 1, 1, 1, '2023-07-22', 2500, 'Delivered', 1574.15);
INSERT INTO Shipments VALUES (3, 11, 13, 1, '2023-09-08', 1950, 'Delivered', 2000.91);
INSERT INTO Shipments VALUES (4, 11, 8, 7, '2023-11-06', 1450, 'Delivered', 1415.39);
INSERT INTO Shipments VALUES (5, 2, 13, 2, '2023-10-04', 8400, 'Delivered', NULL);
INSERT INTO Shipments VALUES (6, 6, 15, 10, '2023-10-26', 7250, 'Cancelled', NULL);
INSERT INTO Shipments VALUES (7, 6, 13, 5, '2023-11-01', 4050, 'Delivered', 4969.43);
INSERT INTO Shipments VALUES (8, 8, 8, 8, '2023-09-25', 1550, 'Delivered', NULL);
INSERT INTO Shipments VALUES (9, 3, 3, 10, '2023-10-11', 7600, 'Delivered', 5080.43);
INSERT INTO Shipments VALUES (10, 5, 15, 5, '2023-06-17', 9700, 'Delivered', NULL);
INSERT INTO Shipments VALUES (11, 10, 6, 4, '2023-08-19', 1950, 'Delivered', 2086.62);
INSERT INTO Shipments VALUES (12, 15, 8, 7, '2023-07-01', 5350, 'In Transit', 5641.84);
INSERT INTO Shipments VALUES (13, 11, 13, 2, '2023-06-07', 800, 'Delivered', 845.72);
INSERT INTO Shipments VALUES (14, 11, 3, 3, '2023-08-18', 3350, 'Delivered', 3952.16);
INSERT INTO Shipments VALUES (15, 8, 15, 10, '2023-11-10', 8100, 'Delivered', 7039.2);
INSERT INTO Shipments VALUES (16, 13, 15, 3, '2023-07-04', 8200, 'Delivered', 9665.68);
INSERT INTO Shipments VALUES (17, 10, 13, 5, '2023-08-12', 4050, 'Delivered', 4754.47);
INSERT INTO Shipments VALUES (18, 12, 8, 4, '2023-08-04', 8300, 'In Transit', 7650.41);
INSERT INTO Shipments VALUES (19, 5, 1, 4, '2023-06-04', 10050, 'Delivered', 8313.4);
INSERT INTO Shipments VALUES (20, 5, 8, 9, '2023-07-15', 3800, 'Delivered', 5069.36);
INSERT INTO Shipments VALUES (21, 6, 6, 4, '2023-06-09', 7150, 'Delivered', 4706.25);
INSERT INTO Shipments VALUES (22, 15, 15, 2, '2023-07-03', 6550, 'Delivered', 8551.06);
INSERT INTO Shipments VALUES (23, 10, 15, 10, '2023-08-13', 9350, 'Delivered', 6967.46);
INSERT INTO Shipments VALUES (24, 8, 8, 2, '2023-11-21', 1300, 'In Transit', 1119.29);
INSERT INTO Shipments VALUES (25, 8, 8, 3, '2023-10-18', 4650, 'Delivered', 5475.56);
INSERT INTO Shipments VALUES (26, 6, 3, 8, '2023-10-14', 7600, 'Cancelled', 6334.32);
INSERT INTO Shipments VALUES (27, 5, 8, 1, '2023-09-10', 5150, 'In Transit', 4233.24);
INSERT INTO Shipments VALUES (28, 6, 8, 2, '2023-10-28', 4150, 'Delivered', 5733.93);
INSERT INTO Shipments VALUES (29, 7, 15, 5, '2023-11-19', 1800, 'Delivered', 2486.54);
INSERT INTO Shipments VALUES (30, 1, 8, 10, '2023-06-20', 11050, 'Cancelled', 15100.16);
INSERT INTO Picker_Certifications VALUES (1, 4, '2018-06-23');
INSERT INTO Picker_Certifications VALUES (1, 7, '2022-06-20');
INSERT INTO Picker_Certifications VALUES (2, 6, '2022-06-10');
INSERT INTO Picker_Certifications VALUES (3, 9, '2020-02-23');
INSERT INTO Picker_Certifications VALUES (3, 11, '2015-07-25');
INSERT INTO Picker_Certifications VALUES (3, 14, '2015-12-01');
INSERT INTO Picker_Certifications VALUES (4, 2, '2015-03-18');
INSERT INTO Picker_Certifications VALUES (4, 14, '2021-08-21');
INSERT INTO Picker_Certifications VALUES (6, 5, '2021-10-25');
INSERT INTO Picker_Certifications VALUES (6, 14, '2015-02-15');
INSERT INTO Picker_Certifications VALUES (8, 3, '2019-03-14');
INSERT INTO Picker_Certifications VALUES (9, 1, '2018-09-15');
INSERT INTO Picker_Certifications VALUES (11, 2, '2023-08-09');
INSERT INTO Picker_Certifications VALUES (11, 7, '2015-09-16');
INSERT INTO Picker_Certifications VALUES (11, 8, '2015-09-07');
INSERT INTO Picker_Certifications VALUES (11, 14, '2015-11-07');
INSERT INTO Picker_Certifications VALUES (12, 14, '2023-07-27');
INSERT INTO Picker_Certifications VALUES (13, 8, '2022-07-20');
INSERT INTO Picker_Certifications VALUES (14, 1, '2018-01-02');
INSERT INTO Picker_Certifications VALUES (14, 4, '2019-05-21');
INSERT INTO Picker_Certifications VALUES (14, 9, '2017-02-06');
INSERT INTO Picker_Certifications VALUES (15, 1, '2023-12-02');
INSERT INTO Picker_Certifications VALUES (15, 5, '2017-07-12');
INSERT INTO Picker_Certifications VALUES (15, 9, '2020-07-11');
INSERT INTO Picker_Certifications VALUES (16, 11, '2021-03-28');
INSERT INTO Picker_Certifications VALUES (16, 14, '2015-01-01');
INSERT INTO Picker_Certifications VALUES (17, 5, '2018-11-19');
INSERT INTO Picker_Certifications VALUES (18, 4, '2017-03-14');
INSERT INTO Picker_Certifications VALUES (20, 1, '2015-02-04');
INSERT INTO Picker_Certifications VALUES (20, 8, '2016-02-13');
INSERT INTO Picker_Certifications VALUES (21, 13, '2022-10-09');
INSERT INTO Picker_Certifications VALUES (22, 4, '2016-10-12');
INSERT INTO Picker_Certifications VALUES (22, 14, '2016-07-18');
INSERT INTO Picker_Certifications VALUES (25, 8, '2021-05-25');
INSERT INTO Picker_Certifications VALUES (25, 11, '2022-06-11');
