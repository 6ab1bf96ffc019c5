PRAGMA foreign_keys = OFF;

CREATE TABLE Ref_Zones (
    zone_code TEXT PRIMARY KEY,
    zone_description TEXT NOT NULL,
    area_type TEXT
);

CREATE TABLE car_models (
    model_id INTEGER PRIMARY KEY,
    make TEXT NOT NULL,
    model_name TEXT NOT NULL,
    seat_cnt INTEGER,
    fuel_type TEXT
);

CREATE TABLE Car (
    CarID INTEGER PRIMARY KEY,
    PlateNo TEXT NOT NULL,
    ModelID INTEGER NOT NULL,
    ModelYear INTEGER,
    Color TEXT,
    Mileage TEXT,
    LastInspection TEXT,
    FOREIGN KEY (ModelID) REFERENCES car_models(model_id)
);

CREATE TABLE drivers (
    drv_id INTEGER PRIMARY KEY,
    drv_fname TEXT NOT NULL,
    drv_lname TEXT NOT NULL,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    lic_no TEXT,
    hire_date TEXT,
    home_zone TEXT,
    rating REAL,
    FOREIGN KEY (home_zone) REFERENCES Ref_Zones(zone_code)
);

CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT,
    join_date TEXT,
    is_vip TEXT
);

CREATE TABLE Driver_Car_Shifts (
    shift_id INTEGER PRIMARY KEY,
    drv_id INTEGER NOT NULL,
    CarID INTEGER NOT NULL,
    shift_date TEXT NOT NULL,
    start_time TEXT,
    end_time TEXT,
    shift_type TEXT
);

CREATE TABLE trips (
    trip_id INTEGER PRIMARY KEY,
    drv_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    CarID INTEGER NOT NULL,
    pickup_zone TEXT,
    dropoff_zone TEXT,
    trip_date TEXT,
    distance_km REAL,
    fare_amt REAL,
    tip_amt REAL,
    pay_method TEXT,
    FOREIGN KEY (pickup_zone) REFERENCES Ref_Zones(zone_code),
    FOREIGN KEY (dropoff_zone) REFERENCES Ref_Zones(zone_code)
);

CREATE TABLE complaints (
    complaint_id INTEGER PRIMARY KEY,
    trip_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    complaint_date TEXT,
    category TEXT,
    details TEXT,
    resolved TEXT,
    FOREIGN KEY (trip_id) REFERENCES trips(trip_id),
    FOREIGN KEY (customer_id) REFERENCES customers(customer_id)
);

INSERT INTO Ref_Zones VALUES ('LOOP', 'The Loop', 'Downtown');
INSERT INTO Ref_Zones VALUES ('RVN', 'River North', 'Downtown');
INSERT INTO Ref_Zones VALUES ('SLP', 'South Loop', 'Downtown');
INSERT INTO Ref_Zones VALUES ('WLP', 'West Loop', 'Downtown');
INSERT INTO Ref_Zones VALUES ('GLD', 'Gold Coast', 'Residential');
INSERT INTO Ref_Zones VALUES ('LPK', 'Lincoln Park', 'Residential');
INSERT INTO Ref_Zones VALUES ('WKP', 'Wicker Park', 'Nightlife');
INSERT INTO Ref_Zones VALUES ('HYP', 'Hyde Park', 'Residential');
INSERT INTO Ref_Zones VALUES ('RGP', 'Rogers Park', 'Residential');
INSERT INTO Ref_Zones VALUES ('LKV', 'Lakeview', 'Nightlife');
INSERT INTO Ref_Zones VALUES ('PLN', 'Pilsen', 'Residential');
INSERT INTO Ref_Zones VALUES ('UPT', 'Uptown', 'Nightlife');
INSERT INTO Ref_Zones VALUES ('BRG', 'Bridgeport', 'Residential');
INSERT INTO Ref_Zones VALUES ('ORD', 'O''Hare International Airport', 'Airport');
INSERT INTO Ref_Zones VALUES ('MDW', 'Midway Airport', 'Airport');

INSERT INTO car_models VALUES (1, 'Toyota', 'Camry', 5, 'G');
INSERT INTO car_models VALUES (2, 'Toyota', 'Prius', 5, 'H');
INSERT INTO car_models VALUES (3, 'Toyota', 'Sienna', 8, 'H');
INSERT INTO car_models VALUES (4, 'Honda', 'Accord', 5, 'G');
INSERT INTO car_models VALUES (5, 'Honda', 'Odyssey', 7, 'G');
INSERT INTO car_models VALUES (6, 'Ford', 'Fusion Hybrid', 5, 'H');
INSERT INTO car_models VALUES (7, 'Ford', 'Escape', 5, 'G');
INSERT INTO car_models VALUES (8, 'Tesla', 'Model 3', 5, 'E');
INSERT INTO car_models VALUES (9, 'Tesla', 'Model Y', 5, 'E');
INSERT INTO car_models VALUES (10, 'Chevrolet', 'Bolt EV', 5, 'E');
INSERT INTO car_models VALUES (11, 'Hyundai', 'Sonata', 5, 'G');
INSERT INTO car_models VALUES (12, 'Hyundai', 'Ioniq 5', 5, 'E');
INSERT INTO car_models VALUES (13, 'Kia', 'Niro', 5, 'H');
INSERT INTO car_models VALUES (14, 'Nissan', 'Leaf', 5, 'E');
INSERT INTO car_models VALUES (15, 'Chrysler', 'Pacifica', 7, 'H');
INSERT INTO car_models VALUES (16, 'Lincoln', 'Town Car', 6, 'G');

