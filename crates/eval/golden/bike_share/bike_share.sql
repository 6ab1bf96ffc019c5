PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Station (
    StationID INTEGER PRIMARY KEY,
    station_name TEXT NOT NULL,
    city_code TEXT NOT NULL,
    dock_count INTEGER,
    lat REAL,
    long REAL,
    installed TEXT
);
CREATE TABLE Ref_Bike_Types (
    bike_type_code TEXT PRIMARY KEY,
    bike_type_description TEXT NOT NULL,
    hourly_rate REAL,
    max_speed_kph INTEGER
);
CREATE TABLE Bike (
    BikeID INTEGER PRIMARY KEY,
    BikeType TEXT NOT NULL,
    HomeStation INTEGER,
    Manufacturer TEXT,
    ModelYear INTEGER,
    InService TEXT,
    FOREIGN KEY (BikeType) REFERENCES Ref_Bike_Types(bike_type_code),
    FOREIGN KEY (HomeStation) REFERENCES Station(StationID)
);
CREATE TABLE members (
    member_id INTEGER PRIMARY KEY,
    mem_fname TEXT,
    mem_lname TEXT,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    email TEXT,
    plan TEXT,
    joined TEXT
);
CREATE TABLE Staff (
    emp_id INTEGER PRIMARY KEY,
    emp_fname TEXT,
    emp_lname TEXT,
    job_title TEXT,
    hire_dt TEXT,
    salary INTEGER,
    Supervisor INTEGER,
    FOREIGN KEY (Supervisor) REFERENCES Staff(emp_id)
);
CREATE TABLE Staff_Station (
    emp_id INTEGER,
    StationID INTEGER,
    shift TEXT,
    assigned_from TEXT,
    PRIMARY KEY (emp_id, StationID),
    FOREIGN KEY (emp_id) REFERENCES Staff(emp_id)
);
CREATE TABLE ride_records (
    ride_id INTEGER PRIMARY KEY,
    member_id INTEGER,
    BikeID INTEGER,
    start_stn INTEGER,
    end_stn INTEGER,
    ride_date TEXT,
    dur_min INTEGER,
    amt TEXT,
    FOREIGN KEY (start_stn) REFERENCES Station(StationID),
    FOREIGN KEY (end_stn) REFERENCES Station(StationID)
);
CREATE TABLE maintenance_events (
    event_id INTEGER PRIMARY KEY,
    BikeID INTEGER,
    emp_id INTEGER,
    svc_date TEXT,
    issue TEXT,
    labor_hrs REAL,
    parts_cost REAL
);

-- Station
INSERT INTO Station VALUES (1, 'Market St & 4th St', 'SFO', 27, 37.760614, -122.404538, '2015-03-19');
INSERT INTO Station VALUES (2, 'Ferry Building', 'SFO', 35, 37.766931, -122.400779, '2018-06-18');
INSERT INTO Station VALUES (3, 'Civic Center BART', 'SFO', 23, 37.781797, -122.421627, '2015-04-30');
INSERT INTO Station VALUES (4, 'Mission Dolores Park', 'SFO', 19, 37.767993, -122.415373, '2014-03-10');
INSERT INTO Station VALUES (5, 'Golden Gate Park - Stanyan St', 'SFO', 15, 37.777012, -122.408853, '2016-09-01');
INSERT INTO Station VALUES (6, 'Caltrain Depot 4th & King', 'SFO', 31, 37.791525, -122.415997, '2015-04-21');
INSERT INTO Station VALUES (7, 'Duboce Park', 'SFO', 11, 37.793453, -122.405518, '2017-03-14');
INSERT INTO Station VALUES (8, 'Embarcadero at Sansome', 'SFO', 21, 37.796891, -122.409463, '2014-07-15');
INSERT INTO Station VALUES (9, 'Lake Merritt BART', 'OAK', 19, 37.820911, -122.259981, '2017-08-13');
INSERT INTO Station VALUES (10, 'Jack London Square', 'OAK', 25, 37.790865, -122.288972, '2015-12-28');
INSERT INTO Station VALUES (11, 'Grand Ave & Santa Clara Ave', 'OAK', 15, 37.796306, -122.280741, '2014-10-03');
INSERT INTO Station VALUES (12, 'Temescal - 51st St', 'OAK', 13, 37.787445, -122.265503, '2014-02-04');
INSERT INTO Station VALUES (13, 'Fruitvale BART', 'OAK', 17, 37.81569, -122.285635, '2018-03-17');
INSERT INTO Station VALUES (14, 'Rockridge BART', 'OAK', 19, 37.792555, -122.270231, '2015-10-08');
INSERT INTO Station VALUES (15, 'Shattuck Ave & Center St', 'BRK', 29, 37.852116, -122.260561, '2014-06-07');
INSERT INTO Station VALUES (16, 'Telegraph Ave & Bancroft Way', 'BRK', 23, 37.873384, -122.285447, '2018-07-31');
INSERT INTO Station VALUES (17, 'Berkeley Marina', 'BRK', 11, 37.875636, -122.255911, NULL);
INSERT INTO Station VALUES (18, 'Ashby BART', 'BRK', 15, 37.866233, -122.269522, '2014-01-19');
INSERT INTO Station VALUES (19, 'Emeryville Public Market', 'EMV', 17, 37.831225, -122.282113, '2016-12-10');
INSERT INTO Station VALUES (20, 'Powell St & Park Ave', 'EMV', 13, 37.851284, -122.271447, NULL);

