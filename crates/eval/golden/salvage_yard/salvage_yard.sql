PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Yard (
  yard_id INTEGER PRIMARY KEY,
  yard_name TEXT NOT NULL,
  city TEXT,
  state_cd TEXT,
  acres REAL,
  has_crusher TEXT,
  opened_dt TEXT,
  phone TEXT
);

CREATE TABLE Ref_Make_Codes (
  make_cd TEXT PRIMARY KEY,
  make_name TEXT NOT NULL,
  origin_cntry TEXT
);

CREATE TABLE vehicle_intake (
  VehicleID INTEGER PRIMARY KEY,
  vin TEXT,
  make_cd TEXT,
  model_nm TEXT,
  model_yr INTEGER,
  cond_cd TEXT,
  lot_yard INTEGER,
  date_in TEXT,
  buy_amt REAL,
  odometer TEXT,
  title_cd TEXT,
  FOREIGN KEY (make_cd) REFERENCES Ref_Make_Codes(make_cd),
  FOREIGN KEY (lot_yard) REFERENCES Yard(yard_id)
);

CREATE TABLE parts_pulled (
  part_no INTEGER PRIMARY KEY,
  veh_id INTEGER,
  part_type TEXT,
  pull_dt TEXT,
  asking_price REAL,
  grade TEXT,
  sold_flag TEXT,
  FOREIGN KEY (veh_id) REFERENCES vehicle_intake(VehicleID)
);

CREATE TABLE BuyerAccounts (
  BuyerID INTEGER PRIMARY KEY,
  buyer_nm TEXT NOT NULL,
  biz_type TEXT,
  city TEXT,
  phone TEXT,
  tax_exempt TEXT
);

CREATE TABLE PartSale (
  SaleID INTEGER PRIMARY KEY,
  part_no INTEGER,
  cust_id INTEGER,
  sale_dt TEXT,
  sale_amt REAL,
  pay_method TEXT,
  FOREIGN KEY (part_no) REFERENCES parts_pulled(part_no),
  FOREIGN KEY (cust_id) REFERENCES BuyerAccounts(BuyerID)
);

CREATE TABLE yard_workers (
  emp_id INTEGER PRIMARY KEY,
  emp_fname TEXT,
  emp_lname TEXT,
  home_yard INTEGER,
  foreman INTEGER,
  hire_dt TEXT,
  hourly_rate TEXT,
  cdl_flag TEXT,
  FOREIGN KEY (home_yard) REFERENCES Yard(yard_id),
  FOREIGN KEY (foreman) REFERENCES yard_workers(emp_id)
);

CREATE TABLE Dismantle_Crew (
  emp_id INTEGER,
  VehicleID INTEGER,
  work_dt TEXT,
  hrs REAL,
  PRIMARY KEY (emp_id, VehicleID)
);

CREATE TABLE tow_jobs (
  tow_id INTEGER PRIMARY KEY,
  veh INTEGER,
  from_yard INTEGER,
  to_yard INTEGER,
  tow_dt TEXT,
  miles INTEGER,
  tow_fee REAL,
  driver_emp INTEGER
);

INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (1, 'Eastside Auto Salvage', 'Columbus', 'OH', 26.9, 'Y', '1998-04-14', '(465) 555-2454');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (2, 'Buckeye Pull-A-Part', 'Columbus', 'OH', 17.6, 'N', '2001-02-01', '(542) 555-0280');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (3, 'Maumee River Salvage', 'Toledo', 'OH', 12.4, 'Y', '1995-04-19', '(808) 555-2035');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (4, 'Rubber City Auto Parts', 'Akron', 'OH', 36.8, 'N', '2004-07-08', '(566) 555-4906');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (5, 'Gem City Wreckers', 'Dayton', 'OH', 29.8, 'N', '1975-07-21', '(386) 555-2044');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (6, 'Motor City Salvage', 'Detroit', 'MI', 4.7, 'Y', '1997-04-23', '(203) 555-3848');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (7, 'Grand River Auto Recyclers', 'Grand Rapids', 'MI', 15.0, 'N', '2005-03-28', '(610) 555-3442');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (8, 'Flint Used Auto Parts', 'Flint', 'MI', 35.0, 'N', '2009-06-22', NULL);
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (9, 'Circle City Salvage', 'Indianapolis', 'IN', 27.4, 'Y', '2001-08-03', '(622) 555-4040');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (10, 'Summit Auto Wrecking', 'Fort Wayne', 'IN', 36.5, 'N', '1973-01-01', '(965) 555-9362');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (11, 'Steel Valley Salvage', 'Pittsburgh', 'PA', 13.5, 'Y', '1993-01-06', '(586) 555-3743');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (12, 'Lake Erie Auto Recycling', 'Erie', 'PA', 35.6, 'N', '1981-07-21', '(638) 555-0898');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (13, 'Bluegrass Salvage Yard', 'Lexington', 'KY', 35.0, 'Y', '2001-09-29', '(230) 555-5390');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (14, 'Derby City Auto Parts', 'Louisville', 'KY', 35.0, 'Y', '2004-06-10', '(570) 555-1561');
INSERT INTO Yard (yard_id, yard_name, city, state_cd, acres, has_crusher, opened_dt, phone) VALUES (15, 'Kanawha Valley Wreckers', 'Charleston', 'WV', 29.1, 'N', '2007-08-05', NULL);
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('FRD', 'Ford', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('CHV', 'Chevrolet', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('DDG', 'Dodge', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('JEP', 'Jeep', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('GMC', 'GMC', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('CHR', 'Chrysler', 'USA');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('TOY', 'Toyota', 'Japan');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('HON', 'Honda', 'Japan');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('NIS', 'Nissan', 'Japan');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('MAZ', 'Mazda', 'Japan');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('SUB', 'Subaru', 'Japan');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('BMW', 'BMW', 'Germany');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('MBZ', 'Mercedes-Benz', 'Germany');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('VW', 'Volkswagen', 'Germany');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('AUD', 'Audi', 'Germany');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('HYU', 'Hyundai', 'South Korea');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('KIA', 'Kia', 'South Korea');
INSERT INTO Ref_Make_Codes (make_cd, make_name, origin_cntry) VALUES ('VOL', 'Volvo', 'Sweden');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (1, '6BSAG0JXZS64BDG5M', 'HON', 'CR-V', 2012, 'W', 3, '2023-06-14', 1602.0, '88576', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (2, 'NA5VMMT1CLGAYKVGX', 'TOY', 'Sienna', 1996, 'W', 9, '2022-07-29', 705.0, '209696', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (3, 'ZLUA7X2ES24TVVL67', 'HON', 'Odyssey', 2007, 'S', 6, '2022-06-06', 1067.0, '282268', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (4, 'EALA3AW2MUWFLBH5D', 'NIS', 'Frontier', 2014, 'F', 5, '2022-09-30', 1060.0, '186550', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (5, 'E8VG25Y98E8708G6A', 'MBZ', 'C300', 2007, 'W', 4, '2023-09-02', 1362.0, '194312', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (6, 'XKL65N5Z1LS7JMVAP', 'SUB', 'Forester', 2002, 'S', 8, '2022-09-20', 1185.0, '223330', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (7, 'HRTNA27FWY5HPMPH9', 'FRD', 'Focus', 2019, 'R', 1, '2023-07-30', 2243.0, '231473', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (8, 'XJHYTJP50H9D5R6YK', 'HYU', 'Sonata', 2004, 'F', 10, '2022-01-29', 1124.0, '54869', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (9, '6V3YEAD5B1B94CXA3', 'DDG', 'Charger', 2004, 'F', 3, '2021-11-16', 1472.0, '71129', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (10, 'DXSCJYDN6UD2CXX4F', 'CHV', 'Cruze', 1996, 'S', 14, '2021-02-18', 1179.0, '153226', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (11, '368B0W4EWVH9DHJZP', 'HYU', 'Elantra', 2002, 'S', 7, '2021-09-06', 1285.0, '50684', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (12, 'HE0C21U7YNLB9Z37P', 'TOY', 'Sienna', 2001, 'F', 6, '2021-09-09', 934.0, '294554', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (13, 'K0CSD0F7HXV8TUW55', 'CHV', 'Malibu', 2005, 'W', 7, '2021-04-23', 1333.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (14, 'YJKVN5A63RX716YYT', 'BMW', 'X5', 2011, 'S', 4, '2022-04-23', 1301.0, '44051', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (15, '8HKNKUJ9VXUJL4D97', 'KIA', 'Optima', 2018, 'R', 7, '2023-03-29', 2295.0, '226124', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (16, 'W8BWFEEYF9063FRY9', 'HON', 'Accord', 2008, 'W', 11, '2022-11-16', 1075.0, '248544', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (17, 'ZMK8XTVRHGUD8JDEX', 'FRD', 'Focus', 2018, 'W', 9, '2021-10-11', 1853.0, '52841', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (18, 'GGLBZ9F9HGVHD3YMH', 'JEP', 'Wrangler', 2006, 'W', 9, '2022-09-20', 1494.0, '77825', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (19, 'F4BMR6BZ3BKX0GAAM', 'GMC', 'Yukon', 2001, 'W', 6, '2021-02-10', 1439.0, '159499', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (20, 'U1UGVWT5DSAL00R9X', 'HON', 'Accord', 2000, 'S', 1, '2022-02-12', 1213.0, '114384', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (21, 'F5E9JFM0XWPUECSBV', 'BMW', '328i', 2019, 'F', 9, '2023-10-10', 1856.0, '263607', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (22, '2LYGVV72JS7M53ZY4', 'CHV', 'Tahoe', 1996, 'S', 15, '2021-12-06', 797.0, '264010', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (23, 'US0YBMKRNV0XKC290', 'FRD', 'Explorer', 2016, 'F', 3, '2021-04-17', 1269.0, '153408', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (24, 'GVAGTSARCE4L8NHX3', 'JEP', 'Cherokee', 2000, 'S', 2, '2023-09-03', 1034.0, '81399', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (25, 'N178HDX56XAGZ3ZXF', 'TOY', 'RAV4', 2012, 'F', 2, '2022-08-06', 1749.0, '287187', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (26, '1Z1M7ZZM510WTGZKC', 'CHV', 'Malibu', 1997, 'S', 6, '2023-05-13', 518.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (27, 'MU45WZV4MNCWD5FU2', 'MAZ', 'Mazda3', 2018, 'B', 13, '2022-02-04', 1778.0, '260570', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (28, '429DB3XMZ87Y2584P', 'MBZ', 'C300', 2014, 'R', 9, '2021-07-14', 2654.0, '107775', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (29, 'ZYUEX7VUG6Y352DAT', 'HYU', 'Sonata', 2015, 'W', 2, '2021-04-14', 1386.0, '129083', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (30, 'F6VPTDW0TX2G6P485', 'SUB', 'Forester', 1996, 'W', 6, '2021-08-31', 1308.0, '38510', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (31, 'CS839BK4LADJWWLSL', 'FRD', 'Explorer', 2007, 'W', 2, '2023-03-22', 1873.0, '192591', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (32, 'ZWC24XKCD374SE7CX', 'CHR', '300', 2010, 'W', 11, '2021-04-05', 1856.0, '91972', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (33, 'RKL2J9U2A0V9AXCP0', 'FRD', 'F-150', 2000, 'W', 9, '2022-04-10', 1514.0, '241944', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (34, '5S8DJPWR8APBGMRRX', 'KIA', 'Sorento', 2010, 'W', 10, '2021-08-18', 2001.0, '203560', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (35, '4CV4HMSFDUP5LSNC0', 'HYU', 'Santa Fe', 2006, 'W', 6, '2021-12-12', 1552.0, '157141', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (36, '7BZAWJS1L5ZYBFCSD', 'TOY', 'Camry', 2013, 'W', 11, '2021-06-13', 1396.0, '284416', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (37, '7N2F5B68TFZDM982J', 'TOY', 'Camry', 2000, 'W', 14, '2021-07-27', 1337.0, '69486', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (38, 'UC43MUXB2D8W9YMD0', 'CHV', 'Malibu', 2003, 'R', 8, '2023-07-18', 1958.0, '160386', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (39, 'GH74604AZ3N0XWG5G', 'HON', 'CR-V', 2014, 'W', 10, '2023-06-11', 1577.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (40, '3RMH5HR9USN4P43W7', 'VW', 'Passat', 2000, 'R', 1, '2021-03-29', 1887.0, '88467', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (41, 'RAR4LZZ3WGG6JXEJD', 'JEP', 'Cherokee', 2007, 'W', 13, '2023-10-07', 1751.0, '116010', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (42, '62ADJAR61PXD0AJ9J', 'HON', 'Odyssey', 2012, 'W', 3, '2021-03-03', 1516.0, '207475', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (43, '1XJ54UCBAK1C461T6', 'TOY', 'RAV4', 2006, 'S', 10, '2021-01-20', 1179.0, '224439', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (44, '87XWFBK1D1V650K9T', 'TOY', 'RAV4', 1997, 'W', 9, '2021-07-14', 1340.0, '257490', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (45, 'YV0R813G15FTCU8FN', 'CHR', 'PT Cruiser', 2004, 'F', 11, '2022-03-10', 1136.0, '210895', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (46, '78FLKCVV1WSGFFPZR', 'HON', 'Odyssey', 2013, 'R', 10, '2023-09-04', 2217.0, '255615', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (47, 'ZA5UDF6VESRP6FALC', 'HYU', 'Santa Fe', 1998, 'W', 14, '2022-01-31', 1417.0, '210530', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (48, 'ZE0Y56JKMT640G26M', 'CHR', 'PT Cruiser', 2019, 'R', 10, '2023-02-19', 2601.0, '221719', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (49, 'B824HVXJ3TFKX5Z8V', 'GMC', 'Yukon', 2003, 'B', 14, '2021-11-19', 623.0, '173002', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (50, 'DC4H3D3AVCLM6C13V', 'BMW', 'X5', 2001, 'S', 7, '2023-04-10', 1180.0, '201225', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (51, 'TJK93WL0CU1GYGB0S', 'FRD', 'Escape', 1996, 'S', 9, '2021-02-26', 754.0, '44506', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (52, '75MV3JVP54NGD6KJM', 'KIA', 'Optima', 1996, 'R', 1, '2021-02-12', 1514.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (53, '9B8FVB4VJ3R57511E', 'NIS', 'Altima', 2000, 'W', 11, '2021-11-21', 1219.0, '177647', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (54, 'JNVS5YW9H77NV0LFM', 'FRD', 'Explorer', 1998, 'F', 2, '2023-07-29', 663.0, '151442', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (55, 'VX33N24RD0UTWAYNF', 'FRD', 'Explorer', 2003, 'W', 1, '2021-08-08', 1245.0, '152897', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (56, 'VER2X5LSTJUMBWA70', 'CHV', 'Tahoe', 2005, 'S', 5, '2023-03-23', 1158.0, '108919', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (57, 'EXMZZHNJLRGPVEKGL', 'DDG', 'Ram 1500', 2001, 'W', 6, '2021-06-17', 1455.0, '248092', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (58, 'CD5WMSR4R3MYZ9742', 'DDG', 'Ram 1500', 2017, 'R', 3, '2022-08-17', 2567.0, '97506', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (59, 'T5BPUYFWGAD8840TB', 'CHV', 'Impala', 2002, 'W', 8, '2021-08-02', 1370.0, '88141', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (60, 'SS2BERY9X330769EL', 'CHV', 'Silverado', 2002, 'W', 11, '2022-07-28', 987.0, '59403', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (61, 'TGTY241KZZ5WELHS7', 'HON', 'CR-V', 2019, 'F', 4, '2022-05-10', 1344.0, '91375', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (62, 'EV1CAEN06MLY91VPK', 'MAZ', 'Mazda3', 2015, 'S', 8, '2021-06-05', 1172.0, '244209', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (63, 'FLA8ANRZSK1PT03D5', 'FRD', 'F-150', 2012, 'S', 2, '2021-05-01', 1236.0, '185044', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (64, '5JZ4P5C6KPLXSUEW6', 'FRD', 'Escape', 1998, 'R', 14, '2022-03-31', 1655.0, '215326', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (65, 'VVJDGCTR9NAK5T68C', 'CHV', 'Impala', 2008, 'W', 1, '2022-01-20', 1719.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (66, 'Z8TTJHBSL0S3C80NH', 'NIS', 'Rogue', 2019, 'R', 1, '2021-05-18', 2720.0, '110112', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (67, 'WMZ4N1VP745DSVSX0', 'HON', 'Odyssey', 2014, 'W', 10, '2022-10-31', 1900.0, '62901', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (68, 'VK7KAD7APEKAR04U6', 'VW', 'Passat', 2003, 'W', 15, '2021-07-17', 1593.0, '54238', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (69, 'A3FNF0D5FH22JR2H5', 'DDG', 'Durango', 2010, 'R', 2, '2023-07-15', 2759.0, '90054', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (70, 'DJ6UKVN7F8Y239LXZ', 'DDG', 'Durango', 2018, 'W', 10, '2022-07-26', 2181.0, '123461', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (71, 'XWDJ1ABD4Y0MME28H', 'FRD', 'F-150', 2007, 'R', 13, '2021-10-10', 1983.0, '150767', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (72, 'YC53U28A228M65GH5', 'CHV', 'Cruze', 2000, 'R', 6, '2021-06-08', 2041.0, '182216', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (73, 'SA3JG6BYE8YVDRTR5', 'NIS', 'Rogue', 2002, 'B', 8, '2023-04-30', 1109.0, '283049', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (74, 'DEC1LBNZY1TJE8M7X', 'FRD', 'Escape', 2016, 'R', 9, '2023-01-23', 2831.0, '56660', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (75, 'EYAEWB2W4CSJ6HRHZ', 'TOY', 'Camry', 1998, 'W', 7, '2021-11-14', 1231.0, '272479', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (76, '90F2XWDS0K2M939ED', 'NIS', 'Frontier', 2013, 'F', 14, '2022-05-20', 1212.0, '268513', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (77, 'EEWNR5SW8FLFBDV6S', 'TOY', 'Corolla', 1997, 'R', 10, '2022-06-06', 1835.0, '194319', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (78, 'EEVF4SNHGJ3HBP8L5', 'TOY', 'Sienna', 2004, 'R', 7, '2021-01-26', 2465.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (79, '3JBW60SMWNE74HBDX', 'DDG', 'Durango', 1997, 'R', 1, '2022-04-20', 2005.0, '118415', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (80, '6XZTJM6V1W3UGMUWY', 'DDG', 'Caravan', 2013, 'R', 2, '2023-02-11', 2406.0, '198988', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (81, 'MWK93CRYRUGYBNYY1', 'FRD', 'Taurus', 1996, 'W', 13, '2021-01-17', 1338.0, '160597', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (82, 'AC0MG5ZY9L2MVY245', 'NIS', 'Altima', 2011, 'W', 15, '2021-02-27', 1906.0, '113425', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (83, 'ZSMDCJSM3A0RZLGEA', 'VOL', 'S60', 2000, 'W', 12, '2021-12-26', 961.0, '273018', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (84, '1LEM6J1UE3VSEYFM2', 'FRD', 'Escape', 2012, 'W', 1, '2022-03-02', 1504.0, '146274', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (85, 'SGK1ZDN4SZRM3MX3K', 'NIS', 'Altima', 2000, 'W', 9, '2021-03-17', 927.0, '180099', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (86, 'NKJ4SDDVKGSVK59TF', 'CHV', 'Impala', 2008, 'R', 1, '2021-06-04', 2412.0, '117993', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (87, 'VCYKM4FDT0Y810ZXX', 'GMC', 'Sierra', 2005, 'S', 10, '2023-02-08', 677.0, '207393', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (88, 'ERPWCBBYFJYP9MCK2', 'JEP', 'Wrangler', 2005, 'R', 1, '2021-08-16', 2227.0, '293697', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (89, 'X2J4TZMBM88HYM2EJ', 'VW', 'Passat', 2016, 'F', 4, '2022-10-03', 1207.0, '245885', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (90, 'WU6NLFKNHZWX7P4ZN', 'VW', 'Jetta', 2011, 'W', 12, '2023-06-24', 1214.0, '148243', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (91, '53FC2L6CW6DX71B79', 'KIA', 'Optima', 2011, 'R', 11, '2021-05-21', 1983.0, NULL, 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (92, 'T7U45UNKF9KVW8R9C', 'AUD', 'A4', 1996, 'W', 11, '2023-04-28', 673.0, '92686', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (93, '64LZJS74DCH6GS755', 'CHV', 'Malibu', 2017, 'R', 6, '2022-03-02', 2732.0, '193463', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (94, '5B3DMK9FRW9455D3L', 'SUB', 'Impreza', 2015, 'W', 4, '2022-03-11', 2044.0, '63908', 'J');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (95, 'E10V4LALWRPCRWC0H', 'MAZ', 'CX-5', 2005, 'F', 4, '2023-04-28', 889.0, '69435', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (96, 'VD73A0Y5L6PR0Z9W4', 'FRD', 'Focus', 2018, 'W', 6, '2021-04-10', 2027.0, '294535', 'S');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (97, 'MVHSXXMGZ0WGSSM2L', 'FRD', 'F-150', 2012, 'S', 4, '2021-11-28', 1155.0, '58590', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (98, '1MJ615MT6YH28FW5C', 'CHR', '300', 1999, 'F', 3, '2022-06-19', 822.0, '287821', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (99, '68GEJMZYW5XW9B785', 'AUD', 'A4', 1999, 'W', 10, '2022-02-07', 1279.0, '67464', 'C');
INSERT INTO vehicle_intake (VehicleID, vin, make_cd, model_nm, model_yr, cond_cd, lot_yard, date_in, buy_amt, odometer, title_cd) VALUES (100, 'WWZ7464GMGCAR4KWF', 'VOL', 'S60', 2019, 'W', 12, '2021-02-27', 1863.0, '74470', 'S');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1001, 37, 'Seat', '2021-09-10', 170.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1002, 4, 'AC Compressor', '2022-11-14', 298.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1003, 36, 'Radiator', '2021-09-20', 59.0, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1004, 98, 'Starter', '2022-09-26', 45.0, 'C', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1005, 78, 'AC Compressor', '2021-05-20', 104.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1006, 70, 'Wheel', '2022-09-13', 70.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1007, 59, 'Bumper', '2021-09-19', 108.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1008, 45, 'Wheel', '2022-05-24', 135.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1009, 33, 'Alternator', '2022-08-08', 114.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1010, 27, 'Mirror', '2022-03-03', 70.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1011, 21, 'Headlight', '2023-11-11', 56.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1012, 80, 'Engine', '2023-02-18', 668.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1013, 53, 'AC Compressor', '2022-02-04', 285.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1014, 44, 'Door', '2021-08-16', 273.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1015, 94, 'Tail Light', '2022-06-12', 77.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1016, 32, 'Bumper', '2021-04-09', 133.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1017, 42, 'Hood', '2021-03-26', 185.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1018, 34, 'Transmission', '2021-11-30', 604.99, 'C', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1019, 16, 'Starter', '2023-03-05', 98.99, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1020, 23, 'Catalytic Converter', '2021-05-07', 362.5, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1021, 40, 'Tail Light', '2021-05-07', 54.0, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1022, 5, 'Door', '2023-10-23', 259.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1023, 30, 'Tail Light', '2021-09-09', 45.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1024, 46, 'Bumper', '2023-09-08', 89.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1025, 19, 'Catalytic Converter', '2021-02-14', 330.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1026, 28, 'Tail Light', '2021-07-19', 65.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1027, 64, 'Alternator', '2022-05-01', 94.99, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1028, 90, 'Catalytic Converter', '2023-07-01', 171.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1029, 84, 'Headlight', '2022-04-10', 96.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1030, 13, 'Headlight', '2021-05-08', 94.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1031, 3, 'Bumper', '2022-08-03', 237.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1032, 88, 'Seat', '2021-11-24', 186.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1033, 83, 'Tail Light', '2022-01-26', 37.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1034, 38, 'Hood', '2023-09-24', 145.99, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1035, 63, 'Wheel', '2021-05-14', 84.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1036, 67, 'Wheel', '2022-12-18', 62.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1037, 89, 'Engine', '2022-12-23', 1438.5, 'C', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1038, 75, 'Bumper', '2022-01-26', 208.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1039, 25, 'Engine', '2022-11-21', 1537.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1040, 43, 'Transmission', '2021-03-08', 983.0, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1041, 18, 'Hood', '2022-11-27', 233.99, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1042, 66, 'Mirror', '2021-08-03', 84.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1043, 55, 'Engine', '2021-09-15', 655.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1044, 73, 'Catalytic Converter', '2023-06-20', 513.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1045, 60, 'Radiator', '2022-10-30', 151.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1046, 56, 'Headlight', '2023-07-07', 137.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1047, 68, 'Alternator', '2021-10-31', 99.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1048, 91, 'Bumper', '2021-09-06', 185.0, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1049, 50, 'Bumper', '2023-06-19', 175.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1050, 26, 'Hood', '2023-05-17', 157.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1051, 97, 'Alternator', '2022-01-08', 135.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1052, 48, 'Mirror', '2023-05-18', 57.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1053, 2, 'Mirror', '2022-09-15', 31.0, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1054, 93, 'Catalytic Converter', '2022-05-23', 152.0, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1055, 39, 'Radiator', '2023-07-16', 88.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1056, 74, 'Tail Light', '2023-03-25', 86.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1057, 24, 'Door', '2023-09-19', 276.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1058, 41, 'Radiator', '2023-11-11', 76.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1059, 15, 'Alternator', '2023-05-02', 52.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1060, 1, 'Bumper', '2023-10-02', 144.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1061, 51, 'Alternator', '2021-04-14', 47.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1062, 100, 'Mirror', '2021-06-19', 21.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1063, 76, 'Tail Light', '2022-08-30', 55.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1064, 17, 'Headlight', '2022-01-06', 82.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1065, 82, 'Seat', '2021-03-13', 98.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1066, 96, 'Catalytic Converter', '2021-06-05', 569.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1067, 9, 'Radiator', '2021-11-28', 92.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1068, 6, 'Catalytic Converter', '2022-11-11', 275.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1069, 71, 'Seat', '2021-12-06', 239.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1070, 69, 'Headlight', '2023-08-29', 106.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1071, 72, 'Catalytic Converter', '2021-07-24', 279.99, 'A', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1072, 85, 'AC Compressor', '2021-07-12', 103.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1073, 81, 'Seat', '2021-02-20', 176.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1074, 49, 'Transmission', '2022-03-14', 1037.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1075, 35, 'Mirror', '2021-12-16', 45.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1076, 11, 'Tail Light', '2021-10-15', 73.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1077, 7, 'Headlight', '2023-08-09', 66.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1078, 86, 'Bumper', '2021-06-13', 240.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1079, 41, 'Radiator', '2023-11-23', 126.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1080, 9, 'Seat', '2022-02-23', 195.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1081, 23, 'Radiator', '2021-07-10', 100.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1082, 24, 'Headlight', '2023-10-02', 151.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1083, 38, 'Radiator', '2023-10-18', 128.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1084, 3, 'Mirror', '2022-07-31', 63.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1085, 42, 'Engine', '2021-03-14', 1473.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1086, 48, 'Hood', '2023-03-21', 130.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1087, 80, 'Bumper', '2023-03-17', 229.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1088, 67, 'AC Compressor', '2022-12-01', 307.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1089, 33, 'Radiator', '2022-05-18', 127.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1090, 32, 'Bumper', '2021-06-24', 175.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1091, 67, 'Catalytic Converter', '2023-01-11', 540.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1092, 100, 'Wheel', '2021-06-24', 82.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1093, 74, 'Engine', '2023-02-26', 1068.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1094, 89, 'Hood', '2022-12-29', 177.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1095, 81, 'Bumper', '2021-02-01', 179.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1096, 13, 'Alternator', '2021-06-24', 132.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1097, 59, 'Tail Light', '2021-09-12', 36.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1098, 69, 'Wheel', '2023-07-18', 42.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1099, 17, 'Starter', '2021-12-12', 100.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1100, 1, 'Hood', '2023-10-07', 226.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1101, 3, 'AC Compressor', '2022-10-04', 155.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1102, 26, 'Door', '2023-08-04', 172.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1103, 39, 'Headlight', '2023-08-08', 170.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1104, 1, 'Mirror', '2023-08-28', 74.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1105, 30, 'Mirror', '2021-10-22', 58.0, 'C', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1106, 13, 'Tail Light', '2021-06-06', 85.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1107, 46, 'Bumper', '2023-11-24', 141.0, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1108, 5, 'Catalytic Converter', '2023-10-11', 211.5, 'C', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1109, 96, 'Catalytic Converter', '2021-06-20', 612.99, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1110, 4, 'AC Compressor', '2022-12-16', 232.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1111, 21, 'Transmission', '2023-12-13', 1126.0, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1112, 4, 'Alternator', '2022-11-16', 101.5, 'B', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1113, 4, 'Alternator', '2022-12-11', 49.5, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1114, 4, 'Starter', '2022-12-26', 106.0, 'C', 'N');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1115, 60, 'Transmission', '2022-10-13', 1052.0, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1116, 19, 'Catalytic Converter', '2021-05-06', 277.5, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1117, 37, 'Hood', '2021-09-01', 260.0, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1118, 3, 'Bumper', '2022-08-06', 161.99, 'B', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1119, 84, 'Starter', '2022-05-12', 97.99, 'A', 'Y');
INSERT INTO parts_pulled (part_no, veh_id, part_type, pull_dt, asking_price, grade, sold_flag) VALUES (1120, 84, 'Tail Light', '2022-04-05', 27.99, 'C', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (1, 'Tri-State Collision', 'S', 'Columbus', '(779) 555-2601', NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (2, 'Mike''s Auto Repair', 'S', 'Columbus', '(552) 555-8944', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (3, 'Dan Kowalski', 'I', 'Columbus', '(973) 555-6107', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (4, 'Reliable Motors', 'D', 'Columbus', '(613) 555-2392', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (5, 'Toledo Transmission Co.', 'S', 'Toledo', '(257) 555-0424', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (6, 'Angela Ruiz', 'I', 'Toledo', '(714) 555-4468', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (7, 'Akron Body & Frame', 'S', 'Akron', NULL, NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (8, 'Priya Natarajan', 'I', 'Akron', '(319) 555-0679', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (9, 'Great Lakes Used Cars', 'D', 'Detroit', '(426) 555-3077', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (10, 'Westside Garage', 'S', 'Detroit', '(957) 555-5247', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (11, 'Marcus Bell', 'I', 'Detroit', '(426) 555-2238', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (12, 'Hoosier Auto Sales', 'D', 'Indianapolis', '(357) 555-8008', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (13, 'Speedway Performance', 'S', 'Indianapolis', '(732) 555-2522', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (14, 'Jenna Whitfield', 'I', 'Indianapolis', NULL, 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (15, 'Three Rivers Auto', 'S', 'Pittsburgh', '(411) 555-5726', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (16, 'Frank DeLuca', 'I', 'Pittsburgh', '(551) 555-8340', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (17, 'Keystone Car Mart', 'D', 'Pittsburgh', '(938) 555-8982', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (18, 'Bluegrass Fleet Service', 'S', 'Lexington', '(793) 555-0468', NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (19, 'Tom Haskins', 'I', 'Lexington', '(584) 555-5822', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (20, 'River City Motors', 'D', 'Louisville', '(549) 555-9663', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (21, 'Ohio Valley Towing', 'S', 'Louisville', NULL, NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (22, 'Carla Jimenez', 'I', 'Dayton', '(680) 555-3605', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (23, 'Dayton Precision Auto', 'S', 'Dayton', '(330) 555-0024', NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (24, 'Kevin O''Brien', 'I', 'Flint', '(496) 555-6171', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (25, 'Vehicle City Repair', 'S', 'Flint', '(769) 555-8834', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (26, 'Grand Rapids Auto Glass', 'S', 'Grand Rapids', '(389) 555-1251', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (27, 'Samir Haddad', 'I', 'Grand Rapids', '(299) 555-8214', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (28, 'Summit Street Motors', 'D', 'Fort Wayne', NULL, 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (29, 'Lisa Chen', 'I', 'Fort Wayne', '(878) 555-3781', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (30, 'Presque Isle Garage', 'S', 'Erie', '(787) 555-1130', NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (31, 'Ray Thornton', 'D', 'Erie', '(867) 555-2088', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (32, 'Mountaineer Auto Care', 'S', 'Charleston', '(275) 555-3146', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (33, 'Beth Lawson', 'I', 'Charleston', '(387) 555-9038', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (34, 'Cincy Import Repair', 'S', 'Cincinnati', '(898) 555-2930', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (35, 'Walter Greene', 'I', 'Cincinnati', NULL, NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (36, 'Queen City Auto Sales', 'D', 'Cincinnati', '(690) 555-0395', 'Y');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (37, 'Nora Fitzgerald', 'I', 'Cleveland', '(728) 555-7839', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (38, 'Lakefront Collision', 'S', 'Cleveland', '(478) 555-5227', NULL);
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (39, 'Gary Pulaski', 'I', 'Toledo', '(370) 555-4208', 'N');
INSERT INTO BuyerAccounts (BuyerID, buyer_nm, biz_type, city, phone, tax_exempt) VALUES (40, 'Heartland Truck Parts', 'S', 'Indianapolis', '(496) 555-1117', NULL);
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (1, 1095, 7, '2021-04-29', 170.05, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (2, 1025, 1, '2021-05-04', 330.5, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (3, 1073, 40, '2021-04-10', 167.67, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (4, 1040, 9, '2021-04-15', 835.55, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (5, 1065, 23, '2021-05-31', 89.09, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (6, 1085, 12, '2021-03-26', 1325.7, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (7, 1017, 15, '2021-05-01', 185.99, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (8, 1061, 12, '2021-05-03', 42.75, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (9, 1116, 1, '2021-06-27', 222.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (10, 1030, 18, '2021-05-22', 94.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (11, 1035, 1, '2021-07-03', 76.49, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (12, 1005, 23, '2021-06-24', 104.99, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (13, 1066, 13, '2021-06-09', 455.2, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (14, 1106, 10, '2021-07-29', 72.67, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (15, 1078, 1, '2021-07-24', 192.79, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (16, 1096, 15, '2021-07-01', 132.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (17, 1090, 13, '2021-08-11', 175.99, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (18, 1081, 9, '2021-08-31', 90.45, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (19, 1072, 7, '2021-07-17', 98.79, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (20, 1042, 9, '2021-09-21', 76.49, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (21, 1117, 32, '2021-10-24', 247.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (22, 1048, 32, '2021-11-09', 185.0, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (23, 1023, 7, '2021-12-03', 45.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (24, 1001, 12, '2021-10-05', 144.92, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (25, 1097, 9, '2021-10-06', 35.14, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (26, 1043, 11, '2021-10-12', 622.25, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (27, 1007, 40, '2021-12-17', 108.0, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (28, 1003, 15, '2021-09-22', 59.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (29, 1047, 1, '2022-01-04', 89.55, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (30, 1067, 36, '2021-12-19', 83.25, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (31, 1069, 1, '2022-01-07', 239.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (32, 1099, 15, '2021-12-15', 100.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (33, 1064, 20, '2022-01-17', 74.25, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (34, 1051, 13, '2022-01-30', 121.95, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (35, 1033, 17, '2022-04-26', 30.0, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (36, 1038, 2, '2022-03-04', 167.19, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (37, 1013, 9, '2022-04-03', 285.5, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (38, 1080, 18, '2022-05-20', 195.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (39, 1010, 20, '2022-04-19', 59.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (40, 1074, 1, '2022-06-03', 830.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (41, 1120, 15, '2022-05-21', 26.59, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (42, 1029, 5, '2022-06-08', 96.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (43, 1119, 2, '2022-06-08', 97.99, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (44, 1089, 29, '2022-07-07', 114.75, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (45, 1008, 9, '2022-06-29', 129.19, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (46, 1015, 1, '2022-06-24', 77.5, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (47, 1084, 40, '2022-08-06', 60.79, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (48, 1031, 29, '2022-08-22', 190.0, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (49, 1118, 36, '2022-10-01', 145.79, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (50, 1009, 2, '2022-09-12', 96.9, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (51, 1063, 2, '2022-10-10', 53.19, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (52, 1006, 40, '2022-10-30', 70.5, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (53, 1053, 2, '2022-09-30', 31.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (54, 1101, 21, '2022-10-27', 155.0, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (55, 1115, 2, '2022-12-28', 894.2, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (56, 1068, 1, '2023-02-09', 275.99, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (57, 1002, 34, '2023-01-18', 239.19, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (58, 1039, 9, '2022-11-29', 1537.0, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (59, 1088, 25, '2023-01-11', 307.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (60, 1113, 3, '2022-12-13', 39.6, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (61, 1036, 9, '2023-03-12', 62.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (62, 1094, 10, '2023-03-13', 177.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (63, 1091, 7, '2023-02-13', 513.48, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (64, 1012, 11, '2023-04-01', 534.4, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (65, 1093, 2, '2023-05-11', 961.2, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (66, 1019, 15, '2023-05-25', 98.99, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (67, 1087, 35, '2023-05-10', 229.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (68, 1086, 40, '2023-05-31', 117.0, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (69, 1059, 2, '2023-06-05', 42.0, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (70, 1050, 19, '2023-06-21', 149.15, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (71, 1052, 5, '2023-06-25', 55.09, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (72, 1049, 30, '2023-09-09', 166.25, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (73, 1044, 35, '2023-07-05', 436.47, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (74, 1046, 4, '2023-07-26', 116.88, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (75, 1055, 20, '2023-09-21', 74.8, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (76, 1102, 5, '2023-08-09', 172.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (77, 1103, 18, '2023-10-09', 170.99, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (78, 1104, 1, '2023-09-04', 63.74, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (79, 1070, 30, '2023-11-18', 106.5, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (80, 1024, 20, '2023-09-20', 75.65, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (81, 1057, 13, '2023-11-19', 248.4, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (82, 1034, 40, '2023-10-22', 145.99, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (83, 1060, 5, '2023-12-31', 137.74, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (84, 1082, 28, '2023-10-26', 121.2, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (85, 1108, 24, '2023-11-25', 211.5, 'CHK');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (86, 1083, 40, '2024-01-16', 108.8, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (87, 1011, 17, '2023-12-22', 56.0, 'CRD');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (88, 1058, 10, '2023-12-09', 76.5, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (89, 1079, 3, '2023-12-07', 107.52, 'CSH');
INSERT INTO PartSale (SaleID, part_no, cust_id, sale_dt, sale_amt, pay_method) VALUES (90, 1107, 28, '2024-01-11', 126.9, 'CSH');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (1, 'Ray', 'Kowalczyk', 1, NULL, '2001-05-14', '30.00', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (2, 'Darnell', 'Hughes', 1, 1, '2006-10-01', '25.70', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (3, 'Luis', 'Ortega', 3, 1, '2010-02-03', '24.04', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (4, 'Shane', 'Pruitt', 6, 1, '2009-02-03', '25.59', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (5, 'Kyle', 'Benson', 9, 1, '2012-07-31', '26.33', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (6, 'Brenda', 'Yoder', 11, 1, '2004-01-03', '27.28', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (7, 'Tony', 'Marino', 13, 1, '2005-06-03', '27.74', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (8, 'Eddie', 'Sharp', 4, 1, '2007-04-02', '25.44', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (9, 'Curtis', 'Dawson', 7, 1, '2004-04-21', '27.63', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (10, 'Maria', 'Delgado', 3, 3, '2020-03-15', '20.12', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (11, 'Jamal', 'Whitaker', 9, 5, '2016-05-24', '15.96', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (12, 'Dustin', 'Fleming', 9, 5, '2017-08-28', '18.70', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (13, 'Wade', 'Crowe', 9, 5, '2018-08-15', '21.75', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (14, 'Hector', 'Ramos', 9, 5, '2021-08-02', '20.91', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (15, 'Travis', 'Hatfield', 9, 5, '2011-11-16', '20.70', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (16, 'Nicole', 'Lindqvist', 13, 7, '2014-08-02', '16.65', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (17, 'Bobby', 'Tucker', 3, 3, '2014-08-30', '16.20', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (18, 'Leon', 'Moss', 9, 5, '2015-12-03', '19.51', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (19, 'Cody', 'Baxter', 6, 4, '2016-02-29', '18.75', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (20, 'Terrell', 'Gaines', 3, 3, '2016-09-01', '18.60', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (21, 'Vince', 'Russo', 3, 3, '2013-10-23', '21.75', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (22, 'Carl', 'Wozniak', 11, 6, '2020-05-13', '23.00', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (23, 'Rosa', 'Vega', 1, 2, '2016-06-27', '21.58', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (24, 'Dale', 'Pickett', 11, 6, '2018-09-27', '20.73', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (25, 'Marty', 'Sloan', 6, 4, '2015-01-29', '18.44', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (26, 'Andre', 'Greer', 1, 2, '2017-09-04', '16.93', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (27, 'Jesse', 'Farley', 9, 5, '2020-10-04', '17.47', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (28, 'Kurt', 'Novak', 3, 3, '2013-11-29', '19.06', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (29, 'Tasha', 'Jefferson', 4, 8, '2019-08-09', '23.15', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (30, 'Omar', 'Haddad', 9, 5, '2011-04-09', '23.21', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (31, 'Gus', 'Stroud', 4, 8, '2011-09-18', '16.90', 'Y');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (32, 'Randy', 'Combs', 13, 5, '2018-11-28', '20.64', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (33, 'Dwayne', 'Mercer', 3, 3, '2011-09-01', '16.60', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (34, 'Pete', 'Bauer', 6, 4, '2016-08-22', '21.10', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (35, 'Rick', 'Holt', 1, 2, '2015-03-09', '16.76', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (36, 'Ivan', 'Petrov', 9, 5, '2022-12-20', '18.11', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (37, 'Lonnie', 'Reese', 9, 5, '2016-02-16', '22.51', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (38, 'Mitch', 'Doyle', 9, 5, '2014-01-31', '19.42', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (39, 'Sergio', 'Navarro', 3, 3, '2017-09-29', '20.62', 'N');
INSERT INTO yard_workers (emp_id, emp_fname, emp_lname, home_yard, foreman, hire_dt, hourly_rate, cdl_flag) VALUES (40, 'Wendell', 'Ashby', 6, 3, '2012-03-25', '22.67', 'N');
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (30, 78, '2021-02-05', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (25, 81, '2021-02-11', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (11, 52, '2021-02-14', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 43, '2021-02-14', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (39, 52, '2021-02-21', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (33, 19, '2021-02-22', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 10, '2021-03-02', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (26, 10, '2021-03-03', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 10, '2021-03-10', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (24, 19, '2021-03-12', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (26, 52, '2021-03-13', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (19, 52, '2021-03-14', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 42, '2021-03-14', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (32, 51, '2021-03-25', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (18, 32, '2021-04-09', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (14, 85, '2021-04-12', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (23, 29, '2021-04-18', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (37, 23, '2021-04-29', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (6, 13, '2021-05-14', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 63, '2021-05-17', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (20, 63, '2021-05-27', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 91, '2021-06-10', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (28, 62, '2021-06-11', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (40, 91, '2021-06-11', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 62, '2021-06-12', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (2, 62, '2021-06-22', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 72, '2021-06-22', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (16, 72, '2021-06-22', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (7, 62, '2021-07-01', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (7, 44, '2021-07-22', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (20, 68, '2021-07-26', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (9, 28, '2021-08-02', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 37, '2021-08-06', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 68, '2021-08-08', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (16, 59, '2021-08-25', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 34, '2021-09-04', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 34, '2021-09-07', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (35, 30, '2021-09-09', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 30, '2021-09-11', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (6, 30, '2021-09-17', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (26, 11, '2021-09-24', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (33, 12, '2021-09-25', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (38, 12, '2021-10-03', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (32, 11, '2021-10-06', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (7, 71, '2021-10-28', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 71, '2021-11-08', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 75, '2021-11-16', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 9, '2021-11-18', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 53, '2021-11-27', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 53, '2021-11-28', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 53, '2021-12-01', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (33, 97, '2021-12-07', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (8, 49, '2021-12-12', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (23, 49, '2021-12-12', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (5, 35, '2021-12-14', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (38, 97, '2021-12-21', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 97, '2021-12-23', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 35, '2022-01-03', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 65, '2022-01-29', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (40, 65, '2022-02-03', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (32, 47, '2022-02-09', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 47, '2022-02-17', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 47, '2022-02-27', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (30, 99, '2022-03-01', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (26, 94, '2022-03-19', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (18, 45, '2022-03-22', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (13, 64, '2022-04-01', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (15, 33, '2022-04-19', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 64, '2022-04-19', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 64, '2022-04-21', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (14, 14, '2022-05-10', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 61, '2022-05-19', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (14, 61, '2022-05-30', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (37, 76, '2022-06-06', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (14, 77, '2022-06-17', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (18, 25, '2022-08-09', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (24, 70, '2022-08-21', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (33, 58, '2022-08-24', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (39, 58, '2022-09-09', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 4, '2022-10-01', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (19, 89, '2022-10-05', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 6, '2022-10-06', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (13, 89, '2022-10-20', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (34, 4, '2022-10-21', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (22, 67, '2022-11-03', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (19, 67, '2022-11-15', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (39, 74, '2023-02-06', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (16, 80, '2023-02-18', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (38, 87, '2023-03-07', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (21, 15, '2023-03-30', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (39, 31, '2023-03-30', 2);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (35, 15, '2023-03-31', 2.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (18, 15, '2023-04-07', 7.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 15, '2023-04-19', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (12, 50, '2023-04-20', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (7, 50, '2023-04-21', 6);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (9, 50, '2023-04-24', 3.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (32, 92, '2023-05-10', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (20, 26, '2023-05-19', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (40, 26, '2023-06-03', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (22, 26, '2023-06-04', 5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (20, 39, '2023-06-13', 3);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 1, '2023-07-13', 4);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (28, 38, '2023-07-21', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (10, 69, '2023-08-12', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (27, 24, '2023-09-08', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (31, 46, '2023-09-21', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (20, 46, '2023-09-22', 8);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (4, 24, '2023-09-28', 1.5);
INSERT INTO Dismantle_Crew (emp_id, VehicleID, work_dt, hrs) VALUES (3, 46, '2023-10-04', 4);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (1, 19, 4, 6, '2021-01-31', 89, 278.0, 26);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (2, 52, 6, 1, '2021-02-07', 58, 216.0, 27);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (3, 10, 10, 14, '2021-02-11', 39, 178.0, 31);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (4, 51, 6, 9, '2021-02-23', 146, 367.0, NULL);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (5, 23, 14, 3, '2021-04-15', 102, 329.0, 25);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (6, 86, 13, 1, '2021-05-30', 202, 529.0, 19);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (7, 68, 5, 15, '2021-07-14', 179, 483.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (8, 37, 3, 14, '2021-07-22', 202, 479.0, 14);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (9, 59, 3, 8, '2021-07-29', 190, 505.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (10, 55, 10, 1, '2021-08-07', 113, 351.0, 15);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (11, 11, 10, 7, '2021-09-05', 84, 268.0, 31);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (12, 12, 9, 6, '2021-09-08', 104, 308.0, 14);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (13, 17, 12, 9, '2021-10-02', 77, 229.0, 5);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (14, 75, 5, 7, '2021-11-10', 130, 385.0, 19);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (15, 49, 9, 14, '2021-11-13', 34, 143.0, NULL);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (16, 97, 7, 4, '2021-11-19', 128, 356.0, 19);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (17, 83, 15, 12, '2021-12-20', 70, 215.0, 16);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (18, 60, 4, 11, '2022-07-22', 150, 425.0, NULL);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (19, 70, 8, 10, '2022-07-23', 217, 509.0, 4);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (20, 25, 10, 2, '2022-07-29', 25, 175.0, 27);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (21, 18, 14, 9, '2022-09-19', 107, 339.0, 26);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (22, 4, 6, 5, '2022-09-22', 237, 599.0, 5);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (23, 67, 12, 10, '2022-10-29', 205, 510.0, NULL);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (24, 16, 14, 11, '2022-11-10', 139, 378.0, 14);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (25, 74, 14, 9, '2023-01-18', 44, 188.0, 14);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (26, 80, 12, 2, '2023-02-03', 146, 367.0, 4);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (27, 87, 14, 10, '2023-02-04', 211, 547.0, 16);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (28, 48, 8, 10, '2023-02-18', 91, 307.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (29, 56, 9, 5, '2023-03-14', 239, 578.0, NULL);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (30, 31, 10, 2, '2023-03-19', 62, 199.0, 4);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (31, 50, 10, 7, '2023-03-31', 152, 429.0, 26);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (32, 1, 13, 3, '2023-06-08', 103, 306.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (33, 54, 9, 2, '2023-07-24', 47, 194.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (34, 7, 2, 1, '2023-07-24', 198, 471.0, 23);
INSERT INTO tow_jobs (tow_id, veh, from_yard, to_yard, tow_dt, miles, tow_fee, driver_emp) VALUES (35, 5, 11, 4, '2023-08-31', 165, 455.0, 19);
COMMIT;
