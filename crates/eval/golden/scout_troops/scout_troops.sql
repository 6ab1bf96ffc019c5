PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE District (
  DistrictID INTEGER PRIMARY KEY,
  DistName TEXT NOT NULL,
  region CHAR(1),
  Commissioner TEXT,
  office_town TEXT
);

CREATE TABLE troops (
  troop_no INTEGER PRIMARY KEY,
  troop_nm TEXT NOT NULL,
  dist_id INTEGER,
  meet_day TEXT,
  est_yr TEXT,
  coed_flg CHAR(1),
  sponsor_org TEXT,
  FOREIGN KEY (dist_id) REFERENCES District(DistrictID)
);

CREATE TABLE Scout (
  ScoutID INTEGER PRIMARY KEY,
  s_fname TEXT,
  s_lname TEXT,
  dob TEXT,
  sex CHAR(1),
  TroopNo INTEGER,
  PatrolLdr INTEGER,
  rank_cd TEXT,
  joined_dt TEXT,
  FOREIGN KEY (TroopNo) REFERENCES troops(troop_no),
  FOREIGN KEY (PatrolLdr) REFERENCES Scout(ScoutID)
);

CREATE TABLE Leaders (
  LeaderID INTEGER PRIMARY KEY,
  ldr_fname TEXT,
  ldr_lname TEXT,
  troop INTEGER,
  role_cd TEXT,
  yrs_svc TEXT,
  bg_chk CHAR(1),
  phone TEXT
);

CREATE TABLE Ref_Badge_Codes (
  badge_code TEXT PRIMARY KEY,
  badge_name TEXT NOT NULL,
  category TEXT,
  eagle_req CHAR(1)
);

CREATE TABLE scout_badges (
  scout_id INTEGER,
  badge TEXT,
  date_earned TEXT,
  AwardedBy INTEGER,
  PRIMARY KEY (scout_id, badge)
);

CREATE TABLE CampSites (
  SiteID INTEGER PRIMARY KEY,
  site_nm TEXT,
  county TEXT,
  capacity INTEGER,
  water_yn CHAR(1),
  nightly_fee REAL
);

CREATE TABLE Camp (
  camp_id INTEGER PRIMARY KEY,
  camp_name TEXT,
  SiteRef INTEGER,
  HostTroop INTEGER,
  GuestTroop INTEGER,
  start_dt TEXT,
  end_dt TEXT,
  camp_type TEXT,
  fee_amt REAL,
  FOREIGN KEY (SiteRef) REFERENCES CampSites(SiteID),
  FOREIGN KEY (HostTroop) REFERENCES troops(troop_no),
  FOREIGN KEY (GuestTroop) REFERENCES troops(troop_no)
);

CREATE TABLE camp_attendance (
  camp_id INTEGER,
  ScoutID INTEGER,
  nights INTEGER,
  paid_yn CHAR(1),
  PRIMARY KEY (camp_id, ScoutID),
  FOREIGN KEY (camp_id) REFERENCES Camp(camp_id),
  FOREIGN KEY (ScoutID) REFERENCES Scout(ScoutID)
);

INSERT INTO District VALUES (1, 'Three Rivers', 'N', 'Harold Jensen', 'Fairview');
INSERT INTO District VALUES (2, 'Prairie Wind', 'W', 'Donna Keller', 'Millbrook');
INSERT INTO District VALUES (3, 'Lakeshore', 'N', 'Samuel Ortiz', 'Port Ellis');
INSERT INTO District VALUES (4, 'Iron Range', 'N', 'Walter Novak', 'Hibbing');
INSERT INTO District VALUES (5, 'Bluestem', 'S', 'Carol Whitaker', 'Ashford');
INSERT INTO District VALUES (6, 'Cedar Valley', 'E', 'James Tanaka', 'Cedar Falls');
INSERT INTO District VALUES (7, 'Old Mill', 'E', 'Patricia Lowe', 'Riverton');
INSERT INTO District VALUES (8, 'Sandhill', 'S', 'Eugene Pratt', 'Dunmore');
INSERT INTO District VALUES (9, 'Pioneer Trail', 'W', 'Linda Haugen', 'Westfield');
INSERT INTO District VALUES (10, 'Timberline', 'N', 'Frank Delgado', 'Pine City');
INSERT INTO District VALUES (11, 'Heartland', 'S', NULL, 'Oakdale');
INSERT INTO District VALUES (12, 'Big Sky', 'W', 'Ruth Castellano', 'Larkspur');
INSERT INTO District VALUES (13, 'Red Cedar', 'E', 'George Lindahl', 'Menomonie');
INSERT INTO District VALUES (14, 'Silver Creek', 'S', 'Alice Brennan', 'Granger');
INSERT INTO District VALUES (15, 'North Star', 'N', NULL, 'Elk River');

INSERT INTO troops VALUES (118, 'Troop 118 Fairview', 6, 'TUE', '1912', 'Y', 'Fairview Methodist Church');
INSERT INTO troops VALUES (132, 'Troop 132 Millbrook', 1, 'TUE', '1971', 'Y', 'Millbrook PTA');
INSERT INTO troops VALUES (152, 'Troop 152 Port Ellis', 3, 'WED', '1962', 'N', NULL);
INSERT INTO troops VALUES (187, 'Troop 187 Hibbing', 14, 'THU', '1992', 'N', 'Hibbing First Lutheran Church');
INSERT INTO troops VALUES (228, 'Troop 228 Ashford', 6, 'MON', '2004', 'N', 'Ashford St. Mary''s Parish');
INSERT INTO troops VALUES (254, 'Troop 254 Cedar Falls', 6, 'TUE', '1938', 'Y', 'Cedar Falls First Lutheran Church');
INSERT INTO troops VALUES (287, 'Troop 287 Riverton', 8, 'WED', '1962', 'N', NULL);
INSERT INTO troops VALUES (338, 'Troop 338 Dunmore', 9, 'TUE', '1950', 'Y', 'Dunmore Methodist Church');
INSERT INTO troops VALUES (366, 'Troop 366 Westfield', 4, 'MON', '2012', 'N', 'Westfield Methodist Church');
INSERT INTO troops VALUES (407, 'Troop 407 Pine City', 1, 'TUE', '1938', 'N', 'Pine City American Legion');
INSERT INTO troops VALUES (412, 'Troop 412 Oakdale', 5, 'WED', '1953', 'Y', 'Oakdale American Legion');
INSERT INTO troops VALUES (443, 'Troop 443 Larkspur', 6, 'THU', '1999', 'N', 'Larkspur Rotary Club');
INSERT INTO troops VALUES (446, 'Troop 446 Menomonie', 5, 'MON', '1960', 'Y', 'Menomonie First Lutheran Church');
INSERT INTO troops VALUES (467, 'Troop 467 Granger', 10, 'TUE', '1929', 'Y', 'Granger Fire Department');
INSERT INTO troops VALUES (475, 'Troop 475 Elk River', 3, 'TUE', '2008', 'N', 'Elk River Fire Department');
INSERT INTO troops VALUES (478, 'Troop 478 Maple Grove', 2, 'THU', '1927', 'N', 'Maple Grove First Lutheran Church');
INSERT INTO troops VALUES (517, 'Troop 517 Stillwater', 2, 'MON', '2010', 'N', 'Stillwater St. Mary''s Parish');
INSERT INTO troops VALUES (709, 'Troop 709 Red Wing', 9, 'TUE', '2006', 'N', NULL);
INSERT INTO troops VALUES (717, 'Troop 717 Hastings', 12, 'WED', '1967', 'N', NULL);
INSERT INTO troops VALUES (723, 'Troop 723 Northfield', 3, 'THU', '2009', 'Y', 'Northfield Rotary Club');
INSERT INTO troops VALUES (795, 'Troop 795 Winona', 15, 'MON', '1941', 'Y', 'Winona Kiwanis Club');
INSERT INTO troops VALUES (800, 'Troop 800 Brainerd', 4, 'TUE', '2015', 'N', NULL);
INSERT INTO troops VALUES (818, 'Troop 818 Bemidji', 13, 'WED', '1996', 'Y', 'Bemidji American Legion');
INSERT INTO troops VALUES (836, 'Troop 836 Willmar', 14, 'THU', '1930', 'N', NULL);
INSERT INTO troops VALUES (867, 'Troop 867 Owatonna', 12, 'MON', '1993', 'N', 'Owatonna American Legion');
INSERT INTO troops VALUES (876, 'Troop 876 Faribault', 10, 'TUE', '1958', 'N', 'Faribault Methodist Church');
INSERT INTO troops VALUES (890, 'Troop 890 Mankato', 8, 'WED', '1940', 'N', NULL);
INSERT INTO troops VALUES (929, 'Troop 929 Austin', 1, 'THU', '1958', 'N', 'Austin Lions Club');
INSERT INTO troops VALUES (939, 'Troop 939 Albert Lea', 11, 'TUE', '2013', 'N', 'Albert Lea Rotary Club');
INSERT INTO troops VALUES (986, 'Troop 986 Moorhead', 7, 'TUE', '1974', 'N', 'Moorhead First Lutheran Church');