-- Ref_Bike_Types
INSERT INTO Ref_Bike_Types VALUES ('CLS', 'Classic 3-speed', 2.0, 25);
INSERT INTO Ref_Bike_Types VALUES ('ELC', 'Electric pedal-assist', 4.5, 32);
INSERT INTO Ref_Bike_Types VALUES ('CRG', 'Cargo bike', 3.5, 20);
INSERT INTO Ref_Bike_Types VALUES ('ECG', 'Electric cargo bike', 6.0, 25);
INSERT INTO Ref_Bike_Types VALUES ('TND', 'Tandem', 5.0, 28);
INSERT INTO Ref_Bike_Types VALUES ('KID', 'Kids 20-inch', 1.0, 15);
INSERT INTO Ref_Bike_Types VALUES ('ADP', 'Adaptive handcycle', 1.5, 15);
INSERT INTO Ref_Bike_Types VALUES ('REC', 'Recumbent trike', 3.0, 22);
INSERT INTO Ref_Bike_Types VALUES ('FLD', 'Folding bike', 2.5, 24);
INSERT INTO Ref_Bike_Types VALUES ('STP', 'Step-through electric', 4.0, 30);
INSERT INTO Ref_Bike_Types VALUES ('RDB', 'Road bike', 3.25, 40);
INSERT INTO Ref_Bike_Types VALUES ('HYB', 'Hybrid commuter', 2.75, 30);
INSERT INTO Ref_Bike_Types VALUES ('FAT', 'Fat tire bike', 3.75, 25);
INSERT INTO Ref_Bike_Types VALUES ('TRI', 'Adult tricycle', 2.25, 16);
INSERT INTO Ref_Bike_Types VALUES ('EFB', 'Electric fat bike', 5.5, 32);

-- Bike
INSERT INTO Bike VALUES (1001, 'ECG', 20, 'Yuba', 2022, 'Y');
INSERT INTO Bike VALUES (1002, 'CLS', 20, 'Giant', 2016, 'Y');
INSERT INTO Bike VALUES (1003, 'TND', 2, 'Co-Motion', 2020, 'Y');
INSERT INTO Bike VALUES (1004, 'ELC', 11, 'Jump', 2021, 'Y');
INSERT INTO Bike VALUES (1005, 'CLS', 3, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1006, 'ECG', 19, 'Yuba', 2019, 'Y');
INSERT INTO Bike VALUES (1007, 'ELC', 12, 'Specialized', 2018, 'Y');
INSERT INTO Bike VALUES (1008, 'CLS', 19, 'Trek', 2018, 'Y');
INSERT INTO Bike VALUES (1009, 'FLD', 9, 'Tern', 2020, 'N');
INSERT INTO Bike VALUES (1010, 'ELC', 4, 'PBSC', 2019, 'Y');
INSERT INTO Bike VALUES (1011, 'CLS', 18, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1012, 'CLS', 16, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1013, 'CLS', 1, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1014, 'STP', 9, 'Trek', 2017, 'Y');
INSERT INTO Bike VALUES (1015, 'CLS', 18, 'Trek', 2017, 'Y');
INSERT INTO Bike VALUES (1016, 'ELC', 11, 'PBSC', 2021, 'N');
INSERT INTO Bike VALUES (1017, 'CLS', NULL, 'PBSC', 2017, 'N');
INSERT INTO Bike VALUES (1018, 'ELC', 15, 'Specialized', 2016, 'Y');
INSERT INTO Bike VALUES (1019, 'CRG', 18, 'Yuba', 2016, 'Y');
INSERT INTO Bike VALUES (1020, 'ELC', 1, 'Specialized', 2020, 'Y');
INSERT INTO Bike VALUES (1021, 'CLS', 9, 'Trek', 2017, 'Y');
INSERT INTO Bike VALUES (1022, 'CLS', 13, 'PBSC', 2022, 'N');
INSERT INTO Bike VALUES (1023, 'CLS', 19, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1024, 'ELC', 14, 'Jump', 2020, 'Y');
INSERT INTO Bike VALUES (1025, 'STP', 11, 'Trek', 2017, 'Y');
INSERT INTO Bike VALUES (1026, 'CLS', 19, 'PBSC', 2017, 'Y');
INSERT INTO Bike VALUES (1027, 'ELC', 20, 'PBSC', 2021, 'Y');
INSERT INTO Bike VALUES (1028, 'ELC', 13, 'Jump', 2021, 'Y');
INSERT INTO Bike VALUES (1029, 'CLS', 13, 'Giant', 2016, 'Y');
INSERT INTO Bike VALUES (1030, 'CLS', 9, 'Trek', 2018, 'Y');
INSERT INTO Bike VALUES (1031, 'TND', 18, 'Co-Motion', 2019, 'Y');
INSERT INTO Bike VALUES (1032, 'ELC', 10, 'PBSC', 2018, 'Y');
INSERT INTO Bike VALUES (1033, 'ELC', 18, 'Jump', 2019, 'Y');
INSERT INTO Bike VALUES (1034, 'CLS', 17, 'Giant', 2018, 'Y');
INSERT INTO Bike VALUES (1035, 'CLS', 12, 'PBSC', 2020, 'Y');
INSERT INTO Bike VALUES (1036, 'CRG', 16, 'Yuba', 2019, 'Y');
INSERT INTO Bike VALUES (1037, 'CLS', 7, 'PBSC', 2022, 'Y');
INSERT INTO Bike VALUES (1038, 'STP', 19, 'Trek', 2018, 'Y');
INSERT INTO Bike VALUES (1039, 'ELC', NULL, 'PBSC', 2022, 'Y');
INSERT INTO Bike VALUES (1040, 'CLS', 15, 'Giant', 2017, 'Y');
INSERT INTO Bike VALUES (1041, 'ELC', 16, 'Jump', 2019, 'Y');
INSERT INTO Bike VALUES (1042, 'HYB', 17, 'Trek', 2018, 'Y');
INSERT INTO Bike VALUES (1043, 'CLS', 17, 'PBSC', 2022, 'Y');
INSERT INTO Bike VALUES (1044, 'CLS', 14, 'PBSC', 2020, 'Y');
INSERT INTO Bike VALUES (1045, 'HYB', 18, 'Trek', 2022, 'Y');
INSERT INTO Bike VALUES (1046, 'CLS', 12, 'Trek', 2021, 'Y');
INSERT INTO Bike VALUES (1047, 'ELC', 10, 'Jump', 2020, 'N');
INSERT INTO Bike VALUES (1048, 'ELC', 8, 'Jump', 2016, 'Y');
INSERT INTO Bike VALUES (1049, 'CRG', 7, 'Yuba', 2022, 'N');
INSERT INTO Bike VALUES (1050, 'CLS', 17, 'PBSC', 2019, 'Y');

