PRAGMA foreign_keys = ON;

CREATE TABLE Foundries (
  Foundry_ID INTEGER PRIMARY KEY,
  Foundry_Name TEXT NOT NULL,
  City TEXT,
  Country TEXT,
  Founded_Year TEXT
);

CREATE TABLE Designers (
  designer_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Nationality TEXT,
  Birth_Year INTEGER,
  Foundry_ID INTEGER,
  FOREIGN KEY (Foundry_ID) REFERENCES Foundries(Foundry_ID)
);

CREATE TABLE Ref_Classification_Types (
  classification_code TEXT PRIMARY KEY,
  classification_description TEXT NOT NULL
);

CREATE TABLE Typefaces (
  Typeface_ID INTEGER PRIMARY KEY,
  Typeface_Name TEXT NOT NULL,
  Foundry_ID INTEGER,
  classification_code TEXT,
  Release_Year INTEGER,
  Number_of_Weights INTEGER,
  Licence_Price REAL,
  FOREIGN KEY (Foundry_ID) REFERENCES Foundries(Foundry_ID),
  FOREIGN KEY (classification_code) REFERENCES Ref_Classification_Types(classification_code)
);

CREATE TABLE Customers (
  Customer_ID INTEGER PRIMARY KEY,
  Company_Name TEXT NOT NULL,
  Industry TEXT,
  Country TEXT,
  other_details TEXT
);

CREATE TABLE Licence_Sales (
  sale_id INTEGER PRIMARY KEY,
  Customer_ID INTEGER NOT NULL,
  Typeface_ID INTEGER NOT NULL,
  Sale_Date TEXT,
  Seats INTEGER,
  Amount_Paid REAL
);

CREATE TABLE Typeface_Designers (
  designer_id INTEGER NOT NULL,
  Typeface_ID INTEGER NOT NULL,
  Role TEXT,
  PRIMARY KEY (designer_id, Typeface_ID),
  FOREIGN KEY (designer_id) REFERENCES Designers(designer_id),
  FOREIGN KEY (Typeface_ID) REFERENCES Typefaces(Typeface_ID)
);

CREATE TABLE Revivals (
  Revival_ID INTEGER PRIMARY KEY,
  Original_Typeface_ID INTEGER NOT NULL,
  Revival_Typeface_ID INTEGER NOT NULL,
  Revival_Year INTEGER,
  Notes TEXT,
  FOREIGN KEY (Original_Typeface_ID) REFERENCES Typefaces(Typeface_ID),
  FOREIGN KEY (Revival_Typeface_ID) REFERENCES Typefaces(Typeface_ID)
);

INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (1, 'Lettergieterij Vos', 'Amsterdam', 'Netherlands', '1987');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (2, 'Hofstede Type', 'The Hague', 'Netherlands', '2004');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (3, 'Kessler & Brandt', 'Berlin', 'Germany', '1921');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (4, 'Spreeform', 'Berlin', 'Germany', '2011');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (5, 'Albion Letterworks', 'London', 'United Kingdom', '1936');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (6, 'Hudson Type Co.', 'New York', 'United States', '1998');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (7, 'Pacific Glyph', 'San Francisco', 'United States', '2009');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (8, 'Atelier Reymond', 'Zurich', 'Switzerland', '1948');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (9, 'Maison Clairet', 'Paris', 'France', '1979');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (10, 'Tipografia Lusa', 'Lisbon', 'Portugal', '2013');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (11, 'Fundicion Austral', 'Buenos Aires', 'Argentina', NULL);
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (12, 'Northlight Type', 'Toronto', 'Canada', '2016');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (13, 'Kobayashi Moji', 'Tokyo', 'Japan', '1962');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (14, 'Sorensen Skrift', 'Copenhagen', 'Denmark', '2001');
INSERT INTO Foundries (Foundry_ID, Foundry_Name, City, Country, Founded_Year) VALUES (15, 'Vltava Typeworks', 'Prague', 'Czech Republic', '1994');

INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (1, 'Pieter de Wit', 'Dutch', 1958, 1);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (2, 'Anouk Verhoeven', 'Dutch', 1979, 1);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (3, 'Joris Bakker', 'Dutch', 1984, 2);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (4, 'Klaus Richter', 'German', 1949, 3);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (5, 'Hanna Vogel', 'German', 1972, 3);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (6, 'Felix Lindner', 'German', 1988, 4);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (7, 'Margaret Ellison', 'British', 1955, 5);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (8, 'Thomas Whitcombe', 'British', 1967, 5);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (9, 'Daniel Okafor', 'American', 1981, 6);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (10, 'Rachel Kim', 'American', 1990, 6);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (11, 'Samuel Ortega', 'American', 1976, 7);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (12, 'Urs Baumann', 'Swiss', 1945, 8);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (13, 'Lea Fischli', 'Swiss', 1983, 8);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (14, 'Camille Roussel', 'French', 1969, 9);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (15, 'Julien Marchetti', 'French', 1992, 9);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (16, 'Ines Carvalho', 'Portuguese', 1986, 10);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (17, 'Martin Aguirre', 'Argentine', 1974, 11);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (18, 'Sophie Tremblay', 'Canadian', 1989, 12);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (19, 'Kenji Watanabe', 'Japanese', 1953, 13);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (20, 'Yuki Morita', 'Japanese', 1991, 13);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (21, 'Mette Sorensen', 'Danish', 1977, 14);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (22, 'Tomas Novak', 'Czech', 1965, 15);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (23, 'Eva Hruba', 'Czech', NULL, 15);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (24, 'Oliver Grant', 'British', 1995, NULL);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (25, 'Luca Bianchi', 'Italian', 1980, NULL);
INSERT INTO Designers (designer_id, Name, Nationality, Birth_Year, Foundry_ID) VALUES (26, 'Rosa Mendes', 'Portuguese', NULL, 10);

INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('SERIF', 'Serif: letterforms with small finishing strokes');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('SANS', 'Sans-serif: letterforms without finishing strokes');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('SLAB', 'Slab serif: heavy, block-like serifs');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('SCRIPT', 'Script: forms based on fluid handwriting');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('MONO', 'Monospaced: every glyph has the same advance width');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('DISP', 'Display: designed for headlines and large sizes');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('BLACK', 'Blackletter: Gothic forms based on medieval scripts');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('STEN', 'Stencil: letters with bridges for cut-out use');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('BRUSH', 'Brush: forms made with a brush or marker');
INSERT INTO Ref_Classification_Types (classification_code, classification_description) VALUES ('ORN', 'Ornamental: dingbats, borders and decorative glyphs');

INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (1, 'Amstel Serif', 1, 'SERIF', 1992, 6, 179.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (2, 'Grachten Sans', 1, 'SANS', 2008, 9, 249.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (3, 'Vos Antiqua', 1, 'SERIF', 1989, 4, 129.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (4, 'Polder Grotesk', 2, 'SANS', 2015, 12, 299.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (5, 'Hofstede Mono', 2, 'MONO', 2019, 5, 89.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (6, 'Brandt Fraktur', 3, 'BLACK', 1924, 2, 59.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (7, 'Kessler Grotesk', 3, 'SANS', 1931, 7, 219.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (8, 'Neue Kessler Grotesk', 3, 'SANS', 2017, 14, 349.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (9, 'Spree Slab', 4, 'SLAB', 2013, 8, 159.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (10, 'Spree Display', 4, 'DISP', 2021, 3, 99.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (11, 'Albion Roman', 5, 'SERIF', 1938, 5, 199.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (12, 'Thames Script', 5, 'SCRIPT', 1952, 2, 79.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (13, 'Albion Roman Revived', 5, 'SERIF', 2018, 10, 289.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (14, 'Hudson Gothic', 6, 'SANS', 2001, 10, 239.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (15, 'Empire Slab', 6, 'SLAB', 2005, 6, 149.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (16, 'Brooklyn Stencil', 6, 'STEN', 2016, 2, 69.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (17, 'Pacific Mono', 7, 'MONO', 2012, 8, 119.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (18, 'Golden Gate Sans', 7, 'SANS', 2020, 11, 269.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (19, 'Reymond Grotesk', 8, 'SANS', 1957, 5, 189.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (20, 'Limmat Serif', 8, 'SERIF', 2010, 8, 229.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (21, 'Reymond Grotesk Nova', 8, 'SANS', 2022, 16, 399.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (22, 'Clairet Didone', 9, 'SERIF', 1983, 4, 169.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (23, 'Montmartre Script', 9, 'SCRIPT', 2014, 3, 109.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (24, 'Seine Display', 9, 'DISP', NULL, 1, 49.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (25, 'Lusa Slab', 10, 'SLAB', 2016, 7, 139.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (26, 'Tejo Sans', 10, 'SANS', 2023, 9, 209.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (27, 'Austral Stencil', 11, 'STEN', 2009, 2, 59.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (28, 'Pampa Serif', 11, 'SERIF', 2018, 6, 159.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (29, 'Moji Mincho Latin', 13, 'SERIF', 1971, 3, 149.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (30, 'Shibuya Mono', 13, 'MONO', 2021, 6, 99.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (31, 'Nyhavn Sans', 14, 'SANS', 2006, 8, 199.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (32, 'Vltava Antikva', 15, 'SERIF', 1996, 5, 139.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (33, 'Vltava Grotesk', 15, 'SANS', 2011, 7, 179.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (34, 'Clairet Didone Moderne', 9, 'SERIF', 2019, 8, 259.00);
INSERT INTO Typefaces (Typeface_ID, Typeface_Name, Foundry_ID, classification_code, Release_Year, Number_of_Weights, Licence_Price) VALUES (35, 'Brandt Fraktur Neu', 4, 'BLACK', 2020, 4, NULL);

INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (1, 'Meridian Publishing', 'Publishing', 'United States', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (2, 'Blue Harbor Books', 'Publishing', 'United Kingdom', 'Annual catalogue licence');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (3, 'Hartmann Verlag', 'Publishing', 'Germany', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (4, 'Northwind Airlines', 'Aviation', 'Canada', 'Wayfinding project');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (5, 'Lumen Bank', 'Finance', 'Switzerland', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (6, 'Crescent Media Group', 'Media', 'United States', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (7, 'Studio Okra', 'Design Agency', 'Netherlands', 'Rebrand for clients');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (8, 'Vireo Software', 'Technology', 'United States', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (9, 'Atelier Noir', 'Fashion', 'France', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (10, 'Gazeta Lisboa', 'Media', 'Portugal', 'Newspaper redesign');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (11, 'Kawaguchi Foods', 'Food and Beverage', 'Japan', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (12, 'Polar Outdoor Gear', 'Retail', 'Denmark', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (13, 'Rheinland Automobile', 'Automotive', 'Germany', 'Corporate typeface');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (14, 'Brightline Transit', 'Transport', 'United States', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (15, 'Solstice Records', 'Music', 'United Kingdom', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (16, 'Pixelgrove Games', 'Technology', 'Canada', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (17, 'Casa Moreno Vinos', 'Food and Beverage', 'Argentina', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (18, 'Helix Pharmaceuticals', 'Healthcare', 'Switzerland', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (19, 'Quarterly Review', 'Publishing', 'United States', 'Print and web');
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (20, 'Elbe Kaffee', 'Food and Beverage', 'Germany', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (21, 'Stellar Academy', 'Education', 'Australia', NULL);
INSERT INTO Customers (Customer_ID, Company_Name, Industry, Country, other_details) VALUES (22, 'Ostrava Steelworks', 'Manufacturing', 'Czech Republic', NULL);

INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (1, 1, 21, '2019-11-17', 5, 1995.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (2, 2, 11, '2021-12-23', 5, 995.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (3, 3, 16, '2020-07-24', 50, 2415.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (4, 4, 13, '2021-05-08', 1, 289.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (5, 5, 13, '2024-04-14', 5, 1445.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (6, 6, 34, '2021-12-01', 25, 4532.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (7, 7, 15, '2021-08-10', 25, 2607.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (8, 8, 28, '2019-06-06', 25, 2782.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (9, 9, 13, '2024-07-03', 1, 289.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (10, 10, 15, '2022-07-09', 25, 2607.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (11, 11, 2, '2021-02-23', 1, NULL);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (12, 12, 14, '2024-05-08', 5, 1195.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (13, 13, 17, '2024-10-01', 1, 119.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (14, 14, 25, '2022-05-07', 25, 2432.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (15, 15, 11, '2022-01-06', 50, 6965.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (16, 16, 7, '2019-02-06', 2, 438.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (17, 17, 34, '2021-10-26', 1, 259.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (18, 18, 9, '2019-04-10', 5, 795.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (19, 19, 19, '2023-11-24', 20, 3213.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (20, 20, 22, '2020-12-12', 5, NULL);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (21, 13, 18, '2024-09-02', 50, 9415.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (22, 19, 29, '2024-11-19', 1, 149.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (23, 15, 26, '2024-07-07', 1, 209.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (24, 18, 11, '2021-08-09', 50, 6965.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (25, 16, 15, '2024-12-18', 1, 149.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (26, 20, 2, '2019-09-17', 5, 1245.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (27, 17, 7, '2024-06-15', 1, 219.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (28, 13, 8, '2022-08-01', 1, NULL);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (29, 2, 17, '2021-05-18', 50, 4165.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (30, 6, 19, '2021-06-01', 1, 189.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (31, 16, 34, '2019-10-04', 10, 2201.50);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (32, 8, 10, '2023-07-25', 1, 99.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (33, 2, 16, '2024-03-21', 5, NULL);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (34, 11, 8, '2020-05-03', 5, 1745.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (35, 12, 29, '2024-11-14', 2, 298.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (36, 9, 16, '2020-10-18', 1, 69.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (37, 9, 31, '2019-08-22', 10, NULL);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (38, 14, 25, '2020-07-23', 5, 695.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (39, 4, 30, '2022-08-03', 5, 495.00);
INSERT INTO Licence_Sales (sale_id, Customer_ID, Typeface_ID, Sale_Date, Seats, Amount_Paid) VALUES (40, 18, 29, '2022-07-10', 5, 745.00);

INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (1, 1, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (1, 3, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (2, 2, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (1, 2, 'Art director');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (3, 4, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (3, 5, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (2, 4, 'Kerning');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (4, 7, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (4, 6, 'Revision');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (5, 8, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (4, 8, 'Art director');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (6, 9, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (6, 10, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (6, 35, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (7, 11, 'Revision');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (7, 12, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (8, 13, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (7, 13, 'Art director');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (9, 14, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (10, 16, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (9, 15, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (11, 17, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (11, 18, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (10, 18, 'Italics');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (12, 19, 'Revision');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (13, 20, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (13, 21, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (12, 21, 'Art director');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (14, 22, 'Revision');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (15, 23, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (15, 34, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (14, 34, 'Art director');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (16, 25, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (16, 26, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (17, 27, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (17, 28, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (19, 29, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (20, 30, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (21, 31, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (22, 32, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (22, 33, 'Lead designer');
INSERT INTO Typeface_Designers (designer_id, Typeface_ID, Role) VALUES (25, 21, 'Greek extension');

INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (1, 11, 13, 2018, 'Digitised from 1938 metal specimens');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (2, 7, 8, 2017, 'Expanded weights and widths');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (3, 19, 21, 2022, 'Variable font edition');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (4, 22, 34, 2019, NULL);
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (5, 6, 35, 2020, 'Redrawn from foundry proofs');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (6, 3, 1, 1992, NULL);
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (7, 7, 33, 2011, 'Loosely based on the Berlin original');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (8, 29, 30, 2021, 'Latin companion reworked as monospace');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (9, 12, 23, 2014, NULL);
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (10, 7, 4, 2015, 'Inspired by the early grotesques');
INSERT INTO Revivals (Revival_ID, Original_Typeface_ID, Revival_Typeface_ID, Revival_Year, Notes) VALUES (11, 22, 28, 2018, NULL);
