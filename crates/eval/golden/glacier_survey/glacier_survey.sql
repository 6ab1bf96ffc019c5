PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE "Research_Station" (
"Station_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Country" TEXT,
"Altitude" INTEGER,
"Opened_Year" TEXT
);
CREATE TABLE "Ref_Glacier_Types" (
"glacier_type_code" TEXT PRIMARY KEY,
"glacier_type_description" TEXT
);
CREATE TABLE "Glacier" (
"Glacier_ID" INTEGER PRIMARY KEY,
"Glacier_Name" TEXT NOT NULL,
"Mountain_Range" TEXT,
"Country" TEXT,
"Area_km2" REAL,
"glacier_type_code" TEXT,
FOREIGN KEY ("glacier_type_code") REFERENCES "Ref_Glacier_Types"("glacier_type_code")
);
CREATE TABLE "scientist" (
"Scientist_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Nationality" TEXT,
"Age" INTEGER,
"Field" TEXT,
"Home_Station_ID" INTEGER NOT NULL,
FOREIGN KEY ("Home_Station_ID") REFERENCES "Research_Station"("Station_ID")
);
CREATE TABLE "Survey" (
"Survey_ID" INTEGER PRIMARY KEY,
"Glacier_ID" INTEGER NOT NULL,
"Team_Name" TEXT,
"Survey_Date" TEXT,
"Retreat_m" REAL,
"Cost" REAL,
"other_details" TEXT
);
CREATE TABLE "Survey_Participants" (
"Survey_ID" INTEGER,
"Scientist_ID" INTEGER,
"role_description" TEXT,
PRIMARY KEY ("Survey_ID", "Scientist_ID"),
FOREIGN KEY ("Survey_ID") REFERENCES "Survey"("Survey_ID"),
FOREIGN KEY ("Scientist_ID") REFERENCES "scientist"("Scientist_ID")
);
CREATE TABLE "Expedition" (
"Expedition_ID" INTEGER PRIMARY KEY,
"Base_Station_ID" INTEGER NOT NULL,
"Destination_Station_ID" INTEGER NOT NULL,
"Expedition_Date" TEXT,
"Number_of_Members" INTEGER,
FOREIGN KEY ("Base_Station_ID") REFERENCES "Research_Station"("Station_ID"),
FOREIGN KEY ("Destination_Station_ID") REFERENCES "Research_Station"("Station_ID")
);
CREATE TABLE "equipment" (
"Equipment_ID" INTEGER PRIMARY KEY,
"Item_Name" TEXT,
"Station_ID" INTEGER,
"Purchase_Price" REAL,
FOREIGN KEY ("Station_ID") REFERENCES "Research_Station"("Station_ID")
);
INSERT INTO "Research_Station" VALUES (1,'Jungfraujoch High Altitude Station','Switzerland',3466,'1931');
INSERT INTO "Research_Station" VALUES (2,'Sonnblick Observatory','Austria',3106,'1886');
INSERT INTO "Research_Station" VALUES (3,'Tarfala Research Station','Sweden',1135,'1946');
INSERT INTO "Research_Station" VALUES (4,'Finse Alpine Research Centre','Norway',1222,'1972');
INSERT INTO "Research_Station" VALUES (5,'Ny-Alesund Arctic Station','Norway',8,'1968');
INSERT INTO "Research_Station" VALUES (6,'Pyramid Laboratory','Nepal',5050,'1990');
INSERT INTO "Research_Station" VALUES (7,'Tianshan Glaciological Station','China',3545,'1959');
INSERT INTO "Research_Station" VALUES (8,'Juneau Icefield Camp','United States',1860,'1948');
INSERT INTO "Research_Station" VALUES (9,'Toolik Field Station','United States',720,'1975');
INSERT INTO "Research_Station" VALUES (10,'Vallot Refuge Laboratory','France',4362,'1890');
INSERT INTO "Research_Station" VALUES (11,'Perito Moreno Field Base','Argentina',290,'1997');
INSERT INTO "Research_Station" VALUES (12,'Franz Josef Research Hut','New Zealand',310,'2004');
INSERT INTO "Research_Station" VALUES (13,'Schneefernerhaus Environmental Station','Germany',2650,'1999');
INSERT INTO "Research_Station" VALUES (14,'Himansh Research Station','India',4080,'2016');
INSERT INTO "Research_Station" VALUES (15,'Kluane Lake Research Station','Canada',786,'1961');
INSERT INTO "Ref_Glacier_Types" VALUES ('VAL','Valley glacier confined by valley walls');
INSERT INTO "Ref_Glacier_Types" VALUES ('CIR','Cirque glacier occupying a bowl-shaped hollow');
INSERT INTO "Ref_Glacier_Types" VALUES ('ICP','Ice cap or plateau glacier');
INSERT INTO "Ref_Glacier_Types" VALUES ('OUT','Outlet glacier draining an icefield');
INSERT INTO "Ref_Glacier_Types" VALUES ('TID','Tidewater glacier terminating in the sea');
INSERT INTO "Ref_Glacier_Types" VALUES ('PIE','Piedmont glacier spreading onto a lowland plain');
INSERT INTO "Ref_Glacier_Types" VALUES ('HAN','Hanging glacier ending high on a valley wall');
INSERT INTO "Glacier" VALUES (1,'Aletsch Glacier','Alps','Switzerland',81.7,'VAL');
INSERT INTO "Glacier" VALUES (2,'Rhone Glacier','Alps','Switzerland',15.8,'VAL');
INSERT INTO "Glacier" VALUES (3,'Gorner Glacier','Alps','Switzerland',41.0,'VAL');
INSERT INTO "Glacier" VALUES (4,'Pasterze','Alps','Austria',16.3,'VAL');
INSERT INTO "Glacier" VALUES (5,'Hintereisferner','Alps','Austria',6.8,'VAL');
INSERT INTO "Glacier" VALUES (6,'Mer de Glace','Alps','France',30.4,'VAL');
INSERT INTO "Glacier" VALUES (7,'Argentiere Glacier','Alps','France',12.9,'VAL');
INSERT INTO "Glacier" VALUES (8,'Storglaciaren','Scandinavian Mountains','Sweden',3.1,'VAL');
INSERT INTO "Glacier" VALUES (9,'Jostedalsbreen','Scandinavian Mountains','Norway',458.0,'ICP');
INSERT INTO "Glacier" VALUES (10,'Hardangerjokulen','Scandinavian Mountains','Norway',71.3,'ICP');
INSERT INTO "Glacier" VALUES (11,'Khumbu Glacier','Himalaya','Nepal',17.4,'VAL');
INSERT INTO "Glacier" VALUES (12,'Gangotri Glacier','Himalaya','India',143.0,'VAL');
INSERT INTO "Glacier" VALUES (13,'Chhota Shigri Glacier','Himalaya','India',15.7,'VAL');
INSERT INTO "Glacier" VALUES (14,'Urumqi Glacier No. 1','Tian Shan','China',1.6,'CIR');
INSERT INTO "Glacier" VALUES (15,'Mendenhall Glacier','Coast Mountains','United States',93.2,'OUT');
INSERT INTO "Glacier" VALUES (16,'Taku Glacier','Coast Mountains','United States',725.0,'TID');
INSERT INTO "Glacier" VALUES (17,'Malaspina Glacier','Saint Elias Mountains','United States',3900.0,'PIE');
INSERT INTO "Glacier" VALUES (18,'Kaskawulsh Glacier','Saint Elias Mountains','Canada',1095.0,'VAL');
INSERT INTO "Glacier" VALUES (19,'McCall Glacier','Brooks Range','United States',6.2,'CIR');
INSERT INTO "Glacier" VALUES (20,'Perito Moreno Glacier','Andes','Argentina',250.0,'OUT');
INSERT INTO "Glacier" VALUES (21,'Upsala Glacier','Andes','Argentina',765.0,'OUT');
INSERT INTO "Glacier" VALUES (22,'Grey Glacier','Andes','Chile',270.5,'OUT');
INSERT INTO "Glacier" VALUES (23,'Franz Josef Glacier','Southern Alps','New Zealand',32.6,'VAL');
INSERT INTO "Glacier" VALUES (24,'Fox Glacier','Southern Alps','New Zealand',34.1,'VAL');
INSERT INTO "Glacier" VALUES (25,'Tasman Glacier','Southern Alps','New Zealand',101.3,'VAL');
INSERT INTO "Glacier" VALUES (26,'Brewster Glacier','Southern Alps','New Zealand',2.5,'CIR');
INSERT INTO "Glacier" VALUES (27,'Kongsvegen','Scandinavian Mountains','Norway',102.4,'TID');
INSERT INTO "scientist" VALUES (1,'Lukas Huss','Swiss',58,'Hydrology',1);
INSERT INTO "scientist" VALUES (2,'Martina Bauder','Swiss',49,'Hydrology',1);
INSERT INTO "scientist" VALUES (3,'Reto Zemp','Swiss',53,'Glaciology',1);
INSERT INTO "scientist" VALUES (4,'Andrea Farinotti','Swiss',57,'Geomorphology',1);
INSERT INTO "scientist" VALUES (5,'Florian Kaser','Austrian',37,'Climatology',13);
INSERT INTO "scientist" VALUES (6,'Katharina Fischer','Austrian',59,'Remote Sensing',13);
INSERT INTO "scientist" VALUES (7,'Stefan Hollweger','Austrian',61,'Geophysics',13);
INSERT INTO "scientist" VALUES (8,'Ingrid Andreassen','Norwegian',52,'Remote Sensing',4);
INSERT INTO "scientist" VALUES (9,'Henrik Kjollmoen','Norwegian',51,'Climatology',4);
INSERT INTO "scientist" VALUES (10,'Solveig Haugen','Norwegian',36,'Remote Sensing',5);
INSERT INTO "scientist" VALUES (11,'Per Holmlund','Swedish',41,'Geophysics',3);
INSERT INTO "scientist" VALUES (12,'Annika Lindqvist','Swedish',54,'Geophysics',3);
INSERT INTO "scientist" VALUES (13,'Pasang Sherpa','Nepali',48,'Geophysics',6);
INSERT INTO "scientist" VALUES (14,'Sunita Gurung','Nepali',43,'Geomorphology',6);
INSERT INTO "scientist" VALUES (15,'Wei Li','Chinese',32,'Remote Sensing',7);
INSERT INTO "scientist" VALUES (16,'Xiaoming Zhang','Chinese',67,'Remote Sensing',7);
INSERT INTO "scientist" VALUES (17,'Emily Carter','American',40,'Geophysics',9);
INSERT INTO "scientist" VALUES (18,'Jacob O''Neel','American',63,'Geomorphology',8);
INSERT INTO "scientist" VALUES (19,'Rachel Pelto','American',64,'Geophysics',9);
INSERT INTO "scientist" VALUES (20,'Camille Vincent','French',33,'Geomorphology',10);
INSERT INTO "scientist" VALUES (21,'Antoine Six','French',66,'Climatology',1);
INSERT INTO "scientist" VALUES (22,'Delphine Berthier','French',42,'Climatology',1);
INSERT INTO "scientist" VALUES (23,'Martin Rivera','Argentine',26,'Remote Sensing',11);
INSERT INTO "scientist" VALUES (24,'Lucia Masiokas','Argentine',44,'Hydrology',11);
INSERT INTO "scientist" VALUES (25,'Aroha Ngata','New Zealander',68,'Remote Sensing',12);
INSERT INTO "scientist" VALUES (26,'Liam Chinn','New Zealander',39,'Geomorphology',12);
INSERT INTO "scientist" VALUES (27,'Anil Kulkarni','Indian',30,'Glaciology',7);
INSERT INTO "scientist" VALUES (28,'Priya Sharma','Indian',50,'Geophysics',6);
INSERT INTO "scientist" VALUES (29,'Olivia Tremblay','Canadian',31,'Geomorphology',15);
INSERT INTO "Survey" VALUES (1,1,'Alpine Monitoring Group','2022-08-08',49.4,36350.0,NULL);
INSERT INTO "Survey" VALUES (2,23,'Southern Ice Project','2012-06-15',18.4,61800.0,'Data shared with WGMS');
INSERT INTO "Survey" VALUES (3,1,'Alpine Monitoring Group','2021-09-11',48.3,19450.0,'Drone survey supplemented by GPS');
INSERT INTO "Survey" VALUES (4,14,'Himalayan Survey Unit','2015-06-08',19.3,38800.0,NULL);
INSERT INTO "Survey" VALUES (5,20,'Cryosphere Watch','2018-07-27',42.5,39950.0,'Partial survey due to storm');
INSERT INTO "Survey" VALUES (6,2,'Cryosphere Watch','2023-06-11',26.8,52200.0,'Data shared with WGMS');
INSERT INTO "Survey" VALUES (7,13,'Cryosphere Watch','2016-07-27',38.1,63550.0,'Heavy snow cover limited stake readings');
INSERT INTO "Survey" VALUES (8,21,'Southern Ice Project','2012-08-15',39.4,79400.0,NULL);
INSERT INTO "Survey" VALUES (9,25,'Southern Ice Project','2019-06-03',5.1,41100.0,'Partial survey due to storm');
INSERT INTO "Survey" VALUES (10,9,'Polar Ice Team','2016-08-01',8.0,61100.0,'Partial survey due to storm');
INSERT INTO "Survey" VALUES (11,1,'Cryosphere Watch','2023-09-20',25.7,18300.0,'Drone survey supplemented by GPS');
INSERT INTO "Survey" VALUES (12,25,'Southern Ice Project','2012-07-06',50.3,15900.0,'Data shared with WGMS');
INSERT INTO "Survey" VALUES (13,6,'Alpine Monitoring Group','2019-07-19',32.1,58750.0,'Data shared with WGMS');
INSERT INTO "Survey" VALUES (14,27,'Arctic Mass Balance Team','2012-07-13',41.7,39200.0,NULL);
INSERT INTO "Survey" VALUES (15,16,'Cryosphere Watch','2013-08-03',23.5,37500.0,'Partial survey due to storm');
INSERT INTO "Survey" VALUES (16,7,'Alpine Monitoring Group','2013-07-28',45.4,82500.0,NULL);
INSERT INTO "Survey" VALUES (17,24,'Southern Ice Project','2012-07-24',28.2,83750.0,NULL);
INSERT INTO "Survey" VALUES (18,12,'Himalayan Survey Unit','2017-06-11',44.6,50550.0,NULL);
INSERT INTO "Survey" VALUES (19,1,'Cryosphere Watch','2020-08-24',32.8,58100.0,NULL);
INSERT INTO "Survey" VALUES (20,15,'Cryosphere Watch','2015-09-14',47.8,88000.0,'Drone survey supplemented by GPS');
INSERT INTO "Survey" VALUES (21,7,'Cryosphere Watch','2017-08-21',37.9,40550.0,NULL);
INSERT INTO "Survey" VALUES (22,4,'Alpine Monitoring Group','2022-08-10',54.8,68000.0,NULL);
INSERT INTO "Survey" VALUES (23,21,'Cryosphere Watch','2020-08-23',23.9,79150.0,NULL);
INSERT INTO "Survey" VALUES (24,1,'Alpine Monitoring Group','2016-08-01',11.4,49550.0,NULL);
INSERT INTO "Survey" VALUES (25,7,'Cryosphere Watch','2012-06-27',49.8,53050.0,NULL);
INSERT INTO "Survey" VALUES (26,8,'Arctic Mass Balance Team','2013-08-04',48.1,86950.0,NULL);
INSERT INTO "Survey_Participants" VALUES (1,6,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (2,12,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (3,8,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (3,10,'Data Analyst');
INSERT INTO "Survey_Participants" VALUES (4,2,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (5,16,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (6,11,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (7,17,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (8,23,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (8,25,NULL);
INSERT INTO "Survey_Participants" VALUES (9,1,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (9,17,'Data Analyst');
INSERT INTO "Survey_Participants" VALUES (10,2,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (11,1,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (12,9,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (13,18,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (14,15,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (14,21,'Data Analyst');
INSERT INTO "Survey_Participants" VALUES (15,11,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (15,18,'Field Assistant');
INSERT INTO "Survey_Participants" VALUES (16,1,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (17,15,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (18,21,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (19,27,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (20,10,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (20,25,'Data Analyst');
INSERT INTO "Survey_Participants" VALUES (21,19,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (21,23,NULL);
INSERT INTO "Survey_Participants" VALUES (22,6,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (23,24,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (23,28,'Field Assistant');
INSERT INTO "Survey_Participants" VALUES (24,4,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (24,8,'Data Analyst');
INSERT INTO "Survey_Participants" VALUES (25,6,'Lead Scientist');
INSERT INTO "Survey_Participants" VALUES (26,17,'Lead Scientist');
INSERT INTO "Expedition" VALUES (1,2,11,'2022-01-17',9);
INSERT INTO "Expedition" VALUES (2,9,10,'2023-04-25',6);
INSERT INTO "Expedition" VALUES (3,6,14,'2021-04-24',9);
INSERT INTO "Expedition" VALUES (4,15,11,'2023-06-23',7);
INSERT INTO "Expedition" VALUES (5,11,6,'2023-08-15',8);
INSERT INTO "Expedition" VALUES (6,10,6,'2017-02-15',10);
INSERT INTO "Expedition" VALUES (7,1,7,'2021-11-25',9);
INSERT INTO "Expedition" VALUES (8,12,10,'2022-07-14',5);
INSERT INTO "Expedition" VALUES (9,4,14,'2023-04-27',NULL);
INSERT INTO "Expedition" VALUES (10,11,7,'2019-04-08',9);
INSERT INTO "Expedition" VALUES (11,9,8,'2024-06-06',13);
INSERT INTO "Expedition" VALUES (12,2,14,'2023-07-13',10);
INSERT INTO "Expedition" VALUES (13,11,9,'2018-02-09',5);
INSERT INTO "Expedition" VALUES (14,15,12,'2015-10-13',9);
INSERT INTO "Expedition" VALUES (15,12,15,'2020-05-24',5);
INSERT INTO "Expedition" VALUES (16,5,8,'2024-08-05',12);
INSERT INTO "Expedition" VALUES (17,11,10,'2021-09-19',12);
INSERT INTO "Expedition" VALUES (18,5,15,'2021-03-14',9);
INSERT INTO "Expedition" VALUES (19,10,14,'2016-10-05',7);
INSERT INTO "Expedition" VALUES (20,5,1,'2017-06-21',11);
INSERT INTO "Expedition" VALUES (21,5,1,'2022-11-03',5);
INSERT INTO "Expedition" VALUES (22,2,4,'2019-10-14',14);
INSERT INTO "equipment" VALUES (1,'Ablation Stake Set',8,320.0);
INSERT INTO "equipment" VALUES (2,'Satellite Phone',2,1290.0);
INSERT INTO "equipment" VALUES (3,'Hot Water Drill',13,36130.0);
INSERT INTO "equipment" VALUES (4,'Thermistor String',4,1960.0);
INSERT INTO "equipment" VALUES (5,'Automatic Weather Station',2,13280.0);
INSERT INTO "equipment" VALUES (6,'Ablation Stake Set',6,320.0);
INSERT INTO "equipment" VALUES (7,'Fixed-Wing Survey Drone',13,26500.0);
INSERT INTO "equipment" VALUES (8,'Snowmobile',9,10940.0);
INSERT INTO "equipment" VALUES (9,'Differential GPS Receiver',5,14840.0);
INSERT INTO "equipment" VALUES (10,'Automatic Weather Station',6,16790.0);
INSERT INTO "equipment" VALUES (11,'Terrestrial Laser Scanner',5,87140.0);
INSERT INTO "equipment" VALUES (12,'Hot Water Drill',15,34590.0);
INSERT INTO "equipment" VALUES (13,'Ice Radar Sled',1,21200.0);
INSERT INTO "equipment" VALUES (14,'Automatic Weather Station',1,25830.0);
INSERT INTO "equipment" VALUES (15,'Steam Ice Drill',2,5390.0);
INSERT INTO "equipment" VALUES (16,'Satellite Phone',13,970.0);
INSERT INTO "equipment" VALUES (17,'Snowmobile',13,NULL);
INSERT INTO "equipment" VALUES (18,'Snow Pit Kit',2,650.0);
INSERT INTO "equipment" VALUES (19,'Steam Ice Drill',1,6480.0);
INSERT INTO "equipment" VALUES (20,'Terrestrial Laser Scanner',5,87270.0);
INSERT INTO "equipment" VALUES (21,'Satellite Phone',9,1020.0);
INSERT INTO "equipment" VALUES (22,'Snowmobile',12,12090.0);
INSERT INTO "equipment" VALUES (23,'Differential GPS Receiver',12,10250.0);
INSERT INTO "equipment" VALUES (24,'Time-Lapse Camera',4,1480.0);
INSERT INTO "equipment" VALUES (25,'Fixed-Wing Survey Drone',2,18260.0);
INSERT INTO "equipment" VALUES (26,'Snowmobile',4,13770.0);
INSERT INTO "equipment" VALUES (27,'Thermistor String',2,3690.0);
INSERT INTO "equipment" VALUES (28,'Ground Penetrating Radar',9,19770.0);
INSERT INTO "equipment" VALUES (29,'Ablation Stake Set',11,680.0);
INSERT INTO "equipment" VALUES (30,'Satellite Phone',2,1210.0);
COMMIT;
