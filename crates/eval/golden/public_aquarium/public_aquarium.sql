PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Aquarium (
    aq_id INTEGER PRIMARY KEY,
    aq_name TEXT NOT NULL,
    city TEXT,
    country TEXT,
    opened_yr INTEGER,
    annual_visitors INTEGER,
    touch_pool TEXT
);

CREATE TABLE Ref_Species_Codes (
    species_cd TEXT PRIMARY KEY,
    common_name TEXT NOT NULL,
    sci_name TEXT,
    conserv_status TEXT,
    max_len_cm INTEGER,
    diet TEXT
);

CREATE TABLE tanks (
    tank_id INTEGER PRIMARY KEY,
    aquarium INTEGER NOT NULL,
    tank_nm TEXT,
    water_type TEXT,
    volume_l TEXT,
    temp_c REAL,
    on_display TEXT,
    FOREIGN KEY (aquarium) REFERENCES Aquarium(aq_id)
);

CREATE TABLE animals (
    animal_id INTEGER PRIMARY KEY,
    nickname TEXT,
    species_cd TEXT,
    tank_no INTEGER,
    sex TEXT,
    dob TEXT,
    wt_kg REAL,
    acq_src TEXT,
    FOREIGN KEY (species_cd) REFERENCES Ref_Species_Codes(species_cd),
    FOREIGN KEY (tank_no) REFERENCES tanks(tank_id)
);

CREATE TABLE Aquarists (
    staff_id INTEGER PRIMARY KEY,
    fname TEXT,
    lname TEXT,
    hire_dt TEXT,
    senior_aquarist INTEGER,
    home_aq INTEGER,
    dive_cert TEXT,
    FOREIGN KEY (senior_aquarist) REFERENCES Aquarists(staff_id),
    FOREIGN KEY (home_aq) REFERENCES Aquarium(aq_id)
);

CREATE TABLE Trained_For (
    staff_id INTEGER,
    tank_id INTEGER,
    trained_on TEXT,
    PRIMARY KEY (staff_id, tank_id),
    FOREIGN KEY (staff_id) REFERENCES Aquarists(staff_id),
    FOREIGN KEY (tank_id) REFERENCES tanks(tank_id)
);

CREATE TABLE FeedingLog (
    LogID INTEGER PRIMARY KEY,
    TankID INTEGER,
    FedBy INTEGER,
    FeedDate TEXT,
    FoodType TEXT,
    QtyG REAL,
    Notes TEXT
);

CREATE TABLE vet_checks (
    chk_id INTEGER PRIMARY KEY,
    animal_id INTEGER,
    chk_date TEXT,
    vet_name TEXT,
    wt_kg REAL,
    result TEXT,
    follow_up TEXT
);