-- members
INSERT INTO members VALUES (1, 'James', 'Ortiz', 'M', '1998-01-01', '(510) 997-2712', 'james.ortiz85@icloud.com', 'ANN', '2019-05-31');
INSERT INTO members VALUES (2, 'Emily', 'Young', 'F', '1985-03-07', '(510) 611-2993', 'emily.young51@yahoo.com', 'DAY', '2021-11-29');
INSERT INTO members VALUES (3, 'Daniel', 'Hernandez', 'M', '1964-06-09', '(510) 486-5156', 'daniel.hernandez60@yahoo.com', 'ANN', '2020-12-17');
INSERT INTO members VALUES (4, 'Marcus', 'Nguyen', 'M', '1975-10-28', '(341) 488-5198', 'marcus.nguyen11@icloud.com', 'ANN', '2019-10-15');
INSERT INTO members VALUES (5, 'Caleb', 'Williams', 'M', '2001-07-21', NULL, 'caleb.williams16@yahoo.com', 'MTH', '2021-11-29');
INSERT INTO members VALUES (6, 'Mei', 'Martin', 'F', '1974-05-01', '(510) 801-5449', 'mei.martin68@icloud.com', 'MTH', '2020-12-26');
INSERT INTO members VALUES (7, 'Tessa', 'Hughes', 'F', '1979-08-04', '(628) 895-4403', 'tessa.hughes89@outlook.com', 'ANN', '2022-08-19');
INSERT INTO members VALUES (8, 'Kevin', 'Shah', 'M', '1967-12-09', '(628) 779-7842', 'kevin.shah27@yahoo.com', 'ANN', '2020-01-21');
INSERT INTO members VALUES (9, 'Hiroshi', 'Lopez', NULL, '1998-11-24', '(341) 317-3882', 'hiroshi.lopez32@yahoo.com', 'MTH', '2022-08-11');
INSERT INTO members VALUES (10, 'Tessa', 'Bell', 'F', '2000-12-17', '(510) 817-3828', 'tessa.bell33@icloud.com', 'MTH', '2019-02-19');
INSERT INTO members VALUES (11, 'Isabel', 'Reyes', 'F', '1965-07-20', '(415) 463-0134', 'isabel.reyes90@yahoo.com', 'ANN', '2021-09-13');
INSERT INTO members VALUES (12, 'Rachel', 'Patel', 'F', '1990-09-23', '(341) 606-7872', 'rachel.patel56@yahoo.com', 'ANN', '2021-07-22');
INSERT INTO members VALUES (13, 'Luis', 'Foster', 'M', '1985-10-30', '(628) 621-5656', 'luis.foster54@icloud.com', 'DAY', '2021-08-07');
INSERT INTO members VALUES (14, 'Omar', 'Clark', 'M', '1976-03-28', '(341) 803-6121', 'omar.clark79@yahoo.com', 'DAY', '2022-08-11');
INSERT INTO members VALUES (15, 'Daniel', 'McCarthy', 'M', '1965-11-17', '(341) 688-4711', 'daniel.mccarthy19@gmail.com', 'DAY', '2020-11-15');
INSERT INTO members VALUES (16, 'Diego', 'Okafor', 'M', '1987-04-11', '(628) 792-9658', 'diego.okafor78@yahoo.com', 'DAY', '2019-04-07');
INSERT INTO members VALUES (17, 'Ana', 'Singh', 'F', '1992-10-17', '(415) 447-4462', 'ana.singh22@icloud.com', 'ANN', '2019-03-12');
INSERT INTO members VALUES (18, 'Olivia', 'Garcia', 'F', '1994-08-06', '(415) 335-2143', 'olivia.garcia56@icloud.com', 'ANN', '2021-11-26');
INSERT INTO members VALUES (19, 'Omar', 'Park', 'M', '1990-05-24', '(415) 207-0465', 'omar.park73@gmail.com', 'DAY', '2019-01-21');
INSERT INTO members VALUES (20, 'Grace', 'Kim', 'F', '1975-07-28', NULL, 'grace.kim52@outlook.com', 'MTH', '2019-01-22');
INSERT INTO members VALUES (21, 'Hannah', 'Walker', 'F', '1966-03-19', '(341) 407-7227', 'hannah.walker90@gmail.com', 'MTH', '2021-12-28');
INSERT INTO members VALUES (22, 'Olivia', 'Murphy', 'F', '2001-08-07', '(510) 512-7625', 'olivia.murphy20@outlook.com', 'DAY', '2020-08-23');
INSERT INTO members VALUES (23, 'Ethan', 'Tanaka', 'M', '1984-09-23', '(510) 788-8146', 'ethan.tanaka2@icloud.com', 'DAY', '2020-12-19');
INSERT INTO members VALUES (24, 'Hiroshi', 'Chen', 'M', '1990-04-19', '(628) 613-9107', 'hiroshi.chen9@icloud.com', 'ANN', '2022-04-29');
INSERT INTO members VALUES (25, 'Andre', 'Johnson', 'M', '1990-11-21', '(628) 257-2828', 'andre.johnson60@icloud.com', 'DAY', '2022-05-29');
INSERT INTO members VALUES (26, 'Hiroshi', 'Smith', 'M', '2001-05-16', '(628) 682-6012', 'hiroshi.smith56@gmail.com', 'ANN', '2019-01-06');
INSERT INTO members VALUES (27, 'Ryan', 'Lee', NULL, '1975-11-03', '(415) 700-3274', 'ryan.lee84@outlook.com', 'DAY', '2021-12-29');
INSERT INTO members VALUES (28, 'Sofia', 'Wong', 'F', '1966-08-29', '(510) 345-1489', 'sofia.wong57@icloud.com', 'MTH', '2019-05-08');
INSERT INTO members VALUES (29, 'Omar', 'Davis', 'M', '1987-10-02', '(510) 693-4807', 'omar.davis24@outlook.com', 'ANN', '2019-09-08');
INSERT INTO members VALUES (30, 'Grace', 'Baker', 'F', '1994-01-03', '(341) 495-9964', 'grace.baker59@outlook.com', 'MTH', '2022-08-09');
INSERT INTO members VALUES (31, 'Brian', 'Adams', 'M', '1982-02-04', NULL, 'brian.adams6@gmail.com', 'MTH', '2021-12-13');
INSERT INTO members VALUES (32, 'Ana', 'Ramirez', 'F', '1997-07-24', '(415) 437-3882', 'ana.ramirez50@icloud.com', 'MTH', '2020-08-21');
INSERT INTO members VALUES (33, 'Andre', 'Cohen', NULL, '1989-11-14', '(341) 921-4740', 'andre.cohen63@outlook.com', 'MTH', '2020-11-13');
INSERT INTO members VALUES (34, 'Ana', 'Rossi', 'F', '1966-05-14', '(510) 751-1515', 'ana.rossi15@outlook.com', 'ANN', '2021-08-03');
INSERT INTO members VALUES (35, 'Emily', 'Silva', 'F', '1989-11-30', '(628) 762-5658', 'emily.silva58@gmail.com', 'ANN', '2021-08-24');
INSERT INTO members VALUES (36, 'Marcus', 'Novak', 'M', '1993-07-07', '(628) 813-8327', 'marcus.novak48@outlook.com', 'DAY', '2019-03-01');
INSERT INTO members VALUES (37, 'Diego', 'McDonald', 'M', '1989-08-13', NULL, 'diego.mcdonald5@gmail.com', 'DAY', '2022-10-06');
INSERT INTO members VALUES (38, 'Olivia', 'Rodriguez', 'F', '1963-03-03', NULL, 'olivia.rodriguez67@yahoo.com', 'MTH', '2019-04-30');
INSERT INTO members VALUES (39, 'Tessa', 'Brown', 'F', '1994-12-01', '(510) 504-1451', 'tessa.brown43@icloud.com', 'ANN', '2020-03-24');
INSERT INTO members VALUES (40, 'Isabel', 'McKenzie', 'F', '1993-06-21', '(510) 684-2507', 'isabel.mckenzie23@yahoo.com', 'DAY', '2021-12-29');

