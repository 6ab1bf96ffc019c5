PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Priority_Codes (
    Priority_Code TEXT PRIMARY KEY,
    Priority_Description TEXT NOT NULL,
    Target_Minutes INTEGER
);

CREATE TABLE Stations (
    Station_ID INTEGER PRIMARY KEY,
    Station_Name TEXT NOT NULL,
    Town TEXT NOT NULL,
    Opened_Year INTEGER,
    Num_Bays INTEGER
);

CREATE TABLE Hospitals (
    hospital_id INTEGER PRIMARY KEY,
    hospital_name TEXT NOT NULL,
    town TEXT NOT NULL,
    has_trauma_unit TEXT,
    bed_count INTEGER
);

CREATE TABLE Ambulances (
    Ambulance_ID INTEGER PRIMARY KEY,
    Station_ID INTEGER NOT NULL,
    Registration TEXT NOT NULL,
    Vehicle_Type TEXT,
    Make TEXT,
    Year_Built INTEGER,
    Mileage TEXT,
    status_code TEXT,
    FOREIGN KEY (Station_ID) REFERENCES Stations(Station_ID)
);

CREATE TABLE Paramedics (
    Paramedic_ID INTEGER PRIMARY KEY,
    First_Name TEXT NOT NULL,
    Last_Name TEXT NOT NULL,
    Grade TEXT,
    Station_ID INTEGER,
    Date_Hired TEXT,
    Phone TEXT,
    FOREIGN KEY (Station_ID) REFERENCES Stations(Station_ID)
);

CREATE TABLE Emergency_Calls (
    Call_ID INTEGER PRIMARY KEY,
    Call_Date TEXT NOT NULL,
    Call_Time TEXT,
    Town TEXT,
    Priority_Code TEXT,
    Incident_Type TEXT,
    Caller_Age INTEGER,
    FOREIGN KEY (Priority_Code) REFERENCES Ref_Priority_Codes(Priority_Code)
);

CREATE TABLE Dispatches (
    Dispatch_ID INTEGER PRIMARY KEY,
    Call_ID INTEGER NOT NULL,
    Ambulance_ID INTEGER NOT NULL,
    hospital_id INTEGER,
    Response_Minutes INTEGER,
    Outcome TEXT,
    FOREIGN KEY (Call_ID) REFERENCES Emergency_Calls(Call_ID),
    FOREIGN KEY (Ambulance_ID) REFERENCES Ambulances(Ambulance_ID)
);

CREATE TABLE Shifts (
    Shift_ID INTEGER PRIMARY KEY,
    Ambulance_ID INTEGER NOT NULL,
    Lead_Paramedic_ID INTEGER NOT NULL,
    Second_Paramedic_ID INTEGER,
    Shift_Date TEXT NOT NULL,
    Shift_Type TEXT,
    Hours INTEGER,
    FOREIGN KEY (Ambulance_ID) REFERENCES Ambulances(Ambulance_ID),
    FOREIGN KEY (Lead_Paramedic_ID) REFERENCES Paramedics(Paramedic_ID),
    FOREIGN KEY (Second_Paramedic_ID) REFERENCES Paramedics(Paramedic_ID)
);


INSERT INTO Ref_Priority_Codes VALUES ('P1', 'Immediate life-threatening', 8);
INSERT INTO Ref_Priority_Codes VALUES ('P2', 'Emergency', 18);
INSERT INTO Ref_Priority_Codes VALUES ('P3', 'Urgent', 60);
INSERT INTO Ref_Priority_Codes VALUES ('P4', 'Less urgent', 120);
INSERT INTO Ref_Priority_Codes VALUES ('P5', 'Non-urgent advice', 240);

INSERT INTO Stations VALUES (1, 'Riverside Central', 'Riverside', 1987, 6);
INSERT INTO Stations VALUES (2, 'Riverside East', 'Riverside', 2009, 3);
INSERT INTO Stations VALUES (3, 'Millbrook', 'Millbrook', 1995, 4);
INSERT INTO Stations VALUES (4, 'Oakford Road', 'Oakford', 2001, 3);
INSERT INTO Stations VALUES (5, 'Ashton Vale', 'Ashton', 1978, 2);
INSERT INTO Stations VALUES (6, 'Kingsbridge Quay', 'Kingsbridge', 2014, 5);
INSERT INTO Stations VALUES (7, 'Port Ellis Harbour', 'Port Ellis', 1999, 3);
INSERT INTO Stations VALUES (8, 'Westfield Community', 'Westfield', 2023, 2);

INSERT INTO Hospitals VALUES (1, 'Riverside General Hospital', 'Riverside', 'Y', 620);
INSERT INTO Hospitals VALUES (2, 'Millbrook Royal Infirmary', 'Millbrook', 'Y', 540);
INSERT INTO Hospitals VALUES (3, 'Oakford Community Hospital', 'Oakford', 'N', 140);
INSERT INTO Hospitals VALUES (4, 'Kingsbridge University Hospital', 'Kingsbridge', 'Y', 880);
INSERT INTO Hospitals VALUES (5, 'Ashton Memorial Hospital', 'Ashton', 'N', 210);
INSERT INTO Hospitals VALUES (6, 'Port Ellis District Hospital', 'Port Ellis', 'N', 260);
INSERT INTO Hospitals VALUES (7, 'Harlow Green Cottage Hospital', 'Harlow Green', 'N', 45);
INSERT INTO Hospitals VALUES (8, 'Riverside Paediatric Centre', 'Riverside', 'N', NULL);

