PRAGMA foreign_keys = ON;

CREATE TABLE Bakeries (
  Bakery_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  City TEXT NOT NULL,
  Country TEXT NOT NULL,
  Opened_Year TEXT,
  Floor_Area REAL
);

CREATE TABLE Bakers (
  Baker_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Bakery_ID INTEGER NOT NULL,
  Years_Experience INTEGER,
  Shift TEXT,
  FOREIGN KEY (Bakery_ID) REFERENCES Bakeries(Bakery_ID)
);

CREATE TABLE Ref_Product_Categories (
  category_code TEXT PRIMARY KEY,
  category_description TEXT NOT NULL
);

CREATE TABLE Products (
  Product_ID INTEGER PRIMARY KEY,
  Product_Name TEXT NOT NULL,
  category_code TEXT NOT NULL,
  Price REAL NOT NULL,
  Weight_Grams INTEGER,
  other_details TEXT,
  FOREIGN KEY (category_code) REFERENCES Ref_Product_Categories(category_code)
);

CREATE TABLE Ingredients (
  Ingredient_ID INTEGER PRIMARY KEY,
  Ingredient_Name TEXT NOT NULL,
  Supplier_Country TEXT,
  Cost_per_kg REAL
);

CREATE TABLE Product_Ingredients (
  Product_ID INTEGER NOT NULL,
  Ingredient_ID INTEGER NOT NULL,
  Quantity_Grams INTEGER NOT NULL,
  PRIMARY KEY (Product_ID, Ingredient_ID),
  FOREIGN KEY (Product_ID) REFERENCES Products(Product_ID),
  FOREIGN KEY (Ingredient_ID) REFERENCES Ingredients(Ingredient_ID)
);

CREATE TABLE Daily_Sales (
  Sale_ID INTEGER PRIMARY KEY,
  Bakery_ID INTEGER NOT NULL,
  Product_ID INTEGER NOT NULL,
  Sale_Date TEXT NOT NULL,
  Units_Sold INTEGER NOT NULL
);

CREATE TABLE Stock_Transfers (
  Transfer_ID INTEGER PRIMARY KEY,
  From_Bakery_ID INTEGER NOT NULL,
  To_Bakery_ID INTEGER NOT NULL,
  Product_ID INTEGER NOT NULL,
  Transfer_Date TEXT NOT NULL,
  Units INTEGER NOT NULL,
  FOREIGN KEY (From_Bakery_ID) REFERENCES Bakeries(Bakery_ID),
  FOREIGN KEY (To_Bakery_ID) REFERENCES Bakeries(Bakery_ID),
  FOREIGN KEY (Product_ID) REFERENCES Products(Product_ID)
);

INSERT INTO Bakeries VALUES (1, 'Maison Dorée', 'Paris', 'France', '1998', 142.5);
INSERT INTO Bakeries VALUES (2, 'Le Fournil du Marais', 'Paris', 'France', '2011', 96.0);
INSERT INTO Bakeries VALUES (3, 'Boulangerie Saint-Jean', 'Lyon', 'France', '2005', 118.0);
INSERT INTO Bakeries VALUES (4, 'Pão Quente', 'Lisbon', 'Portugal', '2014', 88.5);
INSERT INTO Bakeries VALUES (5, 'Forno Antico', 'Rome', 'Italy', '1987', 130.0);
INSERT INTO Bakeries VALUES (6, 'Panificio Verdi', 'Milan', 'Italy', '2009', NULL);
INSERT INTO Bakeries VALUES (7, 'Brotzeit', 'Berlin', 'Germany', '2016', 104.0);
INSERT INTO Bakeries VALUES (8, 'Bäckerei Lindner', 'Munich', 'Germany', '1993', 160.0);
INSERT INTO Bakeries VALUES (9, 'Crumb & Co', 'London', 'United Kingdom', '2018', 72.0);
INSERT INTO Bakeries VALUES (10, 'The Rolling Pin', 'Manchester', 'United Kingdom', '2012', 90.5);
INSERT INTO Bakeries VALUES (11, 'Horno de Leña', 'Madrid', 'Spain', '2001', 125.0);
INSERT INTO Bakeries VALUES (12, 'Forn Barceloneta', 'Barcelona', 'Spain', '2020', 64.0);
INSERT INTO Bakeries VALUES (13, 'De Zoete Oven', 'Amsterdam', 'Netherlands', '2007', 110.0);
INSERT INTO Bakeries VALUES (14, 'Kanelbullen', 'Stockholm', 'Sweden', '2022', NULL);

