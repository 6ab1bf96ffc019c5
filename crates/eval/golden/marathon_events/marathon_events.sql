PRAGMA foreign_keys = ON;

CREATE TABLE "Cities" (
"City_ID" INTEGER PRIMARY KEY,
"City_Name" TEXT NOT NULL,
"Country" TEXT NOT NULL,
"Population" INTEGER
);

CREATE TABLE "Marathons" (
"Marathon_ID" INTEGER PRIMARY KEY,
"Marathon_Name" TEXT NOT NULL,
"Start_City_ID" INTEGER NOT NULL,
"Finish_City_ID" INTEGER NOT NULL,
"Year_First_Held" TEXT,
"Course_Length_km" REAL,
"Elevation_Gain" INTEGER,
FOREIGN KEY ("Start_City_ID") REFERENCES "Cities"("City_ID"),
FOREIGN KEY ("Finish_City_ID") REFERENCES "Cities"("City_ID")
);

CREATE TABLE "Runners" (
"Runner_ID" INTEGER PRIMARY KEY,
"Name" TEXT NOT NULL,
"Age" INTEGER,
"Gender" TEXT,
"Nationality" TEXT,
"Club" TEXT
);

CREATE TABLE "Ref_Category_Codes" (
"category_code" TEXT PRIMARY KEY,
"category_description" TEXT
);

CREATE TABLE "Results" (
"Result_ID" INTEGER PRIMARY KEY,
"Runner_ID" INTEGER NOT NULL,
"Marathon_ID" INTEGER NOT NULL,
"Edition_Year" INTEGER,
"category_code" TEXT,
"Finish_Time_Minutes" REAL,
"Place" INTEGER
);

CREATE TABLE "Sponsors" (
"Sponsor_ID" INTEGER PRIMARY KEY,
"Company_Name" TEXT NOT NULL,
"Industry" TEXT,
"Country" TEXT
);

CREATE TABLE "Marathon_Sponsors" (
"Marathon_ID" INTEGER NOT NULL,
"Sponsor_ID" INTEGER NOT NULL,
"Amount_Paid" INTEGER,
"other_details" TEXT,
PRIMARY KEY ("Marathon_ID", "Sponsor_ID"),
FOREIGN KEY ("Marathon_ID") REFERENCES "Marathons"("Marathon_ID"),
FOREIGN KEY ("Sponsor_ID") REFERENCES "Sponsors"("Sponsor_ID")
);

INSERT INTO "Cities" VALUES (1,'Boston','United States',675647);
INSERT INTO "Cities" VALUES (2,'Hopkinton','United States',18758);
INSERT INTO "Cities" VALUES (3,'New York','United States',8336817);
INSERT INTO "Cities" VALUES (4,'Chicago','United States',2746388);
INSERT INTO "Cities" VALUES (5,'London','United Kingdom',8982000);
INSERT INTO "Cities" VALUES (6,'Berlin','Germany',3645000);
INSERT INTO "Cities" VALUES (7,'Tokyo','Japan',13960000);
INSERT INTO "Cities" VALUES (8,'Paris','France',2161000);
INSERT INTO "Cities" VALUES (9,'Valencia','Spain',791413);
INSERT INTO "Cities" VALUES (10,'Amsterdam','Netherlands',872680);
INSERT INTO "Cities" VALUES (11,'Athens','Greece',664046);
INSERT INTO "Cities" VALUES (12,'Marathon','Greece',33423);
INSERT INTO "Cities" VALUES (13,'Lisbon','Portugal',544851);
INSERT INTO "Cities" VALUES (14,'Cascais','Portugal',214158);
INSERT INTO "Cities" VALUES (15,'Rotterdam','Netherlands',651446);
INSERT INTO "Cities" VALUES (16,'Frankfurt','Germany',753056);
INSERT INTO "Cities" VALUES (17,'Osaka','Japan',2691185);
INSERT INTO "Cities" VALUES (18,'Seville','Spain',688711);
INSERT INTO "Cities" VALUES (19,'Lyon','France',516092);
INSERT INTO "Cities" VALUES (20,'Porto','Portugal',231800);
INSERT INTO "Cities" VALUES (21,'Hamburg','Germany',1841179);
INSERT INTO "Cities" VALUES (22,'Nice','France',342669);
INSERT INTO "Cities" VALUES (23,'Cannes','France',74152);
INSERT INTO "Cities" VALUES (24,'Almada','Portugal',NULL);
INSERT INTO "Cities" VALUES (25,'Newcastle upon Tyne','United Kingdom',300196);
INSERT INTO "Cities" VALUES (26,'South Shields','United Kingdom',75337);
INSERT INTO "Cities" VALUES (27,'Munich','Germany',1488202);

