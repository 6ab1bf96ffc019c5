PRAGMA foreign_keys = ON;

CREATE TABLE "Port" (
"Port_ID" int,
"Port_Name" text,
"City" text,
"Country" text,
"Year_Opened" int,
"Number_of_Berths" int,
PRIMARY KEY ("Port_ID")
);

CREATE TABLE "Vessel" (
"Vessel_ID" int,
"Vessel_Name" text,
"Vessel_Type_Code" text,
"Flag" text,
"Year_Built" int,
"Passenger_Capacity" text,
"Gross_Tonnage" real,
"date_of_registration" text,
PRIMARY KEY ("Vessel_ID")
);

CREATE TABLE "Route" (
"Route_ID" int,
"Route_Name" text,
"Origin_Port_ID" int,
"Destination_Port_ID" int,
"Distance_km" text,
"Crossing_Time_Minutes" int,
PRIMARY KEY ("Route_ID"),
FOREIGN KEY ("Origin_Port_ID") REFERENCES "Port"("Port_ID"),
FOREIGN KEY ("Destination_Port_ID") REFERENCES "Port"("Port_ID")
);

CREATE TABLE "Sailing" (
"Sailing_ID" int,
"Route_ID" int,
"Vessel_ID" int,
"Departure_Date" text,
"Passengers_Carried" int,
"status_code" text,
PRIMARY KEY ("Sailing_ID"),
FOREIGN KEY ("Route_ID") REFERENCES "Route"("Route_ID"),
FOREIGN KEY ("Vessel_ID") REFERENCES "Vessel"("Vessel_ID")
);

CREATE TABLE "Crew_Member" (
"Crew_ID" int,
"Name" text,
"Rank" text,
"Nationality" text,
"Age" int,
"Years_of_Service" text,
"Annual_Salary" real,
PRIMARY KEY ("Crew_ID")
);

CREATE TABLE "Crew_Assignment" (
"Crew_ID" int,
"Vessel_ID" int,
"Start_Date" text,
"role_code" text,
PRIMARY KEY ("Crew_ID","Vessel_ID"),
FOREIGN KEY ("Crew_ID") REFERENCES "Crew_Member"("Crew_ID"),
FOREIGN KEY ("Vessel_ID") REFERENCES "Vessel"("Vessel_ID")
);

CREATE TABLE "Ticket_Sale" (
"Ticket_ID" int,
"Sailing_ID" int,
"Sale_Date" text,
"ticket_class_code" text,
"Fare" real,
"payment_method_code" text,
"other_details" text,
PRIMARY KEY ("Ticket_ID")
);

INSERT INTO "Port" VALUES (1,'Port of Dover','Dover','United Kingdom',1606,8);
INSERT INTO "Port" VALUES (2,'Port of Calais','Calais','France',1848,9);
INSERT INTO "Port" VALUES (3,'Port of Dunkirk','Dunkirk','France',1855,5);
INSERT INTO "Port" VALUES (4,'Portsmouth International Port','Portsmouth','United Kingdom',1976,5);
INSERT INTO "Port" VALUES (5,'Caen Ouistreham','Ouistreham','France',1986,2);
INSERT INTO "Port" VALUES (6,'Port of Cherbourg','Cherbourg','France',1853,4);
INSERT INTO "Port" VALUES (7,'Holyhead Port','Holyhead','United Kingdom',1880,3);
INSERT INTO "Port" VALUES (8,'Dublin Port','Dublin','Ireland',1707,6);
INSERT INTO "Port" VALUES (9,'Rosslare Europort','Rosslare','Ireland',1906,4);
INSERT INTO "Port" VALUES (10,'Port of Santander','Santander','Spain',1872,3);
INSERT INTO "Port" VALUES (11,'Millbay Docks','Plymouth','United Kingdom',1840,2);
INSERT INTO "Port" VALUES (12,'Port of Roscoff','Roscoff','France',1973,2);
INSERT INTO "Port" VALUES (13,'Port of Bilbao','Bilbao','Spain',1902,7);

