PRAGMA foreign_keys = ON;

CREATE TABLE "venue" (
"Venue_ID" int,
"Venue_Name" text,
"City" text,
"Capacity" int,
"Opening_Year" text,
PRIMARY KEY ("Venue_ID")
);
CREATE TABLE "orchestra" (
"Orchestra_ID" int,
"Orchestra_Name" text,
"Founded_Year" int,
"Home_City" text,
"Record_Company" text,
PRIMARY KEY ("Orchestra_ID")
);
CREATE TABLE "conductor" (
"Conductor_ID" int,
"Name" text,
"Nationality" text,
"Age" int,
"Year_of_Debut" text,
PRIMARY KEY ("Conductor_ID")
);
CREATE TABLE "piece" (
"Piece_ID" int,
"Title" text,
"Composer" text,
"Duration_Minutes" int,
"genre_code" text,
PRIMARY KEY ("Piece_ID")
);
CREATE TABLE "concert" (
"Concert_ID" int,
"Venue_ID" int,
"Orchestra_ID" int,
"Conductor_ID" int,
"concert_date" text,
"Tickets_Sold" int,
"Ticket_Price" text,
"status_code" text,
PRIMARY KEY ("Concert_ID"),
FOREIGN KEY ("Venue_ID") REFERENCES "venue"("Venue_ID"),
FOREIGN KEY ("Orchestra_ID") REFERENCES "orchestra"("Orchestra_ID")
);
CREATE TABLE "concert_piece" (
"Concert_ID" int,
"Piece_ID" int,
"Performance_Order" int,
"other_details" text,
PRIMARY KEY ("Concert_ID","Piece_ID"),
FOREIGN KEY ("Concert_ID") REFERENCES "concert"("Concert_ID"),
FOREIGN KEY ("Piece_ID") REFERENCES "piece"("Piece_ID")
);

