PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Ref_Blood_Types (
    bt_code TEXT PRIMARY KEY,
    abo_grp TEXT NOT NULL,
    rh_fct TEXT,
    bt_desc TEXT NOT NULL,
    pop_pct REAL
);

CREATE TABLE donation_centres (
    centre_id INTEGER PRIMARY KEY,
    centre_nm TEXT NOT NULL,
    city TEXT NOT NULL,
    postcode TEXT,
    num_beds TEXT,
    open_yr INTEGER,
    mobile_flg TEXT DEFAULT 'N'
);

CREATE TABLE Donor (
    DonorID INTEGER PRIMARY KEY,
    d_fname TEXT NOT NULL,
    d_lname TEXT NOT NULL,
    sex TEXT,
    dob TEXT,
    bt_code TEXT,
    elig_yn TEXT DEFAULT 'Y',
    home_ctr INTEGER,
    wt_kg TEXT,
    phone TEXT
);

CREATE TABLE donations (
    don_id INTEGER PRIMARY KEY,
    DonorID INTEGER NOT NULL,
    centre_no INTEGER NOT NULL,
    don_date TEXT NOT NULL,
    don_type TEXT,
    vol_ml INTEGER,
    hb_lvl REAL,
    FOREIGN KEY (DonorID) REFERENCES Donor(DonorID),
    FOREIGN KEY (centre_no) REFERENCES donation_centres(centre_id)
);

CREATE TABLE hospitals (
    hosp_id INTEGER PRIMARY KEY,
    hosp_name TEXT NOT NULL,
    city TEXT,
    hosp_type TEXT,
    bed_cnt INTEGER
);

CREATE TABLE Nurse (
    nurse_id INTEGER PRIMARY KEY,
    n_fname TEXT,
    n_lname TEXT,
    grade TEXT,
    head_nurse INTEGER,
    base_ctr INTEGER,
    hire_dt TEXT,
    salary INTEGER
);

CREATE TABLE Shipments (
    ShipID INTEGER PRIMARY KEY,
    from_ctr INTEGER,
    to_hosp INTEGER,
    ship_dt TEXT,
    urgent_yn TEXT,
    packed_by INTEGER,
    checked_by INTEGER
);

CREATE TABLE BloodUnit (
    UnitID INTEGER PRIMARY KEY,
    don_id INTEGER NOT NULL REFERENCES donations(don_id),
    comp_cd TEXT,
    unit_vol INTEGER,
    exp_dt TEXT,
    stat TEXT,
    ShipID INTEGER REFERENCES Shipments(ShipID)
);