INSERT INTO Bakers VALUES (1, 'Amélie Moreau', 53, 1, 15, 'Night');
INSERT INTO Bakers VALUES (2, 'Lucas Bernard', 44, 1, 26, 'Night');
INSERT INTO Bakers VALUES (3, 'Sofia Rossi', 43, 1, 14, 'Morning');
INSERT INTO Bakers VALUES (4, 'Matteo Ferrari', 45, 2, 16, 'Afternoon');
INSERT INTO Bakers VALUES (5, 'Hannah Schmidt', 40, 2, 6, NULL);
INSERT INTO Bakers VALUES (6, 'Jonas Becker', 55, 3, 21, 'Afternoon');
INSERT INTO Bakers VALUES (7, 'Olivia Smith', 45, 3, 17, 'Afternoon');
INSERT INTO Bakers VALUES (8, 'Diego García', 49, 4, 24, 'Afternoon');
INSERT INTO Bakers VALUES (9, 'Inês Silva', 39, 4, NULL, 'Night');
INSERT INTO Bakers VALUES (10, 'Pedro Costa', 59, 5, 2, 'Afternoon');
INSERT INTO Bakers VALUES (11, 'Clara Dubois', 32, 5, 14, 'Night');
INSERT INTO Bakers VALUES (12, 'Thomas Müller', 34, 5, 16, 'Morning');
INSERT INTO Bakers VALUES (13, 'Emma Wilson', 52, 6, 6, 'Afternoon');
INSERT INTO Bakers VALUES (14, 'Marco Bianchi', 62, 7, 16, 'Morning');
INSERT INTO Bakers VALUES (15, 'Lena Fischer', 37, 7, 19, 'Afternoon');
INSERT INTO Bakers VALUES (16, 'Hugo Lefèvre', 24, 8, 6, 'Night');
INSERT INTO Bakers VALUES (17, 'Julia Wagner', 33, 8, 15, NULL);
INSERT INTO Bakers VALUES (18, 'Rafael Santos', 37, 9, 15, 'Night');
INSERT INTO Bakers VALUES (19, 'Elena Romano', 47, 10, 23, 'Afternoon');
INSERT INTO Bakers VALUES (20, 'Noah de Vries', 27, 10, 9, 'Afternoon');
INSERT INTO Bakers VALUES (21, 'Chloé Laurent', 24, 11, 6, 'Afternoon');
INSERT INTO Bakers VALUES (22, 'Felix Weber', 35, 11, NULL, 'Night');
INSERT INTO Bakers VALUES (23, 'Marta López', 38, 12, 19, 'Afternoon');
INSERT INTO Bakers VALUES (24, 'Liam Taylor', 34, 13, 14, 'Afternoon');
INSERT INTO Bakers VALUES (25, 'Giulia Conti', 59, 13, 9, 'Night');
INSERT INTO Bakers VALUES (26, 'Oscar Lindqvist', 44, 1, 9, NULL);
INSERT INTO Bakers VALUES (27, 'Nina Jansen', 28, 3, 10, 'Morning');
INSERT INTO Bakers VALUES (28, 'Pablo Martín', 61, 8, 7, 'Night');
INSERT INTO Bakers VALUES (29, 'Sara Andersson', 37, 6, 6, 'Afternoon');
INSERT INTO Bakers VALUES (30, 'Tobias Hoffmann', 44, 11, 24, 'Morning');

INSERT INTO Ref_Product_Categories VALUES ('BRD', 'Breads and loaves');
INSERT INTO Ref_Product_Categories VALUES ('VIE', 'Viennoiserie and laminated pastries');
INSERT INTO Ref_Product_Categories VALUES ('CAK', 'Cakes and tarts');
INSERT INTO Ref_Product_Categories VALUES ('COO', 'Cookies and biscuits');
INSERT INTO Ref_Product_Categories VALUES ('SAV', 'Savoury pastries and sandwiches');
INSERT INTO Ref_Product_Categories VALUES ('GLF', 'Gluten-free range');
INSERT INTO Ref_Product_Categories VALUES ('SEA', 'Seasonal and holiday specialties');

