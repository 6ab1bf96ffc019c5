PRAGMA foreign_keys = ON;
CREATE TABLE "maker" (
"Maker_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Country" TEXT,
"Age" INTEGER,
"Experience_Years" INTEGER,
"Staff" INTEGER
);
CREATE TABLE "kite" (
"Kite_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"Type" TEXT,
"Maker_ID" INTEGER,
"Designer_ID" INTEGER,
"Wingspan" REAL,
"Weight" INTEGER,
"Price" INTEGER,
"Year" INTEGER,
"Is_Stunt" TEXT,
FOREIGN KEY ("Maker_ID") REFERENCES "maker"("Maker_ID")
);
CREATE TABLE "Festival" (
"Festival_ID" INTEGER PRIMARY KEY,
"Name" TEXT,
"City" TEXT,
"Country" TEXT,
"Year" INTEGER,
"Attendance" INTEGER,
"Budget_Millions" REAL,
"Status" TEXT
);
CREATE TABLE "kite_in_festival" (
"Kite_ID" INTEGER,
"Festival_ID" INTEGER,
"Score" REAL,
"Place" INTEGER,
"Flight_Minutes" INTEGER,
PRIMARY KEY ("Kite_ID", "Festival_ID"),
FOREIGN KEY ("Kite_ID") REFERENCES "kite"("Kite_ID"),
FOREIGN KEY ("Festival_ID") REFERENCES "Festival"("Festival_ID")
);
INSERT INTO maker VALUES (1, 'Wang Lixin', 'China', 64, 39, 6);
INSERT INTO maker VALUES (2, 'Zhao Meiling', 'China', 31, 9, 7);
INSERT INTO maker VALUES (3, 'Liu Guofeng', 'China', 47, 23, 25);
INSERT INTO maker VALUES (4, 'Chen Haoran', 'China', 28, 6, 18);
INSERT INTO maker VALUES (5, 'Kenji Morita', 'Japan', 71, 50, 21);
INSERT INTO maker VALUES (6, 'Yuko Tanaka', 'Japan', 39, 14, 12);
INSERT INTO maker VALUES (7, 'Hiroshi Abe', 'Japan', 55, 31, 17);
INSERT INTO maker VALUES (8, 'Ravi Mehta', 'India', 42, 21, 10);
INSERT INTO maker VALUES (9, 'Anjali Desai', 'India', 26, 2, 23);
INSERT INTO maker VALUES (10, 'Peter Lynn', 'USA', 58, 35, 17);
INSERT INTO maker VALUES (11, 'Sarah Collins', 'USA', 36, 17, 24);
INSERT INTO maker VALUES (12, 'George Webb', 'UK', 52, 31, 23);
INSERT INTO maker VALUES (13, 'Emily Hart', 'UK', 33, 8, 23);
INSERT INTO maker VALUES (14, 'Klaus Richter', 'Germany', 61, 41, 18);
INSERT INTO maker VALUES (15, 'Claire Fontaine', 'France', 45, 24, 14);
INSERT INTO kite VALUES (1, 'Red Phoenix', 'Cellular', 1, 11, 2.27, 217, 105, 2018, 'F');
INSERT INTO kite VALUES (2, 'Jade Dragon', 'Box', 1, 1, 1.52, 527, 285, 2018, 'F');
INSERT INTO kite VALUES (3, 'Sky Serpent', 'Diamond', 2, 7, 1.17, 131, 160, 2008, 'F');
INSERT INTO kite VALUES (4, 'Golden Carp', 'Cellular', 5, 5, 2.41, 880, 380, 2021, 'F');
INSERT INTO kite VALUES (5, 'Night Owl', 'Diamond', 5, 5, 1.84, 889, 165, 2015, 'F');
INSERT INTO kite VALUES (6, 'Blue Heron', 'Cellular', 5, 5, 1.92, 595, 400, 2012, 'F');
INSERT INTO kite VALUES (7, 'Thunder Box', 'Box', 6, 6, 2.7, 819, 315, 2013, 'F');
INSERT INTO kite VALUES (8, 'Paper Crane', 'Parafoil', 7, 3, 3.63, 301, 390, 2010, 'T');
INSERT INTO kite VALUES (9, 'Storm Rider', 'Sled', 8, 8, 0.84, 810, 170, 2019, 'F');
INSERT INTO kite VALUES (10, 'Silver Hawk', 'Delta', 8, 8, 2.45, 801, 320, 2016, 'T');
INSERT INTO kite VALUES (11, 'Tiger Eye', 'Sled', 9, 7, 0.92, 162, 210, 2017, 'F');
INSERT INTO kite VALUES (12, 'Cloud Dancer', 'Delta', 10, 10, 3.17, 629, 80, 2023, 'T');
INSERT INTO kite VALUES (13, 'Fire Tetra', 'Delta', 10, 10, 2.82, 318, 220, 2019, 'F');
INSERT INTO kite VALUES (14, 'Morning Star', 'Sled', 12, 12, 2.04, 784, 365, 2020, 'F');
INSERT INTO kite VALUES (15, 'Sea Breeze', 'Cellular', 13, 11, 1.72, 325, 55, 2012, 'F');
INSERT INTO kite VALUES (16, 'Wind Lotus', 'Cellular', 14, 14, 2.62, 179, 340, 2013, 'F');
INSERT INTO kite VALUES (17, 'Black Kestrel', 'Delta', 14, 14, 3.17, 255, 75, 2012, 'F');
INSERT INTO kite VALUES (18, 'Rainbow Sled', 'Sled', 4, 4, 1.9, 708, 420, 2008, 'F');
INSERT INTO kite VALUES (19, 'Iron Falcon', 'Diamond', 1, 1, 1.67, 412, 20, 2011, 'F');
INSERT INTO kite VALUES (20, 'Sun Wheel', 'Delta', 7, 7, 2.17, 729, 450, 2014, 'T');
INSERT INTO kite VALUES (21, 'Hornet', 'Diamond', 10, 10, 1.56, 369, 310, 2022, 'F');
INSERT INTO kite VALUES (22, 'Little Patang', 'Sled', 9, 4, 1.24, 549, 290, 2012, 'F');
INSERT INTO kite VALUES (23, 'Coral Reef', 'Sled', 12, 12, 1.24, 860, 130, 2019, 'F');
INSERT INTO kite VALUES (24, 'Bold Octopus', 'Diamond', 6, 6, 1.34, 92, 175, 2021, 'F');
INSERT INTO kite VALUES (25, 'Whisper', 'Parafoil', 2, 2, 4.07, 657, 335, 2009, 'T');
INSERT INTO kite VALUES (26, 'Aurora Ray', 'Delta', 5, 5, 3.56, 351, 445, 2013, 'T');
INSERT INTO Festival VALUES (1, 'Weifang International Kite Festival', 'Weifang', 'China', 2023, 310000, 4.5, 'Completed');
INSERT INTO Festival VALUES (2, 'Dieppe Kite Festival', 'Dieppe', 'France', 2022, 420000, 2.1, 'Completed');
INSERT INTO Festival VALUES (3, 'Berck International Kite Meeting', 'Berck', 'France', 2023, 500000, 1.8, 'Completed');
INSERT INTO Festival VALUES (4, 'Uttarayan Kite Festival', 'Ahmedabad', 'India', 2024, 275000, 3.2, 'Completed');
INSERT INTO Festival VALUES (5, 'Hamamatsu Kite Festival', 'Hamamatsu', 'Japan', 2023, 160000, 1.4, 'Completed');
INSERT INTO Festival VALUES (6, 'Bristol Kite Festival', 'Bristol', 'UK', 2019, 28000, 0.3, 'Completed');
INSERT INTO Festival VALUES (7, 'Portsmouth Kite Festival', 'Portsmouth', 'UK', 2020, 35000, 0.4, 'Cancelled');
INSERT INTO Festival VALUES (8, 'Long Beach Kite Festival', 'Long Beach', 'USA', 2022, 52000, 0.9, 'Completed');
INSERT INTO Festival VALUES (9, 'Zilker Kite Festival', 'Austin', 'USA', 2024, 31000, 0.5, 'Completed');
INSERT INTO Festival VALUES (10, 'Smithsonian Kite Festival', 'Washington', 'USA', 2025, 46000, 0.7, 'Planned');
INSERT INTO Festival VALUES (11, 'Bali Kite Festival', 'Sanur', 'Indonesia', 2023, 88000, 0.6, 'Completed');
INSERT INTO Festival VALUES (12, 'Weifang Autumn Kite Fair', 'Weifang', 'China', 2025, 120000, 1.1, 'Planned');
INSERT INTO Festival VALUES (13, 'Cape Town Kite Festival', 'Cape Town', 'South Africa', 2021, 17000, 0.2, 'Completed');
INSERT INTO kite_in_festival VALUES (1, 1, 96.8, 1, 24);
INSERT INTO kite_in_festival VALUES (2, 1, 91.4, 5, 28);
INSERT INTO kite_in_festival VALUES (3, 1, 92.2, 4, 15);
INSERT INTO kite_in_festival VALUES (6, 1, 66.6, 6, 34);
INSERT INTO kite_in_festival VALUES (18, 1, 62.6, 7, 32);
INSERT INTO kite_in_festival VALUES (19, 1, 92.7, 3, 36);
INSERT INTO kite_in_festival VALUES (24, 1, 93.5, 2, 21);
INSERT INTO kite_in_festival VALUES (4, 2, 95.9, 1, 32);
INSERT INTO kite_in_festival VALUES (9, 2, 83.3, 3, 16);
INSERT INTO kite_in_festival VALUES (11, 2, 64.5, 5, 11);
INSERT INTO kite_in_festival VALUES (14, 2, 66.1, 4, 37);
INSERT INTO kite_in_festival VALUES (26, 2, 89.3, 2, 45);
INSERT INTO kite_in_festival VALUES (3, 3, 68.8, 4, 13);
INSERT INTO kite_in_festival VALUES (5, 3, 62.1, 5, 18);
INSERT INTO kite_in_festival VALUES (9, 3, 76.6, 3, 41);
INSERT INTO kite_in_festival VALUES (12, 3, 61.0, 6, 41);
INSERT INTO kite_in_festival VALUES (20, 3, 94.6, 2, 39);
INSERT INTO kite_in_festival VALUES (21, 3, 95.7, 1, 25);
INSERT INTO kite_in_festival VALUES (1, 4, 86.8, 2, 32);
INSERT INTO kite_in_festival VALUES (8, 4, 76.4, 4, 15);
INSERT INTO kite_in_festival VALUES (11, 4, 82.2, 3, 40);
INSERT INTO kite_in_festival VALUES (13, 4, 95.8, 1, 22);
INSERT INTO kite_in_festival VALUES (4, 5, 96.0, 1, 31);
INSERT INTO kite_in_festival VALUES (5, 5, 79.5, 4, 16);
INSERT INTO kite_in_festival VALUES (7, 5, 89.0, 2, 33);
INSERT INTO kite_in_festival VALUES (10, 5, 80.3, 3, 41);
INSERT INTO kite_in_festival VALUES (20, 5, 67.6, 5, 20);
INSERT INTO kite_in_festival VALUES (14, 6, 81.0, 3, 27);
INSERT INTO kite_in_festival VALUES (15, 6, 94.2, 1, 22);
INSERT INTO kite_in_festival VALUES (23, 6, 89.1, 2, 42);
INSERT INTO kite_in_festival VALUES (9, 8, 70.7, 3, 19);
INSERT INTO kite_in_festival VALUES (12, 8, 77.1, 1, 37);
INSERT INTO kite_in_festival VALUES (17, 8, 64.2, 4, 20);
INSERT INTO kite_in_festival VALUES (21, 8, 75.1, 2, 38);
INSERT INTO kite_in_festival VALUES (12, 9, 90.0, 3, 23);
INSERT INTO kite_in_festival VALUES (13, 9, 91.3, 1, 41);
INSERT INTO kite_in_festival VALUES (15, 9, 90.6, 2, 24);
INSERT INTO kite_in_festival VALUES (17, 9, 68.6, 4, 17);
INSERT INTO kite_in_festival VALUES (6, 11, 80.6, 2, 21);
INSERT INTO kite_in_festival VALUES (8, 11, 77.8, 3, 31);
INSERT INTO kite_in_festival VALUES (10, 11, 69.6, 4, 38);
INSERT INTO kite_in_festival VALUES (19, 11, 91.5, 1, 18);
INSERT INTO kite_in_festival VALUES (12, 13, 65.1, 2, 13);
INSERT INTO kite_in_festival VALUES (26, 13, 72.0, 1, 39);
