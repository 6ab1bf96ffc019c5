PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Studio (
    StudioID INTEGER PRIMARY KEY,
    studio_nm TEXT NOT NULL,
    city TEXT,
    addr TEXT,
    opened TEXT,
    flagship CHAR(1)
);

CREATE TABLE Ref_Clay_Body_Codes (
    clay_cd CHAR(3) PRIMARY KEY,
    clay_desc TEXT,
    cone_range TEXT,
    shrink_pct REAL,
    food_safe CHAR(1)
);

CREATE TABLE kilns (
    kiln_id INTEGER PRIMARY KEY,
    kiln_name TEXT,
    home_studio INTEGER NOT NULL,
    fuel CHAR(1),
    max_temp INTEGER,
    cap_cuft TEXT,
    install_yr INTEGER,
    lent_to INTEGER,
    loan_start TEXT,
    FOREIGN KEY (home_studio) REFERENCES Studio(StudioID),
    FOREIGN KEY (lent_to) REFERENCES Studio(StudioID)
);

CREATE TABLE Potters (
    potter_id INTEGER PRIMARY KEY,
    p_fname TEXT,
    p_lname TEXT,
    Mentor INTEGER,
    base_studio INTEGER,
    hire_dt TEXT,
    hr_rate REAL,
    fav_clay CHAR(3),
    is_ft CHAR(1),
    FOREIGN KEY (Mentor) REFERENCES Potters(potter_id),
    FOREIGN KEY (base_studio) REFERENCES Studio(StudioID),
    FOREIGN KEY (fav_clay) REFERENCES Ref_Clay_Body_Codes(clay_cd)
);

CREATE TABLE student_info (
    stu_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    city TEXT,
    birth_yr INTEGER,
    email TEXT,
    member_flg CHAR(1)
);

CREATE TABLE PotteryClass (
    ClassID INTEGER PRIMARY KEY,
    ClassName TEXT,
    InstructorID INTEGER,
    StudioNo INTEGER,
    ClayCd CHAR(3),
    Lvl CHAR(1),
    StartDt TEXT,
    NumWeeks INTEGER,
    Fee TEXT,
    MaxSeats INTEGER
);

CREATE TABLE class_enrolments (
    stu_id INTEGER NOT NULL,
    ClassID INTEGER NOT NULL,
    enrol_date TEXT,
    amt_paid REAL,
    status CHAR(1),
    PRIMARY KEY (stu_id, ClassID),
    FOREIGN KEY (stu_id) REFERENCES student_info(stu_id),
    FOREIGN KEY (ClassID) REFERENCES PotteryClass(ClassID)
);

CREATE TABLE FiringLog (
    FiringNo INTEGER PRIMARY KEY,
    KilnID INTEGER,
    fire_dt TEXT,
    peak_temp INTEGER,
    cone TEXT,
    atmos TEXT,
    fired_by INTEGER
);