INSERT INTO Products VALUES (1, 'Baguette Tradition', 'BRD', 1.3, 250, NULL);
INSERT INTO Products VALUES (2, 'Sourdough Loaf', 'BRD', 5.2, 800, 'Long fermentation');
INSERT INTO Products VALUES (3, 'Rye Bread', 'BRD', 4.1, 750, NULL);
INSERT INTO Products VALUES (4, 'Ciabatta', 'BRD', 2.4, 300, NULL);
INSERT INTO Products VALUES (5, 'Focaccia Rosmarino', 'BRD', 3.6, 400, 'Olive oil topping');
INSERT INTO Products VALUES (6, 'Butter Croissant', 'VIE', 1.6, 70, NULL);
INSERT INTO Products VALUES (7, 'Pain au Chocolat', 'VIE', 1.9, 80, NULL);
INSERT INTO Products VALUES (8, 'Almond Croissant', 'VIE', 2.8, 110, 'Twice baked');
INSERT INTO Products VALUES (9, 'Kanelbulle', 'VIE', 2.5, 90, NULL);
INSERT INTO Products VALUES (10, 'Pastel de Nata', 'CAK', 1.4, 65, NULL);
INSERT INTO Products VALUES (11, 'Tarte Tatin', 'CAK', 18.5, 900, 'Serves six');
INSERT INTO Products VALUES (12, 'Black Forest Cake', 'CAK', 24.0, 1200, NULL);
INSERT INTO Products VALUES (13, 'Lemon Tart', 'CAK', 3.9, 120, NULL);
INSERT INTO Products VALUES (14, 'Chocolate Chip Cookie', 'COO', 1.8, 60, NULL);
INSERT INTO Products VALUES (15, 'Oat and Raisin Cookie', 'COO', 1.7, 60, NULL);
INSERT INTO Products VALUES (16, 'Almond Biscotti', 'COO', 4.5, 200, 'Pack of ten');
INSERT INTO Products VALUES (17, 'Ham and Cheese Croissant', 'SAV', 3.8, 150, NULL);
INSERT INTO Products VALUES (18, 'Spinach Quiche', 'SAV', 4.6, 220, NULL);
INSERT INTO Products VALUES (19, 'Sausage Roll', 'SAV', 2.9, 130, NULL);
INSERT INTO Products VALUES (20, 'Gluten-Free Brown Loaf', 'GLF', 6.3, 500, 'Certified gluten free');
INSERT INTO Products VALUES (21, 'Stollen', 'SEA', 14.0, 1000, 'December only');
INSERT INTO Products VALUES (22, 'Panettone', 'SEA', 16.5, 1000, 'Imported from Milan');
INSERT INTO Products VALUES (23, 'Hot Cross Bun', 'SEA', 1.5, 75, NULL);
INSERT INTO Products VALUES (24, 'Brioche', 'VIE', 4.2, 400, NULL);
INSERT INTO Products VALUES (25, 'Pretzel', 'BRD', 1.2, 110, NULL);

INSERT INTO Ingredients VALUES (1, 'Wheat Flour', 'France', 0.85);
INSERT INTO Ingredients VALUES (2, 'Rye Flour', 'Germany', 1.1);
INSERT INTO Ingredients VALUES (3, 'Butter', 'France', 8.4);
INSERT INTO Ingredients VALUES (4, 'Sugar', 'Germany', 0.95);
INSERT INTO Ingredients VALUES (5, 'Dark Chocolate', 'Belgium', 12.5);
INSERT INTO Ingredients VALUES (6, 'Almonds', 'Spain', 11.2);
INSERT INTO Ingredients VALUES (7, 'Eggs', 'Netherlands', 3.2);
INSERT INTO Ingredients VALUES (8, 'Whole Milk', 'Netherlands', 1.05);
INSERT INTO Ingredients VALUES (9, 'Yeast', 'Italy', 6.7);
INSERT INTO Ingredients VALUES (10, 'Sea Salt', 'Portugal', 0.6);
INSERT INTO Ingredients VALUES (11, 'Olive Oil', 'Italy', 7.9);
INSERT INTO Ingredients VALUES (12, 'Cinnamon', 'Sri Lanka', 21.0);
INSERT INTO Ingredients VALUES (13, 'Raisins', 'Turkey', 4.3);
INSERT INTO Ingredients VALUES (14, 'Lemons', 'Spain', 2.1);
INSERT INTO Ingredients VALUES (15, 'Gruyère Cheese', 'Switzerland', 19.5);
INSERT INTO Ingredients VALUES (16, 'Cooked Ham', 'Spain', 13.8);
INSERT INTO Ingredients VALUES (17, 'Rice Flour', NULL, 2.4);
INSERT INTO Ingredients VALUES (18, 'Vanilla Pods', 'Madagascar', 310.0);
INSERT INTO Ingredients VALUES (19, 'Pistachios', 'Iran', 24.0);
INSERT INTO Ingredients VALUES (20, 'Honey', 'Greece', NULL);

