PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Ship_Classes (
  Ship_Class_Code TEXT PRIMARY KEY,
  Ship_Class_Description TEXT NOT NULL
);

CREATE TABLE Ports (
  Port_ID INTEGER PRIMARY KEY,
  Port_Name TEXT NOT NULL,
  River TEXT NOT NULL,
  Country TEXT NOT NULL
);

CREATE TABLE Ships (
  Ship_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Built_Year TEXT,
  Cabins INTEGER,
  Ship_Class_Code TEXT,
  FOREIGN KEY (Ship_Class_Code) REFERENCES Ref_Ship_Classes(Ship_Class_Code)
);

CREATE TABLE Cruises (
  Cruise_ID INTEGER PRIMARY KEY,
  Ship_ID INTEGER NOT NULL,
  Embark_Port_ID INTEGER NOT NULL,
  Disembark_Port_ID INTEGER NOT NULL,
  Start_Date TEXT,
  Nights INTEGER,
  Price_Per_Person REAL,
  FOREIGN KEY (Ship_ID) REFERENCES Ships(Ship_ID),
  FOREIGN KEY (Embark_Port_ID) REFERENCES Ports(Port_ID),
  FOREIGN KEY (Disembark_Port_ID) REFERENCES Ports(Port_ID)
);

CREATE TABLE Passengers (
  Passenger_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Nationality TEXT,
  loyalty_level TEXT
);

CREATE TABLE Bookings (
  Booking_ID INTEGER PRIMARY KEY,
  Passenger_ID INTEGER NOT NULL,
  Cruise_ID INTEGER NOT NULL,
  Cabin_Type TEXT,
  Amount_Paid REAL,
  FOREIGN KEY (Passenger_ID) REFERENCES Passengers(Passenger_ID),
  FOREIGN KEY (Cruise_ID) REFERENCES Cruises(Cruise_ID)
);

CREATE TABLE Crew_Members (
  crew_member_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Role TEXT,
  Ship_ID INTEGER,
  Years_of_Service INTEGER,
  other_details TEXT
);

CREATE TABLE Cruise_Port_Calls (
  Cruise_ID INTEGER NOT NULL,
  Port_ID INTEGER NOT NULL,
  Call_Order INTEGER NOT NULL,
  PRIMARY KEY (Cruise_ID, Port_ID),
  FOREIGN KEY (Cruise_ID) REFERENCES Cruises(Cruise_ID),
  FOREIGN KEY (Port_ID) REFERENCES Ports(Port_ID)
);

