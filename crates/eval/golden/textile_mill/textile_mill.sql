PRAGMA foreign_keys = ON;

CREATE TABLE Mills (
  Mill_ID INTEGER PRIMARY KEY,
  Mill_Name TEXT NOT NULL,
  Town TEXT,
  Country TEXT,
  Opened_Year TEXT,
  Number_of_Looms INTEGER
);

CREATE TABLE Ref_Fibre_Types (
  fibre_code TEXT PRIMARY KEY,
  fibre_description TEXT
);

CREATE TABLE Fabrics (
  Fabric_ID INTEGER PRIMARY KEY,
  Fabric_Name TEXT NOT NULL,
  fibre_code TEXT,
  Weight_GSM INTEGER,
  Price_per_Metre REAL,
  FOREIGN KEY (fibre_code) REFERENCES Ref_Fibre_Types(fibre_code)
);

CREATE TABLE Weavers (
  Weaver_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Mill_ID INTEGER,
  Years_of_Service INTEGER,
  Shift TEXT,
  FOREIGN KEY (Mill_ID) REFERENCES Mills(Mill_ID)
);

CREATE TABLE Clients (
  Client_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  other_details TEXT
);

CREATE TABLE Production_Orders (
  Order_ID INTEGER PRIMARY KEY,
  Client_ID INTEGER,
  Fabric_ID INTEGER,
  Mill_ID INTEGER,
  Order_Date TEXT,
  Metres_Ordered INTEGER,
  status_code TEXT
);

CREATE TABLE Order_Weavers (
  Order_ID INTEGER,
  Weaver_ID INTEGER,
  Hours REAL,
  PRIMARY KEY (Order_ID, Weaver_ID),
  FOREIGN KEY (Order_ID) REFERENCES Production_Orders(Order_ID),
  FOREIGN KEY (Weaver_ID) REFERENCES Weavers(Weaver_ID)
);

CREATE TABLE Shipments (
  Shipment_ID INTEGER PRIMARY KEY,
  From_Mill_ID INTEGER,
  To_Mill_ID INTEGER,
  Shipment_Date TEXT,
  Metres INTEGER,
  FOREIGN KEY (From_Mill_ID) REFERENCES Mills(Mill_ID),
  FOREIGN KEY (To_Mill_ID) REFERENCES Mills(Mill_ID)
);

INSERT INTO Mills VALUES (1, 'Ashworth Weaving Mill', 'Bolton', 'United Kingdom', '1874', 420);
INSERT INTO Mills VALUES (2, 'Pennine Cloth Works', 'Huddersfield', 'United Kingdom', '1891', 260);
INSERT INTO Mills VALUES (3, 'Tweedside Mill', 'Galashiels', 'United Kingdom', '1838', 140);
INSERT INTO Mills VALUES (4, 'Lanificio Valsesia', 'Biella', 'Italy', '1903', 380);
INSERT INTO Mills VALUES (5, 'Tessitura Comasca', 'Como', 'Italy', '1921', 310);
INSERT INTO Mills VALUES (6, 'Filatura del Bisenzio', 'Prato', 'Italy', '1889', 225);
INSERT INTO Mills VALUES (7, 'Coimbatore Textiles', 'Coimbatore', 'India', '1956', 510);
INSERT INTO Mills VALUES (8, 'Surat Silk Looms', 'Surat', 'India', '1972', 455);
INSERT INTO Mills VALUES (9, 'Ludhiana Woollen Mills', 'Ludhiana', 'India', '1948', 330);
INSERT INTO Mills VALUES (10, 'Fabrica Textil do Ave', 'Guimaraes', 'Portugal', '1896', 275);
INSERT INTO Mills VALUES (11, 'Covilha Lanificios', 'Covilha', 'Portugal', NULL, 190);
INSERT INTO Mills VALUES (12, 'Bursa Dokuma', 'Bursa', 'Turkey', '1965', 360);
INSERT INTO Mills VALUES (13, 'Nishijin Orimono', 'Kyoto', 'Japan', '1932', 95);
INSERT INTO Mills VALUES (14, 'Filature de Roubaix', 'Roubaix', 'France', '1867', 170);
INSERT INTO Mills VALUES (15, 'Denizli Pamuk', 'Denizli', 'Turkey', '1979', 295);