INSERT INTO Ambulances VALUES (1, 1, 'RV21 WLJ', 'Emergency Ambulance', 'Mercedes Sprinter', 2021, '55851', 'In Service');
INSERT INTO Ambulances VALUES (2, 1, 'RV19 MLA', 'Emergency Ambulance', 'Mercedes Sprinter', 2019, '94455', 'In Service');
INSERT INTO Ambulances VALUES (3, 1, 'RV16 WDB', 'Emergency Ambulance', 'Fiat Ducato', 2016, '171719', 'Maintenance');
INSERT INTO Ambulances VALUES (4, 1, 'RV22 KYW', 'Rapid Response Car', 'Skoda Octavia', 2022, '34234', 'In Service');
INSERT INTO Ambulances VALUES (5, 1, 'RV18 DAG', 'Bariatric Ambulance', 'Mercedes Sprinter', 2018, '116666', 'In Service');
INSERT INTO Ambulances VALUES (6, 2, 'RV20 HKK', 'Emergency Ambulance', 'Ford Transit', 2020, '90263', 'In Service');
INSERT INTO Ambulances VALUES (7, 2, 'RV21 GPW', 'Rapid Response Car', 'Volvo V90', 2021, '82303', 'In Service');
INSERT INTO Ambulances VALUES (8, 3, 'MB17 OHB', 'Emergency Ambulance', 'Mercedes Sprinter', 2017, '168268', 'In Service');
INSERT INTO Ambulances VALUES (9, 3, 'MB13 MJN', 'Emergency Ambulance', 'Fiat Ducato', 2013, '199243', 'Retired');
INSERT INTO Ambulances VALUES (10, 3, 'MB15 TEO', 'Patient Transport', 'Ford Transit', 2015, '228621', 'In Service');
INSERT INTO Ambulances VALUES (11, 3, 'MB19 YNA', 'Rapid Response Car', 'Skoda Octavia', 2019, '105950', 'In Service');
INSERT INTO Ambulances VALUES (12, 4, 'OK18 NMD', 'Emergency Ambulance', 'Ford Transit', 2018, '156712', 'In Service');
INSERT INTO Ambulances VALUES (13, 4, 'OK12 PLB', 'Patient Transport', 'Fiat Ducato', 2012, '194340', 'Retired');
INSERT INTO Ambulances VALUES (14, 5, 'AS16 YBY', 'Emergency Ambulance', 'Mercedes Sprinter', 2016, '205077', 'In Service');
INSERT INTO Ambulances VALUES (15, 5, 'AS17 LGS', 'Rapid Response Car', 'Volvo V90', 2017, '105225', 'Maintenance');
INSERT INTO Ambulances VALUES (16, 6, 'KB23 TAH', 'Emergency Ambulance', 'Mercedes Sprinter', 2023, '24456', 'In Service');
INSERT INTO Ambulances VALUES (17, 6, 'KB22 MSO', 'Emergency Ambulance', 'Mercedes Sprinter', 2022, '52112', 'In Service');
INSERT INTO Ambulances VALUES (18, 6, 'KB19 TEC', 'Bariatric Ambulance', 'Ford Transit', 2019, '95514', 'In Service');
INSERT INTO Ambulances VALUES (19, 6, 'KB23 AWP', 'Rapid Response Car', 'Skoda Octavia', 2023, '21058', 'In Service');
INSERT INTO Ambulances VALUES (20, 7, 'PE14 CHL', 'Emergency Ambulance', 'Fiat Ducato', 2014, '204730', 'In Service');
INSERT INTO Ambulances VALUES (21, 7, 'PE20 PNB', 'Patient Transport', 'Ford Transit', 2020, '66319', 'In Service');

INSERT INTO Paramedics VALUES (1, 'Aisha', 'Khan', 'Paramedic', 1, '2023-05-05', '07736 043241');
INSERT INTO Paramedics VALUES (2, 'Ben', 'Morris', 'Paramedic', 1, '2013-08-25', '07837 313161');
INSERT INTO Paramedics VALUES (3, 'Chloe', 'Lloyd', 'Emergency Medical Technician', 1, '2008-07-02', '07655 170347');
INSERT INTO Paramedics VALUES (4, 'Daniel', 'Hart', 'Critical Care Paramedic', 1, '2004-12-29', '07990 318453');
INSERT INTO Paramedics VALUES (5, 'Emma', 'Walsh', 'Paramedic', 1, '2006-11-19', '07492 389644');
INSERT INTO Paramedics VALUES (6, 'Farid', 'Reid', 'Paramedic', 1, '2020-05-22', '07911 697986');
INSERT INTO Paramedics VALUES (7, 'Grace', 'Nair', 'Paramedic', 2, '2019-09-07', NULL);
INSERT INTO Paramedics VALUES (8, 'Harry', 'Harper', 'Emergency Medical Technician', 2, '2021-10-30', '07905 599247');
INSERT INTO Paramedics VALUES (9, 'Isla', 'Murray', 'Emergency Medical Technician', 2, '2016-06-14', '07835 248855');
INSERT INTO Paramedics VALUES (10, 'Jack', 'Jenkins', 'Paramedic', 3, '2012-07-26', '07738 064450');
INSERT INTO Paramedics VALUES (11, 'Kiran', 'Novak', 'Paramedic', 3, '2021-04-15', '07661 897363');
INSERT INTO Paramedics VALUES (12, 'Laura', 'Evans', 'Emergency Medical Technician', 3, '2007-02-24', '07132 972358');
INSERT INTO Paramedics VALUES (13, 'Mohammed', 'Baker', 'Paramedic', 3, '2004-03-18', '07770 298123');
INSERT INTO Paramedics VALUES (14, 'Niamh', 'Cooper', 'Emergency Medical Technician', 3, '2003-01-09', '07793 471035');
INSERT INTO Paramedics VALUES (15, 'Oliver', 'Patel', 'Emergency Medical Technician', 4, '2007-02-12', '07987 839271');
INSERT INTO Paramedics VALUES (16, 'Priya', 'Powell', 'Paramedic', 4, '2021-01-23', '07733 995429');
INSERT INTO Paramedics VALUES (17, 'Rhys', 'Okafor', 'Emergency Medical Technician', 4, '2020-02-02', '07442 156104');
INSERT INTO Paramedics VALUES (18, 'Sophie', 'Gallagher', 'Emergency Medical Technician', 5, '2015-07-18', '07434 984724');
INSERT INTO Paramedics VALUES (19, 'Tom', 'Fox', 'Paramedic', 5, '2018-12-06', '07359 391504');
INSERT INTO Paramedics VALUES (20, 'Uma', 'Ahmed', 'Emergency Medical Technician', 5, '2011-10-19', '07458 720865');
INSERT INTO Paramedics VALUES (21, 'Victor', 'Turner', 'Emergency Medical Technician', 6, '2009-01-06', '07594 886204');
INSERT INTO Paramedics VALUES (22, 'Wendy', 'Riley', 'Critical Care Paramedic', 6, '2011-12-24', '07798 742356');
INSERT INTO Paramedics VALUES (23, 'Yusuf', 'Dunn', 'Critical Care Paramedic', 6, '2017-07-16', '07848 454234');
INSERT INTO Paramedics VALUES (24, 'Zoe', 'Ali', 'Critical Care Paramedic', 6, '2023-07-09', '07390 174831');
INSERT INTO Paramedics VALUES (25, 'Amelia', 'Ward', 'Paramedic', 6, '2021-08-02', '07695 860599');
INSERT INTO Paramedics VALUES (26, 'Callum', 'Clarke', 'Paramedic', 6, '2011-01-18', '07666 668704');
INSERT INTO Paramedics VALUES (27, 'Hannah', 'Foster', 'Paramedic', 7, '2009-12-11', NULL);
INSERT INTO Paramedics VALUES (28, 'Liam', 'Hughes', 'Paramedic', 7, '2005-09-09', NULL);
INSERT INTO Paramedics VALUES (29, 'Megan', 'Singh', 'Critical Care Paramedic', 7, '2006-10-18', '07808 575432');
INSERT INTO Paramedics VALUES (30, 'Owen', 'Fletcher', 'Paramedic', 7, '2003-03-11', '07963 970641');
INSERT INTO Paramedics VALUES (31, 'Ruth', 'Bennett', 'Emergency Medical Technician', 8, '2012-01-23', '07644 283307');
INSERT INTO Paramedics VALUES (32, 'Sam', 'Price', 'Paramedic', 8, '2005-01-13', '07811 127647');
INSERT INTO Paramedics VALUES (33, 'Ellie', 'Collins', 'Critical Care Paramedic', 1, '2004-02-01', NULL);
INSERT INTO Paramedics VALUES (34, 'George', 'Barnes', 'Paramedic', 3, '2008-03-10', '07585 335385');
INSERT INTO Paramedics VALUES (35, 'Fatima', 'Doyle', 'Paramedic', 6, '2016-05-16', NULL);
INSERT INTO Paramedics VALUES (36, 'Nathan', 'Shaw', 'Emergency Medical Technician', 2, '2020-03-06', '07207 838045');