INSERT INTO Car VALUES (1, 'XL 43927', 1, 2018, 'Silver', '21791', '2023-12-06');
INSERT INTO Car VALUES (2, 'AH 98866', 2, 2020, 'Silver', '23015', '2023-12-26');
INSERT INTO Car VALUES (3, 'KX 21034', 3, 2018, 'White', '10503', '2023-06-02');
INSERT INTO Car VALUES (4, 'KK 64404', 4, 2022, 'Silver', '6359', '2024-05-05');
INSERT INTO Car VALUES (5, 'PH 17309', 5, 2020, 'Blue', '15535', '2023-09-20');
INSERT INTO Car VALUES (6, 'EP 99981', 6, 2016, 'Silver', '54085', '2023-06-16');
INSERT INTO Car VALUES (7, 'TN 57361', 7, 2017, 'Silver', '40053', '2024-01-12');
INSERT INTO Car VALUES (8, 'BD 84004', 8, 2018, 'Silver', '35707', '2024-05-09');
INSERT INTO Car VALUES (9, 'LG 78345', 9, 2016, 'White', '26169', NULL);
INSERT INTO Car VALUES (10, 'HM 58796', 10, 2024, 'Yellow', '5454', '2024-03-09');
INSERT INTO Car VALUES (11, 'EC 43140', 11, 2020, 'Blue', '4079', '2023-10-14');
INSERT INTO Car VALUES (12, 'XE 21355', 12, 2019, 'Black', '16844', '2023-12-10');
INSERT INTO Car VALUES (13, 'CK 39081', 15, 2018, 'White', '27378', '2023-09-04');
INSERT INTO Car VALUES (14, 'XB 82753', 5, 2016, 'Red', '47757', '2023-11-19');
INSERT INTO Car VALUES (15, 'CN 58686', 12, 2022, 'Red', '4289', '2023-12-02');
INSERT INTO Car VALUES (16, 'FG 52317', 4, 2018, 'Yellow', '23898', '2024-04-01');
INSERT INTO Car VALUES (17, 'MX 51726', 2, 2022, 'Black', '17435', NULL);
INSERT INTO Car VALUES (18, 'WS 80762', 7, 2020, 'White', '13531', '2024-03-04');
INSERT INTO Car VALUES (19, 'KK 77414', 2, 2019, 'Red', '11493', '2023-12-08');
INSERT INTO Car VALUES (20, 'PR 13419', 4, 2019, 'Yellow', '4813', '2023-12-04');
INSERT INTO Car VALUES (21, 'EL 88614', 10, 2021, 'Blue', '21230', '2024-01-05');
INSERT INTO Car VALUES (22, 'XB 90807', 1, 2024, 'Black', '1456', '2023-06-15');
INSERT INTO Car VALUES (23, 'JB 65017', 9, 2020, 'Gray', '10000', '2024-05-12');
INSERT INTO Car VALUES (24, 'FF 43479', 5, 2022, 'Black', '3080', '2023-07-21');
INSERT INTO Car VALUES (25, 'LE 47463', 15, 2017, 'Silver', '34497', '2024-02-10');

