PRAGMA foreign_keys = ON;
CREATE TABLE "parlour" (
"Parlour_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Opening_Year" INTEGER,
"Seats" INTEGER,
"Revenue_Millions" REAL,
"Open_Late" TEXT
);
CREATE TABLE "flavour" (
"Flavour_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Price" REAL,
"Calories" INTEGER,
"Year_Introduced" INTEGER,
"Contains_Nuts" TEXT
);
CREATE TABLE "staff" (
"Staff_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Age" INTEGER,
"Nationality" TEXT,
"Role" TEXT,
"Years_Working" INTEGER,
"Hourly_Wage" REAL,
"Parlour_ID" INTEGER,
"Favourite_Flavour_ID" INTEGER,
FOREIGN KEY ("Parlour_ID") REFERENCES "parlour"("Parlour_ID")
);
CREATE TABLE "parlour_flavour" (
"Parlour_ID" INTEGER,
"Flavour_ID" INTEGER,
"Scoops_Sold" INTEGER,
"Is_Seasonal" TEXT,
PRIMARY KEY ("Parlour_ID", "Flavour_ID"),
FOREIGN KEY ("Parlour_ID") REFERENCES "parlour"("Parlour_ID"),
FOREIGN KEY ("Flavour_ID") REFERENCES "flavour"("Flavour_ID")
);
INSERT INTO parlour VALUES (1, 'Gelateria Rosa', 'Florence', 'Italy', 1962, 39, 0.44, 'Yes');
INSERT INTO parlour VALUES (2, 'Scoop Dreams', 'Chicago', 'USA', 1998, 46, 1.11, 'Yes');
INSERT INTO parlour VALUES (3, 'The Frozen Spoon', 'London', 'UK', 1985, 12, 3.58, 'Yes');
INSERT INTO parlour VALUES (4, 'Eisdiele Nord', 'Hamburg', 'Germany', 1974, 26, 2.63, 'No');
INSERT INTO parlour VALUES (5, 'Dolce Freddo', 'Rome', 'Italy', 1951, 12, 3.21, 'No');
INSERT INTO parlour VALUES (6, 'Polar Cone', 'Boston', 'USA', 2006, 74, 1.36, 'No');
INSERT INTO parlour VALUES (7, 'Kelly''s Creamery', 'Dublin', 'Ireland', 1993, 34, 3.57, 'No');
INSERT INTO parlour VALUES (8, 'Eiscafe Venezia', 'Munich', 'Germany', 1968, 29, 0.96, 'No');
INSERT INTO parlour VALUES (9, 'Cone Corner', 'Manchester', 'UK', 2011, 24, 2.22, 'No');
INSERT INTO parlour VALUES (10, 'Sundae Best', 'Seattle', 'USA', 2015, 13, 3.35, 'Yes');
INSERT INTO parlour VALUES (11, 'Gelato Vivo', 'Milan', 'Italy', 2003, 23, 1.69, 'Yes');
INSERT INTO parlour VALUES (12, 'Brain Freeze', 'Austin', 'USA', 2019, 18, 1.55, 'No');
INSERT INTO flavour VALUES (1, 'Vanilla Bean', 'Dairy', 2.4, 220, 2012, 'F');
INSERT INTO flavour VALUES (2, 'Dark Chocolate', 'Dairy', 2.8, 275, 1992, 'F');
INSERT INTO flavour VALUES (3, 'Strawberry', 'Dairy', 2.5, 237, 2002, 'F');
INSERT INTO flavour VALUES (4, 'Pistachio', 'Gelato', 3.9, 228, 1984, 'T');
INSERT INTO flavour VALUES (5, 'Mint Chip', 'Dairy', 2.7, 195, 2007, 'F');
INSERT INTO flavour VALUES (6, 'Salted Caramel', 'Dairy', 3.2, 229, 1980, 'F');
INSERT INTO flavour VALUES (7, 'Lemon Sorbet', 'Sorbet', 2.3, 114, 1977, 'F');
INSERT INTO flavour VALUES (8, 'Mango Sorbet', 'Sorbet', 2.6, 126, 2012, 'F');
INSERT INTO flavour VALUES (9, 'Stracciatella', 'Gelato', 3.1, 274, 1976, 'F');
INSERT INTO flavour VALUES (10, 'Cookie Dough', 'Dairy', 3.0, 276, 1985, 'F');
INSERT INTO flavour VALUES (11, 'Raspberry Sorbet', 'Sorbet', 2.45, 117, 1983, 'F');
INSERT INTO flavour VALUES (12, 'Coconut Dream', 'Vegan', 3.35, 171, 1996, 'F');
INSERT INTO flavour VALUES (13, 'Hazelnut', 'Gelato', 3.6, 227, 1992, 'T');
INSERT INTO flavour VALUES (14, 'Coffee', 'Gelato', 2.9, 238, 2004, 'F');
INSERT INTO flavour VALUES (15, 'Oat Cinnamon', 'Vegan', 3.4, 166, 1984, 'F');
INSERT INTO flavour VALUES (16, 'Black Sesame', 'Vegan', 4.1, 205, 1987, 'T');
INSERT INTO staff VALUES (1, 'Giulia Conti', 52, 'Italy', 'Manager', 19, 18.26, 1, 7);
INSERT INTO staff VALUES (2, 'Marco Bianchi', 23, 'Italy', 'Scooper', 4, 13.85, 1, 13);
INSERT INTO staff VALUES (3, 'Emily Carter', 31, 'USA', 'Manager', 7, 23.85, 2, 2);
INSERT INTO staff VALUES (4, 'Jake Miller', 19, 'USA', 'Scooper', 3, 15.46, 2, 6);
INSERT INTO staff VALUES (5, 'Sophie Turner', 27, 'UK', 'Manager', 11, 19.48, 3, 13);
INSERT INTO staff VALUES (6, 'Lukas Schmidt', 44, 'Germany', 'Manager', 16, 20.39, 4, 8);
INSERT INTO staff VALUES (7, 'Anna Weber', 36, 'Germany', 'Scooper', 5, 10.83, 4, 10);
INSERT INTO staff VALUES (8, 'Francesca Greco', 61, 'Italy', 'Manager', 9, 19.15, 5, 16);
INSERT INTO staff VALUES (9, 'Ryan Walsh', 29, 'Ireland', 'Manager', 13, 22.24, 7, 7);
INSERT INTO staff VALUES (10, 'Aoife Byrne', 21, 'Ireland', 'Scooper', 0, 12.51, 7, 5);
INSERT INTO staff VALUES (11, 'Hannah Fischer', 47, 'Germany', 'Manager', 20, 18.26, 8, 13);
INSERT INTO staff VALUES (12, 'Tom Baker', 38, 'UK', 'Manager', 19, 22.91, 9, 5);
INSERT INTO staff VALUES (13, 'Olivia Brown', 24, 'USA', 'Manager', 8, 23.46, 10, 11);
INSERT INTO staff VALUES (14, 'Daniel Lopez', 33, 'Spain', 'Cashier', 0, 11.56, 3, 11);
INSERT INTO staff VALUES (15, 'Chloe Evans', 18, 'UK', 'Scooper', 2, 12.46, 9, 10);
INSERT INTO staff VALUES (16, 'Matteo Russo', 42, 'Italy', 'Manager', 9, 19.81, 11, 11);
INSERT INTO staff VALUES (17, 'Sara Novak', 26, 'Poland', 'Cashier', 1, 12.25, 8, 8);
INSERT INTO staff VALUES (18, 'Ben Harris', 55, 'USA', 'Manager', 10, 22.22, 6, 6);
INSERT INTO staff VALUES (19, 'Laura Martinez', 30, 'Spain', 'Scooper', 2, 12.13, 10, 16);
INSERT INTO staff VALUES (20, 'Piotr Kowalski', 41, 'Poland', 'Scooper', 6, 15.16, 4, 8);
INSERT INTO staff VALUES (21, 'Grace Kelly', 22, 'Ireland', 'Cashier', 6, 12.97, 7, 5);
INSERT INTO staff VALUES (22, 'Noah Wilson', 35, 'USA', 'Cashier', 2, 10.6, 2, 6);
INSERT INTO staff VALUES (23, 'Elena Ricci', 28, 'Italy', 'Scooper', 8, 13.76, 11, 12);
INSERT INTO staff VALUES (24, 'Katie Moore', 45, 'UK', 'Scooper', 2, 11.69, 3, 14);
INSERT INTO parlour_flavour VALUES (1, 1, 3613, 'No');
INSERT INTO parlour_flavour VALUES (1, 2, 968, 'No');
INSERT INTO parlour_flavour VALUES (1, 4, 1298, 'No');
INSERT INTO parlour_flavour VALUES (1, 9, 1446, 'No');
INSERT INTO parlour_flavour VALUES (1, 13, 6337, 'No');
INSERT INTO parlour_flavour VALUES (1, 14, 4990, 'No');
INSERT INTO parlour_flavour VALUES (1, 7, 1623, 'No');
INSERT INTO parlour_flavour VALUES (2, 1, 6021, 'No');
INSERT INTO parlour_flavour VALUES (2, 2, 8389, 'No');
INSERT INTO parlour_flavour VALUES (2, 3, 9497, 'Yes');
INSERT INTO parlour_flavour VALUES (2, 5, 7504, 'No');
INSERT INTO parlour_flavour VALUES (2, 6, 6661, 'No');
INSERT INTO parlour_flavour VALUES (2, 10, 5706, 'No');
INSERT INTO parlour_flavour VALUES (3, 1, 9244, 'No');
INSERT INTO parlour_flavour VALUES (3, 2, 4723, 'No');
INSERT INTO parlour_flavour VALUES (3, 3, 8503, 'Yes');
INSERT INTO parlour_flavour VALUES (3, 6, 3083, 'No');
INSERT INTO parlour_flavour VALUES (3, 7, 5364, 'No');
INSERT INTO parlour_flavour VALUES (3, 12, 3183, 'No');
INSERT INTO parlour_flavour VALUES (4, 1, 8749, 'No');
INSERT INTO parlour_flavour VALUES (4, 2, 7356, 'No');
INSERT INTO parlour_flavour VALUES (4, 3, 5832, 'No');
INSERT INTO parlour_flavour VALUES (4, 9, 5315, 'No');
INSERT INTO parlour_flavour VALUES (4, 13, 5723, 'No');
INSERT INTO parlour_flavour VALUES (5, 4, 9366, 'No');
INSERT INTO parlour_flavour VALUES (5, 9, 7640, 'No');
INSERT INTO parlour_flavour VALUES (5, 13, 9010, 'No');
INSERT INTO parlour_flavour VALUES (5, 14, 9359, 'No');
INSERT INTO parlour_flavour VALUES (5, 8, 5681, 'No');
INSERT INTO parlour_flavour VALUES (5, 11, 4083, 'Yes');
INSERT INTO parlour_flavour VALUES (6, 1, 6755, 'No');
INSERT INTO parlour_flavour VALUES (6, 5, 3373, 'No');
INSERT INTO parlour_flavour VALUES (6, 10, 8798, 'No');
INSERT INTO parlour_flavour VALUES (8, 1, 3877, 'No');
INSERT INTO parlour_flavour VALUES (8, 3, 1602, 'Yes');
INSERT INTO parlour_flavour VALUES (8, 4, 3958, 'No');
INSERT INTO parlour_flavour VALUES (8, 9, 6546, 'No');
INSERT INTO parlour_flavour VALUES (8, 14, 8999, 'No');
INSERT INTO parlour_flavour VALUES (9, 2, 1275, 'No');
INSERT INTO parlour_flavour VALUES (9, 5, 9327, 'No');
INSERT INTO parlour_flavour VALUES (9, 10, 2177, 'No');
INSERT INTO parlour_flavour VALUES (9, 11, 9266, 'Yes');
INSERT INTO parlour_flavour VALUES (10, 1, 3738, 'No');
INSERT INTO parlour_flavour VALUES (10, 2, 5446, 'No');
INSERT INTO parlour_flavour VALUES (10, 3, 8357, 'Yes');
INSERT INTO parlour_flavour VALUES (10, 6, 4464, 'No');
INSERT INTO parlour_flavour VALUES (10, 8, 6458, 'Yes');
INSERT INTO parlour_flavour VALUES (10, 10, 1580, 'No');
INSERT INTO parlour_flavour VALUES (10, 12, 3532, 'No');
INSERT INTO parlour_flavour VALUES (10, 5, 3416, 'No');
INSERT INTO parlour_flavour VALUES (11, 4, 6349, 'No');
INSERT INTO parlour_flavour VALUES (11, 9, 6218, 'No');
INSERT INTO parlour_flavour VALUES (11, 13, 6730, 'No');
INSERT INTO parlour_flavour VALUES (11, 7, 1544, 'Yes');
INSERT INTO parlour_flavour VALUES (11, 8, 4315, 'Yes');