-- Staff
INSERT INTO Staff VALUES (1, 'Helen', 'Okoye', 'Operations Manager', '2014-03-17', 118000, NULL);
INSERT INTO Staff VALUES (2, 'Maria', 'Lopez', 'Field Supervisor', '2015-06-01', 86000, 1);
INSERT INTO Staff VALUES (3, 'David', 'Feld', 'Field Supervisor', '2016-02-22', 84500, 1);
INSERT INTO Staff VALUES (4, 'Tomas', 'Reyes', 'Mechanic', '2017-04-10', 62000, 2);
INSERT INTO Staff VALUES (5, 'Jenny', 'Cho', 'Mechanic', '2018-09-03', 58500, 2);
INSERT INTO Staff VALUES (6, 'Kwame', 'Mensah', 'Mechanic', '2016-11-14', 66500, 3);
INSERT INTO Staff VALUES (7, 'Laura', 'Bianchi', 'Rebalancing Driver', '2019-01-07', 49000, 2);
INSERT INTO Staff VALUES (8, 'Sean', 'O''Brien', 'Rebalancing Driver', '2020-05-18', 47500, 3);
INSERT INTO Staff VALUES (9, 'Priya', 'Raman', 'Customer Service Rep', '2018-07-23', 45000, 1);
INSERT INTO Staff VALUES (10, 'Marcus', 'Hale', 'Mechanic', '2021-03-29', 51000, 3);
INSERT INTO Staff VALUES (11, 'Anh', 'Tran', 'Mechanic', '2019-08-12', 56000, 2);
INSERT INTO Staff VALUES (12, 'Rosa', 'Delgado', 'Rebalancing Driver', '2022-02-14', 46000, 3);
INSERT INTO Staff VALUES (13, 'Peter', 'Lindqvist', 'Customer Service Rep', '2020-10-05', 44000, 1);
INSERT INTO Staff VALUES (14, 'Gabriel', 'Souza', 'Mechanic', '2022-06-20', 49500, 3);
INSERT INTO Staff VALUES (15, 'Naomi', 'Fischer', 'Station Technician', '2017-12-04', 54000, NULL);