INSERT INTO drivers VALUES (1, 'Marcus', 'Johnson', 'M', '1978-02-05', '312-555-9068', 'J753-6072-1165', '2023-05-23', 'LOOP', 4.4);
INSERT INTO drivers VALUES (2, 'Elena', 'Petrova', 'F', '1990-12-28', '312-555-1164', 'P987-1062-3772', '2023-07-20', 'LOOP', 4.16);
INSERT INTO drivers VALUES (3, 'Tariq', 'Hassan', 'M', '1962-05-06', '312-555-8991', 'H529-1139-5943', '2018-09-10', 'LOOP', 4.47);
INSERT INTO drivers VALUES (4, 'Maria', 'Gonzalez', 'F', '1989-08-11', '312-555-8705', 'G376-5864-2487', '2016-01-04', 'LOOP', 4.07);
INSERT INTO drivers VALUES (5, 'Darnell', 'Washington', 'M', '1993-03-10', '312-555-7418', 'W149-2246-6777', '2015-08-30', 'WLP', 3.87);
INSERT INTO drivers VALUES (6, 'Priya', 'Patel', 'F', '1994-12-30', '312-555-5240', 'P850-3311-2217', '2019-09-20', 'BRG', 4.52);
INSERT INTO drivers VALUES (7, 'Kevin', 'O''Brien', 'M', '1975-02-25', '312-555-6644', 'O556-9516-9778', '2017-12-11', 'RGP', 4.41);
INSERT INTO drivers VALUES (8, 'Aisha', 'Mohammed', 'F', '1997-07-29', '312-555-1223', 'M905-9146-8789', '2018-03-24', 'HYP', 3.92);
INSERT INTO drivers VALUES (9, 'Luis', 'Ramirez', 'M', '1987-03-19', NULL, 'R701-8615-1113', '2018-02-02', 'WLP', 4.2);
INSERT INTO drivers VALUES (10, 'Grace', 'Kim', 'F', '1994-05-04', '312-555-5604', 'K455-9580-9847', '2017-09-25', 'SLP', 3.54);
INSERT INTO drivers VALUES (11, 'Tomasz', 'Kowalski', 'M', '1990-04-06', '312-555-7361', 'K667-4113-8288', '2018-02-04', 'WKP', 4.75);
INSERT INTO drivers VALUES (12, 'Fatima', 'Diallo', 'F', '1969-08-19', '312-555-7843', 'D238-3821-5851', '2021-11-15', 'LOOP', 4.33);
INSERT INTO drivers VALUES (13, 'Robert', 'Nguyen', 'M', '1992-01-28', '312-555-8567', 'N142-8496-1613', '2019-07-16', 'UPT', 4.54);
INSERT INTO drivers VALUES (14, 'Yolanda', 'Brooks', 'F', '1995-02-09', '312-555-1986', 'B842-4630-5173', '2016-04-14', 'LOOP', 3.69);
INSERT INTO drivers VALUES (15, 'Samuel', 'Okafor', 'M', '1991-11-17', '312-555-1455', 'O405-6601-9719', '2019-02-18', 'RVN', 4.14);
INSERT INTO drivers VALUES (16, 'Irina', 'Shevchenko', 'F', '1990-10-08', '312-555-3480', 'S222-9435-8053', '2017-01-17', 'LPK', 4.86);
INSERT INTO drivers VALUES (17, 'Jamal', 'Carter', 'M', '1988-05-01', '312-555-6787', 'C433-2054-3958', '2020-05-04', 'LPK', 4.62);
INSERT INTO drivers VALUES (18, 'Sofia', 'Rossi', 'F', '1990-08-15', '312-555-8884', 'R219-6597-5098', '2015-09-01', 'BRG', 4.19);
INSERT INTO drivers VALUES (19, 'Victor', 'Moreno', 'M', '1971-07-16', '312-555-2028', 'M953-9342-1790', '2023-07-14', 'HYP', 4.26);
INSERT INTO drivers VALUES (20, 'Hannah', 'Schultz', 'F', '1987-02-02', '312-555-7551', 'S879-6404-3333', '2016-04-29', 'GLD', 4.24);
INSERT INTO drivers VALUES (21, 'Andre', 'Mitchell', 'M', '1979-12-18', '312-555-2533', 'M872-1644-3070', '2018-07-21', 'RGP', 3.73);
INSERT INTO drivers VALUES (22, 'Mei', 'Chen', 'F', '1982-07-02', '312-555-6888', 'C441-2255-1039', '2014-11-10', 'HYP', 4.11);
INSERT INTO drivers VALUES (23, 'Dmitri', 'Volkov', 'M', '1988-01-09', '312-555-0510', 'V497-9811-1406', '2022-05-04', 'RGP', 4.9);
INSERT INTO drivers VALUES (24, 'Rosa', 'Delgado', 'F', '1996-01-03', '312-555-0534', 'D423-1037-7796', '2018-09-11', 'LOOP', 4.58);
INSERT INTO drivers VALUES (25, 'Ahmed', 'Farouk', 'M', '1995-12-17', '312-555-8096', 'F101-8201-4605', '2014-10-10', 'LPK', 4.13);
INSERT INTO drivers VALUES (26, 'Beatriz', 'Santos', 'F', '1973-02-07', '312-555-2148', 'S446-1824-4243', '2019-05-31', 'GLD', 4.77);
INSERT INTO drivers VALUES (27, 'Patrick', 'Murphy', 'M', '1994-12-02', NULL, 'M501-1597-6280', '2017-10-20', 'WKP', 4.8);
INSERT INTO drivers VALUES (28, 'Nadia', 'Haddad', 'F', '1989-08-07', NULL, 'H206-4174-8001', '2022-05-21', 'RVN', 4.57);
INSERT INTO drivers VALUES (29, 'Oscar', 'Lindqvist', 'M', '1995-12-25', '312-555-0792', 'L649-7792-8624', '2019-08-23', 'LOOP', 4.93);
INSERT INTO drivers VALUES (30, 'Keisha', 'Harris', 'F', '1978-02-16', '312-555-1186', 'H418-5681-2848', '2021-09-24', 'PLN', 4.69);

