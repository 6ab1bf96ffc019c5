-- volcano_watch: volcano monitoring network
CREATE TABLE "Ref_Sensor_Types" (
  "sensor_type_code" TEXT PRIMARY KEY,
  "sensor_type_description" TEXT NOT NULL
);

CREATE TABLE "observatories" (
  "obs_id" INTEGER PRIMARY KEY,
  "name" TEXT NOT NULL,
  "city" TEXT,
  "country" TEXT,
  "est_yr" INTEGER,
  "ph_no" TEXT
);

CREATE TABLE "Volcano" (
  "VolcanoID" INTEGER PRIMARY KEY,
  "volcano_name" TEXT NOT NULL,
  "Country" TEXT,
  "Elevation" INTEGER,
  "VolcanoType" TEXT,
  "Status" TEXT
);

CREATE TABLE "Scientist" (
  "sci_id" INTEGER PRIMARY KEY,
  "sci_fname" TEXT,
  "sci_lname" TEXT,
  "gender" TEXT,
  "dob" TEXT,
  "specialty" TEXT,
  "obs_id" INTEGER,
  "Supervisor" INTEGER,
  FOREIGN KEY ("obs_id") REFERENCES "observatories"("obs_id"),
  FOREIGN KEY ("Supervisor") REFERENCES "Scientist"("sci_id")
);

CREATE TABLE "sensors" (
  "sensor_id" INTEGER PRIMARY KEY,
  "serial_no" TEXT,
  "type_cd" TEXT,
  "VolcanoID" INTEGER,
  "obs_id" INTEGER,
  "install_dt" TEXT,
  "is_active" TEXT,
  "depth_m" REAL,
  FOREIGN KEY ("type_cd") REFERENCES "Ref_Sensor_Types"("sensor_type_code"),
  FOREIGN KEY ("VolcanoID") REFERENCES "Volcano"("VolcanoID")
);

CREATE TABLE "sensor_readings" (
  "reading_id" INTEGER PRIMARY KEY,
  "sensor_id" INTEGER,
  "reading_date" TEXT,
  "reading_value" TEXT,
  "unit" TEXT
);

CREATE TABLE "Eruption" (
  "EruptionID" INTEGER PRIMARY KEY,
  "VolcanoID" INTEGER,
  "StartDate" TEXT,
  "EndDate" TEXT,
  "VEI" INTEGER,
  "Deaths" INTEGER,
  FOREIGN KEY ("VolcanoID") REFERENCES "Volcano"("VolcanoID")
);

CREATE TABLE "Scientist_Volcano" (
  "trip_id" INTEGER PRIMARY KEY,
  "sci_id" INTEGER,
  "VolcanoID" INTEGER,
  "trip_date" TEXT,
  "days" INTEGER,
  "purpose" TEXT
);

INSERT INTO "Ref_Sensor_Types" VALUES ('BBS', 'Broadband seismometer');
INSERT INTO "Ref_Sensor_Types" VALUES ('SPS', 'Short-period seismometer');
INSERT INTO "Ref_Sensor_Types" VALUES ('OBS', 'Ocean-bottom seismometer');
INSERT INTO "Ref_Sensor_Types" VALUES ('GPS', 'Continuous GPS receiver');
INSERT INTO "Ref_Sensor_Types" VALUES ('TLT', 'Borehole tiltmeter');
INSERT INTO "Ref_Sensor_Types" VALUES ('STR', 'Borehole strainmeter');
INSERT INTO "Ref_Sensor_Types" VALUES ('DOAS', 'Scanning DOAS SO2 spectrometer');
INSERT INTO "Ref_Sensor_Types" VALUES ('MGA', 'MultiGAS gas analyzer');
INSERT INTO "Ref_Sensor_Types" VALUES ('CO2', 'Soil CO2 flux chamber');
INSERT INTO "Ref_Sensor_Types" VALUES ('TIR', 'Thermal infrared camera');
INSERT INTO "Ref_Sensor_Types" VALUES ('INF', 'Infrasound array');
INSERT INTO "Ref_Sensor_Types" VALUES ('CAM', 'Visible webcam');
INSERT INTO "Ref_Sensor_Types" VALUES ('AFM', 'Acoustic flow monitor for lahars');
INSERT INTO "Ref_Sensor_Types" VALUES ('MAG', 'Proton precession magnetometer');
INSERT INTO "Ref_Sensor_Types" VALUES ('GRV', 'Relative gravimeter');
INSERT INTO "Ref_Sensor_Types" VALUES ('HYD', 'Hydrophone');
INSERT INTO "Ref_Sensor_Types" VALUES ('LTN', 'Volcanic lightning detector');

