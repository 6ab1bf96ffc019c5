PRAGMA foreign_keys = ON;

CREATE TABLE "Operators" (
"Operator_ID" INTEGER PRIMARY KEY,
"Company_Name" TEXT NOT NULL,
"Country" TEXT,
"Founded_Year" TEXT
);

CREATE TABLE "Ref_Panel_Types" (
"panel_type_code" TEXT PRIMARY KEY,
"panel_type_description" TEXT,
"Efficiency_Percent" REAL
);

CREATE TABLE "Solar_Farms" (
"Farm_ID" INTEGER PRIMARY KEY,
"Farm_Name" TEXT NOT NULL,
"Operator_ID" INTEGER,
"Region" TEXT,
"Country" TEXT,
"Capacity_MW" REAL,
"Commissioned_Year" INTEGER,
"panel_type_code" TEXT,
"other_details" TEXT,
FOREIGN KEY ("Operator_ID") REFERENCES "Operators"("Operator_ID"),
FOREIGN KEY ("panel_type_code") REFERENCES "Ref_Panel_Types"("panel_type_code")
);

CREATE TABLE "Inverters" (
"Inverter_ID" INTEGER PRIMARY KEY,
"Model" TEXT NOT NULL,
"Manufacturer" TEXT,
"Rated_Power_kW" REAL
);

CREATE TABLE "Farm_Inverters" (
"Farm_ID" INTEGER,
"Inverter_ID" INTEGER,
"Count_Installed" INTEGER,
PRIMARY KEY ("Farm_ID", "Inverter_ID"),
FOREIGN KEY ("Farm_ID") REFERENCES "Solar_Farms"("Farm_ID"),
FOREIGN KEY ("Inverter_ID") REFERENCES "Inverters"("Inverter_ID")
);

CREATE TABLE "Monthly_Output" (
"Record_ID" INTEGER PRIMARY KEY,
"Farm_ID" INTEGER,
"Month" TEXT,
"Energy_MWh" REAL,
"Downtime_Hours" REAL
);

CREATE TABLE "Technicians" (
"Technician_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Age" INTEGER,
"certification_level" TEXT,
"Home_Farm_ID" INTEGER,
FOREIGN KEY ("Home_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID")
);

CREATE TABLE "Maintenance_Visits" (
"Visit_ID" INTEGER PRIMARY KEY,
"Technician_ID" INTEGER,
"Base_Farm_ID" INTEGER,
"Serviced_Farm_ID" INTEGER,
"Visit_Date" TEXT,
"Hours" REAL,
FOREIGN KEY ("Technician_ID") REFERENCES "Technicians"("Technician_ID"),
FOREIGN KEY ("Base_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID"),
FOREIGN KEY ("Serviced_Farm_ID") REFERENCES "Solar_Farms"("Farm_ID")
);


INSERT INTO "Operators" VALUES (1, 'SunPeak Energy', 'Spain', '1998');
INSERT INTO "Operators" VALUES (2, 'Helios Renewables', 'Germany', '2005');
INSERT INTO "Operators" VALUES (3, 'Aurora Solar Power', 'United States', '2010');
INSERT INTO "Operators" VALUES (4, 'Greenfield Photovoltaics', 'India', '2012');
INSERT INTO "Operators" VALUES (5, 'Southern Cross Solar', 'Australia', '2008');
INSERT INTO "Operators" VALUES (6, 'Lumiere Energie', 'France', '2001');
INSERT INTO "Operators" VALUES (7, 'Sol Andino', 'Chile', '2014');
INSERT INTO "Operators" VALUES (8, 'Nordlys Kraft', 'Norway', '1995');
INSERT INTO "Operators" VALUES (9, 'Desert Bloom Power', 'United Arab Emirates', '2016');
INSERT INTO "Operators" VALUES (10, 'Kyushu Solar Works', 'Japan', '1989');
INSERT INTO "Operators" VALUES (11, 'Atlas Sun Holdings', 'Morocco', '2011');
INSERT INTO "Operators" VALUES (12, 'Maple Leaf Solar', 'Canada', NULL);

