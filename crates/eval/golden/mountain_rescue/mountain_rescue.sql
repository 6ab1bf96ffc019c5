PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE rescue_bases (
    base_id INTEGER PRIMARY KEY,
    base_nm VARCHAR(60) NOT NULL,
    town VARCHAR(40),
    rgn CHAR(3),
    elev_m TEXT,
    is_hospital CHAR(1) DEFAULT 'N',
    opened_yr INTEGER
);

CREATE TABLE Volunteer (
    VolID INTEGER PRIMARY KEY,
    vol_fname VARCHAR(30),
    vol_lname VARCHAR(30),
    sex CHAR(1),
    dob TEXT,
    home_stn INTEGER,
    TeamLeader INTEGER,
    joined_dt TEXT,
    phone_no VARCHAR(20),
    medic_flg CHAR(1),
    FOREIGN KEY (home_stn) REFERENCES rescue_bases(base_id),
    FOREIGN KEY (TeamLeader) REFERENCES Volunteer(VolID)
);

CREATE TABLE Ref_Skill_Codes (
    skill_cd CHAR(3) PRIMARY KEY,
    skill_desc VARCHAR(60),
    renew_yrs INTEGER
);

CREATE TABLE vol_skills (
    VolID INTEGER NOT NULL,
    skill_cd CHAR(3) NOT NULL,
    cert_dt TEXT,
    lvl INTEGER,
    PRIMARY KEY (VolID, skill_cd),
    FOREIGN KEY (VolID) REFERENCES Volunteer(VolID),
    FOREIGN KEY (skill_cd) REFERENCES Ref_Skill_Codes(skill_cd)
);

CREATE TABLE CalloutLog (
    CalloutID INTEGER PRIMARY KEY,
    call_dt TEXT,
    sev_cd VARCHAR(4),
    mtn_area VARCHAR(40),
    grid_ref VARCHAR(12),
    lead_base INTEGER,
    dur_hrs TEXT,
    wx CHAR(4)
);

CREATE TABLE callout_crew (
    co_id INTEGER,
    vol_no INTEGER,
    role_cd CHAR(1),
    PRIMARY KEY (co_id, vol_no)
);

CREATE TABLE Casualty (
    cas_id INTEGER PRIMARY KEY,
    callout_ref INTEGER,
    cas_name VARCHAR(60),
    age INTEGER,
    sex CHAR(1),
    injury VARCHAR(40),
    outcome CHAR(1)
);

CREATE TABLE helicopters (
    heli_reg VARCHAR(8) PRIMARY KEY,
    model VARCHAR(40),
    operator_cd VARCHAR(3),
    seats INTEGER,
    yr_built INTEGER,
    stn INTEGER
);

CREATE TABLE HeliFlight (
    FlightNo INTEGER PRIMARY KEY,
    heli VARCHAR(8),
    CasID INTEGER,
    orig_base INTEGER,
    dest_base INTEGER,
    flt_dt TEXT,
    flt_mins INTEGER,
    night_flg CHAR(1),
    FOREIGN KEY (heli) REFERENCES helicopters(heli_reg),
    FOREIGN KEY (CasID) REFERENCES Casualty(cas_id),
    FOREIGN KEY (orig_base) REFERENCES rescue_bases(base_id),
    FOREIGN KEY (dest_base) REFERENCES rescue_bases(base_id)
);

INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (1, 'Lochaber MRT Base', 'Fort William', 'SCO', '61', 'N', 1971);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (2, 'Glencoe MRT Base', 'Glencoe', 'SCO', '22', 'N', 1961);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (3, 'Cairngorm MRT Base', 'Aviemore', 'SCO', '212', 'N', 1963);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (4, 'Braemar MRT Base', 'Braemar', 'SCO', '339', 'N', 1965);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (5, 'Keswick MRT Base', 'Keswick', 'ENG', '84', 'N', 1947);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (6, 'Langdale Ambleside MRT Base', 'Ambleside', 'ENG', '57', 'N', 1969);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (7, 'Wasdale MRT Base', 'Wasdale Head', 'ENG', '79', 'N', NULL);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (8, 'Llanberis MRT Base', 'Llanberis', 'WAL', '106', 'N', 1967);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (9, 'Ogwen Valley MRO Base', 'Bethesda', 'WAL', '306', 'N', 1964);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (10, 'Belford Hospital', 'Fort William', 'SCO', '14', 'Y', NULL);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (11, 'Raigmore Hospital', 'Inverness', 'SCO', '9', 'Y', 1941);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (12, 'Aberdeen Royal Infirmary', 'Aberdeen', 'SCO', '48', 'Y', 1936);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (13, 'Cumberland Infirmary', 'Carlisle', 'ENG', '27', 'Y', NULL);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (14, 'Furness General Hospital', 'Barrow-in-Furness', 'ENG', '19', 'Y', 1984);
INSERT INTO rescue_bases (base_id, base_nm, town, rgn, elev_m, is_hospital, opened_yr) VALUES (15, 'Ysbyty Gwynedd', 'Bangor', 'WAL', '43', 'Y', 1984);
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (1, 'Murray', 'Sinclair', 'M', '1998-04-13', 1, NULL, '2017-09-05', '07888 350912', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (2, 'Lachlan', 'Morgan', 'M', '1988-08-28', 1, 1, '2008-10-14', '07908 375522', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (3, 'Duncan', 'Stewart', 'M', '1967-08-07', 1, 1, '1991-05-24', '07701 246324', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (4, 'Owen', 'Robertson', 'M', '1998-09-15', 1, 2, '2021-03-08', '07891 432624', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (5, 'Jamie', 'Mackay', 'M', '1993-11-20', 1, 2, '2012-04-01', '07992 271020', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (6, 'Iain', 'Harrison', 'M', '1968-10-11', 1, 1, '2009-03-24', '07892 031706', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (7, 'Peter', 'Thomas', 'M', '1980-03-22', 1, 1, '2014-03-18', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (8, 'Murray', 'Taylor', 'M', '1964-09-05', 1, 1, '1995-03-24', '07792 717228', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (9, 'Robert', 'Munro', 'M', '1994-01-07', 2, NULL, '2020-09-11', '07806 546766', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (10, 'Beth', 'MacDonald', 'F', '1972-08-26', 2, 9, '2001-02-20', '07890 809375', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (11, 'Peter', 'Cameron', 'M', '1986-09-23', 2, 9, '2021-03-12', '07738 779151', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (12, 'Kenny', 'MacDonald', 'M', '1990-01-03', 2, 9, '2018-03-06', '07769 090840', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (13, 'Neil', 'Roberts', 'M', '1982-12-18', 2, 9, '2016-11-11', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (14, 'Laura', 'Stewart', 'F', '1970-04-07', 2, 9, '2002-10-15', '07984 943455', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (15, 'Emma', 'Taylor', 'F', '1995-12-23', 2, 9, '2022-01-08', '07736 393467', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (16, 'Peter', 'Munro', 'M', '1962-02-13', 3, NULL, '2006-03-13', '07785 227400', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (17, 'Rhys', 'Walker', 'M', '1995-05-29', 3, 16, '2019-09-12', '07877 624455', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (18, 'Kenny', 'Fraser', 'M', '1989-11-26', 3, 16, '2007-12-04', '07943 566102', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (19, 'Rhona', 'Hughes', 'F', '1993-08-04', 3, 16, '2014-08-23', '07745 924111', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (20, 'Rhona', 'Stewart', 'F', '1994-08-25', 3, 16, '2016-11-18', '07798 812951', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (21, 'Dafydd', 'Hodgson', 'M', '1963-03-04', 3, 1, '2001-01-19', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (22, 'Matthew', 'MacLeod', 'M', '1976-03-04', 3, 16, '2020-11-26', '07821 552553', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (23, 'Alasdair', 'Wilson', 'M', '1964-10-04', 4, NULL, '2022-04-05', '07980 897363', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (24, 'Ailsa', 'Cameron', 'F', '1985-04-28', 4, 23, '2009-04-06', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (25, 'Ailsa', 'Hodgson', 'F', '1993-03-31', 4, 23, '2021-01-27', '07793 836421', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (26, 'Callum', 'Taylor', 'M', '1990-03-19', 4, 23, '2011-09-15', '07750 007384', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (27, 'Fraser', 'Munro', 'M', '1966-09-24', 4, 23, '2015-02-02', '07867 984724', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (28, 'Kenny', 'Williams', 'M', '1971-10-10', 4, 23, '1996-03-22', '07993 366677', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (29, 'Alasdair', 'Pritchard', 'M', '1999-11-29', 5, NULL, '2020-07-24', '07735 714815', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (30, 'Rachel', 'Hodgson', 'F', '1981-06-07', 5, 29, '2010-11-07', '07848 297077', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (31, 'Gareth', 'Roberts', 'M', '1988-02-07', 5, 29, '2014-01-18', '07983 668704', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (32, 'Fiona', 'Fraser', 'F', '2000-11-17', 5, 29, '2018-01-08', '07703 725632', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (33, 'Alasdair', 'Lloyd', 'M', '1999-10-27', 5, 29, '2020-05-20', '07791 557171', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (34, 'Kirsty', 'MacDonald', 'F', '1993-03-10', 5, 29, '2013-09-24', '07724 079746', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (35, 'Sarah', 'Jones', 'F', '1994-11-17', 5, 29, '2020-11-04', '07738 519456', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (36, 'Owen', 'Roberts', 'M', '1997-03-25', 1, 1, '2022-12-16', '07974 353572', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (37, 'Duncan', 'Taylor', 'M', '1984-04-21', 6, NULL, '2021-03-22', '07953 589360', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (38, 'Matthew', 'Mackay', 'M', '1962-04-24', 6, 37, '2005-09-16', '07936 319513', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (39, 'Jenny', 'Lloyd', 'F', '1986-03-23', 6, 40, '2011-02-22', '07785 485933', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (40, 'Mark', 'Robertson', 'M', '1981-12-15', 6, 37, '2014-09-26', '07820 927310', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (41, 'Ailsa', 'Nicholson', 'F', '1971-03-28', 6, 37, '1996-12-28', '07721 964041', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (42, 'Peter', 'Wilson', 'M', '1982-07-11', 6, 37, '2001-09-05', '07710 669872', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (43, 'Jamie', 'Sinclair', 'M', '1970-07-01', 6, 37, '1990-05-12', '07946 922043', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (44, 'Robert', 'Harrison', 'M', '1981-11-20', 7, NULL, '2004-07-27', '07790 222741', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (45, 'Iain', 'Hughes', 'M', '1976-08-16', 7, 44, '2020-10-29', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (46, 'Murray', 'Dixon', 'M', '1967-12-09', 7, 44, '2014-04-29', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (47, 'Morag', 'Roberts', 'F', '1978-09-18', 7, 44, '2001-07-21', '07724 876223', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (48, 'Emma', 'Lloyd', 'F', '1996-02-17', 7, 44, '2017-09-13', '07834 419890', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (49, 'Callum', 'Lloyd', 'M', '1967-09-02', 8, NULL, '2007-07-25', '07933 296319', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (50, 'Duncan', 'MacDonald', 'M', '1964-10-15', 8, 49, '2009-12-18', '07715 406824', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (51, 'Ben', 'Bell', 'M', '1963-02-11', 8, 49, '2022-09-14', '07922 661746', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (52, 'Ailsa', 'Hughes', 'F', '1980-02-17', 8, 49, '1998-10-02', '07711 900102', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (53, 'Callum', 'Jones', 'M', '1973-02-07', 8, 49, '2016-07-09', NULL, 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (54, 'Murray', 'Cameron', 'M', '1992-12-11', 8, 49, '2014-06-10', '07731 967040', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (55, 'Matthew', 'Jones', 'M', '1976-07-24', 8, 49, '2012-12-17', '07753 203155', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (56, 'Robert', 'Nicholson', 'M', '1964-03-03', 9, NULL, '2014-02-02', '07938 512459', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (57, 'Eilidh', 'Munro', 'F', '1974-10-26', 9, 56, '1997-01-22', '07960 908381', 'Y');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (58, 'Helen', 'Hodgson', 'F', '1971-03-04', 9, 56, '2012-10-01', '07875 391053', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (59, 'Sarah', 'Grant', 'F', '1965-01-17', 9, 56, '2006-06-27', '07719 420723', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (60, 'Iain', 'Stewart', 'M', '1996-10-03', 9, 56, '2014-03-28', '07959 366702', 'N');
INSERT INTO Volunteer (VolID, vol_fname, vol_lname, sex, dob, home_stn, TeamLeader, joined_dt, phone_no, medic_flg) VALUES (61, 'Laura', 'Thomas', 'F', '1986-07-16', 9, 56, '2005-03-14', '07805 038617', 'N');
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('NAV', 'Mountain navigation', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('ROP', 'Rope rescue', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('FA', 'First aid', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('CAS', 'Casualty care', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('AVL', 'Avalanche rescue', 2);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('SKI', 'Ski mountaineering', NULL);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('DOG', 'Search dog handling', 1);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('SWR', 'Swiftwater rescue', 2);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('RAD', 'Radio operation', 5);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('DRV', 'Off-road driving', 5);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('CLM', 'Technical climbing', NULL);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('WIN', 'Helicopter winch operation', 1);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('DRN', 'Drone piloting', 2);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('SRC', 'Search management', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('CAV', 'Cave rescue', 3);
INSERT INTO Ref_Skill_Codes (skill_cd, skill_desc, renew_yrs) VALUES ('MED', 'Paramedic', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (1, 'MED', '2017-06-21', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (1, 'RAD', '2024-03-05', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (3, 'CAS', '2023-10-15', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (3, 'NAV', '2014-07-24', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (4, 'CAS', '2022-09-22', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (4, 'ROP', '2023-07-03', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (5, 'CAS', '2012-07-08', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (5, 'RAD', '2019-09-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (5, 'ROP', '2015-03-23', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (6, 'CAS', '2019-01-30', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (6, 'FA', '2020-06-01', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (7, 'FA', '2023-08-29', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (7, 'ROP', '2021-10-28', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (8, 'DRN', '2023-01-08', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (8, 'NAV', '2015-05-20', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (8, 'SWR', '2015-04-27', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (9, 'DRV', '2021-08-24', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (10, 'FA', '2023-05-15', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (10, 'NAV', '2022-10-11', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (11, 'DOG', '2022-05-09', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (11, 'NAV', '2023-12-08', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (11, 'ROP', '2023-09-20', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (12, 'MED', '2018-10-13', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (12, 'NAV', '2023-10-26', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (13, 'CAS', '2020-03-11', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (14, 'FA', '2023-05-10', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (14, 'NAV', '2017-12-30', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (14, 'RAD', '2015-01-26', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (15, 'NAV', '2023-12-29', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (16, 'CLM', '2022-12-16', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (17, 'CLM', '2021-08-14', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (17, 'DRV', '2020-03-17', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (19, 'NAV', '2014-09-26', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (19, 'SKI', '2014-01-09', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (19, 'WIN', '2015-06-25', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (20, 'CAS', '2017-03-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (20, 'NAV', '2022-02-23', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (22, 'NAV', '2020-08-29', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (22, 'SKI', '2021-08-03', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (23, 'MED', '2024-04-15', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (24, 'CAS', '2012-01-24', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (24, 'ROP', '2012-05-29', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (25, 'DOG', '2023-05-30', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (25, 'ROP', '2024-03-06', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (26, 'ROP', '2022-04-07', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (27, 'FA', '2016-09-30', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (27, 'NAV', '2023-05-30', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (28, 'NAV', '2014-11-15', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (28, 'ROP', '2012-05-29', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (29, 'FA', '2020-07-22', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (29, 'RAD', '2024-02-18', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (30, 'MED', '2013-04-15', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (30, 'ROP', '2017-04-08', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (31, 'DRN', '2018-03-08', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (32, 'ROP', '2023-09-16', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (32, 'WIN', '2024-12-01', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (33, 'AVL', '2020-09-18', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (33, 'CAS', '2020-12-30', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (33, 'NAV', '2021-10-14', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (34, 'NAV', '2018-05-15', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (34, 'ROP', '2013-06-04', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (36, 'CAS', '2022-09-19', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (37, 'DOG', '2022-08-18', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (37, 'FA', '2024-07-18', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (37, 'MED', '2024-04-15', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (38, 'CAS', '2015-01-02', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (38, 'FA', '2022-09-08', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (39, 'FA', '2021-07-06', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (39, 'RAD', '2019-06-25', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (39, 'SWR', '2013-02-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (40, 'DRN', '2019-11-04', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (40, 'NAV', '2014-04-30', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (40, 'ROP', '2015-09-29', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (41, 'CLM', '2019-03-07', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (41, 'FA', '2012-11-25', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (42, 'FA', '2014-12-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (42, 'RAD', '2022-08-25', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (43, 'MED', '2017-06-14', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (44, 'MED', '2014-05-23', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (45, 'NAV', '2021-06-20', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (45, 'RAD', '2021-05-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (46, 'AVL', '2018-10-27', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (46, 'NAV', '2023-11-16', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (47, 'SWR', '2016-03-25', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (48, 'AVL', '2021-08-17', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (49, 'NAV', '2015-11-15', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (49, 'SRC', '2016-06-21', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (50, 'DRV', '2014-06-29', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (50, 'RAD', '2019-04-08', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (50, 'SKI', '2022-03-29', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (52, 'DOG', '2024-03-12', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (53, 'FA', '2016-07-05', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (53, 'ROP', '2020-09-14', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (54, 'NAV', '2018-05-15', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (54, 'SRC', '2022-07-28', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (55, 'CAS', '2020-01-02', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (56, 'MED', '2018-12-29', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (57, 'FA', '2014-02-16', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (57, 'MED', '2019-12-29', NULL);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (57, 'ROP', '2015-05-26', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (59, 'CAS', '2023-09-16', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (59, 'RAD', '2018-02-06', 3);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (59, 'ROP', '2021-07-06', 2);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (60, 'FA', '2016-04-09', 1);
INSERT INTO vol_skills (VolID, skill_cd, cert_dt, lvl) VALUES (60, 'SRC', '2023-01-28', 2);
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (1, '2021-01-30', 'LOW', 'Glen Coe', 'NN 966 865', 2, '4.25', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (2, '2021-02-04', 'HIGH', 'Scafell Pike', 'NY 638 291', 7, '5', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (3, '2021-04-04', 'HIGH', 'Snowdon', 'SH 531 972', 8, '6.5', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (4, '2021-04-21', 'HIGH', 'Tryfan', 'SH 110 229', 9, '6.5', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (5, '2021-04-26', 'MED', 'Scafell Pike', 'NY 868 351', 7, '3', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (6, '2021-10-30', 'MED', 'Scafell Pike', 'NY 125 452', 7, '7.75', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (7, '2021-11-08', 'HIGH', 'Ben Nevis', 'NN 824 488', 1, '11.75', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (8, '2021-12-09', 'MED', 'Cairngorms', 'NJ 756 547', 4, '1.25', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (9, '2021-12-16', 'MED', 'Langdale Pikes', 'NY 656 977', 6, '2', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (10, '2022-01-30', 'HIGH', 'Cairngorms', 'NJ 562 225', 3, '10', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (11, '2022-01-31', 'HIGH', 'Tryfan', 'SH 406 199', 9, '6', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (12, '2022-03-14', 'MED', 'Ben Nevis', 'NN 363 790', 1, '4.5', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (13, '2022-03-22', 'MED', 'Helvellyn', 'NY 580 947', 6, '6.5', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (14, '2022-03-31', 'HIGH', 'Glen Coe', 'NN 318 119', 2, '2.25', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (15, '2022-04-08', 'MED', 'Helvellyn', 'NY 892 578', 5, '7.5', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (16, '2022-06-12', 'HIGH', 'Great Gable', 'NY 356 485', 7, '2.25', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (17, '2022-07-19', 'HIGH', 'Helvellyn', 'NY 656 195', 5, '7.75', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (18, '2022-09-05', 'CRIT', 'Helvellyn', 'NY 632 150', 5, '1.75', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (19, '2022-09-16', 'HIGH', 'Cairngorms', NULL, 4, '8.5', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (20, '2023-02-14', 'LOW', 'Scafell Pike', 'NY 654 768', 7, '9', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (21, '2023-05-19', 'LOW', 'Snowdon', 'SH 405 584', 8, '4.25', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (22, '2023-06-13', 'LOW', 'Lochnagar', 'NO 554 262', 4, '5.75', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (23, '2023-06-25', 'HIGH', 'Glen Coe', 'NN 298 195', 2, '9.25', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (24, '2023-07-19', 'HIGH', 'Snowdon', 'SH 841 113', 8, '1.5', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (25, '2023-08-09', 'HIGH', 'Lochnagar', 'NO 358 973', 4, '6.25', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (26, '2023-09-19', 'MED', 'Cairngorms', 'NJ 846 646', 4, '4.75', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (27, '2023-10-16', 'MED', 'Scafell Pike', 'NY 720 463', 7, '6.75', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (28, '2023-11-03', 'MED', 'Snowdon', NULL, 8, '5', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (29, '2023-11-07', 'CRIT', 'Lochnagar', 'NO 513 747', 4, '3.25', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (30, '2023-11-23', 'MED', 'Lochnagar', NULL, 4, '6.25', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (31, '2023-12-10', 'MED', 'Langdale Pikes', 'NY 102 392', 6, '1.5', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (32, '2023-12-31', 'LOW', 'Glen Coe', 'NN 650 294', 2, '5.5', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (33, '2024-01-03', 'MED', 'Snowdon', NULL, 8, '11.5', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (34, '2024-01-06', 'HIGH', 'Glen Coe', 'NN 873 509', 2, '7', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (35, '2024-01-13', 'MED', 'Great Gable', 'NY 551 186', 5, '3.75', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (36, '2024-02-16', 'LOW', 'Snowdon', 'SH 537 574', 8, '9.75', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (37, '2024-03-14', 'MED', 'Snowdon', 'SH 905 767', 8, '7.75', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (38, '2024-03-19', 'HIGH', 'Glen Coe', 'NN 844 480', 2, '9', 'SNOW');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (39, '2024-04-16', 'LOW', 'Scafell Pike', 'NY 980 563', 7, '3.75', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (40, '2024-04-17', 'MED', 'Ben Nevis', 'NN 374 139', 1, '8.5', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (41, '2024-05-27', 'MED', 'Ben Nevis', 'NN 167 347', 1, '7', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (42, '2024-06-09', 'MED', 'Langdale Pikes', 'NY 956 560', 6, '5.5', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (43, '2024-07-30', 'CRIT', 'Scafell Pike', 'NY 931 396', 7, '8.75', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (44, '2024-08-03', 'LOW', 'Glen Coe', 'NN 817 655', 2, '9.25', 'CLR');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (45, '2024-09-07', 'LOW', 'Helvellyn', 'NY 455 456', 5, '8', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (46, '2024-10-25', 'HIGH', 'Ben Nevis', 'NN 496 633', 1, '5', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (47, '2024-10-26', 'LOW', 'Snowdon', NULL, 8, '4.75', 'WIND');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (48, '2024-11-12', 'HIGH', 'Lochnagar', 'NO 840 855', 4, '5.5', 'RAIN');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (49, '2024-11-18', 'CRIT', 'Glen Coe', 'NN 660 602', 2, '11.75', 'FOG');
INSERT INTO CalloutLog (CalloutID, call_dt, sev_cd, mtn_area, grid_ref, lead_base, dur_hrs, wx) VALUES (50, '2024-12-04', 'MED', 'Tryfan', 'SH 460 894', 9, '4.5', 'SNOW');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (1, 10, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (1, 15, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (2, 46, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (2, 47, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (2, 48, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (3, 53, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (4, 59, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (4, 60, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (5, 44, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (5, 47, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (6, 44, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (6, 47, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (6, 48, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (7, 2, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (7, 4, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (7, 8, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (8, 23, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (8, 27, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (9, 37, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (9, 43, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (10, 18, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (10, 21, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (11, 56, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (11, 57, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (12, 36, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (13, 38, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (13, 41, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (14, 10, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (14, 11, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (15, 29, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (15, 32, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (16, 44, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (16, 48, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (17, 31, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (17, 32, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (18, 31, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (18, 34, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (18, 35, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (19, 24, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (19, 25, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (20, 47, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (20, 48, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (21, 52, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (21, 54, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (22, 25, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (22, 28, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (23, 13, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (23, 14, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (23, 15, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (24, 49, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (24, 50, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (24, 54, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (25, 23, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (25, 25, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (25, 26, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (26, 26, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (26, 27, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (27, 44, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (27, 47, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (27, 48, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (28, 52, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (28, 53, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (29, 25, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (29, 27, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (29, 28, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (30, 23, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (30, 24, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (31, 38, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (31, 40, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (32, 12, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (33, 49, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (33, 50, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (34, 12, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (35, 29, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (35, 32, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (36, 49, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (36, 55, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (37, 52, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (37, 55, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (38, 11, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (39, 44, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (39, 47, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (40, 3, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (41, 4, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (41, 36, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (42, 37, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (42, 38, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (42, 41, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (43, 44, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (43, 46, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (43, 48, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (44, 11, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (44, 12, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (44, 14, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (45, 29, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (45, 31, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (46, 7, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (46, 36, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (47, 49, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (47, 52, 'R');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (47, 54, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (48, 23, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (48, 24, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (48, 28, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (49, 10, 'D');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (49, 11, 'M');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (49, 13, 'L');
INSERT INTO callout_crew (co_id, vol_no, role_cd) VALUES (50, 61, 'L');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (1, 1, 'Anna Patel', 48, 'F', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (2, 1, 'Katie Turner', 48, 'F', 'Lost - uninjured', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (3, 2, 'Paul King', 44, 'M', 'Cardiac arrest', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (4, 3, 'Amy King', 73, 'F', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (5, 4, 'Pavel Wright', 17, 'M', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (6, 5, 'Jack Clarke', NULL, 'M', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (7, 5, 'Tomasz Moore', 52, 'M', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (8, 7, 'Sophie Cooper', 15, 'F', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (9, 8, 'Priya Cooper', 66, 'F', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (10, 9, 'Michael Shaw', 42, 'M', 'Dislocated shoulder', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (11, 10, 'Grace Green', 18, 'F', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (12, 11, 'Priya Shaw', 51, 'F', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (13, 12, 'Hannah Wright', 29, 'F', 'Dislocated shoulder', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (14, 12, 'George Moore', 44, 'M', 'Dislocated shoulder', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (15, 13, 'Charlie Green', 29, 'M', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (16, 14, 'Sophie Ward', 42, 'F', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (17, 14, 'Paul Novak', 26, 'M', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (18, 15, 'Oliver Baker', 31, 'M', 'Hypothermia', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (19, 16, 'David Green', 69, 'M', 'Cardiac arrest', 'F');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (20, 17, 'James Hill', 48, 'M', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (21, 18, 'Sam Ward', 24, 'M', 'Cardiac arrest', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (22, 19, 'Chris Clarke', 15, 'M', 'Cardiac arrest', 'F');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (23, 21, 'Nina Baker', NULL, 'F', 'Lost - uninjured', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (24, 22, 'Paul Cooper', 18, 'M', 'Ankle sprain', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (25, 23, 'Luke Baker', 22, 'M', 'Head injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (26, 24, 'George Wright', 18, 'M', 'Head injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (27, 24, 'Marta Patel', 71, 'F', 'Head injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (28, 25, 'Marta Clarke', 60, 'F', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (29, 26, 'George Turner', 69, 'M', 'Dislocated shoulder', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (30, 27, 'Lucy Shaw', 25, 'F', 'Wrist fracture', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (31, 28, 'Pavel Clarke', 68, 'M', 'Hypothermia', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (32, 29, 'Grace King', 41, 'F', 'Cardiac arrest', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (33, 29, 'Anna Baker', 45, 'F', 'Lower leg fracture', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (34, 30, 'Jack Wright', 42, 'M', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (35, 31, 'Amy King', 48, 'F', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (36, 32, 'Lucy Brown', 45, 'F', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (37, 33, 'James Brown', 52, 'M', 'Lower leg fracture', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (38, 34, 'Harry Turner', 29, 'M', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (39, 36, 'Sophie Turner', 46, 'F', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (40, 37, 'Luke Young', 18, 'M', 'Wrist fracture', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (41, 38, 'David King', 21, 'M', 'Head injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (42, 38, 'Chris Price', 30, 'M', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (43, 39, 'Anna Kowalski', 71, 'F', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (44, 40, 'Ahmed Cooper', NULL, 'M', 'Wrist fracture', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (45, 41, 'Tomasz Green', 44, 'M', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (46, 42, 'Tomasz Green', 50, 'M', 'Dislocated shoulder', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (47, 42, 'Harry Wright', 25, 'M', 'Wrist fracture', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (48, 43, 'Andrew Price', 23, 'M', 'Lower leg fracture', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (49, 44, 'Sophie Moore', 37, 'F', 'Ankle sprain', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (50, 45, 'Charlie Smith', 26, 'M', 'Lost - uninjured', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (51, 46, 'Jack Price', 60, 'M', 'Cardiac arrest', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (52, 47, 'Luke Novak', NULL, 'M', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (53, 47, 'Michael Clarke', 57, 'M', 'Exhaustion', 'R');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (54, 48, 'Luke Novak', 27, 'M', 'Hypothermia', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (55, 49, 'Zoe Khan', 24, 'F', 'Back injury', 'H');
INSERT INTO Casualty (cas_id, callout_ref, cas_name, age, sex, injury, outcome) VALUES (56, 50, 'Harry Cooper', 39, 'M', 'Ankle sprain', 'H');
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGT', 'AW189', 'CG', 16, 2015, 11);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGU', 'AW189', 'CG', 16, 2015, 11);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGV', 'S-92A', 'CG', 19, 2014, 11);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGW', 'AW189', 'CG', 16, 2016, 15);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGX', 'S-92A', 'CG', 19, 2013, 15);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-MCGY', 'AW189', 'CG', 16, 2016, 13);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-SCAA', 'H145', 'AA', 6, 2019, 12);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-SCAB', 'EC135', 'AA', 4, 2011, 11);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-GNAA', 'H145', 'AA', 6, 2020, 13);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-GNAB', 'EC135', 'AA', 4, 2010, 14);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-WASA', 'H145', 'AA', 6, 2021, 15);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-WASB', 'EC135', 'AA', 4, 2012, NULL);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('ZJ240', 'Puma HC2', 'MIL', 16, 2001, NULL);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('ZJ245', 'Chinook HC6', 'MIL', 33, 2014, NULL);
INSERT INTO helicopters (heli_reg, model, operator_cd, seats, yr_built, stn) VALUES ('G-BLUE', 'AS355', 'PVT', 5, 1998, NULL);
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1001, 'G-GNAB', 3, 7, 14, '2021-02-04', 32, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1002, 'G-MCGW', 4, 8, 15, '2021-04-04', 73, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1003, 'G-WASA', 5, 9, 15, '2021-04-21', 30, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1004, 'G-GNAA', 6, 7, 13, '2021-04-26', 65, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1005, 'G-SCAB', 8, 1, 11, '2021-11-08', 61, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1006, 'G-SCAA', 11, 3, 12, '2022-01-30', 16, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1007, 'G-WASA', 12, 9, 15, '2022-01-31', 52, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1008, 'G-MCGT', 16, 2, 11, '2022-03-31', 45, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1009, 'G-MCGV', 17, 2, 10, '2022-03-31', 49, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1010, 'G-MCGY', 20, 5, 13, '2022-07-19', 50, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1011, 'G-GNAA', 21, 5, 13, '2022-09-05', 16, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1012, 'G-MCGU', 25, 2, 10, '2023-06-25', 38, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1013, 'G-WASA', 26, 8, 15, '2023-07-19', 52, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1014, 'G-MCGW', 27, 8, 15, '2023-07-19', 53, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1015, 'G-MCGU', 28, 4, 12, '2023-08-09', 58, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1016, 'G-GNAA', 30, 7, 14, '2023-10-16', 59, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1017, 'G-MCGT', 32, 4, 12, '2023-11-07', 50, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1018, 'G-MCGU', 33, 4, 12, '2023-11-07', 37, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1019, 'G-MCGT', 34, 4, 12, '2023-11-23', 17, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1020, 'G-MCGU', 38, 2, 11, '2024-01-06', 23, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1021, 'G-SCAA', 41, 2, 10, '2024-03-19', 50, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1022, 'G-MCGT', 42, 2, 10, '2024-03-19', 14, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1023, 'G-MCGU', 43, 7, 14, '2024-04-16', 43, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1024, 'G-MCGU', 45, 1, 11, '2024-05-27', 68, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1025, 'G-MCGY', 48, 7, 14, '2024-07-30', 19, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1026, 'G-MCGV', 51, 1, 10, '2024-10-25', 42, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1027, 'G-MCGT', 54, 4, 12, '2024-11-12', 72, 'N');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1028, 'G-SCAA', 55, 2, 10, '2024-11-18', 54, 'Y');
INSERT INTO HeliFlight (FlightNo, heli, CasID, orig_base, dest_base, flt_dt, flt_mins, night_flg) VALUES (1029, 'G-WASA', 56, 9, 15, '2024-12-04', 68, 'N');
COMMIT;