INSERT INTO "Marathons" VALUES (1,'Boston Marathon',2,1,'1897',42.195,248);
INSERT INTO "Marathons" VALUES (2,'New York City Marathon',3,3,'1970',42.195,247);
INSERT INTO "Marathons" VALUES (3,'Chicago Marathon',4,4,'1977',42.195,74);
INSERT INTO "Marathons" VALUES (4,'London Marathon',5,5,'1981',42.195,117);
INSERT INTO "Marathons" VALUES (5,'Berlin Marathon',6,6,'1974',42.195,73);
INSERT INTO "Marathons" VALUES (6,'Tokyo Marathon',7,7,'2007',42.195,96);
INSERT INTO "Marathons" VALUES (7,'Paris Marathon',8,8,'1976',42.195,152);
INSERT INTO "Marathons" VALUES (8,'Valencia Marathon',9,9,'1981',42.195,52);
INSERT INTO "Marathons" VALUES (9,'Amsterdam Marathon',10,10,'1975',42.195,NULL);
INSERT INTO "Marathons" VALUES (10,'Athens Authentic Marathon',12,11,'1972',42.195,332);
INSERT INTO "Marathons" VALUES (11,'Lisbon Marathon',14,13,'1986',42.195,NULL);
INSERT INTO "Marathons" VALUES (12,'Rotterdam Marathon',15,15,'1981',42.195,41);
INSERT INTO "Marathons" VALUES (13,'Frankfurt Marathon',16,16,'1981',42.195,63);
INSERT INTO "Marathons" VALUES (14,'Osaka Marathon',17,17,'2011',42.195,88);
INSERT INTO "Marathons" VALUES (15,'Hamburg Marathon',21,21,'1986',42.195,57);
INSERT INTO "Marathons" VALUES (16,'Nice-Cannes Marathon',22,23,'2008',42.195,214);
INSERT INTO "Marathons" VALUES (17,'Seville Marathon',18,18,'1985',42.195,36);
INSERT INTO "Marathons" VALUES (18,'Lisbon Half Marathon',24,13,'1991',21.0975,64);
INSERT INTO "Marathons" VALUES (19,'Berlin Half Marathon',6,6,'1990',21.0975,30);
INSERT INTO "Marathons" VALUES (20,'Great North Run Half Marathon',25,26,'1981',21.0975,133);

INSERT INTO "Runners" VALUES (1,'Daniel Kiprop',29,'Male','Kenya','Kaptagat Athletics Camp');
INSERT INTO "Runners" VALUES (2,'Brigid Chepkoech',27,'Female','Kenya','Iten Elite Runners');
INSERT INTO "Runners" VALUES (3,'Tesfaye Alemu',31,'Male','Ethiopia',NULL);
INSERT INTO "Runners" VALUES (4,'Almaz Gebremedhin',26,'Female','Ethiopia','Addis Running Club');
INSERT INTO "Runners" VALUES (5,'Kenji Watanabe',34,'Male','Japan','Asahi Kasei Running Club');
INSERT INTO "Runners" VALUES (6,'Yuki Nakamura',24,'Female','Japan','Tokyo Harriers');
INSERT INTO "Runners" VALUES (7,'Michael Sullivan',45,'Male','United States','Boston Athletic Association');
INSERT INTO "Runners" VALUES (8,'Sarah Whitfield',38,'Female','United States',NULL);
INSERT INTO "Runners" VALUES (9,'James Ashworth',52,'Male','United Kingdom','Serpentine Running Club');
INSERT INTO "Runners" VALUES (10,'Emma Caldwell',33,'Female','United Kingdom','Thames Hare and Hounds');
INSERT INTO "Runners" VALUES (11,'Lukas Hoffmann',41,'Male','Germany','SCC Berlin');
INSERT INTO "Runners" VALUES (12,'Anna Schreiber',36,'Female','Germany','LG Frankfurt');
INSERT INTO "Runners" VALUES (13,'Javier Morales',47,'Male','Spain','Club Atletismo Valencia');
INSERT INTO "Runners" VALUES (14,'Lucia Fernandez',22,'Female','Spain',NULL);
INSERT INTO "Runners" VALUES (15,'Rui Carvalho',39,'Male','Portugal','Sporting Clube de Portugal');
INSERT INTO "Runners" VALUES (16,'Ines Duarte',44,'Female','Portugal','Benfica Atletismo');
INSERT INTO "Runners" VALUES (17,'Pieter de Vries',56,'Male','Netherlands','AV Rotterdam');
INSERT INTO "Runners" VALUES (18,'Sanne Bakker',30,'Female','Netherlands',NULL);
INSERT INTO "Runners" VALUES (19,'Julien Moreau',37,'Male','France','Paris Running Tour');
INSERT INTO "Runners" VALUES (20,'Camille Laurent',28,'Female','France','AC Nice');
INSERT INTO "Runners" VALUES (21,'Marco Bellini',43,'Male','Italy','Atletica Milano');
INSERT INTO "Runners" VALUES (22,'Joseph Okello',25,'Male','Uganda',NULL);
INSERT INTO "Runners" VALUES (23,'David Weir-Hall',35,'Male','United Kingdom','Weir Archer Academy');
INSERT INTO "Runners" VALUES (24,'Tatyana Brennan',32,'Female','United States','Illinois Wheelchair Athletics');
INSERT INTO "Runners" VALUES (25,'Marcel Hug-Berger',40,'Male','Switzerland','RC Oberwallis');
INSERT INTO "Runners" VALUES (26,'Hiroshi Tanaka',61,'Male','Japan','Osaka Masters');
INSERT INTO "Runners" VALUES (27,'Eleni Papadopoulou',48,'Female','Greece','Panathinaikos AC');
INSERT INTO "Runners" VALUES (28,'Nikos Stavrou',21,'Male','Greece',NULL);
INSERT INTO "Runners" VALUES (29,'Grace Wanjiru',23,'Female','Kenya',NULL);
INSERT INTO "Runners" VALUES (30,'Thomas Keller',58,'Male','Switzerland','LC Zurich');
INSERT INTO "Runners" VALUES (31,'Olivia Grant',50,'Female','United States','Chicago Area Runners Association');
INSERT INTO "Runners" VALUES (32,'Hamid Bensaid',42,'Male','Morocco',NULL);

