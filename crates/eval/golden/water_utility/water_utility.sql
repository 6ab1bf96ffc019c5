PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE TreatmentPlant (
    PlantID INTEGER PRIMARY KEY,
    PlantName TEXT NOT NULL,
    City TEXT,
    src_type CHAR(1),
    capacity_mld REAL,
    commissioned TEXT,
    PlantMgr TEXT
);
CREATE TABLE pumping_stations (
    stn_id INTEGER PRIMARY KEY,
    stn_name TEXT NOT NULL,
    district TEXT,
    fed_by INTEGER,
    elev_m INTEGER,
    num_pumps INTEGER,
    hp_rating TEXT,
    backup_gen CHAR(1) DEFAULT 'N',
    FOREIGN KEY (fed_by) REFERENCES TreatmentPlant(PlantID)
);
CREATE TABLE PIPE_MAINS (
    MainNo INTEGER PRIMARY KEY,
    from_stn INTEGER,
    to_stn INTEGER,
    diam_mm INTEGER,
    len_km REAL,
    matl VARCHAR(4),
    yr_laid INTEGER,
    status CHAR(1)
);
CREATE TABLE FieldEngineer (
    eng_id INTEGER PRIMARY KEY,
    eng_fname TEXT,
    eng_lname TEXT,
    hire_dt TEXT,
    grade VARCHAR(3),
    Supervisor INTEGER,
    home_stn INTEGER,
    on_call CHAR(1),
    FOREIGN KEY (Supervisor) REFERENCES FieldEngineer(eng_id),
    FOREIGN KEY (home_stn) REFERENCES pumping_stations(stn_id)
);
CREATE TABLE eng_plant_cert (
    eng_id INTEGER,
    PlantID INTEGER,
    cert_dt TEXT,
    cert_lvl CHAR(1),
    PRIMARY KEY (eng_id, PlantID),
    FOREIGN KEY (eng_id) REFERENCES FieldEngineer(eng_id),
    FOREIGN KEY (PlantID) REFERENCES TreatmentPlant(PlantID)
);
CREATE TABLE customer_account (
    acct_no INTEGER PRIMARY KEY,
    cust_fname TEXT,
    cust_lname TEXT,
    svc_addr TEXT,
    city TEXT,
    acct_type CHAR(1),
    open_dt TEXT,
    bal_amt REAL,
    autopay CHAR(1),
    email TEXT
);
CREATE TABLE Meter (
    MeterID INTEGER PRIMARY KEY,
    serial_no TEXT,
    acct_no INTEGER,
    zone_stn INTEGER,
    size_in TEXT,
    mfr TEXT,
    install_dt TEXT,
    is_smart CHAR(1),
    FOREIGN KEY (acct_no) REFERENCES customer_account(acct_no)
);
CREATE TABLE MeterReadings (
    rdg_id INTEGER PRIMARY KEY,
    MeterID INTEGER,
    rdg_date TEXT,
    usage_m3 TEXT,
    read_by INTEGER,
    est_flag CHAR(1)
);
CREATE TABLE leak_reports (
    leak_id INTEGER PRIMARY KEY,
    main_no INTEGER,
    rpt_date TEXT,
    severity CHAR(1),
    reported_by INTEGER,
    assigned_eng INTEGER,
    fixed_dt TEXT,
    est_loss_m3 REAL,
    FOREIGN KEY (main_no) REFERENCES PIPE_MAINS(MainNo),
    FOREIGN KEY (assigned_eng) REFERENCES FieldEngineer(eng_id)
);
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (1, 'Riverton Water Treatment Works', 'Riverton', 'R', 180.0, '1964-05-12', 'Omar Harris');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (2, 'Millbrook WTP', 'Millbrook', 'L', 95.5, '1978-09-01', 'Steven Hernandez');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (3, 'Ashford Road Plant', 'Ashford', 'G', 22.0, '1991-03-18', 'Laura Lewis');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (4, 'Cedar Falls Filtration Plant', 'Cedar Falls', 'R', 140.0, '1983-06-30', 'Michelle Johnson');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (5, 'Lakeside Intake Plant', 'Lakeside', 'L', 120.0, '1972-11-04', 'Mark Thompson');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (6, 'Kingsport Desalination Facility', 'Kingsport', 'D', 60.0, '2012-04-22', 'Omar Rodriguez');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (7, 'Oakridge Wellfield Plant', 'Oakridge', 'G', 18.5, '1999-08-15', NULL);
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (8, 'Brookhaven WTP', 'Brookhaven', 'R', 75.0, '1968-02-27', 'Brian Thompson');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (9, 'Fairview Membrane Plant', 'Fairview', 'L', 48.0, '2008-10-10', 'Omar Miller');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (10, 'Harlow Borehole Station', 'Harlow', 'G', 12.0, '2003-01-20', 'Lisa Rodriguez');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (11, 'North Riverton WTP', 'Riverton', 'R', 66.0, '1995-07-07', 'Maria Anderson');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (12, 'Eastgate Softening Plant', 'Millbrook', 'G', 30.5, '1987-05-05', 'Kevin Smith');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (13, 'Silver Lake Plant', 'Lakeside', 'L', 84.0, '1976-03-14', 'Ashley Thompson');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (14, 'Kingsport Harbour WTP', 'Kingsport', 'D', 41.0, '2017-09-09', 'Donna Young');
INSERT INTO TreatmentPlant (PlantID, PlantName, City, src_type, capacity_mld, commissioned, PlantMgr) VALUES (15, 'Pine Hollow Plant', 'Oakridge', 'G', 9.5, '2011-12-01', NULL);
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (1, 'Hillcrest Pumping Station', 'Kingsport', 14, 224, 5, '100', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (2, 'Bayview Pumping Station', 'Riverton', 4, 301, 6, '100', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (3, 'Summit Pumping Station', 'Riverton', 9, 160, 4, '800', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (4, 'Old Mill Pumping Station', 'Cedar Falls', 11, 17, 4, '500', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (5, 'Quarry Lane Pumping Station', 'Riverton', 8, 139, 4, '200', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (6, 'Greenfield Pumping Station', 'Fairview', 2, 35, 6, '350', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (7, 'Westbrook Pumping Station', 'Millbrook', 4, 146, 2, '250', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (8, 'Northgate Pumping Station', 'Brookhaven', 1, 330, 6, '250', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (9, 'Pinecrest Pumping Station', NULL, 13, 172, 4, '200', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (10, 'Harbor Point Pumping Station', 'Brookhaven', 1, 36, 2, '350', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (11, 'Fox Hollow Pumping Station', 'Cedar Falls', 8, 264, 6, '150', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (12, 'Maple Grove Pumping Station', 'Oakridge', 5, 106, 4, '150', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (13, 'Ridgeway Pumping Station', 'Riverton', 1, 38, 5, '500', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (14, 'Stonebridge Pumping Station', 'Millbrook', 2, 202, 5, '350', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (15, 'Meadowlands Pumping Station', 'Lakeside', 2, 196, 3, '75', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (16, 'Crescent Hill Pumping Station', 'Cedar Falls', 12, 87, 5, '300', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (17, 'Elm Park Pumping Station', 'Harlow', 4, 189, 6, NULL, 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (18, 'Tower Road Pumping Station', 'Oakridge', 1, 52, 6, '250', 'Y');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (19, 'Sandy Creek Pumping Station', 'Oakridge', 3, 255, 6, '650', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (20, 'Granite Ridge Pumping Station', 'Lakeside', 6, 137, 5, '250', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (21, 'Kestrel Heights Pumping Station', NULL, 5, 57, 4, '150', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (22, 'Windmill Pumping Station', 'Fairview', 13, 100, 5, '200', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (23, 'Beacon Hill Pumping Station', 'Kingsport', 11, 110, 5, '800', 'N');
INSERT INTO pumping_stations (stn_id, stn_name, district, fed_by, elev_m, num_pumps, hp_rating, backup_gen) VALUES (24, 'Copper Creek Pumping Station', 'Brookhaven', 7, 138, 2, '75', 'Y');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (101, 12, 19, 200, 4.7, 'STL', 1978, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (102, 14, 17, 150, 8.88, 'DI', 2004, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (103, 1, 2, 400, 4.2, 'AC', 1956, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (104, 24, 23, 600, 6.51, 'CI', 1971, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (105, 13, 2, 900, 8.95, 'DI', 1948, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (106, 11, 5, 250, 1.83, 'STL', 2011, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (107, 12, 9, 250, 3.36, 'AC', 1961, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (108, 20, 9, 150, 6.96, 'STL', 1999, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (109, 22, 23, 200, 9.22, 'AC', 1978, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (110, 10, 6, 300, 7.67, 'HDPE', 2007, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (111, 12, 11, 900, 7.93, 'PVC', 2011, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (112, 4, 3, 900, 13.12, 'CI', 1948, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (113, 18, 14, 600, 0.52, 'PVC', 2004, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (114, 18, 9, 600, 4.44, 'CI', 1951, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (115, 15, 2, 150, 12.02, 'CI', 1977, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (116, 16, 11, 600, 11.13, 'CI', 1957, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (117, 10, 22, 150, 11.27, 'HDPE', 2014, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (118, 11, 17, 900, 7.05, 'DI', 2011, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (119, 12, 16, 400, 1.68, 'HDPE', 2022, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (120, 12, 7, 600, 6.69, 'STL', 1992, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (121, 18, 11, 200, 11.96, 'CI', 2007, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (122, 24, 7, 300, 5.17, 'CI', 1978, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (123, 5, 6, 250, 9.75, 'DI', 1974, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (124, 17, 2, 400, 11.39, 'HDPE', 2000, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (125, 1, 21, 150, 10.26, 'PVC', 1991, 'R');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (126, 13, 16, 150, 4.46, 'STL', 2016, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (127, 21, 7, 200, 3.29, 'AC', 1961, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (128, 7, 14, 250, 8.53, 'CI', 2018, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (129, 5, 18, 150, 9.01, 'PVC', 2010, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (130, 12, 4, 900, 7.32, 'HDPE', 2019, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (131, 11, 5, 200, 3.96, 'PVC', 2009, 'R');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (132, 5, 13, 400, 13.55, 'PVC', 2001, 'R');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (133, 2, 15, 400, 13.3, 'DI', 1997, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (134, 18, 23, 150, 10.31, 'AC', 1960, 'R');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (135, 13, 1, 900, 10.52, 'HDPE', 1999, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (136, 2, 11, 200, 8.14, 'CI', 1991, 'R');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (137, 7, 15, 250, 10.38, 'AC', 1968, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (138, 14, 20, 150, 11.52, 'PVC', 2008, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (139, 22, 2, 400, 6.04, 'HDPE', 2010, 'A');
INSERT INTO PIPE_MAINS (MainNo, from_stn, to_stn, diam_mm, len_km, matl, yr_laid, status) VALUES (140, 14, 3, 250, 4.29, 'DI', 1962, 'A');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (1, 'Brian', 'Thomas', '2001-04-02', 'PE', NULL, 17, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (2, 'Michelle', 'Lewis', '2010-12-05', 'SR', 1, 4, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (3, 'Edward', 'Scott', '2004-04-02', 'SR', 1, 3, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (4, 'Robert', 'Hall', '2007-04-17', 'SR', 1, 9, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (5, 'Michelle', 'Anderson', '2004-11-01', 'SR', 1, 1, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (6, 'Sandra', 'Lopez', '2019-06-30', 'E1', 4, 17, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (7, 'Laura', 'Thomas', '2013-04-27', 'E2', 2, 12, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (8, 'Ashley', 'Brown', '2020-08-19', 'E1', 4, 18, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (9, 'Kevin', 'O''Brien', '2015-12-06', 'E3', 4, 9, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (10, 'Jason', 'King', '2015-04-30', 'E3', 4, 8, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (11, 'Jason', 'Nelson', '2017-09-16', 'E2', 2, 5, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (12, 'Andrew', 'Anderson', '2020-05-12', 'E1', 5, 14, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (13, 'Kevin', 'Scott', '2017-08-29', 'E3', 5, 11, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (14, 'Paul', 'Fischer', '2012-09-30', 'E3', 5, 18, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (15, 'Karen', 'Hernandez', '2016-03-15', 'E2', 3, 5, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (16, 'Kevin', 'Martin', '2019-08-24', 'E2', 3, 2, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (17, 'Mark', 'Hall', '2010-02-16', 'E2', 2, 6, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (18, 'Priya', 'Thompson', '2016-12-27', 'E1', 5, 3, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (19, 'Michael', 'Adams', '2021-04-05', 'E1', 4, 12, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (20, 'Edward', 'Miller', '2021-05-10', 'E2', 3, 6, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (21, 'Carlos', 'Martinez', '2011-04-09', 'E1', 5, 23, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (22, 'Lisa', 'Hernandez', '2015-11-03', 'E2', 5, 10, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (23, 'Karen', 'Davis', '2021-03-05', 'E1', 4, 19, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (24, 'Linda', 'Garcia', '2017-05-05', 'E1', 4, 5, 'N');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (25, 'Donna', 'Scott', '2012-01-04', 'E2', 4, 19, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (26, 'David', 'Patel', '2017-09-30', 'E1', 3, 19, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (27, 'Gary', 'Rodriguez', '2012-06-19', 'E2', 2, 22, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (28, 'Ingrid', 'Young', '2012-09-25', 'E2', 4, 16, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (29, 'James', 'Harris', '2023-10-22', 'E2', 2, 15, 'Y');
INSERT INTO FieldEngineer (eng_id, eng_fname, eng_lname, hire_dt, grade, Supervisor, home_stn, on_call) VALUES (30, 'Susan', 'Allen', '2014-11-29', 'E2', 2, 21, 'N');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (1, 3, '2015-01-02', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (1, 6, '2022-09-08', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (1, 9, '2022-01-17', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (1, 12, '2019-10-10', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (1, 14, '2021-07-06', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (2, 4, '2015-09-04', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (3, 12, '2015-04-11', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (4, 1, '2013-12-19', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (4, 14, '2017-07-13', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (5, 2, '2024-01-16', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (5, 3, '2012-08-26', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (5, 14, '2015-06-27', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (6, 6, '2016-05-06', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (6, 15, '2020-03-04', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (7, 5, '2015-06-17', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (7, 13, '2021-01-03', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (9, 2, '2020-01-08', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (9, 7, '2015-01-24', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (9, 8, '2012-01-12', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (10, 10, '2015-09-18', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (10, 11, '2018-05-26', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (10, 12, '2024-02-01', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (11, 2, '2017-11-17', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (11, 4, '2012-04-23', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (11, 5, '2024-06-02', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (11, 6, '2013-09-20', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (11, 9, '2023-08-19', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (12, 4, '2022-11-26', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (13, 10, '2014-09-08', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (14, 2, '2021-04-02', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (14, 10, '2023-04-07', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (15, 7, '2014-05-21', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (15, 10, '2015-11-15', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (16, 12, '2016-06-21', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (16, 14, '2022-10-05', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (17, 12, '2014-06-29', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (18, 1, '2019-04-08', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (18, 5, '2022-03-29', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (18, 10, '2012-05-06', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (18, 14, '2024-03-12', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (19, 5, '2021-05-25', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (19, 9, '2019-01-26', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (19, 11, '2016-07-11', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (19, 12, '2019-08-23', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (20, 15, '2016-01-09', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (21, 3, '2012-04-08', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (21, 10, '2020-09-26', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (22, 1, '2020-09-04', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (23, 8, '2022-08-29', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (24, 15, '2019-12-16', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (25, 3, '2021-12-26', 'C');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (25, 9, '2020-02-26', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (26, 2, '2017-08-30', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (26, 12, '2023-10-11', 'B');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (28, 9, '2015-05-26', 'A');
INSERT INTO eng_plant_cert (eng_id, PlantID, cert_dt, cert_lvl) VALUES (28, 10, '2012-06-12', 'C');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10007, 'Paul', 'Baker', '759 Elm St', 'Brookhaven', 'C', '2011-06-26', 4499.95, 'N', 'paul.baker@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10014, 'Andrew', 'Allen', '167 Station Rd', 'Ashford', 'R', '2021-07-14', 126.26, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10021, 'Emily', 'Hall', '2016 Mill Ln', 'Millbrook', 'I', '2009-12-09', 494.21, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10028, 'Rachel', 'Baker', '1702 Park Ave', 'Riverton', 'R', '2019-01-14', 133.35, 'N', 'rachel.baker@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10035, 'Omar', 'Nelson', '2028 Lake Shore Dr', 'Oakridge', 'C', '2008-05-17', 3880.73, 'Y', 'omar.nelson@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10042, 'Priya', 'Brown', '2160 Hillcrest Rd', 'Millbrook', 'C', '2010-02-22', 2703.17, 'Y', 'priya.brown@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10049, 'Ingrid', 'Lee', '1900 Willow Way', 'Lakeside', 'R', '2016-02-27', 224.11, 'Y', 'ingrid.lee@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10056, 'James', 'Jackson', '1026 Lake Shore Dr', 'Kingsport', 'R', '2006-03-05', 49.07, 'Y', 'james.jackson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10063, 'Olivia', 'Lee', '216 Willow Way', 'Cedar Falls', 'R', '2012-03-12', 127.21, 'N', 'olivia.lee@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10070, 'David', 'Wright', '2406 Lake Shore Dr', 'Cedar Falls', 'I', '2020-01-05', 3337.18, 'N', 'david.wright@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10077, 'Fatima', 'Clark', '2845 High St', 'Cedar Falls', 'R', '2015-04-30', 0.0, 'Y', 'fatima.clark@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10084, 'Ashley', 'Green', '118 Mill Ln', 'Oakridge', 'C', '2000-02-28', 740.31, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10091, 'Donna', 'Nguyen', '998 Maple Dr', 'Lakeside', 'R', '1999-12-31', 396.26, 'N', 'donna.nguyen@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10098, 'Sandra', 'Clark', '156 Mill Ln', 'Lakeside', 'I', '2012-07-29', 1913.91, 'Y', 'sandra.clark@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10105, 'Robert', 'Brown', '2175 Lake Shore Dr', 'Oakridge', 'C', '2019-06-03', 3650.65, 'Y', 'robert.brown@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10112, 'Kevin', 'Rodriguez', '2131 River Rd', 'Ashford', 'R', '2008-01-29', 297.29, 'Y', 'kevin.rodriguez@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10119, 'Thomas', 'Hall', '1149 Station Rd', 'Ashford', 'C', '1998-04-14', 1944.85, 'N', 'thomas.hall@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10126, 'Andrew', 'O''Brien', '138 River Rd', 'Riverton', 'R', '2024-04-24', 151.47, 'Y', 'andrew.obrien@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10133, 'Steven', 'Jackson', '2846 Church St', 'Brookhaven', 'R', '2007-05-13', 22.08, 'N', 'steven.jackson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10140, 'Mark', 'Green', '80 Oak Ave', 'Riverton', 'R', '2012-02-03', 73.09, 'Y', 'mark.green@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10147, 'Rachel', 'Lopez', '1863 Main St', 'Fairview', 'R', '2017-05-20', 403.91, 'Y', 'rachel.lopez@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10154, 'Fatima', 'Wilson', '233 Elm St', 'Cedar Falls', 'R', '2006-06-07', 0.0, 'Y', 'fatima.wilson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10161, 'Laura', 'Brown', '2675 Oak Ave', 'Ashford', 'I', '2019-05-11', 751.85, 'Y', 'laura.brown@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10168, 'Brian', 'O''Brien', '1262 Station Rd', 'Riverton', 'I', '2009-03-06', 2811.52, 'N', 'brian.obrien@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10175, 'Thomas', 'King', '69 Mill Ln', 'Kingsport', 'R', '2008-12-14', 359.91, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10182, 'Linda', 'Martinez', '2191 River Rd', 'Cedar Falls', 'R', '2006-07-16', 23.08, 'N', 'linda.martinez@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10189, 'Susan', 'King', '2038 Elm St', 'Riverton', 'C', '2013-12-06', 3613.78, 'Y', 'susan.king@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10196, 'Carlos', 'Wilson', '1644 Maple Dr', 'Fairview', 'C', '2018-04-06', 942.01, 'N', 'carlos.wilson@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10203, 'Sofia', 'Martin', '1675 Maple Dr', 'Riverton', 'R', '2022-02-08', 361.69, 'N', 'sofia.martin@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10210, 'Maria', 'Hall', '1279 Mill Ln', 'Riverton', 'C', '2014-04-03', 2874.04, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10217, 'Wei', 'Lopez', '2008 Hillcrest Rd', 'Oakridge', 'R', '2003-02-20', 234.02, 'N', 'wei.lopez@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10224, 'Megan', 'Wright', '18 Cedar Ct', 'Kingsport', 'R', '2006-08-28', 300.25, 'N', 'megan.wright@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10231, 'Kevin', 'Thompson', '432 Lake Shore Dr', 'Millbrook', 'C', '2013-03-17', 0.0, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10238, 'Thomas', 'Anderson', '741 Oak Ave', 'Oakridge', 'R', '2020-08-22', 189.51, 'N', 'thomas.anderson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10245, 'Ashley', 'Anderson', '1774 Station Rd', 'Oakridge', 'R', '2019-03-24', 388.43, 'N', 'ashley.anderson@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10252, 'Laura', 'Thompson', '1924 Elm St', 'Brookhaven', 'R', '2017-04-11', 257.86, 'Y', 'laura.thompson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10259, 'Brian', 'Clark', '2582 Oak Ave', 'Oakridge', 'R', '2022-01-17', 44.77, 'N', 'brian.clark@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10266, 'Michael', 'Martinez', '2110 High St', 'Riverton', 'R', '2011-06-09', 79.55, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10273, 'Olivia', 'Wright', '2969 Main St', 'Oakridge', 'C', '2008-05-26', 306.59, 'N', 'olivia.wright@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10280, 'George', 'Thomas', '2657 High St', 'Kingsport', 'R', '2020-11-18', 230.97, 'Y', 'george.thomas@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10287, 'Megan', 'Harris', '2474 Cedar Ct', 'Riverton', 'C', '2003-09-04', 3428.25, 'N', 'megan.harris@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10294, 'Megan', 'Martin', '56 Park Ave', 'Riverton', 'R', '2022-01-18', 63.71, 'Y', 'megan.martin@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10301, 'George', 'O''Brien', '1902 Main St', 'Lakeside', 'C', '2006-08-17', 1072.42, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10308, 'Paul', 'Nelson', '1324 Willow Way', 'Brookhaven', 'C', '2023-01-15', 0.0, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10315, 'George', 'Brown', '2221 Cedar Ct', 'Oakridge', 'C', '2017-10-21', 3466.44, 'N', 'george.brown@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10322, 'Nancy', 'Baker', '1654 Cedar Ct', 'Lakeside', 'R', '2012-12-31', 88.36, 'N', 'nancy.baker@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10329, 'Laura', 'Taylor', '2216 Lake Shore Dr', 'Brookhaven', 'R', '2001-10-13', 395.08, 'N', 'laura.taylor@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10336, 'Robert', 'Martin', '780 Church St', 'Brookhaven', 'R', '2019-04-28', 229.55, 'Y', 'robert.martin@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10343, 'Laura', 'Nelson', '369 Maple Dr', 'Brookhaven', 'C', '2010-11-05', 771.45, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10350, 'Donna', 'Moore', '2817 Oak Ave', 'Millbrook', 'R', '2000-11-28', 89.02, 'Y', 'donna.moore@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10357, 'Paul', 'Hernandez', '1435 Willow Way', 'Riverton', 'I', '2010-06-17', 3294.55, 'Y', 'paul.hernandez@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10364, 'Wei', 'Miller', '2760 Park Ave', 'Brookhaven', 'R', '2008-01-30', 255.09, 'Y', 'wei.miller@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10371, 'Olivia', 'Miller', '2517 Park Ave', 'Riverton', 'R', '2022-12-21', 333.68, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10378, 'George', 'Adams', '1471 Cedar Ct', 'Kingsport', 'R', '2018-10-25', 28.76, 'Y', 'george.adams@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10385, 'Nancy', 'Wilson', '1737 Cedar Ct', 'Lakeside', 'C', '2018-07-24', 0.0, 'Y', 'nancy.wilson@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10392, 'Steven', 'Taylor', '796 Oak Ave', 'Brookhaven', 'R', '2024-03-12', 314.27, 'Y', 'steven.taylor@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10399, 'Hannah', 'Hall', '2825 Cedar Ct', 'Oakridge', 'R', '2016-06-13', 123.64, 'N', 'hannah.hall@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10406, 'Susan', 'Hernandez', '2719 Park Ave', 'Kingsport', 'C', '2010-08-18', 3595.3, 'N', 'susan.hernandez@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10413, 'Rachel', 'Patel', '319 Willow Way', 'Cedar Falls', 'I', '2021-07-05', 336.5, 'N', 'rachel.patel@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10420, 'Linda', 'Young', '188 Maple Dr', 'Riverton', 'R', '2016-11-20', 76.53, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10427, 'Megan', 'Johnson', '650 Lake Shore Dr', 'Riverton', 'C', '2003-11-16', 167.89, 'Y', 'megan.johnson@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10434, 'Gary', 'Young', '2318 Willow Way', 'Lakeside', 'R', '2010-03-02', 403.26, 'N', 'gary.young@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10441, 'David', 'Harris', '2300 Mill Ln', 'Millbrook', 'C', '1998-07-19', 133.43, 'Y', 'david.harris@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10448, 'Maria', 'Rodriguez', '2409 Church St', 'Kingsport', 'C', '2005-10-06', 4141.41, 'N', 'maria.rodriguez@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10455, 'Priya', 'Young', '839 Church St', 'Ashford', 'R', '2018-09-23', 182.88, 'Y', 'priya.young@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10462, 'Daniel', 'Wilson', '180 Cedar Ct', 'Millbrook', 'R', '2016-10-29', 0.0, 'N', 'daniel.wilson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10469, 'Carlos', 'Thomas', '2972 Oak Ave', 'Riverton', 'C', '1999-04-28', 3645.87, 'N', 'carlos.thomas@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10476, 'Fatima', 'Nguyen', '2654 High St', 'Lakeside', 'R', '2019-08-19', 243.06, 'N', 'fatima.nguyen@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10483, 'George', 'Walker', '293 Hillcrest Rd', 'Millbrook', 'C', '2005-08-06', 778.0, 'N', 'george.walker@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10490, 'Daniel', 'Anderson', '1807 Hillcrest Rd', 'Lakeside', 'R', '2019-05-05', 130.91, 'N', 'daniel.anderson@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10497, 'Carlos', 'Anderson', '2185 High St', 'Lakeside', 'R', '2022-05-06', 69.94, 'Y', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10504, 'Karen', 'Brown', '2823 Church St', 'Millbrook', 'R', '2016-09-30', 184.09, 'N', 'karen.brown@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10511, 'Wei', 'Anderson', '922 Station Rd', 'Oakridge', 'R', '2009-10-29', 25.12, 'N', 'wei.anderson@netmail.org');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10518, 'Ingrid', 'Anderson', '1225 High St', 'Millbrook', 'C', '2010-02-19', 3684.47, 'N', 'ingrid.anderson@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10525, 'Michael', 'Taylor', '1797 Maple Dr', 'Oakridge', 'R', '2009-11-05', 380.88, 'Y', 'michael.taylor@mailbox.com');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10532, 'Emily', 'Wilson', '1281 Park Ave', 'Riverton', 'C', '2014-05-17', 3657.64, 'Y', 'emily.wilson@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10539, 'Lisa', 'Martinez', '2524 Hillcrest Rd', 'Oakridge', 'R', '2012-02-08', 0.0, 'Y', 'lisa.martinez@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10546, 'Brian', 'Clark', '537 Maple Dr', 'Millbrook', 'R', '2007-02-25', 350.08, 'N', 'brian.clark@inbox.net');
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10553, 'Michael', 'Hernandez', '448 Station Rd', 'Millbrook', 'R', '2010-12-06', 277.04, 'N', NULL);
INSERT INTO customer_account (acct_no, cust_fname, cust_lname, svc_addr, city, acct_type, open_dt, bal_amt, autopay, email) VALUES (10560, 'Jason', 'Rodriguez', '2476 High St', 'Cedar Falls', 'C', '2000-03-29', 2543.02, 'N', NULL);
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5001, 'IT-921868', 10007, 18, '2', 'Itron', '2012-10-27', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5002, 'KA-447732', 10014, 17, '1', 'Kamstrup', '2019-12-13', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5003, 'IT-514228', 10021, 4, '1.5', 'Itron', '2016-03-10', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5004, 'NE-464927', 10028, 1, '3/4', 'Neptune', '2020-09-20', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5005, 'KA-096873', 10035, 18, '2', 'Kamstrup', '2011-12-22', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5006, 'NE-514520', 10042, 19, '1', 'Neptune', '2016-03-18', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5007, 'IT-893174', 10049, 2, '5/8', 'Itron', '2009-09-25', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5008, 'SE-130518', 10056, 4, '3/4', 'Sensus', '2020-10-23', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5009, 'NE-858342', 10063, 13, '3/4', 'Neptune', '2005-06-11', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5010, 'KA-529270', 10070, 11, '2', 'Kamstrup', '2014-03-02', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5011, 'IT-486986', 10077, 17, '1', 'Itron', '2006-08-20', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5012, 'SE-225183', 10084, 17, '2', 'Sensus', '2021-11-19', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5013, 'SE-406538', 10091, 22, '3/4', 'Sensus', '2017-08-23', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5014, 'BA-353041', 10098, 13, '2', 'Badger', '2018-09-08', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5015, 'IT-855629', 10105, 12, '2', 'Itron', '2019-06-12', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5016, 'IT-621830', 10112, 4, '3/4', 'Itron', '2018-08-02', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5017, 'SE-077918', 10119, 7, '3', 'Sensus', '2020-06-04', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5018, 'IT-703196', 10126, 10, '5/8', 'Itron', '2017-12-19', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5019, 'IT-003410', 10133, 3, '5/8', 'Itron', '2009-07-19', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5020, 'BA-903329', 10140, 11, '3/4', 'Badger', '2016-05-24', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5021, 'IT-148094', 10147, 24, '3/4', 'Itron', '2005-12-16', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5022, 'KA-385062', 10154, 20, '5/8', 'Kamstrup', '2020-07-23', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5023, 'KA-004794', 10168, 16, '1.5', 'Kamstrup', '2005-03-24', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5024, 'SE-248839', 10175, 5, '3/4', 'Sensus', '2020-01-05', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5025, 'KA-677457', 10182, 9, '3/4', 'Kamstrup', '2020-12-26', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5026, 'BA-466236', 10189, 15, '1', 'Badger', '2023-08-22', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5027, 'NE-060101', 10196, 22, '1.5', 'Neptune', '2010-09-23', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5028, 'IT-933590', 10203, 14, '3/4', 'Itron', '2019-08-25', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5029, 'SE-958483', 10217, 21, '1', 'Sensus', '2008-04-05', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5030, 'SE-293109', 10231, 3, '1.5', 'Sensus', '2019-09-19', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5031, 'BA-128386', 10238, 3, '1', 'Badger', '2009-03-05', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5032, 'KA-301731', 10245, 20, '3/4', 'Kamstrup', '2008-01-29', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5033, 'NE-580421', 10252, 2, '5/8', 'Neptune', '2010-11-02', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5034, 'KA-910677', 10259, 1, '3/4', 'Kamstrup', '2023-03-02', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5035, 'SE-784308', 10266, 9, '1', 'Sensus', '2015-06-03', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5036, 'IT-527640', 10273, 11, '1', 'Itron', '2019-07-29', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5037, 'BA-276798', 10287, 21, '3', 'Badger', '2010-11-02', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5038, 'SE-246404', 10294, 19, '5/8', 'Sensus', '2008-10-15', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5039, 'BA-512868', 10301, 12, '1', 'Badger', '2023-09-20', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5040, 'SE-635494', 10308, 20, '2', 'Sensus', '2014-05-14', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5041, 'NE-715350', 10315, 12, '1.5', 'Neptune', '2020-08-11', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5042, 'IT-943952', 10322, 7, '3/4', 'Itron', '2023-08-29', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5043, 'IT-056023', 10329, 8, '1', 'Itron', '2017-10-02', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5044, 'BA-380972', 10336, 14, '3/4', 'Badger', '2010-05-04', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5045, 'NE-515811', 10343, 10, '1', 'Neptune', '2008-06-24', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5046, 'IT-503194', 10350, 1, '5/8', 'Itron', '2017-08-30', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5047, 'SE-015247', 10357, 8, '1.5', 'Sensus', '2013-05-15', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5048, 'IT-485569', 10364, 13, '3/4', 'Itron', '2015-01-06', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5049, 'IT-472269', 10371, 20, '3/4', 'Itron', '2009-06-15', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5050, 'SE-093291', 10378, 7, '1', 'Sensus', '2018-02-18', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5051, 'NE-831235', 10385, 3, '3', 'Neptune', '2021-12-19', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5052, 'NE-140644', 10392, 21, '1', 'Neptune', '2010-02-20', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5053, 'IT-886279', 10399, 15, '5/8', 'Itron', '2015-07-06', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5054, 'NE-481540', 10406, 2, '2', 'Neptune', '2021-02-06', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5055, 'SE-310553', 10413, 7, '1.5', 'Sensus', '2017-10-06', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5056, 'IT-350974', 10420, 13, '1', 'Itron', '2020-09-20', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5057, 'IT-721569', 10427, 12, '2', 'Itron', '2007-07-29', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5058, 'BA-203251', 10434, 16, '3/4', 'Badger', '2011-08-23', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5059, 'IT-323608', 10441, 22, '2', 'Itron', '2006-02-08', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5060, 'SE-063051', 10448, 14, '1', 'Sensus', '2012-06-02', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5061, 'BA-751295', 10455, 13, '5/8', 'Badger', '2019-02-27', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5062, 'IT-133989', 10462, 21, '1', 'Itron', '2013-02-20', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5063, 'NE-354045', 10469, 2, '1', 'Neptune', '2014-12-24', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5064, 'KA-418632', 10476, 16, '3/4', 'Kamstrup', '2021-07-15', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5065, 'NE-573442', 10483, 6, '3', 'Neptune', '2022-04-05', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5066, 'IT-118894', 10490, 15, '5/8', 'Itron', '2013-05-03', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5067, 'SE-433297', 10497, 23, '1', 'Sensus', '2009-08-24', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5068, 'SE-886407', 10504, 14, '5/8', 'Sensus', '2007-11-21', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5069, 'NE-517460', 10518, 20, '1', 'Neptune', '2017-11-02', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5070, 'BA-277704', 10525, 21, '3/4', 'Badger', '2010-02-11', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5071, 'IT-959736', 10532, 23, '2', 'Itron', '2006-08-07', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5072, 'KA-964575', 10539, 13, '5/8', 'Kamstrup', '2008-07-20', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5073, 'NE-583717', 10546, 11, '3/4', 'Neptune', '2017-09-20', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5074, 'IT-509403', 10553, 6, '5/8', 'Itron', '2015-08-19', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5075, 'BA-912350', 10560, 5, '3', 'Badger', '2016-03-18', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5076, 'KA-863113', 10007, 1, '2', 'Kamstrup', '2017-02-16', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5077, 'NE-412869', 10021, 10, '1', 'Neptune', '2022-06-21', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5078, 'IT-478661', 10035, 19, '1.5', 'Itron', '2007-06-22', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5079, 'SE-841987', 10042, 18, '3', 'Sensus', '2013-02-05', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5080, 'SE-414912', 10070, 11, '1', 'Sensus', '2011-11-18', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5081, 'KA-416619', 10084, 6, '1.5', 'Kamstrup', '2016-06-10', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5082, 'KA-064498', 10098, 21, '1', 'Kamstrup', '2020-04-26', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5083, 'SE-439433', 10105, 15, '3', 'Sensus', '2018-05-17', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5084, 'KA-759679', 10119, 8, '1.5', 'Kamstrup', '2020-03-07', 'Y');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5085, 'KA-698337', 10168, 16, '2', 'Kamstrup', '2006-11-20', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5086, 'SE-296274', 10189, 15, '1', 'Sensus', '2010-06-30', 'N');
INSERT INTO Meter (MeterID, serial_no, acct_no, zone_stn, size_in, mfr, install_dt, is_smart) VALUES (5087, 'KA-803896', 10196, 24, '1', 'Kamstrup', '2014-12-05', 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (1, 5009, '2023-03-12', '52.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (2, 5083, '2023-10-28', '211.6', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (3, 5012, '2023-04-07', '110.6', 13, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (4, 5067, '2023-08-03', '10.6', 9, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (5, 5064, '2023-06-25', '46.6', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (6, 5057, '2024-05-31', '123.8', 22, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (7, 5083, '2024-02-28', '81.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (8, 5017, '2024-04-23', '211.7', 6, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (9, 5048, '2023-07-23', '16.5', 11, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (10, 5068, '2024-03-17', '7.2', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (11, 5016, '2023-01-19', '35.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (12, 5007, '2023-10-05', '21.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (13, 5070, '2023-05-18', '59.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (14, 5049, '2024-04-21', '25.9', 10, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (15, 5067, '2023-07-11', '20.9', 14, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (16, 5060, '2024-01-30', '178.4', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (17, 5039, '2023-04-17', '106.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (18, 5073, '2023-11-14', '12.9', 14, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (19, 5071, '2023-09-09', '230.4', 16, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (20, 5001, '2024-04-23', '165.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (21, 5050, '2023-06-02', '13.2', 15, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (22, 5066, '2023-08-26', '26.9', 7, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (23, 5044, '2023-08-26', '56.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (24, 5036, '2023-12-18', '224.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (25, 5068, '2023-07-24', '4.4', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (26, 5078, '2024-01-21', '239.8', 29, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (27, 5011, '2024-05-24', '30.1', 30, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (28, 5037, '2023-04-08', '67.5', 7, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (29, 5077, '2024-06-10', '115.0', 27, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (30, 5074, '2023-06-13', '55.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (31, 5052, '2023-10-30', '13.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (32, 5043, '2024-03-19', '51.0', 22, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (33, 5058, '2023-06-28', '15.3', 10, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (34, 5022, '2023-12-26', '55.4', 23, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (35, 5084, '2023-07-08', '68.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (36, 5008, '2023-09-01', '38.2', 28, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (37, 5083, '2024-02-23', '164.6', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (38, 5002, '2023-04-10', '24.1', 13, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (39, 5009, '2024-02-02', '52.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (40, 5065, '2023-07-31', '16.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (41, 5037, '2023-06-10', '121.2', 19, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (42, 5009, '2024-04-14', '12.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (43, 5018, '2023-03-14', '44.5', 26, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (44, 5087, '2024-06-17', '105.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (45, 5031, '2023-07-02', '6.9', 8, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (46, 5051, '2023-02-06', '28.4', 12, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (47, 5018, '2023-04-10', '35.9', 23, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (48, 5020, '2023-02-20', '57.0', 18, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (49, 5026, '2023-12-26', '171.0', 19, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (50, 5030, '2023-07-03', '52.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (51, 5041, '2023-05-29', '160.8', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (52, 5041, '2023-02-20', '103.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (53, 5010, '2023-07-14', '143.9', 16, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (54, 5020, '2023-03-02', '10.6', 13, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (55, 5075, '2023-06-08', '76.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (56, 5083, '2024-06-16', '148.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (57, 5084, '2023-04-17', '211.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (58, 5075, '2023-10-27', '65.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (59, 5020, '2023-09-24', '46.3', 26, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (60, 5012, '2023-03-04', '44.0', 27, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (61, 5062, '2023-02-09', '54.1', 14, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (62, 5043, '2023-03-31', '11.9', 11, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (63, 5007, '2024-01-08', '53.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (64, 5067, '2023-12-11', '44.6', 26, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (65, 5085, '2023-11-25', '122.5', 18, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (66, 5041, '2023-10-18', '218.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (67, 5072, '2024-05-27', '6.2', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (68, 5009, '2023-10-14', '20.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (69, 5009, '2024-06-24', '44.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (70, 5028, '2023-11-01', '53.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (71, 5006, '2023-05-20', '16.4', 16, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (72, 5043, '2023-07-08', '15.1', 25, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (73, 5006, '2024-01-09', '47.5', 17, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (74, 5031, '2023-11-17', '42.1', 8, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (75, 5052, '2024-03-14', '10.8', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (76, 5034, '2023-06-29', '22.8', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (77, 5003, '2023-04-26', '53.4', 29, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (78, 5067, '2023-07-02', '53.0', 26, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (79, 5069, '2024-05-19', '103.2', 10, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (80, 5032, '2024-03-26', '48.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (81, 5005, '2023-11-12', '81.8', 19, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (82, 5035, '2023-05-29', '29.1', 11, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (83, 5025, '2023-05-07', '51.8', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (84, 5045, '2023-08-10', '81.0', 30, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (85, 5055, '2023-08-09', '147.7', 17, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (86, 5063, '2023-02-08', '156.4', 8, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (87, 5064, '2024-03-27', '32.4', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (88, 5085, '2023-06-22', '107.8', 7, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (89, 5059, '2023-03-04', '19.4', 15, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (90, 5075, '2024-05-04', '83.8', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (91, 5050, '2023-01-22', '4.0', 22, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (92, 5028, '2024-02-27', '39.0', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (93, 5003, '2023-09-20', '79.5', 12, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (94, 5062, '2024-03-10', '18.4', 23, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (95, 5057, '2023-03-25', '206.2', 12, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (96, 5066, '2024-06-12', '11.1', 29, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (97, 5064, '2024-06-22', '15.9', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (98, 5006, '2024-01-23', '188.1', 30, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (99, 5027, '2023-05-07', '145.0', 30, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (100, 5087, '2024-04-24', '149.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (101, 5055, '2024-05-02', '50.5', 10, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (102, 5056, '2023-04-23', '35.6', 7, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (103, 5060, '2023-08-31', '35.3', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (104, 5061, '2023-10-30', '28.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (105, 5031, '2024-03-24', '15.0', 28, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (106, 5003, '2024-06-06', '105.8', 11, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (107, 5011, '2024-03-19', '15.7', 22, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (108, 5058, '2023-06-23', '53.4', 26, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (109, 5040, '2024-02-27', '87.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (110, 5020, '2023-03-12', '51.9', 9, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (111, 5049, '2024-03-10', '23.9', 15, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (112, 5022, '2023-08-12', '3.2', 27, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (113, 5006, '2024-01-11', '63.3', 15, 'Y');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (114, 5081, '2023-05-06', '38.5', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (115, 5045, '2023-10-26', '208.5', 7, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (116, 5007, '2024-03-04', '30.6', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (117, 5002, '2024-04-05', '23.7', 16, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (118, 5021, '2024-01-13', '37.3', 12, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (119, 5087, '2023-11-14', '93.7', NULL, 'N');
INSERT INTO MeterReadings (rdg_id, MeterID, rdg_date, usage_m3, read_by, est_flag) VALUES (120, 5056, '2023-09-09', '38.9', 8, 'N');
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (1, 111, '2023-03-23', 'L', NULL, 7, '2023-04-10', 33.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (2, 121, '2024-02-13', 'M', 10091, 19, '2024-03-04', 750.9);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (3, 120, '2022-09-07', 'L', NULL, 9, '2022-09-12', 11.9);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (4, 122, '2022-12-02', 'M', 10028, 24, '2022-12-07', 471.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (5, 130, '2023-07-03', 'M', NULL, 29, '2023-07-11', 417.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (6, 122, '2022-09-23', 'M', NULL, 30, '2022-09-25', 721.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (7, 129, '2022-07-09', 'L', 10518, 26, '2022-07-23', 212.4);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (8, 113, '2023-09-11', 'H', NULL, 27, NULL, 1762.1);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (9, 105, '2022-10-18', 'L', 10280, 23, '2022-11-03', 86.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (10, 120, '2023-11-03', 'L', 10448, 23, '2023-11-06', 182.1);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (11, 126, '2024-02-18', 'L', 10273, 21, NULL, 267.8);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (12, NULL, '2023-08-22', 'M', 10161, 5, NULL, 42.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (13, 101, '2023-01-18', 'M', 10084, 17, '2023-01-30', 708.1);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (14, 140, '2023-08-29', 'M', 10399, 18, '2023-09-05', 828.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (15, 139, '2022-11-22', 'L', 10098, 24, '2022-11-29', 177.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (16, 104, '2024-06-11', 'L', 10098, 28, '2024-06-28', 47.1);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (17, 105, '2024-03-21', 'L', NULL, 24, '2024-03-21', 63.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (18, 124, '2024-02-02', 'L', 10112, 14, '2024-02-04', 233.4);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (19, 101, '2023-01-06', 'H', 10546, 14, '2023-01-11', 3532.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (20, 111, '2022-11-10', 'L', 10357, 21, '2022-11-27', 155.2);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (21, 125, '2024-06-13', 'L', NULL, 14, NULL, 89.5);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (22, 106, '2023-05-24', 'L', 10077, 29, NULL, 9.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (23, 135, '2023-11-20', 'M', 10455, 13, '2023-12-03', 228.9);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (24, 122, '2024-04-28', 'M', 10070, 4, '2024-04-29', 42.5);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (25, 104, '2022-08-07', 'M', 10434, 24, '2022-08-11', 197.9);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (26, 112, '2024-03-11', 'H', NULL, 18, '2024-03-16', 3308.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (27, 135, '2022-07-16', 'M', NULL, 26, NULL, 223.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (28, 127, '2023-01-24', 'L', 10077, 2, '2023-01-25', 120.6);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (29, NULL, '2023-07-06', 'M', 10259, 13, '2023-07-19', 403.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (30, 101, '2023-02-08', 'L', 10147, 30, '2023-02-24', 32.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (31, 116, '2024-05-16', 'L', NULL, 27, '2024-06-04', 39.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (32, 126, '2022-07-21', 'M', 10210, 9, '2022-08-02', 597.2);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (33, 120, '2023-10-16', 'L', NULL, 30, '2023-10-16', 22.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (34, 112, '2024-01-13', 'L', 10490, 16, '2024-01-27', 162.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (35, 115, '2023-06-30', 'H', NULL, 8, '2023-06-30', 2965.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (36, 138, '2023-08-10', 'M', NULL, 15, '2023-08-13', 841.5);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (37, 129, '2022-07-11', 'M', NULL, 15, '2022-07-26', 93.6);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (38, 130, '2023-01-13', 'L', 10462, 10, '2023-01-15', 95.3);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (39, 139, '2024-02-23', 'M', 10434, 2, '2024-03-13', 349.6);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (40, 136, '2023-12-05', 'M', 10392, 8, '2023-12-08', 313.8);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (41, NULL, '2024-04-27', 'H', 10021, 29, '2024-05-15', 117.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (42, 101, '2022-09-27', 'H', NULL, 13, '2022-10-16', 955.0);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (43, 135, '2023-08-09', 'M', NULL, 11, NULL, 152.6);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (44, 128, '2023-09-09', 'M', NULL, 16, '2023-09-25', 695.8);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (45, 101, '2023-12-27', 'L', 10119, 7, '2024-01-07', 61.7);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (46, 135, '2023-12-24', 'M', NULL, 28, '2024-01-04', 817.2);
INSERT INTO leak_reports (leak_id, main_no, rpt_date, severity, reported_by, assigned_eng, fixed_dt, est_loss_m3) VALUES (47, 106, '2022-07-08', 'H', NULL, 28, '2022-07-15', 1057.6);
COMMIT;