INSERT INTO Scout VALUES (1, 'Miles', 'Schmidt', '2010-04-06', 'M', 118, NULL, 'FC', '2021-12-23');
INSERT INTO Scout VALUES (2, 'Jack', 'Lindqvist', '2010-01-21', 'M', 118, 3, 'SC', '2022-07-14');
INSERT INTO Scout VALUES (3, 'Nora', 'Garcia', '2008-01-29', 'F', 118, NULL, 'EG', '2020-03-17');
INSERT INTO Scout VALUES (4, 'Sadie', 'Kowalski', '2012-02-26', 'F', 118, 3, 'SC', '2023-06-26');
INSERT INTO Scout VALUES (5, 'Liam', 'Holt', '2011-07-24', 'M', 132, NULL, 'EG', '2023-02-05');
INSERT INTO Scout VALUES (6, 'Wyatt', 'Bauer', '2012-11-09', 'M', 132, 5, 'SC', '2023-05-29');
INSERT INTO Scout VALUES (7, 'Hannah', 'Pruitt', '2013-06-03', 'F', 132, 5, 'ST', '2023-10-25');
INSERT INTO Scout VALUES (8, 'Jack', 'Anderson', '2009-05-06', 'M', 152, NULL, 'EG', '2020-01-02');
INSERT INTO Scout VALUES (9, 'Owen', 'Anderson', '2012-09-14', 'M', 152, 8, 'ST', '2023-01-05');
INSERT INTO Scout VALUES (10, 'Jack', 'Bauer', '2010-01-04', 'M', 152, 8, 'TF', '2023-05-19');
INSERT INTO Scout VALUES (11, 'Connor', 'Dawson', '2008-11-07', 'M', 187, NULL, 'EG', '2020-03-09');
INSERT INTO Scout VALUES (12, 'Wyatt', 'Holt', '2011-08-03', 'M', 187, 11, 'FC', '2023-11-02');
INSERT INTO Scout VALUES (13, 'Lucas', 'Ellis', '2013-07-22', 'M', 187, 11, 'FC', '2023-12-15');
INSERT INTO Scout VALUES (14, 'Mason', 'Bauer', '2012-12-30', 'M', 187, 11, 'TF', '2023-09-24');
INSERT INTO Scout VALUES (15, 'Carter', 'Garcia', '2013-03-18', 'M', 228, 19, 'SC', '2023-01-04');
INSERT INTO Scout VALUES (16, 'Isaac', 'Morales', '2013-03-10', 'M', 228, 19, 'ST', '2023-12-04');
INSERT INTO Scout VALUES (17, 'Levi', 'Walsh', '2013-11-15', 'M', 228, 19, 'TF', '2023-06-13');
INSERT INTO Scout VALUES (18, 'Lucas', 'Keller', '2013-03-13', 'M', 228, 19, 'FC', '2023-10-11');
INSERT INTO Scout VALUES (19, 'Parker', 'Morales', '2012-12-27', 'M', 228, NULL, 'LF', '2023-07-17');
INSERT INTO Scout VALUES (20, 'Ava', 'Greer', '2008-06-02', 'F', 254, NULL, 'LF', '2020-01-11');
INSERT INTO Scout VALUES (21, 'Mason', 'Olsen', '2010-11-09', 'M', 254, NULL, 'TF', '2021-01-05');
INSERT INTO Scout VALUES (22, 'Tyler', 'Fischer', '2011-05-08', 'M', 254, 23, 'FC', '2023-06-25');
INSERT INTO Scout VALUES (23, 'Carter', 'Foster', '2009-05-23', 'M', 254, NULL, 'LF', '2022-04-17');
INSERT INTO Scout VALUES (24, 'Lily', 'McBride', '2012-10-29', 'F', 254, 20, 'TF', '2023-07-08');
INSERT INTO Scout VALUES (25, 'Caleb', 'Coleman', '2011-08-28', 'M', 254, 23, 'FC', '2023-02-02');
INSERT INTO Scout VALUES (26, 'Owen', 'Sorensen', '2011-07-26', 'M', 254, 20, 'FC', '2023-03-09');
INSERT INTO Scout VALUES (27, 'Miles', 'Vasquez', '2010-10-21', 'M', 254, 23, 'SC', '2021-04-19');
INSERT INTO Scout VALUES (28, 'Ava', 'Foster', '2010-07-05', 'F', 254, 20, 'SC', '2022-06-18');
INSERT INTO Scout VALUES (29, 'Connor', 'Brooks', '2012-05-08', 'M', 287, 31, 'TF', '2023-10-13');
INSERT INTO Scout VALUES (30, 'Eli', 'Brooks', '2013-08-13', 'M', 287, NULL, 'ST', '2023-11-20');
INSERT INTO Scout VALUES (31, 'Noah', 'Underwood', '2008-01-10', 'M', 287, NULL, 'LF', '2020-07-25');
INSERT INTO Scout VALUES (32, 'Liam', 'Brooks', '2013-07-17', 'M', 287, 31, 'SC', '2023-08-14');
INSERT INTO Scout VALUES (33, 'Levi', 'Dawson', '2010-03-21', 'M', 338, NULL, 'LF', '2022-05-20');
INSERT INTO Scout VALUES (34, 'Gavin', 'Carlson', '2011-08-13', 'M', 338, 33, 'TF', '2023-08-05');
INSERT INTO Scout VALUES (35, 'Mason', 'Morales', '2012-10-16', 'M', 338, 33, 'SC', '2023-03-03');
INSERT INTO Scout VALUES (36, 'Jonah', 'Dawson', '2012-08-25', 'M', 338, 33, 'FC', '2023-08-27');
INSERT INTO Scout VALUES (37, 'Jonah', 'McBride', '2008-07-24', 'M', 366, NULL, 'ST', '2019-03-12');
INSERT INTO Scout VALUES (38, 'Isaac', 'Nguyen', '2013-09-08', 'M', 366, 37, 'ST', '2023-06-25');
INSERT INTO Scout VALUES (39, 'Isaac', 'Hayes', '2011-09-20', 'M', 366, 37, 'TF', '2023-09-04');
INSERT INTO Scout VALUES (40, 'Gavin', 'Zimmerman', '2011-02-02', 'M', 407, 41, 'TF', '2023-06-20');
INSERT INTO Scout VALUES (41, 'Caleb', 'Keller', '2008-03-27', 'M', 407, NULL, NULL, '2021-11-29');
INSERT INTO Scout VALUES (42, 'Dylan', 'Walsh', '2012-09-17', 'M', 407, 41, 'SC', '2023-12-24');
INSERT INTO Scout VALUES (43, 'Parker', 'Nguyen', '2009-11-24', 'M', 407, 41, 'ST', '2021-03-04');
INSERT INTO Scout VALUES (44, 'Nolan', 'McBride', '2008-08-07', 'M', 407, 41, 'SC', '2020-04-15');
INSERT INTO Scout VALUES (45, 'Zoe', 'Pruitt', '2013-11-22', 'F', 412, 47, 'TF', '2023-02-28');
INSERT INTO Scout VALUES (46, 'Brody', 'Schmidt', '2013-06-29', 'M', 412, 47, 'FC', '2023-05-23');
INSERT INTO Scout VALUES (47, 'Connor', 'Foster', '2011-08-20', 'M', 412, NULL, 'LF', '2023-05-02');
INSERT INTO Scout VALUES (48, 'Jack', 'Vasquez', '2009-06-01', 'M', 443, 49, 'FC', '2020-05-24');
INSERT INTO Scout VALUES (49, 'Caleb', 'Foster', '2008-02-28', 'M', 443, NULL, 'LF', '2020-07-30');
INSERT INTO Scout VALUES (50, 'Wyatt', 'Underwood', '2013-05-04', 'M', 443, 49, 'ST', '2023-08-28');
INSERT INTO Scout VALUES (51, 'Levi', 'Vasquez', '2010-11-28', 'M', 443, 49, 'ST', '2021-12-24');
INSERT INTO Scout VALUES (52, 'Lucas', 'Morales', '2009-08-29', 'M', 446, NULL, 'LF', '2021-03-07');
INSERT INTO Scout VALUES (53, 'Jack', 'Underwood', '2011-01-30', 'M', 446, 52, 'TF', '2022-03-25');
INSERT INTO Scout VALUES (54, 'Zoe', 'Olsen', '2012-05-22', 'F', 446, 52, 'FC', '2023-11-24');
INSERT INTO Scout VALUES (55, 'Liam', 'Lindqvist', '2010-09-14', 'M', 446, NULL, 'TF', '2023-06-09');
INSERT INTO Scout VALUES (56, 'Piper', 'Greer', '2012-08-24', 'F', 467, NULL, 'TF', '2023-11-20');
INSERT INTO Scout VALUES (57, 'Levi', 'McBride', '2009-10-19', 'M', 467, 58, 'ST', '2022-05-17');
INSERT INTO Scout VALUES (58, 'Nolan', 'Ellis', '2008-08-19', 'M', 467, NULL, 'LF', '2021-07-01');
INSERT INTO Scout VALUES (59, 'Zoe', 'Underwood', '2010-12-02', 'F', 467, 58, 'SC', '2022-12-12');
INSERT INTO Scout VALUES (60, 'Austin', 'Iverson', '2008-07-26', 'M', 475, NULL, 'ST', '2019-12-13');
INSERT INTO Scout VALUES (61, 'Levi', 'Anderson', '2011-09-02', 'M', 475, 60, 'TF', '2022-09-10');
INSERT INTO Scout VALUES (62, 'Jack', 'Holt', '2011-10-21', 'M', 475, 60, 'TF', '2023-03-19');
INSERT INTO Scout VALUES (63, 'Ethan', 'Garcia', '2009-03-20', 'M', 475, 60, 'SC', '2022-03-23');
INSERT INTO Scout VALUES (64, 'Mason', 'Dawson', '2012-07-29', 'M', 478, 65, 'FC', '2023-03-31');
INSERT INTO Scout VALUES (65, 'Mason', 'Kowalski', '2009-12-04', 'M', 478, NULL, 'ST', '2020-06-19');
INSERT INTO Scout VALUES (66, 'Connor', 'Lindqvist', '2008-12-18', 'M', 517, 68, 'FC', '2020-10-17');
INSERT INTO Scout VALUES (67, 'Miles', 'Brooks', '2009-12-23', 'M', 517, 68, 'FC', '2020-11-26');
INSERT INTO Scout VALUES (68, 'Isaac', 'Coleman', '2008-03-14', 'M', 517, NULL, 'ST', '2019-10-23');
INSERT INTO Scout VALUES (69, 'Parker', 'Underwood', '2012-02-25', 'M', 517, 68, 'SC', '2023-01-03');
INSERT INTO Scout VALUES (70, 'Austin', 'Sorensen', '2010-03-20', 'M', 709, NULL, 'EG', '2023-05-30');
INSERT INTO Scout VALUES (71, 'Parker', 'Reyes', '2012-04-15', 'M', 709, 70, 'ST', '2023-02-20');
INSERT INTO Scout VALUES (72, 'Miles', 'Sorensen', '2011-05-07', 'M', 717, 73, 'SC', '2023-08-15');
INSERT INTO Scout VALUES (73, 'Noah', 'Patel', '2008-02-14', 'M', 717, NULL, 'LF', '2021-10-19');
INSERT INTO Scout VALUES (74, 'Owen', 'Yoder', '2012-03-07', 'M', 717, 73, 'SC', '2023-09-21');
INSERT INTO Scout VALUES (75, 'Carter', 'Underwood', '2010-08-05', 'M', 717, 73, 'ST', '2023-06-25');
INSERT INTO Scout VALUES (76, 'Dylan', 'Kowalski', '2009-02-14', 'M', 717, NULL, 'FC', '2021-02-11');
INSERT INTO Scout VALUES (77, 'Chloe', 'Carlson', '2010-09-07', 'F', 723, NULL, 'LF', '2023-01-10');
INSERT INTO Scout VALUES (78, 'Emma', 'Keller', '2013-06-12', 'F', 723, 77, 'SC', '2023-03-07');
INSERT INTO Scout VALUES (79, 'Gavin', 'Keller', '2011-09-20', 'M', 723, 77, 'ST', '2022-05-29');
INSERT INTO Scout VALUES (80, 'Austin', 'Schmidt', '2013-05-02', 'M', 723, 77, 'FC', '2023-10-23');
INSERT INTO Scout VALUES (81, 'Ella', 'Walsh', '2011-11-05', 'F', 795, 82, 'FC', '2023-09-26');
INSERT INTO Scout VALUES (82, 'Levi', 'Keller', '2008-07-25', 'M', 795, NULL, 'LF', '2019-08-14');
INSERT INTO Scout VALUES (83, 'Ruby', 'Yoder', '2013-11-03', 'F', 795, 82, 'ST', '2023-01-15');
INSERT INTO Scout VALUES (84, 'Ruby', 'Morales', '2011-03-16', 'F', 795, 82, 'TF', '2023-06-13');
INSERT INTO Scout VALUES (85, 'Isaac', 'Iverson', '2009-07-13', 'M', 800, NULL, 'EG', '2021-10-25');
INSERT INTO Scout VALUES (86, 'Liam', 'Patel', '2009-11-09', 'M', 800, 85, 'TF', '2022-02-24');
INSERT INTO Scout VALUES (87, 'Ruby', 'Anderson', '2010-08-03', 'F', 818, 88, 'FC', '2023-01-22');
INSERT INTO Scout VALUES (88, 'Ella', 'Novak', '2009-10-24', 'F', 818, NULL, 'LF', '2022-09-06');
INSERT INTO Scout VALUES (89, 'Caleb', 'Hayes', '2011-07-04', 'M', 818, 88, 'FC', '2023-11-25');
INSERT INTO Scout VALUES (90, 'Tyler', 'McBride', '2011-10-20', 'M', 818, 88, 'FC', '2022-05-25');
INSERT INTO Scout VALUES (91, 'Austin', 'Kowalski', '2009-03-31', 'M', 836, 93, 'FC', '2022-02-01');
INSERT INTO Scout VALUES (92, 'Levi', 'Foster', '2013-02-13', 'M', 836, 93, 'TF', '2023-01-08');
INSERT INTO Scout VALUES (93, 'Miles', 'Novak', '2009-02-13', 'M', 836, NULL, 'EG', '2022-10-06');
INSERT INTO Scout VALUES (94, 'Noah', 'Vasquez', '2012-09-14', 'M', 867, 97, 'SC', '2023-05-25');
INSERT INTO Scout VALUES (95, 'Liam', 'Underwood', '2012-05-14', 'M', 867, 97, 'TF', '2023-07-18');
INSERT INTO Scout VALUES (96, 'Owen', 'Holt', '2013-10-30', 'M', 867, 97, 'TF', '2023-07-01');
INSERT INTO Scout VALUES (97, 'Owen', 'Foster', '2012-04-19', 'M', 867, NULL, 'EG', '2023-06-03');
INSERT INTO Scout VALUES (98, 'Connor', 'Morales', '2013-09-28', 'M', 876, 99, 'SC', '2023-09-25');
INSERT INTO Scout VALUES (99, 'Owen', 'Reyes', '2012-10-03', 'M', 876, NULL, 'EG', '2023-06-03');
INSERT INTO Scout VALUES (100, 'Owen', 'Morales', '2008-06-14', 'M', 890, NULL, 'LF', '2020-01-25');
INSERT INTO Scout VALUES (101, 'Connor', 'Novak', '2008-12-22', 'M', 890, 100, 'TF', '2020-12-12');
INSERT INTO Scout VALUES (102, 'Carter', 'Fischer', '2009-04-01', 'M', 929, NULL, 'LF', '2021-05-17');
INSERT INTO Scout VALUES (103, 'Miles', 'Duffy', '2012-06-18', 'M', 929, 102, 'FC', '2023-01-29');
INSERT INTO Scout VALUES (104, 'Liam', 'Coleman', '2011-07-24', 'M', 929, 102, 'FC', '2023-04-06');
INSERT INTO Scout VALUES (105, 'Isaac', 'Kowalski', '2013-04-04', 'M', 929, 102, 'SC', '2023-12-02');
INSERT INTO Scout VALUES (106, 'Brody', 'Olsen', '2009-03-31', 'M', 939, NULL, 'EG', '2022-01-26');
INSERT INTO Scout VALUES (107, 'Ethan', 'Novak', '2013-11-28', 'M', 939, 106, 'SC', '2023-10-13');
INSERT INTO Scout VALUES (108, 'Isaac', 'Sorensen', '2011-10-19', 'M', 939, 106, 'FC', '2023-02-02');
INSERT INTO Scout VALUES (109, 'Parker', 'Pruitt', '2011-11-03', 'M', 986, 110, 'TF', '2023-07-31');
INSERT INTO Scout VALUES (110, 'Connor', 'Bauer', '2008-09-06', 'M', 986, NULL, 'EG', '2019-05-12');