INSERT INTO "Vessel" VALUES (1,'Spirit of Britain','ROPAX','United Kingdom',2011,'1900',47592.0,'2011-01-14');
INSERT INTO "Vessel" VALUES (2,'Pride of Kent','ROPAX','United Kingdom',1992,'2000',30635.0,'1992-12-03');
INSERT INTO "Vessel" VALUES (3,'Cote des Flandres','ROPAX','France',2005,'1880',33796.0,'2005-03-22');
INSERT INTO "Vessel" VALUES (4,'Normandie','CRUISE','France',1992,'2120',27541.0,'1992-05-18');
INSERT INTO "Vessel" VALUES (5,'Mont St Michel','CRUISE','France',2002,'2170',35592.0,'2002-11-29');
INSERT INTO "Vessel" VALUES (6,'Ulysses','ROPAX','Cyprus',2001,'1875',50938.0,'2001-03-09');
INSERT INTO "Vessel" VALUES (7,'Dublin Swift','FAST','Cyprus',2001,'1350',8403.0,'2001-06-30');
INSERT INTO "Vessel" VALUES (8,'Pont-Aven','CRUISE','France',2004,'2415',41748.0,'2004-03-05');
INSERT INTO "Vessel" VALUES (9,'Armorique','ROPAX','France',2009,'1500',29468.0,'2009-02-12');
INSERT INTO "Vessel" VALUES (10,'Isle of Inishmore','ROPAX','Cyprus',1997,'2200',34031.0,'1997-04-16');
INSERT INTO "Vessel" VALUES (11,'Barfleur','ROPAX','France',1992,'1173',20133.0,'1992-04-01');

INSERT INTO "Route" VALUES (1,'Dover - Calais',1,2,'42',90);
INSERT INTO "Route" VALUES (2,'Calais - Dover',2,1,'42',90);
INSERT INTO "Route" VALUES (3,'Dover - Dunkirk',1,3,'71',120);
INSERT INTO "Route" VALUES (4,'Portsmouth - Caen',4,5,'170',360);
INSERT INTO "Route" VALUES (5,'Portsmouth - Cherbourg',4,6,'148',180);
INSERT INTO "Route" VALUES (6,'Holyhead - Dublin',7,8,'109',195);
INSERT INTO "Route" VALUES (7,'Dublin - Holyhead',8,7,'109',195);
INSERT INTO "Route" VALUES (8,'Rosslare - Cherbourg',9,6,'555',1140);
INSERT INTO "Route" VALUES (9,'Portsmouth - Santander',4,10,'960',1440);
INSERT INTO "Route" VALUES (10,'Plymouth - Roscoff',11,12,'201',360);
INSERT INTO "Route" VALUES (11,'Plymouth - Santander',11,10,'900',1200);
INSERT INTO "Route" VALUES (12,'Dunkirk - Dover',3,1,'71',120);

INSERT INTO "Sailing" VALUES (1,9,8,'2023-03-20',1423,'COMPLETED');
INSERT INTO "Sailing" VALUES (2,2,1,'2023-03-28',649,'COMPLETED');
INSERT INTO "Sailing" VALUES (3,2,1,'2023-04-07',1785,'DELAYED');
INSERT INTO "Sailing" VALUES (4,2,1,'2023-04-09',1670,'DELAYED');
INSERT INTO "Sailing" VALUES (5,11,8,'2023-04-14',838,'COMPLETED');
INSERT INTO "Sailing" VALUES (6,10,8,'2023-04-15',0,'CANCELLED');
INSERT INTO "Sailing" VALUES (7,7,7,'2023-05-01',610,'COMPLETED');
INSERT INTO "Sailing" VALUES (8,2,1,'2023-05-06',672,'COMPLETED');
INSERT INTO "Sailing" VALUES (9,9,8,'2023-05-06',0,'CANCELLED');
INSERT INTO "Sailing" VALUES (10,8,10,'2023-05-08',0,'CANCELLED');
INSERT INTO "Sailing" VALUES (11,5,9,'2023-05-09',1169,'COMPLETED');
INSERT INTO "Sailing" VALUES (12,7,6,'2023-05-10',1536,'DELAYED');
INSERT INTO "Sailing" VALUES (13,4,5,'2023-05-18',2049,'COMPLETED');
INSERT INTO "Sailing" VALUES (14,11,8,'2023-05-18',900,'COMPLETED');
INSERT INTO "Sailing" VALUES (15,6,7,'2023-05-20',0,'CANCELLED');
INSERT INTO "Sailing" VALUES (16,1,2,'2023-05-23',580,'COMPLETED');
INSERT INTO "Sailing" VALUES (17,8,10,'2023-06-08',1661,'DELAYED');
INSERT INTO "Sailing" VALUES (18,1,1,'2023-06-10',966,'DELAYED');
INSERT INTO "Sailing" VALUES (19,9,8,'2023-06-13',1174,'COMPLETED');
INSERT INTO "Sailing" VALUES (20,6,6,'2023-06-18',1252,'COMPLETED');
INSERT INTO "Sailing" VALUES (21,8,10,'2023-06-26',909,'COMPLETED');
INSERT INTO "Sailing" VALUES (22,1,2,'2023-06-26',672,'COMPLETED');
INSERT INTO "Sailing" VALUES (23,12,3,'2023-06-28',644,'COMPLETED');
INSERT INTO "Sailing" VALUES (24,4,4,'2023-07-02',1506,'DELAYED');
INSERT INTO "Sailing" VALUES (25,7,7,'2023-07-05',1068,'COMPLETED');
INSERT INTO "Sailing" VALUES (26,6,7,'2023-07-17',1142,'COMPLETED');
INSERT INTO "Sailing" VALUES (27,10,9,'2023-07-21',599,'COMPLETED');
INSERT INTO "Sailing" VALUES (28,1,2,'2023-08-11',1353,'COMPLETED');
INSERT INTO "Sailing" VALUES (29,10,8,'2023-08-13',1419,'COMPLETED');
INSERT INTO "Sailing" VALUES (30,3,3,'2023-08-13',841,'COMPLETED');
INSERT INTO "Sailing" VALUES (31,2,1,'2023-08-19',894,'COMPLETED');
INSERT INTO "Sailing" VALUES (32,9,8,'2023-09-03',1651,'COMPLETED');
INSERT INTO "Sailing" VALUES (33,10,9,'2023-09-06',684,'COMPLETED');
INSERT INTO "Sailing" VALUES (34,9,8,'2023-09-10',0,'CANCELLED');
INSERT INTO "Sailing" VALUES (35,7,7,'2023-09-25',529,'DELAYED');