INSERT INTO "Ref_Category_Codes" VALUES ('ELITE','Elite invited field');
INSERT INTO "Ref_Category_Codes" VALUES ('OPEN','Open category, mass start');
INSERT INTO "Ref_Category_Codes" VALUES ('U23','Under 23');
INSERT INTO "Ref_Category_Codes" VALUES ('VET40','Veteran, aged 40 to 49');
INSERT INTO "Ref_Category_Codes" VALUES ('VET50','Veteran, aged 50 and over');
INSERT INTO "Ref_Category_Codes" VALUES ('WCH','Wheelchair racing');
INSERT INTO "Ref_Category_Codes" VALUES ('HCY','Handcycle');

INSERT INTO "Results" VALUES (1,27,13,2023,'VET40',205.7,3051);
INSERT INTO "Results" VALUES (2,14,7,2023,'U23',163.2,662);
INSERT INTO "Results" VALUES (3,25,5,2021,'WCH',103.2,9);
INSERT INTO "Results" VALUES (4,23,8,2024,'WCH',95.5,8);
INSERT INTO "Results" VALUES (5,26,5,2023,'VET50',228.4,5036);
INSERT INTO "Results" VALUES (6,17,4,2023,'VET50',206.4,3260);
INSERT INTO "Results" VALUES (7,2,12,2021,'ELITE',147.4,13);
INSERT INTO "Results" VALUES (8,16,5,2022,'VET40',259.3,9195);
INSERT INTO "Results" VALUES (9,2,10,2022,'ELITE',137.3,7);
INSERT INTO "Results" VALUES (10,28,5,2023,'U23',178.8,1415);
INSERT INTO "Results" VALUES (11,14,2,2024,'U23',214.9,3998);
INSERT INTO "Results" VALUES (12,17,5,2021,'VET50',222.8,4791);
INSERT INTO "Results" VALUES (13,9,4,2023,'VET50',261.3,9268);
INSERT INTO "Results" VALUES (14,14,7,2022,'U23',229.8,5224);
INSERT INTO "Results" VALUES (15,24,1,2021,'WCH',91.7,3);
INSERT INTO "Results" VALUES (16,26,7,2019,'VET50',240.2,6577);
INSERT INTO "Results" VALUES (17,10,10,2022,'OPEN',275.8,11571);
INSERT INTO "Results" VALUES (18,28,1,2022,'U23',172.8,886);
INSERT INTO "Results" VALUES (19,28,8,2019,'U23',165.8,814);
INSERT INTO "Results" VALUES (20,16,8,2022,'VET40',222.2,4378);
INSERT INTO "Results" VALUES (21,27,5,2019,'VET40',259.4,8898);
INSERT INTO "Results" VALUES (22,1,1,2022,'ELITE',130.5,5);
INSERT INTO "Results" VALUES (23,9,1,2024,'VET50',187.0,1869);
INSERT INTO "Results" VALUES (24,1,10,2022,'ELITE',129.5,3);
INSERT INTO "Results" VALUES (25,9,8,2019,'VET50',204.0,2969);
INSERT INTO "Results" VALUES (26,11,2,2019,'VET40',186.4,1602);
INSERT INTO "Results" VALUES (27,12,2,2021,'OPEN',218.8,4151);
INSERT INTO "Results" VALUES (28,10,5,2024,'OPEN',196.6,2426);
INSERT INTO "Results" VALUES (29,23,12,2023,'WCH',98.4,12);
INSERT INTO "Results" VALUES (30,12,5,2019,'OPEN',244.4,7127);
INSERT INTO "Results" VALUES (31,2,5,2024,'ELITE',134.8,6);
INSERT INTO "Results" VALUES (32,26,10,2021,'VET50',193.6,2175);
INSERT INTO "Results" VALUES (33,11,12,2022,'VET40',250.3,7715);
INSERT INTO "Results" VALUES (34,29,20,2019,'ELITE',143.7,9);
INSERT INTO "Results" VALUES (35,19,13,2021,'OPEN',265.9,10167);
INSERT INTO "Results" VALUES (36,12,11,2019,'OPEN',232.1,5621);
INSERT INTO "Results" VALUES (37,15,1,2019,'OPEN',157.3,410);
INSERT INTO "Results" VALUES (38,10,5,2021,'OPEN',186.3,1492);
INSERT INTO "Results" VALUES (39,4,16,2019,'ELITE',156.0,15);
INSERT INTO "Results" VALUES (40,31,8,2023,'VET50',249.2,7529);

