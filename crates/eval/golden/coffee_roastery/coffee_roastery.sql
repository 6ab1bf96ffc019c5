CREATE TABLE Farms (
  Farm_ID INTEGER PRIMARY KEY,
  Farm_Name TEXT NOT NULL,
  Region TEXT,
  Country TEXT NOT NULL,
  Altitude_m INTEGER,
  Organic_Flag TEXT NOT NULL
);
CREATE TABLE Ref_Processing_Methods (
  process_code TEXT PRIMARY KEY,
  process_description TEXT NOT NULL
);
CREATE TABLE Green_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  Farm_ID INTEGER NOT NULL,
  process_code TEXT NOT NULL,
  Variety TEXT,
  Harvest_Year TEXT,
  Bags INTEGER,
  Price_per_kg REAL,
  other_details TEXT,
  FOREIGN KEY (Farm_ID) REFERENCES Farms(Farm_ID),
  FOREIGN KEY (process_code) REFERENCES Ref_Processing_Methods(process_code)
);
CREATE TABLE Roasters (
  Roaster_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Nationality TEXT,
  Years_Experience INTEGER
);
CREATE TABLE Roasts (
  Roast_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER NOT NULL,
  Roaster_ID INTEGER NOT NULL,
  Roast_Date TEXT,
  Roast_Level TEXT,
  Kilograms REAL,
  Cupping_Score REAL
);
CREATE TABLE Cafes (
  Cafe_ID INTEGER PRIMARY KEY,
  Cafe_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Seats INTEGER
);
CREATE TABLE Cafe_Purchases (
  Cafe_ID INTEGER NOT NULL,
  Roast_ID INTEGER NOT NULL,
  Kg_Bought REAL,
  PRIMARY KEY (Cafe_ID, Roast_ID),
  FOREIGN KEY (Cafe_ID) REFERENCES Cafes(Cafe_ID),
  FOREIGN KEY (Roast_ID) REFERENCES Roasts(Roast_ID)
);
CREATE TABLE Lot_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER NOT NULL,
  From_Farm_ID INTEGER NOT NULL,
  To_Farm_ID INTEGER NOT NULL,
  Transfer_Date TEXT,
  Kg_Moved REAL,
  FOREIGN KEY (Lot_ID) REFERENCES Green_Lots(Lot_ID),
  FOREIGN KEY (From_Farm_ID) REFERENCES Farms(Farm_ID),
  FOREIGN KEY (To_Farm_ID) REFERENCES Farms(Farm_ID)
);

