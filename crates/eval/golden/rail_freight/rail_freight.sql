PRAGMA foreign_keys = ON;

CREATE TABLE Rail_Yards (
    Yard_ID INTEGER PRIMARY KEY,
    Yard_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Region TEXT NOT NULL,
    Number_of_Tracks INTEGER,
    Opened_Year INTEGER
);

CREATE TABLE Locomotives (
    Locomotive_ID INTEGER PRIMARY KEY,
    Loco_Number TEXT NOT NULL,
    Class TEXT NOT NULL,
    Manufacturer TEXT,
    Horsepower INTEGER,
    Build_Year INTEGER,
    Home_Yard_ID INTEGER
);

CREATE TABLE Wagons (
    Wagon_ID INTEGER PRIMARY KEY,
    Wagon_Code TEXT NOT NULL,
    wagon_type TEXT NOT NULL,
    Capacity_Tonnes INTEGER,
    Build_Year INTEGER,
    Last_Inspection_Date TEXT
);

CREATE TABLE Ref_Cargo_Types (
    cargo_type_code TEXT PRIMARY KEY,
    cargo_type_description TEXT NOT NULL,
    Hazardous TEXT NOT NULL
);

CREATE TABLE Customers (
    Customer_ID INTEGER PRIMARY KEY,
    Customer_Name TEXT NOT NULL,
    Town TEXT,
    Industry TEXT,
    Contact_Phone TEXT,
    Account_Opened TEXT
);

CREATE TABLE Drivers (
    Driver_ID INTEGER PRIMARY KEY,
    Driver_Name TEXT NOT NULL,
    Age INTEGER,
    Hire_Date TEXT,
    Home_Yard_ID INTEGER,
    FOREIGN KEY (Home_Yard_ID) REFERENCES Rail_Yards(Yard_ID)
);

CREATE TABLE Train_Runs (
    Run_ID INTEGER PRIMARY KEY,
    Run_Date TEXT NOT NULL,
    Departure_Time TEXT,
    origin_yard_id INTEGER NOT NULL,
    destination_yard_id INTEGER NOT NULL,
    Locomotive_ID INTEGER,
    Driver_ID INTEGER,
    Distance_km TEXT,
    Status TEXT,
    Arrival_Delay_Minutes INTEGER,
    FOREIGN KEY (origin_yard_id) REFERENCES Rail_Yards(Yard_ID),
    FOREIGN KEY (destination_yard_id) REFERENCES Rail_Yards(Yard_ID),
    FOREIGN KEY (Locomotive_ID) REFERENCES Locomotives(Locomotive_ID),
    FOREIGN KEY (Driver_ID) REFERENCES Drivers(Driver_ID)
);

CREATE TABLE Consignments (
    Consignment_ID INTEGER PRIMARY KEY,
    Run_ID INTEGER NOT NULL,
    Customer_ID INTEGER NOT NULL,
    cargo_type_code TEXT NOT NULL,
    Wagon_ID INTEGER,
    Tonnage REAL,
    Freight_Charge REAL,
    FOREIGN KEY (Run_ID) REFERENCES Train_Runs(Run_ID),
    FOREIGN KEY (Customer_ID) REFERENCES Customers(Customer_ID),
    FOREIGN KEY (cargo_type_code) REFERENCES Ref_Cargo_Types(cargo_type_code)
);

INSERT INTO Rail_Yards VALUES (1, 'Leeds Midland Road', 'Leeds', 'Yorkshire', 14, 1965);
INSERT INTO Rail_Yards VALUES (2, 'Doncaster Belmont Yard', 'Doncaster', 'Yorkshire', 22, 1958);
INSERT INTO Rail_Yards VALUES (3, 'Immingham Bulk Terminal', 'Immingham', 'Lincolnshire', 18, 1973);
INSERT INTO Rail_Yards VALUES (4, 'Felixstowe North Terminal', 'Felixstowe', 'East Anglia', 9, 1994);
INSERT INTO Rail_Yards VALUES (5, 'Southampton Maritime', 'Southampton', 'South East', 8, 1972);
INSERT INTO Rail_Yards VALUES (6, 'Crewe Basford Hall', 'Crewe', 'North West', 30, 1901);
INSERT INTO Rail_Yards VALUES (7, 'Daventry Railfreight Terminal', 'Daventry', 'Midlands', 10, 1997);
INSERT INTO Rail_Yards VALUES (8, 'Mossend Yard', 'Bellshill', 'Scotland', 16, NULL);
INSERT INTO Rail_Yards VALUES (9, 'Warrington Arpley Yard', 'Warrington', 'North West', 12, 1968);
INSERT INTO Rail_Yards VALUES (10, 'Peterborough Westwood Yard', 'Peterborough', 'East Anglia', 11, 1981);
INSERT INTO Rail_Yards VALUES (11, 'Cardiff Tidal Sidings', 'Cardiff', 'Wales', 7, NULL);
INSERT INTO Rail_Yards VALUES (12, 'Tees Yard', 'Middlesbrough', 'North East', 20, 1963);
INSERT INTO Rail_Yards VALUES (13, 'Wakefield Europort', 'Wakefield', 'Yorkshire', 6, 1996);

INSERT INTO Locomotives VALUES (1, '66156', 'Class 66', 'EMD', 3300, 2003, 6);
INSERT INTO Locomotives VALUES (2, '66208', 'Class 66', 'EMD', 3300, 2000, 8);
INSERT INTO Locomotives VALUES (3, '66184', 'Class 66', 'EMD', 3300, 2003, 8);
INSERT INTO Locomotives VALUES (4, '66005', 'Class 66', 'EMD', 3300, 2001, 6);
INSERT INTO Locomotives VALUES (5, '66231', 'Class 66', 'EMD', 3300, 2007, 2);
INSERT INTO Locomotives VALUES (6, '66222', 'Class 66', 'EMD', 3300, 1998, 9);
INSERT INTO Locomotives VALUES (7, '66092', 'Class 66', 'EMD', 3300, 2002, 2);
INSERT INTO Locomotives VALUES (8, '66047', 'Class 66', 'EMD', 3300, 1999, 1);
INSERT INTO Locomotives VALUES (9, '60052', 'Class 60', 'Brush Traction', 3100, 1991, 1);
INSERT INTO Locomotives VALUES (10, '60061', 'Class 60', 'Brush Traction', 3100, 1991, 6);
INSERT INTO Locomotives VALUES (11, '60212', 'Class 60', 'Brush Traction', 3100, 1992, 9);
INSERT INTO Locomotives VALUES (12, '70054', 'Class 70', NULL, 3690, 2016, 8);
INSERT INTO Locomotives VALUES (13, '70106', 'Class 70', 'GE Transportation', 3690, 2012, 1);
INSERT INTO Locomotives VALUES (14, '70242', 'Class 70', 'GE Transportation', 3690, 2013, 8);
INSERT INTO Locomotives VALUES (15, '68072', 'Class 68', 'Vossloh', 3800, 2016, 5);
INSERT INTO Locomotives VALUES (16, '68214', 'Class 68', 'Vossloh', 3800, 2014, 4);
INSERT INTO Locomotives VALUES (17, '88240', 'Class 88', 'Stadler', 5360, 2017, 1);
INSERT INTO Locomotives VALUES (18, '90210', 'Class 90', 'BREL', 5000, 1990, 1);
INSERT INTO Locomotives VALUES (19, '90085', 'Class 90', 'BREL', 5000, 1990, 8);
INSERT INTO Locomotives VALUES (20, '59025', 'Class 59', 'EMD', 3000, 1995, 9);