INSERT INTO "Ref_Panel_Types" VALUES ('MONO', 'Monocrystalline silicon', 21.5);
INSERT INTO "Ref_Panel_Types" VALUES ('POLY', 'Polycrystalline silicon', 17.8);
INSERT INTO "Ref_Panel_Types" VALUES ('CDTE', 'Thin-film cadmium telluride', 18.6);
INSERT INTO "Ref_Panel_Types" VALUES ('CIGS', 'Copper indium gallium selenide thin film', 16.2);
INSERT INTO "Ref_Panel_Types" VALUES ('BIFAC', 'Bifacial monocrystalline', 22.8);
INSERT INTO "Ref_Panel_Types" VALUES ('HJT', 'Heterojunction silicon', 23.4);

INSERT INTO "Solar_Farms" VALUES (1, 'Tabernas Solar Park', 1, 'Andalusia', 'Spain', 554.9, 2021, 'POLY', 'Fixed-tilt mounting');
INSERT INTO "Solar_Farms" VALUES (2, 'Guadix Sun Field', 1, 'Andalusia', 'Spain', 341.7, 2021, 'BIFAC', 'Single-axis trackers');
INSERT INTO "Solar_Farms" VALUES (3, 'La Mancha Solar', 1, 'Castilla-La Mancha', 'Spain', 223.8, 2019, 'POLY', NULL);
INSERT INTO "Solar_Farms" VALUES (4, 'Brandenburg Solarpark', 2, 'Brandenburg', 'Germany', 129.4, 2009, 'CDTE', 'Co-located battery storage');
INSERT INTO "Solar_Farms" VALUES (5, 'Lieberose Photovoltaic Park', 2, 'Brandenburg', 'Germany', 620.9, 2010, 'MONO', 'Fixed-tilt mounting');
INSERT INTO "Solar_Farms" VALUES (6, 'Bavaria Sunfield', 2, 'Bavaria', 'Germany', 307.5, 2012, 'POLY', 'Agrivoltaic site with sheep grazing');
INSERT INTO "Solar_Farms" VALUES (7, 'Mojave Flats Solar', 3, 'California', 'United States', 372.5, 2022, 'CDTE', NULL);
INSERT INTO "Solar_Farms" VALUES (8, 'Sonoran Ridge Solar', 3, 'Arizona', 'United States', 662.6, 2014, 'CDTE', NULL);
INSERT INTO "Solar_Farms" VALUES (9, 'Pecos Valley Solar', 3, 'Texas', 'United States', 759.0, 2012, 'BIFAC', NULL);
INSERT INTO "Solar_Farms" VALUES (10, 'Bhadla Solar Park', 4, 'Rajasthan', 'India', 851.7, 2018, 'POLY', 'Agrivoltaic site with sheep grazing');
INSERT INTO "Solar_Farms" VALUES (11, 'Pavagada Solar Farm', 4, 'Karnataka', 'India', 221.1, 2012, 'CIGS', 'Agrivoltaic site with sheep grazing');
INSERT INTO "Solar_Farms" VALUES (12, 'Kurnool Ultra Mega Solar', 4, 'Andhra Pradesh', 'India', 624.1, 2022, 'BIFAC', NULL);
INSERT INTO "Solar_Farms" VALUES (13, 'Darlington Point Solar', 5, 'New South Wales', 'Australia', 351.0, 2014, 'BIFAC', NULL);
INSERT INTO "Solar_Farms" VALUES (14, 'Bungala Solar Farm', 5, 'South Australia', 'Australia', 635.0, 2015, 'POLY', 'Agrivoltaic site with sheep grazing');
INSERT INTO "Solar_Farms" VALUES (15, 'Cestas Solar Farm', 6, 'Nouvelle-Aquitaine', 'France', 825.1, 2016, 'POLY', NULL);
INSERT INTO "Solar_Farms" VALUES (16, 'Provence Soleil', 6, 'Provence-Alpes-Cote d''Azur', 'France', 72.6, 2018, 'CIGS', 'Single-axis trackers');
INSERT INTO "Solar_Farms" VALUES (17, 'Atacama Sun', 7, 'Antofagasta', 'Chile', 721.9, 2019, 'POLY', NULL);
INSERT INTO "Solar_Farms" VALUES (18, 'El Romero Solar', 7, 'Atacama', 'Chile', 659.3, 2020, 'MONO', NULL);
INSERT INTO "Solar_Farms" VALUES (19, 'Noor Abu Dhabi Field', 9, 'Abu Dhabi', 'United Arab Emirates', 822.8, 2014, 'BIFAC', NULL);
INSERT INTO "Solar_Farms" VALUES (20, 'Al Dhafra Solar', 9, 'Abu Dhabi', 'United Arab Emirates', 856.1, 2012, 'BIFAC', 'Floating array on reservoir');
INSERT INTO "Solar_Farms" VALUES (21, 'Oita Mega Solar', 10, 'Oita', 'Japan', 659.1, 2015, 'BIFAC', 'Fixed-tilt mounting');
INSERT INTO "Solar_Farms" VALUES (22, 'Setouchi Kirei Solar', 10, 'Okayama', 'Japan', 825.9, 2010, 'BIFAC', 'Co-located battery storage');
INSERT INTO "Solar_Farms" VALUES (23, 'Noor Ouarzazate PV', 11, 'Draa-Tafilalet', 'Morocco', 28.7, 2020, 'CDTE', 'Floating array on reservoir');
INSERT INTO "Solar_Farms" VALUES (24, 'Laayoune Solar Field', 11, 'Laayoune-Sakia El Hamra', 'Morocco', 138.9, 2012, 'BIFAC', NULL);
INSERT INTO "Solar_Farms" VALUES (25, 'Alentejo Solar', 1, 'Alentejo', 'Portugal', 326.4, 2016, 'CDTE', 'Co-located battery storage');