CREATE TABLE pieces (
    piece_id INTEGER PRIMARY KEY,
    title TEXT,
    maker INTEGER NOT NULL,
    firing INTEGER,
    clay CHAR(3),
    wt_g INTEGER,
    glazed CHAR(1),
    made_dt TEXT,
    FOREIGN KEY (maker) REFERENCES student_info(stu_id),
    FOREIGN KEY (firing) REFERENCES FiringLog(FiringNo),
    FOREIGN KEY (clay) REFERENCES Ref_Clay_Body_Codes(clay_cd)
);
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (1, 'Clay Commons Pearl', 'Portland', '1120 NW Glisan St', '2009-04-18', 'Y');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (2, 'Wheelhouse Alberta', 'Portland', '2815 NE Alberta St', '2014-09-02', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (3, 'Muddy Hands Ballard', 'Seattle', '5420 Ballard Ave NW', '2011-06-11', 'Y');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (4, 'Kiln and Co Capitol Hill', 'Seattle', '1509 E Pine St', '2017-03-25', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (5, 'Austin Earthworks', 'Austin', '900 E 6th St', '2012-10-07', 'Y');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (6, 'South Congress Clay', 'Austin', '2304 S Congress Ave', '2019-01-14', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (7, 'Front Range Pottery', 'Denver', '3350 Brighton Blvd', '2010-08-30', 'Y');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (8, 'Blue Ridge Clayworks', 'Asheville', '66 Clingman Ave', '2013-05-20', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (9, 'Canyon Road Ceramics', 'Santa Fe', '712 Canyon Rd', '2008-11-03', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (10, 'Northeast Clay Lab', 'Minneapolis', '1229 Tyler St NE', '2016-02-22', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (11, 'Back Bay Pottery', 'Boston', '301 Newbury St', '2015-07-09', 'Y');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (12, 'Somerville Kilnworks', 'Boston', '44 Union Sq', '2020-09-15', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (13, 'Logan Square Clay', 'Chicago', '2630 N Milwaukee Ave', '2018-04-01', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (14, 'River Street Ceramics', 'Savannah', '112 E River St', '2021-03-19', 'N');
INSERT INTO Studio (StudioID, studio_nm, city, addr, opened, flagship) VALUES (15, 'Highlands Clay Studio', 'Denver', '3601 W 32nd Ave', '2022-06-06', 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('STW', 'Stoneware', '5-10', 12.0, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('PRC', 'Porcelain', '6-10', 14.5, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('ERW', 'Earthenware', '06-04', 6.5, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('RKU', 'Raku', '010-06', 5.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('TRC', 'Terracotta', '06-02', 7.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('PPC', 'Paper Clay', '04-6', 9.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('BCH', 'Bone China', '6-8', 15.5, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('SCL', 'Sculpture Clay', '04-10', 8.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('FLW', 'Flameware', '10-11', 10.0, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('MCA', 'Micaceous Clay', '010-04', 4.5, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('BLK', 'Black Clay', '5-6', 11.5, 'Y');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('WLD', 'Wild Clay', NULL, NULL, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('KAO', 'Kaolin', '10-12', 16.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('EGY', 'Egyptian Paste', '08-06', 3.0, 'N');
INSERT INTO Ref_Clay_Body_Codes (clay_cd, clay_desc, cone_range, shrink_pct, food_safe) VALUES ('GRG', 'Grogged Buff', '4-10', 10.5, 'Y');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (1, 'Skutt KM-1027 #1', 1, 'E', 1285, '7', 2012, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (2, 'Bailey Downdraft', 1, 'G', 1305, '18', 2010, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (3, 'Skutt KM-1227', 2, 'E', 1290, '10', 2015, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (4, 'L&L Easy-Fire', 2, 'E', 1260, '4.5', 2019, 4, '2024-02-10');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (5, 'Big Bertha', 3, 'G', 1315, '24', 2011, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (6, 'Paragon TnF-27', 3, 'E', 1287, '7.5', 2016, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (7, 'Ballard Raku Barrel', 3, 'G', 1010, '3', 2018, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (8, 'Olympic 2827', 4, 'E', 1275, '7', 2017, 3, '2024-04-20');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (9, 'Geil DL-12', 5, 'G', 1310, '12', 2013, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (10, 'Skutt KM-1027 #2', 5, 'E', 1280, '7', 2014, 6, '2023-11-01');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (11, 'Cone Art BX3036', 6, 'E', 1295, '9.5', 2019, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (12, 'Anagama Dragon', 7, 'W', 1345, '120', 2012, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (13, 'Front Range Car Kiln', 7, 'G', 1320, '40', 2015, 15, '2023-06-15');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (14, 'Skutt KM-818', 7, 'E', 1265, '2.5', 2020, 15, '2024-01-08');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (15, 'Blue Ridge Groundhog', 8, 'W', 1330, '60', 2014, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (16, 'Paragon Dragon 24', 8, 'E', 1292, '7', 2016, 10, '2024-03-02');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (17, 'Canyon Road Soda Kiln', 9, 'G', 1325, '30', 2009, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (18, 'Northeast Test Kiln', 10, 'E', 1250, '1.5', 2017, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (19, 'Back Bay Shuttle', 11, 'G', 1312, '16', 2015, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (20, 'Bailey Front Loader', 11, 'E', 1288, '8', 2018, 12, '2023-09-20');
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (21, 'Somerville Skutt', 12, 'E', 1278, '7', 2020, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (22, 'Logan Square Electric', 13, 'E', 1270, '10', 2018, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (23, 'River Street Raku', 14, 'G', 1000, '3.5', 2021, NULL, NULL);
INSERT INTO kilns (kiln_id, kiln_name, home_studio, fuel, max_temp, cap_cuft, install_yr, lent_to, loan_start) VALUES (24, 'Highlands Skutt', 15, 'E', 1282, '7', 2022, NULL, NULL);
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (1, 'Hana', 'Sato', NULL, 1, '2009-05-01', 58.0, 'PRC', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (2, 'Walter', 'Brennan', NULL, 7, '2010-09-15', 55.5, 'STW', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (3, 'Lucia', 'Ortega', 1, 3, '2011-07-01', 49.0, 'STW', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (4, 'Marcus', 'Greene', 2, 5, '2012-11-12', 47.5, 'GRG', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (5, 'Ingrid', 'Halvorsen', 1, 1, '2013-02-04', 45.0, 'BCH', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (6, 'Dev', 'Malhotra', 2, 8, '2013-06-17', 44.0, 'FLW', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (7, 'Rosa', 'Delgado', 2, 9, '2014-01-20', 46.5, 'MCA', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (8, 'Tomas', 'Novak', 3, 2, '2014-10-06', 41.0, 'STW', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (9, 'Aiko', 'Fujimoto', 1, 3, '2015-03-09', 43.5, 'PRC', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (10, 'Ben', 'Okafor', 4, 11, '2015-08-24', 42.0, 'TRC', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (11, 'Claire', 'Dumont', 5, 11, '2016-04-11', 40.5, 'PRC', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (12, 'Jonah', 'Lindqvist', 3, 10, '2016-09-19', 38.0, 'PPC', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (13, 'Priya', 'Raman', 4, 6, '2017-05-08', 39.5, 'BLK', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (14, 'Sam', 'Whitfield', 2, 7, '2018-01-15', 37.0, 'RKU', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (15, 'Nadia', 'Petrova', 9, 4, '2018-07-30', 36.5, 'SCL', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (16, 'Felix', 'Andersen', 7, 13, '2019-02-25', 35.0, 'ERW', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (17, 'Grace', 'Kim', 3, 3, '2019-10-07', 34.0, 'STW', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (18, 'Oscar', 'Mendez', 4, 14, '2020-06-01', 33.5, 'RKU', 'Y');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (19, 'Leah', 'Goldberg', 11, 12, '2021-01-18', 32.0, 'PRC', 'N');
INSERT INTO Potters (potter_id, p_fname, p_lname, Mentor, base_studio, hire_dt, hr_rate, fav_clay, is_ft) VALUES (20, 'Ravi', 'Subramanian', 2, 15, '2022-08-22', 31.5, 'WLD', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (1, 'Ruby', 'Turner', 'Seattle', 1997, 'ruby.turner96@gmail.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (2, 'Scarlett', 'Chen', 'Boulder', 1974, NULL, 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (3, 'Omar', 'Diaz', 'Chicago', 1967, 'omar.diaz30@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (4, 'Felipe', 'Diaz', 'Boulder', 1958, 'felipe.diaz4@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (5, 'Lily', 'Murphy', 'Portland', 1974, 'lily.murphy39@outlook.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (6, 'Isaac', 'Young', 'Denver', 1972, 'isaac.young17@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (7, 'Sophia', 'Young', 'Austin', 1984, 'sophia.young7@outlook.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (8, 'Lucas', 'Ito', 'Tacoma', 1972, 'lucas.ito80@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (9, 'Amelia', 'Xu', 'Boulder', 1976, 'amelia.xu24@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (10, 'Emma', 'Baker', 'Savannah', 1980, 'emma.baker96@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (11, 'Ezra', 'Bishop', 'Santa Fe', 1977, 'ezra.bishop45@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (12, 'Adrian', 'Anderson', 'Seattle', 1978, 'adrian.anderson18@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (13, 'Theo', 'Garcia', 'Asheville', 1979, 'theo.garcia17@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (14, 'Chloe', 'Khan', 'Denver', 1974, NULL, 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (15, 'Mia', 'Abbott', 'Boston', 1975, 'mia.abbott53@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (16, 'Owen', 'Vargas', 'Seattle', 2005, 'owen.vargas66@outlook.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (17, 'Ella', 'Xu', 'Denver', 2000, 'ella.xu58@gmail.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (18, 'Mason', 'Xu', 'Vancouver', 1970, 'mason.xu42@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (19, 'Noah', 'Jensen', 'Minneapolis', 1972, NULL, 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (20, 'Reza', 'Bishop', 'Boston', 2008, 'reza.bishop76@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (21, 'Ava', 'Diaz', 'Portland', 1994, 'ava.diaz98@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (22, 'Paloma', 'Diaz', 'Asheville', 1967, 'paloma.diaz6@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (23, 'Mateo', 'Jensen', 'Portland', 1962, 'mateo.jensen95@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (24, 'James', 'Reyes', 'Seattle', 1995, 'james.reyes39@gmail.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (25, 'Clara', 'Carter', 'Seattle', 1958, 'clara.carter93@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (26, 'Signe', 'Vargas', 'Asheville', 1962, NULL, 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (27, 'Vera', 'Vargas', 'Chicago', 1963, 'vera.vargas92@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (28, 'Zoe', 'Schmidt', 'Seattle', 1959, 'zoe.schmidt82@yahoo.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (29, 'Abigail', 'Carter', 'Denver', 1994, 'abigail.carter3@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (30, 'Arjun', 'Turner', 'Vancouver', 1958, 'arjun.turner78@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (31, 'Ethan', 'Foster', 'Minneapolis', 2007, 'ethan.foster89@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (32, 'Elijah', 'Schmidt', 'Tacoma', 1969, 'elijah.schmidt93@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (33, 'Maya', 'Baker', 'Boulder', 1983, 'maya.baker50@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (34, 'Jackson', 'Xu', 'Savannah', 1961, 'jackson.xu43@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (35, 'Jasper', 'Turner', 'Minneapolis', 2003, 'jasper.turner5@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (36, 'Kofi', 'Xu', 'Denver', 1997, 'kofi.xu59@gmail.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (37, 'Wyatt', 'Patel', 'Seattle', 1993, 'wyatt.patel34@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (38, 'Simon', 'Olsen', 'Boulder', 1981, 'simon.olsen52@gmail.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (39, 'Hazel', 'Zimmerman', 'Asheville', 1958, 'hazel.zimmerman87@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (40, 'Isabella', 'Bishop', 'Minneapolis', 1984, NULL, 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (41, 'Olivia', 'Diaz', 'Minneapolis', 1974, 'olivia.diaz46@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (42, 'Leila', 'Usman', 'Asheville', 1980, 'leila.usman64@proton.me', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (43, 'Julian', 'Foster', 'Portland', 1989, 'julian.foster25@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (44, 'Caleb', 'Lopez', 'Savannah', 1995, 'caleb.lopez45@yahoo.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (45, 'Naomi', 'Foster', 'Tacoma', 1985, 'naomi.foster86@outlook.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (46, 'Iris', 'Quinn', 'Denver', 2000, 'iris.quinn14@yahoo.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (47, 'Logan', 'Ito', 'Minneapolis', 1995, 'logan.ito71@gmail.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (48, 'Freya', 'Lopez', 'Denver', 1966, 'freya.lopez94@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (49, 'Evelyn', 'Foster', 'Chicago', 1985, 'evelyn.foster68@yahoo.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (50, 'Diego', 'Abbott', 'Boston', 2001, 'diego.abbott92@yahoo.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (51, 'Harper', 'Foster', 'Austin', 1984, 'harper.foster14@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (52, 'Liam', 'Bishop', 'Santa Fe', 1993, 'liam.bishop79@yahoo.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (53, 'Tessa', 'Patel', 'Boston', 1997, 'tessa.patel86@gmail.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (54, 'Aiden', 'Murphy', 'Minneapolis', 1979, 'aiden.murphy81@outlook.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (55, 'Stella', 'Anderson', 'Asheville', 1997, 'stella.anderson18@gmail.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (56, 'Yuki', 'Bishop', 'Boston', 1976, 'yuki.bishop10@gmail.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (57, 'Miles', 'Jensen', 'Boston', 1996, 'miles.jensen84@gmail.com', 'Y');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (58, 'Declan', 'Baker', 'Austin', 1997, 'declan.baker11@proton.me', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (59, 'Nora', 'Young', 'Seattle', 1977, 'nora.young21@outlook.com', 'N');
INSERT INTO student_info (stu_id, fname, lname, city, birth_yr, email, member_flg) VALUES (60, 'Henry', 'Jensen', 'Tacoma', 1959, 'henry.jensen90@yahoo.com', 'Y');
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (1, 'Wheel Throwing I', 9, 3, 'GRG', 'B', '2023-05-22', 8, '270.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (2, 'Wheel Throwing II', 17, 3, 'GRG', 'I', '2023-05-20', 4, '280.00', 8);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (3, 'Hand Building Basics', 6, 8, 'GRG', 'B', '2023-03-12', 6, '210.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (4, 'Raku Workshop', 14, 7, 'RKU', 'I', '2023-12-03', 8, '345.00', 10);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (5, 'Glaze Chemistry', 3, 3, 'BLK', 'A', '2024-03-31', 10, '395.00', 6);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (6, 'Porcelain Forms', 10, 11, 'PRC', 'A', '2024-08-18', 6, '405.00', 10);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (7, 'Sculptural Ceramics', 18, 14, 'SCL', 'I', '2024-05-19', 8, '385.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (8, 'Wood Firing Intensive', 7, 9, 'STW', 'A', '2024-08-18', 6, '640.00', 14);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (9, 'Surface Decoration', 15, 4, 'PRC', 'I', '2023-01-20', 8, '385.00', 10);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (10, 'Teapots and Lidded Jars', 4, 5, 'STW', 'A', '2024-05-21', 6, '405.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (11, 'Date Night Pottery', 11, 11, 'GRG', 'B', '2024-08-11', 10, '95', 6);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (12, 'Kids Clay Camp', 20, 15, 'ERW', 'B', '2023-05-15', 8, '310.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (13, 'Soda Firing Lab', 8, 2, 'GRG', 'A', '2023-07-21', 6, '395.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (14, 'Mugs and Handles', 16, 14, 'GRG', 'I', '2023-11-03', 6, '320.00', 14);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (15, 'Altered Forms', 5, 1, 'GRG', 'A', '2024-06-13', 10, '475.00', 6);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (16, 'Slip Casting', 13, 6, 'PRC', 'I', '2023-05-19', 8, '305.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (17, 'Pit Firing', 1, 1, 'TRC', 'I', '2023-08-02', 8, '345.00', 8);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (18, 'Tile Making', 9, 10, 'STW', 'B', '2023-03-03', 8, '320.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (19, 'Wheel Throwing I', 17, 1, 'PRC', 'B', '2024-08-17', 4, '255.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (20, 'Wheel Throwing II', 6, 5, 'GRG', 'I', '2023-01-14', 10, '365.00', 10);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (21, 'Hand Building Basics', 14, 7, 'STW', 'B', '2024-06-13', 6, '250.00', 10);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (22, 'Raku Workshop', 3, 3, 'RKU', 'I', '2023-06-15', 1, '270.00', 8);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (23, 'Glaze Chemistry', 10, 11, 'PRC', 'A', '2023-02-08', 4, '395.00', 6);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (24, 'Porcelain Forms', 18, 14, 'PRC', 'A', '2023-02-09', 10, '420.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (25, 'Sculptural Ceramics', 7, 10, 'SCL', 'I', '2023-06-14', 8, '325.00', 6);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (26, 'Wood Firing Intensive', 7, 9, 'STW', 'A', '2023-07-10', 6, '400.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (27, 'Surface Decoration', 4, 5, 'PRC', 'I', '2023-07-25', 8, '300.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (28, 'Teapots and Lidded Jars', 11, 11, 'BLK', 'A', '2023-03-05', 8, '445.00', 12);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (29, 'Date Night Pottery', 20, 15, 'PRC', 'B', '2024-06-25', 1, '210.00', 14);
INSERT INTO PotteryClass (ClassID, ClassName, InstructorID, StudioNo, ClayCd, Lvl, StartDt, NumWeeks, Fee, MaxSeats) VALUES (30, 'Kids Clay Camp', 8, 2, 'ERW', 'B', '2024-04-29', 10, '305.00', 6);
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (1, 5, '2024-03-15', 197.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (1, 16, '2023-04-12', 152.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (2, 28, '2023-02-17', 445.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (3, 17, '2023-07-06', 345.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (3, 23, '2023-01-08', 395.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (3, 26, '2023-06-04', 400.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (4, 11, '2024-08-05', 95.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (4, 21, '2024-06-11', 250.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (4, 26, '2023-06-25', 200.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (5, 4, '2023-11-09', 172.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (5, 11, '2024-07-03', 95.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (5, 16, '2023-04-19', 305.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (6, 28, '2023-01-29', 445.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (8, 20, '2022-12-10', 365.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (9, 9, '2022-12-28', 346.5, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (9, 14, '2023-09-30', 288.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (10, 3, '2023-02-24', 210.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (10, 21, '2024-05-23', 250.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (11, 9, '2023-01-14', 385.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 3, '2023-02-11', 210.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 9, '2022-12-14', 192.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 13, '2023-06-24', 197.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 14, '2023-10-20', 320.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 22, '2023-06-11', 270.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (12, 27, '2023-07-21', 150.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (13, 15, '2024-05-24', 475.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (14, 16, '2023-04-10', 305.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (15, 8, '2024-08-12', 320.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (15, 19, '2024-08-15', 255.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (16, 2, '2023-04-30', 280.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (16, 10, '2024-05-08', 405.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (16, 27, '2023-07-09', 300.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (17, 11, '2024-07-22', 47.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (17, 13, '2023-07-17', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (18, 2, '2023-05-16', 252.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (18, 4, '2023-10-25', 310.5, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (20, 2, '2023-04-20', 280.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (20, 11, '2024-07-21', 47.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (20, 25, '2023-05-11', 325.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (21, 6, '2024-07-25', 202.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (21, 18, '2023-02-03', 160.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (22, 3, '2023-03-01', 210.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (22, 12, '2023-04-07', 155.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (22, 13, '2023-07-10', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (23, 10, '2024-05-09', 202.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (24, 12, '2023-05-04', 310.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (24, 22, '2023-05-08', 270.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (24, 29, '2024-06-17', NULL, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (25, 14, '2023-10-27', 320.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (25, 18, '2023-02-23', 320.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (26, 21, '2024-06-10', 250.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 1, '2023-04-21', 243.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 5, '2024-03-21', 355.5, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 17, '2023-07-26', 310.5, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 18, '2023-02-16', 288.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 25, '2023-06-06', 292.5, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (27, 29, '2024-06-18', 189.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (28, 5, '2024-03-06', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (28, 15, '2024-05-16', 237.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (28, 20, '2023-01-02', NULL, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (29, 22, '2023-06-01', 270.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (30, 14, '2023-10-15', 320.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (30, 25, '2023-05-09', 325.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (31, 5, '2024-03-19', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (31, 25, '2023-06-03', 325.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (32, 2, '2023-04-23', 280.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (32, 22, '2023-06-08', 270.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (34, 20, '2022-12-23', 365.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (34, 27, '2023-06-22', 300.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (35, 12, '2023-04-14', 310.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (35, 16, '2023-04-29', 305.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (36, 15, '2024-05-10', 213.75, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (37, 8, '2024-08-06', 640.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (38, 1, '2023-04-25', 135.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (38, 26, '2023-07-06', 400.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (39, 5, '2024-02-27', 197.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (39, 23, '2023-01-20', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (40, 9, '2022-12-24', 385.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (40, 13, '2023-06-22', 395.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (41, 5, '2024-03-17', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (41, 10, '2024-05-14', 405.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (41, 11, '2024-07-16', 47.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (41, 17, '2023-07-04', 345.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (41, 22, '2023-05-10', 270.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (42, 2, '2023-04-16', 280.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (42, 23, '2023-01-07', 395.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (42, 25, '2023-05-20', 325.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (43, 19, '2024-07-30', 255.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (44, 7, '2024-04-28', 385.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (45, 8, '2024-07-17', 288.0, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (47, 14, '2023-10-08', 320.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (47, 16, '2023-05-16', 305.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (48, 3, '2023-02-09', 210.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (49, 9, '2023-01-15', 192.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (50, 5, '2024-03-29', 395.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (50, 10, '2024-04-17', 405.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (50, 20, '2022-12-17', 365.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (51, 16, '2023-04-26', 305.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (51, 29, '2024-05-24', 210.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (52, 3, '2023-02-15', 210.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (52, 7, '2024-04-10', 385.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (53, 15, '2024-05-12', 237.5, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (54, 20, '2023-01-02', 164.25, 'W');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (54, 27, '2023-07-02', NULL, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (55, 1, '2023-04-21', 270.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (56, 10, '2024-04-24', 405.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (56, 22, '2023-06-11', 270.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (57, 14, '2023-09-30', 320.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (57, 30, '2024-03-30', 305.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (59, 4, '2023-10-27', 345.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (59, 9, '2022-12-28', 385.0, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (60, 20, '2022-12-16', NULL, 'A');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (60, 27, '2023-06-23', 300.0, 'C');
INSERT INTO class_enrolments (stu_id, ClassID, enrol_date, amt_paid, status) VALUES (60, 30, '2024-04-25', 305.0, 'C');
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (1, 9, '2023-02-14', 1225, '6', 'RED', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (2, 1, '2023-02-19', 1222, '6', 'OX', 5);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (3, 9, '2023-02-20', 1256, '6', 'RED', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (4, 20, '2023-02-27', 1221, '6', 'OX', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (5, 6, '2023-03-05', 1228, '6', 'OX', 3);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (6, 15, '2023-03-16', 1231, '6', 'OX', 6);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (7, 7, '2023-03-29', 984, '06', 'OX', 17);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (8, 9, '2023-04-03', 1299, '10', 'RED', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (9, 19, '2023-04-09', 1305, '10', 'RED', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (10, 6, '2023-04-15', 1249, '6', 'OX', 9);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (11, 20, '2023-05-01', 1039, '04', 'OX', 10);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (12, 20, '2023-05-14', 1219, '6', 'OX', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (13, 12, '2023-06-09', 998, '04', 'OX', 14);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (14, 9, '2023-06-10', 1251, '6', 'RED', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (15, 11, '2023-07-15', 1289, '10', 'OX', 13);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (16, 19, '2023-07-20', 1232, '6', 'RED', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (17, 20, '2023-07-28', 1064, '04', 'OX', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (18, 1, '2023-08-12', 1054, '04', 'OX', 1);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (19, 19, '2023-08-23', 1062, '04', 'OX', 11);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (20, 3, '2023-08-29', 1282, '10', 'OX', 8);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (21, 7, '2023-10-13', 973, '010', 'OX', 17);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (22, 9, '2023-10-25', 1013, '04', 'OX', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (23, 22, '2023-11-16', 1216, '6', 'OX', 16);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (24, 18, '2023-12-03', 1002, '04', 'OX', 12);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (25, 1, '2023-12-15', 1025, '04', 'OX', 1);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (26, 24, '2023-12-25', 1229, '6', 'OX', 20);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (27, 22, '2023-12-31', 1252, '6', 'OX', 16);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (28, 11, '2024-01-14', 1238, '6', 'OX', 13);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (29, 5, '2024-02-07', 1247, '6', 'RED', 3);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (30, 22, '2024-03-04', 1241, '6', 'OX', 16);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (31, 11, '2024-04-06', 1219, '6', 'OX', 13);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (32, 13, '2024-04-17', 1047, '04', 'OX', 20);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (33, 5, '2024-04-17', 999, '04', 'OX', 9);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (34, 9, '2024-04-26', 1218, '6', 'RED', 4);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (35, 1, '2024-05-07', 1251, '6', 'OX', 1);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (36, 14, '2024-06-03', 1245, '6', 'OX', 20);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (37, 8, '2024-06-21', 1236, '6', 'OX', 9);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (38, 1, '2024-06-25', 1071, '02', 'OX', 1);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (39, 12, '2024-07-02', 1240, '6', 'RED', 14);
INSERT INTO FiringLog (FiringNo, KilnID, fire_dt, peak_temp, cone, atmos, fired_by) VALUES (40, 24, '2024-08-11', 1273, '10', 'OX', 20);
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (1, 'Tile set', 38, 1, 'PRC', 1616, 'N', '2023-01-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (2, 'Yunomi', 36, 26, 'BLK', 493, 'Y', '2023-12-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (3, 'Tea bowl', 9, 22, 'STW', 730, 'Y', '2023-09-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (4, 'Sake cup', 9, 22, 'PRC', 357, 'Y', '2023-09-19');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (5, 'Vase', 40, 19, 'TRC', 1888, 'Y', '2023-07-20');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (6, 'Cereal bowl', 4, 26, 'STW', 1882, 'Y', '2023-12-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (7, 'Yunomi', 9, 37, 'STW', 2263, 'N', '2024-05-28');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (8, 'Yunomi', 58, 40, 'STW', 1171, 'Y', '2024-07-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (9, 'Butter dish', 12, 23, 'BLK', 1700, 'Y', '2023-11-08');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (10, 'Vase', 50, 40, 'STW', 712, 'Y', '2024-08-04');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (11, 'Yunomi', 46, 32, 'PPC', 1135, 'Y', '2024-03-23');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (12, 'Vase', 35, 26, 'BCH', 397, 'Y', '2023-12-09');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (13, 'Sake cup', 44, 6, 'STW', 308, 'Y', '2023-02-24');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (14, 'Moon jar', 27, 38, 'STW', 3932, 'N', '2024-05-31');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (15, 'Lidded jar', 46, 4, 'GRG', 1737, 'Y', '2023-01-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (16, 'Lidded jar', 7, 26, 'PRC', 2266, 'N', '2023-12-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (17, 'Sculpture', 41, 34, 'STW', 2594, 'N', '2024-03-15');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (18, 'Plate', 4, 20, 'STW', 1221, 'Y', '2023-07-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (19, 'Spoon rest', 37, 14, 'RKU', 152, 'Y', '2023-05-29');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (20, 'Teapot', 50, 6, 'GRG', 527, 'N', '2023-03-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (21, 'Spoon rest', 7, 14, 'STW', 313, 'N', '2023-05-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (22, 'Cereal bowl', 9, 1, 'STW', 1474, 'Y', '2023-01-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (23, 'Butter dish', 44, 36, 'STW', 1374, 'N', '2024-04-25');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (24, 'Yunomi', 59, 20, 'PRC', 2342, 'Y', '2023-08-14');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (25, 'Teapot', 37, 31, 'STW', 922, 'N', '2024-03-12');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (26, 'Yunomi', 33, 5, 'ERW', 1247, 'Y', '2023-02-01');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (27, 'Sculpture', 51, 27, 'STW', 3101, 'N', '2023-11-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (28, 'Mug', 15, 18, 'PPC', 1322, 'N', '2023-07-13');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (29, 'Moon jar', 38, 38, 'ERW', 2504, 'Y', '2024-06-12');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (30, 'Bud vase', 9, 34, 'RKU', 126, 'N', '2024-04-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (31, 'Spoon rest', 10, 12, 'GRG', 281, 'Y', '2023-05-06');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (32, 'Vase', 37, NULL, 'BLK', 2054, 'N', '2024-07-26');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (33, 'Cereal bowl', 4, 3, 'TRC', 1420, 'N', '2023-01-09');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (34, 'Vase', 44, NULL, 'PRC', 2014, 'N', '2024-08-29');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (35, 'Candle holder', 32, 7, 'RKU', 1145, 'N', '2023-02-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (36, 'Yunomi', 40, 1, 'GRG', 930, 'Y', '2023-01-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (37, 'Sake cup', 21, 37, 'STW', 292, 'N', '2024-05-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (38, 'Casserole', 11, 33, 'BLK', 2717, 'N', '2024-03-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (39, 'Moon jar', 10, 35, 'PRC', 2126, 'Y', '2024-03-23');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (40, 'Yunomi', 60, 10, 'STW', 1530, 'Y', '2023-03-26');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (41, 'Planter', 51, 23, 'STW', 1963, 'Y', '2023-10-28');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (42, 'Vase', 28, 6, 'PRC', 809, 'Y', '2023-02-22');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (43, 'Spoon rest', 47, 10, 'STW', 366, 'Y', '2023-03-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (44, 'Planter', 25, 16, 'PRC', 4665, 'Y', '2023-07-12');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (45, 'Tea bowl', 42, 13, 'PRC', 2351, 'Y', '2023-05-01');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (46, 'Cereal bowl', 56, 7, 'PRC', 2352, 'Y', '2023-03-08');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (47, 'Tile set', 52, 9, 'GRG', 2126, 'Y', '2023-03-31');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (48, 'Bud vase', 9, 27, 'PRC', 224, 'N', '2023-11-16');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (49, 'Moon jar', 17, 23, 'SCL', 1424, 'N', '2023-10-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (50, 'Casserole', 7, 27, 'SCL', 1652, 'N', '2023-12-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (51, 'Bud vase', 34, 10, 'GRG', 146, 'Y', '2023-04-03');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (52, 'Moon jar', 5, 13, 'STW', 1721, 'Y', '2023-05-13');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (53, 'Tea bowl', 29, 20, 'PRC', 1128, 'Y', '2023-08-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (54, 'Tea bowl', 20, 35, 'SCL', 2277, 'Y', '2024-04-28');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (55, 'Vase', 25, 9, 'BLK', 230, 'N', '2023-03-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (56, 'Sake cup', 55, 30, 'STW', 313, 'Y', '2024-02-07');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (57, 'Planter', 1, 28, 'PRC', 2987, 'N', '2023-12-27');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (58, 'Teapot', 17, 26, 'ERW', 1670, 'Y', '2023-11-22');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (59, 'Moon jar', 6, 28, 'STW', 3442, 'Y', '2024-01-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (60, 'Sake cup', 10, 30, 'STW', 398, 'Y', '2024-02-09');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (61, 'Pitcher', 34, NULL, 'STW', 342, 'N', '2024-08-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (62, 'Sculpture', 8, 25, 'GRG', 4065, 'Y', '2023-12-06');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (63, 'Planter', 28, 7, 'STW', 4424, 'N', '2023-03-12');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (64, 'Planter', 60, 11, 'SCL', 2515, 'Y', '2023-04-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (65, 'Teapot', 41, 19, 'STW', 612, 'Y', '2023-07-19');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (66, 'Sculpture', 37, 27, 'STW', 2446, 'N', '2023-11-26');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (67, 'Plate', 4, 34, 'STW', 154, 'Y', '2024-03-22');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (68, 'Tea bowl', 31, 9, 'STW', 2147, 'N', '2023-03-23');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (69, 'Serving platter', 16, NULL, 'PRC', 3348, 'N', '2024-09-14');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (70, 'Plate', 58, 8, 'BCH', 1356, 'Y', '2023-03-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (71, 'Moon jar', 59, 15, 'STW', 1980, 'Y', '2023-07-03');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (72, 'Candle holder', 8, 34, 'PRC', 667, 'N', '2024-03-29');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (73, 'Cereal bowl', 60, 20, 'PRC', 267, 'Y', '2023-08-04');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (74, 'Sculpture', 10, 1, 'STW', 1185, 'N', '2023-01-06');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (75, 'Pitcher', 8, 38, 'PRC', 1612, 'Y', '2024-06-14');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (76, 'Sake cup', 10, 23, 'PRC', 159, 'N', '2023-10-27');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (77, 'Planter', 27, 36, 'RKU', 4299, 'N', '2024-05-18');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (78, 'Candle holder', 13, NULL, 'STW', 845, 'N', '2024-07-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (79, 'Serving platter', 2, 29, 'GRG', 3659, 'Y', '2024-01-22');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (80, 'Sake cup', 44, 7, 'PRC', 272, 'Y', '2023-02-17');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (81, 'Yunomi', 52, 15, 'PPC', 762, 'N', '2023-07-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (82, 'Tea bowl', 40, NULL, 'STW', 1400, 'N', '2024-06-26');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (83, 'Butter dish', 17, 26, 'BCH', 852, 'Y', '2023-12-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (84, 'Sake cup', 35, 18, 'SCL', 346, 'Y', '2023-07-27');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (85, 'Sake cup', 24, 33, 'TRC', 128, 'Y', '2024-03-21');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (86, 'Lidded jar', 29, 37, 'PRC', 612, 'Y', '2024-06-13');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (87, 'Bud vase', 20, 13, 'BLK', 286, 'N', '2023-06-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (88, 'Candle holder', 1, 12, 'BCH', 144, 'Y', '2023-04-11');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (89, 'Plate', 3, 2, 'GRG', 2227, 'N', '2023-01-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (90, 'Pitcher', 4, 22, 'GRG', 1525, 'N', '2023-10-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (91, 'Sake cup', 13, 40, 'GRG', 286, 'Y', '2024-07-06');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (92, 'Candle holder', 38, 2, 'PRC', 445, 'Y', '2023-01-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (93, 'Yunomi', 27, 20, 'STW', 2132, 'Y', '2023-08-23');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (94, 'Moon jar', 10, 31, 'BCH', 3971, 'Y', '2024-03-03');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (95, 'Plate', 20, 22, 'ERW', 902, 'Y', '2023-09-20');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (96, 'Mug', 59, 11, 'PRC', 1690, 'Y', '2023-04-20');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (97, 'Tea bowl', 42, 7, 'TRC', 278, 'N', '2023-03-10');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (98, 'Plate', 27, 15, 'PRC', 959, 'Y', '2023-07-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (99, 'Tea bowl', 7, 9, 'TRC', 980, 'Y', '2023-03-15');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (100, 'Lidded jar', 58, 33, 'STW', 711, 'Y', '2024-04-08');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (101, 'Plate', 50, 40, 'PRC', 1712, 'Y', '2024-07-20');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (102, 'Sake cup', 27, 11, 'PRC', 249, 'Y', '2023-04-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (103, 'Serving platter', 17, 39, 'STW', 4636, 'N', '2024-05-19');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (104, 'Planter', 17, 36, 'PRC', 3246, 'Y', '2024-05-15');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (105, 'Planter', 48, 20, 'STW', 4414, 'Y', '2023-08-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (106, 'Serving platter', 11, 3, 'SCL', 4461, 'N', '2023-02-02');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (107, 'Yunomi', 22, NULL, 'STW', 1559, 'N', '2024-06-30');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (108, 'Lidded jar', 14, 32, 'PRC', 2002, 'Y', '2024-03-13');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (109, 'Lidded jar', 14, 25, 'PRC', 2209, 'Y', '2023-12-05');
INSERT INTO pieces (piece_id, title, maker, firing, clay, wt_g, glazed, made_dt) VALUES (110, 'Lidded jar', 6, 35, 'STW', 1550, 'Y', '2024-04-26');
COMMIT;