INSERT INTO Product_Ingredients VALUES (1, 1, 560);
INSERT INTO Product_Ingredients VALUES (1, 9, 3);
INSERT INTO Product_Ingredients VALUES (1, 10, 8);
INSERT INTO Product_Ingredients VALUES (2, 1, 490);
INSERT INTO Product_Ingredients VALUES (2, 10, 8);
INSERT INTO Product_Ingredients VALUES (3, 2, 490);
INSERT INTO Product_Ingredients VALUES (3, 1, 560);
INSERT INTO Product_Ingredients VALUES (5, 1, 400);
INSERT INTO Product_Ingredients VALUES (5, 11, 70);
INSERT INTO Product_Ingredients VALUES (6, 1, 450);
INSERT INTO Product_Ingredients VALUES (6, 3, 95);
INSERT INTO Product_Ingredients VALUES (7, 1, 460);
INSERT INTO Product_Ingredients VALUES (7, 3, 115);
INSERT INTO Product_Ingredients VALUES (7, 5, 75);
INSERT INTO Product_Ingredients VALUES (8, 3, 25);
INSERT INTO Product_Ingredients VALUES (8, 6, 25);
INSERT INTO Product_Ingredients VALUES (9, 3, 110);
INSERT INTO Product_Ingredients VALUES (9, 12, 8);
INSERT INTO Product_Ingredients VALUES (10, 7, 75);
INSERT INTO Product_Ingredients VALUES (10, 8, 55);
INSERT INTO Product_Ingredients VALUES (10, 18, 9);
INSERT INTO Product_Ingredients VALUES (12, 5, 15);
INSERT INTO Product_Ingredients VALUES (12, 7, 60);
INSERT INTO Product_Ingredients VALUES (13, 14, 25);
INSERT INTO Product_Ingredients VALUES (13, 7, 125);
INSERT INTO Product_Ingredients VALUES (14, 3, 25);
INSERT INTO Product_Ingredients VALUES (14, 5, 15);
INSERT INTO Product_Ingredients VALUES (15, 13, 20);
INSERT INTO Product_Ingredients VALUES (15, 4, 115);
INSERT INTO Product_Ingredients VALUES (17, 15, 60);
INSERT INTO Product_Ingredients VALUES (17, 16, 50);
INSERT INTO Product_Ingredients VALUES (18, 7, 120);
INSERT INTO Product_Ingredients VALUES (18, 15, 55);
INSERT INTO Product_Ingredients VALUES (20, 17, 600);
INSERT INTO Product_Ingredients VALUES (20, 9, 1);
INSERT INTO Product_Ingredients VALUES (22, 13, 125);
INSERT INTO Product_Ingredients VALUES (22, 18, 10);
INSERT INTO Product_Ingredients VALUES (24, 3, 15);
INSERT INTO Product_Ingredients VALUES (24, 7, 20);