INSERT INTO "Inverters" VALUES (1, 'Sunny Central 2500-EV', 'SMA', 2500.0);
INSERT INTO "Inverters" VALUES (2, 'Sunny Central 4600 UP', 'SMA', 4600.0);
INSERT INTO "Inverters" VALUES (3, 'SUN2000-215KTL-H3', 'Huawei', 200.0);
INSERT INTO "Inverters" VALUES (4, 'SUN2000-330KTL', 'Huawei', 300.0);
INSERT INTO "Inverters" VALUES (5, 'SG3125HV', 'Sungrow', 3125.0);
INSERT INTO "Inverters" VALUES (6, 'SG250HX', 'Sungrow', 250.0);
INSERT INTO "Inverters" VALUES (7, 'PVS980-58', 'FIMER', 5000.0);
INSERT INTO "Inverters" VALUES (8, 'PVS-175-TL', 'FIMER', 185.0);
INSERT INTO "Inverters" VALUES (9, 'HEM FS3510M', 'Power Electronics', 3510.0);
INSERT INTO "Inverters" VALUES (10, 'SE100K', 'SolarEdge', 100.0);
INSERT INTO "Inverters" VALUES (11, 'INGECON SUN 3Power C', 'Ingeteam', 3280.0);
INSERT INTO "Inverters" VALUES (12, 'Solar Ware Samurai', 'TMEIC', 3360.0);