-- Staff_Station
INSERT INTO Staff_Station VALUES (2, 6, 'NT', '2020-10-03');
INSERT INTO Staff_Station VALUES (2, 18, 'PM', '2020-11-16');
INSERT INTO Staff_Station VALUES (3, 16, 'PM', '2022-01-19');
INSERT INTO Staff_Station VALUES (4, 5, 'AM', '2020-09-10');
INSERT INTO Staff_Station VALUES (5, 8, 'AM', '2020-11-29');
INSERT INTO Staff_Station VALUES (6, 1, 'AM', '2021-07-11');
INSERT INTO Staff_Station VALUES (6, 18, 'AM', '2020-12-14');
INSERT INTO Staff_Station VALUES (7, 10, 'NT', '2020-12-10');
INSERT INTO Staff_Station VALUES (7, 16, 'AM', '2021-11-04');
INSERT INTO Staff_Station VALUES (8, 3, 'NT', '2020-05-25');
INSERT INTO Staff_Station VALUES (8, 4, 'AM', '2020-01-18');
INSERT INTO Staff_Station VALUES (8, 10, 'NT', '2020-05-14');
INSERT INTO Staff_Station VALUES (8, 16, 'AM', '2022-05-30');
INSERT INTO Staff_Station VALUES (10, 2, 'PM', '2022-01-04');
INSERT INTO Staff_Station VALUES (10, 12, 'AM', '2021-09-19');
INSERT INTO Staff_Station VALUES (11, 16, 'PM', '2020-05-04');
INSERT INTO Staff_Station VALUES (11, 17, 'PM', '2021-04-14');
INSERT INTO Staff_Station VALUES (11, 20, 'NT', '2021-02-09');
INSERT INTO Staff_Station VALUES (12, 1, 'NT', '2021-10-12');
INSERT INTO Staff_Station VALUES (12, 3, 'PM', '2020-05-28');
INSERT INTO Staff_Station VALUES (12, 4, 'AM', '2020-02-12');
INSERT INTO Staff_Station VALUES (14, 3, 'NT', '2021-09-12');
INSERT INTO Staff_Station VALUES (14, 14, 'AM', '2021-05-29');
INSERT INTO Staff_Station VALUES (14, 20, 'AM', '2020-02-26');
INSERT INTO Staff_Station VALUES (15, 3, 'PM', '2021-08-25');
INSERT INTO Staff_Station VALUES (15, 15, 'AM', '2020-04-27');