INSERT INTO Ref_Ship_Classes VALUES ('LNG', 'Longship with full-width suites and sun deck');
INSERT INTO Ref_Ship_Classes VALUES ('STD', 'Standard river cruiser');
INSERT INTO Ref_Ship_Classes VALUES ('SUI', 'All-suite luxury river vessel');
INSERT INTO Ref_Ship_Classes VALUES ('EXP', 'Expedition riverboat with small-boat landings');
INSERT INTO Ref_Ship_Classes VALUES ('PAD', 'Traditional paddle-wheel steamer');
INSERT INTO Ports VALUES (1, 'Passau', 'Danube', 'Germany');
INSERT INTO Ports VALUES (2, 'Melk', 'Danube', 'Austria');
INSERT INTO Ports VALUES (3, 'Vienna', 'Danube', 'Austria');
INSERT INTO Ports VALUES (4, 'Bratislava', 'Danube', 'Slovakia');
INSERT INTO Ports VALUES (5, 'Budapest', 'Danube', 'Hungary');
INSERT INTO Ports VALUES (6, 'Vukovar', 'Danube', 'Croatia');
INSERT INTO Ports VALUES (7, 'Belgrade', 'Danube', 'Serbia');
INSERT INTO Ports VALUES (8, 'Basel', 'Rhine', 'Switzerland');
INSERT INTO Ports VALUES (9, 'Strasbourg', 'Rhine', 'France');
INSERT INTO Ports VALUES (10, 'Rudesheim', 'Rhine', 'Germany');
INSERT INTO Ports VALUES (11, 'Koblenz', 'Rhine', 'Germany');
INSERT INTO Ports VALUES (12, 'Cologne', 'Rhine', 'Germany');
INSERT INTO Ports VALUES (13, 'Amsterdam', 'Rhine', 'Netherlands');
INSERT INTO Ports VALUES (14, 'Paris', 'Seine', 'France');
INSERT INTO Ports VALUES (15, 'Rouen', 'Seine', 'France');
INSERT INTO Ports VALUES (16, 'Honfleur', 'Seine', 'France');
INSERT INTO Ports VALUES (17, 'Lyon', 'Rhone', 'France');
INSERT INTO Ports VALUES (18, 'Avignon', 'Rhone', 'France');
INSERT INTO Ports VALUES (19, 'Arles', 'Rhone', 'France');
INSERT INTO Ports VALUES (20, 'Porto', 'Douro', 'Portugal');
INSERT INTO Ports VALUES (21, 'Regua', 'Douro', 'Portugal');
INSERT INTO Ports VALUES (22, 'Pinhao', 'Douro', 'Portugal');
INSERT INTO Ports VALUES (23, 'Cochem', 'Moselle', 'Germany');
INSERT INTO Ports VALUES (24, 'Trier', 'Moselle', 'Germany');
INSERT INTO Ships VALUES (1, 'Danube Serenade', '2014', 95, 'LNG');
INSERT INTO Ships VALUES (2, 'Blue Heron', '2009', 72, 'STD');
INSERT INTO Ships VALUES (3, 'Duchess of Melk', '2019', 48, 'SUI');
INSERT INTO Ships VALUES (4, 'Silver Crane', '2003', 64, 'STD');
INSERT INTO Ships VALUES (5, 'Rhine Aurora', '2016', 90, 'LNG');
INSERT INTO Ships VALUES (6, 'Amadea Lyra', '2021', 56, 'SUI');
INSERT INTO Ships VALUES (7, 'Golden Otter', '1998', 80, 'STD');
INSERT INTO Ships VALUES (8, 'Seine Lumiere', '2012', 68, 'LNG');
INSERT INTO Ships VALUES (9, 'Rhone Harmony', '2017', 74, 'STD');
INSERT INTO Ships VALUES (10, 'Douro Spirit', '2013', 53, 'EXP');
INSERT INTO Ships VALUES (11, 'Quinta Star', '2022', 42, 'SUI');
INSERT INTO Ships VALUES (12, 'Moselle Belle', NULL, 38, 'EXP');
INSERT INTO Ships VALUES (13, 'Emerald Willow', '2006', 61, NULL);
INSERT INTO Ships VALUES (14, 'River Nocturne', '2024', 85, 'LNG');
INSERT INTO Cruises VALUES (1, 9, 17, 18, '2024-05-18', 6, 3089.0);
INSERT INTO Cruises VALUES (2, 12, 23, 24, '2024-08-07', 6, 2369.0);
INSERT INTO Cruises VALUES (3, 4, 4, 7, '2024-03-21', 9, 3409.0);
INSERT INTO Cruises VALUES (4, 2, 3, 5, '2024-07-14', 8, 3219.0);
INSERT INTO Cruises VALUES (5, 9, 17, 18, '2023-09-09', 4, 1779.0);
INSERT INTO Cruises VALUES (6, 8, 16, 14, '2024-10-10', 7, 1819.0);
INSERT INTO Cruises VALUES (7, 3, 2, 7, '2024-04-03', 12, 6129.0);
INSERT INTO Cruises VALUES (8, 4, 1, 5, '2023-04-01', 9, 3769.0);
INSERT INTO Cruises VALUES (9, 8, 16, 14, '2024-03-02', 5, 1299.0);
INSERT INTO Cruises VALUES (10, 8, 14, 16, '2023-09-01', 7, 3549.0);
INSERT INTO Cruises VALUES (11, 11, 22, 20, '2024-05-08', 6, 1789.0);
INSERT INTO Cruises VALUES (12, 2, 5, 2, '2024-11-12', 9, 4569.0);
INSERT INTO Cruises VALUES (13, 9, 18, 17, '2024-03-24', 5, 2599.0);
INSERT INTO Cruises VALUES (14, 5, 11, 9, '2024-10-24', 7, 2569.0);
INSERT INTO Cruises VALUES (15, 1, 4, 1, '2024-05-27', 9, 2879.0);
INSERT INTO Cruises VALUES (16, 4, 5, 3, '2024-10-22', 7, 1979.0);
INSERT INTO Cruises VALUES (17, 4, 1, 3, '2024-07-18', 7, 2669.0);
INSERT INTO Cruises VALUES (18, 5, 8, 10, '2024-04-28', 9, 2829.0);
INSERT INTO Cruises VALUES (19, 6, 10, 8, '2023-08-23', 7, 2929.0);
INSERT INTO Cruises VALUES (20, 5, 10, 12, '2024-10-24', 6, 2889.0);
INSERT INTO Cruises VALUES (21, 2, 2, 7, '2023-04-16', 13, 4119.0);
INSERT INTO Cruises VALUES (22, 11, 22, 20, '2024-05-13', 5, 2079.0);
INSERT INTO Cruises VALUES (23, 12, 23, 24, '2024-07-03', 3, 1359.0);
INSERT INTO Cruises VALUES (24, 6, 9, 11, '2024-11-07', 5, 2329.0);
INSERT INTO Cruises VALUES (25, 10, 20, 22, '2024-10-24', 8, 3339.0);
INSERT INTO Cruises VALUES (26, 5, 8, 12, '2024-09-20', 10, 4779.0);
INSERT INTO Cruises VALUES (27, 7, 11, 13, '2024-10-07', 8, 3819.0);
INSERT INTO Cruises VALUES (28, 8, 16, 14, '2024-07-11', 6, 2529.0);
INSERT INTO Cruises VALUES (29, 11, 20, 22, '2024-07-10', 6, 2499.0);
INSERT INTO Passengers VALUES (1, 'Joan Campbell', 43, 'United States', 'Silver');
INSERT INTO Passengers VALUES (2, 'Chloe Reid', 78, 'Germany', 'Gold');
INSERT INTO Passengers VALUES (3, 'Joan Muller', 77, 'Germany', 'Platinum');
INSERT INTO Passengers VALUES (4, 'Dorothy Smith', 59, 'Australia', 'Bronze');
INSERT INTO Passengers VALUES (5, 'Gerhard Reid', 33, 'United States', 'Silver');
INSERT INTO Passengers VALUES (6, 'Edward Fraser', 53, 'United Kingdom', 'Gold');
INSERT INTO Passengers VALUES (7, 'Mary Muller', 41, 'Australia', 'Silver');
INSERT INTO Passengers VALUES (8, 'Willem Smith', 73, 'Ireland', 'Platinum');
INSERT INTO Passengers VALUES (9, 'Peter Fraser', 80, 'United Kingdom', NULL);
INSERT INTO Passengers VALUES (10, 'Dorothy Thompson', 38, 'Ireland', 'Platinum');
INSERT INTO Passengers VALUES (11, 'Dorothy Taylor', 78, 'United Kingdom', 'Platinum');
INSERT INTO Passengers VALUES (12, 'Susan Reid', 42, 'United States', 'Silver');
INSERT INTO Passengers VALUES (13, 'Gerhard Fischer', 38, 'United States', 'Bronze');
INSERT INTO Passengers VALUES (14, 'Hans Schneider', 57, 'United States', 'Gold');
INSERT INTO Passengers VALUES (15, 'Susan Schneider', 57, 'United States', 'Gold');
INSERT INTO Passengers VALUES (16, 'David Fraser', 54, 'Ireland', 'Gold');
INSERT INTO Passengers VALUES (17, 'Walter Fraser', 41, 'United Kingdom', 'Silver');
INSERT INTO Passengers VALUES (18, 'Sophie Stewart', 74, 'Germany', 'Bronze');
INSERT INTO Passengers VALUES (19, 'Margaret Wilson', 76, 'Germany', NULL);
INSERT INTO Passengers VALUES (20, 'Noah Fischer', 71, 'Canada', 'Platinum');
INSERT INTO Passengers VALUES (21, 'Dennis Anderson', 47, 'Canada', 'Gold');
INSERT INTO Passengers VALUES (22, 'Anke Muller', 58, 'Netherlands', 'Silver');
INSERT INTO Passengers VALUES (23, 'Gerhard Johnson', 65, 'Canada', 'Bronze');
INSERT INTO Passengers VALUES (24, 'David de Vries', 33, 'Netherlands', 'Silver');
INSERT INTO Passengers VALUES (25, 'Linda Schneider', 31, 'Canada', NULL);
INSERT INTO Passengers VALUES (26, 'Linda Jansen', 54, 'Germany', 'Platinum');
INSERT INTO Passengers VALUES (27, 'Samuel Nguyen', 68, 'France', 'Silver');
INSERT INTO Passengers VALUES (28, 'Rita Reid', 56, 'United States', 'Bronze');
INSERT INTO Passengers VALUES (29, 'Harold Morgan', 76, 'United Kingdom', NULL);
INSERT INTO Passengers VALUES (30, 'Gerhard Morgan', 72, 'Germany', NULL);
INSERT INTO Passengers VALUES (31, 'James Jansen', 47, 'United Kingdom', 'Bronze');
INSERT INTO Passengers VALUES (32, 'Charlotte Johnson', 56, 'Netherlands', 'Platinum');
INSERT INTO Passengers VALUES (33, 'Pierre Morgan', 71, 'Canada', 'Bronze');
INSERT INTO Passengers VALUES (34, 'Mary Clarke', 79, 'United States', 'Platinum');
INSERT INTO Bookings VALUES (1, 14, 17, 'Balcony', 3422.99);
INSERT INTO Bookings VALUES (2, 11, 16, 'Suite', 3384.09);
INSERT INTO Bookings VALUES (3, 23, 25, 'Balcony', 4282.27);
INSERT INTO Bookings VALUES (4, 7, 17, 'Balcony', 3603.15);
INSERT INTO Bookings VALUES (5, 6, 13, 'Balcony', 3508.65);
INSERT INTO Bookings VALUES (6, 13, 27, 'Suite', 6893.29);
INSERT INTO Bookings VALUES (7, 2, 20, 'Standard', 2889.0);
INSERT INTO Bookings VALUES (8, 7, 12, 'Suite', 7812.99);
INSERT INTO Bookings VALUES (9, 17, 1, 'Suite', 5869.1);
INSERT INTO Bookings VALUES (10, 6, 10, 'Standard', 3549.0);
INSERT INTO Bookings VALUES (11, 3, 10, 'Balcony', NULL);
INSERT INTO Bookings VALUES (12, 29, 29, 'Standard', 2499.0);
INSERT INTO Bookings VALUES (13, 11, 7, 'Balcony', 7446.73);
INSERT INTO Bookings VALUES (14, 19, 14, 'Standard', 2569.0);
INSERT INTO Bookings VALUES (15, 29, 24, 'Standard', 2329.0);
INSERT INTO Bookings VALUES (16, 30, 21, 'Standard', 3707.1);
INSERT INTO Bookings VALUES (17, 3, 16, 'Suite', 3760.1);
INSERT INTO Bookings VALUES (18, 10, 21, 'Balcony', 5560.65);
INSERT INTO Bookings VALUES (19, 11, 27, 'Balcony', 5155.65);
INSERT INTO Bookings VALUES (20, 3, 13, 'Standard', 2339.1);
INSERT INTO Bookings VALUES (21, 15, 4, 'Suite', 6116.1);
INSERT INTO Bookings VALUES (22, 11, 25, 'Standard', 3339.0);
INSERT INTO Bookings VALUES (23, 13, 12, 'Balcony', NULL);
INSERT INTO Bookings VALUES (24, 33, 11, 'Balcony', NULL);
INSERT INTO Bookings VALUES (25, 29, 12, 'Suite', 8247.05);
INSERT INTO Bookings VALUES (26, 21, 15, 'Suite', NULL);
INSERT INTO Bookings VALUES (27, 29, 4, 'Suite', 5504.49);
INSERT INTO Bookings VALUES (28, 4, 22, 'Suite', 3555.09);
INSERT INTO Bookings VALUES (29, 20, 16, 'Standard', 1979.0);
INSERT INTO Bookings VALUES (30, 34, 12, 'Standard', 4112.1);
INSERT INTO Bookings VALUES (31, 13, 28, 'Balcony', 3414.15);
INSERT INTO Bookings VALUES (32, 29, 27, 'Balcony', 5155.65);
INSERT INTO Bookings VALUES (33, 22, 12, 'Balcony', 6168.15);
INSERT INTO Bookings VALUES (34, 13, 20, 'Suite', 5489.1);
INSERT INTO Bookings VALUES (35, 25, 7, 'Suite', 10480.59);
INSERT INTO Bookings VALUES (36, 23, 6, 'Standard', 1637.1);
INSERT INTO Bookings VALUES (37, 8, 22, 'Suite', 3555.09);
INSERT INTO Bookings VALUES (38, 8, 25, 'Balcony', 4056.89);
INSERT INTO Bookings VALUES (39, 34, 1, 'Standard', 3089.0);
INSERT INTO Bookings VALUES (40, 4, 28, 'Balcony', NULL);
INSERT INTO Crew_Members VALUES (1, 'Samuel Bauer', 'Captain', 1, 16, NULL);
INSERT INTO Crew_Members VALUES (2, 'Linda Anderson', 'Captain', 2, 22, NULL);
INSERT INTO Crew_Members VALUES (3, 'Claire Walsh', 'Captain', 3, 22, 'Trainee');
INSERT INTO Crew_Members VALUES (4, 'Judith Smith', 'Captain', 4, 25, 'Speaks German and French');
INSERT INTO Crew_Members VALUES (5, 'Hans de Vries', 'Captain', 5, 8, 'Speaks German and French');
INSERT INTO Crew_Members VALUES (6, 'Pierre Fischer', 'Captain', 6, 10, NULL);
INSERT INTO Crew_Members VALUES (7, 'Oliver Kowalski', 'Captain', 7, 12, NULL);
INSERT INTO Crew_Members VALUES (8, 'Karen Murphy', 'Captain', 8, 16, NULL);
INSERT INTO Crew_Members VALUES (9, 'Noah de Vries', 'Captain', 9, 8, NULL);
INSERT INTO Crew_Members VALUES (10, 'Edward Anderson', 'Captain', 10, 18, NULL);
INSERT INTO Crew_Members VALUES (11, 'Charlotte Schneider', 'Captain', 11, 16, NULL);
INSERT INTO Crew_Members VALUES (12, 'Pierre Kowalski', 'Captain', 13, 8, NULL);
INSERT INTO Crew_Members VALUES (13, 'Willem Bauer', 'Steward', 5, 9, 'Former sommelier');
INSERT INTO Crew_Members VALUES (14, 'Liam Harris', 'Chef', 13, 4, 'Trainee');
INSERT INTO Crew_Members VALUES (15, 'Willem Kowalski', 'Deckhand', 4, 1, NULL);
INSERT INTO Crew_Members VALUES (16, 'Liam Brown', 'Chef', 2, 3, NULL);
INSERT INTO Crew_Members VALUES (17, 'Ingrid de Vries', 'Deckhand', 13, 4, 'First aid certified');
INSERT INTO Crew_Members VALUES (18, 'Wendy Anderson', 'Deckhand', 2, 13, NULL);
INSERT INTO Crew_Members VALUES (19, 'Susan Fischer', 'Engineer', 5, 11, NULL);
INSERT INTO Crew_Members VALUES (20, 'Linda de Vries', 'Hotel Manager', 10, 1, 'Trainee');
INSERT INTO Crew_Members VALUES (21, 'Anke Dubois', 'Steward', 11, 8, 'Speaks German and French');
INSERT INTO Crew_Members VALUES (22, 'Wendy Taylor', 'Engineer', 10, 7, 'Former sommelier');
INSERT INTO Crew_Members VALUES (23, 'Linda Wilson', 'Deckhand', 7, 8, NULL);
INSERT INTO Crew_Members VALUES (24, 'Noah Stewart', 'Deckhand', 5, 1, NULL);
INSERT INTO Crew_Members VALUES (25, 'Susan Nguyen', 'Deckhand', 2, 3, NULL);
INSERT INTO Crew_Members VALUES (26, 'Edward Bennett', 'Deckhand', 10, 3, 'First aid certified');
INSERT INTO Crew_Members VALUES (27, 'Rita Kowalski', 'Steward', 10, 14, 'Trainee');
INSERT INTO Crew_Members VALUES (28, 'Oliver Walsh', 'Deckhand', 11, 7, NULL);
INSERT INTO Crew_Members VALUES (29, 'Chloe Hughes', 'Hotel Manager', 10, 1, NULL);
INSERT INTO Crew_Members VALUES (30, 'Pierre Smith', 'Deckhand', 6, 5, NULL);
INSERT INTO Crew_Members VALUES (31, 'Willem Stewart', 'Cruise Director', 3, 9, NULL);
INSERT INTO Crew_Members VALUES (32, 'Claire Brown', 'Steward', 4, 5, NULL);
INSERT INTO Cruise_Port_Calls VALUES (3, 5, 1);
INSERT INTO Cruise_Port_Calls VALUES (4, 4, 1);
INSERT INTO Cruise_Port_Calls VALUES (6, 15, 1);
INSERT INTO Cruise_Port_Calls VALUES (7, 3, 1);
INSERT INTO Cruise_Port_Calls VALUES (7, 4, 2);
INSERT INTO Cruise_Port_Calls VALUES (7, 5, 3);
INSERT INTO Cruise_Port_Calls VALUES (8, 2, 1);
INSERT INTO Cruise_Port_Calls VALUES (8, 3, 2);
INSERT INTO Cruise_Port_Calls VALUES (8, 4, 3);
INSERT INTO Cruise_Port_Calls VALUES (9, 15, 1);
INSERT INTO Cruise_Port_Calls VALUES (10, 15, 1);
INSERT INTO Cruise_Port_Calls VALUES (11, 21, 1);
INSERT INTO Cruise_Port_Calls VALUES (12, 4, 1);
INSERT INTO Cruise_Port_Calls VALUES (12, 3, 2);
INSERT INTO Cruise_Port_Calls VALUES (14, 10, 1);
INSERT INTO Cruise_Port_Calls VALUES (15, 3, 1);
INSERT INTO Cruise_Port_Calls VALUES (15, 2, 2);
INSERT INTO Cruise_Port_Calls VALUES (16, 4, 1);
INSERT INTO Cruise_Port_Calls VALUES (17, 2, 1);
INSERT INTO Cruise_Port_Calls VALUES (18, 9, 1);
INSERT INTO Cruise_Port_Calls VALUES (19, 9, 1);
INSERT INTO Cruise_Port_Calls VALUES (20, 11, 1);
INSERT INTO Cruise_Port_Calls VALUES (21, 3, 1);
INSERT INTO Cruise_Port_Calls VALUES (21, 4, 2);
INSERT INTO Cruise_Port_Calls VALUES (21, 5, 3);
INSERT INTO Cruise_Port_Calls VALUES (22, 21, 1);
INSERT INTO Cruise_Port_Calls VALUES (24, 10, 1);
INSERT INTO Cruise_Port_Calls VALUES (25, 21, 1);
INSERT INTO Cruise_Port_Calls VALUES (26, 9, 1);
INSERT INTO Cruise_Port_Calls VALUES (26, 10, 2);
INSERT INTO Cruise_Port_Calls VALUES (26, 11, 3);
INSERT INTO Cruise_Port_Calls VALUES (27, 12, 1);
INSERT INTO Cruise_Port_Calls VALUES (28, 15, 1);
INSERT INTO Cruise_Port_Calls VALUES (29, 21, 1);