INSERT INTO Ref_Fibre_Types VALUES ('COT', 'Cotton');
INSERT INTO Ref_Fibre_Types VALUES ('WOL', 'Wool');
INSERT INTO Ref_Fibre_Types VALUES ('LIN', 'Linen');
INSERT INTO Ref_Fibre_Types VALUES ('SLK', 'Silk');
INSERT INTO Ref_Fibre_Types VALUES ('POL', 'Polyester');
INSERT INTO Ref_Fibre_Types VALUES ('VIS', 'Viscose');
INSERT INTO Ref_Fibre_Types VALUES ('HMP', 'Hemp');
INSERT INTO Ref_Fibre_Types VALUES ('CSH', 'Cashmere');

INSERT INTO Fabrics VALUES (1, 'Oxford Shirting', 'COT', 135, 7.8);
INSERT INTO Fabrics VALUES (2, 'Denim Twill', 'COT', 380, 9.5);
INSERT INTO Fabrics VALUES (3, 'Poplin', 'COT', 110, 6.2);
INSERT INTO Fabrics VALUES (4, 'Chambray', 'COT', 140, 7.1);
INSERT INTO Fabrics VALUES (5, 'Seersucker', 'COT', 125, 8.4);
INSERT INTO Fabrics VALUES (6, 'Flannel', 'WOL', 280, 18.9);
INSERT INTO Fabrics VALUES (7, 'Gabardine', 'WOL', 260, 21.5);
INSERT INTO Fabrics VALUES (8, 'Herringbone Tweed', 'WOL', 420, 26.0);
INSERT INTO Fabrics VALUES (9, 'Worsted Serge', 'WOL', 300, 23.75);
INSERT INTO Fabrics VALUES (10, 'Linen Canvas', 'LIN', 340, 14.6);
INSERT INTO Fabrics VALUES (11, 'Handkerchief Linen', 'LIN', 95, 12.3);
INSERT INTO Fabrics VALUES (12, 'Crepe de Chine', 'SLK', 70, 38.0);
INSERT INTO Fabrics VALUES (13, 'Silk Dupioni', 'SLK', 120, 44.5);
INSERT INTO Fabrics VALUES (14, 'Silk Organza', 'SLK', 45, 31.2);
INSERT INTO Fabrics VALUES (15, 'Poly Satin', 'POL', 105, 4.9);
INSERT INTO Fabrics VALUES (16, 'Georgette', 'POL', 80, NULL);
INSERT INTO Fabrics VALUES (17, 'Viscose Challis', 'VIS', 115, 6.75);
INSERT INTO Fabrics VALUES (18, 'Hemp Twill', 'HMP', 230, 16.4);
INSERT INTO Fabrics VALUES (19, 'Cotton Velvet', 'COT', NULL, 19.8);
INSERT INTO Fabrics VALUES (20, 'Cotton Voile', 'COT', 65, 5.6);