INSERT INTO "Sponsors" VALUES (1,'Bank of America','Banking','United States');
INSERT INTO "Sponsors" VALUES (2,'Tata Consultancy Services','IT Services','India');
INSERT INTO "Sponsors" VALUES (3,'Adidas','Sportswear','Germany');
INSERT INTO "Sponsors" VALUES (4,'Asics','Sportswear','Japan');
INSERT INTO "Sponsors" VALUES (5,'BMW','Automotive','Germany');
INSERT INTO "Sponsors" VALUES (6,'Schneider Electric','Energy','France');
INSERT INTO "Sponsors" VALUES (7,'Abbott','Healthcare','United States');
INSERT INTO "Sponsors" VALUES (8,'Virgin Money','Banking','United Kingdom');
INSERT INTO "Sponsors" VALUES (9,'EDP','Energy','Portugal');
INSERT INTO "Sponsors" VALUES (10,'Fundacion Trinidad Alfonso',NULL,'Spain');
INSERT INTO "Sponsors" VALUES (11,'Mizuno','Sportswear','Japan');
INSERT INTO "Sponsors" VALUES (12,'NN Group','Insurance','Netherlands');
INSERT INTO "Sponsors" VALUES (13,'Mainova','Energy','Germany');
INSERT INTO "Sponsors" VALUES (14,'Hamburger Sparkasse','Banking','Germany');
INSERT INTO "Sponsors" VALUES (15,'Gatorade','Beverages','United States');
INSERT INTO "Sponsors" VALUES (16,'Nike','Sportswear','United States');
INSERT INTO "Sponsors" VALUES (17,'Garmin','Electronics','Switzerland');
INSERT INTO "Sponsors" VALUES (18,'OPAP',NULL,'Greece');
INSERT INTO "Sponsors" VALUES (19,'Toyota','Automotive','Japan');

INSERT INTO "Marathon_Sponsors" VALUES (1,1,1726000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (1,7,1740000,'Official healthcare partner');
INSERT INTO "Marathon_Sponsors" VALUES (1,15,1713000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (2,2,3199000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (2,4,1565000,'Official footwear');
INSERT INTO "Marathon_Sponsors" VALUES (3,1,2038000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (3,7,1007000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (3,15,1022000,'Hydration partner');
INSERT INTO "Marathon_Sponsors" VALUES (4,2,2169000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (4,8,1091000,'Former title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (4,7,1117000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (4,3,1140000,'Official kit');
INSERT INTO "Marathon_Sponsors" VALUES (5,5,1965000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (5,3,952000,'Official kit');
INSERT INTO "Marathon_Sponsors" VALUES (5,7,961000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (6,4,884000,'Official footwear');
INSERT INTO "Marathon_Sponsors" VALUES (6,19,855000,'Official vehicle');
INSERT INTO "Marathon_Sponsors" VALUES (6,7,900000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (7,6,1228000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (7,4,575000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (8,10,773000,'Main backer');
INSERT INTO "Marathon_Sponsors" VALUES (8,11,724000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (9,2,1174000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (10,18,616000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (11,9,715000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (12,12,867000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (13,13,780000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (14,11,1010000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (15,14,749000,'Title sponsor');
INSERT INTO "Marathon_Sponsors" VALUES (18,9,295000,NULL);
INSERT INTO "Marathon_Sponsors" VALUES (20,8,665000,NULL);