INSERT INTO Emergency_Calls VALUES (1, '2024-01-01', '05:05', 'Ashton', 'P2', 'Chest Pain', 10);
INSERT INTO Emergency_Calls VALUES (2, '2024-01-03', '17:54', 'Kingsbridge', 'P2', 'Stroke', 51);
INSERT INTO Emergency_Calls VALUES (3, '2024-01-03', '21:25', 'Kingsbridge', 'P2', 'Overdose', 47);
INSERT INTO Emergency_Calls VALUES (4, '2024-01-04', '10:56', 'Oakford', 'P2', 'Chest Pain', 27);
INSERT INTO Emergency_Calls VALUES (5, '2024-01-04', '18:14', 'Kingsbridge', 'P1', 'Cardiac Arrest', 70);
INSERT INTO Emergency_Calls VALUES (6, '2024-01-06', '09:05', 'Riverside', 'P1', 'Cardiac Arrest', 14);
INSERT INTO Emergency_Calls VALUES (7, '2024-01-06', '15:00', 'Ashton', 'P2', 'Chest Pain', 44);
INSERT INTO Emergency_Calls VALUES (8, '2024-01-08', '05:09', 'Millbrook', 'P2', 'Chest Pain', 44);
INSERT INTO Emergency_Calls VALUES (9, '2024-01-13', '02:33', 'Kingsbridge', 'P2', 'Chest Pain', 75);
INSERT INTO Emergency_Calls VALUES (10, '2024-01-13', '03:08', 'Oakford', 'P1', 'Breathing Difficulty', 47);
INSERT INTO Emergency_Calls VALUES (11, '2024-01-15', '08:13', 'Ashton', 'P1', 'Breathing Difficulty', NULL);
INSERT INTO Emergency_Calls VALUES (12, '2024-01-15', '22:55', 'Oakford', 'P2', 'Stroke', 44);
INSERT INTO Emergency_Calls VALUES (13, '2024-01-16', '17:11', 'Port Ellis', 'P3', 'Fall', 71);
INSERT INTO Emergency_Calls VALUES (14, '2024-01-17', '10:30', 'Port Ellis', 'P2', 'Chest Pain', 63);
INSERT INTO Emergency_Calls VALUES (15, '2024-01-20', '15:54', 'Kingsbridge', 'P3', 'Road Traffic Collision', 23);
INSERT INTO Emergency_Calls VALUES (16, '2024-01-22', '05:23', 'Oakford', 'P2', 'Chest Pain', NULL);
INSERT INTO Emergency_Calls VALUES (17, '2024-01-25', '16:22', 'Riverside', 'P1', 'Breathing Difficulty', 6);
INSERT INTO Emergency_Calls VALUES (18, '2024-01-28', '03:35', 'Riverside', 'P2', 'Overdose', 77);
INSERT INTO Emergency_Calls VALUES (19, '2024-01-28', '21:18', 'Riverside', 'P3', 'Fall', 78);
INSERT INTO Emergency_Calls VALUES (20, '2024-02-01', '10:26', 'Kingsbridge', 'P2', 'Stroke', 88);
INSERT INTO Emergency_Calls VALUES (21, '2024-02-01', '13:32', 'Kingsbridge', 'P1', 'Cardiac Arrest', NULL);
INSERT INTO Emergency_Calls VALUES (22, '2024-02-02', '07:46', 'Riverside', 'P3', 'Fall', 69);
INSERT INTO Emergency_Calls VALUES (23, '2024-02-03', '23:08', 'Kingsbridge', 'P2', 'Overdose', 35);
INSERT INTO Emergency_Calls VALUES (24, '2024-02-04', '07:37', 'Westfield', 'P2', 'Breathing Difficulty', 25);
INSERT INTO Emergency_Calls VALUES (25, '2024-02-06', '09:12', 'Ashton', 'P1', 'Cardiac Arrest', 32);
INSERT INTO Emergency_Calls VALUES (26, '2024-02-07', '11:45', 'Westfield', 'P2', 'Allergic Reaction', 10);
INSERT INTO Emergency_Calls VALUES (27, '2024-02-08', '04:33', 'Millbrook', 'P4', 'Fall', 71);
INSERT INTO Emergency_Calls VALUES (28, '2024-02-08', '06:09', 'Millbrook', 'P2', 'Stroke', 41);
INSERT INTO Emergency_Calls VALUES (29, '2024-02-09', '23:33', 'Riverside', 'P3', 'Overdose', 80);
INSERT INTO Emergency_Calls VALUES (30, '2024-02-12', '14:28', 'Kingsbridge', 'P1', 'Breathing Difficulty', 60);
INSERT INTO Emergency_Calls VALUES (31, '2024-02-13', '00:03', 'Kingsbridge', 'P3', 'Allergic Reaction', 76);
INSERT INTO Emergency_Calls VALUES (32, '2024-02-13', '22:15', 'Kingsbridge', 'P2', 'Stroke', 5);
INSERT INTO Emergency_Calls VALUES (33, '2024-02-16', '17:20', 'Port Ellis', 'P3', 'Overdose', 18);
INSERT INTO Emergency_Calls VALUES (34, '2024-02-20', '14:17', 'Westfield', 'P1', 'Cardiac Arrest', 8);
INSERT INTO Emergency_Calls VALUES (35, '2024-02-20', '22:18', 'Westfield', 'P2', 'Chest Pain', 16);
INSERT INTO Emergency_Calls VALUES (36, '2024-02-21', '01:51', 'Millbrook', 'P2', 'Overdose', 71);
INSERT INTO Emergency_Calls VALUES (37, '2024-02-22', '11:34', 'Ashton', 'P1', 'Breathing Difficulty', NULL);
INSERT INTO Emergency_Calls VALUES (38, '2024-02-23', '12:10', 'Kingsbridge', 'P3', 'Fall', 63);
INSERT INTO Emergency_Calls VALUES (39, '2024-02-24', '00:06', 'Riverside', 'P2', 'Chest Pain', 44);
INSERT INTO Emergency_Calls VALUES (40, '2024-02-27', '18:30', 'Ashton', 'P2', 'Chest Pain', 78);
INSERT INTO Emergency_Calls VALUES (41, '2024-03-01', '07:29', 'Ashton', 'P4', 'Fall', 83);
INSERT INTO Emergency_Calls VALUES (42, '2024-03-04', '18:02', 'Port Ellis', 'P2', 'Overdose', NULL);
INSERT INTO Emergency_Calls VALUES (43, '2024-03-05', '04:51', 'Millbrook', 'P1', 'Road Traffic Collision', 70);
INSERT INTO Emergency_Calls VALUES (44, '2024-03-06', '11:57', 'Riverside', 'P2', 'Chest Pain', 86);
INSERT INTO Emergency_Calls VALUES (45, '2024-03-07', '20:16', 'Ashton', 'P2', 'Chest Pain', 10);
INSERT INTO Emergency_Calls VALUES (46, '2024-03-11', '04:10', 'Ashton', 'P1', 'Cardiac Arrest', 33);
INSERT INTO Emergency_Calls VALUES (47, '2024-03-11', '21:25', 'Riverside', 'P3', 'Fall', 69);
INSERT INTO Emergency_Calls VALUES (48, '2024-03-13', '05:50', 'Ashton', 'P2', 'Breathing Difficulty', 65);
INSERT INTO Emergency_Calls VALUES (49, '2024-03-13', '15:16', 'Millbrook', 'P3', 'Fall', 90);
INSERT INTO Emergency_Calls VALUES (50, '2024-03-13', '21:14', 'Harlow Green', 'P2', 'Stroke', 75);
INSERT INTO Emergency_Calls VALUES (51, '2024-03-15', '22:44', 'Port Ellis', 'P3', 'Fall', NULL);
INSERT INTO Emergency_Calls VALUES (52, '2024-03-17', '05:15', 'Riverside', 'P3', 'Allergic Reaction', 29);
INSERT INTO Emergency_Calls VALUES (53, '2024-03-17', '13:04', 'Millbrook', 'P1', 'Chest Pain', 89);
INSERT INTO Emergency_Calls VALUES (54, '2024-03-21', '13:41', 'Port Ellis', 'P2', 'Road Traffic Collision', 23);
INSERT INTO Emergency_Calls VALUES (55, '2024-03-24', '04:31', 'Millbrook', 'P3', 'Road Traffic Collision', NULL);
INSERT INTO Emergency_Calls VALUES (56, '2024-03-24', '13:39', 'Riverside', 'P1', 'Breathing Difficulty', 58);
INSERT INTO Emergency_Calls VALUES (57, '2024-03-26', '00:38', 'Oakford', 'P4', 'Fall', 67);
INSERT INTO Emergency_Calls VALUES (58, '2024-03-28', '13:33', 'Port Ellis', 'P1', 'Breathing Difficulty', 10);
INSERT INTO Emergency_Calls VALUES (59, '2024-03-28', '16:10', 'Harlow Green', 'P2', 'Chest Pain', 58);
INSERT INTO Emergency_Calls VALUES (60, '2024-03-28', '19:26', 'Ashton', 'P3', 'Fall', NULL);
INSERT INTO Emergency_Calls VALUES (61, '2024-03-28', '23:01', 'Kingsbridge', 'P1', 'Breathing Difficulty', NULL);
INSERT INTO Emergency_Calls VALUES (62, '2024-03-30', '06:07', 'Harlow Green', 'P2', 'Breathing Difficulty', 9);
INSERT INTO Emergency_Calls VALUES (63, '2024-04-01', '10:05', 'Millbrook', 'P3', 'Allergic Reaction', 57);
INSERT INTO Emergency_Calls VALUES (64, '2024-04-01', '23:22', 'Riverside', 'P2', 'Road Traffic Collision', 36);
INSERT INTO Emergency_Calls VALUES (65, '2024-04-05', '08:43', 'Oakford', 'P3', 'Road Traffic Collision', 46);
INSERT INTO Emergency_Calls VALUES (66, '2024-04-05', '20:47', 'Ashton', 'P2', 'Allergic Reaction', 84);
INSERT INTO Emergency_Calls VALUES (67, '2024-04-12', '04:32', 'Millbrook', 'P1', 'Breathing Difficulty', 51);
INSERT INTO Emergency_Calls VALUES (68, '2024-04-12', '06:50', 'Riverside', 'P1', 'Breathing Difficulty', 54);
INSERT INTO Emergency_Calls VALUES (69, '2024-04-12', '12:17', 'Kingsbridge', 'P2', 'Chest Pain', 6);
INSERT INTO Emergency_Calls VALUES (70, '2024-04-12', '23:50', 'Kingsbridge', 'P4', 'Fall', 84);
INSERT INTO Emergency_Calls VALUES (71, '2024-04-13', '14:50', 'Harlow Green', 'P4', 'Fall', 94);
INSERT INTO Emergency_Calls VALUES (72, '2024-04-19', '12:07', 'Kingsbridge', 'P3', 'Fall', 69);
INSERT INTO Emergency_Calls VALUES (73, '2024-04-20', '08:23', 'Kingsbridge', 'P3', 'Fall', 82);
INSERT INTO Emergency_Calls VALUES (74, '2024-04-21', '01:18', 'Ashton', 'P1', 'Breathing Difficulty', 82);
INSERT INTO Emergency_Calls VALUES (75, '2024-04-21', '22:13', 'Millbrook', 'P2', 'Allergic Reaction', 18);
INSERT INTO Emergency_Calls VALUES (76, '2024-04-22', '02:17', 'Millbrook', 'P3', 'Road Traffic Collision', 50);
INSERT INTO Emergency_Calls VALUES (77, '2024-04-24', '12:40', 'Riverside', 'P2', 'Chest Pain', 84);
INSERT INTO Emergency_Calls VALUES (78, '2024-04-24', '17:14', 'Ashton', 'P2', 'Overdose', 22);
INSERT INTO Emergency_Calls VALUES (79, '2024-04-26', '09:45', 'Port Ellis', 'P1', 'Road Traffic Collision', NULL);
INSERT INTO Emergency_Calls VALUES (80, '2024-04-26', '10:00', 'Port Ellis', 'P3', 'Fall', 96);
INSERT INTO Emergency_Calls VALUES (81, '2024-04-28', '18:55', 'Riverside', 'P1', 'Chest Pain', 63);
INSERT INTO Emergency_Calls VALUES (82, '2024-05-01', '00:22', 'Port Ellis', 'P1', 'Cardiac Arrest', 78);
INSERT INTO Emergency_Calls VALUES (83, '2024-05-01', '05:37', 'Harlow Green', 'P3', 'Road Traffic Collision', 43);
INSERT INTO Emergency_Calls VALUES (84, '2024-05-01', '17:43', 'Kingsbridge', 'P1', 'Breathing Difficulty', 85);
INSERT INTO Emergency_Calls VALUES (85, '2024-05-02', '23:47', 'Riverside', 'P3', 'Fall', 76);
INSERT INTO Emergency_Calls VALUES (86, '2024-05-06', '21:44', 'Ashton', 'P1', 'Breathing Difficulty', 73);
INSERT INTO Emergency_Calls VALUES (87, '2024-05-07', '08:48', 'Riverside', 'P2', 'Breathing Difficulty', 71);
INSERT INTO Emergency_Calls VALUES (88, '2024-05-07', '18:36', 'Riverside', 'P1', 'Cardiac Arrest', 90);
INSERT INTO Emergency_Calls VALUES (89, '2024-05-11', '03:06', 'Millbrook', 'P2', 'Allergic Reaction', 89);
INSERT INTO Emergency_Calls VALUES (90, '2024-05-11', '17:52', 'Oakford', 'P2', 'Chest Pain', 69);
INSERT INTO Emergency_Calls VALUES (91, '2024-05-14', '05:22', 'Kingsbridge', 'P2', 'Overdose', 46);
INSERT INTO Emergency_Calls VALUES (92, '2024-05-15', '13:48', 'Millbrook', 'P1', 'Cardiac Arrest', 44);
INSERT INTO Emergency_Calls VALUES (93, '2024-05-16', '14:07', 'Port Ellis', 'P2', 'Chest Pain', 19);
INSERT INTO Emergency_Calls VALUES (94, '2024-05-16', '18:36', 'Harlow Green', 'P2', 'Overdose', 60);
INSERT INTO Emergency_Calls VALUES (95, '2024-05-17', '05:42', 'Kingsbridge', 'P1', 'Breathing Difficulty', NULL);
INSERT INTO Emergency_Calls VALUES (96, '2024-05-17', '06:25', 'Harlow Green', 'P1', 'Cardiac Arrest', NULL);
INSERT INTO Emergency_Calls VALUES (97, '2024-05-21', '00:18', 'Port Ellis', 'P1', 'Cardiac Arrest', 66);
INSERT INTO Emergency_Calls VALUES (98, '2024-05-21', '05:59', 'Kingsbridge', 'P4', 'Fall', 63);
INSERT INTO Emergency_Calls VALUES (99, '2024-05-21', '19:40', 'Kingsbridge', 'P4', 'Fall', NULL);
INSERT INTO Emergency_Calls VALUES (100, '2024-05-26', '21:27', 'Kingsbridge', 'P2', 'Chest Pain', 11);
INSERT INTO Emergency_Calls VALUES (101, '2024-05-28', '22:01', 'Oakford', 'P2', 'Allergic Reaction', 68);
INSERT INTO Emergency_Calls VALUES (102, '2024-05-30', '01:34', 'Riverside', 'P2', 'Overdose', 55);
INSERT INTO Emergency_Calls VALUES (103, '2024-05-30', '09:30', 'Oakford', 'P4', 'Fall', 77);
INSERT INTO Emergency_Calls VALUES (104, '2024-06-04', '00:09', 'Kingsbridge', 'P2', 'Breathing Difficulty', NULL);
INSERT INTO Emergency_Calls VALUES (105, '2024-06-05', '20:26', 'Oakford', 'P2', 'Stroke', NULL);
INSERT INTO Emergency_Calls VALUES (106, '2024-06-06', '03:55', 'Ashton', 'P1', 'Cardiac Arrest', 68);
INSERT INTO Emergency_Calls VALUES (107, '2024-06-08', '13:28', 'Millbrook', 'P2', 'Road Traffic Collision', 69);
INSERT INTO Emergency_Calls VALUES (108, '2024-06-08', '18:27', 'Harlow Green', 'P3', 'Allergic Reaction', 61);
INSERT INTO Emergency_Calls VALUES (109, '2024-06-10', '01:20', 'Riverside', 'P2', 'Road Traffic Collision', 18);
INSERT INTO Emergency_Calls VALUES (110, '2024-06-10', '13:25', 'Kingsbridge', 'P2', 'Allergic Reaction', 57);
INSERT INTO Emergency_Calls VALUES (111, '2024-06-12', '19:21', 'Riverside', 'P1', 'Breathing Difficulty', 70);
INSERT INTO Emergency_Calls VALUES (112, '2024-06-15', '16:22', 'Ashton', 'P3', 'Road Traffic Collision', 30);
INSERT INTO Emergency_Calls VALUES (113, '2024-06-16', '00:54', 'Riverside', 'P2', 'Chest Pain', 7);
INSERT INTO Emergency_Calls VALUES (114, '2024-06-17', '10:22', 'Harlow Green', 'P4', 'Fall', 71);
INSERT INTO Emergency_Calls VALUES (115, '2024-06-22', '21:03', 'Kingsbridge', 'P2', 'Road Traffic Collision', NULL);
INSERT INTO Emergency_Calls VALUES (116, '2024-06-23', '04:13', 'Millbrook', 'P3', 'Allergic Reaction', 4);
INSERT INTO Emergency_Calls VALUES (117, '2024-06-24', '18:31', 'Riverside', 'P3', 'Fall', 82);
INSERT INTO Emergency_Calls VALUES (118, '2024-06-27', '15:24', 'Ashton', 'P2', 'Chest Pain', 28);
INSERT INTO Emergency_Calls VALUES (119, '2024-06-28', '06:51', 'Kingsbridge', 'P4', 'Fall', 79);
INSERT INTO Emergency_Calls VALUES (120, '2024-06-28', '13:13', 'Harlow Green', 'P4', 'Fall', 64);