INSERT INTO "Farm_Inverters" VALUES (1, 3, 146);
INSERT INTO "Farm_Inverters" VALUES (1, 4, 171);
INSERT INTO "Farm_Inverters" VALUES (2, 7, 192);
INSERT INTO "Farm_Inverters" VALUES (2, 8, 84);
INSERT INTO "Farm_Inverters" VALUES (3, 3, 84);
INSERT INTO "Farm_Inverters" VALUES (4, 3, 209);
INSERT INTO "Farm_Inverters" VALUES (4, 5, 70);
INSERT INTO "Farm_Inverters" VALUES (5, 1, 114);
INSERT INTO "Farm_Inverters" VALUES (5, 11, 188);
INSERT INTO "Farm_Inverters" VALUES (6, 9, 146);
INSERT INTO "Farm_Inverters" VALUES (7, 1, 49);
INSERT INTO "Farm_Inverters" VALUES (7, 8, 225);
INSERT INTO "Farm_Inverters" VALUES (8, 2, 30);
INSERT INTO "Farm_Inverters" VALUES (8, 6, 233);
INSERT INTO "Farm_Inverters" VALUES (9, 7, 85);
INSERT INTO "Farm_Inverters" VALUES (10, 6, 230);
INSERT INTO "Farm_Inverters" VALUES (10, 7, 85);
INSERT INTO "Farm_Inverters" VALUES (11, 2, 139);
INSERT INTO "Farm_Inverters" VALUES (11, 5, 64);
INSERT INTO "Farm_Inverters" VALUES (12, 1, 52);
INSERT INTO "Farm_Inverters" VALUES (13, 4, 194);
INSERT INTO "Farm_Inverters" VALUES (13, 6, 119);
INSERT INTO "Farm_Inverters" VALUES (14, 3, 106);
INSERT INTO "Farm_Inverters" VALUES (14, 4, 103);
INSERT INTO "Farm_Inverters" VALUES (15, 6, 183);
INSERT INTO "Farm_Inverters" VALUES (16, 3, 57);
INSERT INTO "Farm_Inverters" VALUES (16, 7, 206);
INSERT INTO "Farm_Inverters" VALUES (17, 2, 116);
INSERT INTO "Farm_Inverters" VALUES (17, 11, 210);
INSERT INTO "Farm_Inverters" VALUES (18, 6, 178);
INSERT INTO "Farm_Inverters" VALUES (19, 6, 219);
INSERT INTO "Farm_Inverters" VALUES (19, 11, 126);
INSERT INTO "Farm_Inverters" VALUES (20, 5, 198);
INSERT INTO "Farm_Inverters" VALUES (20, 7, 14);
INSERT INTO "Farm_Inverters" VALUES (21, 2, 71);
INSERT INTO "Farm_Inverters" VALUES (22, 1, 9);
INSERT INTO "Farm_Inverters" VALUES (22, 11, 35);
INSERT INTO "Farm_Inverters" VALUES (23, 7, 222);
INSERT INTO "Farm_Inverters" VALUES (23, 8, 101);