INSERT INTO "Crew_Member" VALUES (1,'James Walsh','Captain','United Kingdom',44,'24',103250.0);
INSERT INTO "Crew_Member" VALUES (2,'Marie Dubois','Captain','France',54,'33',107700.0);
INSERT INTO "Crew_Member" VALUES (3,'Sean Murphy','Captain','Ireland',56,'36',108675.0);
INSERT INTO "Crew_Member" VALUES (4,'Pierre Lefevre','Captain','France',57,'36',108625.0);
INSERT INTO "Crew_Member" VALUES (5,'Aoife Byrne','Chief Engineer','Ireland',47,'24',89400.0);
INSERT INTO "Crew_Member" VALUES (6,'Thomas Hughes','Chief Engineer','United Kingdom',55,'33',92950.0);
INSERT INTO "Crew_Member" VALUES (7,'Claire Moreau','Chief Engineer','France',46,'24',89025.0);
INSERT INTO "Crew_Member" VALUES (8,'Liam Kelly','First Officer','Ireland',35,'13',71275.0);
INSERT INTO "Crew_Member" VALUES (9,'Nicolas Laurent','First Officer','France',45,'25',76850.0);
INSERT INTO "Crew_Member" VALUES (10,'Sarah Evans','First Officer','United Kingdom',34,'13',70975.0);
INSERT INTO "Crew_Member" VALUES (11,'Ciaran Doyle','First Officer','Ireland',36,'16',72375.0);
INSERT INTO "Crew_Member" VALUES (12,'Julien Girard','Deckhand','France',38,'18',39700.0);
INSERT INTO "Crew_Member" VALUES (13,'Emma Price','Deckhand','United Kingdom',23,'3',33150.0);
INSERT INTO "Crew_Member" VALUES (14,'Owen Jones','Deckhand','United Kingdom',24,'3',33200.0);
INSERT INTO "Crew_Member" VALUES (15,'Sophie Martin','Deckhand','France',41,'20',40925.0);
INSERT INTO "Crew_Member" VALUES (16,'Daniel Clarke','Deckhand','United Kingdom',29,'7',34675.0);
INSERT INTO "Crew_Member" VALUES (17,'Camille Bernard','Steward','France',37,'17',34775.0);
INSERT INTO "Crew_Member" VALUES (18,'Patrick Ryan','Steward','Ireland',39,'17',35500.0);
INSERT INTO "Crew_Member" VALUES (19,'Lucas Petit','Steward','France',40,'17',34825.0);
INSERT INTO "Crew_Member" VALUES (20,'Grace Taylor','Steward','Ireland',42,'21',37175.0);