CREATE TABLE session_staff (
    nurse_id INTEGER NOT NULL,
    don_id INTEGER NOT NULL,
    role_cd TEXT,
    PRIMARY KEY (nurse_id, don_id),
    FOREIGN KEY (nurse_id) REFERENCES Nurse(nurse_id),
    FOREIGN KEY (don_id) REFERENCES donations(don_id)
);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('OPOS', 'O', '+', 'O positive', 35.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('ONEG', 'O', '-', 'O negative', 13.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('APOS', 'A', '+', 'A positive', 30.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('ANEG', 'A', '-', 'A negative', 8.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('BPOS', 'B', '+', 'B positive', 8.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('BNEG', 'B', '-', 'B negative', 2.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('ABPOS', 'AB', '+', 'AB positive', 2.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('ABNEG', 'AB', '-', 'AB negative', 1.0);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('A2POS', 'A', '+', 'A2 subgroup positive', 0.4);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('A2NEG', 'A', '-', 'A2 subgroup negative', 0.1);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('A2BPOS', 'AB', '+', 'A2B subgroup positive', 0.1);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('A2BNEG', 'AB', '-', 'A2B subgroup negative', 0.02);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('OH', 'O', NULL, 'Bombay phenotype', 0.001);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('RHNUL', 'O', NULL, 'Rh null', 0.0001);
INSERT INTO Ref_Blood_Types (bt_code, abo_grp, rh_fct, bt_desc, pop_pct) VALUES ('UNK', '?', NULL, 'Not yet typed', NULL);
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (1, 'Leeds City Donor Centre', 'Leeds', 'LS1 4BJ', '24', 1998, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (2, 'Seacroft Session Hall', 'Leeds', 'LS14 6JD', '10', 2011, 'Y');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (3, 'Sheffield Donor Centre', 'Sheffield', 'S1 2HE', '20', 2001, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (4, 'Hillsborough Clinic', 'Sheffield', 'S6 2LW', '8', 2015, 'Y');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (5, 'Bradford Donor Centre', 'Bradford', 'BD1 1US', '16', 2004, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (6, 'York Donor Centre', 'York', 'YO1 7HH', '14', 2006, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (7, 'Hull Donor Centre', 'Hull', 'HU2 8TD', '18', 2000, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (8, 'Wakefield Community Hall', 'Wakefield', 'WF1 2EB', '6', 2017, 'Y');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (9, 'Harrogate Donor Suite', 'Harrogate', 'HG1 1DS', '9', 2012, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (10, 'Doncaster Donor Centre', 'Doncaster', 'DN1 3BU', '12', 2008, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (11, 'Huddersfield Donor Suite', 'Huddersfield', 'HD1 2TA', '11', 2010, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (12, 'Victoria Hall Sessions', 'Halifax', 'HX1 1BP', '5', 2019, 'Y');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (13, 'Scarborough Mobile Unit', 'Scarborough', 'YO11 1HE', '4', 2021, 'Y');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (14, 'Rotherham Donor Centre', 'Rotherham', 'S60 1QY', '7', 2013, 'N');
INSERT INTO donation_centres (centre_id, centre_nm, city, postcode, num_beds, open_yr, mobile_flg) VALUES (15, 'Selby Town Hall Session', 'Selby', 'YO8 4AJ', NULL, 2022, 'Y');
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (1, 'Leeds General Infirmary', 'Leeds', 'T', 1100);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (2, 'St James''s University Hospital', 'Leeds', 'T', 960);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (3, 'Northern General Hospital', 'Sheffield', 'T', 1050);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (4, 'Royal Hallamshire Hospital', 'Sheffield', 'T', 720);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (5, 'Bradford Royal Infirmary', 'Bradford', 'G', 680);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (6, 'York Hospital', 'York', 'G', 640);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (7, 'Hull Royal Infirmary', 'Hull', 'T', 710);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (8, 'Castle Hill Hospital', 'Cottingham', 'G', 520);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (9, 'Pinderfields Hospital', 'Wakefield', 'G', 610);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (10, 'Harrogate District Hospital', 'Harrogate', 'G', 350);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (11, 'Doncaster Royal Infirmary', 'Doncaster', 'G', 590);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (12, 'Bassetlaw Hospital', 'Worksop', 'C', 180);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (13, 'Calderdale Royal Hospital', 'Halifax', 'G', 470);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (14, 'Huddersfield Royal Infirmary', 'Huddersfield', 'G', 440);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (15, 'Scarborough Hospital', 'Scarborough', 'G', 300);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (16, 'Rotherham General Hospital', 'Rotherham', 'G', 430);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (17, 'Barnsley Hospital', 'Barnsley', 'G', 400);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (18, 'Airedale General Hospital', 'Keighley', 'G', 370);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (19, 'Dewsbury and District Hospital', 'Dewsbury', 'C', 210);
INSERT INTO hospitals (hosp_id, hosp_name, city, hosp_type, bed_cnt) VALUES (20, 'Friarage Hospital', 'Northallerton', 'C', 150);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (1, 'Oscar', 'Thompson', 'M', '1989-10-19', 'APOS', 'Y', 3, '76', '07766713392');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (2, 'Lucy', 'Ward', 'F', '1983-11-13', 'APOS', 'N', 1, '58', '07861651171');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (3, 'Matthew', 'Roberts', 'M', '1998-06-23', 'APOS', 'Y', 3, '77', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (4, 'Daniel', 'Jackson', 'M', '1990-10-31', 'A2POS', 'Y', 1, '89', '07901940613');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (5, 'Hannah', 'Ackroyd', 'F', '1993-06-11', 'ONEG', 'Y', 12, '66', '07762540538');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (6, 'Karen', 'Brown', 'F', '1983-01-28', 'APOS', 'Y', 7, '68.5', '07990981577');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (7, 'Lily', 'Hall', 'F', '1989-03-30', 'ONEG', 'Y', 10, '74', '07740315063');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (8, 'Dean', 'Wood', 'M', '1957-11-20', 'APOS', 'Y', 7, '101', '07868774118');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (9, 'Joseph', 'Barker', 'M', '1990-09-23', 'OPOS', 'Y', 1, '101', '07853034284');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (10, 'Sarah', 'Lumb', 'F', '1961-08-11', 'APOS', 'Y', 10, '62', '07901455339');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (11, 'Samuel', 'Davies', 'M', '1982-10-24', 'OPOS', 'Y', 1, '82', '07740088500');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (12, 'Tariq', 'Turner', 'M', '1995-03-06', 'ANEG', 'Y', 7, '64', '07860338679');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (13, 'Craig', 'Hall', 'M', '1994-03-29', 'APOS', 'N', 12, '81', '07792989687');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (14, 'Matthew', 'Moore', 'M', '1974-04-24', 'ANEG', 'Y', 7, '91', '07756905578');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (15, 'Craig', 'Haigh', 'M', '1969-01-09', 'OPOS', 'Y', 8, '95', '07711859241');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (16, 'Claire', 'Greenwood', 'F', '1966-08-25', 'ONEG', 'Y', 1, '68', '07852639210');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (17, 'Claire', 'Smith', 'F', '1997-04-20', 'OPOS', 'Y', 3, '77', '07788734958');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (18, 'Olivia', 'Hill', 'F', '1970-05-11', 'ABNEG', 'Y', 9, '67', '07835964998');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (19, 'Charlie', 'Wright', 'M', '1992-03-12', 'ABNEG', 'Y', 1, '79', '07870510472');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (20, 'Harry', 'Dawson', 'M', '1978-11-15', 'APOS', 'Y', 5, '78.5', '07789513930');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (21, 'Liam', 'Holmes', 'M', '1998-06-18', 'APOS', 'Y', 3, '97', '07705438967');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (22, 'Isla', 'Smith', 'F', '1972-03-08', 'BPOS', 'Y', 6, '73', '07861972298');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (23, 'Tariq', 'Walker', 'M', '2004-09-02', 'OPOS', 'Y', 1, '106', '07740830266');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (24, 'Jacob', 'Green', 'M', '1999-07-23', 'OPOS', 'Y', 1, '66', '07756619441');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (25, 'Joseph', 'Ackroyd', 'M', '2005-01-26', 'ONEG', 'Y', 14, '66', '07894615690');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (26, 'Liam', 'Davies', 'M', '1998-09-13', 'APOS', 'Y', 3, '108', '07883655035');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (27, 'Neil', 'Ackroyd', 'M', '2005-06-13', 'OPOS', 'Y', 1, '90', '07802025898');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (28, 'Daniel', 'Hussain', 'M', '1972-04-07', 'APOS', 'Y', 1, '80', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (29, 'Emily', 'Ackroyd', 'F', '1960-09-08', 'BNEG', 'Y', 14, '74', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (30, 'Joanne', 'Robinson', 'F', '1976-11-17', 'OPOS', 'N', 4, '54', '07985709092');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (31, 'Jack', 'Kershaw', 'M', '1975-09-23', 'OPOS', 'N', 10, '78', '07922397656');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (32, 'Tariq', 'Wilson', 'M', '1973-03-15', 'ABPOS', 'Y', 11, '96', '07772082495');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (33, 'Ruth', 'Moore', 'F', '1968-02-09', 'BPOS', 'N', 5, '59', '07877101872');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (34, 'Grace', 'Wood', 'F', '1992-12-04', 'BNEG', 'Y', 9, '56', '07851715448');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (35, 'James', 'Wilson', 'M', '1957-03-20', 'OPOS', 'Y', 7, '86.5', '07999074985');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (36, 'Sarah', 'Hardcastle', 'F', '1995-12-30', 'APOS', 'Y', 3, '65', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (37, 'Molly', 'Sutcliffe', 'F', '1957-02-06', 'ONEG', 'Y', 3, '59', '07770417661');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (38, 'George', 'White', 'M', '1998-12-28', 'OPOS', 'N', 4, '64', '07748530411');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (39, 'Grace', 'Patel', 'F', '1967-10-01', 'ANEG', 'Y', 6, '75', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (40, 'Samuel', 'Wilson', 'M', '1984-12-06', 'OPOS', 'Y', 7, '65', '07809743839');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (41, 'Hannah', 'Moore', 'F', '1967-11-14', 'ONEG', 'Y', 5, '54', '07720106562');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (42, 'Matthew', 'Jackson', 'M', '1999-11-07', 'ONEG', 'N', 1, '103', '07956758215');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (43, 'Sophie', 'Hughes', 'F', '1967-12-31', 'ONEG', 'Y', 13, '58', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (44, 'Sarah', 'Shaw', 'F', '1978-12-27', 'OPOS', 'N', 5, '73', '07761278571');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (45, 'Tariq', 'Clarke', 'M', '2000-12-12', 'OPOS', 'Y', 5, '82', '07949669182');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (46, 'Liam', 'Jones', 'M', '1984-09-19', 'ONEG', 'Y', 1, '74', '07922081572');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (47, 'Claire', 'Turner', 'F', '1999-09-23', 'ONEG', 'Y', 9, '78', '07929444662');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (48, 'Jack', 'Brook', 'M', '2001-02-01', 'OPOS', 'Y', 9, '74', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (49, 'James', 'Jackson', 'M', '1968-10-28', 'OPOS', 'N', 9, '98', '07825210616');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (50, 'Jack', 'Shaw', 'M', '1986-11-15', 'OPOS', 'Y', 3, '95', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (51, 'Harry', 'Wilson', 'M', '1963-04-04', 'APOS', 'Y', 5, '85', '07922535160');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (52, 'Joanne', 'Green', 'F', '1987-07-17', 'ANEG', 'N', 7, '69', '07730394776');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (53, 'Noah', 'Thompson', 'M', '2000-11-02', 'OPOS', 'Y', 9, '76', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (54, 'Craig', 'Lumb', 'M', '1962-01-28', 'BNEG', 'Y', 6, '70', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (55, 'Oliver', 'Turner', 'M', '1968-11-05', 'APOS', 'Y', 5, '67', '07994340393');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (56, 'Olivia', 'Ward', 'F', '2002-10-11', 'OPOS', 'Y', 1, '78', '07727124877');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (57, 'James', 'Walker', 'M', '1967-12-08', 'APOS', 'N', 11, '63', '07796856912');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (58, 'Lucy', 'Haigh', 'F', '1958-10-08', 'BPOS', 'Y', 5, '63', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (59, 'Zara', 'Turner', 'F', '1990-03-18', 'OPOS', 'N', 1, '70', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (60, 'Zara', 'Lumb', 'F', '1974-09-27', 'ANEG', 'Y', 8, '64', '07997094515');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (61, 'Oscar', 'Atkinson', 'M', '1962-02-26', 'OPOS', 'Y', 6, '98', '07822852490');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (62, 'Thomas', 'Hill', 'M', '2002-08-30', 'APOS', 'Y', 1, '88', '07734569368');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (63, 'Isla', 'Walker', 'F', '1989-08-28', 'OPOS', 'Y', 9, '53', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (64, 'Sarah', 'Evans', 'F', '2000-07-30', 'APOS', 'Y', 4, '57', '07856631307');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (65, 'Dean', 'Khan', 'M', '1969-01-07', 'APOS', 'Y', 10, '73', '07920330375');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (66, 'Paul', 'Hill', 'M', '1995-01-19', 'APOS', 'Y', 3, '65', '07747059441');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (67, 'Thomas', 'Moore', 'M', '2005-03-02', 'APOS', 'Y', 2, '76', '07871895062');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (68, 'Amelia', 'Khan', 'F', '2002-01-29', 'APOS', 'Y', 9, '63', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (69, 'Priya', 'Fawcett', 'F', '1957-02-14', 'OPOS', 'Y', 7, '52', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (70, 'Olivia', 'Haigh', 'F', '1977-09-16', 'APOS', 'N', 15, '68', '07961004046');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (71, 'Niamh', 'Robinson', 'F', '1985-01-21', 'ONEG', 'Y', 5, '62', '07792687099');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (72, 'Dean', 'White', 'M', '1990-12-26', 'APOS', 'Y', 12, '93', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (73, 'Hannah', 'Atkinson', 'F', '1997-12-19', 'OPOS', 'Y', 10, '72', '07891956985');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (74, 'Harry', 'White', 'M', '1961-02-04', 'APOS', 'Y', 11, '73', '07909162235');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (75, 'Stephen', 'Hussain', 'M', '1973-07-15', 'APOS', 'Y', 3, '73', '07835532486');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (76, 'Aisha', 'Ward', 'F', '1970-08-07', 'ANEG', 'N', 7, '74', '07960819923');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (77, 'Chloe', 'Kershaw', 'F', '1995-01-19', 'ONEG', 'Y', 3, '61', '07808787639');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (78, 'Claire', 'Hughes', 'F', '1961-03-30', 'ONEG', 'Y', 1, '73', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (79, 'Liam', 'Johnson', 'M', '1966-12-30', 'OPOS', 'Y', 13, '87', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (80, 'Megan', 'Sutcliffe', 'F', '1999-01-28', 'ONEG', 'Y', 8, '70', '07911582681');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (81, 'Paul', 'Sutcliffe', 'M', '1996-02-14', 'ANEG', 'Y', 14, '112', '07759727981');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (82, 'Isla', 'Ackroyd', 'F', '2004-04-08', 'ONEG', 'Y', 6, '60', '07857804029');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (83, 'Jack', 'Barker', 'M', '2004-11-15', 'ONEG', 'Y', 5, '99', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (84, 'Daniel', 'Jones', 'M', '1979-06-11', 'ONEG', 'Y', 5, '73', '07835838468');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (85, 'Sarah', 'Hughes', 'F', '1990-08-23', 'ABPOS', 'Y', 4, '78', '07934563232');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (86, 'Joseph', 'Lumb', 'M', '1988-06-26', 'OPOS', 'Y', 10, '99', '07828116626');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (87, 'Gareth', 'Ahmed', 'M', '2002-02-28', 'A2POS', 'Y', 6, '89', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (88, 'Ella', 'Haigh', 'F', '1983-12-24', 'OPOS', 'N', 2, '58', '07810536624');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (89, 'Stephen', 'Hughes', 'M', '1960-05-22', 'APOS', 'Y', 5, '82', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (90, 'Adam', 'Ackroyd', 'M', '1996-01-05', 'ANEG', 'Y', 1, '64', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (91, 'Aisha', 'Green', 'F', '1991-01-24', 'A2POS', 'Y', 1, '75', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (92, 'Stephen', 'Khan', 'M', '1957-07-27', 'ONEG', 'Y', 3, '106', '07970830009');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (93, 'Hannah', 'Taylor', 'F', '1975-03-31', 'ONEG', 'Y', 11, '70', '07840509014');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (94, 'Thomas', 'Sutcliffe', 'M', '1961-09-19', 'ABPOS', 'Y', 2, '81.5', '07702177210');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (95, 'Olivia', 'Davies', 'F', '1972-08-12', 'OPOS', 'Y', 7, '58.5', '07789725185');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (96, 'Ruth', 'Jones', 'F', '1996-03-06', 'OPOS', 'Y', 1, '57', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (97, 'Chloe', 'Roberts', 'F', '1997-05-02', 'ANEG', 'Y', 2, '63', '07997027357');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (98, 'Niamh', 'Kershaw', 'F', '1964-01-07', 'OPOS', 'Y', 8, '77', '07865220518');
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (99, 'Lily', 'Fawcett', 'F', '1990-11-25', 'OPOS', 'Y', 8, '69', NULL);
INSERT INTO Donor (DonorID, d_fname, d_lname, sex, dob, bt_code, elig_yn, home_ctr, wt_kg, phone) VALUES (100, 'Amelia', 'Brown', 'F', '1968-07-04', 'OPOS', 'N', 2, '55', '07916047742');
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (1, 'Harry', 'Sutcliffe', 'B7', NULL, 1, '2004-11-14', 45250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (2, 'Gareth', 'Ward', 'B7', NULL, 3, '2007-11-23', 44750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (3, 'Matthew', 'Walker', 'B7', NULL, 5, '2012-04-07', 51750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (4, 'Sarah', 'Wright', 'B7', NULL, 6, '2004-02-09', 47500);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (5, 'Tariq', 'Holmes', 'B7', NULL, 7, '2007-01-25', 48750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (6, 'Lucy', 'Barker', 'B5', 1, 1, '2015-03-04', 34750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (7, 'Sophie', 'Patel', 'B5', 1, 1, '2015-02-02', 34250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (8, 'Matthew', 'Pickles', 'B6', 1, 2, '2009-07-19', 42000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (9, 'Lily', 'Sutcliffe', 'B5', 2, 3, '2015-12-31', 32000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (10, 'Mohammed', 'Hill', 'B6', 2, 3, '2017-02-16', 38750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (11, 'Liam', 'Evans', 'B5', 2, 4, '2018-09-26', 30250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (12, 'Charlie', 'Ward', 'B5', 3, 5, '2023-02-22', 34750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (13, 'Gareth', 'Robinson', 'B5', 4, 6, '2019-05-21', 34250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (14, 'Zara', 'Patel', 'B5', 5, 7, '2023-07-11', 33500);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (15, 'Fatima', 'Kershaw', 'B5', 1, 8, '2017-04-06', 34000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (16, 'Lucy', 'Hughes', 'B6', 4, 9, '2011-05-11', 39000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (17, 'Niamh', 'Brook', 'B6', 2, 10, '2016-08-09', 36000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (18, 'Karen', 'White', 'B5', 3, 11, '2014-03-12', 29250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (19, 'Ruth', 'Atkinson', 'B6', 2, 14, '2014-01-30', 42250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (20, 'Oscar', 'Jackson', 'B6', 1, 1, '2013-07-13', 39250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (21, 'Molly', 'Patel', 'B5', 1, 1, '2020-11-21', 31250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (22, 'Jacob', 'Clarke', 'B5', 1, 2, '2020-01-08', 33500);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (23, 'Helen', 'Holmes', 'B6', 2, 3, '2014-04-04', 41250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (24, 'Olivia', 'Green', 'B5', 2, 3, '2012-11-03', 30750);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (25, 'Aisha', 'Shaw', 'B5', 2, 4, '2018-05-01', 30250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (26, 'Stephen', 'Davies', 'B6', 3, 5, '2019-05-27', 37000);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (27, 'Matthew', 'Turner', 'B6', 4, 6, '2010-04-16', 39250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (28, 'William', 'White', 'B5', 5, 7, '2009-08-21', 30250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (29, 'Ella', 'Kershaw', 'B5', 1, 8, '2019-03-07', 33250);
INSERT INTO Nurse (nurse_id, n_fname, n_lname, grade, head_nurse, base_ctr, hire_dt, salary) VALUES (30, 'Helen', 'Ackroyd', 'B5', 4, 9, '2010-03-19', 29000);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (1, 70, 15, '2024-03-20', 'W', 475, 13.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (2, 26, 5, '2024-05-13', 'W', 455, 15.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (3, 90, 12, '2023-02-25', 'P', 600, 15.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (4, 81, 14, '2023-06-08', 'P', 640, 17.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (5, 96, 1, '2024-01-30', 'P', 620, 15.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (6, 38, 7, '2024-01-26', 'W', 470, 15.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (7, 46, 1, '2024-01-15', 'A', 270, 15.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (8, 35, 7, '2024-04-08', 'P', 610, 16.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (9, 19, 1, '2023-08-11', 'W', 450, 14.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (10, 61, 6, '2023-01-31', 'W', 470, 16.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (11, 45, 5, '2024-04-14', 'W', 450, 15.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (12, 14, 7, '2023-05-18', 'P', 640, 14.2);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (13, 64, 4, '2024-02-28', 'W', 455, 14.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (14, 11, 1, '2023-10-09', 'W', 475, 16.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (15, 36, 3, '2023-10-12', 'W', 450, 14.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (16, 52, 7, '2023-02-15', 'W', 475, 13.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (17, 3, 3, '2024-04-30', 'W', 465, 14.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (18, 88, 2, '2024-04-26', 'W', 455, 14.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (19, 68, 9, '2024-04-17', 'P', 640, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (20, 7, 3, '2024-05-01', 'P', 650, 13.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (21, 91, 1, '2023-11-12', 'W', 465, 14.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (22, 58, 8, '2023-01-24', 'W', 470, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (23, 29, 14, '2024-02-29', 'W', 465, 13.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (24, 23, 1, '2023-07-26', 'A', 280, 16.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (25, 39, 6, '2023-03-28', 'W', 475, 14.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (26, 10, 10, '2023-12-07', 'P', 640, 13.2);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (27, 44, 3, '2024-04-07', 'W', 470, 15.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (28, 84, 5, '2024-03-04', 'W', 455, 14.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (29, 7, 1, '2023-10-13', 'W', 450, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (30, 24, 1, '2023-08-21', 'W', 460, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (31, 45, 5, '2023-04-17', 'W', 455, 16.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (32, 100, 3, '2023-06-16', 'W', 460, 15.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (33, 75, 11, '2023-06-10', 'P', 690, 15.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (34, 5, 12, '2023-11-04', 'W', 450, 15.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (35, 20, 5, '2023-06-18', 'W', 455, 17.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (36, 33, 5, '2023-03-21', 'W', 455, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (37, 2, 1, '2024-02-01', 'W', 470, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (38, 53, 9, '2024-05-15', 'W', 470, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (39, 67, 2, '2023-06-18', 'W', 455, 15.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (40, 74, 11, '2024-03-10', 'W', 450, 16.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (41, 15, 1, '2023-10-28', 'W', 475, 16.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (42, 67, 2, '2023-04-09', 'W', 475, 14.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (43, 87, 6, '2024-04-29', 'P', 610, 15.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (44, 17, 10, '2023-06-17', 'W', 455, 14.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (45, 46, 1, '2023-12-15', 'P', 700, 16.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (46, 25, 7, '2023-09-28', 'P', 730, 15.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (47, 93, 11, '2023-07-11', 'W', 465, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (48, 57, 11, '2023-05-20', 'W', 475, 16.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (49, 51, 5, '2023-10-06', 'W', 460, 14.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (50, 72, 9, '2023-11-28', 'W', 465, 15.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (51, 9, 1, '2024-03-20', 'W', 455, 15.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (52, 18, 3, '2023-03-11', 'P', 670, 13.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (53, 51, 5, '2023-11-14', 'W', 455, 16.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (54, 7, 1, '2023-07-15', 'P', 750, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (55, 22, 10, '2024-01-20', 'A', 250, 13.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (56, 78, 1, '2024-04-02', 'W', 475, 14.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (57, 66, 10, '2023-11-14', 'W', 460, 17.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (58, 21, 3, '2024-03-18', 'A', 220, 15.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (59, 4, 10, '2023-06-13', 'W', 455, 15.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (60, 41, 5, '2023-02-21', 'W', 465, 12.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (61, 12, 1, '2023-06-08', 'W', 470, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (62, 81, 14, '2023-07-18', 'W', 455, 17.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (63, 8, 7, '2023-06-09', 'W', 455, 14.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (64, 82, 6, '2023-02-27', 'W', 450, 13.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (65, 78, 1, '2023-02-24', 'W', 450, 14.2);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (66, 55, 3, '2024-05-16', 'W', 475, 15.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (67, 32, 11, '2023-04-26', 'W', 475, 15.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (68, 93, 11, '2023-08-24', 'W', 450, 14.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (69, 77, 3, '2023-02-07', 'W', 465, 13.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (70, 69, 5, '2024-04-12', 'W', 450, 15.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (71, 27, 1, '2023-04-24', 'W', 460, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (72, 89, 5, '2023-07-13', 'W', 450, 14.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (73, 98, 8, '2023-06-05', 'W', 450, 15.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (74, 40, 7, '2023-11-21', 'W', 470, 15.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (75, 6, 1, '2023-11-23', 'W', 475, 14.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (76, 37, 3, '2023-09-03', 'P', 610, 13.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (77, 13, 12, '2023-02-11', 'W', 475, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (78, 65, 10, '2023-12-07', 'W', 455, 15.7);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (79, 97, 2, '2023-04-05', 'W', 470, 13.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (80, 16, 2, '2023-07-22', 'W', 470, 13.6);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (81, 62, 1, '2023-11-18', 'W', 455, 16.2);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (82, 79, 13, '2023-06-09', 'A', 230, 16.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (83, 56, 1, '2023-02-05', 'W', 460, 13.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (84, 73, 10, '2024-04-01', 'W', 450, 14.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (85, 25, 14, '2023-06-04', 'A', 270, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (86, 34, 9, '2023-04-26', 'A', 210, 13.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (87, 7, 3, '2023-12-17', 'W', 465, 15.3);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (88, 54, 1, '2024-03-18', 'W', 455, NULL);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (89, 43, 13, '2023-04-16', 'W', 460, 15.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (90, 80, 8, '2023-03-10', 'W', 465, 13.0);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (91, 49, 6, '2024-03-16', 'W', 475, 16.9);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (92, 96, 1, '2024-01-24', 'P', 700, 14.1);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (93, 99, 11, '2023-05-28', 'W', 455, 14.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (94, 48, 9, '2024-02-02', 'W', 465, 15.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (95, 76, 1, '2023-06-24', 'W', 460, 15.4);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (96, 63, 9, '2024-01-09', 'W', 465, 13.5);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (97, 31, 10, '2024-02-13', 'W', 475, 13.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (98, 95, 7, '2023-02-08', 'P', 700, 13.8);
INSERT INTO donations (don_id, DonorID, centre_no, don_date, don_type, vol_ml, hb_lvl) VALUES (99, 59, 9, '2023-11-28', 'A', 210, 14.7);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (1, 9, 20, '2023-02-15', 'N', 16, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (2, 5, 19, '2023-02-16', 'N', 12, 3);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (3, 1, 5, '2023-02-17', 'N', 7, 20);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (4, 3, 4, '2023-02-25', 'N', 23, 9);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (5, 6, 20, '2023-02-28', 'N', 4, 13);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (6, 10, 11, '2023-03-16', 'N', 17, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (7, 1, 2, '2023-04-07', 'N', 7, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (8, 3, 4, '2023-04-08', 'N', 9, 23);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (9, 1, 5, '2023-05-01', 'N', 1, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (10, 7, 15, '2023-05-05', 'N', 28, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (11, 9, 10, '2023-05-13', 'N', 16, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (12, 6, 6, '2023-05-24', 'N', 13, 27);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (13, 5, 18, '2023-06-05', 'N', 26, 3);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (14, 7, 15, '2023-06-10', 'N', 28, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (15, 7, 8, '2023-07-06', 'N', 28, 5);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (16, 3, 4, '2023-07-15', 'Y', 23, 9);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (17, 6, 20, '2023-08-04', 'Y', 27, 4);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (18, 6, 6, '2023-08-08', 'N', 13, 27);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (19, 10, 11, '2023-09-27', 'N', 17, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (20, 1, 9, '2023-10-09', 'N', 1, 7);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (21, 1, 18, '2023-10-11', 'N', 6, 7);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (22, 1, 1, '2023-10-13', 'N', 20, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (23, 5, 1, '2023-10-14', 'N', 3, 12);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (24, 14, 3, '2023-10-17', 'N', 19, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (25, 3, 17, '2023-11-26', 'N', 2, 24);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (26, 7, 8, '2023-12-23', 'Y', 28, 5);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (27, 3, 4, '2023-12-27', 'N', 24, 23);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (28, 10, 12, '2024-02-05', 'Y', 17, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (29, 7, 8, '2024-02-07', 'N', 28, 14);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (30, 14, 16, '2024-02-20', 'N', 19, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (31, 3, 3, '2024-03-04', 'N', 10, 24);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (32, 11, 14, '2024-03-24', 'Y', 18, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (33, 5, 5, '2024-03-28', 'N', 26, 3);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (34, 1, 9, '2024-04-06', 'Y', 7, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (35, 3, 17, '2024-04-08', 'N', 23, 10);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (36, 1, 2, '2024-04-27', 'N', 20, 1);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (37, 11, 14, '2024-05-09', 'Y', 18, NULL);
INSERT INTO Shipments (ShipID, from_ctr, to_hosp, ship_dt, urgent_yn, packed_by, checked_by) VALUES (38, 1, 2, '2024-05-14', 'Y', 1, 20);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (1, 1, 'RBC', 270, '2024-04-24', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (2, 2, 'RBC', 287, '2024-06-17', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (3, 2, 'FFP', 225, '2026-05-13', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (4, 3, 'FFP', 581, '2025-02-24', 'S', 37);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (5, 4, 'FFP', 624, '2025-06-07', 'S', 24);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (6, 5, 'FFP', 610, '2026-01-29', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (7, 6, 'RBC', 279, '2024-03-01', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (8, 7, 'PLT', 261, '2024-01-22', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (9, 8, 'FFP', 600, '2026-04-08', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (10, 9, 'RBC', 267, '2023-09-15', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (11, 10, 'RBC', 294, '2023-03-07', 'S', 5);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (12, 11, 'RBC', 250, '2024-05-19', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (13, 11, 'FFP', 200, '2026-04-14', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (14, 12, 'FFP', 621, '2025-05-17', 'S', 26);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (15, 13, 'RBC', 291, '2024-04-03', 'S', 31);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (16, 14, 'RBC', 293, '2023-11-13', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (17, 14, 'FFP', 260, '2025-10-08', 'S', 22);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (18, 15, 'RBC', 296, '2023-11-16', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (19, 16, 'RBC', 295, '2023-03-22', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (20, 17, 'RBC', 262, '2024-06-04', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (21, 18, 'RBC', 271, '2024-05-31', 'S', 38);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (22, 18, 'FFP', 248, '2026-04-26', 'S', 38);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (23, 19, 'FFP', 626, '2026-04-17', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (24, 20, 'FFP', 644, '2026-05-01', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (25, 21, 'RBC', 256, '2023-12-17', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (26, 22, 'RBC', 278, '2023-02-28', 'S', 3);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (27, 23, 'RBC', 275, '2024-04-04', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (28, 23, 'FFP', 218, '2026-02-28', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (29, 24, 'PLT', 266, '2023-08-02', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (30, 25, 'RBC', 277, '2023-05-02', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (31, 25, 'FFP', 260, '2025-03-27', 'S', 18);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (32, 26, 'FFP', 630, '2025-12-06', 'S', 28);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (33, 27, 'RBC', 284, '2024-05-12', 'S', 35);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (34, 28, 'RBC', 261, '2024-04-08', 'S', 33);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (35, 28, 'FFP', 242, '2026-03-04', 'S', 33);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (36, 29, 'RBC', 300, '2023-11-17', 'S', 22);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (37, 30, 'RBC', 250, '2023-09-25', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (38, 30, 'FFP', 214, '2025-08-20', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (39, 31, 'RBC', 250, '2023-05-22', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (40, 32, 'RBC', 251, '2023-07-21', 'S', 16);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (41, 32, 'FFP', 218, '2025-06-15', 'S', 25);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (42, 33, 'FFP', 683, '2025-06-09', 'S', 37);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (43, 34, 'RBC', 258, '2023-12-09', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (44, 35, 'RBC', 285, '2023-07-23', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (45, 36, 'RBC', 293, '2023-04-25', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (46, 36, 'FFP', 233, '2025-03-20', 'S', 33);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (47, 37, 'RBC', 289, '2024-03-07', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (48, 37, 'FFP', 252, '2026-01-31', 'S', 38);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (49, 38, 'RBC', 299, '2024-06-19', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (50, 39, 'RBC', 258, '2023-07-23', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (51, 40, 'RBC', 265, '2024-04-14', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (52, 40, 'FFP', 209, '2026-03-10', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (53, 41, 'RBC', 291, '2023-12-02', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (54, 42, 'RBC', 272, '2023-05-14', 'S', 9);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (55, 43, 'FFP', 595, '2026-04-29', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (56, 44, 'RBC', 259, '2023-07-22', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (57, 44, 'FFP', 250, '2025-06-16', 'S', 28);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (58, 45, 'FFP', 686, '2025-12-14', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (59, 46, 'FFP', 721, '2025-09-27', 'S', 26);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (60, 47, 'RBC', 253, '2023-08-15', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (61, 48, 'RBC', 289, '2023-06-24', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (62, 49, 'RBC', 288, '2023-11-10', 'S', 23);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (63, 50, 'RBC', 287, '2024-01-02', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (64, 50, 'FFP', 240, '2025-11-27', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (65, 51, 'RBC', 278, '2024-04-24', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (66, 52, 'FFP', 663, '2025-03-10', 'S', 35);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (67, 53, 'RBC', 286, '2023-12-19', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (68, 53, 'FFP', 230, '2025-11-13', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (69, 54, 'FFP', 736, '2025-07-14', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (70, 55, 'PLT', 240, '2024-01-27', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (71, 56, 'RBC', 261, '2024-05-07', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (72, 56, 'FFP', 260, '2026-04-02', 'S', 36);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (73, 57, 'RBC', 273, '2023-12-19', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (74, 58, 'PLT', 210, '2024-03-25', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (75, 59, 'RBC', 287, '2023-07-18', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (76, 59, 'FFP', 222, '2025-06-12', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (77, 60, 'RBC', 300, '2023-03-28', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (78, 61, 'RBC', 254, '2023-07-13', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (79, 61, 'FFP', 258, '2025-06-07', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (80, 62, 'RBC', 283, '2023-08-22', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (81, 62, 'FFP', 242, '2025-07-17', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (82, 63, 'RBC', 251, '2023-07-14', 'S', 15);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (83, 63, 'FFP', 205, '2025-06-08', 'S', 15);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (84, 64, 'RBC', 252, '2023-04-03', 'S', 5);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (85, 64, 'FFP', 222, '2025-02-26', 'S', 17);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (86, 65, 'RBC', 255, '2023-03-31', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (87, 65, 'FFP', 250, '2025-02-23', 'S', 20);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (88, 66, 'RBC', 288, '2024-06-20', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (89, 66, 'FFP', 246, '2026-05-16', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (90, 67, 'RBC', 261, '2023-05-31', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (91, 68, 'RBC', 297, '2023-09-28', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (92, 69, 'RBC', 271, '2023-03-14', 'S', 4);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (93, 70, 'RBC', 298, '2024-05-17', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (94, 71, 'RBC', 258, '2023-05-29', 'S', 9);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (95, 72, 'RBC', 252, '2023-08-17', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (96, 72, 'FFP', 226, '2025-07-12', 'S', 33);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (97, 73, 'RBC', 262, '2023-07-10', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (98, 73, 'FFP', 205, '2025-06-04', 'A', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (99, 74, 'RBC', 272, '2023-12-26', 'S', 26);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (100, 74, 'FFP', 248, '2025-11-20', 'S', 29);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (101, 75, 'RBC', 290, '2023-12-28', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (102, 75, 'FFP', 248, '2025-11-22', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (103, 76, 'FFP', 604, '2025-09-02', 'S', 35);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (104, 77, 'RBC', 292, '2023-03-18', 'Q', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (105, 77, 'FFP', 259, '2025-02-10', 'S', 37);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (106, 78, 'RBC', 252, '2024-01-11', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (107, 79, 'RBC', 253, '2023-05-10', 'S', 9);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (108, 80, 'RBC', 251, '2023-08-26', 'Q', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (109, 81, 'RBC', 251, '2023-12-23', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (110, 81, 'FFP', 239, '2025-11-17', 'S', 38);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (111, 82, 'PLT', 216, '2023-06-16', 'S', 14);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (112, 83, 'RBC', 251, '2023-03-12', 'S', 3);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (113, 83, 'FFP', 257, '2025-02-04', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (114, 84, 'RBC', 278, '2024-05-06', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (115, 85, 'PLT', 255, '2023-06-11', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (116, 86, 'PLT', 197, '2023-05-03', 'X', NULL);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (117, 87, 'RBC', 296, '2024-01-21', 'S', 27);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (118, 87, 'FFP', 233, '2025-12-16', 'S', 35);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (119, 88, 'RBC', 288, '2024-04-22', 'S', 34);
INSERT INTO BloodUnit (UnitID, don_id, comp_cd, unit_vol, exp_dt, stat, ShipID) VALUES (120, 88, 'FFP', 213, '2026-03-18', 'S', 38);
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (4, 1, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (26, 2, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (3, 2, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 3, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (19, 4, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 5, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 5, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 6, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 7, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 7, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 8, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (14, 8, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 9, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (13, 10, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (12, 11, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (5, 12, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 12, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (2, 13, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 14, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (23, 15, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (5, 16, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (10, 17, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (9, 17, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 18, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 18, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (16, 19, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (9, 20, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (2, 20, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 21, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 22, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (19, 23, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 24, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 24, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (13, 25, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 26, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (23, 27, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (9, 27, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (26, 28, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 29, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 30, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (3, 31, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (9, 32, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 33, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 34, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (3, 35, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (26, 36, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 37, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (16, 38, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 39, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 39, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 40, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 41, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 41, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 42, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 42, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (13, 43, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (4, 43, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 44, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 45, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 45, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (14, 46, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 46, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 47, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 48, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (26, 49, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (12, 49, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (16, 50, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 51, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (2, 52, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (24, 52, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (3, 53, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 54, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 54, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 55, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 56, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 57, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (2, 58, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (24, 58, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 59, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (12, 60, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 61, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (19, 62, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (5, 63, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (13, 64, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 65, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (2, 66, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 67, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 68, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (10, 69, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (12, 70, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 71, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (12, 72, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 73, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 74, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (5, 74, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 75, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 75, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (23, 76, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (24, 76, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (18, 77, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 78, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 79, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (21, 80, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 81, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (20, 81, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 82, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (14, 82, 'S');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 83, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (17, 84, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (19, 85, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (16, 86, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (9, 87, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (1, 88, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (28, 89, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (5, 89, 'M');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 90, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (4, 91, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (6, 92, 'V');
INSERT INTO session_staff (nurse_id, don_id, role_cd) VALUES (7, 92, 'S');
COMMIT;