CREATE TABLE animal_xfers (
    xfer_id INTEGER PRIMARY KEY,
    animal_id INTEGER,
    from_aq INTEGER,
    to_aq INTEGER,
    xfer_dt TEXT,
    reason TEXT,
    cost_amt TEXT
);
INSERT INTO Aquarium VALUES (1, 'Harborview Aquarium', 'Boston', 'USA', 1969, 1350000, 'Y');
INSERT INTO Aquarium VALUES (2, 'Pacific Tides Aquarium', 'San Diego', 'USA', 1998, 980000, 'Y');
INSERT INTO Aquarium VALUES (3, 'Gulf Coast Marine Center', 'Tampa', 'USA', 2004, 615000, 'N');
INSERT INTO Aquarium VALUES (4, 'Lakeshore Aquarium', 'Chicago', 'USA', 1930, 2010000, 'Y');
INSERT INTO Aquarium VALUES (5, 'Northern Lights Aquarium', 'Bergen', 'Norway', 1960, 280000, 'N');
INSERT INTO Aquarium VALUES (6, 'Atlantic Blue Aquarium', 'Lisbon', 'Portugal', 1998, 1240000, 'N');
INSERT INTO Aquarium VALUES (7, 'Mare Nostrum Aquarium', 'Genoa', 'Italy', 1992, 1105000, 'Y');
INSERT INTO Aquarium VALUES (8, 'Coral Coast Aquarium', 'Cairns', 'Australia', 2017, 345000, 'Y');
INSERT INTO Aquarium VALUES (9, 'Darling Bay Aquarium', 'Sydney', 'Australia', 1988, 1460000, 'N');
INSERT INTO Aquarium VALUES (10, 'Osaka Bay Aquarium', 'Osaka', 'Japan', 1990, 2480000, 'N');
INSERT INTO Aquarium VALUES (11, 'Kuroshio Aquarium', 'Okinawa', 'Japan', 2002, 2950000, 'Y');
INSERT INTO Aquarium VALUES (12, 'Rio Amazonas Aquarium', 'Manaus', 'Brazil', 2011, NULL, 'N');
INSERT INTO Aquarium VALUES (13, 'Cape Waters Aquarium', 'Cape Town', 'South Africa', 1995, 720000, 'Y');
INSERT INTO Aquarium VALUES (14, 'Mission Bay Discovery Center', 'San Diego', 'USA', 2009, 190000, 'Y');
INSERT INTO Aquarium VALUES (15, 'Fjordsenteret Aquarium', 'Bergen', 'Norway', 2014, NULL, 'N');
INSERT INTO Ref_Species_Codes VALUES ('CLWN', 'Clownfish', 'Amphiprion ocellaris', 'LC', 11, 'O');
INSERT INTO Ref_Species_Codes VALUES ('BTNG', 'Blue Tang', 'Paracanthurus hepatus', 'LC', 31, 'H');
INSERT INTO Ref_Species_Codes VALUES ('GPUF', 'Guineafowl Puffer', 'Arothron meleagris', 'LC', 50, 'C');
INSERT INTO Ref_Species_Codes VALUES ('MORY', 'Green Moray Eel', 'Gymnothorax funebris', 'LC', 250, 'C');
INSERT INTO Ref_Species_Codes VALUES ('SEAH', 'Lined Seahorse', 'Hippocampus erectus', 'VU', 19, 'C');
INSERT INTO Ref_Species_Codes VALUES ('BTRS', 'Blacktip Reef Shark', 'Carcharhinus melanopterus', 'VU', 200, 'C');
INSERT INTO Ref_Species_Codes VALUES ('ZEBS', 'Zebra Shark', 'Stegostoma tigrinum', 'EN', 250, 'C');
INSERT INTO Ref_Species_Codes VALUES ('SPRY', 'Spotted Eagle Ray', 'Aetobatus narinari', 'EN', 330, 'C');
INSERT INTO Ref_Species_Codes VALUES ('LOGT', 'Loggerhead Turtle', 'Caretta caretta', 'VU', 110, 'C');
INSERT INTO Ref_Species_Codes VALUES ('GRNT', 'Green Sea Turtle', 'Chelonia mydas', 'EN', 150, 'H');
INSERT INTO Ref_Species_Codes VALUES ('GPOC', 'Giant Pacific Octopus', 'Enteroctopus dofleini', 'LC', 500, 'C');
INSERT INTO Ref_Species_Codes VALUES ('MOON', 'Moon Jellyfish', 'Aurelia aurita', 'LC', 40, 'C');
INSERT INTO Ref_Species_Codes VALUES ('LION', 'Red Lionfish', 'Pterois volitans', 'LC', 38, 'C');
INSERT INTO Ref_Species_Codes VALUES ('NAPW', 'Humphead Wrasse', 'Cheilinus undulatus', 'EN', 229, 'C');
INSERT INTO Ref_Species_Codes VALUES ('GROU', 'Goliath Grouper', 'Epinephelus itajara', 'VU', 250, 'C');
INSERT INTO Ref_Species_Codes VALUES ('GEEL', 'Spotted Garden Eel', 'Heteroconger hassi', 'LC', 40, 'C');
INSERT INTO Ref_Species_Codes VALUES ('SCHH', 'Scalloped Hammerhead', 'Sphyrna lewini', 'CR', 420, 'C');
INSERT INTO Ref_Species_Codes VALUES ('AROW', 'Silver Arowana', 'Osteoglossum bicirrhosum', 'LC', 120, 'C');
INSERT INTO Ref_Species_Codes VALUES ('PIRH', 'Red-bellied Piranha', 'Pygocentrus nattereri', 'LC', 33, 'C');
INSERT INTO Ref_Species_Codes VALUES ('ARAP', 'Arapaima', 'Arapaima gigas', 'DD', 300, 'C');
INSERT INTO Ref_Species_Codes VALUES ('AXOL', 'Axolotl', 'Ambystoma mexicanum', 'CR', 30, 'C');
INSERT INTO Ref_Species_Codes VALUES ('SALM', 'Atlantic Salmon', 'Salmo salar', 'LC', 150, 'C');
INSERT INTO Ref_Species_Codes VALUES ('ARCH', 'Banded Archerfish', 'Toxotes jaculatrix', 'LC', 30, 'C');
INSERT INTO Ref_Species_Codes VALUES ('MUDS', 'Atlantic Mudskipper', 'Periophthalmus barbarus', 'LC', 25, 'O');
INSERT INTO Ref_Species_Codes VALUES ('MONO', 'Silver Moony', 'Monodactylus argenteus', 'LC', 27, 'O');
INSERT INTO Ref_Species_Codes VALUES ('SCAT', 'Spotted Scat', 'Scatophagus argus', 'LC', 38, 'O');
INSERT INTO Ref_Species_Codes VALUES ('STUR', 'European Sturgeon', 'Acipenser sturio', 'CR', 350, 'C');
INSERT INTO Ref_Species_Codes VALUES ('LSAW', 'Largetooth Sawfish', 'Pristis pristis', 'CR', 650, 'C');
INSERT INTO tanks VALUES (1, 1, 'Giant Ocean Tank', 'SW', '776400', 24.0, 'Y');
INSERT INTO tanks VALUES (2, 1, 'Gulf of Maine Exhibit', 'SW', '100100', 11.5, 'Y');
INSERT INTO tanks VALUES (3, 1, 'Jelly Gallery', 'SW', '4000', 20.0, 'Y');
INSERT INTO tanks VALUES (4, 1, 'Quarantine Bay 1', 'SW', '11200', 23.5, 'N');
INSERT INTO tanks VALUES (5, 2, 'Kelp Forest', 'SW', '1325400', 15.0, 'Y');
INSERT INTO tanks VALUES (6, 2, 'Shark Lagoon', 'SW', '515000', 24.5, 'Y');
INSERT INTO tanks VALUES (7, 2, 'Seahorse Nursery', 'SW', '2400', 23.0, 'Y');
INSERT INTO tanks VALUES (8, 3, 'Mangrove Shoreline', 'BR', '36000', 25.0, 'Y');
INSERT INTO tanks VALUES (9, 3, 'Gulf Reef', 'SW', '217500', 25.5, 'Y');
INSERT INTO tanks VALUES (10, 3, 'Turtle Rehab Pool', 'SW', '64800', 26.0, 'N');
INSERT INTO tanks VALUES (11, 4, 'Great Lakes Gallery', 'FW', '41600', 12.0, 'Y');
INSERT INTO tanks VALUES (12, 4, 'Amazon Rising', 'FW', '141000', 27.0, 'Y');
INSERT INTO tanks VALUES (13, 4, 'Caribbean Reef', 'SW', '330400', 25.0, 'Y');
INSERT INTO tanks VALUES (14, 4, 'Amphibian Annex', 'FW', '1700', 17.0, 'Y');
INSERT INTO tanks VALUES (15, 5, 'North Atlantic Deep', 'SW', '408100', 8.0, 'Y');
INSERT INTO tanks VALUES (16, 5, 'Fjord Pool', 'BR', '65500', 10.0, 'Y');
INSERT INTO tanks VALUES (17, 5, 'Cold Water Octopus Den', 'SW', '8200', 9.0, 'Y');
INSERT INTO tanks VALUES (18, 6, 'Open Atlantic', 'SW', '4826700', 18.5, 'Y');
INSERT INTO tanks VALUES (19, 6, 'Tagus Estuary', 'BR', '49200', 19.0, 'Y');
INSERT INTO tanks VALUES (20, 6, 'Tropical Indo-Pacific', 'SW', '172800', 25.0, 'Y');
INSERT INTO tanks VALUES (21, 6, 'Holding Tank L2', 'SW', '14700', 22.0, 'N');
INSERT INTO tanks VALUES (22, 7, 'Mediterranean Reef', 'SW', '226100', 20.5, 'Y');
INSERT INTO tanks VALUES (23, 7, 'Ray Bay', 'SW', '339400', 22.5, 'Y');
INSERT INTO tanks VALUES (24, 7, 'Jellyfish Room', 'SW', '3700', 19.0, 'Y');
INSERT INTO tanks VALUES (25, 8, 'Great Barrier Reef Tank', 'SW', '1150600', 26.0, 'Y');
INSERT INTO tanks VALUES (26, 8, 'Daintree River', 'FW', '62400', 26.5, 'Y');
INSERT INTO tanks VALUES (27, 8, 'Mangrove Creek', 'BR', '44600', 27.0, 'Y');
INSERT INTO tanks VALUES (28, 9, 'Shark Tunnel', 'SW', '2242700', 22.0, 'Y');
INSERT INTO tanks VALUES (29, 9, 'Harbour Wharf Pilings', 'SW', '71200', 19.5, 'Y');
INSERT INTO tanks VALUES (30, 9, 'Seahorse Alcove', 'SW', '3200', 22.5, 'Y');
INSERT INTO tanks VALUES (31, 10, 'Pacific Ring', 'SW', '5880700', 21.0, 'Y');
INSERT INTO tanks VALUES (32, 10, 'Ecuador Rainforest', 'FW', '89300', 26.0, 'Y');
INSERT INTO tanks VALUES (33, 10, 'Sea Turtle Beach', 'SW', '126600', 24.0, 'Y');
INSERT INTO tanks VALUES (34, 11, 'Kuroshio Sea', 'SW', '7315600', 24.0, 'Y');
INSERT INTO tanks VALUES (35, 11, 'Coral Garden', 'SW', '373400', 25.5, 'Y');
INSERT INTO tanks VALUES (36, 11, 'Deep Reef Cave', 'SW', '22200', 16.0, 'N');
INSERT INTO tanks VALUES (37, 12, 'Rio Negro Channel', 'FW', '674000', 28.0, 'Y');
INSERT INTO tanks VALUES (38, 12, 'Igapo Flooded Forest', 'FW', '300800', 27.5, 'Y');
INSERT INTO tanks VALUES (39, 12, 'Piranha Pool', 'FW', '38300', 27.0, 'Y');
INSERT INTO tanks VALUES (40, 12, 'Quarantine M1', 'FW', '8300', 27.0, 'N');
INSERT INTO tanks VALUES (41, 13, 'Two Oceans Exhibit', 'SW', '1560400', 18.0, 'Y');
INSERT INTO tanks VALUES (42, 13, 'Kelp Cove', 'SW', '772600', 14.0, 'Y');
INSERT INTO tanks VALUES (43, 13, 'Predator Tank', 'SW', '2183600', 20.0, 'Y');
INSERT INTO tanks VALUES (44, 14, 'Tide Pool Touch Tank', 'SW', '6800', 16.5, 'Y');
INSERT INTO tanks VALUES (45, 14, 'Estuary Marsh', 'BR', '26500', 21.0, 'Y');
INSERT INTO tanks VALUES (46, 15, 'River Run', 'FW', '49600', 9.5, 'Y');
INSERT INTO tanks VALUES (47, 15, 'Fjord Wall', 'SW', '255600', 8.5, 'Y');
INSERT INTO animals VALUES (1, 'Myrtle', 'GRNT', 1, 'F', '1970-06-01', 255.0, 'WC');
INSERT INTO animals VALUES (2, 'Big Mama', 'LSAW', 8, 'F', NULL, 240.5, 'RS');
INSERT INTO animals VALUES (3, 'Duke', 'BTNG', 20, 'M', '2011-10-26', 0.54, 'CB');
INSERT INTO animals VALUES (4, 'Hana', 'MONO', 8, 'F', '2014-07-03', 0.18, 'WC');
INSERT INTO animals VALUES (5, 'Tiko', 'CLWN', 35, 'F', NULL, 0.01, 'RS');
INSERT INTO animals VALUES (6, 'Dory', 'MORY', 29, 'M', NULL, 17.0, 'RS');
INSERT INTO animals VALUES (7, NULL, 'GEEL', 22, 'F', NULL, 0.05, 'RS');
INSERT INTO animals VALUES (8, 'Inky', 'AROW', 32, 'F', '2011-05-22', 4.4, 'WC');
INSERT INTO animals VALUES (9, NULL, 'GEEL', 42, 'M', '2007-03-24', 0.05, 'WC');
INSERT INTO animals VALUES (10, 'Kiwi', 'AROW', 37, 'F', '2022-02-09', 2.4, 'CB');
INSERT INTO animals VALUES (11, 'Pip', 'GROU', 18, 'F', '2008-02-11', 153.6, 'CB');
INSERT INTO animals VALUES (12, 'Mango', 'GRNT', 33, 'M', '2012-02-15', 231.3, 'CB');
INSERT INTO animals VALUES (13, 'Goldie', 'LOGT', 33, 'F', '2014-09-19', 108.9, 'CB');
INSERT INTO animals VALUES (14, 'Waffles', 'AXOL', 14, 'F', '2018-01-19', 0.18, 'CB');
INSERT INTO animals VALUES (15, 'Juno', 'STUR', 16, 'M', NULL, 30.7, 'WC');
INSERT INTO animals VALUES (16, 'Nori', 'SCAT', 8, 'M', '2011-10-08', 0.78, 'WC');
INSERT INTO animals VALUES (17, 'Sunny', 'MORY', 47, 'F', '2005-09-13', 20.0, 'CB');
INSERT INTO animals VALUES (18, 'Ember', 'GPOC', 2, 'M', NULL, 14.0, 'WC');
INSERT INTO animals VALUES (19, 'Nemo', 'SPRY', 31, 'F', '2014-12-30', 26.9, 'WC');
INSERT INTO animals VALUES (20, 'Ella', 'ZEBS', 25, 'F', '2016-02-26', 29.7, 'CB');
INSERT INTO animals VALUES (21, 'Hazel', 'CLWN', 25, 'U', '2005-02-26', 0.02, 'CB');
INSERT INTO animals VALUES (22, 'Coral', 'SPRY', 23, 'M', NULL, 23.1, 'WC');
INSERT INTO animals VALUES (23, 'Basil', 'SPRY', 23, 'F', '2021-01-07', 24.0, 'CB');
INSERT INTO animals VALUES (24, 'Tango', 'ZEBS', 6, 'M', '2009-08-14', 26.3, 'CB');
INSERT INTO animals VALUES (25, 'Fennel', 'GROU', 43, 'M', NULL, 175.1, 'WC');
INSERT INTO animals VALUES (26, NULL, 'ZEBS', 31, 'F', NULL, 26.7, 'WC');
INSERT INTO animals VALUES (27, NULL, 'MOON', 24, 'U', '2019-11-06', 0.22, 'CB');
INSERT INTO animals VALUES (28, NULL, 'GEEL', 22, 'F', '2016-07-19', 0.06, 'CB');
INSERT INTO animals VALUES (29, 'Captain', 'CLWN', 13, 'F', '2009-01-19', 0.02, 'WC');
INSERT INTO animals VALUES (30, 'Frodo', 'ZEBS', 31, 'F', NULL, 24.5, 'WC');
INSERT INTO animals VALUES (31, 'Taro', 'SPRY', 18, 'F', '2022-01-24', 27.5, 'WC');
INSERT INTO animals VALUES (32, 'Pearl', 'ZEBS', 6, 'M', '2008-06-20', 22.8, 'CB');
INSERT INTO animals VALUES (33, NULL, 'MONO', 19, 'F', NULL, 0.16, 'WC');
INSERT INTO animals VALUES (34, 'Kai', 'GRNT', 28, 'F', '2017-06-30', 85.3, 'RS');
INSERT INTO animals VALUES (35, NULL, 'ZEBS', 31, 'M', '2014-01-24', 21.8, 'CB');
INSERT INTO animals VALUES (36, 'Crush', 'BTRS', 41, 'M', NULL, 20.7, 'RS');
INSERT INTO animals VALUES (37, 'Ruby', 'AROW', 32, 'F', NULL, 3.0, 'WC');
INSERT INTO animals VALUES (38, 'Maui', 'ARAP', 40, 'M', '2018-10-20', 101.6, 'CB');
INSERT INTO animals VALUES (39, 'Sushi', 'BTNG', 9, 'F', '2017-01-17', 0.49, 'WC');
INSERT INTO animals VALUES (40, 'Bento', 'GPUF', 25, 'M', '2011-05-30', 1.31, 'CB');
INSERT INTO animals VALUES (41, NULL, 'GEEL', 5, 'M', '2016-05-17', 0.09, 'WC');
INSERT INTO animals VALUES (42, NULL, 'GPOC', 17, 'M', NULL, 20.0, 'RS');
INSERT INTO animals VALUES (43, NULL, 'GPUF', 20, 'F', '2022-05-19', 1.61, 'CB');
INSERT INTO animals VALUES (44, 'Thor', 'GPUF', 21, 'F', '2016-07-02', 1.09, 'CB');
INSERT INTO animals VALUES (45, 'Ripple', 'GRNT', 10, 'M', '2005-12-10', 105.2, 'WC');
INSERT INTO animals VALUES (46, 'Loki', 'GPOC', 2, 'M', NULL, 32.9, 'WC');
INSERT INTO animals VALUES (47, 'Iris', 'GROU', 31, 'F', '2018-01-09', 94.2, 'CB');
INSERT INTO animals VALUES (48, 'Squirt', 'STUR', 16, 'F', '2005-07-09', 45.1, 'CB');
INSERT INTO animals VALUES (49, 'Ivy', 'GPOC', 17, 'M', '2015-05-13', 18.5, 'CB');
INSERT INTO animals VALUES (50, 'Otis', 'PIRH', 38, 'M', '2021-11-30', 0.88, 'CB');
INSERT INTO animals VALUES (51, 'Jasper', 'BTRS', 34, 'F', '2019-07-12', 27.3, 'CB');
INSERT INTO animals VALUES (52, 'Atlas', 'SPRY', 6, 'F', NULL, 21.4, 'RS');
INSERT INTO animals VALUES (53, 'Pepper', 'STUR', 16, 'F', '2022-07-26', 38.6, 'CB');
INSERT INTO animals VALUES (54, NULL, 'GEEL', 44, 'M', NULL, 0.07, 'WC');
INSERT INTO animals VALUES (55, NULL, 'PIRH', 38, 'F', NULL, 0.98, 'RS');
INSERT INTO animals VALUES (56, 'Poseidon', 'PIRH', 39, 'M', '2014-04-19', 1.15, 'CB');
INSERT INTO animals VALUES (57, 'Hugo', 'GPOC', 17, 'M', '2008-01-27', 33.5, 'CB');
INSERT INTO animals VALUES (58, NULL, 'MOON', 3, 'F', NULL, 0.17, 'RS');
INSERT INTO animals VALUES (59, 'Biscuit', 'GPOC', 42, 'M', '2022-10-22', 36.8, 'CB');
INSERT INTO animals VALUES (60, 'Finn', 'GROU', 43, 'M', '2006-06-21', 128.8, 'CB');
INSERT INTO animals VALUES (61, 'Sandy', 'STUR', 16, 'M', '2008-05-29', 49.8, 'CB');
INSERT INTO animals VALUES (62, 'Quill', 'LOGT', 41, 'M', '2012-09-30', 79.5, 'CB');
INSERT INTO animals VALUES (63, 'Cleo', 'CLWN', 25, 'M', '2007-06-20', 0.01, 'RS');
INSERT INTO animals VALUES (64, NULL, 'SEAH', 30, 'F', '2008-11-07', 0.01, 'CB');
INSERT INTO animals VALUES (65, 'Gill', 'GROU', 43, 'M', '2006-12-07', 103.0, 'CB');
INSERT INTO animals VALUES (66, 'Noodle', 'BTRS', 41, 'M', '2014-04-02', 23.4, 'CB');
INSERT INTO animals VALUES (67, 'Pixel', 'MONO', 45, 'M', '2017-05-14', 0.17, 'CB');
INSERT INTO animals VALUES (68, 'Umi', 'BTRS', 6, 'F', '2020-12-28', 22.7, 'CB');
INSERT INTO animals VALUES (69, 'Peach', 'STUR', 19, 'F', '2018-04-04', 48.6, 'WC');
INSERT INTO animals VALUES (70, 'Rosie', 'MORY', 22, 'F', '2017-10-06', 8.2, 'WC');
INSERT INTO animals VALUES (71, 'Blue', 'GROU', 18, 'M', NULL, 87.8, 'RS');
INSERT INTO animals VALUES (72, 'Zuzu', 'BTRS', 41, 'M', '2021-09-14', 20.9, 'RS');
INSERT INTO animals VALUES (73, 'Wasabi', 'GROU', 18, 'F', NULL, 85.1, 'WC');
INSERT INTO animals VALUES (74, 'Echo', 'SEAH', 30, 'M', '2015-01-09', 0.01, 'CB');
INSERT INTO animals VALUES (75, 'Pebble', 'GPOC', 17, 'M', NULL, 29.0, 'RS');
INSERT INTO animals VALUES (76, 'Lolo', 'BTRS', 34, 'F', '2014-03-16', 17.3, 'WC');
INSERT INTO animals VALUES (77, 'Ziggy', 'MONO', 45, 'M', NULL, 0.2, 'WC');
INSERT INTO animals VALUES (78, 'Ginger', 'SEAH', 7, 'F', '2017-01-16', 0.01, 'CB');
INSERT INTO animals VALUES (79, 'Sprocket', 'MORY', 1, 'M', '2022-02-20', 11.9, 'CB');
INSERT INTO animals VALUES (80, 'Zara', 'GPUF', 20, 'F', '2007-12-17', 2.09, 'CB');
INSERT INTO animals VALUES (81, 'Xena', 'ZEBS', 43, 'M', '2005-03-26', 20.9, 'WC');
INSERT INTO animals VALUES (82, NULL, 'CLWN', 13, 'F', '2005-12-18', 0.01, 'CB');
INSERT INTO animals VALUES (83, 'Splash', 'BTRS', 25, 'F', '2009-03-26', 17.1, 'CB');
INSERT INTO animals VALUES (84, 'Storm', 'LION', 20, 'F', '2011-05-06', 0.75, 'CB');
INSERT INTO animals VALUES (85, 'Fig', 'SPRY', 41, 'M', '2016-02-05', 24.3, 'WC');
INSERT INTO animals VALUES (86, 'Gus', 'ZEBS', 31, 'M', NULL, 21.9, 'RS');
INSERT INTO animals VALUES (87, 'Bubbles', 'GROU', 31, 'M', '2006-11-14', 103.0, 'CB');
INSERT INTO animals VALUES (88, NULL, 'GRNT', 34, 'F', '2011-05-04', 245.7, 'CB');
INSERT INTO animals VALUES (89, 'Vela', 'BTRS', 18, 'F', '2009-03-01', 17.4, 'WC');
INSERT INTO animals VALUES (90, 'Olive', 'GPOC', 15, 'M', '2021-12-13', 37.0, 'CB');
INSERT INTO animals VALUES (91, 'Marlin', 'SPRY', 34, 'F', '2016-09-16', 27.3, 'CB');
INSERT INTO animals VALUES (92, 'Dexter', 'SPRY', 23, 'M', '2009-03-06', 23.2, 'CB');
INSERT INTO animals VALUES (93, 'Marina', 'PIRH', 39, 'M', NULL, 0.95, 'WC');
INSERT INTO animals VALUES (94, 'Milo', 'GRNT', 28, 'F', '2010-12-21', 95.9, 'CB');
INSERT INTO animals VALUES (95, 'Clover', 'CLWN', 20, 'M', NULL, 0.01, 'RS');
INSERT INTO animals VALUES (96, 'Domino', 'BTRS', 18, 'F', '2017-11-08', 19.4, 'WC');
INSERT INTO animals VALUES (97, 'Apollo', 'LION', 22, 'M', NULL, 0.71, 'WC');
INSERT INTO animals VALUES (98, 'Bolt', 'GROU', 43, 'F', NULL, 65.9, 'WC');
INSERT INTO animals VALUES (99, 'Boots', 'MORY', 13, 'F', NULL, 24.8, 'WC');
INSERT INTO animals VALUES (100, NULL, 'SEAH', 30, 'F', '2006-05-14', 0.02, 'CB');
INSERT INTO animals VALUES (101, 'Skipper', 'SPRY', 41, 'F', '2007-08-16', 28.1, 'CB');
INSERT INTO animals VALUES (102, 'Yuki', 'GRNT', 1, 'F', '2006-03-06', 158.7, 'CB');
INSERT INTO animals VALUES (103, 'Koa', 'MONO', 45, 'F', NULL, 0.18, 'RS');
INSERT INTO animals VALUES (104, 'Willow', 'BTRS', 34, 'F', NULL, 27.7, 'WC');
INSERT INTO animals VALUES (105, 'Lemon', 'PIRH', 39, 'F', NULL, 1.24, 'RS');
INSERT INTO animals VALUES (106, NULL, 'BTRS', 41, 'M', '2005-04-28', 22.1, 'CB');
INSERT INTO animals VALUES (107, 'Rocky', 'GPOC', 15, 'M', '2009-07-12', 15.1, 'CB');
INSERT INTO animals VALUES (108, NULL, 'GEEL', 29, 'F', NULL, 0.1, 'WC');
INSERT INTO animals VALUES (109, 'Shelly', 'BTRS', 28, 'M', NULL, 22.3, 'WC');
INSERT INTO animals VALUES (110, NULL, 'MOON', 3, 'F', '2006-09-09', 0.31, 'WC');
INSERT INTO Aquarists VALUES (101, 'Aiko', 'Walker', '1997-10-16', NULL, 1, 'Y');
INSERT INTO Aquarists VALUES (102, 'Kenji', 'Johansson', '2006-08-29', NULL, 6, 'Y');
INSERT INTO Aquarists VALUES (103, 'Chloe', 'Hughes', '2000-01-15', NULL, 10, 'Y');
INSERT INTO Aquarists VALUES (104, 'Kenji', 'Costa', '2003-12-31', NULL, 4, 'Y');
INSERT INTO Aquarists VALUES (105, 'Emma', 'Reid', '2001-04-13', NULL, 13, 'Y');
INSERT INTO Aquarists VALUES (106, 'Ethan', 'Novak', '2003-02-21', 101, 1, 'Y');
INSERT INTO Aquarists VALUES (107, 'Yuki', 'Greco', '2014-04-25', 104, 2, 'Y');
INSERT INTO Aquarists VALUES (108, 'Grace', 'Tanaka', '2007-07-24', 104, 3, 'Y');
INSERT INTO Aquarists VALUES (109, 'Ryan', 'Cooper', '2005-02-15', 104, 4, 'N');
INSERT INTO Aquarists VALUES (110, 'Tomas', 'Nguyen', '2008-11-13', 102, 5, 'Y');
INSERT INTO Aquarists VALUES (111, 'Marco', 'Greco', '2014-03-15', 102, 6, 'Y');
INSERT INTO Aquarists VALUES (112, 'Leah', 'Johansson', '2007-09-06', 102, 7, 'Y');
INSERT INTO Aquarists VALUES (113, 'Chloe', 'Oliveira', '2003-02-03', 105, 8, 'N');
INSERT INTO Aquarists VALUES (114, 'Rafael', 'Bennett', '2005-06-06', 105, 9, 'Y');
INSERT INTO Aquarists VALUES (115, 'Chloe', 'Moreau', '2010-02-11', 103, 10, 'N');
INSERT INTO Aquarists VALUES (116, 'Grace', 'Fischer', '2011-12-23', 103, 11, 'Y');
INSERT INTO Aquarists VALUES (117, 'Ryan', 'Dahl', '2006-12-22', 104, 12, 'Y');
INSERT INTO Aquarists VALUES (118, 'James', 'Patel', '2012-10-17', 105, 13, 'Y');
INSERT INTO Aquarists VALUES (119, 'Yuki', 'Ito', '2005-10-06', 104, 14, 'N');
INSERT INTO Aquarists VALUES (120, 'Oliver', 'Lopez', '2008-06-24', 102, 15, 'Y');
INSERT INTO Aquarists VALUES (121, 'Lars', 'Haugen', '2016-08-10', 117, 12, 'N');
INSERT INTO Aquarists VALUES (122, 'Lucia', 'Kowalski', '2016-03-19', 118, 13, 'Y');
INSERT INTO Aquarists VALUES (123, 'Lars', 'Campbell', '2015-11-27', 111, 6, 'N');
INSERT INTO Aquarists VALUES (124, 'Daniel', 'Murphy', '2020-02-12', 116, 11, 'N');
INSERT INTO Aquarists VALUES (125, 'James', 'Sato', '2012-03-04', 113, 8, 'N');
INSERT INTO Aquarists VALUES (126, 'Sipho', 'Carter', '2015-01-13', 115, 10, 'Y');
INSERT INTO Aquarists VALUES (127, 'Ana', 'Costa', '2022-01-31', 115, 10, 'N');
INSERT INTO Aquarists VALUES (128, 'James', 'Van Wyk', '2013-12-28', 111, 6, 'Y');
INSERT INTO Aquarists VALUES (129, 'Marco', 'Nilsen', '2013-04-13', 118, 13, 'Y');
INSERT INTO Aquarists VALUES (130, 'Priya', 'Van Wyk', '2016-05-20', 109, 4, 'Y');
INSERT INTO Aquarists VALUES (131, 'Liam', 'Berg', '2016-04-08', 107, 2, 'N');
INSERT INTO Aquarists VALUES (132, 'Daniel', 'Cooper', '2012-08-19', 116, 11, 'N');
INSERT INTO Aquarists VALUES (133, 'Zoe', 'Nguyen', '2014-01-20', 120, 15, 'N');
INSERT INTO Aquarists VALUES (134, 'Isabel', 'Novak', '2013-04-17', 111, 6, 'N');
INSERT INTO Aquarists VALUES (135, 'Bjorn', 'Oliveira', '2020-12-28', 108, 3, 'Y');
INSERT INTO Aquarists VALUES (136, 'Chloe', 'Carter', '2022-08-26', 109, 4, 'N');
INSERT INTO Aquarists VALUES (137, 'Priya', 'Marino', '2018-03-03', 110, 5, 'Y');
INSERT INTO Aquarists VALUES (138, 'Thandi', 'Santos', '2016-02-10', 120, 15, 'N');
INSERT INTO Aquarists VALUES (139, 'Diego', 'Van Wyk', '2019-01-10', 120, 15, 'N');
INSERT INTO Aquarists VALUES (140, 'Ethan', 'Campbell', '2013-05-01', 106, 1, 'N');
INSERT INTO Aquarists VALUES (141, 'Sipho', 'Reid', '2019-08-20', 118, 13, 'Y');
INSERT INTO Aquarists VALUES (142, 'Hiroshi', 'Sato', '2015-09-13', 106, 1, 'N');
INSERT INTO Aquarists VALUES (143, 'Thandi', 'Ferreira', '2022-12-27', 118, 13, 'N');
INSERT INTO Aquarists VALUES (144, 'Priya', 'Novak', '2014-07-27', 114, 9, 'N');
INSERT INTO Aquarists VALUES (145, 'Giulia', 'Mokoena', '2021-06-19', 112, 7, 'Y');
INSERT INTO Trained_For VALUES (101, 1, '2023-11-05');
INSERT INTO Trained_For VALUES (101, 4, '2019-02-17');
INSERT INTO Trained_For VALUES (102, 18, '2016-03-06');
INSERT INTO Trained_For VALUES (102, 19, '2019-06-19');
INSERT INTO Trained_For VALUES (106, 2, '2023-02-18');
INSERT INTO Trained_For VALUES (107, 5, '2016-04-02');
INSERT INTO Trained_For VALUES (107, 7, '2020-01-23');
INSERT INTO Trained_For VALUES (108, 8, '2023-12-17');
INSERT INTO Trained_For VALUES (109, 11, '2019-10-03');
INSERT INTO Trained_For VALUES (109, 13, '2017-05-14');
INSERT INTO Trained_For VALUES (109, 14, '2019-11-08');
INSERT INTO Trained_For VALUES (110, 15, '2018-03-09');
INSERT INTO Trained_For VALUES (110, 16, '2019-03-05');
INSERT INTO Trained_For VALUES (110, 17, '2018-05-21');
INSERT INTO Trained_For VALUES (111, 18, '2020-04-06');
INSERT INTO Trained_For VALUES (111, 20, '2018-05-03');
INSERT INTO Trained_For VALUES (111, 21, '2021-11-19');
INSERT INTO Trained_For VALUES (112, 24, '2015-01-09');
INSERT INTO Trained_For VALUES (113, 26, '2022-03-05');
INSERT INTO Trained_For VALUES (114, 29, '2018-11-25');
INSERT INTO Trained_For VALUES (115, 31, '2016-03-12');
INSERT INTO Trained_For VALUES (115, 32, '2023-11-09');
INSERT INTO Trained_For VALUES (115, 33, '2020-03-14');
INSERT INTO Trained_For VALUES (116, 36, '2021-01-04');
INSERT INTO Trained_For VALUES (117, 37, '2015-08-24');
INSERT INTO Trained_For VALUES (117, 40, '2019-09-18');
INSERT INTO Trained_For VALUES (118, 41, '2018-05-11');
INSERT INTO Trained_For VALUES (118, 42, '2023-04-25');
INSERT INTO Trained_For VALUES (118, 43, '2018-04-29');
INSERT INTO Trained_For VALUES (119, 44, '2020-10-31');
INSERT INTO Trained_For VALUES (119, 45, '2023-02-15');
INSERT INTO Trained_For VALUES (120, 46, '2016-06-21');
INSERT INTO Trained_For VALUES (121, 37, '2020-12-10');
INSERT INTO Trained_For VALUES (121, 38, '2019-01-13');
INSERT INTO Trained_For VALUES (121, 40, '2020-04-08');
INSERT INTO Trained_For VALUES (122, 41, '2017-08-20');
INSERT INTO Trained_For VALUES (122, 42, '2021-12-07');
INSERT INTO Trained_For VALUES (122, 43, '2017-10-02');
INSERT INTO Trained_For VALUES (123, 18, '2021-09-15');
INSERT INTO Trained_For VALUES (123, 19, '2022-09-03');
INSERT INTO Trained_For VALUES (123, 21, '2023-02-27');
INSERT INTO Trained_For VALUES (124, 34, '2020-10-28');
INSERT INTO Trained_For VALUES (124, 35, '2022-07-30');
INSERT INTO Trained_For VALUES (124, 36, '2022-07-19');
INSERT INTO Trained_For VALUES (125, 25, '2015-02-24');
INSERT INTO Trained_For VALUES (125, 27, '2021-11-23');
INSERT INTO Trained_For VALUES (126, 32, '2021-06-07');
INSERT INTO Trained_For VALUES (127, 31, '2023-02-26');
INSERT INTO Trained_For VALUES (127, 32, '2023-11-29');
INSERT INTO Trained_For VALUES (127, 33, '2023-10-27');
INSERT INTO Trained_For VALUES (128, 19, '2015-08-28');
INSERT INTO Trained_For VALUES (128, 21, '2017-05-31');
INSERT INTO Trained_For VALUES (129, 41, '2017-03-29');
INSERT INTO Trained_For VALUES (129, 42, '2021-02-01');
INSERT INTO Trained_For VALUES (129, 43, '2022-11-11');
INSERT INTO Trained_For VALUES (130, 12, '2020-01-02');
INSERT INTO Trained_For VALUES (130, 13, '2019-11-03');
INSERT INTO Trained_For VALUES (130, 14, '2017-05-07');
INSERT INTO Trained_For VALUES (131, 7, '2022-07-12');
INSERT INTO Trained_For VALUES (132, 36, '2019-03-29');
INSERT INTO Trained_For VALUES (133, 47, '2020-11-14');
INSERT INTO Trained_For VALUES (134, 19, '2019-02-16');
INSERT INTO Trained_For VALUES (134, 20, '2016-10-01');
INSERT INTO Trained_For VALUES (134, 21, '2020-09-12');
INSERT INTO Trained_For VALUES (135, 9, '2023-04-03');
INSERT INTO Trained_For VALUES (135, 10, '2022-03-03');
INSERT INTO Trained_For VALUES (136, 13, '2023-07-16');
INSERT INTO Trained_For VALUES (136, 14, '2023-02-13');
INSERT INTO Trained_For VALUES (137, 15, '2023-09-25');
INSERT INTO Trained_For VALUES (137, 16, '2022-06-11');
INSERT INTO Trained_For VALUES (137, 17, '2022-11-09');
INSERT INTO Trained_For VALUES (138, 47, '2021-01-21');
INSERT INTO Trained_For VALUES (139, 47, '2019-03-23');
INSERT INTO Trained_For VALUES (140, 1, '2017-02-17');
INSERT INTO Trained_For VALUES (140, 4, '2020-05-05');
INSERT INTO Trained_For VALUES (141, 41, '2021-09-17');
INSERT INTO Trained_For VALUES (141, 42, '2022-09-06');
INSERT INTO Trained_For VALUES (141, 43, '2022-04-07');
INSERT INTO Trained_For VALUES (142, 1, '2017-05-27');
INSERT INTO Trained_For VALUES (142, 4, '2022-02-05');
INSERT INTO Trained_For VALUES (143, 42, '2023-05-22');
INSERT INTO Trained_For VALUES (144, 28, '2016-01-30');
INSERT INTO Trained_For VALUES (144, 29, '2015-12-15');
INSERT INTO Trained_For VALUES (145, 22, '2023-03-29');
INSERT INTO Trained_For VALUES (145, 23, '2022-02-13');
INSERT INTO Trained_For VALUES (145, 24, '2023-09-29');
INSERT INTO FeedingLog VALUES (1, 34, 124, '2024-01-02', 'Pellets', 326.0, NULL);
INSERT INTO FeedingLog VALUES (2, 22, 112, '2024-01-04', 'Mysis', 284.6, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (3, 27, 125, '2024-01-08', 'Mysis', 151.9, NULL);
INSERT INTO FeedingLog VALUES (4, 34, 124, '2024-01-08', 'Krill', 886.6, NULL);
INSERT INTO FeedingLog VALUES (5, 25, 125, '2024-01-09', 'Pellets', 1368.9, NULL);
INSERT INTO FeedingLog VALUES (6, 19, 123, '2024-01-11', 'Krill', 159.0, NULL);
INSERT INTO FeedingLog VALUES (7, 5, 107, '2024-01-17', 'Mysis', 1142.7, 'Target fed');
INSERT INTO FeedingLog VALUES (8, 2, 106, '2024-01-17', 'Krill', 429.0, NULL);
INSERT INTO FeedingLog VALUES (9, 16, 137, '2024-01-18', 'Mysis', 131.7, NULL);
INSERT INTO FeedingLog VALUES (10, 12, 130, '2024-01-18', 'Bloodworms', 85.4, 'Target fed');
INSERT INTO FeedingLog VALUES (11, 27, 125, '2024-01-19', 'Pellets', 59.7, 'Low appetite');
INSERT INTO FeedingLog VALUES (12, 15, 137, '2024-01-19', 'Pellets', 502.1, NULL);
INSERT INTO FeedingLog VALUES (13, 7, 107, '2024-01-20', 'Capelin', 26.9, NULL);
INSERT INTO FeedingLog VALUES (14, 43, 141, '2024-01-20', 'Capelin', 378.9, NULL);
INSERT INTO FeedingLog VALUES (15, 13, 130, '2024-01-22', 'Capelin', 103.3, NULL);
INSERT INTO FeedingLog VALUES (16, 9, 135, '2024-01-22', 'Mysis', 483.7, NULL);
INSERT INTO FeedingLog VALUES (17, 27, 125, '2024-01-23', 'Mysis', 89.7, NULL);
INSERT INTO FeedingLog VALUES (18, 31, 127, '2024-01-23', 'Mysis', 1305.3, NULL);
INSERT INTO FeedingLog VALUES (19, 41, 122, '2024-01-23', 'Krill', 1172.9, NULL);
INSERT INTO FeedingLog VALUES (20, 20, 134, '2024-01-25', 'Krill', 311.2, NULL);
INSERT INTO FeedingLog VALUES (21, 8, 135, '2024-01-28', 'Pellets', 34.2, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (22, 6, 107, '2024-01-28', 'Krill', 1366.9, NULL);
INSERT INTO FeedingLog VALUES (23, 35, 124, '2024-01-30', 'Krill', 350.5, NULL);
INSERT INTO FeedingLog VALUES (24, 4, 142, '2024-02-01', 'Squid', 31.2, NULL);
INSERT INTO FeedingLog VALUES (25, 25, 125, '2024-02-03', 'Capelin', 285.6, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (26, 34, 124, '2024-02-04', 'Squid', 700.6, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (27, 25, 125, '2024-02-07', 'Krill', 1576.6, NULL);
INSERT INTO FeedingLog VALUES (28, 12, 130, '2024-02-13', 'Pellets', 319.6, NULL);
INSERT INTO FeedingLog VALUES (29, 35, 124, '2024-02-13', 'Pellets', 332.6, NULL);
INSERT INTO FeedingLog VALUES (30, 28, 144, '2024-02-15', 'Squid', 1285.2, 'Target fed');
INSERT INTO FeedingLog VALUES (31, 1, 101, '2024-02-16', 'Capelin', 663.1, NULL);
INSERT INTO FeedingLog VALUES (32, 12, 130, '2024-02-21', 'Pellets', 331.8, 'Fed by hand');
INSERT INTO FeedingLog VALUES (33, 6, 107, '2024-02-22', 'Capelin', 1145.5, 'Low appetite');
INSERT INTO FeedingLog VALUES (34, 29, 144, '2024-02-24', 'Mysis', 71.3, NULL);
INSERT INTO FeedingLog VALUES (35, 15, 137, '2024-02-29', 'Krill', 371.3, NULL);
INSERT INTO FeedingLog VALUES (36, 31, 127, '2024-03-02', 'Krill', 1469.6, 'Target fed');
INSERT INTO FeedingLog VALUES (37, 12, 130, '2024-03-03', 'Pellets', 137.8, NULL);
INSERT INTO FeedingLog VALUES (38, 44, 119, '2024-03-05', 'Krill', 50.5, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (39, 1, 101, '2024-03-05', 'Capelin', 234.7, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (40, 29, 114, '2024-03-06', 'Krill', 196.0, 'Fed by hand');
INSERT INTO FeedingLog VALUES (41, 14, 109, '2024-03-07', 'Bloodworms', 111.5, 'Fed by hand');
INSERT INTO FeedingLog VALUES (42, 12, 130, '2024-03-08', 'Bloodworms', 428.6, NULL);
INSERT INTO FeedingLog VALUES (43, 40, 121, '2024-03-10', 'Bloodworms', 94.1, NULL);
INSERT INTO FeedingLog VALUES (44, 36, 124, '2024-03-12', 'Capelin', 113.4, NULL);
INSERT INTO FeedingLog VALUES (45, 7, 107, '2024-03-12', 'Mysis', 174.2, 'Fed by hand');
INSERT INTO FeedingLog VALUES (46, 9, 135, '2024-03-13', 'Squid', 398.3, NULL);
INSERT INTO FeedingLog VALUES (47, 26, 113, '2024-03-14', 'Bloodworms', 119.0, NULL);
INSERT INTO FeedingLog VALUES (48, 6, 107, '2024-03-14', 'Pellets', 720.5, NULL);
INSERT INTO FeedingLog VALUES (49, 11, 109, '2024-03-20', 'Smelt', 84.5, 'Low appetite');
INSERT INTO FeedingLog VALUES (50, 17, 137, '2024-03-21', 'Capelin', 74.6, NULL);
INSERT INTO FeedingLog VALUES (51, 2, 106, '2024-03-24', 'Krill', 599.3, NULL);
INSERT INTO FeedingLog VALUES (52, 41, 141, '2024-03-24', 'Pellets', 1307.1, NULL);
INSERT INTO FeedingLog VALUES (53, 26, 113, '2024-03-25', 'Bloodworms', 142.3, NULL);
INSERT INTO FeedingLog VALUES (54, 4, 140, '2024-03-31', 'Pellets', 182.9, NULL);
INSERT INTO FeedingLog VALUES (55, 38, 121, '2024-04-02', 'Pellets', 198.4, NULL);
INSERT INTO FeedingLog VALUES (56, 12, 130, '2024-04-03', 'Smelt', 245.1, NULL);
INSERT INTO FeedingLog VALUES (57, 30, 114, '2024-04-09', 'Pellets', 122.4, NULL);
INSERT INTO FeedingLog VALUES (58, 34, 124, '2024-04-11', 'Capelin', 922.7, 'Fed by hand');
INSERT INTO FeedingLog VALUES (59, 37, 121, '2024-04-11', 'Bloodworms', 387.8, NULL);
INSERT INTO FeedingLog VALUES (60, 12, 130, '2024-04-12', 'Smelt', 238.3, NULL);
INSERT INTO FeedingLog VALUES (61, 40, 117, '2024-04-13', 'Smelt', 69.5, NULL);
INSERT INTO FeedingLog VALUES (62, 24, 112, '2024-04-14', 'Krill', 68.1, NULL);
INSERT INTO FeedingLog VALUES (63, 32, 127, '2024-04-15', 'Pellets', 197.4, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (64, 6, 107, '2024-04-16', 'Pellets', 654.8, 'Target fed');
INSERT INTO FeedingLog VALUES (65, 23, 112, '2024-04-16', 'Squid', 309.4, NULL);
INSERT INTO FeedingLog VALUES (66, 2, 106, '2024-04-17', 'Krill', 314.8, NULL);
INSERT INTO FeedingLog VALUES (67, 35, 124, '2024-04-19', 'Capelin', 378.3, NULL);
INSERT INTO FeedingLog VALUES (68, 9, 135, '2024-04-19', 'Krill', 511.7, NULL);
INSERT INTO FeedingLog VALUES (69, 5, 107, '2024-04-20', 'Krill', 1155.1, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (70, 40, 117, '2024-04-22', 'Pellets', 178.4, NULL);
INSERT INTO FeedingLog VALUES (71, 37, 117, '2024-04-23', 'Bloodworms', 1534.6, NULL);
INSERT INTO FeedingLog VALUES (72, 13, 136, '2024-04-24', 'Squid', 524.2, NULL);
INSERT INTO FeedingLog VALUES (73, 30, 114, '2024-04-24', 'Pellets', 131.4, NULL);
INSERT INTO FeedingLog VALUES (74, 22, 112, '2024-04-25', 'Capelin', 417.8, NULL);
INSERT INTO FeedingLog VALUES (75, 23, 112, '2024-04-25', 'Capelin', 568.3, NULL);
INSERT INTO FeedingLog VALUES (76, 20, 134, '2024-04-27', 'Capelin', 362.1, NULL);
INSERT INTO FeedingLog VALUES (77, 17, 137, '2024-04-30', 'Pellets', 196.3, NULL);
INSERT INTO FeedingLog VALUES (78, 31, 127, '2024-05-01', 'Capelin', 813.3, NULL);
INSERT INTO FeedingLog VALUES (79, 1, 142, '2024-05-03', 'Mysis', 901.8, 'Target fed');
INSERT INTO FeedingLog VALUES (80, 6, 107, '2024-05-03', 'Capelin', 1510.6, 'Target fed');
INSERT INTO FeedingLog VALUES (81, 28, 144, '2024-05-03', 'Capelin', 1388.6, NULL);
INSERT INTO FeedingLog VALUES (82, 31, 127, '2024-05-05', 'Pellets', 1083.7, NULL);
INSERT INTO FeedingLog VALUES (83, 31, 127, '2024-05-05', 'Mysis', 1457.8, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (84, 10, 135, '2024-05-10', 'Krill', 52.7, NULL);
INSERT INTO FeedingLog VALUES (85, 41, 141, '2024-05-11', 'Krill', 1488.9, NULL);
INSERT INTO FeedingLog VALUES (86, 20, 134, '2024-05-12', 'Pellets', 258.1, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (87, 41, 141, '2024-05-14', 'Capelin', 442.3, NULL);
INSERT INTO FeedingLog VALUES (88, 13, 130, '2024-05-15', 'Krill', 355.6, NULL);
INSERT INTO FeedingLog VALUES (89, 39, 117, '2024-05-16', 'Smelt', 198.1, NULL);
INSERT INTO FeedingLog VALUES (90, 23, 112, '2024-05-17', 'Pellets', 481.0, NULL);
INSERT INTO FeedingLog VALUES (91, 44, 119, '2024-05-20', 'Capelin', 29.4, 'Leftovers removed');
INSERT INTO FeedingLog VALUES (92, 37, 121, '2024-05-21', 'Smelt', 268.9, NULL);
INSERT INTO FeedingLog VALUES (93, 2, 106, '2024-05-23', 'Squid', 251.1, 'Low appetite');
INSERT INTO FeedingLog VALUES (94, 35, 124, '2024-05-25', 'Capelin', 220.8, NULL);
INSERT INTO FeedingLog VALUES (95, 41, 129, '2024-05-25', 'Krill', 614.6, NULL);
INSERT INTO FeedingLog VALUES (96, 37, 117, '2024-05-26', 'Pellets', 904.0, NULL);
INSERT INTO FeedingLog VALUES (97, 26, 113, '2024-05-29', 'Smelt', 37.5, NULL);
INSERT INTO FeedingLog VALUES (98, 42, 122, '2024-05-30', 'Capelin', 856.0, NULL);
INSERT INTO FeedingLog VALUES (99, 42, 143, '2024-05-31', 'Mysis', 298.0, NULL);
INSERT INTO FeedingLog VALUES (100, 22, 112, '2024-06-03', 'Krill', 414.9, 'Target fed');
INSERT INTO FeedingLog VALUES (101, 20, 134, '2024-06-04', 'Capelin', 309.7, NULL);
INSERT INTO FeedingLog VALUES (102, 26, 113, '2024-06-05', 'Smelt', 145.2, NULL);
INSERT INTO FeedingLog VALUES (103, 29, 114, '2024-06-07', 'Squid', 121.9, NULL);
INSERT INTO FeedingLog VALUES (104, 35, 124, '2024-06-08', 'Capelin', 436.5, NULL);
INSERT INTO FeedingLog VALUES (105, 37, 121, '2024-06-09', 'Pellets', 1484.7, NULL);
INSERT INTO FeedingLog VALUES (106, 4, 140, '2024-06-12', 'Capelin', 157.2, 'Fed by hand');
INSERT INTO FeedingLog VALUES (107, 30, 144, '2024-06-13', 'Krill', 87.5, NULL);
INSERT INTO FeedingLog VALUES (108, 6, 131, '2024-06-14', 'Capelin', 232.3, 'Target fed');
INSERT INTO FeedingLog VALUES (109, 46, 120, '2024-06-14', 'Smelt', 152.2, NULL);
INSERT INTO FeedingLog VALUES (110, 32, 127, '2024-06-15', 'Pellets', 189.6, NULL);
INSERT INTO FeedingLog VALUES (111, 2, 106, '2024-06-15', 'Pellets', 109.5, NULL);
INSERT INTO FeedingLog VALUES (112, 4, 142, '2024-06-20', 'Capelin', 162.7, NULL);
INSERT INTO FeedingLog VALUES (113, 41, 122, '2024-06-22', 'Mysis', 1308.4, NULL);
INSERT INTO FeedingLog VALUES (114, 9, 135, '2024-06-22', 'Capelin', 480.1, NULL);
INSERT INTO FeedingLog VALUES (115, 16, 137, '2024-06-23', 'Pellets', 178.2, NULL);
INSERT INTO FeedingLog VALUES (116, 29, 114, '2024-06-25', 'Capelin', 94.5, NULL);
INSERT INTO FeedingLog VALUES (117, 44, 119, '2024-06-25', 'Capelin', 142.2, NULL);
INSERT INTO FeedingLog VALUES (118, 11, 109, '2024-06-28', 'Pellets', 166.7, NULL);
INSERT INTO FeedingLog VALUES (119, 23, 112, '2024-06-28', 'Capelin', 250.7, NULL);
INSERT INTO FeedingLog VALUES (120, 41, 129, '2024-06-30', 'Mysis', 349.5, NULL);
INSERT INTO vet_checks VALUES (1, 100, '2023-01-12', 'Dr. Carlos Mendes', 0.02, 'OK', 'N');
INSERT INTO vet_checks VALUES (2, 101, '2023-02-06', 'Dr. Naoko Fujita', 28.87, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (3, 83, '2023-02-09', 'Dr. Luca Ferri', 16.73, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (4, 107, '2023-02-17', 'Dr. Sarah Quinn', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (5, 51, '2023-02-17', 'Dr. Peter Strand', 27.09, 'OK', 'N');
INSERT INTO vet_checks VALUES (6, 11, '2023-02-20', 'Dr. Amara Nkosi', 146.29, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (7, 81, '2023-02-25', 'Dr. Peter Strand', 21.67, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (8, 12, '2023-03-04', 'Dr. Carlos Mendes', 232.84, 'OK', 'N');
INSERT INTO vet_checks VALUES (9, 63, '2023-03-05', 'Dr. Helen Marsh', 0.01, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (10, 81, '2023-03-14', 'Dr. Sarah Quinn', 21.15, 'OK', 'N');
INSERT INTO vet_checks VALUES (11, 17, '2023-03-15', 'Dr. Carlos Mendes', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (12, 45, '2023-03-29', 'Dr. Amara Nkosi', 107.15, 'OK', 'N');
INSERT INTO vet_checks VALUES (13, 20, '2023-03-31', 'Dr. Helen Marsh', 31.0, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (14, 38, '2023-04-02', 'Dr. Naoko Fujita', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (15, 9, '2023-04-04', 'Dr. Sarah Quinn', 0.05, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (16, 108, '2023-04-27', 'Dr. Luca Ferri', 0.1, 'OK', 'N');
INSERT INTO vet_checks VALUES (17, 9, '2023-05-19', 'Dr. Sarah Quinn', 0.05, 'OK', 'N');
INSERT INTO vet_checks VALUES (18, 3, '2023-05-20', 'Dr. Luca Ferri', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (19, 110, '2023-05-20', 'Dr. Sarah Quinn', 0.3, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (20, 76, '2023-05-28', 'Dr. Amara Nkosi', 16.98, 'OK', 'N');
INSERT INTO vet_checks VALUES (21, 74, '2023-06-08', 'Dr. Sarah Quinn', 0.01, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (22, 28, '2023-06-09', 'Dr. Sarah Quinn', 0.06, 'OK', 'N');
INSERT INTO vet_checks VALUES (23, 43, '2023-06-13', 'Dr. Sarah Quinn', 1.65, 'OK', 'N');
INSERT INTO vet_checks VALUES (24, 28, '2023-06-28', 'Dr. Naoko Fujita', NULL, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (25, 99, '2023-06-29', 'Dr. Helen Marsh', 25.83, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (26, 33, '2023-07-06', 'Dr. Carlos Mendes', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (27, 4, '2023-07-07', 'Dr. Amara Nkosi', 0.18, 'OK', 'N');
INSERT INTO vet_checks VALUES (28, 77, '2023-07-13', 'Dr. Peter Strand', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (29, 53, '2023-08-03', 'Dr. Carlos Mendes', NULL, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (30, 53, '2023-08-20', 'Dr. Luca Ferri', NULL, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (31, 66, '2023-08-26', 'Dr. Luca Ferri', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (32, 8, '2023-09-01', 'Dr. Naoko Fujita', 4.24, 'OK', 'N');
INSERT INTO vet_checks VALUES (33, 66, '2023-09-05', 'Dr. Helen Marsh', NULL, 'OBS', 'N');
INSERT INTO vet_checks VALUES (34, 89, '2023-09-09', 'Dr. Helen Marsh', 16.99, 'OK', 'N');
INSERT INTO vet_checks VALUES (35, 15, '2023-09-09', 'Dr. Naoko Fujita', 31.46, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (36, 78, '2023-09-29', 'Dr. Peter Strand', NULL, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (37, 73, '2023-10-05', 'Dr. Naoko Fujita', 83.64, 'OBS', 'N');
INSERT INTO vet_checks VALUES (38, 50, '2023-10-14', 'Dr. Amara Nkosi', 0.89, 'OK', 'N');
INSERT INTO vet_checks VALUES (39, 101, '2023-10-14', 'Dr. Rui Almeida', 27.55, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (40, 49, '2023-10-22', 'Dr. Peter Strand', 18.9, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (41, 94, '2023-11-01', 'Dr. Helen Marsh', 97.53, 'OK', 'N');
INSERT INTO vet_checks VALUES (42, 87, '2023-11-03', 'Dr. Naoko Fujita', 101.86, 'OK', 'N');
INSERT INTO vet_checks VALUES (43, 9, '2023-11-07', 'Dr. Helen Marsh', 0.05, 'OBS', 'N');
INSERT INTO vet_checks VALUES (44, 87, '2023-11-11', 'Dr. Carlos Mendes', 105.51, 'OK', 'N');
INSERT INTO vet_checks VALUES (45, 19, '2023-11-19', 'Dr. Amara Nkosi', 25.69, 'OK', 'N');
INSERT INTO vet_checks VALUES (46, 98, '2023-11-21', 'Dr. Sarah Quinn', 65.33, 'OK', 'N');
INSERT INTO vet_checks VALUES (47, 92, '2023-12-08', 'Dr. Luca Ferri', 24.29, 'OK', 'N');
INSERT INTO vet_checks VALUES (48, 21, '2023-12-10', 'Dr. Sarah Quinn', 0.02, 'OBS', 'N');
INSERT INTO vet_checks VALUES (49, 34, '2023-12-11', 'Dr. Carlos Mendes', 86.41, 'OK', 'N');
INSERT INTO vet_checks VALUES (50, 30, '2023-12-18', 'Dr. Helen Marsh', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (51, 57, '2024-01-10', 'Dr. Rui Almeida', 33.78, 'OK', 'N');
INSERT INTO vet_checks VALUES (52, 1, '2024-01-25', 'Dr. Naoko Fujita', 252.78, 'OK', 'N');
INSERT INTO vet_checks VALUES (53, 22, '2024-02-02', 'Dr. Helen Marsh', 23.81, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (54, 82, '2024-02-14', 'Dr. Rui Almeida', 0.01, 'OK', 'N');
INSERT INTO vet_checks VALUES (55, 30, '2024-02-28', 'Dr. Naoko Fujita', 23.91, 'OK', 'N');
INSERT INTO vet_checks VALUES (56, 65, '2024-03-05', 'Dr. Carlos Mendes', 100.46, 'OK', 'N');
INSERT INTO vet_checks VALUES (57, 95, '2024-03-17', 'Dr. Rui Almeida', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (58, 24, '2024-03-19', 'Dr. Carlos Mendes', 26.58, 'OBS', 'Y');
INSERT INTO vet_checks VALUES (59, 45, '2024-03-23', 'Dr. Peter Strand', 106.7, 'TRT', 'Y');
INSERT INTO vet_checks VALUES (60, 2, '2024-04-07', 'Dr. Luca Ferri', 252.37, 'OK', 'N');
INSERT INTO vet_checks VALUES (61, 75, '2024-04-07', 'Dr. Amara Nkosi', 29.81, 'OK', 'N');
INSERT INTO vet_checks VALUES (62, 49, '2024-04-21', 'Dr. Luca Ferri', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (63, 45, '2024-04-21', 'Dr. Amara Nkosi', NULL, 'OK', 'N');
INSERT INTO vet_checks VALUES (64, 42, '2024-05-26', 'Dr. Peter Strand', 20.74, 'OK', 'N');
INSERT INTO vet_checks VALUES (65, 54, '2024-05-29', 'Dr. Luca Ferri', 0.07, 'OBS', 'N');
INSERT INTO vet_checks VALUES (66, 98, '2024-06-09', 'Dr. Helen Marsh', 65.84, 'OK', 'N');
INSERT INTO vet_checks VALUES (67, 24, '2024-06-15', 'Dr. Luca Ferri', 26.29, 'OK', 'N');
INSERT INTO vet_checks VALUES (68, 75, '2024-06-16', 'Dr. Rui Almeida', 28.0, 'OK', 'N');
INSERT INTO vet_checks VALUES (69, 31, '2024-06-17', 'Dr. Naoko Fujita', 26.38, 'OK', 'N');
INSERT INTO vet_checks VALUES (70, 47, '2024-06-27', 'Dr. Sarah Quinn', 94.3, 'TRT', 'Y');
INSERT INTO animal_xfers VALUES (1, 59, 1, 13, '2020-04-13', 'LOAN', '7384.91');
INSERT INTO animal_xfers VALUES (2, 41, 11, 2, '2020-04-30', 'LOAN', NULL);
INSERT INTO animal_xfers VALUES (3, 33, 13, 6, '2020-05-14', 'LOAN', NULL);
INSERT INTO animal_xfers VALUES (4, 19, 8, 10, '2020-10-11', 'LOAN', '602.06');
INSERT INTO animal_xfers VALUES (5, 93, 4, 12, '2020-12-15', 'SPC', '1008.50');
INSERT INTO animal_xfers VALUES (6, 36, 5, 13, '2021-06-07', 'SPC', '4790.20');
INSERT INTO animal_xfers VALUES (7, 11, 8, 6, '2021-06-29', 'SPC', '4410.12');
INSERT INTO animal_xfers VALUES (8, 109, 10, 9, '2021-09-12', 'BRD', '3995.48');
INSERT INTO animal_xfers VALUES (9, 104, 7, 11, '2021-11-15', 'SPC', '4267.27');
INSERT INTO animal_xfers VALUES (10, 102, 13, 1, '2022-02-25', 'SPC', '18118.25');
INSERT INTO animal_xfers VALUES (11, 87, 8, 10, '2022-05-09', 'BRD', '15064.00');
INSERT INTO animal_xfers VALUES (12, 66, 2, 13, '2022-08-21', 'BRD', '4638.37');
INSERT INTO animal_xfers VALUES (13, 21, 11, 8, '2022-10-16', 'BRD', '6146.68');
INSERT INTO animal_xfers VALUES (14, 25, 8, 13, '2022-10-27', 'BRD', '25299.50');
INSERT INTO animal_xfers VALUES (15, 18, 13, 1, '2022-11-13', 'BRD', '3111.88');
INSERT INTO animal_xfers VALUES (16, 55, 4, 12, '2023-07-09', 'SPC', '4447.80');
INSERT INTO animal_xfers VALUES (17, 6, 13, 9, '2023-09-01', 'SPC', '4573.12');
INSERT INTO animal_xfers VALUES (18, 61, 10, 5, '2023-12-13', 'SPC', '7017.73');
INSERT INTO animal_xfers VALUES (19, 5, 4, 11, '2024-01-23', 'SPC', '8366.67');
INSERT INTO animal_xfers VALUES (20, 26, 11, 10, '2024-05-17', 'LOAN', '5374.72');
COMMIT;