INSERT INTO "observatories" VALUES (1, 'Cascades Volcano Observatory', 'Vancouver', 'USA', 1980, '+1 360 993 8973');
INSERT INTO "observatories" VALUES (2, 'Hawaiian Volcano Observatory', 'Hilo', 'USA', 1912, '+1 808 967 7328');
INSERT INTO "observatories" VALUES (3, 'Alaska Volcano Observatory', 'Anchorage', 'USA', 1988, '+1 907 786 7497');
INSERT INTO "observatories" VALUES (4, 'Osservatorio Etneo', 'Catania', 'Italy', 2001, '+39 095 716 5800');
INSERT INTO "observatories" VALUES (5, 'Osservatorio Vesuviano', 'Naples', 'Italy', 1841, '+39 081 610 8483');
INSERT INTO "observatories" VALUES (6, 'Icelandic Meteorological Office', 'Reykjavik', 'Iceland', 1920, '+354 522 6000');
INSERT INTO "observatories" VALUES (7, 'Sakurajima Volcano Research Center', 'Kagoshima', 'Japan', 1960, NULL);
INSERT INTO "observatories" VALUES (8, 'Mount Fuji Research Institute', 'Fujiyoshida', 'Japan', 1998, '+81 555 72 6211');
INSERT INTO "observatories" VALUES (9, 'Merapi Volcano Observatory', 'Yogyakarta', 'Indonesia', 1952, NULL);
INSERT INTO "observatories" VALUES (10, 'GeoNet Volcano Centre', 'Taupo', 'New Zealand', 2002, '+64 7 374 8211');
INSERT INTO "observatories" VALUES (11, 'CENAPRED', 'Mexico City', 'Mexico', 1990, '+52 55 5424 6100');
INSERT INTO "observatories" VALUES (12, 'Instituto Geofisico EPN', 'Quito', 'Ecuador', 1983, '+593 2 222 5655');
INSERT INTO "observatories" VALUES (13, 'OVDAS', 'Temuco', 'Chile', 1996, NULL);
INSERT INTO "observatories" VALUES (14, 'PHIVOLCS', 'Quezon City', 'Philippines', 1984, '+63 2 8426 1468');
INSERT INTO "observatories" VALUES (15, 'Goma Volcano Observatory', 'Goma', 'DR Congo', 1986, NULL);
INSERT INTO "observatories" VALUES (16, 'Colima Volcano Observatory', 'Colima', 'Mexico', 1993, '+52 312 316 1134');
INSERT INTO "observatories" VALUES (17, 'CVGHM Bandung', 'Bandung', 'Indonesia', 1966, '+62 22 727 2606');