INSERT INTO Weavers VALUES (1, 'Margaret Holt', 58, 1, 34, 'Morning');
INSERT INTO Weavers VALUES (2, 'Thomas Ashby', 41, 1, 19, 'Afternoon');
INSERT INTO Weavers VALUES (3, 'Ellen Brierley', 29, 1, 7, 'Night');
INSERT INTO Weavers VALUES (4, 'George Haigh', 47, 2, 22, 'Morning');
INSERT INTO Weavers VALUES (5, 'Susan Crowther', 36, 2, 12, NULL);
INSERT INTO Weavers VALUES (6, 'Alasdair Scott', 63, 3, 41, 'Morning');
INSERT INTO Weavers VALUES (7, 'Fiona Rutherford', 38, 3, 15, 'Afternoon');
INSERT INTO Weavers VALUES (8, 'Giulia Ferraris', 44, 4, 20, 'Morning');
INSERT INTO Weavers VALUES (9, 'Marco Sella', 27, 4, 4, 'Night');
INSERT INTO Weavers VALUES (10, 'Paola Zegna', 52, 4, 30, 'Afternoon');
INSERT INTO Weavers VALUES (11, 'Luca Bernasconi', 57, 5, 33, 'Morning');
INSERT INTO Weavers VALUES (12, 'Chiara Molteni', 33, 5, 9, 'Night');
INSERT INTO Weavers VALUES (13, 'Franco Bianchi', 49, 6, 26, 'Afternoon');
INSERT INTO Weavers VALUES (14, 'Ravi Subramanian', 39, 7, 16, 'Night');
INSERT INTO Weavers VALUES (15, 'Lakshmi Narayanan', 31, 7, 8, 'Morning');
INSERT INTO Weavers VALUES (16, 'Karthik Rajan', 24, 7, 2, 'Night');
INSERT INTO Weavers VALUES (17, 'Meena Patel', 45, 8, 21, 'Morning');
INSERT INTO Weavers VALUES (18, 'Arjun Desai', 35, 8, NULL, 'Afternoon');
INSERT INTO Weavers VALUES (19, 'Harpreet Singh', 50, 9, 27, 'Night');
INSERT INTO Weavers VALUES (20, 'Gurdeep Kaur', 26, 9, 3, 'Morning');
INSERT INTO Weavers VALUES (21, 'Joao Ferreira', 54, 10, 31, 'Afternoon');
INSERT INTO Weavers VALUES (22, 'Ana Oliveira', 32, 10, 10, 'Morning');
INSERT INTO Weavers VALUES (23, 'Rui Matos', 43, 11, 18, NULL);
INSERT INTO Weavers VALUES (24, 'Mehmet Yilmaz', 46, 12, 23, 'Night');
INSERT INTO Weavers VALUES (25, 'Ayse Demir', 30, 12, 6, 'Morning');
INSERT INTO Weavers VALUES (26, 'Emre Kaya', 37, 12, 13, 'Afternoon');
INSERT INTO Weavers VALUES (27, 'Rebecca Firth', 22, 2, 1, 'Night');
INSERT INTO Weavers VALUES (28, 'Sofia Conti', 40, 6, 17, 'Morning');

INSERT INTO Clients VALUES (1, 'Harrington & Pryce Tailors', 'London', 'United Kingdom', NULL);
INSERT INTO Clients VALUES (2, 'Savile Cloth Co', 'Leeds', 'United Kingdom', 'Bespoke suiting only');
INSERT INTO Clients VALUES (3, 'Moda Lombarda', 'Milan', 'Italy', NULL);
INSERT INTO Clients VALUES (4, 'Atelier Rivoli', 'Paris', 'France', NULL);
INSERT INTO Clients VALUES (5, 'Maison Beaulieu', 'Lyon', 'France', 'Requires sample swatches');
INSERT INTO Clients VALUES (6, 'Hansen Bekleidung', 'Hamburg', 'Germany', NULL);
INSERT INTO Clients VALUES (7, 'Rheinwerk Textil', 'Cologne', 'Germany', NULL);
INSERT INTO Clients VALUES (8, 'Bavaria Trachten', 'Munich', 'Germany', NULL);
INSERT INTO Clients VALUES (9, 'Northfield Apparel', 'New York', 'United States', NULL);
INSERT INTO Clients VALUES (10, 'Pacific Thread Co', 'San Francisco', 'United States', 'Net 60 payment terms');
INSERT INTO Clients VALUES (11, 'Kimura Fashion House', 'Tokyo', 'Japan', NULL);
INSERT INTO Clients VALUES (12, 'Van der Berg Mode', 'Amsterdam', 'Netherlands', NULL);
INSERT INTO Clients VALUES (13, 'Textiles Alhambra', 'Madrid', 'Spain', NULL);
INSERT INTO Clients VALUES (14, 'Brandt Interiors', 'Berlin', 'Germany', NULL);
INSERT INTO Clients VALUES (15, 'Costa Brava Linens', 'Barcelona', 'Spain', NULL);

