PRAGMA foreign_keys = ON;
CREATE TABLE Hospitals (
  Hospital_ID INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  City TEXT,
  State TEXT,
  Beds INTEGER,
  Founded_Year TEXT
);
CREATE TABLE Departments (
  Department_ID INTEGER PRIMARY KEY,
  Department_Name TEXT NOT NULL,
  Hospital_ID INTEGER NOT NULL,
  Floor INTEGER,
  Head_Nurse_Name TEXT,
  FOREIGN KEY (Hospital_ID) REFERENCES Hospitals(Hospital_ID)
);
CREATE TABLE Volunteers (
  volunteer_id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL,
  Age INTEGER,
  Gender TEXT,
  Occupation TEXT,
  Joined_Date TEXT
);
CREATE TABLE Ref_Skill_Types (
  skill_code TEXT PRIMARY KEY,
  skill_description TEXT NOT NULL
);
CREATE TABLE Volunteer_Skills (
  volunteer_id INTEGER NOT NULL,
  skill_code TEXT NOT NULL,
  Certification_Year INTEGER,
  PRIMARY KEY (volunteer_id, skill_code),
  FOREIGN KEY (volunteer_id) REFERENCES Volunteers(volunteer_id),
  FOREIGN KEY (skill_code) REFERENCES Ref_Skill_Types(skill_code)
);
CREATE TABLE Shifts (
  shift_id INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL,
  Department_ID INTEGER NOT NULL,
  Shift_Date TEXT,
  Hours REAL,
  other_details TEXT
);
CREATE TABLE Referrals (
  referral_id INTEGER PRIMARY KEY,
  referrer_id INTEGER NOT NULL,
  referred_id INTEGER NOT NULL,
  Referral_Date TEXT,
  FOREIGN KEY (referrer_id) REFERENCES Volunteers(volunteer_id),
  FOREIGN KEY (referred_id) REFERENCES Volunteers(volunteer_id)
);
INSERT INTO Hospitals VALUES (1, 'St. Mary''s Medical Center', 'San Francisco', 'California', 853, '1910');
INSERT INTO Hospitals VALUES (2, 'Mercy General Hospital', 'Sacramento', 'California', 595, '1986');
INSERT INTO Hospitals VALUES (3, 'Cedar Valley Regional Hospital', 'Fresno', 'California', 555, '1949');
INSERT INTO Hospitals VALUES (4, 'Lakeside Memorial Hospital', 'Chicago', 'Illinois', 445, '1982');
INSERT INTO Hospitals VALUES (5, 'Northwestern Community Hospital', 'Evanston', 'Illinois', 463, '1962');
INSERT INTO Hospitals VALUES (6, 'Riverside Health Center', 'Austin', 'Texas', 499, '1990');
INSERT INTO Hospitals VALUES (7, 'Baylor Park Hospital', 'Dallas', 'Texas', 863, '1923');
INSERT INTO Hospitals VALUES (8, 'Gulf Coast Medical Center', 'Houston', 'Texas', 440, '1973');
INSERT INTO Hospitals VALUES (9, 'Mount Hope Hospital', 'Boston', 'Massachusetts', 523, '1955');
INSERT INTO Hospitals VALUES (10, 'Harborview Children''s Hospital', 'Seattle', 'Washington', 127, '1862');
INSERT INTO Hospitals VALUES (11, 'Evergreen General Hospital', 'Spokane', 'Washington', 475, NULL);
INSERT INTO Hospitals VALUES (12, 'Sunrise Regional Medical Center', 'Orlando', 'Florida', 578, '1894');
INSERT INTO Hospitals VALUES (13, 'Bayfront Health Hospital', 'Tampa', 'Florida', 812, '1951');
INSERT INTO Hospitals VALUES (14, 'Green Mountain Hospital', 'Burlington', 'Vermont', 390, NULL);
INSERT INTO Hospitals VALUES (15, 'Pinecrest Rehabilitation Hospital', 'Denver', 'Colorado', 269, '1859');
INSERT INTO Departments VALUES (1, 'Neurology', 1, 2, 'Linda Carter');
INSERT INTO Departments VALUES (2, 'Oncology', 1, 3, 'Patricia Nguyen');
INSERT INTO Departments VALUES (3, 'Palliative Care', 1, 6, 'Susan Whitaker');
INSERT INTO Departments VALUES (4, 'Orthopedics', 1, 6, 'Karen Lopez');
INSERT INTO Departments VALUES (5, 'Emergency', 2, 2, 'Nancy Brooks');
INSERT INTO Departments VALUES (6, 'Neurology', 2, 7, NULL);
INSERT INTO Departments VALUES (7, 'Geriatrics', 2, 7, 'Sandra Hughes');
INSERT INTO Departments VALUES (8, 'Geriatrics', 3, 4, 'Barbara Ortiz');
INSERT INTO Departments VALUES (9, 'Maternity', 3, 3, 'Angela Price');
INSERT INTO Departments VALUES (10, 'Orthopedics', 4, 5, 'Michelle Reyes');
INSERT INTO Departments VALUES (11, 'Pediatrics', 4, 2, 'Donna Fischer');
INSERT INTO Departments VALUES (12, 'Emergency', 4, 2, 'Carol Jensen');
INSERT INTO Departments VALUES (13, 'Geriatrics', 4, 3, 'Rebecca Stone');
INSERT INTO Departments VALUES (14, 'Maternity', 5, 4, 'Laura Bennett');
INSERT INTO Departments VALUES (15, 'Cardiology', 5, 6, 'Sharon Patel');
INSERT INTO Departments VALUES (16, 'Palliative Care', 6, 7, 'Cynthia Moore');
INSERT INTO Departments VALUES (17, 'Maternity', 6, 3, NULL);
INSERT INTO Departments VALUES (18, 'Orthopedics', 6, 3, 'Teresa Walsh');
INSERT INTO Departments VALUES (19, 'Cardiology', 7, 6, 'Helen Park');
INSERT INTO Departments VALUES (20, 'Pediatrics', 7, 1, 'Diane Foster');
INSERT INTO Departments VALUES (21, 'Cardiology', 8, 2, 'Julie Marsh');
INSERT INTO Departments VALUES (22, 'Orthopedics', 8, 6, 'Joyce Romero');
INSERT INTO Departments VALUES (23, 'Maternity', 8, 3, 'Gloria Tran');
INSERT INTO Departments VALUES (24, 'Emergency', 9, 4, NULL);
INSERT INTO Departments VALUES (25, 'Radiology', 9, 3, 'Kathleen Ward');
INSERT INTO Departments VALUES (26, 'Oncology', 9, 4, 'Janet Coleman');
INSERT INTO Departments VALUES (27, 'Maternity', 10, 7, NULL);
INSERT INTO Departments VALUES (28, 'Radiology', 10, 1, NULL);
INSERT INTO Departments VALUES (29, 'Geriatrics', 11, 2, NULL);
INSERT INTO Departments VALUES (30, 'Radiology', 12, 2, NULL);
INSERT INTO Volunteers VALUES (1, 'Emily Johnson', 67, 'F', 'Retired Engineer', '2019-07-01');
INSERT INTO Volunteers VALUES (2, 'Michael Brown', 58, 'M', 'Nurse Assistant', '2022-06-27');
INSERT INTO Volunteers VALUES (3, 'Sarah Davis', 42, 'F', 'Software Engineer', '2016-03-06');
INSERT INTO Volunteers VALUES (4, 'James Wilson', 21, 'M', 'Student', '2020-10-26');
INSERT INTO Volunteers VALUES (5, 'Olivia Martinez', 22, 'F', 'Student', '2018-09-01');
INSERT INTO Volunteers VALUES (6, 'Daniel Anderson', 73, 'M', 'Retired Engineer', '2019-11-10');
INSERT INTO Volunteers VALUES (7, 'Sophia Thomas', 56, 'F', NULL, '2020-09-21');
INSERT INTO Volunteers VALUES (8, 'Matthew Taylor', 48, 'M', 'Accountant', '2022-07-23');
INSERT INTO Volunteers VALUES (9, 'Isabella Moore', 41, 'F', 'Nurse Assistant', '2020-05-02');
INSERT INTO Volunteers VALUES (10, 'David Jackson', 34, 'M', 'Accountant', '2023-01-20');
INSERT INTO Volunteers VALUES (11, 'Ava White', 50, 'F', 'Accountant', '2019-12-21');
INSERT INTO Volunteers VALUES (12, 'Christopher Harris', 66, 'M', 'Retired Teacher', '2020-08-24');
INSERT INTO Volunteers VALUES (13, 'Mia Clark', 18, 'F', 'Student', '2018-02-23');
INSERT INTO Volunteers VALUES (14, 'Andrew Lewis', 35, 'M', 'Paramedic', '2020-08-09');
INSERT INTO Volunteers VALUES (15, 'Grace Robinson', 74, 'F', 'Retired Engineer', '2023-02-14');
INSERT INTO Volunteers VALUES (16, 'Joshua Walker', 62, 'M', 'Retired Teacher', '2023-09-08');
INSERT INTO Volunteers VALUES (17, 'Chloe Young', 64, 'F', 'Retired Teacher', '2020-08-22');
INSERT INTO Volunteers VALUES (18, 'Ryan Allen', 78, 'M', 'Retired Teacher', '2021-08-01');
INSERT INTO Volunteers VALUES (19, 'Hannah King', 19, 'F', NULL, '2015-06-10');
INSERT INTO Volunteers VALUES (20, 'Nathan Wright', 77, 'M', 'Retired Engineer', '2017-05-12');
INSERT INTO Volunteers VALUES (21, 'Ella Scott', 36, 'F', 'Accountant', '2016-09-04');
INSERT INTO Volunteers VALUES (22, 'Samuel Green', 31, 'M', 'Police Officer', '2016-07-24');
INSERT INTO Volunteers VALUES (23, 'Lily Baker', 69, 'F', 'Librarian', '2021-02-09');
INSERT INTO Volunteers VALUES (24, 'Benjamin Adams', 17, 'M', 'Student', '2017-11-10');
INSERT INTO Volunteers VALUES (25, 'Zoe Nelson', 54, 'F', 'Accountant', '2018-03-28');
INSERT INTO Volunteers VALUES (26, 'Ethan Hill', 61, 'M', 'Pharmacist', '2016-04-15');
INSERT INTO Volunteers VALUES (27, 'Victoria Campbell', 60, 'F', 'Accountant', '2021-03-07');
INSERT INTO Volunteers VALUES (28, 'Jacob Mitchell', 55, 'M', NULL, '2018-10-18');
INSERT INTO Volunteers VALUES (29, 'Natalie Roberts', 45, 'F', 'Software Engineer', '2022-02-04');
INSERT INTO Volunteers VALUES (30, 'Tyler Carter', 65, 'M', 'Librarian', '2021-01-06');
INSERT INTO Volunteers VALUES (31, 'Aaliyah Phillips', 29, 'F', 'Chef', '2019-11-09');
INSERT INTO Volunteers VALUES (32, 'Lucas Evans', 33, 'M', 'Chef', '2022-02-23');
INSERT INTO Ref_Skill_Types VALUES ('FA', 'First Aid');
INSERT INTO Ref_Skill_Types VALUES ('CPR', 'Cardiopulmonary Resuscitation');
INSERT INTO Ref_Skill_Types VALUES ('TRN', 'Translation');
INSERT INTO Ref_Skill_Types VALUES ('PET', 'Pet Therapy');
INSERT INTO Ref_Skill_Types VALUES ('MUS', 'Music Therapy');
INSERT INTO Ref_Skill_Types VALUES ('SGN', 'Sign Language');
INSERT INTO Ref_Skill_Types VALUES ('WCH', 'Wheelchair Transport');
INSERT INTO Ref_Skill_Types VALUES ('CNS', 'Grief Counseling');
INSERT INTO Ref_Skill_Types VALUES ('RDG', 'Reading to Patients');
INSERT INTO Ref_Skill_Types VALUES ('ART', 'Art Therapy');
INSERT INTO Volunteer_Skills VALUES (1, 'FA', 2016);
INSERT INTO Volunteer_Skills VALUES (2, 'SGN', 2012);
INSERT INTO Volunteer_Skills VALUES (3, 'MUS', 2013);
INSERT INTO Volunteer_Skills VALUES (4, 'TRN', 2019);
INSERT INTO Volunteer_Skills VALUES (5, 'CPR', 2021);
INSERT INTO Volunteer_Skills VALUES (6, 'CPR', 2015);
INSERT INTO Volunteer_Skills VALUES (6, 'FA', 2016);
INSERT INTO Volunteer_Skills VALUES (6, 'WCH', 2015);
INSERT INTO Volunteer_Skills VALUES (7, 'MUS', 2016);
INSERT INTO Volunteer_Skills VALUES (7, 'TRN', 2015);
INSERT INTO Volunteer_Skills VALUES (8, 'CPR', 2022);
INSERT INTO Volunteer_Skills VALUES (8, 'PET', 2017);
INSERT INTO Volunteer_Skills VALUES (8, 'TRN', 2017);
INSERT INTO Volunteer_Skills VALUES (9, 'CPR', 2020);
INSERT INTO Volunteer_Skills VALUES (9, 'WCH', 2015);
INSERT INTO Volunteer_Skills VALUES (10, 'CPR', 2023);
INSERT INTO Volunteer_Skills VALUES (11, 'TRN', 2019);
INSERT INTO Volunteer_Skills VALUES (12, 'CPR', 2018);
INSERT INTO Volunteer_Skills VALUES (12, 'MUS', 2024);
INSERT INTO Volunteer_Skills VALUES (13, 'FA', 2021);
INSERT INTO Volunteer_Skills VALUES (14, 'FA', 2014);
INSERT INTO Volunteer_Skills VALUES (15, 'TRN', 2019);
INSERT INTO Volunteer_Skills VALUES (16, 'FA', 2023);
INSERT INTO Volunteer_Skills VALUES (17, 'CPR', 2023);
INSERT INTO Volunteer_Skills VALUES (18, 'CPR', 2011);
INSERT INTO Volunteer_Skills VALUES (19, 'MUS', 2012);
INSERT INTO Volunteer_Skills VALUES (20, 'SGN', 2013);
INSERT INTO Volunteer_Skills VALUES (21, 'FA', 2023);
INSERT INTO Volunteer_Skills VALUES (22, 'CPR', 2010);
INSERT INTO Volunteer_Skills VALUES (23, 'MUS', 2010);
INSERT INTO Volunteer_Skills VALUES (23, 'SGN', 2023);
INSERT INTO Volunteer_Skills VALUES (23, 'WCH', 2010);
INSERT INTO Volunteer_Skills VALUES (24, 'CPR', 2013);
INSERT INTO Volunteer_Skills VALUES (25, 'MUS', NULL);
INSERT INTO Volunteer_Skills VALUES (25, 'TRN', 2017);
INSERT INTO Volunteer_Skills VALUES (25, 'WCH', 2010);
INSERT INTO Volunteer_Skills VALUES (26, 'MUS', 2013);
INSERT INTO Volunteer_Skills VALUES (27, 'CPR', 2019);
INSERT INTO Volunteer_Skills VALUES (27, 'TRN', 2020);
INSERT INTO Volunteer_Skills VALUES (27, 'WCH', 2024);
INSERT INTO Shifts VALUES (1, 17, 21, '2024-03-24', 3.5, NULL);
INSERT INTO Shifts VALUES (2, 9, 5, '2024-03-05', 6.0, NULL);
INSERT INTO Shifts VALUES (3, 20, 15, '2024-01-17', 5.0, 'Holiday event');
INSERT INTO Shifts VALUES (4, 17, 18, '2024-04-25', 3.5, 'Evening shift');
INSERT INTO Shifts VALUES (5, 23, 14, '2024-04-24', 5.0, 'Holiday event');
INSERT INTO Shifts VALUES (6, 12, 23, '2024-05-21', 4.5, 'Holiday event');
INSERT INTO Shifts VALUES (7, 15, 15, '2024-06-19', 4.5, NULL);
INSERT INTO Shifts VALUES (8, 3, 15, '2024-08-02', 4.5, 'Training shift');
INSERT INTO Shifts VALUES (9, 22, 25, '2024-07-24', 6.0, 'Training shift');
INSERT INTO Shifts VALUES (10, 14, 27, '2024-03-07', 8.0, NULL);
INSERT INTO Shifts VALUES (11, 22, 14, '2024-05-07', 3.5, 'Training shift');
INSERT INTO Shifts VALUES (12, 18, 15, '2024-12-22', 4.5, NULL);
INSERT INTO Shifts VALUES (13, 26, 21, '2024-02-24', 8.0, 'Training shift');
INSERT INTO Shifts VALUES (14, 13, 16, '2024-11-18', 3.5, NULL);
INSERT INTO Shifts VALUES (15, 9, 5, '2024-12-02', 5.0, 'Training shift');
INSERT INTO Shifts VALUES (16, 23, 25, '2024-11-12', 4.0, NULL);
INSERT INTO Shifts VALUES (17, 10, 13, '2024-10-15', 3.0, 'Training shift');
INSERT INTO Shifts VALUES (18, 17, 19, '2024-10-09', 5.0, NULL);
INSERT INTO Shifts VALUES (19, 14, 13, '2024-10-28', 2.5, NULL);
INSERT INTO Shifts VALUES (20, 10, 9, '2024-01-26', 3.0, 'Evening shift');
INSERT INTO Shifts VALUES (21, 21, 27, '2024-09-10', 2.0, NULL);
INSERT INTO Shifts VALUES (22, 22, 3, '2024-03-03', 3.0, 'Covered for absent volunteer');
INSERT INTO Shifts VALUES (23, 20, 14, '2024-12-17', 6.0, NULL);
INSERT INTO Shifts VALUES (24, 19, 3, '2024-05-05', 3.5, NULL);
INSERT INTO Shifts VALUES (25, 3, 13, '2024-02-07', 5.0, 'Evening shift');
INSERT INTO Shifts VALUES (26, 1, 7, '2024-12-04', 8.0, NULL);
INSERT INTO Shifts VALUES (27, 18, 10, '2024-03-12', 5.0, 'Evening shift');
INSERT INTO Shifts VALUES (28, 9, 17, '2024-06-27', 3.5, NULL);
INSERT INTO Shifts VALUES (29, 12, 25, '2024-10-02', 2.0, NULL);
INSERT INTO Shifts VALUES (30, 15, 26, '2024-09-26', 2.0, NULL);
INSERT INTO Shifts VALUES (31, 25, 12, '2024-02-27', 5.0, 'Holiday event');
INSERT INTO Shifts VALUES (32, 2, 22, '2024-11-09', 8.0, 'Covered for absent volunteer');
INSERT INTO Shifts VALUES (33, 17, 27, '2024-11-04', 3.0, 'Covered for absent volunteer');
INSERT INTO Shifts VALUES (34, 21, 23, '2024-07-26', 8.0, NULL);
INSERT INTO Shifts VALUES (35, 12, 19, '2024-02-10', 3.5, NULL);
INSERT INTO Shifts VALUES (36, 14, 4, '2024-07-03', 8.0, NULL);
INSERT INTO Shifts VALUES (37, 24, 22, '2024-05-20', 2.5, NULL);
INSERT INTO Shifts VALUES (38, 20, 23, '2024-06-28', 4.0, NULL);
INSERT INTO Shifts VALUES (39, 20, 9, '2024-01-22', 3.5, 'Covered for absent volunteer');
INSERT INTO Shifts VALUES (40, 18, 11, '2024-01-06', 4.0, 'Holiday event');
INSERT INTO Referrals VALUES (1, 18, 16, '2023-08-08');
INSERT INTO Referrals VALUES (2, 21, 29, '2021-12-04');
INSERT INTO Referrals VALUES (3, 3, 23, '2020-12-09');
INSERT INTO Referrals VALUES (4, 12, 15, '2023-01-14');
INSERT INTO Referrals VALUES (5, 21, 9, '2020-03-02');
INSERT INTO Referrals VALUES (6, 3, 28, '2018-09-18');
INSERT INTO Referrals VALUES (7, 4, 30, '2020-12-06');
INSERT INTO Referrals VALUES (8, 3, 18, '2021-07-01');
INSERT INTO Referrals VALUES (9, 5, 4, '2020-09-26');
INSERT INTO Referrals VALUES (10, 12, 32, '2022-01-23');
INSERT INTO Referrals VALUES (11, 3, 13, '2017-12-23');
INSERT INTO Referrals VALUES (12, 6, 12, '2020-07-24');
INSERT INTO Referrals VALUES (13, 1, 17, '2020-07-22');
INSERT INTO Referrals VALUES (14, 5, 2, '2022-04-27');
INSERT INTO Referrals VALUES (15, 6, 10, '2022-11-20');
INSERT INTO Referrals VALUES (16, 5, 8, '2022-06-23');
