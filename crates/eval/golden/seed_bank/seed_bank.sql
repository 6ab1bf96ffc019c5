PRAGMA foreign_keys = ON;
CREATE TABLE Seed_Banks (
  Bank_ID INTEGER PRIMARY KEY,
  Bank_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Founded_Year TEXT,
  Storage_Capacity INTEGER
);
CREATE TABLE Ref_Plant_Families (
  family_code TEXT PRIMARY KEY,
  family_description TEXT
);
CREATE TABLE Plant_Species (
  Species_ID INTEGER PRIMARY KEY,
  Common_Name TEXT,
  Latin_Name TEXT,
  family_code TEXT,
  Endangered_Flag TEXT,
  FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);
CREATE TABLE Seed_Lots (
  Lot_ID INTEGER PRIMARY KEY,
  Species_ID INTEGER,
  Bank_ID INTEGER,
  Deposit_Date TEXT,
  Number_of_Seeds INTEGER,
  Germination_Rate REAL,
  other_details TEXT,
  FOREIGN KEY (Species_ID) REFERENCES Plant_Species(Species_ID),
  FOREIGN KEY (Bank_ID) REFERENCES Seed_Banks(Bank_ID)
);
CREATE TABLE Collectors (
  Collector_ID INTEGER PRIMARY KEY,
  Name TEXT,
  Nationality TEXT,
  Age INTEGER
);
CREATE TABLE Lot_Collectors (
  Collector_ID INTEGER,
  Lot_ID INTEGER,
  PRIMARY KEY (Collector_ID, Lot_ID),
  FOREIGN KEY (Collector_ID) REFERENCES Collectors(Collector_ID),
  FOREIGN KEY (Lot_ID) REFERENCES Seed_Lots(Lot_ID)
);
CREATE TABLE Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  Lot_ID INTEGER,
  From_Bank_ID INTEGER,
  To_Bank_ID INTEGER,
  Transfer_Date TEXT,
  Quantity INTEGER,
  FOREIGN KEY (From_Bank_ID) REFERENCES Seed_Banks(Bank_ID),
  FOREIGN KEY (To_Bank_ID) REFERENCES Seed_Banks(Bank_ID)
);
INSERT INTO Seed_Banks VALUES (1, 'Svalbard Global Seed Vault', 'Longyearbyen', 'Norway', '2008', 4500000);
INSERT INTO Seed_Banks VALUES (2, 'Millennium Seed Bank', 'Ardingly', 'United Kingdom', '2000', 2400000);
INSERT INTO Seed_Banks VALUES (3, 'Vavilov Institute Seed Bank', 'Saint Petersburg', 'Russia', '1921', 320000);
INSERT INTO Seed_Banks VALUES (4, 'National Center for Genetic Resources Preservation', 'Fort Collins', 'United States', '1958', 1500000);
INSERT INTO Seed_Banks VALUES (5, 'Australian PlantBank', 'Sydney', 'Australia', '2013', 150000);
INSERT INTO Seed_Banks VALUES (6, 'Germplasm Bank of Wild Species', 'Kunming', 'China', '2007', 800000);
INSERT INTO Seed_Banks VALUES (7, 'Desert Botanical Seed Bank', 'Phoenix', 'United States', '1939', 45000);
INSERT INTO Seed_Banks VALUES (8, 'Nordic Genetic Resource Center', 'Alnarp', 'Sweden', '1979', 260000);
INSERT INTO Seed_Banks VALUES (9, 'Madrid Germplasm Bank', 'Madrid', 'Spain', '1966', 120000);
INSERT INTO Seed_Banks VALUES (10, 'Canarian Seed Bank', 'Las Palmas', 'Spain', '1983', NULL);
INSERT INTO Seed_Banks VALUES (11, 'Embrapa Genetic Resources Bank', 'Brasilia', 'Brazil', '1974', 700000);
INSERT INTO Seed_Banks VALUES (12, 'Kirstenbosch Seed Room', 'Cape Town', 'South Africa', '1996', 60000);
INSERT INTO Seed_Banks VALUES (13, 'National Genebank of India', 'New Delhi', 'India', '1996', 1100000);
INSERT INTO Seed_Banks VALUES (14, 'Leibniz Genebank', 'Gatersleben', 'Germany', '1943', 540000);
INSERT INTO Ref_Plant_Families VALUES ('AST', 'Asteraceae, the daisy and sunflower family');
INSERT INTO Ref_Plant_Families VALUES ('FAB', 'Fabaceae, legumes such as peas and beans');
INSERT INTO Ref_Plant_Families VALUES ('POA', 'Poaceae, the true grasses including cereals');
INSERT INTO Ref_Plant_Families VALUES ('ROS', 'Rosaceae, roses and many fruit trees');
INSERT INTO Ref_Plant_Families VALUES ('SOL', 'Solanaceae, the nightshade family');
INSERT INTO Ref_Plant_Families VALUES ('BRA', 'Brassicaceae, mustards and cabbages');
INSERT INTO Ref_Plant_Families VALUES ('ORC', 'Orchidaceae, the orchid family');
INSERT INTO Ref_Plant_Families VALUES ('LAM', 'Lamiaceae, mints and aromatic herbs');
INSERT INTO Ref_Plant_Families VALUES ('CAC', 'Cactaceae, cacti of the Americas');
INSERT INTO Ref_Plant_Families VALUES ('MYR', 'Myrtaceae, myrtles and eucalypts');
INSERT INTO Ref_Plant_Families VALUES ('API', 'Apiaceae, carrots and umbellifers');
INSERT INTO Plant_Species VALUES (1, 'Sunflower', 'Helianthus annuus', 'AST', 'N');
INSERT INTO Plant_Species VALUES (2, 'Common Daisy', 'Bellis perennis', 'AST', 'N');
INSERT INTO Plant_Species VALUES (3, 'Mountain Arnica', 'Arnica montana', 'AST', 'Y');
INSERT INTO Plant_Species VALUES (4, 'Chickpea', 'Cicer arietinum', 'FAB', 'N');
INSERT INTO Plant_Species VALUES (5, 'Lentil', 'Lens culinaris', 'FAB', 'N');
INSERT INTO Plant_Species VALUES (6, 'Wild Soybean', 'Glycine soja', 'FAB', 'Y');
INSERT INTO Plant_Species VALUES (7, 'Bread Wheat', 'Triticum aestivum', 'POA', 'N');
INSERT INTO Plant_Species VALUES (8, 'Asian Rice', 'Oryza sativa', 'POA', 'N');
INSERT INTO Plant_Species VALUES (9, 'Texas Wild Rice', 'Zizania texana', 'POA', 'Y');
INSERT INTO Plant_Species VALUES (10, 'Sorghum', 'Sorghum bicolor', 'POA', 'N');
INSERT INTO Plant_Species VALUES (11, 'Dog Rose', 'Rosa canina', 'ROS', 'N');
INSERT INTO Plant_Species VALUES (12, 'Wild Apple', 'Malus sieversii', 'ROS', 'Y');
INSERT INTO Plant_Species VALUES (13, 'Tomato', 'Solanum lycopersicum', 'SOL', 'N');
INSERT INTO Plant_Species VALUES (14, 'Wild Potato', 'Solanum commersonii', 'SOL', 'N');
INSERT INTO Plant_Species VALUES (15, 'Wild Cabbage', 'Brassica oleracea', 'BRA', 'N');
INSERT INTO Plant_Species VALUES (16, 'Lady''s Slipper Orchid', 'Cypripedium calceolus', 'ORC', 'Y');
INSERT INTO Plant_Species VALUES (17, 'Ghost Orchid', 'Dendrophylax lindenii', 'ORC', 'Y');
INSERT INTO Plant_Species VALUES (18, 'Bee Orchid', 'Ophrys apifera', 'ORC', 'N');
INSERT INTO Plant_Species VALUES (19, 'Lavender', 'Lavandula angustifolia', 'LAM', 'N');
INSERT INTO Plant_Species VALUES (20, 'Sweet Basil', 'Ocimum basilicum', 'LAM', 'N');
INSERT INTO Plant_Species VALUES (21, 'Saguaro', 'Carnegiea gigantea', 'CAC', 'N');
INSERT INTO Plant_Species VALUES (22, 'Star Cactus', 'Astrophytum asterias', 'CAC', 'Y');
INSERT INTO Plant_Species VALUES (23, 'Mountain Ash', 'Eucalyptus regnans', 'MYR', 'N');
INSERT INTO Plant_Species VALUES (24, 'Lemon Myrtle', 'Backhousia citriodora', 'MYR', 'N');
INSERT INTO Seed_Lots VALUES (1, 1, 1, '2005-03-26', 41300, NULL, NULL);
INSERT INTO Seed_Lots VALUES (2, 2, 2, '2011-03-28', 11800, 0.92, NULL);
INSERT INTO Seed_Lots VALUES (3, 3, 3, '2016-07-27', 35900, 0.49, NULL);
INSERT INTO Seed_Lots VALUES (4, 4, 4, '2012-04-08', 46300, 0.92, NULL);
INSERT INTO Seed_Lots VALUES (5, 5, 5, '2020-07-16', 19800, 0.63, NULL);
INSERT INTO Seed_Lots VALUES (6, 6, 6, '2005-05-16', 47900, 0.61, NULL);
INSERT INTO Seed_Lots VALUES (7, 7, 7, '2016-01-16', 31200, 0.76, NULL);
INSERT INTO Seed_Lots VALUES (8, 8, 8, '2007-02-08', 43000, 0.56, NULL);
INSERT INTO Seed_Lots VALUES (9, 9, 9, '2008-06-01', 21900, 0.7, NULL);
INSERT INTO Seed_Lots VALUES (10, 10, 10, '2014-03-04', 37500, 0.85, 'Wild-collected, mixed provenance');
INSERT INTO Seed_Lots VALUES (11, 11, 11, '2009-10-11', 25100, 0.56, NULL);
INSERT INTO Seed_Lots VALUES (12, 12, 13, '2020-01-18', 10100, 0.5, NULL);
INSERT INTO Seed_Lots VALUES (13, 13, 5, '2019-01-21', 39000, 0.97, NULL);
INSERT INTO Seed_Lots VALUES (14, 14, 1, '2019-04-19', 42900, NULL, NULL);
INSERT INTO Seed_Lots VALUES (15, 15, 1, '2021-04-13', 15900, 0.66, 'Partial viability test pending');
INSERT INTO Seed_Lots VALUES (16, 16, 1, '2018-10-15', 26000, NULL, 'Requires regeneration');
INSERT INTO Seed_Lots VALUES (17, 18, 6, '2010-08-28', 20100, 0.71, 'Requires regeneration');
INSERT INTO Seed_Lots VALUES (18, 19, 10, '2010-12-09', 25300, 0.44, NULL);
INSERT INTO Seed_Lots VALUES (19, 21, 10, '2018-03-22', 16600, NULL, 'Stored at -18 C');
INSERT INTO Seed_Lots VALUES (20, 23, 6, '2021-03-09', 900, NULL, NULL);
INSERT INTO Seed_Lots VALUES (21, 24, 13, '2017-11-15', 41400, 0.47, NULL);
INSERT INTO Seed_Lots VALUES (22, 9, 1, '2019-07-10', 40300, NULL, NULL);
INSERT INTO Seed_Lots VALUES (23, 4, 1, '2016-12-04', 35600, 0.74, NULL);
INSERT INTO Seed_Lots VALUES (24, 6, 4, '2015-04-05', 44600, 0.85, NULL);
INSERT INTO Seed_Lots VALUES (25, 16, 4, '2006-12-16', 12500, 0.75, NULL);
INSERT INTO Seed_Lots VALUES (26, 7, 7, '2014-09-11', 16100, NULL, NULL);
INSERT INTO Seed_Lots VALUES (27, 2, 6, '2015-02-28', 9100, 0.85, NULL);
INSERT INTO Seed_Lots VALUES (28, 18, 3, '2013-02-01', 7900, 0.76, 'Requires regeneration');
INSERT INTO Seed_Lots VALUES (29, 24, 6, '2021-04-04', 11000, 0.46, 'Duplicate of earlier deposit');
INSERT INTO Seed_Lots VALUES (30, 12, 3, '2010-04-18', 35300, 0.64, NULL);
INSERT INTO Seed_Lots VALUES (31, 14, 7, '2014-02-20', 47400, 0.62, NULL);
INSERT INTO Seed_Lots VALUES (32, 19, 5, '2017-12-03', 16200, NULL, NULL);
INSERT INTO Collectors VALUES (1, 'Ingrid Solberg', 'Norway', 47);
INSERT INTO Collectors VALUES (2, 'Thomas Whitfield', 'United Kingdom', 62);
INSERT INTO Collectors VALUES (3, 'Olga Petrova', 'Russia', 55);
INSERT INTO Collectors VALUES (4, 'Daniel Okafor', 'Nigeria', 34);
INSERT INTO Collectors VALUES (5, 'Maria Fernandes', 'Brazil', 41);
INSERT INTO Collectors VALUES (6, 'Li Wei', 'China', 38);
INSERT INTO Collectors VALUES (7, 'Carlos Mendoza', 'Mexico', 69);
INSERT INTO Collectors VALUES (8, 'Emily Carter', 'United States', 29);
INSERT INTO Collectors VALUES (9, 'Rajesh Kumar', 'India', 52);
INSERT INTO Collectors VALUES (10, 'Sofia Lindqvist', 'Sweden', 36);
INSERT INTO Collectors VALUES (11, 'Jack O''Brien', 'Australia', 58);
INSERT INTO Collectors VALUES (12, 'Ana Ruiz', 'Spain', 44);
INSERT INTO Collectors VALUES (13, 'Pedro Almeida', 'Brazil', 66);
INSERT INTO Collectors VALUES (14, 'Hannah Weber', 'Germany', 51);
INSERT INTO Collectors VALUES (15, 'James Mitchell', 'United States', 73);
INSERT INTO Collectors VALUES (16, 'Yuki Tanaka', 'Japan', 31);
INSERT INTO Lot_Collectors VALUES (13, 1);
INSERT INTO Lot_Collectors VALUES (9, 2);
INSERT INTO Lot_Collectors VALUES (3, 3);
INSERT INTO Lot_Collectors VALUES (8, 4);
INSERT INTO Lot_Collectors VALUES (5, 5);
INSERT INTO Lot_Collectors VALUES (13, 5);
INSERT INTO Lot_Collectors VALUES (6, 6);
INSERT INTO Lot_Collectors VALUES (9, 6);
INSERT INTO Lot_Collectors VALUES (12, 7);
INSERT INTO Lot_Collectors VALUES (14, 8);
INSERT INTO Lot_Collectors VALUES (14, 9);
INSERT INTO Lot_Collectors VALUES (9, 10);
INSERT INTO Lot_Collectors VALUES (14, 11);
INSERT INTO Lot_Collectors VALUES (14, 12);
INSERT INTO Lot_Collectors VALUES (6, 13);
INSERT INTO Lot_Collectors VALUES (1, 14);
INSERT INTO Lot_Collectors VALUES (13, 14);
INSERT INTO Lot_Collectors VALUES (2, 15);
INSERT INTO Lot_Collectors VALUES (1, 16);
INSERT INTO Lot_Collectors VALUES (5, 16);
INSERT INTO Lot_Collectors VALUES (11, 17);
INSERT INTO Lot_Collectors VALUES (5, 18);
INSERT INTO Lot_Collectors VALUES (15, 18);
INSERT INTO Lot_Collectors VALUES (4, 19);
INSERT INTO Lot_Collectors VALUES (3, 20);
INSERT INTO Lot_Collectors VALUES (5, 20);
INSERT INTO Lot_Collectors VALUES (13, 21);
INSERT INTO Lot_Collectors VALUES (15, 22);
INSERT INTO Lot_Collectors VALUES (4, 23);
INSERT INTO Lot_Collectors VALUES (7, 24);
INSERT INTO Lot_Collectors VALUES (11, 24);
INSERT INTO Lot_Collectors VALUES (4, 25);
INSERT INTO Lot_Collectors VALUES (5, 26);
INSERT INTO Lot_Collectors VALUES (5, 27);
INSERT INTO Lot_Collectors VALUES (11, 27);
INSERT INTO Lot_Collectors VALUES (12, 28);
INSERT INTO Lot_Collectors VALUES (5, 29);
INSERT INTO Lot_Collectors VALUES (5, 30);
INSERT INTO Lot_Collectors VALUES (9, 31);
INSERT INTO Lot_Collectors VALUES (12, 32);
INSERT INTO Transfers VALUES (1, 12, 13, 1, '2021-04-06', 400);
INSERT INTO Transfers VALUES (2, 22, 1, 5, '2022-12-09', 7000);
INSERT INTO Transfers VALUES (3, 30, 3, 13, '2011-03-18', 3200);
INSERT INTO Transfers VALUES (4, 18, 10, 4, '2013-09-20', 1300);
INSERT INTO Transfers VALUES (5, 14, 1, 7, '2021-07-04', 8300);
INSERT INTO Transfers VALUES (6, 31, 7, 5, '2015-06-13', 1900);
INSERT INTO Transfers VALUES (7, 24, 4, 7, '2017-07-18', 8800);
INSERT INTO Transfers VALUES (8, 29, 6, 9, '2023-07-16', 2200);
INSERT INTO Transfers VALUES (9, 14, 1, 13, '2022-04-23', 8000);
INSERT INTO Transfers VALUES (10, 7, 7, 5, '2019-02-15', 3100);
INSERT INTO Transfers VALUES (11, 15, 1, 2, '2024-10-23', 300);
INSERT INTO Transfers VALUES (12, 1, 1, 9, '2006-12-03', 7200);
INSERT INTO Transfers VALUES (13, 10, 10, 13, '2015-02-15', 6500);
INSERT INTO Transfers VALUES (14, 17, 6, 9, '2013-08-04', 3700);
INSERT INTO Transfers VALUES (15, 28, 3, 12, '2016-04-28', 200);
INSERT INTO Transfers VALUES (16, 31, 7, 13, '2016-10-14', 2600);
INSERT INTO Transfers VALUES (17, 32, 5, 9, '2018-10-03', 1100);
INSERT INTO Transfers VALUES (18, 18, 10, 9, '2013-01-10', 2600);
INSERT INTO Transfers VALUES (19, 15, 1, 5, '2024-10-22', 2200);
INSERT INTO Transfers VALUES (20, 21, 13, 4, '2018-10-07', 3700);