INSERT INTO customers VALUES (1, 'Emily', 'Phillips', 'emily.phillips44@yahoo.com', '(773) 555-2355', '2022-05-30', 'N');
INSERT INTO customers VALUES (2, 'James', 'Nelson', 'james.nelson58@gmail.com', '(773) 555-6777', '2022-11-30', 'Y');
INSERT INTO customers VALUES (3, 'Olivia', 'Bell', 'olivia.bell41@icloud.com', '(773) 555-5595', '2023-02-08', 'N');
INSERT INTO customers VALUES (4, 'Michael', 'Thomas', 'michael.thomas34@yahoo.com', '(773) 555-7002', '2020-05-03', 'N');
INSERT INTO customers VALUES (5, 'Ava', 'Baker', 'ava.baker16@hotmail.com', '(773) 555-8051', '2022-01-21', 'Y');
INSERT INTO customers VALUES (6, 'Daniel', 'Walker', 'daniel.walker82@yahoo.com', '(773) 555-3259', '2021-03-11', 'Y');
INSERT INTO customers VALUES (7, 'Chloe', 'Wright', 'chloe.wright17@hotmail.com', '(773) 555-4502', '2020-03-30', 'Y');
INSERT INTO customers VALUES (8, 'David', 'White', 'david.white56@gmail.com', '(773) 555-8305', '2022-01-02', 'N');
INSERT INTO customers VALUES (9, 'Isabella', 'Jackson', 'isabella.jackson62@yahoo.com', '(773) 555-5455', '2020-11-13', 'Y');
INSERT INTO customers VALUES (10, 'Ethan', 'Hill', 'ethan.hill24@yahoo.com', '(773) 555-8568', '2022-02-03', 'N');
INSERT INTO customers VALUES (11, 'Mia', 'Scott', 'mia.scott3@outlook.com', NULL, '2020-04-09', 'Y');
INSERT INTO customers VALUES (12, 'Noah', 'Miller', 'noah.miller44@gmail.com', '(773) 555-6127', '2023-08-17', 'N');
INSERT INTO customers VALUES (13, 'Zoe', 'Green', 'zoe.green60@icloud.com', NULL, '2021-05-30', 'N');
INSERT INTO customers VALUES (14, 'Lucas', 'Edwards', 'lucas.edwards44@hotmail.com', NULL, '2020-04-22', 'N');
INSERT INTO customers VALUES (15, 'Lily', 'Roberts', 'lily.roberts69@yahoo.com', '(773) 555-1190', '2020-07-19', 'Y');
INSERT INTO customers VALUES (16, 'Benjamin', 'Parker', 'benjamin.parker90@outlook.com', NULL, '2022-09-11', 'N');
INSERT INTO customers VALUES (17, 'Harper', 'Turner', 'harper.turner63@outlook.com', '(773) 555-4637', '2023-01-07', 'N');
INSERT INTO customers VALUES (18, 'Jacob', 'Morgan', 'jacob.morgan30@gmail.com', NULL, '2022-12-26', 'N');
INSERT INTO customers VALUES (19, 'Nora', 'Adams', 'nora.adams72@gmail.com', '(773) 555-9553', '2023-03-22', 'N');
INSERT INTO customers VALUES (20, 'Ryan', 'Young', 'ryan.young7@gmail.com', '(773) 555-0032', '2020-09-04', 'N');
INSERT INTO customers VALUES (21, 'Ella', 'Anderson', 'ella.anderson64@outlook.com', '(773) 555-8398', '2023-08-03', 'Y');
INSERT INTO customers VALUES (22, 'Nathan', 'Collins', 'nathan.collins76@gmail.com', '(773) 555-8982', '2021-11-03', 'Y');
INSERT INTO customers VALUES (23, 'Leah', 'Moore', 'leah.moore4@outlook.com', '(773) 555-1378', '2023-07-05', 'N');
INSERT INTO customers VALUES (24, 'Adam', 'Evans', 'adam.evans16@gmail.com', '(773) 555-1800', '2021-08-20', 'N');
INSERT INTO customers VALUES (25, 'Camila', 'Lopez', 'camila.lopez99@gmail.com', '(773) 555-6685', '2022-10-14', 'N');
INSERT INTO customers VALUES (26, 'Owen', 'Cooper', 'owen.cooper16@icloud.com', NULL, '2021-07-09', 'N');
INSERT INTO customers VALUES (27, 'Ruby', 'Stewart', 'ruby.stewart43@gmail.com', '(773) 555-7593', '2021-08-08', 'Y');
INSERT INTO customers VALUES (28, 'Caleb', 'Bailey', 'caleb.bailey55@hotmail.com', '(773) 555-0322', '2023-04-18', 'N');
INSERT INTO customers VALUES (29, 'Alice', 'Reed', 'alice.reed29@icloud.com', NULL, '2021-10-05', 'N');
INSERT INTO customers VALUES (30, 'Gabriel', 'Allen', 'gabriel.allen3@yahoo.com', '(773) 555-5314', '2022-07-08', 'N');
INSERT INTO customers VALUES (31, 'Megan', 'Morris', 'megan.morris1@gmail.com', '(773) 555-9541', '2022-07-16', 'N');
INSERT INTO customers VALUES (32, 'Henry', 'Hall', 'henry.hall18@gmail.com', '(773) 555-3239', '2021-11-08', 'N');
INSERT INTO customers VALUES (33, 'Julia', 'Rivera', 'julia.rivera92@outlook.com', '(773) 555-6267', '2022-11-01', 'N');
INSERT INTO customers VALUES (34, 'Isaac', 'King', 'isaac.king37@hotmail.com', '(773) 555-9683', '2021-05-15', 'N');
INSERT INTO customers VALUES (35, 'Paige', 'Campbell', 'paige.campbell33@icloud.com', NULL, '2021-05-03', 'Y');
INSERT INTO customers VALUES (36, 'Tyler', 'Lee', 'tyler.lee98@hotmail.com', '(773) 555-9323', '2022-08-24', 'Y');
INSERT INTO customers VALUES (37, 'Naomi', 'Martin', 'naomi.martin47@outlook.com', '(773) 555-8417', '2022-07-23', 'N');
INSERT INTO customers VALUES (38, 'Connor', 'Taylor', 'connor.taylor42@yahoo.com', '(773) 555-5626', '2023-01-16', 'N');
INSERT INTO customers VALUES (39, 'Vanessa', 'Murray', 'vanessa.murray64@hotmail.com', '(773) 555-6725', '2020-03-02', 'Y');
INSERT INTO customers VALUES (40, 'Diego', 'Cox', 'diego.cox73@gmail.com', '(773) 555-2088', '2021-10-08', 'Y');

