-- bus_network: a regional bus network (depots, stops, routes, buses, drivers, trips)
PRAGMA foreign_keys = ON;

CREATE TABLE Depots (
    Depot_ID INTEGER PRIMARY KEY,
    Depot_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Capacity INTEGER,
    Opened_Year TEXT
);

CREATE TABLE Bus_Stops (
    stop_id INTEGER PRIMARY KEY,
    Stop_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Zone INTEGER
);

CREATE TABLE Ref_Bus_Models (
    model_code TEXT PRIMARY KEY,
    Manufacturer TEXT NOT NULL,
    Seats INTEGER NOT NULL,
    model_description TEXT
);

CREATE TABLE Routes (
    Route_ID INTEGER PRIMARY KEY,
    Route_Number TEXT NOT NULL,
    Start_Stop_ID INTEGER NOT NULL,
    End_Stop_ID INTEGER NOT NULL,
    Length_km REAL,
    Depot_ID INTEGER,
    FOREIGN KEY (Start_Stop_ID) REFERENCES Bus_Stops(stop_id),
    FOREIGN KEY (End_Stop_ID) REFERENCES Bus_Stops(stop_id),
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Buses (
    Bus_ID INTEGER PRIMARY KEY,
    Registration TEXT NOT NULL,
    model_code TEXT NOT NULL,
    Year_Built INTEGER,
    Depot_ID INTEGER,
    other_details TEXT,
    FOREIGN KEY (model_code) REFERENCES Ref_Bus_Models(model_code),
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Drivers (
    Driver_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Licence_Year INTEGER,
    Depot_ID INTEGER,
    FOREIGN KEY (Depot_ID) REFERENCES Depots(Depot_ID)
);

CREATE TABLE Trips (
    Trip_ID INTEGER PRIMARY KEY,
    Route_ID INTEGER NOT NULL,
    Driver_ID INTEGER NOT NULL,
    Bus_ID INTEGER NOT NULL,
    Trip_Date TEXT NOT NULL,
    Passengers INTEGER,
    Fare_Revenue REAL
);

CREATE TABLE Route_Stops (
    Route_ID INTEGER NOT NULL,
    stop_id INTEGER NOT NULL,
    Stop_Order INTEGER NOT NULL,
    PRIMARY KEY (Route_ID, stop_id),
    FOREIGN KEY (Route_ID) REFERENCES Routes(Route_ID),
    FOREIGN KEY (stop_id) REFERENCES Bus_Stops(stop_id)
);

INSERT INTO Depots VALUES (1, 'Harrogate Central Garage', 'Harrogate', 85, '1962');
INSERT INTO Depots VALUES (2, 'Ripon Road Depot', 'Ripon', 40, '1978');
INSERT INTO Depots VALUES (3, 'Skipton Broughton Yard', 'Skipton', 55, '1985');
INSERT INTO Depots VALUES (4, 'Otley Wharfe Depot', 'Otley', 30, '1971');
INSERT INTO Depots VALUES (5, 'Wetherby Sandbeck Depot', 'Wetherby', 45, '1999');
INSERT INTO Depots VALUES (6, 'Selby Ousegate Garage', 'Selby', NULL, '1956');
INSERT INTO Depots VALUES (7, 'Ilkley Moor Outstation', 'Ilkley', 18, '2008');
INSERT INTO Depots VALUES (8, 'Tadcaster Maltings Depot', 'Tadcaster', 25, NULL);
INSERT INTO Depots VALUES (9, 'Settle Road Outstation', 'Skipton', 12, '2015');
INSERT INTO Depots VALUES (10, 'Sherburn Industrial Park Depot', 'Selby', 60, '2019');

INSERT INTO Bus_Stops VALUES (1, 'Harrogate Bus Station', 'Harrogate', 1);
INSERT INTO Bus_Stops VALUES (2, 'Valley Gardens', 'Harrogate', 1);
INSERT INTO Bus_Stops VALUES (3, 'Harrogate District Hospital', 'Harrogate', 2);
INSERT INTO Bus_Stops VALUES (4, 'Pannal Ash', 'Harrogate', 2);
INSERT INTO Bus_Stops VALUES (5, 'Ripon Market Place', 'Ripon', 3);
INSERT INTO Bus_Stops VALUES (6, 'Ripon Cathedral', 'Ripon', 3);
INSERT INTO Bus_Stops VALUES (7, 'Fountains Abbey Gate', 'Ripon', 4);
INSERT INTO Bus_Stops VALUES (8, 'Skipton Bus Station', 'Skipton', 5);
INSERT INTO Bus_Stops VALUES (9, 'Skipton Castle', 'Skipton', 5);
INSERT INTO Bus_Stops VALUES (10, 'Embsay Crossroads', 'Skipton', NULL);
INSERT INTO Bus_Stops VALUES (11, 'Otley Bus Station', 'Otley', 2);
INSERT INTO Bus_Stops VALUES (12, 'Otley Chevin Foot', 'Otley', 2);
INSERT INTO Bus_Stops VALUES (13, 'Pool in Wharfedale', 'Otley', 3);
INSERT INTO Bus_Stops VALUES (14, 'Ilkley Station Road', 'Ilkley', 3);
INSERT INTO Bus_Stops VALUES (15, 'Ben Rhydding', 'Ilkley', 3);
INSERT INTO Bus_Stops VALUES (16, 'Burley Main Street', 'Ilkley', 4);
INSERT INTO Bus_Stops VALUES (17, 'Wetherby Bus Station', 'Wetherby', 2);
INSERT INTO Bus_Stops VALUES (18, 'Boston Spa Square', 'Wetherby', 3);
INSERT INTO Bus_Stops VALUES (19, 'Collingham Crossroads', 'Wetherby', 3);
INSERT INTO Bus_Stops VALUES (20, 'Selby Bus Station', 'Selby', 5);
INSERT INTO Bus_Stops VALUES (21, 'Selby Abbey', 'Selby', 5);
INSERT INTO Bus_Stops VALUES (22, 'Drax Power Station', 'Selby', NULL);
INSERT INTO Bus_Stops VALUES (23, 'Tadcaster Bridge', 'Tadcaster', 4);
INSERT INTO Bus_Stops VALUES (24, 'Sherburn Market Cross', 'Tadcaster', 4);
INSERT INTO Bus_Stops VALUES (25, 'Knaresborough Castle', 'Knaresborough', 1);
INSERT INTO Bus_Stops VALUES (26, 'Knaresborough High Street', 'Knaresborough', 1);
INSERT INTO Bus_Stops VALUES (27, 'Starbeck Station', 'Knaresborough', 1);
INSERT INTO Bus_Stops VALUES (28, 'Bolton Abbey Village', 'Skipton', 5);
INSERT INTO Bus_Stops VALUES (29, 'Pateley Bridge Square', 'Ripon', NULL);
INSERT INTO Bus_Stops VALUES (30, 'Spofforth Castle Lane', 'Wetherby', 3);

INSERT INTO Ref_Bus_Models VALUES ('E400', 'Alexander Dennis', 78, 'Enviro400 double deck');
INSERT INTO Ref_Bus_Models VALUES ('E200', 'Alexander Dennis', 39, 'Enviro200 midibus');
INSERT INTO Ref_Bus_Models VALUES ('STRL', 'Wright', 41, 'StreetLite single deck');
INSERT INTO Ref_Bus_Models VALUES ('SDK9', 'Wright', 84, 'StreetDeck hybrid double deck');
INSERT INTO Ref_Bus_Models VALUES ('B8RL', 'Volvo', 49, 'B8RLE single deck');
INSERT INTO Ref_Bus_Models VALUES ('CTZ', 'Optare', 29, 'Solo SR small bus');
INSERT INTO Ref_Bus_Models VALUES ('CTV', 'Mercedes-Benz', 45, 'Citaro');
INSERT INTO Ref_Bus_Models VALUES ('ECT', 'Irizar', 53, NULL);
INSERT INTO Ref_Bus_Models VALUES ('LNC', 'MAN', 44, 'Lion''s City 12 single deck');
INSERT INTO Ref_Bus_Models VALUES ('B5LH', 'Volvo', 63, 'B5LH hybrid double deck');

INSERT INTO Routes VALUES (1, '36', 1, 5, 20.4, 1);
INSERT INTO Routes VALUES (2, '1', 1, 26, 45.4, 1);
INSERT INTO Routes VALUES (3, 'X6', 1, 10, 11.2, 1);
INSERT INTO Routes VALUES (4, '24', 1, 29, 24.0, 2);
INSERT INTO Routes VALUES (5, '139', 5, 7, 15.9, 2);
INSERT INTO Routes VALUES (6, 'X84', 8, 13, 40.1, 3);
INSERT INTO Routes VALUES (7, '74', 8, 28, 34.1, 3);
INSERT INTO Routes VALUES (8, '962', 11, 14, 45.5, 4);
INSERT INTO Routes VALUES (9, 'X52', 11, 3, 22.2, 4);
INSERT INTO Routes VALUES (10, '7', 17, 1, 10.9, 5);
INSERT INTO Routes VALUES (11, '770', 17, 18, 47.9, 5);
INSERT INTO Routes VALUES (12, 'X10', 20, 23, 46.2, 6);
INSERT INTO Routes VALUES (13, '405', 20, 22, 24.1, 6);
INSERT INTO Routes VALUES (14, '843', 23, 24, 27.7, 8);
INSERT INTO Routes VALUES (15, '65', 14, 16, 20.9, 7);
INSERT INTO Routes VALUES (16, '2A', 25, 27, NULL, NULL);

INSERT INTO Buses VALUES (1, 'YJ60 NSU', 'E400', 2010, 1, NULL);
INSERT INTO Buses VALUES (2, 'YJ70 BMR', 'E400', 2020, 1, NULL);
INSERT INTO Buses VALUES (3, 'YK70 VBP', 'SDK9', 2020, 1, 'Wheelchair ramp under repair');
INSERT INTO Buses VALUES (4, 'YK08 YRY', 'STRL', 2008, 1, NULL);
INSERT INTO Buses VALUES (5, 'YK68 JTR', 'E200', 2018, 1, NULL);
INSERT INTO Buses VALUES (6, 'YK62 MUR', 'B8RL', 2012, 1, NULL);
INSERT INTO Buses VALUES (7, 'YN08 UDY', 'E200', 2008, 2, NULL);
INSERT INTO Buses VALUES (8, 'YX19 JVO', 'STRL', 2019, 2, NULL);
INSERT INTO Buses VALUES (9, 'YJ72 WOR', 'CTZ', 2022, 2, 'Branded for route 139');
INSERT INTO Buses VALUES (10, 'YK15 LPV', 'B8RL', 2015, 3, NULL);
INSERT INTO Buses VALUES (11, 'YJ60 VHH', 'B8RL', 2010, 3, NULL);
INSERT INTO Buses VALUES (12, 'YX64 VXB', 'E400', 2014, 3, NULL);
INSERT INTO Buses VALUES (13, 'YN21 GTR', 'CTZ', NULL, 3, NULL);
INSERT INTO Buses VALUES (14, 'YN19 XCY', 'STRL', 2019, 4, NULL);
INSERT INTO Buses VALUES (15, 'YN62 KNP', 'E200', 2012, 4, NULL);
INSERT INTO Buses VALUES (16, 'YX72 LVH', 'CTZ', 2022, 4, NULL);
INSERT INTO Buses VALUES (17, 'YN23 XOR', 'E400', 2023, 5, 'Open-top conversion for summer');
INSERT INTO Buses VALUES (18, 'YN21 DCR', 'STRL', 2021, 5, NULL);
INSERT INTO Buses VALUES (19, 'YK68 CBS', 'B8RL', 2018, 5, NULL);
INSERT INTO Buses VALUES (20, 'YN68 FVW', 'E200', 2018, 6, NULL);
INSERT INTO Buses VALUES (21, 'YJ62 ELU', 'E200', 2012, 6, 'Fitted with USB charging');
INSERT INTO Buses VALUES (22, 'YK15 EUW', 'STRL', 2015, 6, NULL);
INSERT INTO Buses VALUES (23, 'YK70 DAX', 'CTZ', 2020, 7, NULL);
INSERT INTO Buses VALUES (24, 'YJ62 GPA', 'SDK9', 2012, 1, NULL);
INSERT INTO Buses VALUES (25, 'YK21 WVO', 'B8RL', 2021, 2, NULL);

INSERT INTO Drivers VALUES (1, 'James Whitaker', 59, 1992, 1);
INSERT INTO Drivers VALUES (2, 'Sarah Holroyd', 33, 2016, 1);
INSERT INTO Drivers VALUES (3, 'Mohammed Iqbal', 26, 2018, 1);
INSERT INTO Drivers VALUES (4, 'Emma Atkinson', 28, 2019, 1);
INSERT INTO Drivers VALUES (5, 'David Sutcliffe', 38, 2008, 2);
INSERT INTO Drivers VALUES (6, 'Claire Brennan', 50, 1998, 2);
INSERT INTO Drivers VALUES (7, 'Paul Metcalfe', 30, NULL, 2);
INSERT INTO Drivers VALUES (8, 'Aisha Rahman', 27, 2020, 3);
INSERT INTO Drivers VALUES (9, 'Gareth Pickles', 39, 2020, 3);
INSERT INTO Drivers VALUES (10, 'Helen Dawson', 42, 2014, 3);
INSERT INTO Drivers VALUES (11, 'Tomasz Nowak', 36, 2010, 4);
INSERT INTO Drivers VALUES (12, 'Rachel Greenwood', 25, 2019, 4);
INSERT INTO Drivers VALUES (13, 'Stephen Lofthouse', 53, 2020, 5);
INSERT INTO Drivers VALUES (14, 'Priya Sharma', 31, 2019, 5);
INSERT INTO Drivers VALUES (15, 'Mark Hebden', 57, 2008, 5);
INSERT INTO Drivers VALUES (16, 'Joanne Ackroyd', 35, NULL, 6);
INSERT INTO Drivers VALUES (17, 'Liam Kershaw', 63, 1985, 6);
INSERT INTO Drivers VALUES (18, 'Beverley Hirst', 49, 2008, 6);
INSERT INTO Drivers VALUES (19, 'Andrew Fawcett', 41, 2005, 1);
INSERT INTO Drivers VALUES (20, 'Nadia Kowalczyk', 58, 2003, 3);

INSERT INTO Trips VALUES (1, 1, 1, 1, '2024-03-03', 26, 52.13);
INSERT INTO Trips VALUES (2, 9, 12, 16, '2024-03-03', 27, 52.49);
INSERT INTO Trips VALUES (3, 8, 12, 15, '2024-03-04', 40, 78.42);
INSERT INTO Trips VALUES (4, 10, 13, 19, '2024-03-04', 29, 59.73);
INSERT INTO Trips VALUES (5, 12, 18, 20, '2024-03-04', 41, 110.25);
INSERT INTO Trips VALUES (6, 8, 12, 16, '2024-03-08', 27, 61.99);
INSERT INTO Trips VALUES (7, 7, 20, 12, '2024-03-08', 18, 31.71);
INSERT INTO Trips VALUES (8, 1, 4, 2, '2024-03-09', 72, 205.97);
INSERT INTO Trips VALUES (9, 9, 12, 16, '2024-03-09', 21, 55.0);
INSERT INTO Trips VALUES (10, 9, 12, 16, '2024-03-11', 4, 8.13);
INSERT INTO Trips VALUES (11, 12, 17, 20, '2024-03-12', 26, 51.51);
INSERT INTO Trips VALUES (12, 10, 14, 18, '2024-03-14', 34, 88.78);
INSERT INTO Trips VALUES (13, 4, 5, 25, '2024-03-17', 4, 10.58);
INSERT INTO Trips VALUES (14, 3, 4, 2, '2024-03-18', 72, 187.52);
INSERT INTO Trips VALUES (15, 7, 9, 12, '2024-03-19', 76, 167.01);
INSERT INTO Trips VALUES (16, 10, 13, 17, '2024-03-23', 73, 191.65);
INSERT INTO Trips VALUES (17, 3, 4, 5, '2024-03-25', 6, 10.34);
INSERT INTO Trips VALUES (18, 2, 2, 5, '2024-03-27', 20, 53.49);
INSERT INTO Trips VALUES (19, 2, 4, 24, '2024-04-03', 70, 151.07);
INSERT INTO Trips VALUES (20, 3, 2, 1, '2024-04-05', 80, 192.87);
INSERT INTO Trips VALUES (21, 11, 14, 19, '2024-04-05', 5, 10.32);
INSERT INTO Trips VALUES (22, 5, 6, 9, '2024-04-07', 16, NULL);
INSERT INTO Trips VALUES (23, 9, 12, 15, '2024-04-07', 11, 21.21);
INSERT INTO Trips VALUES (24, 7, 20, 11, '2024-04-08', 19, NULL);
INSERT INTO Trips VALUES (25, 10, 14, 17, '2024-04-08', 4, 11.17);
INSERT INTO Trips VALUES (26, 8, 11, 14, '2024-04-10', 34, 94.16);
INSERT INTO Trips VALUES (27, 12, 17, 21, '2024-04-15', 30, 80.85);
INSERT INTO Trips VALUES (28, 13, 16, 21, '2024-04-18', 23, 64.88);
INSERT INTO Trips VALUES (29, 2, 3, 5, '2024-04-21', 16, 31.01);
INSERT INTO Trips VALUES (30, 10, 15, 17, '2024-04-22', 82, 162.34);
INSERT INTO Trips VALUES (31, 5, 7, 25, '2024-04-22', 15, 25.01);
INSERT INTO Trips VALUES (32, 11, 14, 17, '2024-04-25', 86, 160.33);
INSERT INTO Trips VALUES (33, 5, 5, 7, '2024-04-28', 6, 11.39);
INSERT INTO Trips VALUES (34, 10, 15, 17, '2024-05-03', 53, 102.99);
INSERT INTO Trips VALUES (35, 1, 1, 5, '2024-05-05', 20, 47.8);
INSERT INTO Trips VALUES (36, 12, 16, 21, '2024-05-07', 47, 125.72);
INSERT INTO Trips VALUES (37, 10, 14, 18, '2024-05-12', 20, 39.76);
INSERT INTO Trips VALUES (38, 10, 13, 18, '2024-05-19', 8, 13.87);
INSERT INTO Trips VALUES (39, 11, 14, 17, '2024-05-23', 45, NULL);
INSERT INTO Trips VALUES (40, 12, 16, 21, '2024-05-25', 8, 19.18);

INSERT INTO Route_Stops VALUES (1, 1, 1);
INSERT INTO Route_Stops VALUES (1, 3, 2);
INSERT INTO Route_Stops VALUES (1, 5, 3);
INSERT INTO Route_Stops VALUES (2, 1, 1);
INSERT INTO Route_Stops VALUES (2, 24, 2);
INSERT INTO Route_Stops VALUES (2, 26, 3);
INSERT INTO Route_Stops VALUES (3, 1, 1);
INSERT INTO Route_Stops VALUES (3, 10, 2);
INSERT INTO Route_Stops VALUES (4, 1, 1);
INSERT INTO Route_Stops VALUES (4, 6, 2);
INSERT INTO Route_Stops VALUES (4, 29, 3);
INSERT INTO Route_Stops VALUES (5, 5, 1);
INSERT INTO Route_Stops VALUES (5, 7, 2);
INSERT INTO Route_Stops VALUES (6, 8, 1);
INSERT INTO Route_Stops VALUES (6, 9, 2);
INSERT INTO Route_Stops VALUES (6, 13, 3);
INSERT INTO Route_Stops VALUES (7, 8, 1);
INSERT INTO Route_Stops VALUES (7, 28, 2);
INSERT INTO Route_Stops VALUES (8, 11, 1);
INSERT INTO Route_Stops VALUES (8, 12, 2);
INSERT INTO Route_Stops VALUES (8, 14, 3);
INSERT INTO Route_Stops VALUES (9, 11, 1);
INSERT INTO Route_Stops VALUES (9, 4, 2);
INSERT INTO Route_Stops VALUES (9, 3, 3);
INSERT INTO Route_Stops VALUES (10, 17, 1);
INSERT INTO Route_Stops VALUES (10, 19, 2);
INSERT INTO Route_Stops VALUES (10, 30, 3);
INSERT INTO Route_Stops VALUES (10, 1, 4);
INSERT INTO Route_Stops VALUES (11, 17, 1);
INSERT INTO Route_Stops VALUES (11, 18, 2);
INSERT INTO Route_Stops VALUES (12, 20, 1);
INSERT INTO Route_Stops VALUES (12, 21, 2);
INSERT INTO Route_Stops VALUES (12, 23, 3);
INSERT INTO Route_Stops VALUES (13, 20, 1);
INSERT INTO Route_Stops VALUES (13, 22, 2);
INSERT INTO Route_Stops VALUES (14, 23, 1);
INSERT INTO Route_Stops VALUES (14, 24, 2);
INSERT INTO Route_Stops VALUES (15, 14, 1);
INSERT INTO Route_Stops VALUES (15, 15, 2);
INSERT INTO Route_Stops VALUES (15, 16, 3);