INSERT INTO Daily_Sales VALUES (1, 11, 1, '2023-04-10', 53);
INSERT INTO Daily_Sales VALUES (2, 9, 8, '2023-04-13', 4);
INSERT INTO Daily_Sales VALUES (3, 3, 22, '2023-04-11', 20);
INSERT INTO Daily_Sales VALUES (4, 2, 6, '2023-03-08', 95);
INSERT INTO Daily_Sales VALUES (5, 10, 3, '2023-03-17', 7);
INSERT INTO Daily_Sales VALUES (6, 4, 10, '2023-05-10', 144);
INSERT INTO Daily_Sales VALUES (7, 6, 18, '2023-05-24', 128);
INSERT INTO Daily_Sales VALUES (8, 7, 25, '2023-03-27', 93);
INSERT INTO Daily_Sales VALUES (9, 5, 2, '2023-05-24', 134);
INSERT INTO Daily_Sales VALUES (10, 1, 22, '2023-05-10', 154);
INSERT INTO Daily_Sales VALUES (11, 2, 12, '2023-04-24', 114);
INSERT INTO Daily_Sales VALUES (12, 4, 3, '2023-05-15', 84);
INSERT INTO Daily_Sales VALUES (13, 8, 9, '2023-05-06', 142);
INSERT INTO Daily_Sales VALUES (14, 2, 15, '2023-03-18', 135);
INSERT INTO Daily_Sales VALUES (15, 4, 1, '2023-05-12', 122);
INSERT INTO Daily_Sales VALUES (16, 11, 25, '2023-03-21', 106);
INSERT INTO Daily_Sales VALUES (17, 8, 1, '2023-03-02', 86);
INSERT INTO Daily_Sales VALUES (18, 5, 19, '2023-05-08', 47);
INSERT INTO Daily_Sales VALUES (19, 5, 13, '2023-03-04', 136);
INSERT INTO Daily_Sales VALUES (20, 2, 20, '2023-03-28', 111);
INSERT INTO Daily_Sales VALUES (21, 13, 14, '2023-05-14', 29);
INSERT INTO Daily_Sales VALUES (22, 5, 13, '2023-05-06', 83);
INSERT INTO Daily_Sales VALUES (23, 1, 8, '2023-03-28', 78);
INSERT INTO Daily_Sales VALUES (24, 2, 8, '2023-04-24', 115);
INSERT INTO Daily_Sales VALUES (25, 3, 7, '2023-04-08', 152);
INSERT INTO Daily_Sales VALUES (26, 9, 4, '2023-04-04', 32);
INSERT INTO Daily_Sales VALUES (27, 8, 24, '2023-04-02', 45);
INSERT INTO Daily_Sales VALUES (28, 7, 25, '2023-05-10', 74);
INSERT INTO Daily_Sales VALUES (29, 7, 16, '2023-03-23', 71);
INSERT INTO Daily_Sales VALUES (30, 2, 14, '2023-04-10', 67);
INSERT INTO Daily_Sales VALUES (31, 10, 6, '2023-03-28', 32);
INSERT INTO Daily_Sales VALUES (32, 9, 7, '2023-04-24', 107);
INSERT INTO Daily_Sales VALUES (33, 10, 8, '2023-03-28', 60);
INSERT INTO Daily_Sales VALUES (34, 13, 16, '2023-04-24', 82);
INSERT INTO Daily_Sales VALUES (35, 3, 12, '2023-05-02', 87);
INSERT INTO Daily_Sales VALUES (36, 3, 15, '2023-05-15', 159);
INSERT INTO Daily_Sales VALUES (37, 7, 19, '2023-04-24', 144);
INSERT INTO Daily_Sales VALUES (38, 7, 17, '2023-05-13', 128);
INSERT INTO Daily_Sales VALUES (39, 4, 17, '2023-04-27', 131);
INSERT INTO Daily_Sales VALUES (40, 5, 5, '2023-03-19', 70);

INSERT INTO Stock_Transfers VALUES (1, 7, 5, 21, '2023-05-11', 68);
INSERT INTO Stock_Transfers VALUES (2, 2, 4, 22, '2023-05-10', 51);
INSERT INTO Stock_Transfers VALUES (3, 11, 5, 18, '2023-05-25', 76);
INSERT INTO Stock_Transfers VALUES (4, 5, 12, 13, '2023-03-23', 62);
INSERT INTO Stock_Transfers VALUES (5, 9, 14, 1, '2023-05-09', 6);
INSERT INTO Stock_Transfers VALUES (6, 3, 14, 13, '2023-06-06', 56);
INSERT INTO Stock_Transfers VALUES (7, 1, 14, 3, '2023-06-11', 30);
INSERT INTO Stock_Transfers VALUES (8, 5, 2, 10, '2023-03-27', 54);
INSERT INTO Stock_Transfers VALUES (9, 9, 10, 6, '2023-04-12', 48);
INSERT INTO Stock_Transfers VALUES (10, 11, 4, 9, '2023-05-27', 61);
INSERT INTO Stock_Transfers VALUES (11, 1, 14, 4, '2023-06-02', 43);
INSERT INTO Stock_Transfers VALUES (12, 1, 8, 19, '2023-06-28', 5);
INSERT INTO Stock_Transfers VALUES (13, 9, 5, 2, '2023-04-28', 8);
INSERT INTO Stock_Transfers VALUES (14, 2, 8, 25, '2023-06-19', 58);
INSERT INTO Stock_Transfers VALUES (15, 12, 8, 10, '2023-04-03', 5);
INSERT INTO Stock_Transfers VALUES (16, 4, 10, 7, '2023-05-13', 71);
INSERT INTO Stock_Transfers VALUES (17, 12, 13, 7, '2023-04-17', 26);
INSERT INTO Stock_Transfers VALUES (18, 14, 4, 4, '2023-05-05', 22);
INSERT INTO Stock_Transfers VALUES (19, 3, 8, 3, '2023-06-02', 72);
INSERT INTO Stock_Transfers VALUES (20, 8, 9, 17, '2023-04-25', 32);
INSERT INTO Stock_Transfers VALUES (21, 7, 12, 14, '2023-04-24', 53);
INSERT INTO Stock_Transfers VALUES (22, 12, 9, 12, '2023-05-21', 48);