INSERT INTO "Monthly_Output" VALUES (1, 1, '2023-01', 59357.0, 28.8);
INSERT INTO "Monthly_Output" VALUES (2, 1, '2023-02', 70188.9, 21.8);
INSERT INTO "Monthly_Output" VALUES (3, 1, '2023-03', 73627.7, 3.0);
INSERT INTO "Monthly_Output" VALUES (4, 1, '2023-04', 87600.6, 26.3);
INSERT INTO "Monthly_Output" VALUES (5, 1, '2023-05', 81696.8, 1.3);
INSERT INTO "Monthly_Output" VALUES (6, 4, '2023-01', 14306.8, 39.7);
INSERT INTO "Monthly_Output" VALUES (7, 4, '2023-02', 15321.6, 0.1);
INSERT INTO "Monthly_Output" VALUES (8, 4, '2023-03', 18381.2, 8.8);
INSERT INTO "Monthly_Output" VALUES (9, 4, '2023-04', 20817.3, NULL);
INSERT INTO "Monthly_Output" VALUES (10, 4, '2023-05', 20533.4, 7.9);
INSERT INTO "Monthly_Output" VALUES (11, 7, '2023-01', 41394.1, 40.3);
INSERT INTO "Monthly_Output" VALUES (12, 7, '2023-02', 40623.3, 26.8);
INSERT INTO "Monthly_Output" VALUES (13, 7, '2023-03', 53768.1, NULL);
INSERT INTO "Monthly_Output" VALUES (14, 7, '2023-04', 53828.9, 12.2);
INSERT INTO "Monthly_Output" VALUES (15, 7, '2023-05', 56568.2, NULL);
INSERT INTO "Monthly_Output" VALUES (16, 10, '2023-01', 95052.8, 7.5);
INSERT INTO "Monthly_Output" VALUES (17, 10, '2023-02', 91228.6, 40.6);
INSERT INTO "Monthly_Output" VALUES (18, 10, '2023-03', 109790.8, NULL);
INSERT INTO "Monthly_Output" VALUES (19, 10, '2023-04', 133232.4, NULL);
INSERT INTO "Monthly_Output" VALUES (20, 10, '2023-05', 144724.1, 20.8);
INSERT INTO "Monthly_Output" VALUES (21, 13, '2023-01', 32860.6, 13.6);
INSERT INTO "Monthly_Output" VALUES (22, 13, '2023-02', 39647.9, 22.2);
INSERT INTO "Monthly_Output" VALUES (23, 13, '2023-03', 51370.2, NULL);
INSERT INTO "Monthly_Output" VALUES (24, 13, '2023-04', 50095.3, 33.6);
INSERT INTO "Monthly_Output" VALUES (25, 13, '2023-05', 54654.8, 27.2);
INSERT INTO "Monthly_Output" VALUES (26, 15, '2023-01', 73174.9, NULL);
INSERT INTO "Monthly_Output" VALUES (27, 15, '2023-02', 85993.2, 47.6);
INSERT INTO "Monthly_Output" VALUES (28, 15, '2023-03', 109281.4, 47.0);
INSERT INTO "Monthly_Output" VALUES (29, 15, '2023-04', 134175.1, 19.4);
INSERT INTO "Monthly_Output" VALUES (30, 15, '2023-05', 123964.5, 33.9);
INSERT INTO "Monthly_Output" VALUES (31, 17, '2023-01', 64386.3, 5.8);
INSERT INTO "Monthly_Output" VALUES (32, 17, '2023-02', 81214.2, 16.9);
INSERT INTO "Monthly_Output" VALUES (33, 17, '2023-03', 90900.8, 15.4);
INSERT INTO "Monthly_Output" VALUES (34, 17, '2023-04', 115888.5, 3.6);
INSERT INTO "Monthly_Output" VALUES (35, 17, '2023-05', 126235.1, 38.4);
INSERT INTO "Monthly_Output" VALUES (36, 21, '2023-01', 64759.6, 38.0);
INSERT INTO "Monthly_Output" VALUES (37, 21, '2023-02', 75747.4, 23.5);
INSERT INTO "Monthly_Output" VALUES (38, 21, '2023-03', 96368.0, 41.1);
INSERT INTO "Monthly_Output" VALUES (39, 21, '2023-04', 95040.8, 27.6);
INSERT INTO "Monthly_Output" VALUES (40, 21, '2023-05', 106922.4, NULL);

INSERT INTO "Technicians" VALUES (1, 'Carlos Ortega', 23, 'SR', 1);
INSERT INTO "Technicians" VALUES (2, 'Lena Hoffmann', 45, 'SR', 4);
INSERT INTO "Technicians" VALUES (3, 'Jake Morrison', 35, 'JR', 7);
INSERT INTO "Technicians" VALUES (4, 'Priya Nair', 52, 'EXP', 10);
INSERT INTO "Technicians" VALUES (5, 'Liam O''Brien', 42, 'JR', 13);
INSERT INTO "Technicians" VALUES (6, 'Sophie Laurent', 44, 'SR', 15);
INSERT INTO "Technicians" VALUES (7, 'Mateo Rojas', 60, 'JR', 17);
INSERT INTO "Technicians" VALUES (8, 'Aisha Al Mansoori', 43, 'JR', 19);
INSERT INTO "Technicians" VALUES (9, 'Kenji Watanabe', 27, 'SR', 21);
INSERT INTO "Technicians" VALUES (10, 'Youssef Benali', 50, 'EXP', 23);
INSERT INTO "Technicians" VALUES (11, 'Elena Martinez', 54, 'JR', 2);
INSERT INTO "Technicians" VALUES (12, 'Tobias Keller', 28, 'EXP', 5);
INSERT INTO "Technicians" VALUES (13, 'Ravi Sharma', 37, 'JR', 11);
INSERT INTO "Technicians" VALUES (14, 'Chloe Dubois', 49, 'JR', 16);
INSERT INTO "Technicians" VALUES (15, 'Hannah Schmidt', 40, 'EXP', NULL);
INSERT INTO "Technicians" VALUES (16, 'Diego Fuentes', 46, 'EXP', 18);
INSERT INTO "Technicians" VALUES (17, 'Olivia Bennett', 29, 'JR', 8);
INSERT INTO "Technicians" VALUES (18, 'Marco Silva', 48, 'EXP', 25);