INSERT INTO Dispatches VALUES (1, 1, 15, NULL, 25, 'Treated on scene');
INSERT INTO Dispatches VALUES (2, 2, 12, 1, 30, 'Transported');
INSERT INTO Dispatches VALUES (3, 3, 11, NULL, 24, 'Treated on scene');
INSERT INTO Dispatches VALUES (4, 4, 12, 3, 9, 'Transported');
INSERT INTO Dispatches VALUES (5, 5, 19, NULL, 12, 'Treated on scene');
INSERT INTO Dispatches VALUES (6, 5, 17, 4, 5, 'Transported');
INSERT INTO Dispatches VALUES (7, 7, 15, NULL, 22, 'Treated on scene');
INSERT INTO Dispatches VALUES (8, 8, 16, 2, 8, 'Transported');
INSERT INTO Dispatches VALUES (9, 9, 18, 4, 18, 'Transported');
INSERT INTO Dispatches VALUES (10, 10, 12, 3, 4, 'Transported');
INSERT INTO Dispatches VALUES (11, 11, 14, 5, 12, 'Transported');
INSERT INTO Dispatches VALUES (12, 11, 15, NULL, 10, 'Treated on scene');
INSERT INTO Dispatches VALUES (13, 12, 12, 3, 28, 'Transported');
INSERT INTO Dispatches VALUES (14, 13, 20, 6, 50, 'Transported');
INSERT INTO Dispatches VALUES (15, 14, 20, 7, 19, 'Transported');
INSERT INTO Dispatches VALUES (16, 15, 17, 4, 26, 'Transported');
INSERT INTO Dispatches VALUES (17, 16, 12, NULL, 21, 'Refused transport');
INSERT INTO Dispatches VALUES (18, 17, 1, NULL, 8, 'Treated on scene');
INSERT INTO Dispatches VALUES (19, 18, 6, 1, 22, 'Transported');
INSERT INTO Dispatches VALUES (20, 19, 1, 1, 34, 'Transported');
INSERT INTO Dispatches VALUES (21, 20, 16, NULL, 28, 'Treated on scene');
INSERT INTO Dispatches VALUES (22, 21, 17, 2, 10, 'Transported');
INSERT INTO Dispatches VALUES (23, 21, 18, 4, 14, 'Transported');
INSERT INTO Dispatches VALUES (24, 22, 2, 8, 57, 'Transported');
INSERT INTO Dispatches VALUES (25, 23, 16, 4, 8, 'Transported');
INSERT INTO Dispatches VALUES (26, 24, 21, 7, 25, 'Transported');
INSERT INTO Dispatches VALUES (27, 25, 15, NULL, 11, 'Treated on scene');
INSERT INTO Dispatches VALUES (28, 26, 17, 2, 9, 'Transported');
INSERT INTO Dispatches VALUES (29, 27, 8, 8, 60, 'Transported');
INSERT INTO Dispatches VALUES (30, 28, 10, 2, 18, 'Transported');
INSERT INTO Dispatches VALUES (31, 29, 10, NULL, 23, 'Treated on scene');
INSERT INTO Dispatches VALUES (32, 30, 18, NULL, 11, 'Treated on scene');
INSERT INTO Dispatches VALUES (33, 31, 14, 5, 48, 'Transported');
INSERT INTO Dispatches VALUES (34, 32, 19, NULL, 28, 'Treated on scene');
INSERT INTO Dispatches VALUES (35, 33, 21, 6, 62, 'Transported');
INSERT INTO Dispatches VALUES (36, 34, 8, 4, 10, 'Transported');
INSERT INTO Dispatches VALUES (37, 34, 18, 2, 10, 'Transported');
INSERT INTO Dispatches VALUES (38, 35, 17, 5, 10, 'Transported');
INSERT INTO Dispatches VALUES (39, 37, 15, NULL, 9, 'Treated on scene');
INSERT INTO Dispatches VALUES (40, 37, 14, NULL, 12, 'Treated on scene');
INSERT INTO Dispatches VALUES (41, 38, 17, 4, 25, 'Transported');
INSERT INTO Dispatches VALUES (42, 39, 3, 1, 15, 'Transported');
INSERT INTO Dispatches VALUES (43, 40, 14, 5, 30, 'Transported');
INSERT INTO Dispatches VALUES (44, 41, 14, 5, 111, 'Transported');
INSERT INTO Dispatches VALUES (45, 42, 20, 6, 26, 'Transported');
INSERT INTO Dispatches VALUES (46, 43, 8, 1, 7, 'Transported');
INSERT INTO Dispatches VALUES (47, 44, 5, NULL, 9, 'Treated on scene');
INSERT INTO Dispatches VALUES (48, 45, 15, NULL, 20, 'Treated on scene');
INSERT INTO Dispatches VALUES (49, 46, 15, NULL, 14, 'Treated on scene');
INSERT INTO Dispatches VALUES (50, 47, 3, 1, 48, 'Transported');
INSERT INTO Dispatches VALUES (51, 48, 15, NULL, 21, 'Treated on scene');
INSERT INTO Dispatches VALUES (52, 49, 8, 2, 75, 'Transported');
INSERT INTO Dispatches VALUES (53, 50, 10, 3, 15, 'Transported');
INSERT INTO Dispatches VALUES (54, 51, 2, 6, 67, 'Transported');
INSERT INTO Dispatches VALUES (55, 52, 5, 1, 27, 'Transported');
INSERT INTO Dispatches VALUES (56, 53, 11, NULL, 6, 'Treated on scene');
INSERT INTO Dispatches VALUES (57, 53, 8, 6, 9, 'Transported');
INSERT INTO Dispatches VALUES (58, 54, 21, 8, 20, 'Transported');
INSERT INTO Dispatches VALUES (59, 55, 8, 2, 59, 'Transported');
INSERT INTO Dispatches VALUES (60, 57, 12, 3, 102, 'Transported');
INSERT INTO Dispatches VALUES (61, 58, 20, 6, 11, 'Transported');
INSERT INTO Dispatches VALUES (62, 59, 16, NULL, 8, 'Refused transport');
INSERT INTO Dispatches VALUES (63, 60, 14, 5, 48, 'Transported');
INSERT INTO Dispatches VALUES (64, 61, 5, NULL, 12, 'Refused transport');
INSERT INTO Dispatches VALUES (65, 62, 16, NULL, 26, 'Treated on scene');
INSERT INTO Dispatches VALUES (66, 63, 10, 2, 65, 'Transported');
INSERT INTO Dispatches VALUES (67, 64, 12, 1, 11, 'Transported');
INSERT INTO Dispatches VALUES (68, 65, 12, 3, 21, 'Transported');
INSERT INTO Dispatches VALUES (69, 66, 21, 5, 22, 'Transported');
INSERT INTO Dispatches VALUES (70, 67, 8, 2, 10, 'Transported');
INSERT INTO Dispatches VALUES (71, 67, 10, NULL, 4, 'Refused transport');
INSERT INTO Dispatches VALUES (72, 68, 2, 1, 5, 'Transported');
INSERT INTO Dispatches VALUES (73, 68, 7, NULL, 10, 'Treated on scene');
INSERT INTO Dispatches VALUES (74, 69, 17, 4, 25, 'Transported');
INSERT INTO Dispatches VALUES (75, 70, 21, NULL, 71, 'Treated on scene');
INSERT INTO Dispatches VALUES (76, 71, 1, 7, 89, 'Transported');
INSERT INTO Dispatches VALUES (77, 72, 18, 4, 58, 'Transported');
INSERT INTO Dispatches VALUES (78, 73, 17, 4, 58, 'Transported');
INSERT INTO Dispatches VALUES (79, 74, 15, NULL, 6, 'Treated on scene');
INSERT INTO Dispatches VALUES (80, 75, 16, NULL, 28, 'Treated on scene');
INSERT INTO Dispatches VALUES (81, 76, 10, NULL, 35, 'Treated on scene');
INSERT INTO Dispatches VALUES (82, 77, 5, NULL, 11, 'Treated on scene');
INSERT INTO Dispatches VALUES (83, 78, 15, NULL, 23, 'Treated on scene');
INSERT INTO Dispatches VALUES (84, 79, 20, 1, 8, 'Transported');
INSERT INTO Dispatches VALUES (85, 80, 3, 6, 54, 'Transported');
INSERT INTO Dispatches VALUES (86, 81, 3, 1, 9, 'Transported');
INSERT INTO Dispatches VALUES (87, 81, 7, NULL, 7, 'Treated on scene');
INSERT INTO Dispatches VALUES (88, 82, 20, 2, 14, 'Transported');
INSERT INTO Dispatches VALUES (89, 82, 21, 1, 8, 'Transported');
INSERT INTO Dispatches VALUES (90, 83, 21, NULL, 41, 'Treated on scene');
INSERT INTO Dispatches VALUES (91, 84, 18, 4, 8, 'Transported');
INSERT INTO Dispatches VALUES (92, 85, 14, NULL, 38, 'Refused transport');
INSERT INTO Dispatches VALUES (93, 86, 15, NULL, 14, 'Treated on scene');
INSERT INTO Dispatches VALUES (94, 87, 4, NULL, 13, 'Treated on scene');
INSERT INTO Dispatches VALUES (95, 88, 8, 4, 8, 'Transported');
INSERT INTO Dispatches VALUES (96, 89, 8, 2, 24, 'Transported');
INSERT INTO Dispatches VALUES (97, 90, 12, 7, 10, 'Transported');
INSERT INTO Dispatches VALUES (98, 91, 18, NULL, 17, 'Treated on scene');
INSERT INTO Dispatches VALUES (99, 92, 8, 1, 9, 'Transported');
INSERT INTO Dispatches VALUES (100, 92, 10, 4, 7, 'Transported');
INSERT INTO Dispatches VALUES (101, 93, 20, NULL, 17, 'Treated on scene');
INSERT INTO Dispatches VALUES (102, 94, 5, 3, 29, 'Transported');
INSERT INTO Dispatches VALUES (103, 95, 17, NULL, 14, 'Refused transport');
INSERT INTO Dispatches VALUES (104, 96, 17, 2, 7, 'Transported');
INSERT INTO Dispatches VALUES (105, 96, 4, NULL, 13, 'Treated on scene');
INSERT INTO Dispatches VALUES (106, 97, 2, 1, 11, 'Transported');
INSERT INTO Dispatches VALUES (107, 98, 16, 4, 89, 'Transported');
INSERT INTO Dispatches VALUES (108, 99, 8, 4, 126, 'Transported');
INSERT INTO Dispatches VALUES (109, 100, 19, NULL, 30, 'Treated on scene');
INSERT INTO Dispatches VALUES (110, 101, 12, 3, 23, 'Transported');
INSERT INTO Dispatches VALUES (111, 102, 4, NULL, 8, 'Treated on scene');
INSERT INTO Dispatches VALUES (112, 103, 12, NULL, 101, 'Refused transport');
INSERT INTO Dispatches VALUES (113, 104, 18, 4, 10, 'Transported');
INSERT INTO Dispatches VALUES (114, 106, 2, 2, 11, 'Transported');
INSERT INTO Dispatches VALUES (115, 107, 8, 2, 9, 'Transported');
INSERT INTO Dispatches VALUES (116, 108, 2, NULL, 27, 'Treated on scene');
INSERT INTO Dispatches VALUES (117, 109, 6, NULL, 15, 'Treated on scene');
INSERT INTO Dispatches VALUES (118, 111, 2, 8, 13, 'Transported');
INSERT INTO Dispatches VALUES (119, 112, 14, 5, 49, 'Transported');
INSERT INTO Dispatches VALUES (120, 113, 3, 1, 14, 'Transported');
INSERT INTO Dispatches VALUES (121, 115, 18, NULL, 30, 'Treated on scene');
INSERT INTO Dispatches VALUES (122, 116, 10, 2, 41, 'Transported');
INSERT INTO Dispatches VALUES (123, 117, 3, NULL, 61, 'Treated on scene');
INSERT INTO Dispatches VALUES (124, 118, 11, NULL, 10, 'Treated on scene');
INSERT INTO Dispatches VALUES (125, 119, 3, 4, 110, 'Transported');