INSERT INTO Wagons VALUES (1, 'HHA 374391', 'Hopper', 76, 1988, NULL);
INSERT INTO Wagons VALUES (2, 'HHA 376782', 'Hopper', 74, 1996, '2022-06-28');
INSERT INTO Wagons VALUES (3, 'HHA 379163', 'Hopper', 75, 2003, '2022-05-03');
INSERT INTO Wagons VALUES (4, 'HHA 378194', 'Hopper', 71, 2018, '2023-01-28');
INSERT INTO Wagons VALUES (5, 'HHA 374425', 'Hopper', 76, 2019, '2022-03-12');
INSERT INTO Wagons VALUES (6, 'HHA 373436', 'Hopper', 71, 2008, '2022-03-18');
INSERT INTO Wagons VALUES (7, 'HHA 378907', 'Hopper', 74, 2012, '2023-03-17');
INSERT INTO Wagons VALUES (8, 'HHA 376648', 'Hopper', 76, 1994, '2022-04-16');
INSERT INTO Wagons VALUES (9, 'HHA 378609', 'Hopper', 72, 2001, '2022-05-16');
INSERT INTO Wagons VALUES (10, 'HHA 377390', 'Hopper', 75, 2014, '2022-03-11');
INSERT INTO Wagons VALUES (11, 'HHA 377361', 'Hopper', 74, 1993, '2022-11-27');
INSERT INTO Wagons VALUES (12, 'HHA 373442', 'Hopper', 76, 2005, '2022-05-28');
INSERT INTO Wagons VALUES (13, 'HHA 375493', 'Hopper', 73, 2009, '2023-02-20');
INSERT INTO Wagons VALUES (14, 'HHA 371794', 'Hopper', 72, 1999, '2022-04-19');
INSERT INTO Wagons VALUES (15, 'HHA 376045', 'Hopper', 74, 2011, '2022-08-09');
INSERT INTO Wagons VALUES (16, 'HHA 372886', 'Hopper', 72, 1988, '2022-09-07');
INSERT INTO Wagons VALUES (17, 'HHA 371527', 'Hopper', 75, 2013, '2023-09-20');
INSERT INTO Wagons VALUES (18, 'HHA 377898', 'Hopper', 75, 1989, '2023-02-07');
INSERT INTO Wagons VALUES (19, 'TEA 374809', 'Tank', 73, 1991, '2023-03-20');
INSERT INTO Wagons VALUES (20, 'TEA 371020', 'Tank', 71, 1997, NULL);
INSERT INTO Wagons VALUES (21, 'TEA 373221', 'Tank', 70, 1994, '2022-08-19');
INSERT INTO Wagons VALUES (22, 'TEA 378892', 'Tank', 62, 2007, '2023-04-21');
INSERT INTO Wagons VALUES (23, 'TEA 374253', 'Tank', 73, 2002, '2023-10-31');
INSERT INTO Wagons VALUES (24, 'TEA 377364', 'Tank', 61, 2011, '2022-05-21');
INSERT INTO Wagons VALUES (25, 'TEA 375865', 'Tank', 69, 2004, '2023-10-08');
INSERT INTO Wagons VALUES (26, 'TEA 375256', 'Tank', 65, 1990, '2022-11-07');
INSERT INTO Wagons VALUES (27, 'TEA 379907', 'Tank', 69, 2017, NULL);
INSERT INTO Wagons VALUES (28, 'TEA 372778', 'Tank', 73, 2009, '2022-10-14');
INSERT INTO Wagons VALUES (29, 'BYA 378019', 'Flat', 63, 2012, '2023-03-16');
INSERT INTO Wagons VALUES (30, 'BYA 378610', 'Flat', 60, 2000, '2023-06-17');
INSERT INTO Wagons VALUES (31, 'BYA 372081', 'Flat', 65, 2021, '2022-03-08');
INSERT INTO Wagons VALUES (32, 'BYA 374232', 'Flat', 69, 2007, '2022-07-16');
INSERT INTO Wagons VALUES (33, 'BYA 376393', 'Flat', 67, 2012, '2022-10-30');
INSERT INTO Wagons VALUES (34, 'BYA 371224', 'Flat', 69, 1988, '2023-08-22');
INSERT INTO Wagons VALUES (35, 'BYA 379025', 'Flat', 68, 1991, '2023-11-22');
INSERT INTO Wagons VALUES (36, 'BYA 372896', 'Flat', 69, 1986, '2023-05-24');
INSERT INTO Wagons VALUES (37, 'BYA 376327', 'Flat', 64, 1988, '2022-04-02');
INSERT INTO Wagons VALUES (38, 'BYA 377708', 'Flat', 64, 1997, '2023-05-04');
INSERT INTO Wagons VALUES (39, 'FEA 378419', 'Container Flat', 66, 2013, '2022-03-02');
INSERT INTO Wagons VALUES (40, 'FEA 372880', 'Container Flat', 57, 2001, '2022-12-17');
INSERT INTO Wagons VALUES (41, 'FEA 371431', 'Container Flat', 65, 1995, '2023-03-25');
INSERT INTO Wagons VALUES (42, 'FEA 372012', 'Container Flat', 55, 2006, '2023-11-24');
INSERT INTO Wagons VALUES (43, 'FEA 373923', 'Container Flat', 56, 2020, '2022-07-31');
INSERT INTO Wagons VALUES (44, 'FEA 376084', 'Container Flat', 60, 2007, NULL);
INSERT INTO Wagons VALUES (45, 'FEA 374825', 'Container Flat', 58, 1993, '2022-11-15');
INSERT INTO Wagons VALUES (46, 'FEA 376876', 'Container Flat', 60, 1995, '2023-04-06');
INSERT INTO Wagons VALUES (47, 'FEA 373747', 'Container Flat', 55, 2015, '2023-11-20');
INSERT INTO Wagons VALUES (48, 'FEA 375098', 'Container Flat', 56, 2000, '2023-01-20');
INSERT INTO Wagons VALUES (49, 'FEA 378489', 'Container Flat', 61, 2001, '2023-04-16');
INSERT INTO Wagons VALUES (50, 'FEA 373900', 'Container Flat', 57, 2014, '2022-12-22');
INSERT INTO Wagons VALUES (51, 'IWB 379481', 'Box', 43, 2014, '2023-08-30');
INSERT INTO Wagons VALUES (52, 'IWB 379402', 'Box', 46, 2007, '2023-10-17');
INSERT INTO Wagons VALUES (53, 'IWB 379623', 'Box', 44, 2004, '2023-01-26');
INSERT INTO Wagons VALUES (54, 'IWB 379424', 'Box', 45, 2021, NULL);
INSERT INTO Wagons VALUES (55, 'IWB 371725', 'Box', 46, 1985, '2022-07-01');
INSERT INTO Wagons VALUES (56, 'IWB 379576', 'Box', 40, 2020, '2022-08-21');