INSERT INTO "venue" VALUES (1,'Royal Albert Hall','London',5272,'1871');
INSERT INTO "venue" VALUES (2,'Musikverein','Vienna',1744,'1870');
INSERT INTO "venue" VALUES (3,'Concertgebouw','Amsterdam',1974,'1888');
INSERT INTO "venue" VALUES (4,'Philharmonie de Paris','Paris',2400,'2015');
INSERT INTO "venue" VALUES (5,'Elbphilharmonie','Hamburg',2100,'2017');
INSERT INTO "venue" VALUES (6,'Symphony Hall','Birmingham',2262,'1991');
INSERT INTO "venue" VALUES (7,'Barbican Hall','London',1943,'1982');
INSERT INTO "venue" VALUES (8,'Konzerthaus','Berlin',1575,'1821');
INSERT INTO "venue" VALUES (9,'Suntory Hall','Tokyo',2006,'1986');
INSERT INTO "orchestra" VALUES (1,'London Symphony Orchestra',1904,'London','LSO Live');
INSERT INTO "orchestra" VALUES (2,'Vienna Philharmonic',1842,'Vienna','Deutsche Grammophon');
INSERT INTO "orchestra" VALUES (3,'Royal Concertgebouw Orchestra',1888,'Amsterdam','RCO Live');
INSERT INTO "orchestra" VALUES (4,'Orchestre de Paris',1967,'Paris','Erato');
INSERT INTO "orchestra" VALUES (5,'NDR Elbphilharmonie Orchestra',1945,'Hamburg','Sony Classical');
INSERT INTO "orchestra" VALUES (6,'City of Birmingham Symphony Orchestra',1920,'Birmingham','Warner Classics');
INSERT INTO "orchestra" VALUES (7,'Berlin Philharmonic',1882,'Berlin','Deutsche Grammophon');
INSERT INTO "orchestra" VALUES (8,'Philharmonia Orchestra',1946,'London','Signum Classics');
INSERT INTO "orchestra" VALUES (9,'NHK Symphony Orchestra',1926,'Tokyo','Decca');
INSERT INTO "orchestra" VALUES (10,'Budapest Festival Orchestra',1983,'Budapest','Channel Classics');
INSERT INTO "conductor" VALUES (1,'Anton Keller','Austria',58,'1991');
INSERT INTO "conductor" VALUES (2,'Marta Lindqvist','Sweden',44,'2004');
INSERT INTO "conductor" VALUES (3,'Hiroshi Tanaka','Japan',63,'1990');
INSERT INTO "conductor" VALUES (4,'Claire Dubois','France',39,'2012');
INSERT INTO "conductor" VALUES (5,'James Whitfield','United Kingdom',71,'1977');
INSERT INTO "conductor" VALUES (6,'Elena Petrova','Russia',52,'1996');
INSERT INTO "conductor" VALUES (7,'Lukas Brandt','Germany',47,'2004');
INSERT INTO "conductor" VALUES (8,'Sofia Moreno','Spain',35,'2016');
INSERT INTO "conductor" VALUES (9,'Daniel O''Connor','Ireland',66,'1981');
INSERT INTO "conductor" VALUES (10,'Pieter de Vries','Netherlands',55,'1992');
INSERT INTO "conductor" VALUES (11,'Yuki Mori','Japan',41,'2007');
INSERT INTO "conductor" VALUES (12,'Thomas Hale','United Kingdom',49,'2003');
INSERT INTO "piece" VALUES (1,'Symphony No. 5 in C minor','Ludwig van Beethoven',33,'SYM');
INSERT INTO "piece" VALUES (2,'Symphony No. 7 in A major','Ludwig van Beethoven',40,'SYM');
INSERT INTO "piece" VALUES (3,'Violin Concerto in D major','Johannes Brahms',38,'CON');
INSERT INTO "piece" VALUES (4,'Symphony No. 4 in E minor','Johannes Brahms',41,'SYM');
INSERT INTO "piece" VALUES (5,'Piano Concerto No. 2','Sergei Rachmaninoff',34,'CON');
INSERT INTO "piece" VALUES (6,'The Moldau','Bedrich Smetana',12,'TON');
INSERT INTO "piece" VALUES (7,'New World Symphony','Antonin Dvorak',43,'SYM');
INSERT INTO "piece" VALUES (8,'Cello Concerto in B minor','Antonin Dvorak',39,'CON');
INSERT INTO "piece" VALUES (9,'The Rite of Spring','Igor Stravinsky',35,'BAL');
INSERT INTO "piece" VALUES (10,'The Firebird Suite','Igor Stravinsky',22,'SUI');
INSERT INTO "piece" VALUES (11,'Egmont Overture','Ludwig van Beethoven',9,'OVR');
INSERT INTO "piece" VALUES (12,'Bolero','Maurice Ravel',16,'BAL');
INSERT INTO "piece" VALUES (13,'La Mer','Claude Debussy',24,'TON');
INSERT INTO "piece" VALUES (14,'Symphony No. 5 in C-sharp minor','Gustav Mahler',70,'SYM');
INSERT INTO "piece" VALUES (15,'Symphony No. 1 in D major','Gustav Mahler',55,'SYM');
INSERT INTO "piece" VALUES (16,'Also sprach Zarathustra','Richard Strauss',32,'TON');
INSERT INTO "piece" VALUES (17,'Piano Concerto No. 21','Wolfgang Amadeus Mozart',29,'CON');
INSERT INTO "piece" VALUES (18,'The Marriage of Figaro Overture','Wolfgang Amadeus Mozart',4,'OVR');
INSERT INTO "piece" VALUES (19,'Pictures at an Exhibition','Modest Mussorgsky',31,'SUI');
INSERT INTO "piece" VALUES (20,'Academic Festival Overture','Johannes Brahms',10,'OVR');
INSERT INTO "piece" VALUES (21,'Peer Gynt Suite No. 1','Edvard Grieg',14,'SUI');
INSERT INTO "piece" VALUES (22,'Symphony No. 6 Pathetique','Pyotr Ilyich Tchaikovsky',46,'SYM');
INSERT INTO "piece" VALUES (23,'Piano Concerto No. 5 Emperor','Ludwig van Beethoven',37,'CON');
INSERT INTO "concert" VALUES (1,1,1,5,'2023-07-14',4713,'65.50','CMP');
INSERT INTO "concert" VALUES (2,2,2,1,'2023-07-15',1708,'65.50','CMP');
INSERT INTO "concert" VALUES (3,3,3,10,'2023-07-16',1138,'65.00','CMP');
INSERT INTO "concert" VALUES (4,4,4,4,'2023-07-18',1990,'35.50','CMP');
INSERT INTO "concert" VALUES (5,5,5,7,'2023-07-20',1917,'40.50','CMP');
INSERT INTO "concert" VALUES (6,1,8,12,'2023-07-21',3851,'50.00','CMP');
INSERT INTO "concert" VALUES (7,7,1,2,'2023-07-22',1726,'65.00','CMP');
INSERT INTO "concert" VALUES (8,6,6,4,'2023-07-24',1307,'45.50','CNL');
INSERT INTO "concert" VALUES (9,8,7,7,'2023-07-25',1301,'95.50','CMP');
INSERT INTO "concert" VALUES (10,2,2,6,'2023-07-27',1564,'85.50','CMP');
INSERT INTO "concert" VALUES (11,3,3,1,'2024-07-12',1106,'75.50','CMP');
INSERT INTO "concert" VALUES (12,1,1,5,'2024-07-13',4057,'35.00','CMP');
INSERT INTO "concert" VALUES (13,5,7,3,'2024-07-14',1383,'35.00','CMP');
INSERT INTO "concert" VALUES (14,4,4,8,'2024-07-16',2287,'45.00','CNL');
INSERT INTO "concert" VALUES (15,7,8,12,'2024-07-18',1254,'65.50','CMP');
INSERT INTO "concert" VALUES (16,6,6,2,'2024-07-19',1768,'45.50','CMP');
INSERT INTO "concert" VALUES (17,1,9,11,'2024-07-20',4433,'75.00','CMP');
INSERT INTO "concert" VALUES (18,2,2,1,'2024-07-22',973,'35.00','CMP');
INSERT INTO "concert" VALUES (19,3,5,10,'2024-07-23',1144,'75.00','CMP');
INSERT INTO "concert" VALUES (20,5,1,6,'2024-07-25',1712,'95.00','CMP');
INSERT INTO "concert_piece" VALUES (1,23,1,NULL);
INSERT INTO "concert_piece" VALUES (1,5,2,NULL);
INSERT INTO "concert_piece" VALUES (2,12,1,NULL);
INSERT INTO "concert_piece" VALUES (2,14,2,'Encore');
INSERT INTO "concert_piece" VALUES (3,16,1,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (3,9,2,NULL);
INSERT INTO "concert_piece" VALUES (4,2,1,NULL);
INSERT INTO "concert_piece" VALUES (4,10,2,NULL);
INSERT INTO "concert_piece" VALUES (5,15,1,NULL);
INSERT INTO "concert_piece" VALUES (5,6,2,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (6,13,1,'Encore');
INSERT INTO "concert_piece" VALUES (6,10,2,NULL);
INSERT INTO "concert_piece" VALUES (7,2,1,NULL);
INSERT INTO "concert_piece" VALUES (7,4,2,NULL);
INSERT INTO "concert_piece" VALUES (8,13,1,NULL);
INSERT INTO "concert_piece" VALUES (8,17,2,NULL);
INSERT INTO "concert_piece" VALUES (9,23,1,NULL);
INSERT INTO "concert_piece" VALUES (9,15,2,NULL);
INSERT INTO "concert_piece" VALUES (10,8,1,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (10,5,2,'Encore');
INSERT INTO "concert_piece" VALUES (11,16,1,NULL);
INSERT INTO "concert_piece" VALUES (11,8,2,NULL);
INSERT INTO "concert_piece" VALUES (12,23,1,NULL);
INSERT INTO "concert_piece" VALUES (12,12,2,NULL);
INSERT INTO "concert_piece" VALUES (13,12,1,NULL);
INSERT INTO "concert_piece" VALUES (13,4,2,NULL);
INSERT INTO "concert_piece" VALUES (14,16,1,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (14,14,2,'Encore');
INSERT INTO "concert_piece" VALUES (15,23,1,NULL);
INSERT INTO "concert_piece" VALUES (15,13,2,NULL);
INSERT INTO "concert_piece" VALUES (16,10,1,NULL);
INSERT INTO "concert_piece" VALUES (16,3,2,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (17,15,1,'Premiere of new edition');
INSERT INTO "concert_piece" VALUES (17,16,2,NULL);
INSERT INTO "concert_piece" VALUES (18,17,1,NULL);
INSERT INTO "concert_piece" VALUES (18,13,2,NULL);
INSERT INTO "concert_piece" VALUES (19,7,1,'Encore');
INSERT INTO "concert_piece" VALUES (19,23,2,NULL);
INSERT INTO "concert_piece" VALUES (20,1,1,NULL);
INSERT INTO "concert_piece" VALUES (20,2,2,NULL);
