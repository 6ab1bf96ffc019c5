PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Marina (
    MarinaID INTEGER PRIMARY KEY,
    MarinaName TEXT NOT NULL,
    City TEXT,
    Region TEXT,
    Capacity INTEGER,
    OpenedYear INTEGER,
    FuelDock TEXT
);
INSERT INTO Marina VALUES (1, 'Port Solent Marina', 'Portsmouth', 'SE', 900, 1988, 'T');
INSERT INTO Marina VALUES (2, 'Ocean Village Marina', 'Southampton', 'SE', 450, 1986, 'T');
INSERT INTO Marina VALUES (3, 'Mylor Yacht Harbour', 'Falmouth', 'SW', 250, 1968, 'T');
INSERT INTO Marina VALUES (4, 'Torquay Marina', 'Torquay', 'SW', 440, 1984, 'F');
INSERT INTO Marina VALUES (5, 'Brighton Marina', 'Brighton', 'SE', 1300, 1978, 'T');
INSERT INTO Marina VALUES (6, 'Swansea Marina', 'Swansea', 'WAL', 550, 1982, 'T');
INSERT INTO Marina VALUES (7, 'Conwy Marina', 'Conwy', 'WAL', 500, 1993, 'F');
INSERT INTO Marina VALUES (8, 'Largs Yacht Haven', 'Largs', 'SCO', 700, 1990, 'T');
INSERT INTO Marina VALUES (9, 'Royal Quays Marina', 'North Shields', 'NE', 350, 1996, 'F');
INSERT INTO Marina VALUES (10, 'Hartlepool Marina', 'Hartlepool', 'NE', 500, 1993, 'T');
INSERT INTO Marina VALUES (11, 'Limehouse Basin', 'London', 'SE', 90, 1820, 'F');
INSERT INTO Marina VALUES (12, 'Plymouth Yacht Haven', 'Plymouth', 'SW', 450, 1999, 'T');
INSERT INTO Marina VALUES (13, 'Kip Marina', 'Inverkip', 'SCO', 620, 1971, 'T');
INSERT INTO Marina VALUES (14, 'Bangor Marina', 'Bangor', 'NI', 550, 1989, 'F');
INSERT INTO Marina VALUES (15, 'Liverpool Marina', 'Liverpool', 'NW', 300, 1987, 'T');
CREATE TABLE berths (
    berth_id INTEGER PRIMARY KEY,
    marina_id INTEGER NOT NULL,
    berth_no TEXT,
    max_loa REAL,
    depth_m REAL,
    shore_power TEXT,
    FOREIGN KEY (marina_id) REFERENCES Marina(MarinaID)
);
INSERT INTO berths VALUES (1, 1, 'C23', 14.0, 1.9, 'Y');
INSERT INTO berths VALUES (2, 1, 'C12', 11.0, 3.2, 'N');
INSERT INTO berths VALUES (3, 1, 'G38', 15.0, 3.8, 'Y');
INSERT INTO berths VALUES (4, 1, 'C39', 8.0, 3.2, 'N');
INSERT INTO berths VALUES (5, 1, 'H03', 15.0, 2.2, 'N');
INSERT INTO berths VALUES (6, 1, 'C16', 12.0, 4.2, 'Y');
INSERT INTO berths VALUES (7, 1, 'C21', 11.0, 3.9, 'Y');
INSERT INTO berths VALUES (8, 2, 'C27', 24.0, 3.7, 'N');
INSERT INTO berths VALUES (9, 2, 'C04', 20.0, 3.2, 'N');
INSERT INTO berths VALUES (10, 2, 'D18', 18.0, 3.8, 'Y');
INSERT INTO berths VALUES (11, 2, 'C18', 14.0, 4.1, 'Y');
INSERT INTO berths VALUES (12, 2, 'E08', 20.0, 1.8, 'Y');
INSERT INTO berths VALUES (13, 3, 'B01', 16.5, 2.2, 'Y');
INSERT INTO berths VALUES (14, 3, 'B34', 8.0, 4.3, 'Y');
INSERT INTO berths VALUES (15, 3, 'E26', 9.5, 2.0, 'Y');
INSERT INTO berths VALUES (16, 3, 'B18', 16.5, 3.9, 'N');
INSERT INTO berths VALUES (17, 4, 'B03', 20.0, 2.6, 'N');
INSERT INTO berths VALUES (18, 4, 'F01', 24.0, 3.4, 'Y');
INSERT INTO berths VALUES (19, 4, 'B29', 12.0, 2.3, 'Y');
INSERT INTO berths VALUES (20, 5, 'B31', 12.5, 4.0, 'Y');
INSERT INTO berths VALUES (21, 5, 'G15', 12.5, 3.4, 'N');
INSERT INTO berths VALUES (22, 5, 'G34', 8.0, 4.5, 'Y');
INSERT INTO berths VALUES (23, 5, 'B20', 16.5, 2.8, 'N');
INSERT INTO berths VALUES (24, 5, 'B32', 14.0, 3.7, 'N');
INSERT INTO berths VALUES (25, 5, 'A20', 8.0, 3.8, 'Y');
INSERT INTO berths VALUES (26, 5, 'G39', 24.0, 2.6, 'N');
INSERT INTO berths VALUES (27, 5, 'B38', 9.5, 2.7, 'N');
INSERT INTO berths VALUES (28, 6, 'A21', 15.0, 2.5, 'Y');
INSERT INTO berths VALUES (29, 6, 'F35', 9.5, 2.9, 'Y');
INSERT INTO berths VALUES (30, 6, 'F15', 8.0, 3.8, 'N');
INSERT INTO berths VALUES (31, 6, 'F03', 20.0, 4.4, 'Y');
INSERT INTO berths VALUES (32, 7, 'A36', 18.0, 2.4, 'Y');
INSERT INTO berths VALUES (33, 7, 'B07', 16.5, 2.1, 'Y');
INSERT INTO berths VALUES (34, 7, 'A26', 18.0, 2.9, 'Y');
INSERT INTO berths VALUES (35, 8, 'B20', 8.0, 2.4, 'N');
INSERT INTO berths VALUES (36, 8, 'F16', 15.0, 3.8, 'Y');
INSERT INTO berths VALUES (37, 8, 'F14', 15.0, 2.4, 'Y');
INSERT INTO berths VALUES (38, 8, 'H08', 9.5, 3.0, 'N');
INSERT INTO berths VALUES (39, 8, 'F11', 14.0, 3.7, 'Y');
INSERT INTO berths VALUES (40, 8, 'H28', 15.0, 4.2, 'N');
INSERT INTO berths VALUES (41, 9, 'D16', 18.0, 2.3, 'N');
INSERT INTO berths VALUES (42, 9, 'G14', 12.0, 3.8, 'Y');
INSERT INTO berths VALUES (43, 10, 'B30', 15.0, 3.8, 'N');
INSERT INTO berths VALUES (44, 10, 'A11', 12.5, 3.8, 'N');
INSERT INTO berths VALUES (45, 10, 'D27', 18.0, 3.0, 'Y');
INSERT INTO berths VALUES (46, 11, 'H32', 24.0, 2.9, 'Y');
INSERT INTO berths VALUES (47, 11, 'H28', 15.0, 3.9, 'N');
INSERT INTO berths VALUES (48, 12, 'E20', 20.0, 3.5, 'Y');
INSERT INTO berths VALUES (49, 12, 'E08', 11.0, 4.0, 'Y');
INSERT INTO berths VALUES (50, 12, 'E24', 18.0, 4.4, 'Y');
INSERT INTO berths VALUES (51, 12, 'E36', 12.0, 3.7, 'Y');
INSERT INTO berths VALUES (52, 12, 'E31', 8.0, 2.5, 'Y');
INSERT INTO berths VALUES (53, 13, 'G26', 8.0, 4.1, 'N');
INSERT INTO berths VALUES (54, 13, 'E21', 11.0, 2.6, 'Y');
INSERT INTO berths VALUES (55, 13, 'E30', 18.0, 2.3, 'Y');
INSERT INTO berths VALUES (56, 13, 'D14', 12.0, 2.5, 'N');
INSERT INTO berths VALUES (57, 14, 'G04', 12.0, 1.9, 'Y');
INSERT INTO berths VALUES (58, 14, 'H35', 15.0, 4.1, 'Y');
INSERT INTO berths VALUES (59, 15, 'A15', 9.5, 3.1, 'Y');
INSERT INTO berths VALUES (60, 15, 'H27', 20.0, 3.1, 'Y');
CREATE TABLE Ref_Boat_Classes (
    class_code TEXT PRIMARY KEY,
    class_description TEXT,
    propulsion TEXT
);
INSERT INTO Ref_Boat_Classes VALUES ('SLP', 'Sloop', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('KET', 'Ketch', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('YWL', 'Yawl', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('CUT', 'Cutter', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('SCH', 'Schooner', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('CAT', 'Catamaran', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('TRI', 'Trimaran', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('MCR', 'Motor Cruiser', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('TRW', 'Trawler', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('SPB', 'Sports Boat', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('RIB', 'Rigid Inflatable', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('DNG', 'Dinghy', 'S');
INSERT INTO Ref_Boat_Classes VALUES ('NRB', 'Narrowboat', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('HSB', 'Houseboat', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('SFB', 'Sportfisher', 'P');
INSERT INTO Ref_Boat_Classes VALUES ('MYT', 'Motor Yacht', 'P');
CREATE TABLE boat_owners (
    owner_id INTEGER PRIMARY KEY,
    own_fname TEXT,
    own_lname TEXT,
    gender TEXT,
    dob TEXT,
    ph_no TEXT,
    email TEXT,
    city TEXT
);
INSERT INTO boat_owners VALUES (1, 'Grace', 'Lloyd', 'F', '1980-01-15', '07848 667549', 'grace.lloyd@yahoo.co.uk', 'Edinburgh');
INSERT INTO boat_owners VALUES (2, 'Gareth', 'Baker', 'M', '1959-11-20', '07732 486659', 'gareth.baker@outlook.com', 'Belfast');
INSERT INTO boat_owners VALUES (3, 'Joanna', 'Ross', 'F', '1990-02-05', '07910 454142', 'joanna.ross@btinternet.com', 'Brighton');
INSERT INTO boat_owners VALUES (4, 'Lucy', 'Turner', 'F', '1985-06-24', '07850 227940', 'lucy.turner@sky.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (5, 'Bethan', 'Walker', 'F', '1979-12-31', '07782 822495', 'bethan.walker@sky.com', 'Glasgow');
INSERT INTO boat_owners VALUES (6, 'Graham', 'Jones', 'M', '1969-05-21', '07739 275295', NULL, 'Belfast');
INSERT INTO boat_owners VALUES (7, 'Eleanor', 'Johnson', 'F', '1952-03-29', '07994 423573', 'eleanor.johnson@outlook.com', 'Swansea');
INSERT INTO boat_owners VALUES (8, 'Amelia', 'Hall', 'F', '1982-07-10', '07996 489129', NULL, 'Bristol');
INSERT INTO boat_owners VALUES (9, 'Sian', 'Fraser', 'F', '1973-03-08', '07894 165311', 'sian.fraser@sky.com', 'Liverpool');
INSERT INTO boat_owners VALUES (10, 'Sophie', 'Campbell', 'F', '1961-04-03', '07854 955620', 'sophie.campbell@btinternet.com', 'Cardiff');
INSERT INTO boat_owners VALUES (11, 'Helen', 'Hamilton', 'F', '1974-08-22', '07717 523626', 'helen.hamilton@btinternet.com', 'Belfast');
INSERT INTO boat_owners VALUES (12, 'Matthew', 'Murray', 'M', '1984-07-16', '07958 476674', 'matthew.murray@sky.com', 'Southampton');
INSERT INTO boat_owners VALUES (13, 'William', 'Shaw', 'M', '1965-03-21', '07806 890073', NULL, 'Glasgow');
INSERT INTO boat_owners VALUES (14, 'Simon', 'Wilson', 'M', '1979-07-28', '07708 219584', 'simon.wilson@gmail.com', 'Belfast');
INSERT INTO boat_owners VALUES (15, 'Hamish', 'Roberts', 'M', '1973-05-26', '07772 377837', 'hamish.roberts@outlook.com', 'Newcastle');
INSERT INTO boat_owners VALUES (16, 'Fiona', 'Williams', 'F', '1965-10-01', '07730 894938', 'fiona.williams@sky.com', 'Portsmouth');
INSERT INTO boat_owners VALUES (17, 'Emily', 'Hughes', 'F', '1954-09-07', '07939 849197', 'emily.hughes@gmail.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (18, 'Charlotte', 'White', 'F', '1983-04-02', '07972 053905', 'charlotte.white@outlook.com', 'Newcastle');
INSERT INTO boat_owners VALUES (19, 'Alistair', 'Edwards', 'M', '1957-01-05', '07764 753704', 'alistair.edwards@yahoo.co.uk', 'Manchester');
INSERT INTO boat_owners VALUES (20, 'Hannah', 'Kelly', 'F', '1979-02-21', '07739 320781', 'hannah.kelly@btinternet.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (21, 'Daniel', 'Thomas', 'M', '1955-09-21', '07968 883693', NULL, 'Bristol');
INSERT INTO boat_owners VALUES (22, 'Ewan', 'Taylor', 'M', '1954-12-29', '07824 632405', 'ewan.taylor@outlook.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (23, 'Olivia', 'Evans', 'F', '1970-01-10', '07852 557269', 'olivia.evans@btinternet.com', 'Manchester');
INSERT INTO boat_owners VALUES (24, 'Patrick', 'Harris', 'M', '1971-05-07', '07901 611471', 'patrick.harris@sky.com', 'Plymouth');
INSERT INTO boat_owners VALUES (25, 'Oliver', 'Davies', 'M', '1992-07-28', '07826 099419', 'oliver.davies@sky.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (26, 'Nigel', 'Parry', 'M', '1983-08-27', '07754 227585', 'nigel.parry@outlook.com', 'Portsmouth');
INSERT INTO boat_owners VALUES (27, 'Robert', 'Green', 'M', '1987-01-06', '07964 244390', NULL, 'Manchester');
INSERT INTO boat_owners VALUES (28, 'Isla', 'Wright', 'F', '1969-04-17', '07849 465557', 'isla.wright@yahoo.co.uk', 'Liverpool');
INSERT INTO boat_owners VALUES (29, 'Jack', 'Fletcher', 'M', '1980-12-18', '07946 714527', 'jack.fletcher@sky.com', 'Brighton');
INSERT INTO boat_owners VALUES (30, 'Callum', 'Patel', 'M', '1967-09-12', '07770 575277', 'callum.patel@btinternet.com', 'Bristol');
INSERT INTO boat_owners VALUES (31, 'Megan', 'Morgan', 'F', '1986-06-07', '07813 216880', 'megan.morgan@sky.com', 'Plymouth');
INSERT INTO boat_owners VALUES (32, 'Rhys', 'MacLeod', 'M', '1965-03-14', '07852 488678', NULL, 'Belfast');
INSERT INTO boat_owners VALUES (33, 'Harry', 'Pritchard', 'M', '1972-02-29', '07760 711356', 'harry.pritchard@gmail.com', 'Falmouth');
INSERT INTO boat_owners VALUES (34, 'Catriona', 'Thompson', 'F', '1965-03-07', '07824 544202', 'catriona.thompson@btinternet.com', 'Glasgow');
INSERT INTO boat_owners VALUES (35, 'Rachel', 'Reid', 'F', '1976-03-20', '07846 739761', 'rachel.reid@gmail.com', 'Edinburgh');
INSERT INTO boat_owners VALUES (36, 'Joanna', 'Stewart', 'F', '1990-05-22', '07797 716795', 'joanna.stewart@outlook.com', 'Brighton');
INSERT INTO boat_owners VALUES (37, 'Sian', 'Clarke', 'F', '1970-07-17', '07865 082675', 'sian.clarke@sky.com', 'Brighton');
INSERT INTO boat_owners VALUES (38, 'James', 'Wood', 'M', '1986-09-14', '07840 361772', 'james.wood@gmail.com', 'Falmouth');
INSERT INTO boat_owners VALUES (39, 'George', 'Smith', 'M', '1991-06-07', '07846 543505', 'george.smith@btinternet.com', 'Portsmouth');
INSERT INTO boat_owners VALUES (40, 'Thomas', 'Brown', 'M', '1955-10-10', '07836 545313', 'thomas.brown@yahoo.co.uk', 'Belfast');
CREATE TABLE Boat (
    boat_id INTEGER PRIMARY KEY,
    boat_name TEXT NOT NULL,
    owner INTEGER,
    class_code TEXT,
    loa_m REAL,
    year_built INTEGER,
    hull_colour TEXT,
    engine_hp INTEGER,
    FOREIGN KEY (owner) REFERENCES boat_owners(owner_id)
);
INSERT INTO Boat VALUES (1, 'Sea Breeze', 18, 'SPB', 6.38, 1980, 'Black', 150);
INSERT INTO Boat VALUES (2, 'Blue Heron', 39, 'MYT', 20.34, 1973, 'Light Blue', 90);
INSERT INTO Boat VALUES (3, 'Kittiwake', 33, 'SPB', 7.99, 1973, 'Cream', 600);
INSERT INTO Boat VALUES (4, 'Wild Goose', 2, 'CAT', 14.49, 2006, 'Dark Green', 20);
INSERT INTO Boat VALUES (5, 'Morning Star', 12, 'SLP', 11.9, 2016, NULL, NULL);
INSERT INTO Boat VALUES (6, 'Saltwater Gypsy', 2, 'RIB', 7.28, 1986, 'Navy', 150);
INSERT INTO Boat VALUES (7, 'Osprey', 19, 'SLP', 10.07, 1997, 'Black', NULL);
INSERT INTO Boat VALUES (8, 'Maid of Kent', 3, 'RIB', 5.3, 2012, 'Dark Green', 200);
INSERT INTO Boat VALUES (9, 'Jolly Roger', 11, 'MYT', 15.15, 1987, 'Dark Green', 450);
INSERT INTO Boat VALUES (10, 'Spindrift', 3, 'RIB', 6.54, 1974, NULL, 600);
INSERT INTO Boat VALUES (11, 'Curlew', 34, 'CUT', 13.91, 1999, 'Black', 29);
INSERT INTO Boat VALUES (12, 'Free Spirit', 32, 'SFB', 10.3, 1990, 'White', 800);
INSERT INTO Boat VALUES (13, 'Halcyon', 7, 'SLP', 11.15, 2010, 'Black', NULL);
INSERT INTO Boat VALUES (14, 'Moonraker', 38, 'CUT', 13.62, 1999, 'Dark Green', 55);
INSERT INTO Boat VALUES (15, 'Puffin', 25, 'CAT', 10.06, 1995, 'Grey', NULL);
INSERT INTO Boat VALUES (16, 'Silver Mist', 13, 'RIB', 4.86, 2018, NULL, 600);
INSERT INTO Boat VALUES (17, 'Tern', 4, 'SPB', 7.67, 1996, 'White', 90);
INSERT INTO Boat VALUES (18, 'Dawn Treader', 20, 'NRB', 19.84, 1984, 'Cream', 150);
INSERT INTO Boat VALUES (19, 'Sea Otter', 7, 'SLP', 12.8, 1976, 'Cream', 20);
INSERT INTO Boat VALUES (20, 'Windfall', 15, 'SLP', 10.23, 2015, 'Navy', NULL);
INSERT INTO Boat VALUES (21, 'Avocet', 8, 'TRW', 14.31, 2020, 'Dark Green', 370);
INSERT INTO Boat VALUES (22, 'Celtic Dawn', 17, 'RIB', 5.59, 1985, 'White', 450);
INSERT INTO Boat VALUES (23, 'Red Kite', 18, 'CUT', 10.08, 1972, 'Dark Green', 20);
INSERT INTO Boat VALUES (24, 'Stormy Petrel', 10, 'RIB', 6.47, 1993, NULL, 800);
INSERT INTO Boat VALUES (25, 'Selkie', 33, 'YWL', 9.91, 1986, 'Cream', 10);
INSERT INTO Boat VALUES (26, 'Second Wind', 7, 'SCH', 18.88, 1995, 'Light Blue', 29);
INSERT INTO Boat VALUES (27, 'Lady Grace', 27, 'MCR', 9.63, 2014, 'Cream', 250);
INSERT INTO Boat VALUES (28, 'Mariner', 23, 'TRW', 14.35, 1991, 'Red', 90);
INSERT INTO Boat VALUES (29, 'Gannet', 14, 'SPB', 6.32, 1998, 'White', 150);
INSERT INTO Boat VALUES (30, 'Blue Moon', 37, 'SLP', 9.03, 1984, 'White', 29);
INSERT INTO Boat VALUES (31, 'Kestrel', 6, 'MCR', 8.45, 1992, 'Navy', 370);
INSERT INTO Boat VALUES (32, 'Firefly', 39, 'SLP', 11.58, 2000, 'Dark Green', 10);
INSERT INTO Boat VALUES (33, 'Northern Light', 36, 'YWL', 10.17, 2007, 'Dark Green', 30);
INSERT INTO Boat VALUES (34, 'Pippin', 34, 'SLP', 9.17, 2008, 'Red', 29);
INSERT INTO Boat VALUES (35, 'Swallow', 26, 'SFB', 10.6, 2020, 'White', 200);
INSERT INTO Boat VALUES (36, 'Amazon', 31, 'SFB', 13.51, 2011, 'Navy', 370);
INSERT INTO Boat VALUES (37, 'Reverie', 3, 'YWL', 11.33, 1976, 'Light Blue', 40);
INSERT INTO Boat VALUES (38, 'Skylark', 9, 'TRW', 14.71, 1989, 'Dark Green', 250);
INSERT INTO Boat VALUES (39, 'Sanderling', 5, 'SLP', 10.82, 2013, 'Grey', 55);
INSERT INTO Boat VALUES (40, 'Island Hopper', 32, 'YWL', 11.56, 1981, 'Dark Green', NULL);
INSERT INTO Boat VALUES (41, 'Cormorant', 39, 'TRW', 13.0, 2002, 'Navy', 90);
INSERT INTO Boat VALUES (42, 'Bonnie Lass', 40, 'TRW', 12.85, 1992, 'Dark Green', 800);
INSERT INTO Boat VALUES (43, 'Water Rat', 22, 'SLP', 10.45, 2012, NULL, NULL);
INSERT INTO Boat VALUES (44, 'Merlin', 21, 'NRB', 20.15, 1972, 'Navy', 90);
INSERT INTO Boat VALUES (45, 'Half Moon', 10, 'MCR', 10.39, 1998, NULL, 370);
INSERT INTO Boat VALUES (46, 'Shearwater', 21, 'SLP', 10.22, 1987, 'Cream', NULL);
INSERT INTO Boat VALUES (47, 'Plover', 14, 'MCR', 12.98, 1978, 'Light Blue', 370);
INSERT INTO Boat VALUES (48, 'Tranquility', 24, 'SLP', 10.79, 2018, 'Black', 30);
INSERT INTO Boat VALUES (49, 'Whimbrel', 38, 'SFB', 9.12, 1982, 'Black', 150);
INSERT INTO Boat VALUES (50, 'Marlin', 7, 'MCR', 13.02, 1990, 'Navy', 600);
CREATE TABLE Boat_Berth (
    lease_id INTEGER PRIMARY KEY,
    boat_id INTEGER NOT NULL,
    berth_id INTEGER NOT NULL,
    start_date TEXT,
    end_date TEXT,
    monthly_fee REAL,
    lease_status TEXT,
    FOREIGN KEY (boat_id) REFERENCES Boat(boat_id),
    FOREIGN KEY (berth_id) REFERENCES berths(berth_id)
);
INSERT INTO Boat_Berth VALUES (1, 25, 10, '2019-09-21', '2026-03-20', 749.0, 'ACT');
INSERT INTO Boat_Berth VALUES (2, 2, 26, '2020-09-28', '2024-11-24', 1083.0, 'EXP');
INSERT INTO Boat_Berth VALUES (3, 7, 26, '2020-06-22', '2026-01-08', 1276.0, 'ACT');
INSERT INTO Boat_Berth VALUES (4, 3, 27, '2019-09-26', '2026-12-24', 305.0, 'ACT');
INSERT INTO Boat_Berth VALUES (5, 21, 60, '2019-04-29', '2023-04-22', 595.0, 'CXL');
INSERT INTO Boat_Berth VALUES (6, 21, 47, '2018-11-18', NULL, 544.0, 'ACT');
INSERT INTO Boat_Berth VALUES (7, 33, 1, '2020-01-27', '2025-03-28', 468.0, 'ACT');
INSERT INTO Boat_Berth VALUES (8, 38, 12, '2019-07-26', '2023-01-02', 1055.0, 'EXP');
INSERT INTO Boat_Berth VALUES (9, 38, 47, '2019-07-31', NULL, 427.0, 'ACT');
INSERT INTO Boat_Berth VALUES (10, 13, 42, '2019-03-16', NULL, 423.0, 'ACT');
INSERT INTO Boat_Berth VALUES (11, 24, 30, '2017-10-24', '2020-07-03', 376.0, 'EXP');
INSERT INTO Boat_Berth VALUES (12, 37, 21, '2016-11-17', NULL, 412.0, 'ACT');
INSERT INTO Boat_Berth VALUES (13, 30, 19, '2021-04-15', '2026-06-08', 510.0, 'ACT');
INSERT INTO Boat_Berth VALUES (14, 22, 53, '2017-11-11', '2024-06-16', 241.0, 'EXP');
INSERT INTO Boat_Berth VALUES (15, 22, 16, '2022-02-21', NULL, 483.0, 'ACT');
INSERT INTO Boat_Berth VALUES (16, 31, 51, '2023-10-01', NULL, 422.0, 'ACT');
INSERT INTO Boat_Berth VALUES (17, 19, 23, '2018-09-22', '2022-03-17', 870.0, 'EXP');
INSERT INTO Boat_Berth VALUES (18, 19, 24, '2021-03-12', NULL, 425.0, 'ACT');
INSERT INTO Boat_Berth VALUES (19, 9, 32, '2021-04-13', '2025-09-02', 726.0, 'ACT');
INSERT INTO Boat_Berth VALUES (20, 26, 31, '2017-09-03', '2026-11-27', 589.0, 'ACT');
INSERT INTO Boat_Berth VALUES (21, 10, 45, '2021-08-31', '2022-03-06', 840.0, 'EXP');
INSERT INTO Boat_Berth VALUES (22, 45, 23, '2016-09-23', NULL, 896.0, 'ACT');
INSERT INTO Boat_Berth VALUES (23, 29, 26, '2020-01-13', '2025-01-21', 860.0, 'ACT');
INSERT INTO Boat_Berth VALUES (24, 49, 19, '2023-03-18', '2023-07-31', 656.0, 'EXP');
INSERT INTO Boat_Berth VALUES (25, 49, 5, '2022-04-07', '2023-12-06', 531.0, 'EXP');
INSERT INTO Boat_Berth VALUES (26, 20, 16, '2022-04-17', NULL, 490.0, 'ACT');
INSERT INTO Boat_Berth VALUES (27, 43, 7, '2018-11-23', '2023-12-04', 510.0, 'CXL');
INSERT INTO Boat_Berth VALUES (28, 43, 42, '2021-06-28', NULL, 575.0, 'ACT');
INSERT INTO Boat_Berth VALUES (29, 16, 40, '2021-09-18', '2023-03-05', 610.0, 'EXP');
INSERT INTO Boat_Berth VALUES (30, 36, 32, '2016-09-04', '2020-08-12', 579.0, 'EXP');
INSERT INTO Boat_Berth VALUES (31, 36, 31, '2020-01-29', '2022-09-13', 642.0, 'EXP');
INSERT INTO Boat_Berth VALUES (32, 5, 28, '2021-06-16', NULL, 559.0, 'ACT');
INSERT INTO Boat_Berth VALUES (33, 15, 33, '2021-11-01', '2022-01-15', 745.5, 'EXP');
INSERT INTO Boat_Berth VALUES (34, 15, 32, '2023-02-18', '2025-06-19', 510.0, 'ACT');
INSERT INTO Boat_Berth VALUES (35, 11, 13, '2017-05-29', '2021-08-11', 893.0, 'EXP');
INSERT INTO Boat_Berth VALUES (36, 17, 58, '2022-07-19', '2024-10-22', 637.0, 'EXP');
INSERT INTO Boat_Berth VALUES (37, 17, 10, '2020-03-20', NULL, 817.0, 'ACT');
INSERT INTO Boat_Berth VALUES (38, 50, 36, '2016-12-02', NULL, 686.0, 'ACT');
INSERT INTO Boat_Berth VALUES (39, 34, 49, '2021-01-02', NULL, 418.0, 'ACT');
INSERT INTO Boat_Berth VALUES (40, 35, 42, '2019-10-05', NULL, 552.0, 'ACT');
INSERT INTO Boat_Berth VALUES (41, 23, 55, '2017-11-29', NULL, 759.0, 'ACT');
INSERT INTO Boat_Berth VALUES (42, 44, 18, '2017-06-30', '2019-04-18', 706.0, 'EXP');
INSERT INTO Boat_Berth VALUES (43, 44, 46, '2019-01-30', '2020-03-16', 1251.0, 'EXP');
INSERT INTO Boat_Berth VALUES (44, 48, 40, '2016-04-08', '2016-10-13', 516.0, 'EXP');
INSERT INTO Boat_Berth VALUES (45, 27, 58, '2020-06-13', NULL, 638.0, 'ACT');
INSERT INTO Boat_Berth VALUES (46, 12, 23, '2020-05-07', NULL, 468.0, 'ACT');
INSERT INTO Boat_Berth VALUES (47, 41, 5, '2018-12-28', '2020-08-29', 443.0, 'EXP');
INSERT INTO Boat_Berth VALUES (48, 40, 8, '2024-03-05', '2024-07-08', 975.0, 'EXP');
INSERT INTO Boat_Berth VALUES (49, 40, 6, '2019-10-12', NULL, 624.0, 'ACT');
INSERT INTO Boat_Berth VALUES (50, 4, 18, '2022-01-19', '2022-05-09', 1250.0, 'EXP');
INSERT INTO Boat_Berth VALUES (51, 4, 60, '2020-04-09', NULL, 906.0, 'ACT');
INSERT INTO Boat_Berth VALUES (52, 8, 33, '2019-08-24', '2020-05-24', 578.5, 'EXP');
INSERT INTO Boat_Berth VALUES (53, 18, 9, '2018-11-18', '2021-12-12', 1049.0, 'EXP');
INSERT INTO Boat_Berth VALUES (54, 39, 57, '2021-08-16', NULL, 508.0, 'ACT');
CREATE TABLE harbour_staff (
    staff_no INTEGER PRIMARY KEY,
    stf_fname TEXT,
    stf_lname TEXT,
    job_title TEXT,
    marina_id INTEGER,
    supervisor INTEGER,
    hire_dt TEXT,
    salary INTEGER,
    FOREIGN KEY (supervisor) REFERENCES harbour_staff(staff_no)
);
INSERT INTO harbour_staff VALUES (101, 'Kirsty', 'Barr', 'Harbour Master', 1, NULL, '2012-08-09', 54000);
INSERT INTO harbour_staff VALUES (102, 'Dean', 'Cooper', 'Harbour Master', 5, NULL, '2001-04-11', 63500);
INSERT INTO harbour_staff VALUES (103, 'Morag', 'Dunn', 'Harbour Master', 8, NULL, '2002-09-26', 52500);
INSERT INTO harbour_staff VALUES (104, 'Gavin', 'Ellis', 'Harbour Master', 6, NULL, '2000-08-04', 55750);
INSERT INTO harbour_staff VALUES (105, 'Owen', 'Ferguson', 'Harbour Master', 3, NULL, '1999-12-09', 61000);
INSERT INTO harbour_staff VALUES (106, 'Dylan', 'Gibson', 'Harbour Master', 12, NULL, '1999-02-28', 58250);
INSERT INTO harbour_staff VALUES (107, 'Alison', 'Hardy', 'Dockhand', 1, 101, '2023-07-12', 40750);
INSERT INTO harbour_staff VALUES (108, 'Angela', 'Irvine', 'Dockhand', 1, 101, '2013-09-14', 38750);
INSERT INTO harbour_staff VALUES (109, 'Euan', 'Jenkins', 'Office Manager', 1, 101, '2020-07-24', 34500);
INSERT INTO harbour_staff VALUES (110, 'Karen', 'Kerr', 'Dockhand', 1, 101, '2012-07-31', 31500);
INSERT INTO harbour_staff VALUES (111, 'Gemma', 'Lamb', 'Dockhand', 5, 102, '2009-06-24', 40000);
INSERT INTO harbour_staff VALUES (112, 'Carys', 'Mason', 'Marine Engineer', 5, 102, '2019-06-18', 24000);
INSERT INTO harbour_staff VALUES (113, 'Shona', 'Nolan', 'Office Manager', 5, 102, '2023-10-20', 27750);
INSERT INTO harbour_staff VALUES (114, 'Tracey', 'Owens', 'Berthing Officer', 8, 103, '2014-11-24', 31750);
INSERT INTO harbour_staff VALUES (115, 'Stuart', 'Price', 'Marine Engineer', 8, 103, '2008-01-09', 33750);
INSERT INTO harbour_staff VALUES (116, 'Lorna', 'Quinn', 'Marine Engineer', 6, 104, '2019-04-02', 29000);
INSERT INTO harbour_staff VALUES (117, 'Liam', 'Rowe', 'Marine Engineer', 6, 104, '2021-03-13', 41500);
INSERT INTO harbour_staff VALUES (118, 'Neil', 'Sutton', 'Dockhand', 3, 105, '2016-10-19', 31250);
INSERT INTO harbour_staff VALUES (119, 'Mark', 'Tait', 'Dockhand', 12, 106, '2023-12-02', 28750);
INSERT INTO harbour_staff VALUES (120, 'Scott', 'Vaughan', 'Marine Engineer', 12, 106, '2017-08-23', 41750);
INSERT INTO harbour_staff VALUES (121, 'Ian', 'Wallace', 'Office Manager', 2, 101, '2020-11-10', 26750);
INSERT INTO harbour_staff VALUES (122, 'Jenny', 'Young', 'Dockhand', 2, 101, '2018-08-27', 31750);
INSERT INTO harbour_staff VALUES (123, 'Craig', 'Bell', 'Berthing Officer', 10, 103, '2022-06-15', 35500);
INSERT INTO harbour_staff VALUES (124, 'Ryan', 'Doyle', 'Dockhand', 10, 103, '2016-05-07', 30250);
INSERT INTO harbour_staff VALUES (125, 'Moira', 'Foster', 'Berthing Officer', 13, 103, '2015-12-03', 29500);
INSERT INTO harbour_staff VALUES (126, 'Ffion', 'Grant', 'Berthing Officer', 15, 102, '2022-05-21', 30250);
INSERT INTO harbour_staff VALUES (127, 'Dawn', 'Howell', 'Marine Engineer', 4, NULL, '2009-04-21', 35250);
INSERT INTO harbour_staff VALUES (128, 'Paul', 'Innes', 'Dockhand', 7, 104, '2015-10-04', 24000);
INSERT INTO harbour_staff VALUES (129, 'Colin', 'Lewis', 'Office Manager', 9, 103, '2008-09-08', 36750);
INSERT INTO harbour_staff VALUES (130, 'Nicola', 'Munro', 'Office Manager', 11, 101, '2015-01-09', 38250);
CREATE TABLE fuel_sales (
    sale_id INTEGER PRIMARY KEY,
    marina_id INTEGER,
    boat_id INTEGER,
    staff_no INTEGER,
    sale_date TEXT,
    fuel_type TEXT,
    litres TEXT,
    amt REAL
);
INSERT INTO fuel_sales VALUES (1, 1, 11, 110, '2023-08-19', 'D', '346.7', 561.65);
INSERT INTO fuel_sales VALUES (2, 12, 29, 119, '2024-10-09', 'P', '191.3', 340.51);
INSERT INTO fuel_sales VALUES (3, 5, 37, 111, '2023-06-14', 'D', '257.2', 416.66);
INSERT INTO fuel_sales VALUES (4, 5, 4, 111, '2023-04-21', 'D', '36.5', 59.13);
INSERT INTO fuel_sales VALUES (5, 13, 19, 125, '2024-01-03', 'D', '244', 395.28);
INSERT INTO fuel_sales VALUES (6, 5, 9, 111, '2023-12-30', 'D', '249', 403.38);
INSERT INTO fuel_sales VALUES (7, 5, 29, 111, '2023-08-01', 'P', '372.1', 662.34);
INSERT INTO fuel_sales VALUES (8, 1, 5, 107, '2023-08-20', 'D', '62.2', 100.76);
INSERT INTO fuel_sales VALUES (9, 10, 4, 124, '2023-03-25', 'D', '200.9', 325.46);
INSERT INTO fuel_sales VALUES (10, 10, 13, 124, '2023-05-16', 'D', '354.3', 573.97);
INSERT INTO fuel_sales VALUES (11, 8, 6, 115, '2023-05-11', 'P', '153.1', 272.52);
INSERT INTO fuel_sales VALUES (12, 8, 11, 114, '2024-10-18', 'D', '156.4', 253.37);
INSERT INTO fuel_sales VALUES (13, 5, 8, 111, '2024-02-05', 'P', '314.9', 560.52);
INSERT INTO fuel_sales VALUES (14, 8, 47, 115, '2023-03-23', 'D', '168.4', 272.81);
INSERT INTO fuel_sales VALUES (15, 5, 7, 111, '2023-06-14', 'P', '250.6', 446.07);
INSERT INTO fuel_sales VALUES (16, 8, 40, NULL, '2023-04-29', 'D', '265.7', 430.43);
INSERT INTO fuel_sales VALUES (17, 5, 33, 111, '2024-10-06', 'D', '161.7', 261.95);
INSERT INTO fuel_sales VALUES (18, 10, 35, 124, '2023-04-08', 'D', '292', 473.04);
INSERT INTO fuel_sales VALUES (19, 8, 8, 115, '2024-04-01', 'P', '287.5', 511.75);
INSERT INTO fuel_sales VALUES (20, 13, 18, 125, '2023-09-15', 'D', '79.6', 128.95);
INSERT INTO fuel_sales VALUES (21, 1, 22, 108, '2024-01-14', 'P', '77', 137.06);
INSERT INTO fuel_sales VALUES (22, 13, 8, 125, '2024-09-01', 'P', '339.4', 604.13);
INSERT INTO fuel_sales VALUES (23, 13, 33, 125, '2023-12-19', 'D', '222.6', 360.61);
INSERT INTO fuel_sales VALUES (24, 1, 7, 107, '2023-09-06', 'D', '328.7', 532.49);
INSERT INTO fuel_sales VALUES (25, 2, 15, 122, '2024-08-05', 'D', '225.6', 365.47);
INSERT INTO fuel_sales VALUES (26, 8, 36, 114, '2023-10-18', 'D', '370.9', 600.86);
INSERT INTO fuel_sales VALUES (27, 6, 5, 117, '2023-08-15', 'D', '179.3', 290.47);
INSERT INTO fuel_sales VALUES (28, 3, 11, 118, '2024-06-25', 'D', '125', 202.5);
INSERT INTO fuel_sales VALUES (29, 8, 2, 115, '2023-06-14', 'D', '329.9', 534.44);
INSERT INTO fuel_sales VALUES (30, 3, 38, 118, '2023-04-06', 'D', '243.6', 394.63);
INSERT INTO fuel_sales VALUES (31, 8, 47, 114, '2023-12-03', 'D', '211.6', 342.79);
INSERT INTO fuel_sales VALUES (32, 2, 49, 122, '2024-08-22', 'D', '195.8', 317.2);
INSERT INTO fuel_sales VALUES (33, 5, 10, 111, '2023-07-12', 'P', '148.3', 263.97);
INSERT INTO fuel_sales VALUES (34, 12, 39, 119, '2024-10-05', 'D', '298.5', 483.57);
INSERT INTO fuel_sales VALUES (35, 1, 28, 110, '2023-07-16', 'D', '58.9', 95.42);
INSERT INTO fuel_sales VALUES (36, 1, 21, 108, '2023-06-20', 'D', '229', 370.98);
INSERT INTO fuel_sales VALUES (37, 10, 9, 124, '2023-10-27', 'D', '188.6', 305.53);
INSERT INTO fuel_sales VALUES (38, 5, 46, 111, '2024-07-29', 'D', '154.9', 250.94);
INSERT INTO fuel_sales VALUES (39, 8, 29, 114, '2023-10-10', 'P', '100.3', 178.53);
INSERT INTO fuel_sales VALUES (40, 8, 16, 114, '2024-10-30', 'P', '350', 623.0);
INSERT INTO fuel_sales VALUES (41, 5, 36, 111, '2023-06-03', 'D', '381.7', 618.35);
INSERT INTO fuel_sales VALUES (42, 8, 28, 114, '2023-08-06', 'D', '223.6', 362.23);
INSERT INTO fuel_sales VALUES (43, 10, 24, 124, '2024-09-14', 'P', '349.3', 621.75);
INSERT INTO fuel_sales VALUES (44, 13, 14, 125, '2023-08-12', 'D', '204.1', 330.64);
INSERT INTO fuel_sales VALUES (45, 2, 13, 122, '2023-02-18', 'D', '116.8', 189.22);
INSERT INTO fuel_sales VALUES (46, 8, 39, 115, '2023-04-23', 'D', '394.8', 639.58);
INSERT INTO fuel_sales VALUES (47, 5, 14, 111, '2024-05-08', 'D', '199.3', 322.87);
INSERT INTO fuel_sales VALUES (48, 8, 33, 114, '2023-08-18', 'D', '103.6', 167.83);
INSERT INTO fuel_sales VALUES (49, 3, 18, 118, '2024-05-15', 'D', '261.4', 423.47);
INSERT INTO fuel_sales VALUES (50, 5, 14, 111, '2024-05-06', 'D', '253.4', 410.51);
INSERT INTO fuel_sales VALUES (51, 5, 44, 111, '2024-01-10', 'D', '51.9', 84.08);
INSERT INTO fuel_sales VALUES (52, 8, 4, 115, '2024-03-11', 'D', '34.3', 55.57);
INSERT INTO fuel_sales VALUES (53, 15, 32, 126, '2023-04-28', 'D', '367.8', 595.84);
INSERT INTO fuel_sales VALUES (54, 8, 13, 115, '2023-09-18', 'P', '33.5', 59.63);
INSERT INTO fuel_sales VALUES (55, 8, 21, 114, '2024-06-07', 'D', '349.1', 565.54);
INSERT INTO fuel_sales VALUES (56, 5, 11, 111, '2024-05-29', 'D', '52', 84.24);
INSERT INTO fuel_sales VALUES (57, 8, 28, 114, '2023-09-04', 'D', '275', 445.5);
INSERT INTO fuel_sales VALUES (58, 3, 28, NULL, '2023-02-10', 'D', '266', 430.92);
INSERT INTO fuel_sales VALUES (59, 2, 8, 122, '2024-07-17', 'P', '237', 421.86);
INSERT INTO fuel_sales VALUES (60, 5, 11, NULL, '2024-02-27', 'D', '291.7', 472.55);
INSERT INTO fuel_sales VALUES (61, 5, 6, 111, '2024-07-03', 'P', '177.9', 316.66);
INSERT INTO fuel_sales VALUES (62, 5, 5, 111, '2024-01-29', 'D', '370.4', 600.05);
INSERT INTO fuel_sales VALUES (63, 1, 29, 110, '2023-05-19', 'P', '26.6', 47.35);
INSERT INTO fuel_sales VALUES (64, 3, 13, NULL, '2023-09-14', 'D', '248.1', 401.92);
INSERT INTO fuel_sales VALUES (65, 5, 22, 111, '2024-06-29', 'P', '232.4', 413.67);
INSERT INTO fuel_sales VALUES (66, 15, 12, 126, '2023-10-29', 'D', '138.5', 224.37);
INSERT INTO fuel_sales VALUES (67, 13, 46, 125, '2024-02-07', 'D', '84.2', 136.4);
INSERT INTO fuel_sales VALUES (68, 8, 17, 114, '2024-02-29', 'P', '116.5', 207.37);
INSERT INTO fuel_sales VALUES (69, 6, 16, 117, '2023-02-18', 'P', '184.1', 327.7);
INSERT INTO fuel_sales VALUES (70, 6, 37, 116, '2023-02-13', 'D', '185.1', 299.86);
INSERT INTO fuel_sales VALUES (71, 3, 21, 118, '2023-11-26', 'P', '273.3', 486.47);
INSERT INTO fuel_sales VALUES (72, 13, 37, 125, '2023-02-20', 'D', '209.3', 339.07);
INSERT INTO fuel_sales VALUES (73, 12, 38, 119, '2023-08-22', 'D', '375.1', 607.66);
INSERT INTO fuel_sales VALUES (74, 1, 33, 107, '2023-01-08', 'D', '121.6', 196.99);
INSERT INTO fuel_sales VALUES (75, 1, 36, 110, '2023-09-11', 'D', '113.4', 183.71);
COMMIT;