INSERT INTO Ref_Cargo_Types VALUES ('COAL', 'Coal', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('AGG', 'Aggregates', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('CONT', 'Intermodal containers', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('STEEL', 'Steel products', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('CEM', 'Cement', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('FUEL', 'Petroleum fuel', 'Y');
INSERT INTO Ref_Cargo_Types VALUES ('CHEM', 'Industrial chemicals', 'Y');
INSERT INTO Ref_Cargo_Types VALUES ('GRAIN', 'Grain', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('TIMB', 'Timber', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('AUTO', 'Automotive parts', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('BIOM', 'Biomass wood pellets', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('WASTE', 'Domestic waste', 'N');
INSERT INTO Ref_Cargo_Types VALUES ('LPG', 'Liquefied petroleum gas', 'Y');
INSERT INTO Ref_Cargo_Types VALUES ('MAIL', 'Parcels and mail', 'N');

INSERT INTO Customers VALUES (1, 'Selby Power Generation', 'Selby', 'Energy', '01513 730183', '2016-12-01');
INSERT INTO Customers VALUES (2, 'Ouse Energy Ltd', 'York', 'Energy', '01376 822304', '2007-01-14');
INSERT INTO Customers VALUES (3, 'Northern Aggregates Ltd', 'Leeds', 'Construction', '01268 131711', '2007-09-25');
INSERT INTO Customers VALUES (4, 'Pennine Steel Works', 'Sheffield', 'Manufacturing', '01967 563049', '2006-09-16');
INSERT INTO Customers VALUES (5, 'Solent Container Services', 'Southampton', 'Shipping', '01975 461136', '2010-03-11');
INSERT INTO Customers VALUES (6, 'Eastern Ports Logistics', 'Felixstowe', 'Shipping', '01853 715485', '2012-03-05');
INSERT INTO Customers VALUES (7, 'Castle Cement Company', 'Clitheroe', 'Construction', NULL, '2008-03-01');
INSERT INTO Customers VALUES (8, 'Medway Fuels', 'Rochester', 'Energy', '01760 176507', '2022-03-07');
INSERT INTO Customers VALUES (9, 'Tees Chemicals plc', 'Middlesbrough', 'Chemicals', '01400 796107', '2014-02-05');
INSERT INTO Customers VALUES (10, 'Fenland Grain Traders', 'Peterborough', 'Agriculture', '01556 904726', '2016-08-29');
INSERT INTO Customers VALUES (11, 'Kielder Timber Company', 'Hexham', 'Forestry', '01910 964548', '2012-07-25');
INSERT INTO Customers VALUES (12, 'Midland Motors Logistics', 'Birmingham', 'Automotive', '01623 912500', '2006-09-04');
INSERT INTO Customers VALUES (13, 'Clyde Waste Services', 'Glasgow', 'Waste Management', '01905 609877', '2015-08-31');
INSERT INTO Customers VALUES (14, 'Severn Steel Products', 'Newport', 'Manufacturing', NULL, '2007-02-13');
INSERT INTO Customers VALUES (15, 'Leeds City Recycling', 'Leeds', 'Waste Management', '01688 701475', '2018-01-02');
INSERT INTO Customers VALUES (16, 'Humber Bulk Traders', 'Hull', 'Energy', '01987 107358', '2009-07-18');
INSERT INTO Customers VALUES (17, 'Mendip Stone Ltd', 'Frome', 'Construction', '01838 573312', '2019-10-19');
INSERT INTO Customers VALUES (18, 'Caledonian Maltings', 'Perth', 'Agriculture', '01450 455723', '2016-09-30');
INSERT INTO Customers VALUES (19, 'Crewe Intermodal Ltd', 'Crewe', 'Shipping', '01652 426159', '2019-02-18');
INSERT INTO Customers VALUES (20, 'Yorkshire Steel Stockholders', 'Doncaster', 'Manufacturing', '01270 574460', '2017-06-07');
INSERT INTO Customers VALUES (21, 'Wessex Timber Merchants', 'Salisbury', 'Forestry', NULL, '2009-04-06');
INSERT INTO Customers VALUES (22, 'Cardiff Bay Aggregates', 'Cardiff', 'Construction', '01555 459395', '2008-10-25');
INSERT INTO Customers VALUES (23, 'Anglia Fertiliser Co', 'Ipswich', 'Agriculture', '01831 341905', '2015-09-27');
INSERT INTO Customers VALUES (24, 'Lakeland Paper Mills', 'Kendal', 'Manufacturing', '01238 276303', '2020-06-04');
INSERT INTO Customers VALUES (25, 'Aire Valley Builders Merchants', 'Leeds', 'Construction', NULL, '2009-08-14');

INSERT INTO Drivers VALUES (1, 'John Whitaker', 64, '1998-12-28', 9);
INSERT INTO Drivers VALUES (2, 'Sarah Holt', 64, '1993-11-04', 12);
INSERT INTO Drivers VALUES (3, 'David Pearson', 47, '2018-08-28', 1);
INSERT INTO Drivers VALUES (4, 'Emma Clarke', 55, '2013-07-04', 1);
INSERT INTO Drivers VALUES (5, 'Michael Atkinson', 40, '2020-08-27', 4);
INSERT INTO Drivers VALUES (6, 'Gary Robinson', 53, '2003-06-05', 1);
INSERT INTO Drivers VALUES (7, 'Karen Hughes', 44, '2021-11-16', 8);
INSERT INTO Drivers VALUES (8, 'Paul Dawson', 60, '1995-12-26', 6);
INSERT INTO Drivers VALUES (9, 'Steven Marsh', 46, '2021-09-09', 8);
INSERT INTO Drivers VALUES (10, 'Rachel Bennett', 64, '1997-07-27', 4);
INSERT INTO Drivers VALUES (11, 'Andrew Fletcher', 56, '1999-12-12', 2);
INSERT INTO Drivers VALUES (12, 'Ian McLeod', 55, '2015-02-04', 7);
INSERT INTO Drivers VALUES (13, 'Claire Jenkins', 55, '2003-07-14', 10);
INSERT INTO Drivers VALUES (14, 'Mark Thompson', 45, '2015-07-31', 7);
INSERT INTO Drivers VALUES (15, 'Lee Hargreaves', 57, '2006-08-16', 2);
INSERT INTO Drivers VALUES (16, 'Helen Wright', 60, '2000-02-06', 6);
INSERT INTO Drivers VALUES (17, 'Owen Price', 26, '2024-03-29', 9);
INSERT INTO Drivers VALUES (18, 'Fiona Campbell', 29, '2024-01-22', 5);

INSERT INTO Train_Runs VALUES (1, '2023-01-02', '17:50', 11, 5, 13, 14, '170', 'Delayed', 40);
INSERT INTO Train_Runs VALUES (2, '2023-01-03', '13:50', 5, 6, 19, 2, '313', 'Delayed', 66);
INSERT INTO Train_Runs VALUES (3, '2023-01-03', '04:30', 12, 5, 2, 8, '509', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (4, '2023-01-10', '17:50', 2, 8, 4, 11, '397', 'Delayed', 156);
INSERT INTO Train_Runs VALUES (5, '2023-01-13', '09:45', 10, 9, 16, 11, '226', 'Completed', 18);
INSERT INTO Train_Runs VALUES (6, '2023-01-14', '17:00', 5, 6, 11, 11, '313', 'Completed', 14);
INSERT INTO Train_Runs VALUES (7, '2023-01-16', '00:45', 5, 4, 15, 8, '280', 'Completed', 14);
INSERT INTO Train_Runs VALUES (8, '2023-01-17', '10:20', 11, 9, 7, 14, '270', 'Completed', 10);
INSERT INTO Train_Runs VALUES (9, '2023-01-18', '21:45', 13, 2, 4, 5, '35', 'Completed', 22);
INSERT INTO Train_Runs VALUES (10, '2023-01-20', '16:20', 7, 4, 12, 9, '220', 'Completed', 25);
INSERT INTO Train_Runs VALUES (11, '2023-01-21', '16:45', 5, 4, 8, 13, '280', 'Completed', 25);
INSERT INTO Train_Runs VALUES (12, '2023-01-22', '05:15', 4, 13, 18, 10, '334', 'Completed', 0);
INSERT INTO Train_Runs VALUES (13, '2023-01-22', '02:05', 5, 1, 18, 11, '400', 'Completed', 2);
INSERT INTO Train_Runs VALUES (14, '2023-01-26', '20:45', 3, 10, 15, 3, '143', 'Completed', 11);
INSERT INTO Train_Runs VALUES (15, '2023-01-26', '22:20', 8, 7, 19, 5, '539', 'Completed', 5);
INSERT INTO Train_Runs VALUES (16, '2023-01-27', '11:10', 3, 13, 5, 16, '102', 'Delayed', 214);
INSERT INTO Train_Runs VALUES (17, '2023-01-27', '21:15', 11, 6, 4, 4, '232', 'Completed', 24);
INSERT INTO Train_Runs VALUES (18, '2023-01-29', '18:10', 9, 11, 2, 3, '270', 'Completed', 15);
INSERT INTO Train_Runs VALUES (19, '2023-02-02', '09:45', 11, 1, 12, 5, '350', 'Completed', 15);
INSERT INTO Train_Runs VALUES (20, '2023-02-02', '17:10', 3, 11, 1, 12, '390', 'Delayed', 62);
INSERT INTO Train_Runs VALUES (21, '2023-02-05', '09:05', 3, 10, 2, 14, '143', 'Completed', 3);
INSERT INTO Train_Runs VALUES (22, '2023-02-08', '00:30', 11, 4, 1, 12, '393', 'Delayed', 78);
INSERT INTO Train_Runs VALUES (23, '2023-02-10', '20:00', 4, 5, 6, 8, '280', 'Delayed', 180);
INSERT INTO Train_Runs VALUES (24, '2023-02-17', '00:10', 4, 1, 12, 12, '350', 'Completed', 19);
INSERT INTO Train_Runs VALUES (25, '2023-02-24', '05:10', 4, 1, 5, 1, '350', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (26, '2023-02-27', '08:05', 7, 6, 11, 10, '148', 'Completed', 12);
INSERT INTO Train_Runs VALUES (27, '2023-02-28', '00:50', 9, 10, 6, 12, '226', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (28, '2023-02-28', '10:15', 12, 5, 12, 16, '509', 'Completed', 17);
INSERT INTO Train_Runs VALUES (29, '2023-03-04', '02:50', 4, 9, 5, 3, '385', 'Delayed', 179);
INSERT INTO Train_Runs VALUES (30, '2023-03-05', '08:05', 6, 8, 2, 8, '403', 'Completed', 6);
INSERT INTO Train_Runs VALUES (31, '2023-03-06', '05:45', 1, 7, 5, 15, '205', 'Completed', 23);
INSERT INTO Train_Runs VALUES (32, '2023-03-07', '09:20', 13, 12, 17, 13, '122', 'Delayed', 60);
INSERT INTO Train_Runs VALUES (33, '2023-03-10', '15:10', 5, 6, 16, 14, '313', 'Completed', 25);
INSERT INTO Train_Runs VALUES (34, '2023-03-11', '16:30', 12, 7, 6, 2, '311', 'Completed', 13);
INSERT INTO Train_Runs VALUES (35, '2023-03-13', '11:50', 5, 10, 18, 11, '254', 'Delayed', 98);
INSERT INTO Train_Runs VALUES (36, '2023-03-15', '09:30', 1, 5, 12, 5, '400', 'Delayed', 84);
INSERT INTO Train_Runs VALUES (37, '2023-03-22', '16:30', 2, 9, 13, 5, '123', 'Completed', 25);
INSERT INTO Train_Runs VALUES (38, '2023-03-23', '07:10', 5, 10, 4, 10, '254', 'Completed', 0);
INSERT INTO Train_Runs VALUES (39, '2023-04-09', '18:15', 1, 11, 1, 8, '350', 'Completed', 8);
INSERT INTO Train_Runs VALUES (40, '2023-04-10', '16:50', 2, 4, 6, 16, '299', 'Completed', 13);
INSERT INTO Train_Runs VALUES (41, '2023-04-11', '13:45', 7, 12, 18, 11, '311', 'Delayed', 115);
INSERT INTO Train_Runs VALUES (42, '2023-04-13', '13:15', 4, 7, 14, 16, '220', 'Completed', 25);
INSERT INTO Train_Runs VALUES (43, '2023-04-16', '10:45', 5, 2, 16, 11, '364', 'Completed', 1);
INSERT INTO Train_Runs VALUES (44, '2023-04-20', '20:50', 1, 13, 13, 14, '16', 'Completed', 3);
INSERT INTO Train_Runs VALUES (45, '2023-04-24', '22:30', 12, 7, 15, 6, '311', 'Delayed', 46);
INSERT INTO Train_Runs VALUES (46, '2023-04-26', '11:40', 10, 1, 6, 16, '200', 'Completed', 12);
INSERT INTO Train_Runs VALUES (47, '2023-05-08', '12:30', 12, 7, 11, 9, '311', 'Completed', 14);
INSERT INTO Train_Runs VALUES (48, '2023-05-16', '01:00', 4, 11, 16, 7, '393', 'Completed', 24);
INSERT INTO Train_Runs VALUES (49, '2023-05-21', '19:40', 5, 11, 16, 10, '170', 'Completed', 20);
INSERT INTO Train_Runs VALUES (50, '2023-05-23', '06:00', 12, 6, 11, 2, '229', 'Completed', 5);
INSERT INTO Train_Runs VALUES (51, '2023-05-26', '21:40', 4, 11, 3, 16, '393', 'Completed', 8);
INSERT INTO Train_Runs VALUES (52, '2023-05-28', '20:40', 3, 11, 14, 2, '390', 'Delayed', 103);
INSERT INTO Train_Runs VALUES (53, '2023-06-03', '05:30', 1, 9, 17, 16, '104', 'Completed', 16);
INSERT INTO Train_Runs VALUES (54, '2023-06-10', '17:40', 11, 13, 16, 16, '343', 'Completed', 23);
INSERT INTO Train_Runs VALUES (55, '2023-06-11', '07:05', 3, 13, 18, 2, '102', 'Completed', 19);
INSERT INTO Train_Runs VALUES (56, '2023-06-12', '11:50', 3, 10, 12, 9, '143', 'Completed', 17);
INSERT INTO Train_Runs VALUES (57, '2023-06-16', '09:20', 3, 7, 4, 15, '197', 'Completed', 19);
INSERT INTO Train_Runs VALUES (58, '2023-06-17', '21:40', 11, 12, 2, 1, '460', 'Completed', 14);
INSERT INTO Train_Runs VALUES (59, '2023-06-19', '12:05', 9, 7, 14, 15, '188', 'Completed', 8);
INSERT INTO Train_Runs VALUES (60, '2023-06-20', '06:20', 1, 5, 2, 10, '400', 'Delayed', 107);
INSERT INTO Train_Runs VALUES (61, '2023-06-21', '03:45', 12, 6, 7, 14, '229', 'Completed', 12);
INSERT INTO Train_Runs VALUES (62, '2023-06-24', '06:05', 5, 10, 14, 13, '254', 'Completed', 11);
INSERT INTO Train_Runs VALUES (63, '2023-06-26', '13:50', 2, 6, 1, 5, '124', 'Completed', 22);
INSERT INTO Train_Runs VALUES (64, '2023-07-04', '17:10', 3, 4, 11, 10, '262', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (65, '2023-07-05', '14:15', 6, 5, 2, 14, '313', 'Delayed', 86);
INSERT INTO Train_Runs VALUES (66, '2023-07-09', '01:50', 7, 8, 14, 14, '539', 'Completed', 18);
INSERT INTO Train_Runs VALUES (67, '2023-07-11', '13:45', 11, 4, 18, 14, '393', 'Completed', 1);
INSERT INTO Train_Runs VALUES (68, '2023-07-11', '03:10', 8, 2, 5, 8, '397', 'Completed', 10);
INSERT INTO Train_Runs VALUES (69, '2023-07-16', '23:40', 13, 12, 5, 9, '122', 'Completed', 5);
INSERT INTO Train_Runs VALUES (70, '2023-07-19', '09:50', 13, 12, 1, 11, '122', 'Completed', 11);
INSERT INTO Train_Runs VALUES (71, '2023-07-21', '03:05', 2, 6, 10, 9, '124', 'Completed', 14);
INSERT INTO Train_Runs VALUES (72, '2023-07-21', '01:10', 4, 6, 7, 10, '353', 'Completed', 15);
INSERT INTO Train_Runs VALUES (73, '2023-07-26', '21:15', 8, 10, 1, 4, '546', 'Completed', 0);
INSERT INTO Train_Runs VALUES (74, '2023-07-26', '19:30', 6, 5, 7, 13, '313', 'Completed', 10);
INSERT INTO Train_Runs VALUES (75, '2023-07-27', '00:40', 6, 11, 2, 10, '232', 'Completed', 14);
INSERT INTO Train_Runs VALUES (76, '2023-07-30', '07:05', 3, 2, 2, 9, '79', 'Completed', 19);
INSERT INTO Train_Runs VALUES (77, '2023-08-02', '07:15', 7, 10, 2, 12, '87', 'Completed', 24);
INSERT INTO Train_Runs VALUES (78, '2023-08-02', '02:10', 2, 11, 13, 16, '333', 'Delayed', 202);
INSERT INTO Train_Runs VALUES (79, '2023-08-05', '23:20', 1, 8, 5, 8, '346', 'Completed', 24);
INSERT INTO Train_Runs VALUES (80, '2023-08-06', '23:00', 13, 4, 19, 3, '334', 'Completed', 10);
INSERT INTO Train_Runs VALUES (81, '2023-08-06', '04:15', 2, 6, 4, 7, '124', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (82, '2023-08-08', '06:40', 2, 4, 3, 15, '299', 'Completed', 17);
INSERT INTO Train_Runs VALUES (83, '2023-08-12', '02:30', 1, 10, 18, 2, '200', 'Completed', 8);
INSERT INTO Train_Runs VALUES (84, '2023-08-15', '06:15', 6, 11, 17, 15, '232', 'Completed', 4);
INSERT INTO Train_Runs VALUES (85, '2023-08-17', '23:20', 10, 2, 2, 14, '150', 'Completed', 18);
INSERT INTO Train_Runs VALUES (86, '2023-08-18', '17:30', 3, 4, 1, 13, '262', 'Completed', 8);
INSERT INTO Train_Runs VALUES (87, '2023-08-18', '16:30', 2, 10, 6, 2, '150', 'Completed', 9);
INSERT INTO Train_Runs VALUES (88, '2023-08-23', '18:40', 12, 7, 11, 16, '311', 'Completed', 5);
INSERT INTO Train_Runs VALUES (89, '2023-08-25', '03:45', 12, 10, 15, 15, '288', 'Delayed', 189);
INSERT INTO Train_Runs VALUES (90, '2023-08-28', '22:30', 12, 8, 15, 7, '283', 'Completed', 20);
INSERT INTO Train_Runs VALUES (91, '2023-08-29', '03:40', 12, 7, 5, 2, '311', 'Completed', 14);
INSERT INTO Train_Runs VALUES (92, '2023-09-03', '06:40', 2, 8, 8, 6, '397', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (93, '2023-09-05', '16:20', 4, 10, 8, 7, '159', 'Delayed', 92);
INSERT INTO Train_Runs VALUES (94, '2023-09-09', '13:20', 3, 5, 17, 10, '390', 'Completed', 16);
INSERT INTO Train_Runs VALUES (95, '2023-09-12', '05:45', 12, 6, 11, 8, '229', 'Completed', 22);
INSERT INTO Train_Runs VALUES (96, '2023-09-15', '11:30', 1, 6, 15, 10, '123', 'Completed', 5);
INSERT INTO Train_Runs VALUES (97, '2023-09-18', '22:50', 4, 2, 12, 3, '299', 'Completed', 4);
INSERT INTO Train_Runs VALUES (98, '2023-09-19', '06:10', 5, 1, 1, 10, '400', 'Completed', 16);
INSERT INTO Train_Runs VALUES (99, '2023-09-19', '21:40', 10, 13, 18, 1, '184', 'Completed', 14);
INSERT INTO Train_Runs VALUES (100, '2023-09-30', '07:45', 2, 5, 14, 7, '364', 'Completed', 0);
INSERT INTO Train_Runs VALUES (101, '2023-10-03', '11:00', 11, 1, 5, 5, '350', 'Completed', 17);
INSERT INTO Train_Runs VALUES (102, '2023-10-04', '16:10', 3, 7, 14, 11, '197', 'Completed', 0);
INSERT INTO Train_Runs VALUES (103, '2023-10-14', '01:00', 5, 10, 1, 5, '254', 'Completed', 8);
INSERT INTO Train_Runs VALUES (104, '2023-10-15', '13:45', 13, 11, 14, 9, '343', 'Completed', 23);
INSERT INTO Train_Runs VALUES (105, '2023-10-20', '17:05', 4, 10, 7, 5, '159', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (106, '2023-10-22', '17:45', 7, 11, 17, 11, '208', 'Completed', 22);
INSERT INTO Train_Runs VALUES (107, '2023-10-26', '17:10', 10, 2, 14, 2, '150', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (108, '2023-11-13', '19:20', 13, 10, 16, 15, '184', 'Completed', 23);
INSERT INTO Train_Runs VALUES (109, '2023-11-16', '20:20', 12, 4, 14, 7, '420', 'Completed', 8);
INSERT INTO Train_Runs VALUES (110, '2023-11-17', '10:50', 3, 10, 11, 12, '143', 'Completed', 20);
INSERT INTO Train_Runs VALUES (111, '2023-11-21', '17:40', 8, 13, 4, 13, '363', 'Completed', 12);
INSERT INTO Train_Runs VALUES (112, '2023-11-30', '15:05', 4, 2, 7, 16, '299', 'Completed', 8);
INSERT INTO Train_Runs VALUES (113, '2023-12-04', '15:45', 5, 6, 3, 6, '313', 'Completed', 17);
INSERT INTO Train_Runs VALUES (114, '2023-12-04', '09:40', 5, 12, 11, 8, '509', 'Cancelled', NULL);
INSERT INTO Train_Runs VALUES (115, '2023-12-10', '11:15', 4, 2, 3, 3, '299', 'Completed', 6);
INSERT INTO Train_Runs VALUES (116, '2023-12-13', '01:30', 7, 13, 1, 15, '191', 'Delayed', 203);
INSERT INTO Train_Runs VALUES (117, '2023-12-14', '19:45', 9, 12, 11, 3, '200', 'Delayed', 58);
INSERT INTO Train_Runs VALUES (118, '2023-12-21', '06:45', 8, 11, 3, 1, '610', 'Completed', 7);
INSERT INTO Train_Runs VALUES (119, '2023-12-21', '01:50', 6, 12, 14, 13, '229', 'Completed', 24);
INSERT INTO Train_Runs VALUES (120, '2023-12-22', '11:30', 12, 6, 16, 15, '229', 'Completed', 2);

INSERT INTO Consignments VALUES (1, 99, 5, 'CONT', 41, 56.1, 539.19);
INSERT INTO Consignments VALUES (2, 119, 15, 'WASTE', 49, 43.8, 325.72);
INSERT INTO Consignments VALUES (3, 54, 15, 'WASTE', 43, 54.8, 536.11);
INSERT INTO Consignments VALUES (4, 33, 15, 'WASTE', 42, 32.6, 329.89);
INSERT INTO Consignments VALUES (5, 70, 20, 'STEEL', 36, 50.3, 336.6);
INSERT INTO Consignments VALUES (6, 16, 21, 'TIMB', 34, 42.2, 231.35);
INSERT INTO Consignments VALUES (7, 99, 14, 'STEEL', 30, 56.1, 508.22);
INSERT INTO Consignments VALUES (8, 45, 15, 'WASTE', 48, 43.2, 407.44);
INSERT INTO Consignments VALUES (9, 116, 13, 'WASTE', 50, 53.9, 332.08);
INSERT INTO Consignments VALUES (10, 61, 13, 'WASTE', 48, 32.8, 265.27);
INSERT INTO Consignments VALUES (11, 96, 2, 'COAL', 14, 43.5, 250.87);
INSERT INTO Consignments VALUES (12, 57, 2, 'BIOM', 18, 65.0, 469.15);
INSERT INTO Consignments VALUES (13, 40, 2, 'COAL', 6, 53.6, 581.82);
INSERT INTO Consignments VALUES (14, 53, 14, 'STEEL', 35, 38.2, 247.88);
INSERT INTO Consignments VALUES (15, 95, 18, 'GRAIN', 15, 46.0, 390.49);
INSERT INTO Consignments VALUES (16, 5, 8, 'FUEL', 21, 43.4, 595.04);
INSERT INTO Consignments VALUES (17, 57, 19, 'CONT', 50, 35.7, 394.45);
INSERT INTO Consignments VALUES (18, 100, 12, 'AUTO', 53, 37.4, 752.07);
INSERT INTO Consignments VALUES (19, 52, 4, 'STEEL', 30, 47.6, 846.12);
INSERT INTO Consignments VALUES (20, 73, 1, 'BIOM', 8, 48.6, 881.07);
INSERT INTO Consignments VALUES (21, 74, 3, 'AGG', 4, 62.7, 595.25);
INSERT INTO Consignments VALUES (22, 69, 19, 'CONT', 48, 53.9, 374.34);
INSERT INTO Consignments VALUES (23, 24, 20, 'TIMB', 37, 47.0, 644.3);
INSERT INTO Consignments VALUES (24, 40, 7, 'CEM', 25, 44.2, 521.12);
INSERT INTO Consignments VALUES (25, 14, 2, 'BIOM', 5, 64.9, 363.42);
INSERT INTO Consignments VALUES (26, 26, 3, 'AGG', 2, 61.9, 323.19);
INSERT INTO Consignments VALUES (27, 112, 6, 'CONT', 49, 46.7, 699.39);
INSERT INTO Consignments VALUES (28, 30, 18, 'GRAIN', 16, 63.1, 822.45);
INSERT INTO Consignments VALUES (29, 103, 10, 'GRAIN', 14, 57.8, 510.75);
INSERT INTO Consignments VALUES (30, 94, 10, 'GRAIN', 14, 47.2, 618.83);
INSERT INTO Consignments VALUES (31, 66, 15, 'WASTE', 45, 56.5, 815.88);
INSERT INTO Consignments VALUES (32, 72, 3, 'AGG', 11, 45.8, 505.35);
INSERT INTO Consignments VALUES (33, 90, 15, 'WASTE', 48, 41.7, 368.23);
INSERT INTO Consignments VALUES (34, 89, 5, 'CONT', 43, 36.8, 551.33);
INSERT INTO Consignments VALUES (35, 60, 11, 'TIMB', 37, 38.4, 607.24);
INSERT INTO Consignments VALUES (36, 109, 18, 'GRAIN', 16, 57.3, 782.91);
INSERT INTO Consignments VALUES (37, 91, 7, 'CEM', 24, 48.2, 579.68);
INSERT INTO Consignments VALUES (38, 23, 3, 'AGG', 18, 49.3, 443.9);
INSERT INTO Consignments VALUES (39, 8, 22, 'AGG', 11, 63.6, 531.47);
INSERT INTO Consignments VALUES (40, 60, 10, 'GRAIN', 11, 64.7, 835.52);
INSERT INTO Consignments VALUES (41, 57, 14, 'STEEL', 35, 50.5, 492.89);
INSERT INTO Consignments VALUES (42, 111, 2, 'BIOM', 9, 48.1, 608.81);
INSERT INTO Consignments VALUES (43, 43, 1, 'BIOM', 7, 43.7, 562.2);
INSERT INTO Consignments VALUES (44, 71, 10, 'GRAIN', 13, 57.6, 292.13);
INSERT INTO Consignments VALUES (45, 5, 9, 'FUEL', 20, 68.4, 888.84);
INSERT INTO Consignments VALUES (46, 55, 21, 'TIMB', 36, 65.7, 312.85);
INSERT INTO Consignments VALUES (47, 80, 8, 'FUEL', 21, 47.1, 903.03);
INSERT INTO Consignments VALUES (48, 26, 18, 'GRAIN', 18, 51.8, 307.33);
INSERT INTO Consignments VALUES (49, 104, 1, 'BIOM', 17, 53.6, 636.54);
INSERT INTO Consignments VALUES (50, 26, 5, 'CONT', 40, 47.1, 391.72);
INSERT INTO Consignments VALUES (51, 40, 10, 'GRAIN', 12, 60.2, 606.99);
INSERT INTO Consignments VALUES (52, 24, 12, 'CONT', 40, 36.5, 647.1);
INSERT INTO Consignments VALUES (53, 23, 22, 'AGG', 4, 65.7, 563.3);
INSERT INTO Consignments VALUES (54, 30, 10, 'GRAIN', 5, 64.9, 843.49);
INSERT INTO Consignments VALUES (55, 14, 6, 'CONT', 49, 50.1, 400.23);
INSERT INTO Consignments VALUES (56, 87, 10, 'GRAIN', 15, 44.7, 279.44);
INSERT INTO Consignments VALUES (57, 65, 20, 'STEEL', 38, 52.7, 761.3);
INSERT INTO Consignments VALUES (58, 8, 15, 'WASTE', 49, 38.5, 334.48);
INSERT INTO Consignments VALUES (59, 77, 8, 'FUEL', 22, 45.5, 290.84);
INSERT INTO Consignments VALUES (60, 91, 11, 'TIMB', 37, 55.4, 670.8);
INSERT INTO Consignments VALUES (61, 70, 16, 'COAL', 17, 72.4, 358.82);
INSERT INTO Consignments VALUES (62, 91, 13, 'WASTE', 42, 33.6, 335.79);
INSERT INTO Consignments VALUES (63, 15, 16, 'COAL', 5, 48.3, 892.04);
INSERT INTO Consignments VALUES (64, 36, 15, 'WASTE', 50, 51.2, 576.52);
INSERT INTO Consignments VALUES (65, 88, 7, 'CEM', 27, 48.5, 582.76);
INSERT INTO Consignments VALUES (66, 74, 10, 'GRAIN', 1, 43.9, 483.48);
INSERT INTO Consignments VALUES (67, 80, 16, 'COAL', 12, 50.9, 612.02);
INSERT INTO Consignments VALUES (68, 119, 2, 'COAL', 8, 62.3, 527.27);
INSERT INTO Consignments VALUES (69, 94, 9, 'CHEM', 20, 61.6, 1478.39);
INSERT INTO Consignments VALUES (70, 35, 8, 'FUEL', 25, 38.6, 594.83);
INSERT INTO Consignments VALUES (71, 78, 3, 'AGG', 11, 57.5, 582.84);
INSERT INTO Consignments VALUES (72, 56, 14, 'STEEL', 36, 52.4, 392.22);
INSERT INTO Consignments VALUES (73, 11, 6, 'CONT', 50, 54.8, 760.14);
INSERT INTO Consignments VALUES (74, 50, 7, 'CEM', 20, 69.2, 607.94);
INSERT INTO Consignments VALUES (75, 30, 13, 'WASTE', 50, 52.5, 592.78);
INSERT INTO Consignments VALUES (76, 83, 4, 'STEEL', 34, 50.5, 499.1);
INSERT INTO Consignments VALUES (77, 58, 13, 'WASTE', 44, 55.0, 692.2);
INSERT INTO Consignments VALUES (78, 88, 15, 'WASTE', 40, 52.9, 479.85);
INSERT INTO Consignments VALUES (79, 23, 19, 'CONT', 48, 37.1, 542.07);
INSERT INTO Consignments VALUES (80, 12, 20, 'TIMB', 30, 38.5, 522.21);
INSERT INTO Consignments VALUES (81, 65, 16, 'COAL', 10, 60.8, 674.94);
INSERT INTO Consignments VALUES (82, 78, 2, 'COAL', 3, 48.1, 581.54);
INSERT INTO Consignments VALUES (83, 62, 6, 'CONT', 44, 46.7, 606.92);
INSERT INTO Consignments VALUES (84, 41, 20, 'STEEL', 31, 60.2, 852.61);
INSERT INTO Consignments VALUES (85, 7, 17, 'AGG', 18, 64.4, 553.83);
INSERT INTO Consignments VALUES (86, 51, 20, 'STEEL', 37, 37.8, 694.07);
INSERT INTO Consignments VALUES (87, 23, 1, 'BIOM', 1, 48.2, 489.88);
INSERT INTO Consignments VALUES (88, 48, 8, 'FUEL', 28, 52.7, 1161.98);
INSERT INTO Consignments VALUES (89, 100, 18, 'GRAIN', 9, 62.7, 746.86);
INSERT INTO Consignments VALUES (90, 97, 21, 'TIMB', 29, 47.3, 565.85);
INSERT INTO Consignments VALUES (91, 116, 3, 'AGG', 6, 70.3, 434.11);
INSERT INTO Consignments VALUES (92, 93, 9, 'FUEL', 21, 55.5, 543.87);
INSERT INTO Consignments VALUES (93, 48, 14, 'STEEL', 36, 39.1, 715.02);
INSERT INTO Consignments VALUES (94, 89, 15, 'WASTE', 42, 34.2, 321.39);
INSERT INTO Consignments VALUES (95, 45, 8, 'FUEL', 20, 60.0, 1055.32);
INSERT INTO Consignments VALUES (96, 63, 12, 'CONT', 40, 33.4, 267.23);
INSERT INTO Consignments VALUES (97, 87, 18, 'GRAIN', 14, 48.8, 297.28);
INSERT INTO Consignments VALUES (98, 82, 5, 'CONT', 40, 45.5, 683.6);
INSERT INTO Consignments VALUES (99, 37, 20, 'STEEL', 37, 50.1, 337.65);
INSERT INTO Consignments VALUES (100, 2, 5, 'CONT', 50, 37.9, 606.96);
INSERT INTO Consignments VALUES (101, 63, 16, 'COAL', 12, 67.0, 342.55);
INSERT INTO Consignments VALUES (102, 6, 20, 'STEEL', 37, 44.2, 652.22);
INSERT INTO Consignments VALUES (103, 39, 1, 'BIOM', 16, 48.2, 591.1);
INSERT INTO Consignments VALUES (104, 37, 5, 'CONT', 39, 43.3, 319.34);
INSERT INTO Consignments VALUES (105, 23, 12, 'AUTO', 55, 33.9, 550.11);
INSERT INTO Consignments VALUES (106, 67, 12, 'AUTO', 51, 31.0, 681.97);
INSERT INTO Consignments VALUES (107, 4, 19, 'CONT', 48, 46.1, 890.27);
INSERT INTO Consignments VALUES (108, 14, 10, 'GRAIN', 7, 63.4, 347.92);
INSERT INTO Consignments VALUES (109, 96, 14, 'STEEL', 35, 46.5, 319.5);
INSERT INTO Consignments VALUES (110, 109, 7, 'CEM', 25, 51.9, 804.33);
INSERT INTO Consignments VALUES (111, 35, 19, 'CONT', 42, 43.6, 572.27);
INSERT INTO Consignments VALUES (112, 50, 14, 'STEEL', 30, 53.7, 589.19);
INSERT INTO Consignments VALUES (113, 94, 19, 'CONT', 39, 50.9, 958.44);
INSERT INTO Consignments VALUES (114, 40, 5, 'CONT', 41, 36.1, 559.93);
INSERT INTO Consignments VALUES (115, 66, 1, 'COAL', 3, 46.3, 858.63);
INSERT INTO Consignments VALUES (116, 33, 12, 'CONT', 50, 38.5, 615.22);
INSERT INTO Consignments VALUES (117, 54, 15, 'WASTE', 41, 48.9, 487.54);
INSERT INTO Consignments VALUES (118, 85, 7, 'CEM', 19, 70.9, 435.95);
INSERT INTO Consignments VALUES (119, 13, 7, 'CEM', 24, 54.9, 809.68);
INSERT INTO Consignments VALUES (120, 61, 3, 'AGG', 13, 70.3, 503.57);
INSERT INTO Consignments VALUES (121, 104, 13, 'WASTE', 49, 39.8, 412.63);
INSERT INTO Consignments VALUES (122, 73, 4, 'STEEL', 36, 60.0, 1428.16);
INSERT INTO Consignments VALUES (123, 116, 4, 'STEEL', 34, 52.2, 493.78);
INSERT INTO Consignments VALUES (124, 98, 5, 'CONT', 43, 34.7, 695.72);
INSERT INTO Consignments VALUES (125, 28, 19, 'CONT', 48, 32.9, 821.83);
INSERT INTO Consignments VALUES (126, 46, 13, 'WASTE', 47, 51.8, 333.64);
INSERT INTO Consignments VALUES (127, 78, 20, 'STEEL', 34, 59.3, 894.62);
INSERT INTO Consignments VALUES (128, 49, 4, 'STEEL', 31, 41.4, 373.56);
INSERT INTO Consignments VALUES (129, 41, 14, 'STEEL', 35, 46.8, 681.75);
INSERT INTO Consignments VALUES (130, 93, 2, 'COAL', 13, 58.3, 372.36);
INSERT INTO Consignments VALUES (131, 4, 2, 'BIOM', 11, 52.7, 712.66);
INSERT INTO Consignments VALUES (132, 26, 3, 'AGG', 17, 66.8, 342.05);
INSERT INTO Consignments VALUES (133, 91, 21, 'TIMB', 31, 54.4, 660.23);
INSERT INTO Consignments VALUES (134, 11, 16, 'COAL', 14, 57.4, 583.23);
INSERT INTO Consignments VALUES (135, 15, 11, 'TIMB', 36, 56.3, 1116.75);
INSERT INTO Consignments VALUES (136, 94, 9, 'FUEL', 27, 60.8, 1318.02);
INSERT INTO Consignments VALUES (137, 54, 13, 'WASTE', 49, 60.5, 583.04);
INSERT INTO Consignments VALUES (138, 106, 15, 'WASTE', 40, 34.3, 256.23);
INSERT INTO Consignments VALUES (139, 51, 7, 'CEM', 26, 47.8, 704.92);
INSERT INTO Consignments VALUES (140, 30, 8, 'FUEL', 28, 40.3, 929.53);
INSERT INTO Consignments VALUES (141, 56, 5, 'CONT', 46, 33.7, 297.04);
INSERT INTO Consignments VALUES (142, 108, 3, 'AGG', 11, 50.1, 324.68);
INSERT INTO Consignments VALUES (143, 32, 9, 'CHEM', 26, 50.3, 440.92);
INSERT INTO Consignments VALUES (144, 83, 16, 'COAL', 3, 69.2, 514.04);
INSERT INTO Consignments VALUES (145, 8, 3, 'AGG', 14, 44.7, 398.79);
INSERT INTO Consignments VALUES (146, 119, 1, 'COAL', 13, 58.4, 499.58);
INSERT INTO Consignments VALUES (147, 46, 19, 'CONT', 43, 34.1, 385.08);
INSERT INTO Consignments VALUES (148, 10, 16, 'COAL', 16, 50.0, 426.0);
INSERT INTO Consignments VALUES (149, 12, 10, 'GRAIN', 5, 58.9, 655.51);
INSERT INTO Consignments VALUES (150, 70, 7, 'CEM', 24, 56.1, 310.86);