INSERT INTO Farms VALUES (1, 'Finca El Paraiso', 'Cauca', 'Colombia', 1950, 'Y');
INSERT INTO Farms VALUES (2, 'Hacienda La Esmeralda', 'Chiriqui', 'Panama', 1650, 'N');
INSERT INTO Farms VALUES (3, 'Fazenda Santa Ines', 'Minas Gerais', 'Brazil', 1150, 'N');
INSERT INTO Farms VALUES (4, 'Fazenda Ambiental Fortaleza', 'Sao Paulo', 'Brazil', 1080, 'Y');
INSERT INTO Farms VALUES (5, 'Gesha Village Estate', 'Bench Maji', 'Ethiopia', 1910, 'Y');
INSERT INTO Farms VALUES (6, 'Kayon Mountain Farm', 'Guji', 'Ethiopia', 2120, 'Y');
INSERT INTO Farms VALUES (7, 'Gatomboya Estate', 'Nyeri', 'Kenya', 1820, 'N');
INSERT INTO Farms VALUES (8, 'Karimikui Farm', 'Kirinyaga', 'Kenya', 1675, 'N');
INSERT INTO Farms VALUES (9, 'Finca El Injerto', 'Huehuetenango', 'Guatemala', 1720, 'N');
INSERT INTO Farms VALUES (10, 'Finca Santa Felisa', 'Acatenango', 'Guatemala', 1790, 'Y');
INSERT INTO Farms VALUES (11, 'Finca Monte Copey', 'Tarrazu', 'Costa Rica', 1880, 'N');
INSERT INTO Farms VALUES (12, 'Finca Los Pirineos', 'Usulutan', 'El Salvador', 1450, 'N');
INSERT INTO Farms VALUES (13, 'Huye Mountain Farm', 'Southern Province', 'Rwanda', 1930, 'N');
INSERT INTO Farms VALUES (14, 'Wahana Estate', 'North Sumatra', 'Indonesia', 1300, 'N');
INSERT INTO Farms VALUES (15, 'Finca Tasta', 'Cajamarca', 'Peru', NULL, 'Y');
INSERT INTO Farms VALUES (16, 'Finca La Florida', 'Huila', 'Colombia', 1735, 'N');
INSERT INTO Farms VALUES (17, 'Granja La Esperanza', 'Valle del Cauca', 'Colombia', 1610, 'Y');
INSERT INTO Farms VALUES (18, 'Sipi Falls Farm', NULL, 'Uganda', 1860, 'N');
INSERT INTO Ref_Processing_Methods VALUES ('WSH', 'Washed: cherry skin and mucilage removed before drying');
INSERT INTO Ref_Processing_Methods VALUES ('NAT', 'Natural: whole cherry dried on raised beds');
INSERT INTO Ref_Processing_Methods VALUES ('HON', 'Honey: skin removed, mucilage left on during drying');
INSERT INTO Ref_Processing_Methods VALUES ('ANA', 'Anaerobic fermentation in sealed tanks');
INSERT INTO Ref_Processing_Methods VALUES ('WHL', 'Wet-hulled: parchment removed at high moisture');
INSERT INTO Ref_Processing_Methods VALUES ('CRB', 'Carbonic maceration under carbon dioxide');
INSERT INTO Green_Lots VALUES (1, 1, 'ANA', 'Castillo', '2022', 111, 9.3, NULL);
INSERT INTO Green_Lots VALUES (2, 2, 'HON', 'Gesha', '2022', 97, 36.14, NULL);
INSERT INTO Green_Lots VALUES (3, 3, 'NAT', 'Yellow Bourbon', '2023', 53, 16.49, NULL);
INSERT INTO Green_Lots VALUES (4, 5, 'WSH', 'Heirloom', '2021', 11, 9.94, NULL);
INSERT INTO Green_Lots VALUES (5, 6, 'WSH', 'Gesha', '2022', 113, 32.98, 'Grainpro bags');
INSERT INTO Green_Lots VALUES (6, 7, 'NAT', 'Ruiru 11', '2024', 101, 15.46, 'Competition lot');
INSERT INTO Green_Lots VALUES (7, 8, 'WSH', 'Ruiru 11', '2021', 103, 14.36, NULL);
INSERT INTO Green_Lots VALUES (8, 9, 'HON', 'Pacamara', '2022', 114, 10.12, NULL);
INSERT INTO Green_Lots VALUES (9, 10, 'NAT', 'Bourbon', '2024', 117, 12.01, NULL);
INSERT INTO Green_Lots VALUES (10, 11, 'ANA', 'Villa Sarchi', '2022', 20, 15.49, NULL);
INSERT INTO Green_Lots VALUES (11, 13, 'HON', 'Red Bourbon', '2021', 80, 14.74, NULL);
INSERT INTO Green_Lots VALUES (12, 14, 'WHL', 'Ateng', '2024', 34, 19.2, NULL);
INSERT INTO Green_Lots VALUES (13, 16, 'HON', 'Pink Bourbon', '2021', 38, 10.48, NULL);
INSERT INTO Green_Lots VALUES (14, 17, 'HON', 'Pink Bourbon', '2024', 113, 12.61, NULL);
INSERT INTO Green_Lots VALUES (15, 1, 'ANA', 'Caturra', '2021', 103, 10.53, 'Microlot');
INSERT INTO Green_Lots VALUES (16, 2, 'WSH', 'Gesha', '2022', 87, 39.57, NULL);
INSERT INTO Green_Lots VALUES (17, 5, 'WSH', 'Heirloom', '2022', 52, 12.77, 'Competition lot');
INSERT INTO Green_Lots VALUES (18, 7, 'WSH', 'SL28', '2022', 36, 9.4, NULL);
INSERT INTO Green_Lots VALUES (19, 9, 'NAT', 'Bourbon', '2022', 44, 14.97, 'Fair Trade certified');
INSERT INTO Green_Lots VALUES (20, 3, 'NAT', 'Mundo Novo', '2023', 110, 16.59, NULL);
INSERT INTO Green_Lots VALUES (21, 4, 'NAT', 'Mundo Novo', '2021', 56, 11.96, 'Competition lot');
INSERT INTO Green_Lots VALUES (22, 6, 'WSH', 'Gesha', '2021', 54, 36.51, NULL);
INSERT INTO Green_Lots VALUES (23, 16, 'WSH', 'Castillo', '2022', 60, 16.75, NULL);
INSERT INTO Green_Lots VALUES (24, 1, 'WSH', 'Castillo', '2023', 48, 12.61, 'Microlot');
INSERT INTO Green_Lots VALUES (25, 11, 'WSH', 'Caturra', '2023', 81, 13.2, 'Microlot');
INSERT INTO Roasters VALUES (1, 'Anna Kowalska', 34, 'Poland', 9);
INSERT INTO Roasters VALUES (2, 'Marco Bianchi', 46, 'Italy', 22);
INSERT INTO Roasters VALUES (3, 'James O''Connor', 29, 'Ireland', 5);
INSERT INTO Roasters VALUES (4, 'Yuki Tanaka', 38, 'Japan', 14);
INSERT INTO Roasters VALUES (5, 'Lars Eriksen', 51, 'Norway', 27);
INSERT INTO Roasters VALUES (6, 'Sofia Martinez', 27, 'Spain', 4);
INSERT INTO Roasters VALUES (7, 'Daniel Weber', 42, 'Germany', 17);
INSERT INTO Roasters VALUES (8, 'Camila Rocha', 31, 'Brazil', 8);
INSERT INTO Roasters VALUES (9, 'Ethan Brooks', 36, 'United States', 12);
INSERT INTO Roasters VALUES (10, 'Chloe Dubois', 44, 'France', 19);
INSERT INTO Roasters VALUES (11, 'Tomas Herrera', 33, 'Colombia', 10);
INSERT INTO Roasters VALUES (12, 'Ryan Mitchell', 25, 'United States', 2);
INSERT INTO Roasters VALUES (13, 'Hannah Kim', 40, 'South Korea', 15);
INSERT INTO Roasts VALUES (1, 10, 5, '2023-07-23', 'Light', 53.6, 87.75);
INSERT INTO Roasts VALUES (2, 1, 5, '2024-01-04', 'Dark', 13.2, 91.75);
INSERT INTO Roasts VALUES (3, 18, 3, '2023-08-06', 'Light', 56.1, 82.75);
INSERT INTO Roasts VALUES (4, 9, 8, '2023-01-26', 'Dark', 57.3, 86.5);
INSERT INTO Roasts VALUES (5, 12, 5, '2024-03-13', 'Medium-Light', 39.2, 88.25);
INSERT INTO Roasts VALUES (6, 10, 4, '2024-08-18', 'Medium-Dark', 37.4, 87.5);
INSERT INTO Roasts VALUES (7, 1, 4, '2024-01-23', 'Light', 56.6, 86.75);
INSERT INTO Roasts VALUES (8, 15, 2, '2024-02-28', 'Medium-Light', 18.5, 92.25);
INSERT INTO Roasts VALUES (9, 15, 11, '2024-09-11', 'Light', 48.5, 83.5);
INSERT INTO Roasts VALUES (10, 7, 10, '2024-05-22', 'Medium', 44.2, 84.5);
INSERT INTO Roasts VALUES (11, 13, 4, '2024-12-08', 'Medium-Light', 15.3, NULL);
INSERT INTO Roasts VALUES (12, 16, 1, '2023-11-04', 'Medium', 16.2, 83.75);
INSERT INTO Roasts VALUES (13, 7, 4, '2024-04-04', 'Medium', 25.8, 85.0);
INSERT INTO Roasts VALUES (14, 18, 3, '2024-11-11', 'Medium-Light', 49.2, 87.75);
INSERT INTO Roasts VALUES (15, 7, 5, '2023-07-07', 'Light', 55.9, 87.25);
INSERT INTO Roasts VALUES (16, 19, 1, '2023-07-27', 'Dark', 46.9, 82.25);
INSERT INTO Roasts VALUES (17, 8, 2, '2023-06-08', 'Medium-Light', 24.3, 87.0);
INSERT INTO Roasts VALUES (18, 3, 3, '2024-04-24', 'Light', 46.9, 92.5);
INSERT INTO Roasts VALUES (19, 10, 6, '2023-02-22', 'Light', 13.5, 87.5);
INSERT INTO Roasts VALUES (20, 3, 7, '2023-11-28', 'Medium-Dark', 26.7, 92.25);
INSERT INTO Roasts VALUES (21, 7, 4, '2024-05-04', 'Dark', 35.5, 84.25);
INSERT INTO Roasts VALUES (22, 3, 10, '2023-09-22', 'Medium', 39.4, 86.25);
INSERT INTO Roasts VALUES (23, 15, 10, '2024-09-01', 'Medium', 12.8, 89.25);
INSERT INTO Roasts VALUES (24, 15, 7, '2024-06-25', 'Medium-Light', 43.7, 88.25);
INSERT INTO Roasts VALUES (25, 7, 4, '2024-05-05', 'Medium', 56.5, 86.25);
INSERT INTO Roasts VALUES (26, 21, 7, '2023-01-27', 'Medium-Light', 59.3, 90.25);
INSERT INTO Roasts VALUES (27, 17, 7, '2024-11-24', 'Medium-Dark', 10.4, 86.25);
INSERT INTO Roasts VALUES (28, 6, 4, '2024-08-11', 'Medium', 48.2, 92.5);
INSERT INTO Roasts VALUES (29, 2, 2, '2023-11-11', 'Medium', 13.1, 89.5);
INSERT INTO Roasts VALUES (30, 1, 7, '2023-10-17', 'Dark', 58.5, 83.5);
INSERT INTO Roasts VALUES (31, 16, 4, '2023-01-11', 'Dark', 25.4, 82.25);
INSERT INTO Roasts VALUES (32, 1, 7, '2023-07-20', 'Medium-Light', 57.1, 84.0);
INSERT INTO Roasts VALUES (33, 1, 5, '2024-12-10', 'Medium-Dark', 20.5, 91.75);
INSERT INTO Roasts VALUES (34, 1, 4, '2023-06-12', 'Dark', 35.5, 83.25);
INSERT INTO Roasts VALUES (35, 3, 11, '2023-12-05', 'Medium-Light', 25.7, NULL);
INSERT INTO Cafes VALUES (1, 'Blue Bean Espresso', 'Portland', 'United States', 40);
INSERT INTO Cafes VALUES (2, 'Kaffeehaus Mitte', 'Berlin', 'Germany', 55);
INSERT INTO Cafes VALUES (3, 'Cafe Lumiere', 'Paris', 'France', 32);
INSERT INTO Cafes VALUES (4, 'Nordlys Kaffebar', 'Oslo', 'Norway', 28);
INSERT INTO Cafes VALUES (5, 'The Roasted Bean', 'London', 'United Kingdom', 64);
INSERT INTO Cafes VALUES (6, 'Sakura Drip', 'Tokyo', 'Japan', 18);
INSERT INTO Cafes VALUES (7, 'Flat White Lab', 'Melbourne', 'Australia', 45);
INSERT INTO Cafes VALUES (8, 'Origen Cafe', 'Madrid', 'Spain', NULL);
INSERT INTO Cafes VALUES (9, 'Little Bean Corner', 'Dublin', 'Ireland', 22);
INSERT INTO Cafes VALUES (10, 'Crema Collective', 'Seattle', 'United States', 70);
INSERT INTO Cafes VALUES (11, 'Brew Theory', 'Toronto', 'Canada', 36);
INSERT INTO Cafes VALUES (12, 'Kahvila Aalto', 'Helsinki', 'Finland', NULL);
INSERT INTO Cafes VALUES (13, 'Moka Lane', 'Milan', 'Italy', 26);
INSERT INTO Cafes VALUES (14, 'Cafe Tostado', 'Bogota', 'Colombia', 30);
INSERT INTO Cafes VALUES (15, 'Pour Over Society', 'Copenhagen', 'Denmark', 50);
INSERT INTO Cafe_Purchases VALUES (1, 10, 20.0);
INSERT INTO Cafe_Purchases VALUES (1, 22, 24.4);
INSERT INTO Cafe_Purchases VALUES (1, 35, 18.5);
INSERT INTO Cafe_Purchases VALUES (2, 4, 9.5);
INSERT INTO Cafe_Purchases VALUES (2, 19, 19.3);
INSERT INTO Cafe_Purchases VALUES (3, 22, 4.3);
INSERT INTO Cafe_Purchases VALUES (3, 29, 11.2);
INSERT INTO Cafe_Purchases VALUES (4, 3, 3.8);
INSERT INTO Cafe_Purchases VALUES (4, 13, 8.6);
INSERT INTO Cafe_Purchases VALUES (5, 16, 2.3);
INSERT INTO Cafe_Purchases VALUES (6, 2, 6.3);
INSERT INTO Cafe_Purchases VALUES (6, 6, 6.6);
INSERT INTO Cafe_Purchases VALUES (6, 9, 18.6);
INSERT INTO Cafe_Purchases VALUES (6, 10, 2.9);
INSERT INTO Cafe_Purchases VALUES (6, 11, 22.1);
INSERT INTO Cafe_Purchases VALUES (6, 25, 10.1);
INSERT INTO Cafe_Purchases VALUES (6, 35, 14.0);
INSERT INTO Cafe_Purchases VALUES (7, 9, 17.9);
INSERT INTO Cafe_Purchases VALUES (7, 12, 8.5);
INSERT INTO Cafe_Purchases VALUES (7, 13, 10.7);
INSERT INTO Cafe_Purchases VALUES (7, 23, 19.2);
INSERT INTO Cafe_Purchases VALUES (7, 34, 20.6);
INSERT INTO Cafe_Purchases VALUES (8, 1, 7.6);
INSERT INTO Cafe_Purchases VALUES (8, 6, 8.3);
INSERT INTO Cafe_Purchases VALUES (8, 21, 2.4);
INSERT INTO Cafe_Purchases VALUES (9, 7, 16.5);
INSERT INTO Cafe_Purchases VALUES (9, 11, 17.3);
INSERT INTO Cafe_Purchases VALUES (9, 21, 11.5);
INSERT INTO Cafe_Purchases VALUES (9, 23, 11.6);
INSERT INTO Cafe_Purchases VALUES (10, 31, 6.1);
INSERT INTO Cafe_Purchases VALUES (10, 32, 20.2);
INSERT INTO Cafe_Purchases VALUES (11, 7, 17.5);
INSERT INTO Cafe_Purchases VALUES (11, 19, 12.9);
INSERT INTO Cafe_Purchases VALUES (11, 31, 13.6);
INSERT INTO Cafe_Purchases VALUES (12, 11, 13.2);
INSERT INTO Cafe_Purchases VALUES (12, 13, 16.2);
INSERT INTO Cafe_Purchases VALUES (12, 24, 19.5);
INSERT INTO Cafe_Purchases VALUES (12, 29, 16.8);
INSERT INTO Cafe_Purchases VALUES (12, 33, 17.1);
INSERT INTO Cafe_Purchases VALUES (12, 35, 17.7);
INSERT INTO Lot_Transfers VALUES (1, 13, 16, 6, '2024-08-17', 1500.0);
INSERT INTO Lot_Transfers VALUES (2, 24, 1, 13, '2024-03-15', 1620.0);
INSERT INTO Lot_Transfers VALUES (3, 12, 14, 10, '2024-05-04', 2160.0);
INSERT INTO Lot_Transfers VALUES (4, 12, 14, 5, '2024-01-01', 1920.0);
INSERT INTO Lot_Transfers VALUES (5, 23, 16, 7, '2024-09-16', 2160.0);
INSERT INTO Lot_Transfers VALUES (6, 6, 7, 10, '2024-11-20', 1800.0);
INSERT INTO Lot_Transfers VALUES (7, 15, 1, 11, '2024-06-10', 1800.0);
INSERT INTO Lot_Transfers VALUES (8, 6, 7, 8, '2024-01-26', 1320.0);
INSERT INTO Lot_Transfers VALUES (9, 2, 2, 16, '2024-09-24', 480.0);
INSERT INTO Lot_Transfers VALUES (10, 9, 10, 14, '2024-02-19', 2040.0);
INSERT INTO Lot_Transfers VALUES (11, 18, 7, 3, '2024-10-04', 1140.0);
INSERT INTO Lot_Transfers VALUES (12, 9, 10, 15, '2024-07-17', 360.0);
INSERT INTO Lot_Transfers VALUES (13, 1, 1, 15, '2024-10-11', 2160.0);
INSERT INTO Lot_Transfers VALUES (14, 6, 7, 13, '2024-08-23', 1980.0);