INSERT INTO Leaders VALUES (1, 'Angela', 'Greer', 118, 'SM', '1', 'Y', '320-555-4145');
INSERT INTO Leaders VALUES (2, 'Rachel', 'Yoder', 132, 'SM', '9', 'Y', '763-555-7593');
INSERT INTO Leaders VALUES (3, 'Angela', 'Sorensen', 152, 'SM', '16', 'N', '507-555-3328');
INSERT INTO Leaders VALUES (4, 'Angela', 'Zimmerman', 187, 'SM', '24', 'Y', '763-555-6903');
INSERT INTO Leaders VALUES (5, 'Robert', 'Pruitt', 228, 'SM', '5', 'Y', '651-555-2075');
INSERT INTO Leaders VALUES (6, 'Rachel', 'Keller', 254, 'SM', '8', 'Y', '320-555-9788');
INSERT INTO Leaders VALUES (7, 'Angela', 'Nguyen', 287, 'SM', '23', 'Y', '651-555-0618');
INSERT INTO Leaders VALUES (8, 'Rick', 'Novak', 338, 'SM', '31', 'Y', '612-555-7887');
INSERT INTO Leaders VALUES (9, 'Scott', 'Ellis', 366, 'SM', '16', 'Y', NULL);
INSERT INTO Leaders VALUES (10, 'Laura', 'Novak', 407, 'SM', '8', 'Y', NULL);
INSERT INTO Leaders VALUES (11, 'Brian', 'Keller', 412, 'SM', '24', 'Y', '507-555-6535');
INSERT INTO Leaders VALUES (12, 'Robert', 'Yoder', 443, 'SM', '10', 'Y', '651-555-8265');
INSERT INTO Leaders VALUES (13, 'Karen', 'Nguyen', 446, 'SM', '9', 'Y', '218-555-9610');
INSERT INTO Leaders VALUES (14, 'Rachel', 'Quintero', 467, 'SM', '15', 'Y', NULL);
INSERT INTO Leaders VALUES (15, 'Laura', 'Nguyen', 475, 'SM', '10', 'N', NULL);
INSERT INTO Leaders VALUES (16, 'Robert', 'Nguyen', 478, 'SM', '1', 'Y', '320-555-5197');
INSERT INTO Leaders VALUES (17, 'Paul', 'Bauer', 517, 'SM', '6', 'Y', '218-555-7154');
INSERT INTO Leaders VALUES (18, 'Angela', 'Hayes', 709, 'SM', '18', 'Y', '763-555-0926');
INSERT INTO Leaders VALUES (19, 'Tina', 'Keller', 717, 'SM', '8', 'Y', '218-555-9064');
INSERT INTO Leaders VALUES (20, 'Michelle', 'Jensen', 723, 'SM', '12', 'N', '218-555-5638');
INSERT INTO Leaders VALUES (21, 'Jeff', 'Iverson', 795, 'SM', '8', 'Y', '612-555-2799');
INSERT INTO Leaders VALUES (22, 'Doug', 'Brooks', 800, 'SM', '18', 'N', '320-555-0969');
INSERT INTO Leaders VALUES (23, 'Denise', 'Garcia', 818, 'SM', '18', 'Y', '612-555-8811');
INSERT INTO Leaders VALUES (24, 'Michelle', 'Foster', 836, 'SM', '19', 'Y', NULL);
INSERT INTO Leaders VALUES (25, 'Michelle', 'Walsh', 867, 'SM', '17', 'Y', NULL);
INSERT INTO Leaders VALUES (26, 'Greg', 'McBride', 876, 'SM', '16', 'Y', '320-555-9619');
INSERT INTO Leaders VALUES (27, 'Jeff', 'Garcia', 890, 'SM', '15', 'Y', '507-555-0733');
INSERT INTO Leaders VALUES (28, 'Rick', 'Lindqvist', 929, 'SM', '23', 'N', '651-555-9882');
INSERT INTO Leaders VALUES (29, 'Karen', 'Bauer', 939, 'SM', '18', 'Y', NULL);
INSERT INTO Leaders VALUES (30, 'Jeff', 'McBride', 986, 'SM', '20', 'Y', '507-555-9387');
INSERT INTO Leaders VALUES (31, 'Greg', 'Duffy', 132, 'CC', '5', 'N', '218-555-9876');
INSERT INTO Leaders VALUES (32, 'Angela', 'Greer', 228, 'ASM', '6', 'N', '218-555-5783');
INSERT INTO Leaders VALUES (33, 'Rick', 'Morales', 338, 'ASM', '6', 'N', '612-555-1720');
INSERT INTO Leaders VALUES (34, 'Brian', 'Pruitt', 412, 'CC', '1', 'Y', '320-555-6701');
INSERT INTO Leaders VALUES (35, 'Michelle', 'Foster', 467, 'ASM', '2', 'N', '507-555-4001');
INSERT INTO Leaders VALUES (36, 'Paul', 'Duffy', 517, 'ASM', '4', 'Y', NULL);
INSERT INTO Leaders VALUES (37, 'Rachel', 'Holt', 723, 'CC', '5', 'Y', '320-555-7689');
INSERT INTO Leaders VALUES (38, 'Denise', 'Anderson', 818, 'ASM', '4', 'Y', '507-555-6815');
INSERT INTO Leaders VALUES (39, 'Mark', 'Garcia', 876, 'ASM', '8', 'Y', '507-555-1028');
INSERT INTO Leaders VALUES (40, 'Angela', 'McBride', 939, 'CC', '4', 'N', '507-555-7460');