INSERT INTO Shifts VALUES (1, 7, 8, NULL, '2024-01-02', 'Day', 12);
INSERT INTO Shifts VALUES (2, 5, 4, 5, '2024-01-08', 'Night', 12);
INSERT INTO Shifts VALUES (3, 6, 9, 7, '2024-01-08', 'Night', 12);
INSERT INTO Shifts VALUES (4, 6, 36, 7, '2024-01-11', 'Day', 12);
INSERT INTO Shifts VALUES (5, 7, 7, NULL, '2024-01-15', 'Night', 12);
INSERT INTO Shifts VALUES (6, 16, 35, 23, '2024-01-16', 'Day', 12);
INSERT INTO Shifts VALUES (7, 19, 26, NULL, '2024-01-17', 'Day', 12);
INSERT INTO Shifts VALUES (8, 16, 21, 24, '2024-01-19', 'Night', 12);
INSERT INTO Shifts VALUES (9, 2, 3, 4, '2024-01-19', 'Night', 8);
INSERT INTO Shifts VALUES (10, 20, 30, 27, '2024-01-20', 'Day', 12);
INSERT INTO Shifts VALUES (11, 19, 35, NULL, '2024-01-22', 'Day', 12);
INSERT INTO Shifts VALUES (12, 20, 27, 30, '2024-01-22', 'Day', 12);
INSERT INTO Shifts VALUES (13, 14, 18, 20, '2024-01-23', 'Night', 12);
INSERT INTO Shifts VALUES (14, 4, 1, NULL, '2024-01-25', 'Night', 8);
INSERT INTO Shifts VALUES (15, 20, 28, 29, '2024-01-29', 'Night', 12);
INSERT INTO Shifts VALUES (16, 17, 21, 24, '2024-02-02', 'Night', 12);
INSERT INTO Shifts VALUES (17, 6, 7, 9, '2024-02-04', 'Day', 12);
INSERT INTO Shifts VALUES (18, 19, 23, NULL, '2024-02-04', 'Night', 12);
INSERT INTO Shifts VALUES (19, 16, 25, 35, '2024-02-06', 'Day', 12);
INSERT INTO Shifts VALUES (20, 12, 16, 15, '2024-02-08', 'Day', 12);
INSERT INTO Shifts VALUES (21, 1, 6, 33, '2024-02-09', 'Night', 12);
INSERT INTO Shifts VALUES (22, 7, 9, NULL, '2024-02-12', 'Day', 12);
INSERT INTO Shifts VALUES (23, 16, 21, 33, '2024-02-13', 'Day', 12);
INSERT INTO Shifts VALUES (24, 16, 26, 25, '2024-02-15', 'Day', 12);
INSERT INTO Shifts VALUES (25, 10, 13, 11, '2024-02-16', 'Day', 12);
INSERT INTO Shifts VALUES (26, 6, 9, 8, '2024-02-18', 'Night', 12);
INSERT INTO Shifts VALUES (27, 6, 36, 9, '2024-02-19', 'Day', 12);
INSERT INTO Shifts VALUES (28, 10, 10, 14, '2024-02-20', 'Day', 12);
INSERT INTO Shifts VALUES (29, 8, 13, 11, '2024-02-28', 'Night', 8);
INSERT INTO Shifts VALUES (30, 1, 2, 5, '2024-03-01', 'Night', 12);
INSERT INTO Shifts VALUES (31, 16, 25, 35, '2024-03-03', 'Day', 12);
INSERT INTO Shifts VALUES (32, 19, 24, NULL, '2024-03-03', 'Night', 12);
INSERT INTO Shifts VALUES (33, 19, 21, NULL, '2024-03-06', 'Day', 12);
INSERT INTO Shifts VALUES (34, 20, 28, 27, '2024-03-06', 'Day', 12);
INSERT INTO Shifts VALUES (35, 2, 5, 6, '2024-03-07', 'Day', 8);
INSERT INTO Shifts VALUES (36, 14, 18, 19, '2024-03-08', 'Day', 8);
INSERT INTO Shifts VALUES (37, 20, 29, 27, '2024-03-08', 'Day', 12);
INSERT INTO Shifts VALUES (38, 10, 34, 14, '2024-03-12', 'Day', 12);
INSERT INTO Shifts VALUES (39, 6, 20, 9, '2024-03-13', 'Night', 8);
INSERT INTO Shifts VALUES (40, 7, 7, NULL, '2024-03-17', 'Night', 12);
INSERT INTO Shifts VALUES (41, 20, 32, 28, '2024-03-23', 'Day', 8);
INSERT INTO Shifts VALUES (42, 7, 7, NULL, '2024-03-24', 'Night', 12);
INSERT INTO Shifts VALUES (43, 18, 21, 26, '2024-03-25', 'Day', 8);
INSERT INTO Shifts VALUES (44, 2, 4, 5, '2024-03-25', 'Day', 8);
INSERT INTO Shifts VALUES (45, 16, 26, 25, '2024-03-26', 'Night', 8);
INSERT INTO Shifts VALUES (46, 5, 4, 6, '2024-03-27', 'Day', 8);
INSERT INTO Shifts VALUES (47, 4, 6, NULL, '2024-03-28', 'Day', 8);
INSERT INTO Shifts VALUES (48, 17, 22, 26, '2024-03-29', 'Night', 12);
INSERT INTO Shifts VALUES (49, 11, 11, NULL, '2024-03-29', 'Night', 12);
INSERT INTO Shifts VALUES (50, 17, 26, 24, '2024-03-30', 'Day', 12);
INSERT INTO Shifts VALUES (51, 20, 30, 29, '2024-04-02', 'Night', 12);
INSERT INTO Shifts VALUES (52, 10, 34, 12, '2024-04-05', 'Day', 12);
INSERT INTO Shifts VALUES (53, 19, 26, NULL, '2024-04-09', 'Day', 12);
INSERT INTO Shifts VALUES (54, 1, 4, 1, '2024-04-10', 'Day', 12);
INSERT INTO Shifts VALUES (55, 11, 14, NULL, '2024-04-10', 'Day', 12);
INSERT INTO Shifts VALUES (56, 4, 33, NULL, '2024-04-11', 'Day', 12);
INSERT INTO Shifts VALUES (57, 10, 13, 34, '2024-04-11', 'Night', 12);
INSERT INTO Shifts VALUES (58, 11, 13, NULL, '2024-04-12', 'Day', 12);
INSERT INTO Shifts VALUES (59, 7, 9, NULL, '2024-04-13', 'Day', 12);
INSERT INTO Shifts VALUES (60, 1, 1, 3, '2024-04-14', 'Day', 12);
INSERT INTO Shifts VALUES (61, 7, 36, NULL, '2024-04-15', 'Day', 12);
INSERT INTO Shifts VALUES (62, 8, 11, 34, '2024-04-16', 'Day', 12);
INSERT INTO Shifts VALUES (63, 1, 1, 3, '2024-04-17', 'Day', 12);
INSERT INTO Shifts VALUES (64, 16, 22, 21, '2024-04-19', 'Day', 8);
INSERT INTO Shifts VALUES (65, 20, 29, 35, '2024-04-19', 'Day', 12);
INSERT INTO Shifts VALUES (66, 16, 24, 21, '2024-04-19', 'Night', 8);
INSERT INTO Shifts VALUES (67, 10, 13, 14, '2024-04-23', 'Day', 8);
INSERT INTO Shifts VALUES (68, 18, 21, 26, '2024-04-24', 'Day', 12);
INSERT INTO Shifts VALUES (69, 6, 7, 8, '2024-04-26', 'Night', 12);
INSERT INTO Shifts VALUES (70, 6, 8, 9, '2024-04-27', 'Day', 12);
INSERT INTO Shifts VALUES (71, 7, 7, NULL, '2024-04-27', 'Day', 12);
INSERT INTO Shifts VALUES (72, 7, 36, NULL, '2024-04-29', 'Night', 12);
INSERT INTO Shifts VALUES (73, 6, 14, 7, '2024-05-03', 'Day', 12);
INSERT INTO Shifts VALUES (74, 19, 25, NULL, '2024-05-03', 'Day', 12);
INSERT INTO Shifts VALUES (75, 19, 25, NULL, '2024-05-05', 'Day', 12);
INSERT INTO Shifts VALUES (76, 16, 35, 22, '2024-05-06', 'Day', 12);
INSERT INTO Shifts VALUES (77, 4, 6, NULL, '2024-05-07', 'Day', 12);
INSERT INTO Shifts VALUES (78, 14, 20, 18, '2024-05-10', 'Day', 12);
INSERT INTO Shifts VALUES (79, 2, 3, 24, '2024-05-13', 'Night', 12);
INSERT INTO Shifts VALUES (80, 10, 12, 10, '2024-05-15', 'Day', 12);
INSERT INTO Shifts VALUES (81, 11, 13, NULL, '2024-05-18', 'Night', 12);
INSERT INTO Shifts VALUES (82, 18, 22, 23, '2024-05-20', 'Day', 8);
INSERT INTO Shifts VALUES (83, 5, 2, 5, '2024-05-21', 'Day', 12);
INSERT INTO Shifts VALUES (84, 21, 16, 33, '2024-05-21', 'Night', 8);
INSERT INTO Shifts VALUES (85, 5, 3, 33, '2024-05-24', 'Day', 12);
INSERT INTO Shifts VALUES (86, 14, 18, 19, '2024-05-25', 'Day', 8);
INSERT INTO Shifts VALUES (87, 5, 1, 33, '2024-05-25', 'Night', 12);
INSERT INTO Shifts VALUES (88, 17, 5, 23, '2024-05-26', 'Day', 12);
INSERT INTO Shifts VALUES (89, 5, 33, 3, '2024-05-30', 'Night', 12);
INSERT INTO Shifts VALUES (90, 2, 6, 3, '2024-06-01', 'Day', 8);
INSERT INTO Shifts VALUES (91, 20, 27, 30, '2024-06-03', 'Night', 12);
INSERT INTO Shifts VALUES (92, 8, 12, 13, '2024-06-03', 'Night', 12);
INSERT INTO Shifts VALUES (93, 14, 19, 20, '2024-06-04', 'Night', 8);
INSERT INTO Shifts VALUES (94, 21, 30, 27, '2024-06-08', 'Day', 12);
INSERT INTO Shifts VALUES (95, 21, 28, 27, '2024-06-08', 'Night', 8);
INSERT INTO Shifts VALUES (96, 17, 26, 35, '2024-06-10', 'Day', 8);
INSERT INTO Shifts VALUES (97, 11, 14, NULL, '2024-06-10', 'Day', 12);
INSERT INTO Shifts VALUES (98, 21, 30, 29, '2024-06-13', 'Day', 12);
INSERT INTO Shifts VALUES (99, 10, 10, 12, '2024-06-13', 'Night', 8);
INSERT INTO Shifts VALUES (100, 6, 7, 9, '2024-06-13', 'Night', 12);
INSERT INTO Shifts VALUES (101, 19, 22, NULL, '2024-06-16', 'Day', 12);
INSERT INTO Shifts VALUES (102, 4, 4, NULL, '2024-06-16', 'Day', 12);
INSERT INTO Shifts VALUES (103, 17, 22, 26, '2024-06-16', 'Night', 12);
INSERT INTO Shifts VALUES (104, 14, 19, 20, '2024-06-18', 'Day', 12);
INSERT INTO Shifts VALUES (105, 12, 17, 15, '2024-06-21', 'Day', 12);
INSERT INTO Shifts VALUES (106, 4, 2, NULL, '2024-06-21', 'Day', 12);
INSERT INTO Shifts VALUES (107, 19, 23, NULL, '2024-06-25', 'Night', 8);
INSERT INTO Shifts VALUES (108, 16, 23, 22, '2024-06-27', 'Day', 8);
INSERT INTO Shifts VALUES (109, 18, 22, 35, '2024-06-29', 'Day', 8);
INSERT INTO Shifts VALUES (110, 16, 24, 35, '2024-06-30', 'Night', 8);