-- ride_records
INSERT INTO ride_records VALUES (1, 35, 1013, 6, 18, '2023-03-08', 73, '3.43');
INSERT INTO ride_records VALUES (2, 26, 1023, 6, 9, '2023-10-13', 4, '1.13');
INSERT INTO ride_records VALUES (3, 5, 1042, 8, 7, '2023-03-24', 19, '1.87');
INSERT INTO ride_records VALUES (4, 39, 1042, 13, 1, '2023-06-04', 8, '1.37');
INSERT INTO ride_records VALUES (5, 11, 1041, 13, 19, '2023-05-04', 16, '2.20');
INSERT INTO ride_records VALUES (6, 1, 1006, 3, 20, '2023-06-16', 40, '5.00');
INSERT INTO ride_records VALUES (7, 17, 1019, 2, 11, '2023-08-24', 48, '3.80');
INSERT INTO ride_records VALUES (8, 36, 1034, 9, 10, '2023-08-13', 50, '2.67');
INSERT INTO ride_records VALUES (9, 3, 1026, 14, 11, '2023-09-18', 12, '1.40');
INSERT INTO ride_records VALUES (10, 3, 1040, 11, 20, '2023-05-13', 49, '2.63');
INSERT INTO ride_records VALUES (11, 7, 1029, 12, 5, '2023-07-10', 36, '2.20');
INSERT INTO ride_records VALUES (12, 12, 1028, 7, 7, '2023-04-23', 53, '4.98');
INSERT INTO ride_records VALUES (13, 3, 1016, 4, 9, '2023-10-14', 42, '4.15');
INSERT INTO ride_records VALUES (14, 37, 1020, 13, 6, '2023-06-03', 40, '4.00');
INSERT INTO ride_records VALUES (15, 19, 1009, 15, 15, '2023-08-15', 42, '2.75');
INSERT INTO ride_records VALUES (16, 25, 1017, 4, 17, '2023-10-21', 6, '1.20');
INSERT INTO ride_records VALUES (17, 19, 1004, 4, 6, '2023-03-23', 28, '3.10');
INSERT INTO ride_records VALUES (18, 12, 1004, 7, 14, '2023-10-09', 33, '3.48');
INSERT INTO ride_records VALUES (19, 23, 1044, 16, 10, '2023-05-20', 26, '1.87');
INSERT INTO ride_records VALUES (20, 15, 1024, 2, 7, '2023-06-03', 67, '6.03');
INSERT INTO ride_records VALUES (21, 39, 1046, 19, 13, '2023-04-05', 38, '2.27');
INSERT INTO ride_records VALUES (22, 27, 1028, 16, 2, '2023-07-26', 37, '3.77');
INSERT INTO ride_records VALUES (23, 27, 1019, 6, NULL, '2023-07-30', 63, '4.67');
INSERT INTO ride_records VALUES (24, 29, 1005, 9, 2, '2023-08-25', 7, '1.23');
INSERT INTO ride_records VALUES (25, 26, 1049, 10, 5, '2023-07-25', 62, '4.62');
INSERT INTO ride_records VALUES (26, 9, 1033, 18, 6, '2023-04-19', 18, '2.35');
INSERT INTO ride_records VALUES (27, 7, 1006, 9, 14, '2023-03-30', 16, '2.60');
INSERT INTO ride_records VALUES (28, 11, 1044, 12, 3, '2023-05-18', 22, '1.73');
INSERT INTO ride_records VALUES (29, 3, 1033, 4, 3, '2023-04-19', 16, '2.20');
INSERT INTO ride_records VALUES (30, 25, 1022, 13, 19, '2023-09-02', 46, '2.53');
INSERT INTO ride_records VALUES (31, 24, 1039, 18, 8, '2023-09-24', 25, '2.88');
INSERT INTO ride_records VALUES (32, 10, 1032, 18, 8, '2023-08-08', 68, '6.10');
INSERT INTO ride_records VALUES (33, 17, 1036, 16, 3, '2023-04-27', 41, '3.39');
INSERT INTO ride_records VALUES (34, 12, 1017, 10, 8, '2023-08-26', 16, '1.53');
INSERT INTO ride_records VALUES (35, 8, 1041, 2, 18, '2023-06-16', 27, '3.02');
INSERT INTO ride_records VALUES (36, 12, 1013, 14, 5, '2023-06-02', 36, '2.20');
INSERT INTO ride_records VALUES (37, 12, 1017, 3, 18, '2023-08-05', 54, '2.80');
INSERT INTO ride_records VALUES (38, 7, 1034, 3, 2, '2023-09-01', 49, '2.63');
INSERT INTO ride_records VALUES (39, 33, 1037, 8, 6, '2023-03-04', 73, '3.43');
INSERT INTO ride_records VALUES (40, 15, 1034, 19, 6, '2023-08-24', 4, '1.13');
INSERT INTO ride_records VALUES (41, 20, 1042, 11, 11, '2023-03-23', 51, '3.34');
INSERT INTO ride_records VALUES (42, 23, 1016, 6, 10, '2023-10-10', 56, '5.20');
INSERT INTO ride_records VALUES (43, 26, 1010, 12, 5, '2023-04-16', 41, '4.08');
INSERT INTO ride_records VALUES (44, 1, 1044, 11, 20, '2023-04-09', 24, '1.80');
INSERT INTO ride_records VALUES (45, 28, 1023, 13, 16, '2023-04-23', 38, '2.27');
INSERT INTO ride_records VALUES (46, 4, 1016, 18, 12, '2023-07-07', 22, '2.65');
INSERT INTO ride_records VALUES (47, 20, 1024, 16, 13, '2023-06-22', 68, '6.10');
INSERT INTO ride_records VALUES (48, 20, 1013, 2, 19, '2023-07-18', 21, '1.70');
INSERT INTO ride_records VALUES (49, 12, 1046, 1, 1, '2023-09-15', 38, '2.27');
INSERT INTO ride_records VALUES (50, 23, 1007, 9, 5, '2023-05-30', 40, '4.00');
INSERT INTO ride_records VALUES (51, 21, 1049, 2, 4, '2023-03-17', 8, '1.47');
INSERT INTO ride_records VALUES (52, 12, 1020, 15, 18, '2023-10-21', 37, '3.77');
INSERT INTO ride_records VALUES (53, 5, 1019, 12, 20, '2023-09-22', 47, '3.74');
INSERT INTO ride_records VALUES (54, 12, 1026, 16, 12, '2023-10-11', 39, '2.30');
INSERT INTO ride_records VALUES (55, 1, 1041, 16, 4, '2023-06-09', 24, '2.80');
INSERT INTO ride_records VALUES (56, 23, 1006, 14, 3, '2023-04-21', 4, '1.40');
INSERT INTO ride_records VALUES (57, 8, 1010, 6, 14, '2023-10-20', 14, '2.05');
INSERT INTO ride_records VALUES (58, 15, 1004, 16, 19, '2023-10-10', 19, '2.43');
INSERT INTO ride_records VALUES (59, 4, 1047, 8, 10, '2023-08-02', 22, '2.65');
INSERT INTO ride_records VALUES (60, 17, 1037, 13, 1, '2023-09-13', 8, '1.27');
INSERT INTO ride_records VALUES (61, 25, 1002, 16, NULL, '2023-04-13', 59, '2.97');
INSERT INTO ride_records VALUES (62, 29, 1025, 12, 15, '2023-04-10', 20, '2.33');
INSERT INTO ride_records VALUES (63, 16, 1001, 7, 18, '2023-08-14', 21, '3.10');
INSERT INTO ride_records VALUES (64, 13, 1038, 3, 20, '2023-09-30', 5, '1.33');
INSERT INTO ride_records VALUES (65, 21, 1003, 13, 20, '2023-06-30', 42, '4.50');
INSERT INTO ride_records VALUES (66, 13, 1006, 14, 6, '2023-07-04', 70, '8.00');
INSERT INTO ride_records VALUES (67, 30, 1024, 6, 10, '2023-03-05', 15, '2.12');
INSERT INTO ride_records VALUES (68, 25, 1022, 12, 18, '2023-05-27', 15, '1.50');
INSERT INTO ride_records VALUES (69, 3, 1045, 12, 12, '2023-08-25', 69, '4.16');
INSERT INTO ride_records VALUES (70, 25, 1040, 19, 16, '2023-07-18', 14, '1.47');
INSERT INTO ride_records VALUES (71, 1, 1010, 11, 9, '2023-04-15', 26, '2.95');
INSERT INTO ride_records VALUES (72, 5, 1002, 18, 12, '2023-03-21', 30, '2.00');
INSERT INTO ride_records VALUES (73, 18, 1035, 6, 4, '2023-09-25', 6, '1.20');
INSERT INTO ride_records VALUES (74, 27, 1003, 9, 6, '2023-06-13', 72, '7.00');
INSERT INTO ride_records VALUES (75, 1, 1024, 6, 14, '2023-07-21', 38, '3.85');
INSERT INTO ride_records VALUES (76, 33, 1050, 8, 8, '2023-08-30', 39, '2.30');
INSERT INTO ride_records VALUES (77, 16, 1015, 12, 1, '2023-03-10', 31, '2.03');
INSERT INTO ride_records VALUES (78, 13, 1013, 12, 1, '2023-08-09', 72, '3.40');
INSERT INTO ride_records VALUES (79, 12, 1034, 3, 2, '2023-08-11', 72, '3.40');
INSERT INTO ride_records VALUES (80, 27, 1021, 19, 5, '2023-06-11', 72, '3.40');