INSERT INTO "Crew_Assignment" VALUES (1,1,'2017-05-26','MASTER');
INSERT INTO "Crew_Assignment" VALUES (1,2,'2020-12-15','MASTER');
INSERT INTO "Crew_Assignment" VALUES (2,4,'2017-06-07','MASTER');
INSERT INTO "Crew_Assignment" VALUES (2,5,'2021-07-21','MASTER');
INSERT INTO "Crew_Assignment" VALUES (3,6,'2016-10-28','MASTER');
INSERT INTO "Crew_Assignment" VALUES (3,7,'2016-11-15','MASTER');
INSERT INTO "Crew_Assignment" VALUES (4,8,'2022-02-06','MASTER');
INSERT INTO "Crew_Assignment" VALUES (4,10,'2022-09-01','MASTER');
INSERT INTO "Crew_Assignment" VALUES (5,1,'2017-09-19','ENG');
INSERT INTO "Crew_Assignment" VALUES (6,4,'2021-08-27','ENG');
INSERT INTO "Crew_Assignment" VALUES (6,8,'2015-04-04','ENG');
INSERT INTO "Crew_Assignment" VALUES (7,6,'2017-04-24','ENG');
INSERT INTO "Crew_Assignment" VALUES (8,1,'2016-10-12','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (8,3,'2021-11-06','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (9,5,'2017-10-20','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (10,9,'2018-02-04','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (10,10,'2016-02-23','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (11,2,'2021-09-07','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (11,6,'2022-01-16','OFFICER');
INSERT INTO "Crew_Assignment" VALUES (12,1,'2019-06-23','DECK');
INSERT INTO "Crew_Assignment" VALUES (13,3,'2018-10-21','DECK');
INSERT INTO "Crew_Assignment" VALUES (13,8,'2019-01-16','DECK');
INSERT INTO "Crew_Assignment" VALUES (14,7,'2016-07-27','DECK');
INSERT INTO "Crew_Assignment" VALUES (15,4,'2015-11-03','DECK');
INSERT INTO "Crew_Assignment" VALUES (16,2,'2022-03-12','DECK');
INSERT INTO "Crew_Assignment" VALUES (17,5,'2015-06-16','HOTEL');
INSERT INTO "Crew_Assignment" VALUES (17,9,'2019-05-10','HOTEL');

INSERT INTO "Ticket_Sale" VALUES (1,31,'2023-06-19','ECO',54.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (2,5,'2023-02-02','BUS',315.5,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (3,31,'2023-08-08','BUS',76.0,'CASH',NULL);
INSERT INTO "Ticket_Sale" VALUES (4,4,'2023-04-09','CABIN',110.5,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (5,22,'2023-05-21','ECO',55.0,'ONLINE','Vehicle booked');
INSERT INTO "Ticket_Sale" VALUES (6,13,'2023-04-13','BUS',203.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (7,29,'2023-08-13','ECO',156.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (8,3,'2023-03-09','BUS',97.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (9,19,'2023-04-08','CABIN',488.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (10,14,'2023-04-25','ECO',195.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (11,7,'2023-03-02','ECO',80.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (12,11,'2023-04-15','ECO',123.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (13,25,'2023-06-26','CABIN',161.0,'CASH',NULL);
INSERT INTO "Ticket_Sale" VALUES (14,2,'2023-01-28','ECO',54.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (15,27,'2023-06-23','ECO',154.5,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (16,30,'2023-07-25','ECO',59.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (17,28,'2023-07-26','BUS',92.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (18,33,'2023-09-06','ECO',152.5,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (19,12,'2023-04-26','ECO',90.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (20,35,'2023-08-10','ECO',80.0,'CASH',NULL);
INSERT INTO "Ticket_Sale" VALUES (21,18,'2023-06-10','ECO',67.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (22,1,'2023-02-05','ECO',231.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (23,27,'2023-06-20','ECO',154.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (24,19,'2023-04-16','BUS',352.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (25,25,'2023-06-05','CABIN',161.0,'CASH',NULL);
INSERT INTO "Ticket_Sale" VALUES (26,8,'2023-03-18','ECO',49.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (27,2,'2023-01-02','ECO',56.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (28,31,'2023-08-04','ECO',66.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (29,31,'2023-06-18','ECO',53.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (30,35,'2023-07-26','ECO',92.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (31,3,'2023-04-06','BUS',77.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (32,27,'2023-07-20','ECO',154.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (33,17,'2023-04-09','BUS',268.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (34,1,'2023-02-16','ECO',237.0,'CASH','Vehicle booked');
INSERT INTO "Ticket_Sale" VALUES (35,5,'2023-03-17','ECO',221.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (36,30,'2023-06-02','CABIN',144.0,'CARD',NULL);
INSERT INTO "Ticket_Sale" VALUES (37,13,'2023-05-08','ECO',121.5,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (38,35,'2023-07-17','BUS',119.0,'ONLINE','Vehicle booked');
INSERT INTO "Ticket_Sale" VALUES (39,35,'2023-07-25','CABIN',167.0,'ONLINE',NULL);
INSERT INTO "Ticket_Sale" VALUES (40,1,'2023-01-23','ECO',210.0,'CASH',NULL);
