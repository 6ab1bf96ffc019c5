PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE District (
    DistID INTEGER PRIMARY KEY,
    dist_name TEXT NOT NULL,
    ward_cd TEXT,
    office_addr TEXT,
    council_mbr TEXT,
    pop_est INTEGER,
    has_annex TEXT
);

CREATE TABLE Owners (
    owner_id INTEGER PRIMARY KEY,
    own_fname TEXT,
    own_lname TEXT NOT NULL,
    own_type TEXT,
    mail_city TEXT,
    phone TEXT
);

CREATE TABLE property_parcels (
    parcel_id INTEGER PRIMARY KEY,
    apn TEXT,
    street_addr TEXT,
    dist_no INTEGER,
    OwnerID INTEGER,
    zoning TEXT,
    lot_sqft INTEGER,
    yr_built INTEGER,
    FOREIGN KEY (dist_no) REFERENCES District(DistID),
    FOREIGN KEY (OwnerID) REFERENCES Owners(owner_id)
);

CREATE TABLE ContractorFirms (
    ContractorID INTEGER PRIMARY KEY,
    FirmName TEXT,
    LicNo TEXT,
    TradeCd TEXT,
    Bonded TEXT,
    BaseCity TEXT,
    YrsActive INTEGER
);

CREATE TABLE permit_applications (
    app_no INTEGER PRIMARY KEY,
    parcel_id INTEGER,
    permit_type TEXT,
    status_cd TEXT,
    filed_dt TEXT,
    issued_dt TEXT,
    est_cost INTEGER,
    fee_amt TEXT,
    rush_flag TEXT,
    office_dist INTEGER
);

CREATE TABLE Inspector (
    insp_id INTEGER PRIMARY KEY,
    insp_fname TEXT,
    insp_lname TEXT,
    hire_dt TEXT,
    cert_lvl TEXT,
    Senior INTEGER,
    home_office INTEGER
);

CREATE TABLE InspectionLog (
    LogID INTEGER PRIMARY KEY,
    AppNo INTEGER,
    done_by INTEGER,
    InspDate TEXT,
    Stage TEXT,
    Result TEXT,
    mins_onsite INTEGER,
    FOREIGN KEY (AppNo) REFERENCES permit_applications(app_no),
    FOREIGN KEY (done_by) REFERENCES Inspector(insp_id)
);

CREATE TABLE permit_app_contractors (
    app_no INTEGER,
    contractor_id INTEGER,
    role_cd TEXT,
    bid_amt TEXT,
    PRIMARY KEY (app_no, contractor_id),
    FOREIGN KEY (app_no) REFERENCES permit_applications(app_no),
    FOREIGN KEY (contractor_id) REFERENCES ContractorFirms(ContractorID)
);

CREATE TABLE Appeals (
    appeal_id INTEGER PRIMARY KEY,
    app_no INTEGER,
    from_office INTEGER,
    to_office INTEGER,
    filed_on TEXT,
    decision TEXT,
    hearing_req TEXT
);

INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (1, 'Northgate', 'N', '210 Northgate Blvd', 'Karen Whitfield', 48200, 'Y');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (2, 'Riverside', 'W', '15 River Rd', 'Tomas Alvarez', 39150, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (3, 'Old Town', 'C', '1 Market Sq', 'Grace Liu', 22800, 'Y');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (4, 'Harbor', 'S', '88 Quay St', 'Daniel Okafor', 31400, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (5, 'Eastfield', 'E', '402 Eastfield Ave', 'Marion Becker', 44700, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (6, 'Westbrook', 'W', '77 Westbrook Ln', 'Paul Hennessy', 36900, 'Y');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (7, 'Hillcrest', 'N', '9 Summit Dr', 'Anita Desai', 27300, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (8, 'Lakeview', 'W', '300 Shore Pkwy', 'Robert Lindqvist', 41050, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (9, 'Midtown', 'C', '500 Center St', 'Sandra Moreau', 52600, 'Y');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (10, 'Southport', 'S', '61 Dockside Way', 'Luis Ferreira', 29900, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (11, 'Ashby', 'E', '14 Ashby Green', 'Helen Park', 18450, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (12, 'Cedar Park', 'N', '120 Cedar Ave', 'Victor Nash', 33300, 'Y');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (13, 'Millbrook', 'E', '45 Mill St', 'Joanne Reyes', 25100, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (14, 'Fairview', 'S', '230 Fairview Rd', 'Owen Gallagher', 37750, 'N');
INSERT INTO District (DistID, dist_name, ward_cd, office_addr, council_mbr, pop_est, has_annex) VALUES (15, 'Brookside', 'W', '8 Brook Ct', 'Priya Natarajan', 21600, 'N');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (1, 'Karen', 'Davis', 'I', 'Shelbyville', '555-492-5402');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (2, 'Nancy', 'Johnson', 'I', 'Springfield', '555-779-6373');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (3, 'Linda', 'Walker', 'I', 'Springfield', '555-464-6571');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (4, 'Carol', 'Allen', 'I', 'Springfield', '555-849-4513');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (5, 'Richard', 'Garcia', 'I', 'Ogdenville', NULL);
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (6, 'Steven', 'Sanchez', 'I', 'Springfield', '555-799-4341');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (7, 'Michael', 'Martin', 'I', 'Capital City', '555-223-9873');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (8, NULL, 'Millstone Realty Trust', 'T', 'Shelbyville', '555-814-0414');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (9, 'Charles', 'King', 'I', 'Springfield', '555-830-1812');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (10, NULL, 'Okafor Family Trust', 'T', 'Shelbyville', '555-853-8849');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (11, 'Lisa', 'Robinson', 'I', 'Capital City', '555-453-9502');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (12, 'Matthew', 'Lee', 'I', 'Ogdenville', '555-454-5431');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (13, 'Betty', 'Thompson', 'I', 'Springfield', '555-686-7484');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (14, 'George', 'White', 'I', 'Ogdenville', '555-672-9378');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (15, 'Sandra', 'Young', 'I', 'Shelbyville', '555-362-9182');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (16, 'David', 'Martinez', 'I', 'Shelbyville', '555-692-4422');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (17, 'Patricia', 'Nguyen', 'I', 'Springfield', '555-278-0882');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (18, 'Laura', 'Thomas', 'I', 'Springfield', '555-654-7788');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (19, 'Susan', 'Anderson', 'I', 'Springfield', '555-855-5407');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (20, 'Robert', 'Rodriguez', 'I', 'Ogdenville', '555-380-2415');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (21, 'Brian', 'Ramirez', 'I', 'Shelbyville', '555-482-9407');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (22, 'Michelle', 'Taylor', 'I', 'Shelbyville', '555-563-8174');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (23, 'Ashley', 'O''Brien', 'I', 'North Haverbrook', '555-759-4215');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (24, NULL, 'Cedar Ridge Partners', 'C', 'Ogdenville', '555-828-8779');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (25, 'Andrew', 'Perez', 'I', 'Springfield', '555-352-0042');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (26, 'Joseph', 'Smith', 'I', 'Ogdenville', NULL);
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (27, 'Anthony', 'Harris', 'I', 'Shelbyville', '555-681-3621');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (28, NULL, 'Harborline Holdings LLC', 'C', 'Springfield', '555-201-4000');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (29, NULL, 'Bayview Development Co', 'C', 'Springfield', '555-311-8471');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (30, 'Mark', 'Lopez', 'I', 'Ogdenville', '555-231-3845');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (31, 'James', 'Scott', 'I', 'North Haverbrook', '555-651-2776');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (32, 'Melissa', 'Moore', 'I', 'Springfield', '555-673-4111');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (33, 'Donna', 'Lewis', 'I', 'North Haverbrook', '555-818-1991');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (34, 'Daniel', 'Hernandez', 'I', 'Springfield', '555-527-8330');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (35, NULL, 'Greenleaf Properties Inc', 'C', 'North Haverbrook', '555-332-8928');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (36, 'Amanda', 'Hill', 'I', 'Capital City', '555-591-1930');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (37, 'Kevin', 'Miller', 'I', 'Springfield', '555-466-9623');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (38, 'Mary', 'Clark', 'I', 'Springfield', NULL);
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (39, 'Thomas', 'Wilson', 'I', 'North Haverbrook', '555-374-1056');
INSERT INTO Owners (owner_id, own_fname, own_lname, own_type, mail_city, phone) VALUES (40, 'Emily', 'Jackson', 'I', 'Ogdenville', '555-670-8077');
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (1, '477-942-13', '2753 Chestnut Ave', 9, 24, 'R1', 3150, 1998);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (2, '643-849-10', '663 Cedar Ln', 13, 32, 'R1', 4800, 1926);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (3, '397-729-25', '624 Maple St', 14, 4, 'C1', 24900, 1946);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (4, '855-001-34', '2433 Oak Ave', 9, 22, 'R1', 3250, 2012);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (5, '331-411-34', '642 Poplar St', 9, 28, 'R1', 4500, NULL);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (6, '516-472-13', '225 Oak Ave', 12, 24, 'R2', 3750, 1965);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (7, '415-842-25', '2517 Maple St', 5, 7, 'R1', 2650, 1943);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (8, '768-010-39', '1309 Elm St', 8, 37, 'R1', 2950, 1942);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (9, '960-144-36', '1811 Chestnut Ave', 6, 7, 'R1', 4450, 1940);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (10, '701-340-27', '2137 Ash St', 9, 26, 'M1', 12000, 1947);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (11, '962-918-21', '2995 Poplar St', 6, 30, 'R3', 6050, 1995);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (12, '795-672-18', '1471 Harbor View Rd', 6, 36, 'R2', 6300, 1972);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (13, '998-933-12', '920 Mill Pond Rd', 3, 18, 'R1', 6100, 2019);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (14, '249-120-13', '1254 Mill Pond Rd', 12, 20, 'R2', 3500, 1951);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (15, '348-167-24', '1890 Sycamore Dr', 12, 35, 'R1', 3500, 2002);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (16, '339-706-17', '2647 Maple St', 14, 36, 'R2', 3200, 2002);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (17, '777-401-06', '2738 Juniper Ln', 1, 15, 'R1', 4350, 2011);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (18, '667-025-31', '1063 Maple St', 4, 14, 'R2', 6450, 1943);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (19, '970-871-28', '2015 Sycamore Dr', 13, 10, 'R2', 6750, 1986);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (20, '178-543-20', '929 Harbor View Rd', 7, 19, 'R1', 4900, NULL);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (21, '560-474-09', '1424 Chestnut Ave', 4, 5, 'R1', 4650, 1985);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (22, '725-963-13', '1310 Juniper Ln', 10, 26, 'R2', 4800, 1994);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (23, '830-594-25', '1988 Maple St', 8, 29, 'R3', 2200, 1936);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (24, '998-342-04', '1187 Poplar St', 5, 22, 'R1', 2150, 1986);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (25, '286-936-39', '2317 Willow Dr', 3, 13, 'R2', 5750, 1972);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (26, '628-702-03', '2465 Juniper Ln', 4, 39, 'M1', 13700, 1963);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (27, '847-119-03', '1125 Juniper Ln', 6, 7, 'C2', 9250, 1974);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (28, '235-966-09', '2195 Birch Way', 11, 14, 'C1', 29500, 1929);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (29, '630-658-14', '867 Juniper Ln', 11, 30, 'R2', 4550, 1953);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (30, '138-489-01', '451 Maple St', 6, 29, 'R1', 3900, 1997);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (31, '496-537-02', '1071 Pine Rd', 8, 38, 'R1', 6200, 1942);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (32, '999-241-07', '1657 Harbor View Rd', 8, 33, 'R1', 2050, 1943);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (33, '862-696-39', '839 Sycamore Dr', 11, 7, 'M1', 22950, 1991);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (34, '283-903-15', '177 Hawthorn Rd', 5, 27, 'C2', 10350, NULL);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (35, '859-673-37', '1916 Hawthorn Rd', 7, 21, 'C1', 8800, 1970);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (36, '688-509-39', '1211 Linden Ave', 1, 35, 'R1', 5850, 1946);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (37, '745-600-22', '1984 Poplar St', 7, 7, 'R1', 4000, 1982);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (38, '803-223-38', '2286 Spruce Ct', 14, 24, 'C2', 20750, 1980);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (39, '324-994-30', '1762 Linden Ave', 8, 30, 'R3', 2350, 1947);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (40, '998-961-22', '1705 Lake Shore Dr', 8, 16, 'C1', 23600, 1982);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (41, '893-908-15', '1513 Juniper Ln', 5, 36, 'R1', 2550, 1925);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (42, '918-176-20', '2601 Elm St', 8, 21, 'R2', 6350, 1950);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (43, '632-193-10', '2197 Sycamore Dr', 2, 23, 'R2', 2650, 2000);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (44, '544-216-37', '239 Sycamore Dr', 3, 26, 'R2', 2350, 1999);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (45, '265-125-09', '1984 Spruce Ct', 5, 23, 'R1', 3150, 1959);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (46, '682-468-17', '364 Harbor View Rd', 5, 29, 'R2', 5850, 1952);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (47, '665-170-03', '2643 Walnut St', 2, 37, 'R2', 3300, 1975);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (48, '911-653-04', '2136 Spruce Ct', 4, 31, 'C2', 14400, 1989);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (49, '651-794-22', '980 Sycamore Dr', 5, 39, 'C2', 26000, 1980);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (50, '521-832-19', '2453 Harbor View Rd', 15, 16, 'R3', 4350, 2004);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (51, '712-359-22', '2023 Linden Ave', 2, 34, 'M1', 27150, 1999);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (52, '791-855-08', '2064 Elm St', 6, 14, 'R1', 5400, NULL);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (53, '737-907-23', '158 Sycamore Dr', 15, 5, 'R1', 6000, 1928);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (54, '804-081-03', '2258 Linden Ave', 8, 33, 'R2', 4850, 2011);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (55, '641-281-39', '2485 Poplar St', 9, 32, 'R3', 2900, 2014);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (56, '568-029-17', '2572 Willow Dr', 15, 27, 'M1', 14400, 1960);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (57, '284-898-03', '2531 Birch Way', 2, 37, 'M1', 8900, 1925);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (58, '524-941-32', '1763 Willow Dr', 10, 32, 'C1', 9200, 1928);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (59, '415-871-04', '111 Magnolia Blvd', 6, 18, 'R3', 5700, 1952);
INSERT INTO property_parcels (parcel_id, apn, street_addr, dist_no, OwnerID, zoning, lot_sqft, yr_built) VALUES (60, '190-733-22', '77 Harbor View Rd', 7, 2, 'C1', 10350, 1963);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (1, 'Keystone Builders', 'GEN-89858', 'GEN', 'Y', 'Springfield', 27);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (2, 'Ridgeway Construction', 'GEN-33791', 'GEN', 'Y', 'Shelbyville', 19);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (3, 'Summit General Contracting', 'GEN-38732', 'GEN', 'N', 'Springfield', 8);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (4, 'Blue Anchor Builders', 'GEN-61250', 'GEN', 'Y', 'Ogdenville', 14);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (5, 'Northstar Homes', 'GEN-98437', 'GEN', 'N', 'Springfield', 5);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (6, 'Oakline Renovations', 'GEN-59494', 'GEN', 'Y', 'Capital City', 11);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (7, 'Bright Spark Electric', 'ELE-97086', 'ELE', 'Y', 'Springfield', 16);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (8, 'Volt & Wire Co', 'ELE-30443', 'ELE', 'N', 'Shelbyville', 7);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (9, 'Current Solutions', 'ELE-71995', 'ELE', 'Y', 'Springfield', 22);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (10, 'Clearflow Plumbing', 'PLB-91285', 'PLB', 'Y', 'Springfield', 18);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (11, 'Pipeworks Ltd', 'PLB-30060', 'PLB', 'N', 'Ogdenville', 9);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (12, 'Aqua Pro Plumbing', 'PLB-32804', 'PLB', 'Y', 'Capital City', 12);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (13, 'Comfort Air HVAC', 'HVC-29866', 'HVC', 'Y', 'Springfield', 15);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (14, 'Polar Mechanical', 'HVC-66353', 'HVC', 'N', 'Shelbyville', 6);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (15, 'TopShield Roofing', 'ROF-80004', 'ROF', 'Y', 'Springfield', 21);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (16, 'Ironclad Roofing', 'ROF-54186', 'ROF', 'N', 'North Haverbrook', 4);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (17, 'SunPath Solar', 'SOL-73418', 'SOL', 'Y', 'Capital City', 10);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (18, 'Helios Energy Systems', 'SOL-96198', 'SOL', 'N', 'Springfield', 3);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (19, 'Signcraft Studio', 'SGN-22060', 'SGN', 'N', 'Ogdenville', 13);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (20, 'Fenceline Pros', 'FNC-14415', 'FNC', 'Y', 'Springfield', 9);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (21, 'Deepwater Pools', 'POL-62171', 'POL', 'Y', 'Shelbyville', 17);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (22, 'Granite Demolition', 'DEM-44052', 'DEM', 'Y', 'Springfield', 24);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (23, 'Evergreen Carpentry', 'GEN-12387', 'GEN', 'N', 'North Haverbrook', 2);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (24, 'Lumen Electric', 'ELE-81298', 'ELE', 'N', 'Capital City', 1);
INSERT INTO ContractorFirms (ContractorID, FirmName, LicNo, TradeCd, Bonded, BaseCity, YrsActive) VALUES (25, 'Prairie Plumbing', 'PLB-29167', 'PLB', 'Y', 'Ogdenville', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230105, 31, 'ALT', 'W', '2022-08-09', NULL, 29300, '441.25', 'Y', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230108, 54, 'ROOF', 'A', '2023-01-13', '2023-03-08', 38000, '550.00', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230115, 41, 'ROOF', 'W', '2024-08-22', NULL, 16300, '278.75', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230127, 6, 'ROOF', 'P', '2024-06-19', NULL, 6300, '153.75', 'N', 12);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230129, 41, 'ELEC', 'A', '2023-06-12', '2023-08-21', 13200, '240.00', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230139, 53, 'NEW', 'W', '2024-06-11', NULL, 348200, '4677.50', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230143, 12, 'DEMO', 'A', '2024-03-30', '2024-05-02', 41300, '841.25', 'Y', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230154, 39, 'ELEC', 'A', '2022-09-18', '2022-12-02', 10200, '202.50', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230162, 23, 'ALT', 'A', '2024-02-04', '2024-04-07', 38400, '555.00', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230165, 60, 'ELEC', 'D', '2022-03-19', NULL, 5100, '138.75', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230171, 3, 'SIGN', 'A', '2024-01-20', '2024-02-03', 8300, '178.75', 'N', 14);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230181, 43, 'ELEC', 'D', '2022-12-13', NULL, 15500, '268.75', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230189, 2, 'PLUMB', 'A', '2024-08-24', '2024-09-14', 17200, '290.00', 'N', 13);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230197, 49, 'NEW', 'A', '2022-08-03', '2022-09-04', 254600, '3507.50', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230204, 42, 'ELEC', 'A', '2022-09-15', '2022-11-11', 17800, '297.50', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230210, 17, 'HVAC', 'A', '2024-04-09', '2024-04-24', 27100, '413.75', 'Y', 1);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230215, 29, 'ALT', 'P', '2024-03-17', NULL, 84600, '1132.50', 'N', 11);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230224, 16, 'HVAC', 'P', '2022-02-21', NULL, 10100, '201.25', 'N', 14);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230229, 51, 'FENCE', 'A', '2023-09-20', '2023-11-03', 8900, '186.25', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230237, 22, 'ALT', 'A', '2023-01-01', '2023-03-02', 48800, '685.00', 'N', 10);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230242, 8, 'FENCE', 'D', '2024-08-19', NULL, 9700, '196.25', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230249, 24, 'DEMO', 'A', '2022-05-26', '2022-07-22', 54700, '1008.75', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230257, 7, 'SOLAR', 'D', '2024-07-29', NULL, 9800, '197.50', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230262, 7, 'SOLAR', 'W', '2022-07-14', NULL, 25500, '393.75', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230274, 28, 'HVAC', 'D', '2023-09-29', NULL, 21200, '340.00', 'N', 11);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230277, 26, 'ALT', 'D', '2023-07-29', NULL, 26300, '403.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230288, 34, 'ELEC', 'A', '2022-09-18', '2022-11-16', 13000, '237.50', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230292, 48, 'PLUMB', 'A', '2022-05-25', '2022-07-08', 16300, '278.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230297, 36, 'ALT', 'A', '2022-01-27', '2022-02-20', 69500, '943.75', 'Y', 1);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230307, 15, 'ELEC', 'A', '2022-07-04', '2022-08-02', 21900, '348.75', 'Y', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230316, 38, 'ROOF', 'A', '2024-03-18', '2024-04-04', 19100, '313.75', 'N', 14);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230318, 20, 'ALT', 'W', '2022-04-12', NULL, 30200, '452.50', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230327, 49, 'ELEC', 'P', '2023-10-11', NULL, 2000, '100.00', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230333, 52, 'FENCE', 'A', '2023-05-17', '2023-07-24', 3900, '123.75', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230343, 59, 'FENCE', 'A', '2024-01-22', '2024-03-04', 5600, '145.00', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230347, 45, 'NEW', 'P', '2023-11-10', NULL, 228700, '3183.75', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230354, 25, 'ALT', 'P', '2023-08-22', NULL, 66500, '906.25', 'N', 3);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230364, 40, 'ELEC', 'D', '2023-12-23', NULL, 3500, '118.75', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230367, 37, 'ALT', 'A', '2024-06-02', '2024-08-15', 97500, '1293.75', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230375, 45, 'SIGN', 'D', '2023-07-26', NULL, 4600, '132.50', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230383, 40, 'ROOF', 'D', '2022-10-26', NULL, 27000, '412.50', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230393, 22, 'FENCE', 'A', '2023-12-11', '2024-01-22', 1200, '90.00', 'N', 10);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230400, 38, 'ROOF', 'P', '2022-06-08', NULL, 37900, '548.75', 'Y', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230404, 31, 'ALT', 'P', '2022-05-05', NULL, 106000, '1400.00', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230411, 33, 'ALT', 'P', '2024-06-18', NULL, 89500, '1193.75', 'N', 11);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230419, 37, 'PLUMB', 'D', '2024-02-25', NULL, 18600, '307.50', 'Y', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230425, 30, 'SOLAR', 'D', '2022-01-14', NULL, 39600, '570.00', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230435, 15, 'ALT', 'P', '2022-10-25', NULL, 115400, '1517.50', 'N', 12);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230442, 3, 'ELEC', 'A', '2023-03-14', '2023-04-21', 5100, '138.75', 'N', 14);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230449, 22, 'ELEC', 'A', '2023-01-12', '2023-02-21', 1600, '95.00', 'N', 10);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230454, 56, 'FENCE', 'D', '2022-06-13', NULL, 8700, '183.75', 'N', 15);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230458, 13, 'NEW', 'A', '2024-02-07', '2024-02-29', 521800, '6847.50', 'N', 3);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230465, 41, 'PLUMB', 'D', '2023-08-04', NULL, 4300, '128.75', 'Y', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230474, 39, 'HVAC', 'D', '2023-04-05', NULL, 15100, '263.75', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230484, 44, 'NEW', 'A', '2023-04-26', '2023-05-22', 536500, '7031.25', 'N', 3);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230489, 11, 'ALT', 'P', '2022-07-11', NULL, 42900, '611.25', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230497, 54, 'FENCE', 'A', '2024-06-15', '2024-06-25', 5500, '143.75', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230503, 51, 'NEW', 'A', '2023-05-20', '2023-07-30', 486100, '6401.25', 'Y', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230512, 43, 'ELEC', 'P', '2024-02-22', NULL, 24800, '385.00', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230514, 45, 'ELEC', 'P', '2023-12-28', NULL, 24800, '385.00', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230526, 60, 'HVAC', 'A', '2022-06-04', '2022-07-18', 20700, '333.75', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230529, 20, 'NEW', 'A', '2023-10-13', '2023-11-13', 569200, '7440.00', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230535, 49, 'HVAC', 'D', '2022-06-22', NULL, 13900, '248.75', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230544, 10, 'ELEC', 'A', '2024-07-22', '2024-08-22', 24800, '385.00', 'N', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230552, 6, 'HVAC', 'D', '2022-01-18', NULL, 4400, '130.00', 'N', 12);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230557, 53, 'SIGN', 'P', '2024-04-25', NULL, 1000, '87.50', 'N', 15);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230568, 34, 'NEW', 'P', '2024-02-03', NULL, 422900, '5611.25', 'N', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230571, 26, 'FENCE', 'A', '2022-11-14', '2022-11-28', 1500, '93.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230582, 4, 'SOLAR', 'A', '2022-02-13', '2022-04-17', 34500, '506.25', 'N', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230588, 30, 'SIGN', 'D', '2023-01-31', NULL, 3900, '123.75', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230595, 28, 'ALT', 'P', '2023-12-18', NULL, 59000, '812.50', 'N', 11);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230598, 8, 'SOLAR', 'A', '2022-04-28', '2022-07-07', 39400, '567.50', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230607, 37, 'ALT', 'D', '2023-11-15', NULL, 52700, '733.75', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230615, 43, 'HVAC', 'A', '2022-02-20', '2022-03-31', 23400, '367.50', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230619, 36, 'PLUMB', 'A', '2024-01-16', '2024-02-22', 7100, '163.75', 'N', 1);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230631, 60, 'ALT', 'A', '2022-11-15', '2022-12-30', 35200, '515.00', 'N', 7);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230636, 18, 'ALT', 'P', '2023-08-26', NULL, 108900, '1436.25', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230641, 23, 'ALT', 'W', '2024-07-22', NULL, 16400, '280.00', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230648, 21, 'SIGN', 'A', '2022-03-03', '2022-05-01', 7900, '173.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230657, 5, 'DEMO', 'A', '2022-10-15', '2022-12-16', 12000, '475.00', 'N', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230663, 26, 'NEW', 'P', '2023-02-23', NULL, 267000, '3662.50', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230670, 23, 'DEMO', 'D', '2022-03-31', NULL, 8100, '426.25', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230680, 43, 'PLUMB', 'D', '2023-03-05', NULL, 12200, '227.50', 'Y', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230685, 58, 'FENCE', 'A', '2023-03-20', '2023-05-01', 8800, '185.00', 'N', 10);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230693, 7, 'DEMO', 'P', '2023-06-12', NULL, 34300, '753.75', 'Y', 5);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230696, 4, 'PLUMB', 'D', '2023-02-16', NULL, 7100, '163.75', 'N', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230705, 27, 'HVAC', 'D', '2022-09-03', NULL, 12000, '225.00', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230710, 23, 'ELEC', 'P', '2022-12-12', NULL, 8400, '180.00', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230719, 4, 'FENCE', 'W', '2022-03-15', NULL, 5100, '138.75', 'Y', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230728, 37, 'POOL', 'P', '2023-08-01', NULL, 66000, '900.00', 'N', NULL);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230731, 48, 'PLUMB', 'W', '2022-10-26', NULL, 19100, '313.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230741, 30, 'ELEC', 'A', '2022-03-11', '2022-04-09', 6500, '156.25', 'N', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230745, 57, 'FENCE', 'D', '2023-11-16', NULL, 3300, '116.25', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230756, 10, 'SOLAR', 'A', '2022-12-13', '2023-01-02', 41800, '597.50', 'N', 9);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230762, 48, 'PLUMB', 'D', '2023-12-19', NULL, 15900, '273.75', 'N', 4);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230766, 2, 'ALT', 'A', '2022-01-18', '2022-02-21', 77700, '1046.25', 'N', 13);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230777, 31, 'ALT', 'P', '2022-04-30', NULL, 107000, '1412.50', 'N', 8);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230785, 57, 'FENCE', 'A', '2022-04-03', '2022-06-03', 3600, '120.00', 'N', 2);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230792, 27, 'ROOF', 'A', '2023-05-07', '2023-05-30', 6200, '152.50', 'Y', 6);
INSERT INTO permit_applications (app_no, parcel_id, permit_type, status_cd, filed_dt, issued_dt, est_cost, fee_amt, rush_flag, office_dist) VALUES (230797, 17, 'SOLAR', 'P', '2022-09-16', NULL, 32300, '478.75', 'N', 1);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (1, 'Harold', 'Brennan', '2004-03-15', 'III', NULL, 9);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (2, 'Yvonne', 'Castillo', '2008-07-01', 'III', 1, 1);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (3, 'Marcus', 'Feld', '2010-02-22', 'III', 1, 4);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (4, 'Denise', 'Ogunleye', '2011-09-12', 'III', 1, 5);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (5, 'Trevor', 'Albright', '2013-05-06', 'II', 2, 1);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (6, 'Nina', 'Sorensen', '2014-11-17', 'II', 2, 7);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (7, 'Calvin', 'Pruitt', '2015-04-20', 'II', 2, 12);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (8, 'Rosa', 'Delgado', '2016-01-11', 'II', 3, 4);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (9, 'Jerome', 'Whitaker', '2016-08-29', 'I', 3, 10);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (10, 'Leah', 'Kowalski', '2017-03-13', 'II', 3, 14);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (11, 'Samuel', 'Achebe', '2018-06-04', 'I', 4, 5);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (12, 'Ingrid', 'Holm', '2018-10-22', 'I', 4, 11);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (13, 'Victor', 'Tran', '2019-02-18', 'I', 4, 13);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (14, 'Megan', 'Farrell', '2020-07-27', 'I', 2, 2);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (15, 'Omar', 'Haddad', '2021-01-04', 'I', 3, 3);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (16, 'Claire', 'Dubois', '2021-09-13', 'I', 4, 8);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (17, 'Ethan', 'Morrow', '2022-05-02', 'I', 2, 6);
INSERT INTO Inspector (insp_id, insp_fname, insp_lname, hire_dt, cert_lvl, Senior, home_office) VALUES (18, 'Fatima', 'Zaidi', '2023-02-20', 'I', 3, 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5001, 230766, 11, '2022-01-29', 'FRM', 'P', 115);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5002, 230297, 10, '2022-02-11', 'FRM', 'P', 70);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5003, 230766, 8, '2022-02-17', 'RGH', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5004, 230297, 17, '2022-02-20', 'RGH', 'R', 55);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5005, 230297, 10, '2022-03-05', 'FIN', 'P', 40);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5006, 230224, 4, '2022-03-15', 'RGH', 'P', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5007, 230766, 14, '2022-03-26', 'FIN', 'F', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5008, 230741, 9, '2022-03-26', 'RGH', 'R', 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5009, 230648, 7, '2022-03-28', 'RGH', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5010, 230648, 18, '2022-04-08', 'FIN', 'P', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5011, 230741, 7, '2022-04-28', 'FIN', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5012, 230785, 18, '2022-05-10', 'RGH', 'F', 20);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5013, 230777, 2, '2022-05-24', 'FRM', 'R', 115);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5014, 230598, 5, '2022-05-24', 'RGH', 'P', 50);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5015, 230598, 17, '2022-06-04', 'FIN', 'R', 95);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5016, 230404, 13, '2022-06-11', 'FRM', 'P', 40);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5017, 230292, 3, '2022-06-14', 'RGH', 'F', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5018, 230785, 5, '2022-06-15', 'FIN', 'P', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5019, 230526, 15, '2022-06-17', 'RGH', 'F', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5020, 230249, 4, '2022-06-26', 'FIN', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5021, 230526, 8, '2022-06-28', 'FIN', 'P', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5022, 230400, 11, '2022-07-14', 'RGH', 'P', 105);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5023, 230307, 14, '2022-07-16', 'RGH', 'P', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5024, 230292, 4, '2022-07-24', 'FIN', 'P', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5025, 230489, 2, '2022-07-27', 'FRM', 'P', 50);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5026, 230307, 7, '2022-08-19', 'FIN', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5027, 230197, 6, '2022-08-20', 'FND', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5028, 230197, 7, '2022-09-21', 'FRM', 'P', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5029, 230797, 16, '2022-09-27', 'RGH', 'R', 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5030, 230154, 9, '2022-10-05', 'RGH', 'P', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5031, 230204, 17, '2022-10-14', 'RGH', 'R', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5032, 230197, 2, '2022-10-19', 'RGH', 'P', 55);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5033, 230288, 17, '2022-10-22', 'RGH', 'F', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5034, 230154, 5, '2022-11-16', 'FIN', 'P', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5035, 230197, 11, '2022-11-19', 'FIN', 'P', 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5036, 230204, 6, '2022-11-20', 'FIN', 'P', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5037, 230657, 7, '2022-11-24', 'FIN', 'P', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5038, 230288, 2, '2022-11-28', 'FIN', 'R', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5039, 230631, 5, '2022-12-03', 'FRM', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5040, 230631, 3, '2022-12-22', 'RGH', 'F', 110);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5041, 230571, 6, '2022-12-23', 'RGH', 'P', 50);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5042, 230710, 9, '2023-01-08', 'RGH', 'P', 20);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5043, 230631, 5, '2023-01-13', 'FIN', 'P', 30);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5044, 230571, 2, '2023-01-16', 'FIN', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5045, 230756, 4, '2023-01-21', 'RGH', 'P', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5046, 230108, 14, '2023-01-26', 'RGH', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5047, 230237, 4, '2023-02-06', 'FRM', 'P', 100);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5048, 230756, 8, '2023-02-18', 'FIN', 'P', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5049, 230449, 17, '2023-02-21', 'RGH', 'P', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5050, 230449, 13, '2023-03-04', 'FIN', 'P', 105);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5051, 230663, 12, '2023-03-07', 'FND', 'P', 40);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5052, 230108, 8, '2023-03-09', 'FIN', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5053, 230237, 9, '2023-03-14', 'RGH', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5054, 230685, 9, '2023-04-01', 'RGH', 'P', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5055, 230442, 10, '2023-04-08', 'RGH', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5056, 230237, 12, '2023-04-23', 'FIN', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5057, 230685, 2, '2023-05-01', 'FIN', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5058, 230442, 8, '2023-05-14', 'FIN', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5059, 230503, 17, '2023-06-08', 'FND', 'F', 110);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5060, 230792, 14, '2023-06-15', 'RGH', 'R', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5061, 230333, 13, '2023-06-18', 'RGH', 'R', 45);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5062, 230129, 15, '2023-06-23', 'RGH', 'P', 115);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5063, 230333, 15, '2023-06-26', 'FIN', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5064, 230693, 14, '2023-07-15', 'FIN', 'F', 105);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5065, 230503, 12, '2023-07-19', 'FRM', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5066, 230792, 10, '2023-07-24', 'FIN', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5067, 230129, 2, '2023-07-30', 'FIN', 'P', 20);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5068, 230503, 9, '2023-08-30', 'RGH', 'P', 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5069, 230636, 12, '2023-09-11', 'FRM', 'P', 55);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5070, 230354, 11, '2023-09-22', 'FRM', 'P', 95);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5071, 230503, 14, '2023-09-24', 'FIN', 'R', 15);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5072, 230229, 12, '2023-10-20', 'RGH', 'P', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5073, 230529, 18, '2023-10-25', 'FND', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5074, 230327, 9, '2023-11-13', 'RGH', 'F', 60);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5075, 230229, 8, '2023-11-20', 'FIN', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5076, 230529, 10, '2023-12-04', 'FRM', 'F', 80);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5077, 230347, 9, '2023-12-13', 'FND', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5078, 230514, 15, '2024-01-12', 'RGH', 'P', 25);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5079, 230529, 5, '2024-01-17', 'RGH', 'P', 30);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5080, 230393, 6, '2024-01-17', 'RGH', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5081, 230529, 12, '2024-02-08', 'FIN', 'P', 30);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5082, 230619, 6, '2024-02-10', 'RGH', 'P', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5083, 230393, 16, '2024-02-14', 'FIN', 'P', 95);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5084, 230458, 2, '2024-02-17', 'FND', 'P', 30);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5085, 230343, 14, '2024-02-21', 'RGH', 'P', 60);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5086, 230619, 18, '2024-02-21', 'FIN', 'R', 60);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5087, 230568, 2, '2024-02-22', 'FND', 'P', 70);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5088, 230171, 16, '2024-02-25', 'RGH', 'P', 70);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5089, 230458, 2, '2024-03-17', 'FRM', 'P', 95);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5090, 230512, 13, '2024-03-31', 'RGH', 'R', 60);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5091, 230343, 16, '2024-04-01', 'FIN', 'P', 85);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5092, 230171, 15, '2024-04-10', 'FIN', 'P', 95);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5093, 230215, 18, '2024-04-17', 'FRM', 'P', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5094, 230316, 12, '2024-04-18', 'RGH', 'R', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5095, 230458, 2, '2024-04-19', 'RGH', 'P', 100);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5096, 230316, 11, '2024-04-30', 'FIN', 'P', 90);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5097, 230143, 4, '2024-05-02', 'FIN', 'P', 55);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5098, 230557, 12, '2024-05-25', 'RGH', 'P', 60);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5099, 230458, 6, '2024-05-29', 'FIN', 'P', 120);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5100, 230367, 13, '2024-07-05', 'FRM', 'P', 110);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5101, 230497, 7, '2024-07-15', 'RGH', 'F', 75);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5102, 230127, 15, '2024-07-21', 'RGH', 'P', 30);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5103, 230411, 2, '2024-07-27', 'FRM', 'P', 65);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5104, 230497, 10, '2024-07-30', 'FIN', 'P', 20);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5105, 230544, 15, '2024-08-06', 'RGH', 'P', 20);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5106, 230367, 15, '2024-08-18', 'RGH', 'P', 115);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5107, 230367, 14, '2024-09-07', 'FIN', 'P', 100);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5108, 230544, 15, '2024-09-16', 'FIN', 'P', 35);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5109, 230189, 16, '2024-10-03', 'RGH', 'P', 55);
INSERT INTO InspectionLog (LogID, AppNo, done_by, InspDate, Stage, Result, mins_onsite) VALUES (5110, 230189, 10, '2024-11-11', 'FIN', 'R', 80);
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230108, 16, 'PRI', '33655');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230127, 15, 'PRI', '5441');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230129, 7, 'PRI', '11043');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230139, 5, 'PRI', '299176');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230139, 14, 'SUB', '49671');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230139, 16, 'SUB', '35812');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230143, 2, 'PRI', '35819');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230154, 8, 'PRI', '9199');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230162, 5, 'PRI', '32000');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230162, 10, 'SUB', '3992');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230162, 7, 'SUB', '2333');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230165, 9, 'PRI', '4912');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230171, 19, 'PRI', '6863');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230171, 8, 'SUB', '2037');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230171, 7, 'SUB', '1761');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230181, 8, 'PRI', '13939');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230189, 12, 'PRI', '16238');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230197, 1, 'PRI', '213733');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230204, 8, 'PRI', '16658');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230210, 13, 'PRI', '23236');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230215, 4, 'PRI', '71908');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230224, 14, 'PRI', '8422');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230224, 7, 'SUB', '1521');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230229, 20, 'PRI', '7183');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230237, 6, 'PRI', '41615');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230242, 6, 'PRI', '8888');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230249, 1, 'PRI', '47654');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230257, 9, 'PRI', '8268');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230262, 9, 'PRI', '20795');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230274, 13, 'PRI', '20187');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230274, 7, 'SUB', '4180');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230277, 2, 'PRI', '23446');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230277, 7, 'SUB', '3331');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230277, 10, 'SUB', '2525');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230288, 9, 'PRI', '12479');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230292, 11, 'PRI', '15374');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230297, 2, 'PRI', '58011');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230297, 11, 'SUB', '4032');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230307, 9, 'PRI', '18844');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230316, 15, 'PRI', '16302');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230318, 2, 'PRI', '27418');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230318, 10, 'SUB', '5681');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230318, 7, 'SUB', '6558');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230327, 9, 'PRI', '1884');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230333, 6, 'PRI', '3254');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230343, 6, 'PRI', '5334');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230347, 1, 'PRI', '189146');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230347, 13, 'SUB', '54024');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230354, 1, 'PRI', '64120');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230364, 9, 'PRI', '2912');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230367, 5, 'PRI', '93895');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230393, 6, 'PRI', '999');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230400, 15, 'PRI', '34170');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230404, 5, 'PRI', '89561');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230411, 6, 'PRI', '76819');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230419, 11, 'PRI', '16088');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230435, 2, 'PRI', '101613');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230435, 10, 'SUB', '15410');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230442, 8, 'PRI', '4888');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230449, 9, 'PRI', '1393');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230458, 5, 'PRI', '484586');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230474, 13, 'PRI', '12126');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230484, 5, 'PRI', '438178');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230484, 15, 'SUB', '120598');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230489, 1, 'PRI', '39122');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230489, 10, 'SUB', '9540');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230497, 20, 'PRI', '4618');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230503, 5, 'PRI', '445418');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230503, 14, 'SUB', '112752');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230512, 8, 'PRI', '21169');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230514, 8, 'PRI', '23717');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230526, 14, 'PRI', '17966');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230529, 1, 'PRI', '537765');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230544, 7, 'PRI', '20893');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230552, 14, 'PRI', '4262');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230557, 19, 'PRI', '921');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230568, 3, 'PRI', '349965');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230568, 7, 'SUB', '47433');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230568, 15, 'SUB', '89029');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230571, 6, 'PRI', '1284');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230582, 17, 'PRI', '32457');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230588, 19, 'PRI', '3372');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230595, 2, 'PRI', '52156');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230598, 18, 'PRI', '35383');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230598, 9, 'SUB', '8156');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230598, 8, 'SUB', '8390');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230607, 3, 'PRI', '45963');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230607, 8, 'SUB', '8140');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230615, 14, 'PRI', '21867');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230615, 7, 'SUB', '4412');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230619, 12, 'PRI', '6307');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230631, 4, 'PRI', '29568');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230636, 2, 'PRI', '92825');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230636, 11, 'SUB', '22157');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230648, 19, 'PRI', '7276');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230648, 7, 'SUB', '1490');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230657, 22, 'PRI', '10496');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230663, 5, 'PRI', '251714');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230670, 22, 'PRI', '7423');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230680, 12, 'PRI', '10788');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230685, 20, 'PRI', '8431');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230693, 22, 'PRI', '32179');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230696, 10, 'PRI', '6296');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230705, 14, 'PRI', '11274');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230705, 7, 'SUB', '1671');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230710, 9, 'PRI', '6937');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230719, 20, 'PRI', '4453');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230728, 21, 'PRI', '57990');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230728, 12, 'SUB', '12045');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230731, 11, 'PRI', '17710');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230741, 8, 'PRI', '5245');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230745, 6, 'PRI', '2882');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230756, 7, 'PRI', '36520');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230762, 12, 'PRI', '12742');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230766, 1, 'PRI', '68293');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230777, 5, 'PRI', '100155');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230777, 10, 'SUB', '24364');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230785, 6, 'PRI', '2975');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230792, 15, 'PRI', '5222');
INSERT INTO permit_app_contractors (app_no, contractor_id, role_cd, bid_amt) VALUES (230797, 7, 'PRI', '30404');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (301, 230425, 6, 9, '2022-02-08', 'U', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (302, 230552, 12, 1, '2022-03-21', 'U', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (303, 230224, 14, 3, '2022-04-20', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (304, 230165, 7, 10, '2022-05-13', 'U', 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (305, 230670, 8, 2, '2022-05-25', 'U', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (306, 230777, 8, 10, '2022-06-12', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (307, 230404, 8, 1, '2022-06-22', 'R', 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (308, 230454, 15, 14, '2022-08-12', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (309, 230489, 6, 11, '2022-08-10', NULL, 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (310, 230705, 6, 5, '2022-11-27', NULL, 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (311, 230435, 12, 4, '2022-11-24', 'U', 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (312, 230383, 8, 2, '2023-01-07', NULL, 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (313, 230710, 8, 9, '2023-01-15', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (314, 230181, 2, 9, '2023-02-21', 'U', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (315, 230588, 6, 2, '2023-04-19', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (316, 230696, 9, 7, '2023-05-05', 'U', 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (317, 230680, 2, 9, '2023-04-19', NULL, 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (318, 230693, 5, 10, '2023-07-05', 'R', 'N');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (319, 230375, 5, 8, '2023-08-24', 'U', 'Y');
INSERT INTO Appeals (appeal_id, app_no, from_office, to_office, filed_on, decision, hearing_req) VALUES (320, 230277, 4, 5, '2023-08-26', 'R', 'N');
COMMIT;