INSERT INTO Production_Orders VALUES (1, 12, 20, 5, '2022-05-03', 425, 'DONE');
INSERT INTO Production_Orders VALUES (2, 12, 13, 9, '2023-11-10', 2050, 'DONE');
INSERT INTO Production_Orders VALUES (3, 1, 16, 3, '2022-12-19', 500, 'DONE');
INSERT INTO Production_Orders VALUES (4, 1, 13, 8, '2023-08-10', 3650, 'SHIP');
INSERT INTO Production_Orders VALUES (5, 13, 2, 11, '2022-05-13', 1450, 'CANC');
INSERT INTO Production_Orders VALUES (6, 13, 17, 8, '2022-06-27', 1000, 'DONE');
INSERT INTO Production_Orders VALUES (7, 12, 9, 10, '2023-03-08', 775, 'SHIP');
INSERT INTO Production_Orders VALUES (8, 13, 11, 4, '2023-09-01', 2250, 'SHIP');
INSERT INTO Production_Orders VALUES (9, 3, 2, 7, '2024-09-12', 2800, 'DONE');
INSERT INTO Production_Orders VALUES (10, 9, 8, 4, '2023-12-12', 525, 'DONE');
INSERT INTO Production_Orders VALUES (11, 3, 6, 9, '2023-10-23', 925, 'PROG');
INSERT INTO Production_Orders VALUES (12, 7, 4, 9, '2024-08-24', 1625, 'DONE');
INSERT INTO Production_Orders VALUES (13, 3, 12, 8, '2023-12-15', 3450, 'SHIP');
INSERT INTO Production_Orders VALUES (14, 8, 9, 11, '2022-10-06', 2950, 'DONE');
INSERT INTO Production_Orders VALUES (15, 9, 10, 8, '2023-09-17', 300, 'PROG');
INSERT INTO Production_Orders VALUES (16, 9, 16, 4, '2022-08-22', 2850, 'CANC');
INSERT INTO Production_Orders VALUES (17, 7, 20, 1, '2022-01-03', 2350, 'SHIP');
INSERT INTO Production_Orders VALUES (18, 9, 6, 12, '2023-09-20', 1375, 'SHIP');
INSERT INTO Production_Orders VALUES (19, 11, 6, 3, '2022-06-01', 3600, 'DONE');
INSERT INTO Production_Orders VALUES (20, 7, 12, 5, '2024-10-04', 2850, 'PEND');
INSERT INTO Production_Orders VALUES (21, 3, 13, 5, '2023-02-09', 1300, 'SHIP');
INSERT INTO Production_Orders VALUES (22, 10, 15, 12, '2023-01-08', 2150, 'DONE');
INSERT INTO Production_Orders VALUES (23, 12, 7, 7, '2024-04-15', 1150, 'SHIP');
INSERT INTO Production_Orders VALUES (24, 13, 12, 5, '2022-08-08', 3450, 'DONE');
INSERT INTO Production_Orders VALUES (25, 7, 12, 7, '2024-02-15', 650, 'DONE');
INSERT INTO Production_Orders VALUES (26, 5, 2, 8, '2023-07-23', 2050, 'PEND');
INSERT INTO Production_Orders VALUES (27, 3, 10, 2, '2023-08-03', 825, 'PEND');
INSERT INTO Production_Orders VALUES (28, 11, 14, 12, '2023-07-10', 1425, 'DONE');
INSERT INTO Production_Orders VALUES (29, 12, 10, 3, '2023-02-18', 2125, 'PEND');
INSERT INTO Production_Orders VALUES (30, 6, 7, 4, '2023-10-28', 650, 'SHIP');
INSERT INTO Production_Orders VALUES (31, 7, 7, 11, '2024-12-15', 2250, 'DONE');
INSERT INTO Production_Orders VALUES (32, 3, 8, 3, '2022-06-24', 2375, 'DONE');
INSERT INTO Production_Orders VALUES (33, 6, 9, 1, '2024-07-20', 3025, 'PROG');
INSERT INTO Production_Orders VALUES (34, 4, 18, 11, '2024-12-18', 3425, 'PEND');