INSERT INTO Driver_Car_Shifts VALUES (1, 21, 8, '2024-01-05', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (2, 18, 11, '2024-01-09', '18:00', '02:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (3, 5, 3, '2024-01-12', '18:00', '02:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (4, 14, 17, '2024-01-16', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (5, 18, 24, '2024-01-24', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (6, 21, 16, '2024-01-30', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (7, 30, 8, '2024-01-30', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (8, 17, 24, '2024-02-03', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (9, 21, 19, '2024-02-05', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (10, 5, 24, '2024-02-05', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (11, 30, 2, '2024-02-08', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (12, 18, 12, '2024-02-09', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (13, 1, 8, '2024-02-13', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (14, 27, 10, '2024-02-15', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (15, 30, 16, '2024-02-16', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (16, 30, 23, '2024-02-26', '22:00', '06:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (17, 3, 9, '2024-03-05', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (18, 4, 9, '2024-03-10', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (19, 22, 19, '2024-03-16', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (20, 17, 20, '2024-03-17', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (21, 7, 2, '2024-03-18', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (22, 2, 24, '2024-03-19', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (23, 15, 12, '2024-03-22', '18:00', '02:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (24, 5, 12, '2024-03-23', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (25, 23, 6, '2024-03-26', '22:00', '06:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (26, 25, 16, '2024-03-27', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (27, 24, 18, '2024-03-28', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (28, 27, 18, '2024-03-29', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (29, 28, 9, '2024-03-31', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (30, 12, 13, '2024-04-01', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (31, 17, 17, '2024-04-02', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (32, 16, 13, '2024-04-04', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (33, 7, 10, '2024-04-04', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (34, 23, 23, '2024-04-04', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (35, 24, 11, '2024-04-11', '22:00', '06:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (36, 5, 2, '2024-04-13', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (37, 24, 19, '2024-04-14', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (38, 23, 21, '2024-04-16', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (39, 25, 11, '2024-04-18', '18:00', '02:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (40, 13, 10, '2024-04-21', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (41, 9, 3, '2024-04-21', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (42, 28, 13, '2024-04-23', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (43, 1, 23, '2024-04-27', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (44, 12, 15, '2024-04-27', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (45, 6, 3, '2024-04-29', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (46, 28, 21, '2024-05-03', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (47, 7, 13, '2024-05-03', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (48, 6, 22, '2024-05-05', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (49, 30, 17, '2024-05-05', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (50, 3, 19, '2024-05-06', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (51, 3, 17, '2024-05-15', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (52, 22, 11, '2024-05-15', '20:00', '04:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (53, 11, 1, '2024-05-18', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (54, 22, 4, '2024-05-22', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (55, 20, 19, '2024-05-28', '08:00', '16:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (56, 5, 10, '2024-06-06', '18:00', '02:00', 'N');
INSERT INTO Driver_Car_Shifts VALUES (57, 10, 21, '2024-06-09', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (58, 15, 17, '2024-06-11', '06:00', '14:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (59, 18, 4, '2024-06-11', '07:00', '15:00', 'D');
INSERT INTO Driver_Car_Shifts VALUES (60, 14, 4, '2024-06-14', '06:00', '14:00', 'D');

INSERT INTO trips VALUES (1, 18, 14, 11, 'RVN', 'SLP', '2024-01-09', 4.3, 10.42, 1.56, 'APP');
INSERT INTO trips VALUES (2, 18, 9, 11, 'MDW', 'LOOP', '2024-01-09', 22.0, 41.86, 6.28, 'CARD');
INSERT INTO trips VALUES (3, 5, 8, 3, 'WKP', 'LOOP', '2024-01-12', 3.5, 11.23, 1.12, 'CARD');
INSERT INTO trips VALUES (4, 5, 31, 3, 'GLD', 'ORD', '2024-01-12', 15.4, 32.49, 6.5, 'APP');
INSERT INTO trips VALUES (5, 5, 10, 3, 'RGP', 'UPT', '2024-01-12', 11.3, 20.34, 3.66, 'CARD');
INSERT INTO trips VALUES (6, 14, 8, 17, 'LOOP', 'RVN', '2024-01-16', 4.2, 9.74, 0.0, 'CARD');
INSERT INTO trips VALUES (7, 18, 2, 24, 'RVN', 'LOOP', '2024-01-24', 6.5, 14.73, 1.47, 'CARD');
INSERT INTO trips VALUES (8, 18, 29, 24, 'LOOP', 'RVN', '2024-01-24', 10.4, 20.34, 3.66, 'APP');
INSERT INTO trips VALUES (9, 18, 35, 24, 'RVN', 'LOOP', '2024-01-24', 12.7, 25.27, 2.0, 'CASH');
INSERT INTO trips VALUES (10, 18, 28, 24, 'LPK', 'RVN', '2024-01-24', 8.5, 18.4, 3.68, 'CARD');
INSERT INTO trips VALUES (11, 17, 3, 24, 'ORD', 'LKV', '2024-02-03', 14.9, 32.0, 4.8, 'CARD');
INSERT INTO trips VALUES (12, 5, 20, 24, 'LKV', 'SLP', '2024-02-05', 1.7, 7.88, 1.18, 'CARD');
INSERT INTO trips VALUES (13, 5, 16, 24, 'PLN', 'WKP', '2024-02-05', 5.6, 11.44, 0.0, 'CARD');
INSERT INTO trips VALUES (14, 21, 4, 19, 'LOOP', 'WLP', '2024-02-05', 7.1, 15.09, 2.26, 'CARD');
INSERT INTO trips VALUES (15, 5, 24, 24, 'ORD', 'LKV', '2024-02-05', 24.3, 44.7, 8.94, 'CARD');
INSERT INTO trips VALUES (16, 5, 36, 24, 'SLP', 'LPK', '2024-02-05', 6.8, 14.36, 0.0, 'APP');
INSERT INTO trips VALUES (17, 30, 3, 2, 'WLP', 'RVN', '2024-02-08', 12.8, 23.57, 4.71, 'CARD');
INSERT INTO trips VALUES (18, 30, 24, 2, 'LKV', 'RVN', '2024-02-08', 7.6, 17.3, 0.0, 'APP');
INSERT INTO trips VALUES (19, 18, 1, 12, 'LOOP', 'RVN', '2024-02-09', 5.8, 15.42, 3.0, 'CASH');
INSERT INTO trips VALUES (20, 18, 28, 12, 'LPK', 'ORD', '2024-02-09', 21.4, 42.98, 7.74, 'CARD');
INSERT INTO trips VALUES (21, 1, 12, 8, 'RVN', 'LOOP', '2024-02-13', 12.4, 23.08, 2.31, 'CARD');
INSERT INTO trips VALUES (22, 27, 36, 10, 'PLN', 'RVN', '2024-02-15', 10.5, 19.23, 1.0, 'CASH');
INSERT INTO trips VALUES (23, 27, 10, 10, 'HYP', 'MDW', '2024-02-15', 29.2, 52.47, NULL, 'CASH');
INSERT INTO trips VALUES (24, 30, 3, 23, 'ORD', 'WLP', '2024-02-26', 17.9, 34.57, 6.91, 'CARD');
INSERT INTO trips VALUES (25, 4, 5, 9, 'LOOP', 'MDW', '2024-03-10', 15.6, 32.71, 6.54, 'APP');
INSERT INTO trips VALUES (26, 22, 18, 19, 'LKV', 'RVN', '2024-03-16', 8.1, 17.45, 0.0, 'CARD');
INSERT INTO trips VALUES (27, 17, 4, 20, 'LPK', 'UPT', '2024-03-17', 10.1, 19.71, 1.0, 'CASH');
INSERT INTO trips VALUES (28, 7, 10, 2, 'RVN', 'ORD', '2024-03-18', 18.1, 36.01, 3.6, 'APP');
INSERT INTO trips VALUES (29, 15, 28, 12, 'MDW', 'RVN', '2024-03-22', 25.4, 48.52, 8.73, 'CARD');
INSERT INTO trips VALUES (30, 5, 24, 12, 'WKP', 'PLN', '2024-03-23', 3.7, 9.62, NULL, 'CASH');
INSERT INTO trips VALUES (31, 25, 17, 16, 'LKV', 'RVN', '2024-03-27', 5.0, 11.78, 2.12, 'APP');
INSERT INTO trips VALUES (32, 24, 3, 18, 'ORD', 'LKV', '2024-03-28', 27.6, 51.8, 9.32, 'CARD');
INSERT INTO trips VALUES (33, 27, 32, 18, 'ORD', 'LKV', '2024-03-29', 25.3, 46.83, NULL, 'CASH');
INSERT INTO trips VALUES (34, 27, 15, 18, 'ORD', 'WKP', '2024-03-29', 25.9, 47.14, 7.07, 'CARD');
INSERT INTO trips VALUES (35, 28, 30, 9, 'ORD', 'SLP', '2024-03-31', 21.2, 39.33, NULL, 'CASH');
INSERT INTO trips VALUES (36, 28, 14, 9, 'RVN', 'WLP', '2024-03-31', 11.1, 20.45, 3.68, 'CARD');
INSERT INTO trips VALUES (37, 28, 34, 9, 'ORD', 'PLN', '2024-03-31', 20.8, 42.17, 0.0, 'APP');
INSERT INTO trips VALUES (38, 12, 29, 13, 'WLP', 'LKV', '2024-04-01', 9.8, 20.09, 3.62, 'APP');
INSERT INTO trips VALUES (39, 12, 13, 13, 'HYP', 'LKV', '2024-04-01', 11.6, 22.66, 5.0, 'CASH');
INSERT INTO trips VALUES (40, 12, 13, 13, 'UPT', 'LOOP', '2024-04-01', 4.1, 9.57, 0.96, 'CARD');
INSERT INTO trips VALUES (41, 24, 2, 11, 'MDW', 'ORD', '2024-04-11', 27.1, 51.42, 1.0, 'CASH');
INSERT INTO trips VALUES (42, 24, 24, 11, 'LPK', 'UPT', '2024-04-11', 10.7, 22.21, 4.0, 'APP');
INSERT INTO trips VALUES (43, 24, 35, 11, 'MDW', 'ORD', '2024-04-11', 14.3, 30.48, 0.0, 'CARD');
INSERT INTO trips VALUES (44, 5, 4, 2, 'RGP', 'MDW', '2024-04-13', 26.3, 48.45, 0.0, 'CARD');
INSERT INTO trips VALUES (45, 5, 15, 2, 'MDW', 'LPK', '2024-04-13', 16.4, 35.28, 6.35, 'APP');
INSERT INTO trips VALUES (46, 24, 6, 19, 'LOOP', 'LPK', '2024-04-14', 4.9, 11.57, 0.0, 'CARD');
INSERT INTO trips VALUES (47, 23, 4, 21, 'RVN', 'GLD', '2024-04-16', 9.1, 19.88, 3.58, 'CARD');
INSERT INTO trips VALUES (48, 23, 3, 21, 'UPT', 'PLN', '2024-04-16', 5.2, 13.89, 2.08, 'APP');
INSERT INTO trips VALUES (49, 23, 34, 21, 'MDW', 'RVN', '2024-04-16', 31.9, 56.02, 10.08, 'APP');
INSERT INTO trips VALUES (50, 25, 32, 11, 'WKP', 'SLP', '2024-04-18', 13.0, 22.76, NULL, 'CASH');
INSERT INTO trips VALUES (51, 25, 28, 11, 'ORD', 'LOOP', '2024-04-18', 22.9, 41.78, 0.0, 'CARD');
INSERT INTO trips VALUES (52, 9, 15, 3, 'LOOP', 'ORD', '2024-04-21', 17.2, 35.24, NULL, 'CASH');
INSERT INTO trips VALUES (53, 9, 21, 3, 'LKV', 'LPK', '2024-04-21', 2.8, 9.16, 1.83, 'APP');
INSERT INTO trips VALUES (54, 13, 17, 10, 'RVN', 'HYP', '2024-04-21', 8.3, 15.42, NULL, 'CASH');
INSERT INTO trips VALUES (55, 9, 17, 3, 'ORD', 'HYP', '2024-04-21', 23.7, 46.38, NULL, 'CASH');
INSERT INTO trips VALUES (56, 13, 26, 10, 'ORD', 'LPK', '2024-04-21', 29.0, 51.85, 9.33, 'APP');
INSERT INTO trips VALUES (57, 28, 25, 13, 'MDW', 'LOOP', '2024-04-23', 23.3, 44.62, 8.92, 'CARD');
INSERT INTO trips VALUES (58, 12, 7, 15, 'ORD', 'LOOP', '2024-04-27', 19.9, 40.78, NULL, 'CASH');
INSERT INTO trips VALUES (59, 12, 1, 15, 'MDW', 'PLN', '2024-04-27', 21.8, 40.93, 0.0, 'APP');
INSERT INTO trips VALUES (60, 12, 5, 15, 'LOOP', 'WLP', '2024-04-27', 5.7, 12.45, 0.0, 'APP');
INSERT INTO trips VALUES (61, 6, 3, 3, 'LKV', 'WLP', '2024-04-29', 10.0, 19.16, 3.83, 'CARD');
INSERT INTO trips VALUES (62, 6, 33, 3, 'LOOP', 'LKV', '2024-04-29', 2.2, 8.38, 1.26, 'APP');
INSERT INTO trips VALUES (63, 6, 23, 3, 'SLP', 'UPT', '2024-04-29', 1.5, 7.14, 1.07, 'CARD');
INSERT INTO trips VALUES (64, 6, 28, 3, 'MDW', 'SLP', '2024-04-29', 25.2, 48.35, 0.0, 'CARD');
INSERT INTO trips VALUES (65, 28, 7, 21, 'ORD', 'LOOP', '2024-05-03', 18.9, 38.32, 5.75, 'CARD');
INSERT INTO trips VALUES (66, 6, 3, 22, 'MDW', 'WKP', '2024-05-05', 17.7, 37.72, 5.0, 'CASH');
INSERT INTO trips VALUES (67, 6, 29, 22, 'SLP', 'RVN', '2024-05-05', 12.6, 21.7, 1.0, 'CASH');
INSERT INTO trips VALUES (68, 3, 25, 19, 'MDW', 'LPK', '2024-05-06', 28.1, 51.74, 5.17, 'CARD');
INSERT INTO trips VALUES (69, 3, 3, 17, 'HYP', 'WKP', '2024-05-15', 5.1, 12.43, NULL, 'CASH');
INSERT INTO trips VALUES (70, 11, 23, 1, 'LOOP', 'RVN', '2024-05-18', 5.4, 14.01, 2.8, 'APP');
INSERT INTO trips VALUES (71, 22, 35, 4, 'WLP', 'ORD', '2024-05-22', 26.2, 50.01, 0.0, 'APP');
INSERT INTO trips VALUES (72, 22, 3, 4, 'LKV', 'SLP', '2024-05-22', 8.0, 15.56, 2.8, 'CARD');
INSERT INTO trips VALUES (73, 22, 14, 4, 'RVN', 'ORD', '2024-05-22', 29.8, 52.49, 9.45, 'CARD');
INSERT INTO trips VALUES (74, 22, 5, 4, 'MDW', 'HYP', '2024-05-22', 21.0, 40.13, 6.02, 'CARD');
INSERT INTO trips VALUES (75, 5, 22, 10, 'HYP', 'LOOP', '2024-06-06', 3.0, 10.68, 1.92, 'APP');
INSERT INTO trips VALUES (76, 10, 21, 21, 'LKV', 'SLP', '2024-06-09', 12.2, 22.03, 4.41, 'APP');
INSERT INTO trips VALUES (77, 15, 34, 17, 'ORD', 'GLD', '2024-06-11', 27.5, 51.24, 7.69, 'APP');
INSERT INTO trips VALUES (78, 18, 32, 4, 'SLP', 'LOOP', '2024-06-11', 8.6, 18.39, 0.0, 'APP');
INSERT INTO trips VALUES (79, 15, 28, 17, 'RVN', 'SLP', '2024-06-11', 7.0, 14.95, 2.24, 'APP');
INSERT INTO trips VALUES (80, 14, 14, 4, 'RVN', 'WLP', '2024-06-14', 11.8, 24.33, 1.0, 'CASH');

INSERT INTO complaints VALUES (1, 1, 14, '2024-01-13', 'RUDE', NULL, 'N');
INSERT INTO complaints VALUES (2, 8, 29, '2024-01-25', 'LATE', 'Driver arrived 20 minutes late', 'Y');
INSERT INTO complaints VALUES (3, 13, 16, '2024-02-06', 'OVCHG', 'Meter kept running after drop-off', 'Y');
INSERT INTO complaints VALUES (4, 22, 36, '2024-02-21', 'DIRTY', 'Back seat was dirty', 'N');
INSERT INTO complaints VALUES (5, 25, 5, '2024-03-14', 'OVCHG', 'Charged more than the quoted fare', 'Y');
INSERT INTO complaints VALUES (6, 29, 28, '2024-03-28', 'ROUTE', 'Went the wrong way on the expressway', 'Y');
INSERT INTO complaints VALUES (7, 34, 15, '2024-04-02', 'RUDE', NULL, 'N');
INSERT INTO complaints VALUES (8, 38, 29, '2024-04-03', 'DIRTY', 'Car smelled of smoke', 'N');
INSERT INTO complaints VALUES (9, 35, 30, '2024-04-05', 'ROUTE', 'Took a much longer route than needed', 'Y');
INSERT INTO complaints VALUES (10, 37, 34, '2024-04-06', 'RUDE', 'Unfriendly driver, refused to help with bags', 'N');
INSERT INTO complaints VALUES (11, 40, 13, '2024-04-06', 'ROUTE', 'Took a much longer route than needed', 'N');
INSERT INTO complaints VALUES (12, 41, 2, '2024-04-11', 'RUDE', 'Driver was on the phone and dismissive', 'N');
INSERT INTO complaints VALUES (13, 48, 3, '2024-04-17', 'LATE', 'Driver arrived 20 minutes late', 'Y');
INSERT INTO complaints VALUES (14, 57, 25, '2024-04-23', 'LATE', 'Waited outside for a long time', 'Y');
INSERT INTO complaints VALUES (15, 56, 26, '2024-04-23', 'RUDE', 'Driver was rude and shouted', 'Y');
INSERT INTO complaints VALUES (16, 55, 17, '2024-04-24', 'ROUTE', NULL, 'Y');
INSERT INTO complaints VALUES (17, 51, 28, '2024-04-24', 'OVCHG', NULL, 'N');
INSERT INTO complaints VALUES (18, 53, 21, '2024-04-25', 'LATE', 'Pickup was much later than promised', 'Y');
INSERT INTO complaints VALUES (19, 52, 15, '2024-04-25', 'LATE', 'Driver arrived 20 minutes late', 'Y');
INSERT INTO complaints VALUES (20, 54, 17, '2024-04-26', 'OVCHG', 'Charged more than the quoted fare', 'N');
INSERT INTO complaints VALUES (21, 65, 7, '2024-05-06', 'DIRTY', 'Back seat was dirty', 'Y');
INSERT INTO complaints VALUES (22, 74, 5, '2024-05-27', 'LATE', NULL, 'N');