-- maintenance_events
INSERT INTO maintenance_events VALUES (1, 1016, 5, '2023-06-11', 'Brake adjustment', 0.5, 18.79);
INSERT INTO maintenance_events VALUES (2, 1043, 6, '2023-07-11', 'Gear cable frayed', 0.5, 81.68);
INSERT INTO maintenance_events VALUES (3, 1045, 5, '2023-10-19', 'Gear cable frayed', 3.0, 7.12);
INSERT INTO maintenance_events VALUES (4, 1016, 5, '2023-03-30', 'Dock latch jammed', 3.0, 96.59);
INSERT INTO maintenance_events VALUES (5, 1039, 5, '2023-04-25', 'Gear cable frayed', 1.0, 11.6);
INSERT INTO maintenance_events VALUES (6, 1036, 5, '2023-03-03', 'Light not working', 2.5, 165.37);
INSERT INTO maintenance_events VALUES (7, 1003, 6, '2023-10-26', 'Battery swap', 1.5, 148.7);
INSERT INTO maintenance_events VALUES (8, 1043, 5, '2023-01-10', 'Loose handlebar', 1.5, 4.04);
INSERT INTO maintenance_events VALUES (9, 1038, 11, '2023-10-16', 'Broken bell', 3.0, NULL);
INSERT INTO maintenance_events VALUES (10, 1035, 6, '2023-05-19', 'Dock latch jammed', 2.5, 45.82);
INSERT INTO maintenance_events VALUES (11, 1047, 11, '2023-03-12', 'Chain replaced', 0.75, 49.5);
INSERT INTO maintenance_events VALUES (12, 1021, 4, '2023-06-01', 'Motor fault', 1.5, 72.98);
INSERT INTO maintenance_events VALUES (13, 1046, 10, '2023-11-01', 'Gear cable frayed', 2.0, 71.27);
INSERT INTO maintenance_events VALUES (14, 1023, 5, '2023-10-15', 'Battery swap', 0.5, 87.86);
INSERT INTO maintenance_events VALUES (15, 1014, 6, '2023-03-18', 'Dock latch jammed', 0.5, 138.71);
INSERT INTO maintenance_events VALUES (16, 1008, 14, '2023-08-06', 'Brake adjustment', 1.0, 0.63);
INSERT INTO maintenance_events VALUES (17, 1014, 5, '2023-02-19', 'Broken bell', 1.5, 18.24);
INSERT INTO maintenance_events VALUES (18, 1030, 5, '2023-02-01', 'Dock latch jammed', 1.0, 62.49);
INSERT INTO maintenance_events VALUES (19, 1034, 4, '2023-01-05', 'Light not working', 3.0, 133.67);
INSERT INTO maintenance_events VALUES (20, 1030, 15, '2023-01-19', 'Dock latch jammed', 1.5, 16.05);
INSERT INTO maintenance_events VALUES (21, 1032, 14, '2023-01-18', 'Dock latch jammed', 1.0, 156.53);
INSERT INTO maintenance_events VALUES (22, 1016, 11, '2023-02-24', 'Broken bell', 0.75, 12.82);
INSERT INTO maintenance_events VALUES (23, 1049, 5, '2023-02-24', 'Flat tire', 1.5, 95.97);
INSERT INTO maintenance_events VALUES (24, 1015, 10, '2023-05-02', 'Motor fault', 1.0, 75.27);
INSERT INTO maintenance_events VALUES (25, 1010, 5, '2023-06-24', 'Dock latch jammed', 0.5, NULL);
INSERT INTO maintenance_events VALUES (26, 1025, 6, '2023-08-20', 'Loose handlebar', 1.0, 5.19);
INSERT INTO maintenance_events VALUES (27, 1029, 4, '2023-06-18', 'Flat tire', 3.0, 158.31);
INSERT INTO maintenance_events VALUES (28, 1050, 14, '2023-10-19', 'Dock latch jammed', 2.5, 176.65);
INSERT INTO maintenance_events VALUES (29, 1048, 11, '2023-06-02', 'Bent wheel rim', 1.0, NULL);
INSERT INTO maintenance_events VALUES (30, 1030, 6, '2023-05-08', 'Loose handlebar', 1.0, 4.87);
INSERT INTO maintenance_events VALUES (31, 1046, 15, '2023-01-27', 'Chain replaced', 2.0, 120.05);
INSERT INTO maintenance_events VALUES (32, 1007, 15, '2023-10-01', 'Chain replaced', 2.5, 95.97);
INSERT INTO maintenance_events VALUES (33, 1008, 14, '2023-08-11', 'Battery swap', 2.0, 71.91);
INSERT INTO maintenance_events VALUES (34, 1002, 14, '2023-10-26', 'Dock latch jammed', 1.0, NULL);
INSERT INTO maintenance_events VALUES (35, 1015, 10, '2023-01-09', 'Flat tire', 2.5, 41.86);
INSERT INTO maintenance_events VALUES (36, 1012, 11, '2023-02-17', 'Seat post stuck', 1.5, 26.37);
INSERT INTO maintenance_events VALUES (37, 1008, 11, '2023-08-23', 'Loose handlebar', 2.5, 20.09);
INSERT INTO maintenance_events VALUES (38, 1003, 5, '2023-02-19', 'Gear cable frayed', 0.75, 150.74);
INSERT INTO maintenance_events VALUES (39, 1048, 10, '2023-10-27', 'Chain replaced', 2.5, 85.99);
INSERT INTO maintenance_events VALUES (40, 1011, 10, '2023-01-05', 'Dock latch jammed', 1.0, 126.51);

COMMIT;