INSERT INTO "Volcano" VALUES (1, 'Mount St. Helens', 'USA', 2549, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (2, 'Kilauea', 'USA', 1247, 'Shield volcano', 'A');
INSERT INTO "Volcano" VALUES (3, 'Mauna Loa', 'USA', 4169, 'Shield volcano', 'A');
INSERT INTO "Volcano" VALUES (4, 'Mount Rainier', 'USA', 4392, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (5, 'Redoubt', 'USA', 3108, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (6, 'Etna', 'Italy', 3357, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (7, 'Vesuvius', 'Italy', 1281, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (8, 'Stromboli', 'Italy', 924, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (9, 'Campi Flegrei', 'Italy', 458, 'Caldera', 'A');
INSERT INTO "Volcano" VALUES (10, 'Hekla', 'Iceland', 1491, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (11, 'Katla', 'Iceland', 1512, 'Subglacial volcano', 'D');
INSERT INTO "Volcano" VALUES (12, 'Eyjafjallajokull', 'Iceland', 1651, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (13, 'Grimsvotn', 'Iceland', 1725, 'Caldera', 'A');
INSERT INTO "Volcano" VALUES (14, 'Fagradalsfjall', 'Iceland', 385, 'Shield volcano', 'A');
INSERT INTO "Volcano" VALUES (15, 'Mount Fuji', 'Japan', 3776, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (16, 'Sakurajima', 'Japan', 1117, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (17, 'Aso', 'Japan', 1592, 'Caldera', 'A');
INSERT INTO "Volcano" VALUES (18, 'Ontake', 'Japan', 3067, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (19, 'Merapi', 'Indonesia', 2930, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (20, 'Anak Krakatau', 'Indonesia', 157, 'Caldera', 'A');
INSERT INTO "Volcano" VALUES (21, 'Tambora', 'Indonesia', 2850, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (22, 'Sinabung', 'Indonesia', 2460, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (23, 'Ruapehu', 'New Zealand', 2797, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (24, 'Taupo', 'New Zealand', 760, 'Caldera', 'D');
INSERT INTO "Volcano" VALUES (25, 'Whakaari', 'New Zealand', 321, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (26, 'Popocatepetl', 'Mexico', 5393, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (27, 'Colima', 'Mexico', 3850, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (28, 'Cotopaxi', 'Ecuador', 5897, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (29, 'Villarrica', 'Chile', 2847, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (30, 'Pinatubo', 'Philippines', 1486, 'Stratovolcano', 'D');
INSERT INTO "Volcano" VALUES (31, 'Mayon', 'Philippines', 2462, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (32, 'Nyiragongo', 'DR Congo', 3470, 'Stratovolcano', 'A');
INSERT INTO "Volcano" VALUES (33, 'Mount Erebus', 'Antarctica', 3794, 'Stratovolcano', 'A');

INSERT INTO "Scientist" VALUES (1, 'Laura', 'Whitfield', 'F', '1961-04-22', 'Seismology', 1, NULL);
INSERT INTO "Scientist" VALUES (2, 'Daniel', 'Okafor', 'M', '1975-09-19', 'Geochemistry', 1, 1);
INSERT INTO "Scientist" VALUES (3, 'Megan', 'Carlisle', 'F', '1983-01-27', 'Remote Sensing', 1, 1);
INSERT INTO "Scientist" VALUES (4, 'Keoni', 'Kahale', 'M', '1969-06-24', 'Petrology', 2, NULL);
INSERT INTO "Scientist" VALUES (5, 'Rachel', 'Torres', 'F', '1974-10-08', 'Geochemistry', 2, 4);
INSERT INTO "Scientist" VALUES (6, 'Brian', 'Lindqvist', 'M', '1988-03-29', 'Hazard Assessment', 2, 4);
INSERT INTO "Scientist" VALUES (7, 'Tyler', 'Haskins', 'M', '1966-08-11', 'Hazard Assessment', 3, NULL);
INSERT INTO "Scientist" VALUES (8, 'Giulia', 'Romano', 'F', '1966-11-03', 'Geochemistry', 4, NULL);
INSERT INTO "Scientist" VALUES (9, 'Marco', 'Bellini', 'M', '1978-02-14', 'Seismology', 4, 8);
INSERT INTO "Scientist" VALUES (10, 'Salvatore', 'Greco', 'M', '1981-05-09', 'Petrology', 4, 8);
INSERT INTO "Scientist" VALUES (11, 'Francesca', 'Esposito', 'F', '1970-10-15', 'Geochemistry', 5, NULL);
INSERT INTO "Scientist" VALUES (12, 'Paolo', 'Ricci', 'M', '1985-03-08', 'Hazard Assessment', 5, 11);
INSERT INTO "Scientist" VALUES (13, 'Sigrun', 'Jonsdottir', 'F', '1964-08-30', 'Geodesy', 6, NULL);
INSERT INTO "Scientist" VALUES (14, 'Gunnar', 'Magnusson', 'M', '1982-01-31', 'Geodesy', 6, 13);
INSERT INTO "Scientist" VALUES (15, 'Helga', 'Sigurdardottir', 'F', '1970-07-05', 'Geodesy', 6, 13);
INSERT INTO "Scientist" VALUES (16, 'Hiroshi', 'Tanaka', 'M', '1967-03-11', 'Seismology', 7, NULL);
INSERT INTO "Scientist" VALUES (17, 'Yuki', 'Morimoto', 'F', '1992-07-09', 'Hazard Assessment', 7, 16);
INSERT INTO "Scientist" VALUES (18, 'Kenji', 'Watanabe', 'M', '1970-03-08', 'Petrology', 8, NULL);
INSERT INTO "Scientist" VALUES (19, 'Budi', 'Santoso', 'M', '1969-06-05', 'Seismology', 9, NULL);
INSERT INTO "Scientist" VALUES (20, 'Siti', 'Rahmawati', 'F', '1992-09-05', 'Seismology', 9, 19);
INSERT INTO "Scientist" VALUES (21, 'Agus', 'Prasetyo', 'M', '1973-08-30', 'Remote Sensing', 17, NULL);
INSERT INTO "Scientist" VALUES (22, 'Aroha', 'Ngata', 'F', '1979-02-09', 'Seismology', 10, NULL);
INSERT INTO "Scientist" VALUES (23, 'James', 'McAllister', 'M', '1965-06-08', 'Petrology', 10, 22);
INSERT INTO "Scientist" VALUES (24, 'Carlos', 'Hernandez', 'M', '1987-05-19', 'Geochemistry', 11, NULL);
INSERT INTO "Scientist" VALUES (25, 'Lucia', 'Ramirez', 'F', '1981-09-26', 'Geodesy', 16, NULL);
INSERT INTO "Scientist" VALUES (26, 'Andres', 'Villacis', 'M', '1974-09-14', 'Hazard Assessment', 12, NULL);
INSERT INTO "Scientist" VALUES (27, 'Camila', 'Munoz', 'F', '1985-02-17', 'Seismology', 13, NULL);
INSERT INTO "Scientist" VALUES (28, 'Renato', 'Solidum', 'M', '1972-08-17', 'Remote Sensing', 14, NULL);
INSERT INTO "Scientist" VALUES (29, 'Maria', 'Bautista', 'F', '1983-07-04', 'Geochemistry', 14, 28);
INSERT INTO "Scientist" VALUES (30, 'Jean-Pierre', 'Mulumba', 'M', '1972-12-02', 'Petrology', 15, NULL);
INSERT INTO "Scientist" VALUES (31, 'Olivia', 'Brandt', 'F', '1982-07-23', 'Petrology', 2, 4);
INSERT INTO "Scientist" VALUES (32, 'Nicola', 'Ferrante', 'M', '1987-07-21', 'Remote Sensing', 4, 8);

INSERT INTO "sensors" VALUES (1, 'BBS-1090', 'BBS', 1, 1, '2021-01-02', 'Y', NULL);
INSERT INTO "sensors" VALUES (2, 'BBS-5030', 'BBS', 2, 2, '2008-10-20', 'Y', NULL);
INSERT INTO "sensors" VALUES (3, 'BBS-5319', 'BBS', 3, 2, '2020-02-20', 'N', NULL);
INSERT INTO "sensors" VALUES (4, 'BBS-9246', 'BBS', 4, 1, '2007-11-17', 'Y', NULL);
INSERT INTO "sensors" VALUES (5, 'BBS-9900', 'BBS', 5, 3, '2021-09-23', 'Y', NULL);
INSERT INTO "sensors" VALUES (6, 'BBS-9697', 'BBS', 6, 4, '2015-08-27', 'Y', NULL);
INSERT INTO "sensors" VALUES (7, 'BBS-7459', 'BBS', 7, 5, '2009-09-02', 'Y', NULL);
INSERT INTO "sensors" VALUES (8, 'BBS-8232', 'BBS', 8, 4, '2020-06-10', 'Y', NULL);
INSERT INTO "sensors" VALUES (9, 'BBS-2525', 'BBS', 9, 5, '2012-12-26', 'Y', NULL);
INSERT INTO "sensors" VALUES (10, 'BBS-6587', 'BBS', 10, 6, '2013-10-29', 'Y', NULL);
INSERT INTO "sensors" VALUES (11, 'BBS-2247', 'BBS', 11, 6, '2014-06-29', 'Y', 10.0);
INSERT INTO "sensors" VALUES (12, 'BBS-2348', 'BBS', 13, 6, '2006-02-23', 'Y', NULL);
INSERT INTO "sensors" VALUES (13, 'BBS-7521', 'BBS', 14, 6, '2021-03-07', 'Y', 10.0);
INSERT INTO "sensors" VALUES (14, 'BBS-1230', 'BBS', 15, 8, '2005-01-26', 'Y', NULL);
INSERT INTO "sensors" VALUES (15, 'BBS-3037', 'BBS', 16, 7, '2023-02-17', 'Y', NULL);
INSERT INTO "sensors" VALUES (16, 'BBS-1488', 'BBS', 17, 7, '2023-02-24', 'Y', 2.0);
INSERT INTO "sensors" VALUES (17, 'BBS-2552', 'BBS', 18, 7, '2013-11-10', 'N', NULL);
INSERT INTO "sensors" VALUES (18, 'BBS-4657', 'BBS', 19, 9, '2023-04-04', 'Y', NULL);
INSERT INTO "sensors" VALUES (19, 'BBS-2904', 'BBS', 20, 17, '2017-04-08', 'Y', 2.0);
INSERT INTO "sensors" VALUES (20, 'BBS-1008', 'BBS', 22, 17, '2016-07-17', 'Y', 5.0);
INSERT INTO "sensors" VALUES (21, 'BBS-7947', 'BBS', 23, 10, '2022-04-24', 'Y', NULL);
INSERT INTO "sensors" VALUES (22, 'BBS-3395', 'BBS', 25, 10, '2008-12-04', 'Y', NULL);
INSERT INTO "sensors" VALUES (23, 'BBS-1392', 'BBS', 26, 11, '2016-02-20', 'Y', NULL);
INSERT INTO "sensors" VALUES (24, 'BBS-9001', 'BBS', 27, 16, '2021-06-02', 'Y', NULL);
INSERT INTO "sensors" VALUES (25, 'BBS-5652', 'BBS', 28, 12, '2011-04-01', 'Y', NULL);
INSERT INTO "sensors" VALUES (26, 'BBS-7325', 'BBS', 29, 13, '2021-12-26', 'N', NULL);
INSERT INTO "sensors" VALUES (27, 'BBS-6955', 'BBS', 30, 14, '2004-10-24', 'Y', NULL);
INSERT INTO "sensors" VALUES (28, 'BBS-4227', 'BBS', 31, 14, '2015-07-19', 'N', NULL);
INSERT INTO "sensors" VALUES (29, 'BBS-1979', 'BBS', 32, 15, '2009-01-12', 'Y', NULL);
INSERT INTO "sensors" VALUES (30, 'TLT-4974', 'TLT', 3, 2, '2013-10-03', 'Y', 60.0);
INSERT INTO "sensors" VALUES (31, 'GPS-3717', 'GPS', 8, 4, '2011-08-11', 'N', NULL);
INSERT INTO "sensors" VALUES (32, 'DOAS-6742', 'DOAS', 18, 7, '2010-02-21', 'Y', NULL);
INSERT INTO "sensors" VALUES (33, 'TLT-1751', 'TLT', 17, 7, '2006-09-28', 'Y', 120.0);
INSERT INTO "sensors" VALUES (34, 'INF-8609', 'INF', 31, 14, '2012-08-10', 'Y', NULL);
INSERT INTO "sensors" VALUES (35, 'AFM-3073', 'AFM', 18, 7, '2009-05-30', 'Y', NULL);
INSERT INTO "sensors" VALUES (36, 'DOAS-7566', 'DOAS', 14, 6, '2020-05-01', 'Y', NULL);
INSERT INTO "sensors" VALUES (37, 'CO2-2986', 'CO2', 29, 13, '2019-12-30', 'N', NULL);
INSERT INTO "sensors" VALUES (38, 'CAM-6769', 'CAM', 17, 7, '2017-08-25', 'Y', NULL);
INSERT INTO "sensors" VALUES (39, 'SPS-2719', 'SPS', 10, 6, '2019-02-17', 'Y', NULL);
INSERT INTO "sensors" VALUES (40, 'GPS-7862', 'GPS', 23, 10, '2015-03-20', 'Y', NULL);
INSERT INTO "sensors" VALUES (41, 'TLT-3859', 'TLT', 8, 4, '2008-12-28', 'N', 30.0);
INSERT INTO "sensors" VALUES (42, 'BBS-4828', 'BBS', 22, 17, '2016-07-20', 'Y', NULL);
INSERT INTO "sensors" VALUES (43, 'GPS-2706', 'GPS', 11, 6, '2008-02-07', 'Y', NULL);
INSERT INTO "sensors" VALUES (44, 'INF-9455', 'INF', 22, 17, '2015-02-13', 'N', NULL);
INSERT INTO "sensors" VALUES (45, 'SPS-1966', 'SPS', 13, 6, '2014-11-22', 'Y', NULL);
INSERT INTO "sensors" VALUES (46, 'INF-8804', 'INF', 14, 6, '2008-08-17', 'Y', NULL);
INSERT INTO "sensors" VALUES (47, 'INF-8751', 'INF', 18, 7, '2006-06-06', 'N', NULL);
INSERT INTO "sensors" VALUES (48, 'GPS-8476', 'GPS', 10, 6, '2020-11-09', 'Y', NULL);
INSERT INTO "sensors" VALUES (49, 'INF-6962', 'INF', 7, 5, '2012-11-24', 'Y', NULL);
INSERT INTO "sensors" VALUES (50, 'AFM-8156', 'AFM', 20, 17, '2015-08-10', 'Y', NULL);
INSERT INTO "sensors" VALUES (51, 'TLT-3830', 'TLT', 6, 4, '2016-07-22', 'Y', 60.0);
INSERT INTO "sensors" VALUES (52, 'TLT-8072', 'TLT', 28, 12, '2013-12-29', 'Y', 150.0);
INSERT INTO "sensors" VALUES (53, 'TLT-1705', 'TLT', 18, 7, '2018-03-19', 'N', 120.0);
INSERT INTO "sensors" VALUES (54, 'BBS-4844', 'BBS', 17, 7, '2009-10-09', 'N', NULL);
INSERT INTO "sensors" VALUES (55, 'SPS-7102', 'SPS', 13, 6, '2022-08-07', 'N', NULL);
INSERT INTO "sensors" VALUES (56, 'BBS-1674', 'BBS', 4, 1, '2004-09-07', 'Y', NULL);
INSERT INTO "sensors" VALUES (57, 'CAM-5097', 'CAM', 10, 6, '2006-03-16', 'N', NULL);
INSERT INTO "sensors" VALUES (58, 'BBS-8460', 'BBS', 3, 2, '2015-11-08', 'Y', NULL);
INSERT INTO "sensors" VALUES (59, 'BBS-7684', 'BBS', 1, 1, '2023-06-15', 'Y', NULL);
INSERT INTO "sensors" VALUES (60, 'GPS-9591', 'GPS', 2, 2, '2016-01-22', 'N', NULL);
INSERT INTO "sensors" VALUES (61, 'GPS-2416', 'GPS', 31, 14, '2014-10-12', 'Y', NULL);
INSERT INTO "sensors" VALUES (62, 'BBS-8976', 'BBS', 7, 5, '2010-04-15', 'Y', NULL);
INSERT INTO "sensors" VALUES (63, 'MGA-3303', 'MGA', 20, 17, '2014-04-21', 'Y', NULL);

INSERT INTO "sensor_readings" VALUES (1, 15, '2024-03-16', '1095', 'counts');
INSERT INTO "sensor_readings" VALUES (2, 51, '2023-03-22', '-7.43', 'urad');
INSERT INTO "sensor_readings" VALUES (3, 51, '2024-01-02', '8.42', 'urad');
INSERT INTO "sensor_readings" VALUES (4, 48, '2023-04-15', '33.7', 'mm');
INSERT INTO "sensor_readings" VALUES (5, 22, '2023-02-14', '577', 'counts');
INSERT INTO "sensor_readings" VALUES (6, 45, '2023-07-27', '874', 'counts');
INSERT INTO "sensor_readings" VALUES (7, 35, '2023-03-30', '349', 'counts');
INSERT INTO "sensor_readings" VALUES (8, 60, '2023-06-14', '-7.5', 'mm');
INSERT INTO "sensor_readings" VALUES (9, 2, '2023-01-19', '214', 'counts');
INSERT INTO "sensor_readings" VALUES (10, 30, '2023-03-27', '7.28', 'urad');
INSERT INTO "sensor_readings" VALUES (11, 50, '2024-03-19', '243', 'counts');
INSERT INTO "sensor_readings" VALUES (12, 19, '2023-09-24', '239', 'counts');
INSERT INTO "sensor_readings" VALUES (13, 58, '2023-02-04', '132', 'counts');
INSERT INTO "sensor_readings" VALUES (14, 36, '2024-01-14', '2030', 't/d');
INSERT INTO "sensor_readings" VALUES (15, 7, '2024-02-21', '1604', 'counts');
INSERT INTO "sensor_readings" VALUES (16, 4, '2023-07-25', '866', 'counts');
INSERT INTO "sensor_readings" VALUES (17, 33, '2023-06-23', '8.32', 'urad');
INSERT INTO "sensor_readings" VALUES (18, 18, '2024-06-20', '651', 'counts');
INSERT INTO "sensor_readings" VALUES (19, 39, '2024-03-04', '991', 'counts');
INSERT INTO "sensor_readings" VALUES (20, 14, '2023-03-16', '1640', 'counts');
INSERT INTO "sensor_readings" VALUES (21, 24, '2023-05-18', '566', 'counts');
INSERT INTO "sensor_readings" VALUES (22, 7, '2023-04-27', '733', 'counts');
INSERT INTO "sensor_readings" VALUES (23, 30, '2024-12-21', '1.83', 'urad');
INSERT INTO "sensor_readings" VALUES (24, 56, '2024-12-03', '550', 'counts');
INSERT INTO "sensor_readings" VALUES (25, 32, '2023-05-05', '4109', 't/d');
INSERT INTO "sensor_readings" VALUES (26, 59, '2023-05-17', '1445', 'counts');
INSERT INTO "sensor_readings" VALUES (27, 42, '2024-11-09', '158', 'counts');
INSERT INTO "sensor_readings" VALUES (28, 39, '2024-12-19', '791', 'counts');
INSERT INTO "sensor_readings" VALUES (29, 17, '2023-06-20', '1327', 'counts');
INSERT INTO "sensor_readings" VALUES (30, 23, '2024-05-27', '1189', 'counts');
INSERT INTO "sensor_readings" VALUES (31, 41, '2023-05-19', '-5.14', 'urad');
INSERT INTO "sensor_readings" VALUES (32, 11, '2023-02-03', '1104', 'counts');
INSERT INTO "sensor_readings" VALUES (33, 31, '2024-03-17', '21.8', 'mm');
INSERT INTO "sensor_readings" VALUES (34, 19, '2023-02-23', '96', 'counts');
INSERT INTO "sensor_readings" VALUES (35, 11, '2023-04-02', '461', 'counts');
INSERT INTO "sensor_readings" VALUES (36, 11, '2024-07-08', '276', 'counts');
INSERT INTO "sensor_readings" VALUES (37, 11, '2023-01-16', '1144', 'counts');
INSERT INTO "sensor_readings" VALUES (38, 20, '2023-11-10', '1780', 'counts');
INSERT INTO "sensor_readings" VALUES (39, 30, '2023-06-04', '1.43', 'urad');
INSERT INTO "sensor_readings" VALUES (40, 29, '2023-09-22', '1749', 'counts');
INSERT INTO "sensor_readings" VALUES (41, 18, '2024-12-29', '1626', 'counts');
INSERT INTO "sensor_readings" VALUES (42, 51, '2024-03-12', '-1.89', 'urad');
INSERT INTO "sensor_readings" VALUES (43, 1, '2024-05-11', '44', 'counts');
INSERT INTO "sensor_readings" VALUES (44, 59, '2023-11-23', '311', 'counts');
INSERT INTO "sensor_readings" VALUES (45, 49, '2023-06-17', '20.96', 'Pa');
INSERT INTO "sensor_readings" VALUES (46, 25, '2023-06-25', '1669', 'counts');
INSERT INTO "sensor_readings" VALUES (47, 25, '2023-04-17', '1436', 'counts');
INSERT INTO "sensor_readings" VALUES (48, 28, '2024-07-13', '253', 'counts');
INSERT INTO "sensor_readings" VALUES (49, 2, '2023-12-30', '530', 'counts');
INSERT INTO "sensor_readings" VALUES (50, 24, '2024-03-27', '399', 'counts');
INSERT INTO "sensor_readings" VALUES (51, 24, '2023-02-15', '761', 'counts');
INSERT INTO "sensor_readings" VALUES (52, 32, '2024-01-02', '1341', 't/d');
INSERT INTO "sensor_readings" VALUES (53, 5, '2023-10-13', '576', 'counts');
INSERT INTO "sensor_readings" VALUES (54, 13, '2023-06-24', '1335', 'counts');
INSERT INTO "sensor_readings" VALUES (55, 8, '2023-03-01', '1546', 'counts');
INSERT INTO "sensor_readings" VALUES (56, 7, '2024-04-04', '1636', 'counts');
INSERT INTO "sensor_readings" VALUES (57, 14, '2024-03-03', '779', 'counts');
INSERT INTO "sensor_readings" VALUES (58, 53, '2024-07-05', '12.65', 'urad');
INSERT INTO "sensor_readings" VALUES (59, 56, '2024-06-27', '1793', 'counts');
INSERT INTO "sensor_readings" VALUES (60, 21, '2023-02-07', '265', 'counts');
INSERT INTO "sensor_readings" VALUES (61, 61, '2024-05-03', '57.8', 'mm');
INSERT INTO "sensor_readings" VALUES (62, 61, '2023-05-04', '25.4', 'mm');
INSERT INTO "sensor_readings" VALUES (63, 2, '2024-03-22', '1311', 'counts');
INSERT INTO "sensor_readings" VALUES (64, 1, '2023-02-02', '1534', 'counts');
INSERT INTO "sensor_readings" VALUES (65, 12, '2023-03-10', '1544', 'counts');
INSERT INTO "sensor_readings" VALUES (66, 20, '2024-06-13', '810', 'counts');
INSERT INTO "sensor_readings" VALUES (67, 46, '2023-01-30', '25.96', 'Pa');
INSERT INTO "sensor_readings" VALUES (68, 26, '2023-09-04', '193', 'counts');
INSERT INTO "sensor_readings" VALUES (69, 33, '2023-01-27', '5.92', 'urad');
INSERT INTO "sensor_readings" VALUES (70, 61, '2024-10-17', '20.7', 'mm');
INSERT INTO "sensor_readings" VALUES (71, 42, '2024-04-22', '1779', 'counts');
INSERT INTO "sensor_readings" VALUES (72, 45, '2023-04-29', '764', 'counts');
INSERT INTO "sensor_readings" VALUES (73, 54, '2024-02-05', '378', 'counts');
INSERT INTO "sensor_readings" VALUES (74, 52, '2023-03-21', '4.62', 'urad');
INSERT INTO "sensor_readings" VALUES (75, 61, '2023-02-05', '40.9', 'mm');
INSERT INTO "sensor_readings" VALUES (76, 13, '2023-09-14', '780', 'counts');
INSERT INTO "sensor_readings" VALUES (77, 50, '2023-05-02', '505', 'counts');
INSERT INTO "sensor_readings" VALUES (78, 6, '2024-07-03', '1793', 'counts');
INSERT INTO "sensor_readings" VALUES (79, 49, '2024-07-13', '13.56', 'Pa');
INSERT INTO "sensor_readings" VALUES (80, 37, '2024-11-09', '1120', 'g/m2/d');

INSERT INTO "Eruption" VALUES (1, 1, '1980-05-18', '1986-10-28', 5, 57);
INSERT INTO "Eruption" VALUES (2, 1, '2004-10-01', '2008-07-10', 2, 0);
INSERT INTO "Eruption" VALUES (3, 2, '1983-01-03', '2018-09-04', 1, 0);
INSERT INTO "Eruption" VALUES (4, 2, '2018-05-03', '2018-08-04', 2, 0);
INSERT INTO "Eruption" VALUES (5, 2, '2023-09-10', '2023-09-16', 0, NULL);
INSERT INTO "Eruption" VALUES (6, 3, '1984-03-25', '1984-04-15', 0, 0);
INSERT INTO "Eruption" VALUES (7, 3, '2022-11-27', '2022-12-13', 0, 0);
INSERT INTO "Eruption" VALUES (8, 5, '2009-03-15', '2009-07-01', 3, 0);
INSERT INTO "Eruption" VALUES (9, 6, '2002-10-26', '2003-01-28', 3, 0);
INSERT INTO "Eruption" VALUES (10, 6, '2021-02-16', '2021-04-01', 2, NULL);
INSERT INTO "Eruption" VALUES (11, 6, '2024-07-04', NULL, 2, NULL);
INSERT INTO "Eruption" VALUES (12, 8, '2019-07-03', '2019-08-30', 2, 1);
INSERT INTO "Eruption" VALUES (13, 8, '2022-10-09', NULL, 1, NULL);
INSERT INTO "Eruption" VALUES (14, 10, '2000-02-26', '2000-03-08', 3, 0);
INSERT INTO "Eruption" VALUES (15, 12, '2010-03-20', '2010-06-23', 4, 0);
INSERT INTO "Eruption" VALUES (16, 13, '2011-05-21', '2011-05-28', 4, 0);
INSERT INTO "Eruption" VALUES (17, 14, '2021-03-19', '2021-09-18', 0, 0);
INSERT INTO "Eruption" VALUES (18, 14, '2023-07-10', '2023-08-05', 0, NULL);
INSERT INTO "Eruption" VALUES (19, 16, '2009-10-03', NULL, 2, NULL);
INSERT INTO "Eruption" VALUES (20, 17, '2016-10-08', '2016-10-08', 2, 0);
INSERT INTO "Eruption" VALUES (21, 18, '2014-09-27', '2014-09-27', 2, 63);
INSERT INTO "Eruption" VALUES (22, 19, '2010-10-26', '2010-11-30', 4, 353);
INSERT INTO "Eruption" VALUES (23, 19, '2021-01-04', NULL, 1, NULL);
INSERT INTO "Eruption" VALUES (24, 20, '2018-06-18', '2019-03-02', 3, 437);
INSERT INTO "Eruption" VALUES (25, 21, '1815-04-05', '1815-07-15', 7, 71000);
INSERT INTO "Eruption" VALUES (26, 22, '2013-09-15', '2014-06-30', 2, 16);
INSERT INTO "Eruption" VALUES (27, 23, '1995-09-18', '1996-09-30', 3, 0);
INSERT INTO "Eruption" VALUES (28, 23, '2007-09-25', '2007-09-25', 1, 0);
INSERT INTO "Eruption" VALUES (29, 25, '2019-12-09', '2019-12-09', 2, 22);
INSERT INTO "Eruption" VALUES (30, 26, '2000-12-18', '2001-01-22', 3, 0);
INSERT INTO "Eruption" VALUES (31, 26, '2005-01-09', NULL, 2, NULL);
INSERT INTO "Eruption" VALUES (32, 27, '2015-07-10', '2015-07-11', 3, 0);
INSERT INTO "Eruption" VALUES (33, 28, '2015-08-14', '2016-01-24', 2, 0);
INSERT INTO "Eruption" VALUES (34, 29, '2015-03-03', '2015-03-03', 2, 0);
INSERT INTO "Eruption" VALUES (35, 30, '1991-06-15', '1991-09-02', 6, 847);
INSERT INTO "Eruption" VALUES (36, 31, '2018-01-13', '2018-03-29', 2, 0);
INSERT INTO "Eruption" VALUES (37, 31, '2023-06-08', '2023-12-15', 1, NULL);
INSERT INTO "Eruption" VALUES (38, 32, '2002-01-17', '2002-01-20', 1, 245);
INSERT INTO "Eruption" VALUES (39, 32, '2021-05-22', '2021-05-23', 1, 32);
INSERT INTO "Eruption" VALUES (40, 9, '1538-09-29', '1538-10-06', 3, 24);
INSERT INTO "Eruption" VALUES (41, 11, '1918-10-12', '1918-11-04', 4, NULL);
INSERT INTO "Eruption" VALUES (42, 7, '1944-03-18', '1944-03-29', 3, 26);
INSERT INTO "Eruption" VALUES (43, 15, '1707-12-16', '1708-01-01', 5, NULL);

INSERT INTO "Scientist_Volcano" VALUES (1, 23, 32, '2018-03-23', 10, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (2, 9, 6, '2016-11-10', 4, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (3, 16, 17, '2015-12-04', 7, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (4, 30, 32, '2017-01-28', 4, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (5, 29, 30, '2023-06-06', 6, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (6, 16, 18, '2016-08-09', 9, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (7, 28, 31, '2020-11-27', 4, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (8, 10, 6, '2016-10-09', 10, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (9, 15, 16, '2021-09-14', 13, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (10, 9, 8, '2020-11-16', 4, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (11, 16, 15, '2022-02-10', 12, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (12, 23, 9, '2019-09-08', 11, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (13, 15, 19, '2020-12-13', 9, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (14, 20, 19, '2018-01-01', 3, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (15, 26, 28, '2015-11-12', 14, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (16, 11, 8, '2022-10-28', 4, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (17, 4, 2, '2024-03-05', 9, 'Geological mapping');
INSERT INTO "Scientist_Volcano" VALUES (18, 19, 20, '2017-11-10', 11, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (19, 1, 4, '2020-10-13', 11, 'Geological mapping');
INSERT INTO "Scientist_Volcano" VALUES (20, 16, 20, '2024-02-01', 10, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (21, 5, 2, '2024-09-11', 13, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (22, 1, 1, '2020-09-20', 2, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (23, 12, 9, '2017-11-10', 3, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (24, 15, 13, '2021-08-02', 13, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (25, 21, 19, '2018-02-13', 7, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (26, 8, 9, '2024-04-25', 12, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (27, 29, 30, '2017-07-03', 2, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (28, 12, 8, '2024-04-18', 3, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (29, 15, 4, '2019-06-27', 3, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (30, 25, 27, '2020-09-22', 8, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (31, 16, 31, '2016-09-05', 10, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (32, 24, 26, '2023-08-05', 4, 'Geological mapping');
INSERT INTO "Scientist_Volcano" VALUES (33, 32, 6, '2022-07-08', 11, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (34, 8, 6, '2016-01-27', 3, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (35, 22, 25, '2023-11-29', 4, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (36, 32, 8, '2016-03-04', 9, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (37, 14, 33, '2022-07-30', 10, 'Geological mapping');
INSERT INTO "Scientist_Volcano" VALUES (38, 8, 8, '2018-11-28', 6, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (39, 29, 31, '2016-07-21', 1, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (40, 18, 17, '2015-05-03', 13, 'Tephra collection');
INSERT INTO "Scientist_Volcano" VALUES (41, 4, 4, '2019-09-18', 7, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (42, 11, 8, '2023-03-12', 6, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (43, 21, 20, '2017-01-16', 3, 'Thermal survey');
INSERT INTO "Scientist_Volcano" VALUES (44, 6, 5, '2021-07-10', 3, 'Gas sampling');
INSERT INTO "Scientist_Volcano" VALUES (45, 20, 20, '2017-07-13', 14, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (46, 21, 22, '2021-02-04', 12, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (47, 5, 4, '2022-08-04', 5, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (48, 19, 19, '2015-03-04', 2, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (49, 16, 16, '2021-07-01', 4, 'Station installation');
INSERT INTO "Scientist_Volcano" VALUES (50, 16, 16, '2022-05-27', 2, 'Sensor maintenance');
INSERT INTO "Scientist_Volcano" VALUES (51, 1, 19, '2024-11-05', 8, 'GPS campaign');
INSERT INTO "Scientist_Volcano" VALUES (52, 21, 20, '2021-06-15', 10, 'GPS campaign');