INSERT INTO "Maintenance_Visits" VALUES (1, 13, 11, 22, '2023-12-20', 10);
INSERT INTO "Maintenance_Visits" VALUES (2, 8, 19, 24, '2023-12-01', 3);
INSERT INTO "Maintenance_Visits" VALUES (3, 5, 13, 7, '2023-01-22', 8.5);
INSERT INTO "Maintenance_Visits" VALUES (4, 15, 3, 10, '2023-12-11', 12.5);
INSERT INTO "Maintenance_Visits" VALUES (5, 2, 4, 21, '2023-04-06', 5);
INSERT INTO "Maintenance_Visits" VALUES (6, 9, 21, 14, '2023-05-12', 12);
INSERT INTO "Maintenance_Visits" VALUES (7, 7, 17, 11, '2023-10-03', 4.5);
INSERT INTO "Maintenance_Visits" VALUES (8, 11, 2, 5, '2023-09-04', 7.5);
INSERT INTO "Maintenance_Visits" VALUES (9, 3, 7, 15, '2023-06-04', 12);
INSERT INTO "Maintenance_Visits" VALUES (10, 14, 16, 15, '2023-09-08', 10.5);
INSERT INTO "Maintenance_Visits" VALUES (11, 3, 7, 9, '2023-07-07', 4);
INSERT INTO "Maintenance_Visits" VALUES (12, 15, 5, 13, '2023-09-15', 6.5);
INSERT INTO "Maintenance_Visits" VALUES (13, 6, 15, 3, '2023-01-02', 10);
INSERT INTO "Maintenance_Visits" VALUES (14, 7, 17, 25, '2023-09-18', 2.5);
INSERT INTO "Maintenance_Visits" VALUES (15, 11, 2, 25, '2023-01-11', 2.5);
INSERT INTO "Maintenance_Visits" VALUES (16, 15, 13, 1, '2023-12-01', 10);
INSERT INTO "Maintenance_Visits" VALUES (17, 8, 19, 8, '2023-01-11', 5);
INSERT INTO "Maintenance_Visits" VALUES (18, 11, 2, 5, '2023-06-02', 5.5);
INSERT INTO "Maintenance_Visits" VALUES (19, 5, 13, 24, '2023-01-13', 2.5);
INSERT INTO "Maintenance_Visits" VALUES (20, 6, 15, 14, '2023-10-03', 3);
INSERT INTO "Maintenance_Visits" VALUES (21, 12, 5, 14, '2023-12-04', 2.5);
INSERT INTO "Maintenance_Visits" VALUES (22, 12, 5, 15, '2023-08-01', 7.5);
INSERT INTO "Maintenance_Visits" VALUES (23, 7, 17, 3, '2023-05-10', 3);
INSERT INTO "Maintenance_Visits" VALUES (24, 2, 4, 5, '2023-06-24', 5);
INSERT INTO "Maintenance_Visits" VALUES (25, 6, 15, 12, '2023-12-04', 7.5);
INSERT INTO "Maintenance_Visits" VALUES (26, 14, 16, 4, '2023-02-12', 2.5);
INSERT INTO "Maintenance_Visits" VALUES (27, 7, 17, 9, '2023-08-11', 5);
INSERT INTO "Maintenance_Visits" VALUES (28, 13, 11, 1, '2023-09-21', 12.5);
INSERT INTO "Maintenance_Visits" VALUES (29, 7, 17, 16, '2023-12-24', 5);
INSERT INTO "Maintenance_Visits" VALUES (30, 5, 13, 4, '2023-07-17', 12);