INSERT INTO Ref_Badge_Codes VALUES ('FSTAID', 'First Aid', 'Safety', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('CAMPNG', 'Camping', 'Outdoor', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('HIKING', 'Hiking', 'Outdoor', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('SWIMMG', 'Swimming', 'Aquatics', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('CANOE', 'Canoeing', 'Aquatics', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('LIFESV', 'Lifesaving', 'Aquatics', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('ORIENT', 'Orienteering', 'Outdoor', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('PIONR', 'Pioneering', 'Outdoor', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('WLDSRV', 'Wilderness Survival', 'Outdoor', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('COOKNG', 'Cooking', 'Skills', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('KNOTS', 'Knots and Lashings', 'Skills', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('WDCRV', 'Wood Carving', 'Skills', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('RADIO', 'Radio', 'Skills', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('CITCOM', 'Citizenship in the Community', 'Citizenship', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('CITNAT', 'Citizenship in the Nation', 'Citizenship', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('CITWLD', 'Citizenship in the World', 'Citizenship', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('COMMS', 'Communication', 'Citizenship', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('ENVSCI', 'Environmental Science', 'Nature', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('BIRDS', 'Bird Study', 'Nature', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('FORST', 'Forestry', 'Nature', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('ASTRO', 'Astronomy', 'Nature', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('PERSFT', 'Personal Fitness', 'Sports', 'Y');
INSERT INTO Ref_Badge_Codes VALUES ('CYCLNG', 'Cycling', 'Sports', 'N');
INSERT INTO Ref_Badge_Codes VALUES ('ARCHRY', 'Archery', 'Sports', 'N');

INSERT INTO scout_badges VALUES (3, 'COOKNG', '2020-08-30', 1);
INSERT INTO scout_badges VALUES (31, 'ORIENT', '2021-10-28', 7);
INSERT INTO scout_badges VALUES (37, 'WLDSRV', '2022-03-02', 9);
INSERT INTO scout_badges VALUES (101, 'CYCLNG', '2022-03-04', 27);
INSERT INTO scout_badges VALUES (58, 'FORST', '2022-03-17', 14);
INSERT INTO scout_badges VALUES (1, 'CAMPNG', '2022-03-27', 1);
INSERT INTO scout_badges VALUES (102, 'CYCLNG', '2022-04-03', 28);
INSERT INTO scout_badges VALUES (58, 'FSTAID', '2022-04-05', 14);
INSERT INTO scout_badges VALUES (82, 'CITWLD', '2022-05-24', 21);
INSERT INTO scout_badges VALUES (67, 'KNOTS', '2022-08-12', 17);
INSERT INTO scout_badges VALUES (11, 'LIFESV', '2022-08-23', 4);
INSERT INTO scout_badges VALUES (66, 'CAMPNG', '2022-08-23', 17);
INSERT INTO scout_badges VALUES (61, 'KNOTS', '2022-10-14', 15);
INSERT INTO scout_badges VALUES (53, 'ENVSCI', '2022-10-17', 13);
INSERT INTO scout_badges VALUES (106, 'FSTAID', '2022-11-25', 29);
INSERT INTO scout_badges VALUES (51, 'KNOTS', '2022-12-13', 12);
INSERT INTO scout_badges VALUES (91, 'FSTAID', '2023-01-28', 24);
INSERT INTO scout_badges VALUES (28, 'SWIMMG', '2023-02-05', 6);
INSERT INTO scout_badges VALUES (28, 'HIKING', '2023-02-05', 6);
INSERT INTO scout_badges VALUES (87, 'KNOTS', '2023-02-08', 23);
INSERT INTO scout_badges VALUES (108, 'CAMPNG', '2023-04-09', 40);
INSERT INTO scout_badges VALUES (93, 'WDCRV', '2023-06-02', 24);
INSERT INTO scout_badges VALUES (6, 'CITCOM', '2023-06-11', 2);
INSERT INTO scout_badges VALUES (46, 'CITNAT', '2023-06-22', 11);
INSERT INTO scout_badges VALUES (88, 'CYCLNG', '2023-07-01', 23);
INSERT INTO scout_badges VALUES (63, 'CITNAT', '2023-07-05', 15);
INSERT INTO scout_badges VALUES (103, 'CANOE', '2023-07-14', 28);
INSERT INTO scout_badges VALUES (96, 'KNOTS', '2023-07-20', 25);
INSERT INTO scout_badges VALUES (31, 'SWIMMG', '2023-07-21', 7);
INSERT INTO scout_badges VALUES (97, 'WLDSRV', '2023-08-09', 25);
INSERT INTO scout_badges VALUES (6, 'SWIMMG', '2023-08-18', 2);
INSERT INTO scout_badges VALUES (84, 'CITNAT', '2023-08-24', 21);
INSERT INTO scout_badges VALUES (104, 'CITNAT', '2023-09-11', 28);
INSERT INTO scout_badges VALUES (68, 'COOKNG', '2023-09-12', 17);
INSERT INTO scout_badges VALUES (59, 'CITCOM', '2023-09-14', 14);
INSERT INTO scout_badges VALUES (72, 'SWIMMG', '2023-09-15', 19);
INSERT INTO scout_badges VALUES (91, 'CITCOM', '2023-09-21', 24);
INSERT INTO scout_badges VALUES (46, 'PIONR', '2023-09-24', 11);
INSERT INTO scout_badges VALUES (57, 'HIKING', '2023-10-01', 35);
INSERT INTO scout_badges VALUES (24, 'PERSFT', '2023-10-11', 6);
INSERT INTO scout_badges VALUES (38, 'CAMPNG', '2023-10-11', 9);
INSERT INTO scout_badges VALUES (98, 'WDCRV', '2023-10-20', 26);
INSERT INTO scout_badges VALUES (29, 'KNOTS', '2023-10-27', 7);
INSERT INTO scout_badges VALUES (83, 'SWIMMG', '2023-10-30', 21);
INSERT INTO scout_badges VALUES (26, 'PIONR', '2023-11-01', 6);
INSERT INTO scout_badges VALUES (46, 'FSTAID', '2023-11-05', 11);
INSERT INTO scout_badges VALUES (49, 'FSTAID', '2023-11-18', 12);
INSERT INTO scout_badges VALUES (84, 'PIONR', '2023-11-19', 21);
INSERT INTO scout_badges VALUES (34, 'FSTAID', '2023-11-21', 8);
INSERT INTO scout_badges VALUES (56, 'CITWLD', '2023-11-22', 14);
INSERT INTO scout_badges VALUES (67, 'FSTAID', '2023-11-30', 17);
INSERT INTO scout_badges VALUES (12, 'ASTRO', '2023-12-02', 4);
INSERT INTO scout_badges VALUES (107, 'ORIENT', '2023-12-02', 29);
INSERT INTO scout_badges VALUES (28, 'WDCRV', '2023-12-09', 6);
INSERT INTO scout_badges VALUES (62, 'COOKNG', '2024-01-02', 15);
INSERT INTO scout_badges VALUES (18, 'HIKING', '2024-01-03', 5);
INSERT INTO scout_badges VALUES (88, 'ARCHRY', '2024-01-06', 23);
INSERT INTO scout_badges VALUES (106, 'KNOTS', '2024-01-06', 29);
INSERT INTO scout_badges VALUES (73, 'CITCOM', '2024-01-11', 19);
INSERT INTO scout_badges VALUES (93, 'CITCOM', '2024-01-17', 24);
INSERT INTO scout_badges VALUES (21, 'BIRDS', '2024-01-21', 6);
INSERT INTO scout_badges VALUES (76, 'WDCRV', '2024-01-21', 19);
INSERT INTO scout_badges VALUES (42, 'WLDSRV', '2024-01-22', 10);
INSERT INTO scout_badges VALUES (109, 'FSTAID', '2024-01-27', 30);
INSERT INTO scout_badges VALUES (46, 'ORIENT', '2024-01-30', 34);
INSERT INTO scout_badges VALUES (62, 'FSTAID', '2024-02-08', 15);
INSERT INTO scout_badges VALUES (77, 'PIONR', '2024-02-10', 20);
INSERT INTO scout_badges VALUES (94, 'CITWLD', '2024-02-19', 25);
INSERT INTO scout_badges VALUES (18, 'ORIENT', '2024-02-26', 5);
INSERT INTO scout_badges VALUES (91, 'ARCHRY', '2024-03-02', 24);
INSERT INTO scout_badges VALUES (4, 'CAMPNG', '2024-03-14', 1);
INSERT INTO scout_badges VALUES (3, 'FSTAID', '2024-03-23', 1);
INSERT INTO scout_badges VALUES (74, 'PIONR', '2024-03-29', 19);
INSERT INTO scout_badges VALUES (84, 'KNOTS', '2024-03-29', 21);
INSERT INTO scout_badges VALUES (18, 'WLDSRV', '2024-04-02', 5);
INSERT INTO scout_badges VALUES (31, 'CITCOM', '2024-04-02', 7);
INSERT INTO scout_badges VALUES (22, 'HIKING', '2024-04-12', 6);
INSERT INTO scout_badges VALUES (4, 'SWIMMG', '2024-04-18', 1);
INSERT INTO scout_badges VALUES (104, 'WLDSRV', '2024-04-19', 28);
INSERT INTO scout_badges VALUES (34, 'CAMPNG', '2024-04-27', 8);
INSERT INTO scout_badges VALUES (11, 'FORST', '2024-05-06', 4);
INSERT INTO scout_badges VALUES (109, 'CITWLD', '2024-05-11', 30);
INSERT INTO scout_badges VALUES (87, 'BIRDS', '2024-05-16', 23);
INSERT INTO scout_badges VALUES (2, 'FSTAID', '2024-05-23', 1);
INSERT INTO scout_badges VALUES (12, 'PERSFT', '2024-05-24', 4);
INSERT INTO scout_badges VALUES (87, 'COMMS', '2024-05-27', 23);
INSERT INTO scout_badges VALUES (72, 'ORIENT', '2024-05-28', 19);
INSERT INTO scout_badges VALUES (51, 'CAMPNG', '2024-05-30', 12);
INSERT INTO scout_badges VALUES (39, 'HIKING', '2024-06-09', 9);
INSERT INTO scout_badges VALUES (46, 'BIRDS', '2024-06-22', 11);
INSERT INTO scout_badges VALUES (18, 'CITWLD', '2024-06-23', 5);
INSERT INTO scout_badges VALUES (47, 'CANOE', '2024-07-02', 11);
INSERT INTO scout_badges VALUES (18, 'CAMPNG', '2024-07-07', 5);
INSERT INTO scout_badges VALUES (18, 'PIONR', '2024-07-08', 5);
INSERT INTO scout_badges VALUES (14, 'CAMPNG', '2024-07-12', 4);
INSERT INTO scout_badges VALUES (77, 'KNOTS', '2024-07-18', 20);
INSERT INTO scout_badges VALUES (71, 'CANOE', '2024-07-25', 18);
INSERT INTO scout_badges VALUES (16, 'FSTAID', '2024-07-27', 5);
INSERT INTO scout_badges VALUES (93, 'PIONR', '2024-07-31', 24);
INSERT INTO scout_badges VALUES (56, 'CYCLNG', '2024-08-10', 14);
INSERT INTO scout_badges VALUES (3, 'CAMPNG', '2024-08-15', 1);
INSERT INTO scout_badges VALUES (7, 'ORIENT', '2024-08-17', 2);
INSERT INTO scout_badges VALUES (74, 'ORIENT', '2024-08-19', 19);
INSERT INTO scout_badges VALUES (12, 'CAMPNG', '2024-08-20', 4);
INSERT INTO scout_badges VALUES (46, 'PERSFT', '2024-08-25', 11);
INSERT INTO scout_badges VALUES (77, 'FORST', '2024-08-26', 20);
INSERT INTO scout_badges VALUES (22, 'CYCLNG', '2024-09-02', 6);
INSERT INTO scout_badges VALUES (27, 'CAMPNG', '2024-09-02', 6);
INSERT INTO scout_badges VALUES (17, 'PERSFT', '2024-09-06', 32);
INSERT INTO scout_badges VALUES (36, 'CAMPNG', '2024-09-13', 8);
INSERT INTO scout_badges VALUES (87, 'COOKNG', '2024-09-15', 23);
INSERT INTO scout_badges VALUES (61, 'FSTAID', '2024-10-04', 15);
INSERT INTO scout_badges VALUES (99, 'COMMS', '2024-10-06', 26);
INSERT INTO scout_badges VALUES (66, 'SWIMMG', '2024-10-23', 17);
INSERT INTO scout_badges VALUES (52, 'CITWLD', '2024-10-24', 13);
INSERT INTO scout_badges VALUES (69, 'CAMPNG', '2024-10-30', 17);
INSERT INTO scout_badges VALUES (47, 'PIONR', '2024-11-15', 34);
INSERT INTO scout_badges VALUES (21, 'CAMPNG', '2024-11-28', 6);

INSERT INTO CampSites VALUES (1, 'Camp Many Point', 'Becker', 400, 'Y', 18.0);
INSERT INTO CampSites VALUES (2, 'Tomahawk Scout Reservation', 'Barron', 650, 'Y', 22.5);
INSERT INTO CampSites VALUES (3, 'Rum River Scout Camp', 'Anoka', 180, 'Y', 12.0);
INSERT INTO CampSites VALUES (4, 'Stearns Scout Camp', 'Stearns', 220, 'Y', 14.0);
INSERT INTO CampSites VALUES (5, 'Fort Snelling Campground', 'Hennepin', 120, 'Y', 10.0);
INSERT INTO CampSites VALUES (6, 'Kiwanis Scout Camp', 'Olmsted', 90, 'N', 8.0);
INSERT INTO CampSites VALUES (7, 'Phillippo Scout Reservation', 'Wabasha', 150, 'Y', 11.0);
INSERT INTO CampSites VALUES (8, 'Cuyuna Lakes Site', 'Crow Wing', 60, 'N', 6.5);
INSERT INTO CampSites VALUES (9, 'Whitewater Outpost', 'Winona', 75, 'N', 7.0);
INSERT INTO CampSites VALUES (10, 'Itasca Pines Camp', 'Hubbard', 260, 'Y', 15.0);
INSERT INTO CampSites VALUES (11, 'Sand Dunes Forest Camp', 'Sherburne', 45, 'N', 5.0);
INSERT INTO CampSites VALUES (12, 'Red Rock Ridge', 'Goodhue', 110, 'Y', 9.5);
INSERT INTO CampSites VALUES (13, 'Lake Shetek Scout Site', 'Murray', 80, 'Y', NULL);
INSERT INTO CampSites VALUES (14, 'Bear Creek Primitive Site', 'Olmsted', 30, 'N', 4.0);
INSERT INTO CampSites VALUES (15, 'Beaver Island Camp', 'Stearns', 140, 'Y', 12.5);
INSERT INTO CampSites VALUES (16, 'Gunflint Basecamp', 'Cook', 95, 'N', 16.0);

INSERT INTO Camp VALUES (1, '2024 Leadership Weekend', 1, 929, NULL, '2024-10-11', '2024-10-13', 'WKD', 25.0);
INSERT INTO Camp VALUES (2, '2023 High Adventure Trek', 2, 717, NULL, '2023-06-26', '2023-07-02', 'WK', 180.0);
INSERT INTO Camp VALUES (3, '2021 Winter Klondike', 7, 152, 254, '2021-02-19', '2021-02-21', 'WKD', 25.0);
INSERT INTO Camp VALUES (4, '2021 Service Weekend', 2, 443, NULL, '2021-10-07', '2021-10-09', 'WKD', 25.0);
INSERT INTO Camp VALUES (5, '2023 Canoe Expedition', 13, 254, 795, '2023-07-09', '2023-07-15', 'WK', 180.0);
INSERT INTO Camp VALUES (6, '2024 High Adventure Trek', 15, 118, NULL, '2024-06-23', '2024-06-29', 'WK', 210.0);
INSERT INTO Camp VALUES (7, '2024 Service Weekend', 16, 118, 818, '2024-09-17', '2024-09-19', 'WKD', 45.0);
INSERT INTO Camp VALUES (8, '2023 Polar Bear Overnight', 7, 412, NULL, '2023-02-21', '2023-02-23', 'WKD', 30.0);
INSERT INTO Camp VALUES (9, '2023 Winter Klondike', 4, 187, 717, '2023-01-15', '2023-01-21', 'WK', 180.0);
INSERT INTO Camp VALUES (10, '2022 Canoe Expedition', 5, 836, NULL, '2022-07-30', '2022-08-05', 'WK', 180.0);
INSERT INTO Camp VALUES (11, '2022 High Adventure Trek', 4, 795, NULL, '2022-07-09', '2022-07-15', 'WK', 210.0);
INSERT INTO Camp VALUES (12, '2022 Spring Camporee', 5, 118, NULL, '2022-05-18', '2022-05-18', 'DAY', 5.0);
INSERT INTO Camp VALUES (13, '2024 Webelos Welcome Weekend', 1, 986, NULL, '2024-09-12', '2024-09-14', 'WKD', 45.0);
INSERT INTO Camp VALUES (14, '2023 Webelos Welcome Weekend', 1, 366, NULL, '2023-09-14', '2023-09-16', 'WKD', 35.0);
INSERT INTO Camp VALUES (15, '2024 Fall Campout', 1, 929, NULL, '2024-09-12', '2024-09-14', 'WKD', 25.0);
INSERT INTO Camp VALUES (16, '2023 Fall Campout', 16, 795, NULL, '2023-09-29', '2023-10-01', 'WKD', 25.0);
INSERT INTO Camp VALUES (17, '2022 Leadership Weekend', 2, 254, 446, '2022-09-05', '2022-09-07', 'WKD', 35.0);
INSERT INTO Camp VALUES (18, '2023 Leadership Weekend', 5, 446, NULL, '2023-10-09', '2023-10-11', 'WKD', 30.0);
INSERT INTO Camp VALUES (19, '2022 Webelos Welcome Weekend', 9, 338, NULL, '2022-10-04', '2022-10-06', 'WKD', 30.0);
INSERT INTO Camp VALUES (20, '2024 Canoe Expedition', 1, 800, 118, '2024-07-27', '2024-08-02', 'WK', 275.0);
INSERT INTO Camp VALUES (21, '2021 Webelos Welcome Weekend', 4, 118, NULL, '2021-09-21', '2021-09-23', 'WKD', 35.0);
INSERT INTO Camp VALUES (22, '2021 Summer Camp', 2, 929, NULL, '2021-06-25', '2021-07-01', 'WK', 210.0);
INSERT INTO Camp VALUES (23, '2023 Summer Camp', 2, 412, NULL, '2023-07-11', '2023-07-17', 'WK', 210.0);
INSERT INTO Camp VALUES (24, '2023 Service Weekend', 6, 475, NULL, '2023-10-09', '2023-10-11', 'WKD', 40.0);
INSERT INTO Camp VALUES (25, '2024 Polar Bear Overnight', 12, 443, 890, '2024-01-17', '2024-01-19', 'WKD', 40.0);
INSERT INTO Camp VALUES (26, '2022 Service Weekend', 2, 986, NULL, '2022-10-20', '2022-10-22', 'WKD', 35.0);
INSERT INTO Camp VALUES (27, '2022 Summer Camp', 15, 254, 187, '2022-06-13', '2022-06-19', 'WK', 180.0);
INSERT INTO Camp VALUES (28, '2021 High Adventure Trek', 10, 709, 939, '2021-07-29', '2021-08-04', 'WK', 275.0);
INSERT INTO Camp VALUES (29, '2022 Fall Campout', 3, 800, NULL, '2022-09-26', '2022-10-02', 'WK', 180.0);
INSERT INTO Camp VALUES (30, '2024 Spring Camporee', 16, 475, 407, '2024-04-30', '2024-05-02', 'WKD', 35.0);
INSERT INTO Camp VALUES (31, '2024 Winter Klondike', 4, 254, NULL, '2024-02-05', '2024-02-11', 'WK', NULL);
INSERT INTO Camp VALUES (32, '2022 Polar Bear Overnight', 10, 407, 475, '2022-02-09', '2022-02-11', 'WKD', 25.0);
INSERT INTO Camp VALUES (33, '2021 Polar Bear Overnight', 1, 876, 338, '2021-02-14', '2021-02-16', 'WKD', 40.0);
INSERT INTO Camp VALUES (34, '2021 Canoe Expedition', 4, 152, NULL, '2021-07-17', '2021-07-23', 'WK', 240.0);
INSERT INTO Camp VALUES (35, '2024 Summer Camp', 3, 478, NULL, '2024-08-03', '2024-08-09', 'WK', 210.0);
INSERT INTO Camp VALUES (36, '2023 Spring Camporee', 2, 929, NULL, '2023-05-20', '2023-05-22', 'WKD', 25.0);

INSERT INTO camp_attendance VALUES (1, 58, 2, 'Y');
INSERT INTO camp_attendance VALUES (1, 62, 2, 'Y');
INSERT INTO camp_attendance VALUES (1, 70, 2, 'Y');
INSERT INTO camp_attendance VALUES (1, 102, 2, 'Y');
INSERT INTO camp_attendance VALUES (1, 104, 2, 'Y');
INSERT INTO camp_attendance VALUES (1, 105, 2, 'Y');
INSERT INTO camp_attendance VALUES (2, 1, 6, 'Y');
INSERT INTO camp_attendance VALUES (2, 27, 6, 'Y');
INSERT INTO camp_attendance VALUES (2, 64, 6, 'N');
INSERT INTO camp_attendance VALUES (2, 75, 6, 'Y');
INSERT INTO camp_attendance VALUES (2, 76, 6, 'Y');
INSERT INTO camp_attendance VALUES (3, 20, 2, 'N');
INSERT INTO camp_attendance VALUES (4, 48, 2, 'N');
INSERT INTO camp_attendance VALUES (4, 49, 1, 'Y');
INSERT INTO camp_attendance VALUES (5, 25, 6, 'N');
INSERT INTO camp_attendance VALUES (5, 83, 6, 'Y');
INSERT INTO camp_attendance VALUES (5, 84, 5, 'Y');
INSERT INTO camp_attendance VALUES (6, 1, 6, 'Y');
INSERT INTO camp_attendance VALUES (6, 2, 6, 'N');
INSERT INTO camp_attendance VALUES (6, 7, 6, 'Y');
INSERT INTO camp_attendance VALUES (6, 34, 6, 'Y');
INSERT INTO camp_attendance VALUES (6, 86, 6, 'Y');
INSERT INTO camp_attendance VALUES (6, 91, 5, 'Y');
INSERT INTO camp_attendance VALUES (6, 102, 5, 'Y');
INSERT INTO camp_attendance VALUES (7, 2, 2, 'Y');
INSERT INTO camp_attendance VALUES (7, 4, 2, 'Y');
INSERT INTO camp_attendance VALUES (7, 89, 2, 'Y');
INSERT INTO camp_attendance VALUES (8, 27, 2, 'Y');
INSERT INTO camp_attendance VALUES (9, 76, 6, 'Y');
INSERT INTO camp_attendance VALUES (9, 91, 6, 'Y');
INSERT INTO camp_attendance VALUES (10, 91, 6, 'Y');
INSERT INTO camp_attendance VALUES (11, 11, 5, 'Y');
INSERT INTO camp_attendance VALUES (11, 58, 6, 'Y');
INSERT INTO camp_attendance VALUES (11, 82, 6, 'Y');
INSERT INTO camp_attendance VALUES (12, 1, 0, 'Y');
INSERT INTO camp_attendance VALUES (12, 67, 0, 'N');
INSERT INTO camp_attendance VALUES (13, 12, 1, 'Y');
INSERT INTO camp_attendance VALUES (13, 109, 2, 'Y');
INSERT INTO camp_attendance VALUES (13, 110, 2, 'Y');
INSERT INTO camp_attendance VALUES (14, 20, 2, 'Y');
INSERT INTO camp_attendance VALUES (14, 37, 1, 'N');
INSERT INTO camp_attendance VALUES (14, 39, 1, 'Y');
INSERT INTO camp_attendance VALUES (15, 23, 1, 'Y');
INSERT INTO camp_attendance VALUES (15, 58, 2, 'Y');
INSERT INTO camp_attendance VALUES (15, 93, 2, 'Y');
INSERT INTO camp_attendance VALUES (15, 102, 2, 'N');
INSERT INTO camp_attendance VALUES (15, 103, 2, 'Y');
INSERT INTO camp_attendance VALUES (15, 104, 2, 'Y');
INSERT INTO camp_attendance VALUES (15, 105, 2, 'Y');
INSERT INTO camp_attendance VALUES (15, 107, 2, 'N');
INSERT INTO camp_attendance VALUES (16, 21, 2, 'Y');
INSERT INTO camp_attendance VALUES (16, 47, 2, 'N');
INSERT INTO camp_attendance VALUES (16, 81, 2, 'N');
INSERT INTO camp_attendance VALUES (16, 82, 1, 'Y');
INSERT INTO camp_attendance VALUES (16, 83, 2, 'N');
INSERT INTO camp_attendance VALUES (16, 84, 2, 'Y');
INSERT INTO camp_attendance VALUES (16, 92, 2, 'Y');
INSERT INTO camp_attendance VALUES (17, 27, 2, 'Y');
INSERT INTO camp_attendance VALUES (17, 53, 1, 'N');
INSERT INTO camp_attendance VALUES (17, 79, 2, 'Y');
INSERT INTO camp_attendance VALUES (18, 53, 2, 'Y');
INSERT INTO camp_attendance VALUES (18, 55, 2, 'Y');
INSERT INTO camp_attendance VALUES (19, 33, 2, 'Y');
INSERT INTO camp_attendance VALUES (19, 91, 1, 'Y');
INSERT INTO camp_attendance VALUES (20, 2, 6, 'Y');
INSERT INTO camp_attendance VALUES (20, 4, 6, 'Y');
INSERT INTO camp_attendance VALUES (20, 26, 6, 'Y');
INSERT INTO camp_attendance VALUES (20, 30, 6, 'Y');
INSERT INTO camp_attendance VALUES (20, 47, 5, 'Y');
INSERT INTO camp_attendance VALUES (20, 85, 6, 'Y');
INSERT INTO camp_attendance VALUES (20, 86, 6, 'Y');
INSERT INTO camp_attendance VALUES (22, 20, 5, 'Y');
INSERT INTO camp_attendance VALUES (22, 82, 5, 'Y');
INSERT INTO camp_attendance VALUES (22, 102, 6, 'Y');
INSERT INTO camp_attendance VALUES (23, 46, 6, 'Y');
INSERT INTO camp_attendance VALUES (23, 47, 6, 'Y');
INSERT INTO camp_attendance VALUES (23, 88, 6, 'N');
INSERT INTO camp_attendance VALUES (23, 92, 5, 'Y');
INSERT INTO camp_attendance VALUES (24, 40, 2, 'N');
INSERT INTO camp_attendance VALUES (24, 60, 2, 'N');
INSERT INTO camp_attendance VALUES (24, 61, 2, 'Y');
INSERT INTO camp_attendance VALUES (24, 62, 1, 'Y');
INSERT INTO camp_attendance VALUES (25, 48, 2, 'Y');
INSERT INTO camp_attendance VALUES (25, 49, 2, 'Y');
INSERT INTO camp_attendance VALUES (25, 50, 2, 'Y');
INSERT INTO camp_attendance VALUES (25, 65, 2, 'N');
INSERT INTO camp_attendance VALUES (25, 81, 2, 'Y');
INSERT INTO camp_attendance VALUES (25, 100, 1, 'Y');
INSERT INTO camp_attendance VALUES (26, 110, 2, 'Y');
INSERT INTO camp_attendance VALUES (27, 21, 5, 'Y');
INSERT INTO camp_attendance VALUES (27, 23, 6, 'Y');
INSERT INTO camp_attendance VALUES (27, 27, 6, 'N');
INSERT INTO camp_attendance VALUES (27, 85, 6, 'Y');
INSERT INTO camp_attendance VALUES (29, 85, 6, 'Y');
INSERT INTO camp_attendance VALUES (29, 86, 6, 'N');
INSERT INTO camp_attendance VALUES (30, 1, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 30, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 41, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 42, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 43, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 44, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 62, 2, 'Y');
INSERT INTO camp_attendance VALUES (30, 97, 1, 'Y');
INSERT INTO camp_attendance VALUES (31, 4, 6, 'N');
INSERT INTO camp_attendance VALUES (31, 20, 6, 'Y');
INSERT INTO camp_attendance VALUES (31, 23, 6, 'Y');
INSERT INTO camp_attendance VALUES (31, 26, 6, 'Y');
INSERT INTO camp_attendance VALUES (32, 41, 2, 'Y');
INSERT INTO camp_attendance VALUES (34, 8, 6, 'Y');
INSERT INTO camp_attendance VALUES (34, 44, 6, 'Y');
INSERT INTO camp_attendance VALUES (34, 82, 5, 'Y');
INSERT INTO camp_attendance VALUES (35, 13, 5, 'N');
INSERT INTO camp_attendance VALUES (35, 44, 5, 'Y');
INSERT INTO camp_attendance VALUES (35, 64, 5, 'Y');
INSERT INTO camp_attendance VALUES (35, 65, 6, 'N');
INSERT INTO camp_attendance VALUES (35, 103, 6, 'Y');
INSERT INTO camp_attendance VALUES (36, 47, 1, 'Y');
INSERT INTO camp_attendance VALUES (36, 65, 2, 'N');
INSERT INTO camp_attendance VALUES (36, 102, 1, 'Y');
INSERT INTO camp_attendance VALUES (36, 104, 2, 'Y');

COMMIT;