INSERT INTO Order_Weavers VALUES (1, 11, 62.5);
INSERT INTO Order_Weavers VALUES (1, 12, 108.5);
INSERT INTO Order_Weavers VALUES (2, 19, 83.5);
INSERT INTO Order_Weavers VALUES (3, 6, 48.5);
INSERT INTO Order_Weavers VALUES (3, 7, 115.0);
INSERT INTO Order_Weavers VALUES (4, 18, 44.5);
INSERT INTO Order_Weavers VALUES (6, 17, 105.5);
INSERT INTO Order_Weavers VALUES (6, 18, 96.5);
INSERT INTO Order_Weavers VALUES (7, 22, 68.0);
INSERT INTO Order_Weavers VALUES (8, 8, 29.5);
INSERT INTO Order_Weavers VALUES (8, 9, 84.5);
INSERT INTO Order_Weavers VALUES (9, 15, 8.0);
INSERT INTO Order_Weavers VALUES (10, 8, 45.0);
INSERT INTO Order_Weavers VALUES (10, 9, 46.0);
INSERT INTO Order_Weavers VALUES (11, 19, 25.5);
INSERT INTO Order_Weavers VALUES (11, 20, 51.0);
INSERT INTO Order_Weavers VALUES (12, 19, 13.0);
INSERT INTO Order_Weavers VALUES (12, 20, 61.0);
INSERT INTO Order_Weavers VALUES (13, 17, 80.5);
INSERT INTO Order_Weavers VALUES (13, 18, 117.0);
INSERT INTO Order_Weavers VALUES (14, 23, 13.0);
INSERT INTO Order_Weavers VALUES (15, 17, 37.0);
INSERT INTO Order_Weavers VALUES (17, 2, 82.5);
INSERT INTO Order_Weavers VALUES (17, 3, 93.5);
INSERT INTO Order_Weavers VALUES (18, 24, 111.0);
INSERT INTO Order_Weavers VALUES (18, 26, 53.5);
INSERT INTO Order_Weavers VALUES (19, 6, 100.5);
INSERT INTO Order_Weavers VALUES (21, 11, 74.0);
INSERT INTO Order_Weavers VALUES (21, 12, 103.0);
INSERT INTO Order_Weavers VALUES (22, 25, 26.0);
INSERT INTO Order_Weavers VALUES (23, 15, 17.5);
INSERT INTO Order_Weavers VALUES (24, 12, 79.0);
INSERT INTO Order_Weavers VALUES (25, 15, 99.5);
INSERT INTO Order_Weavers VALUES (28, 26, 56.5);
INSERT INTO Order_Weavers VALUES (30, 9, 76.5);
INSERT INTO Order_Weavers VALUES (30, 10, 65.5);
INSERT INTO Order_Weavers VALUES (31, 23, 24.0);
INSERT INTO Order_Weavers VALUES (32, 6, 49.5);
INSERT INTO Order_Weavers VALUES (32, 7, 95.5);
INSERT INTO Order_Weavers VALUES (33, 1, 114.0);
INSERT INTO Order_Weavers VALUES (33, 2, 35.0);
INSERT INTO Order_Weavers VALUES (33, 3, 112.5);

INSERT INTO Shipments VALUES (1, 4, 11, '2023-09-15', 4725);
INSERT INTO Shipments VALUES (2, 12, 10, '2023-03-26', 4625);
INSERT INTO Shipments VALUES (3, 2, 14, '2023-07-13', 3525);
INSERT INTO Shipments VALUES (4, 10, 5, '2023-02-09', 1300);
INSERT INTO Shipments VALUES (5, 1, 11, '2023-07-23', 4600);
INSERT INTO Shipments VALUES (6, 7, 6, '2023-12-05', 2300);
INSERT INTO Shipments VALUES (7, 8, 13, '2023-03-19', 4525);
INSERT INTO Shipments VALUES (8, 12, 11, '2023-09-19', 4425);
INSERT INTO Shipments VALUES (9, 5, 11, '2023-03-14', 3075);
INSERT INTO Shipments VALUES (10, 12, 2, '2023-10-05', 2425);
INSERT INTO Shipments VALUES (11, 5, 1, '2023-03-12', 4625);
INSERT INTO Shipments VALUES (12, 10, 6, '2023-01-16', 4850);
INSERT INTO Shipments VALUES (13, 2, 4, '2023-02-06', 2275);
INSERT INTO Shipments VALUES (14, 12, 11, '2023-12-17', 3400);
INSERT INTO Shipments VALUES (15, 1, 2, '2023-05-05', 1725);
INSERT INTO Shipments VALUES (16, 4, 2, '2023-07-03', 1825);
INSERT INTO Shipments VALUES (17, 8, 10, '2023-01-07', 1225);
INSERT INTO Shipments VALUES (18, 10, 5, '2023-09-10', 1400);
INSERT INTO Shipments VALUES (19, 7, 11, '2023-06-09', 3775);
INSERT INTO Shipments VALUES (20, 7, 5, '2023-01-28', 2750);
