PRAGMA foreign_keys = ON;

CREATE TABLE "Winery" (
"Winery_ID" int,
"Winery_Name" text,
"Region" text,
"Country" text,
"Founded_Year" text,
"other_details" text,
PRIMARY KEY ("Winery_ID")
);

CREATE TABLE "Grape_Varieties" (
"grape_id" int,
"grape_name" text,
"colour_code" text,
PRIMARY KEY ("grape_id")
);

CREATE TABLE "Wine" (
"Wine_ID" int,
"Wine_Name" text,
"Winery_ID" int,
"grape_id" int,
"Vintage" int,
"Price" real,
"Rating_Score" text,
PRIMARY KEY ("Wine_ID"),
FOREIGN KEY ("Winery_ID") REFERENCES "Winery"("Winery_ID")
);

CREATE TABLE "Customers" (
"customer_id" int,
"customer_name" text,
"City" text,
"membership_level_code" text,
"date_joined" text,
PRIMARY KEY ("customer_id")
);

CREATE TABLE "Purchases" (
"purchase_id" int,
"customer_id" int,
"Wine_ID" int,
"date_of_purchase" text,
"Bottles" int,
"Total_Paid" text,
PRIMARY KEY ("purchase_id"),
FOREIGN KEY ("customer_id") REFERENCES "Customers"("customer_id")
);

CREATE TABLE "Tasting_Event" (
"Event_ID" int,
"Event_Name" text,
"Event_Date" text,
"Venue_City" text,
"Number_of_Attendees" int,
PRIMARY KEY ("Event_ID")
);

CREATE TABLE "Wines_Poured" (
"Event_ID" int,
"Wine_ID" int,
"Pour_Order" int,
PRIMARY KEY ("Event_ID","Wine_ID"),
FOREIGN KEY ("Event_ID") REFERENCES "Tasting_Event"("Event_ID"),
FOREIGN KEY ("Wine_ID") REFERENCES "Wine"("Wine_ID")
);

INSERT INTO "Winery" VALUES (1,"Domaine Laurent","Burgundy","France","1842","Family estate");
INSERT INTO "Winery" VALUES (2,"Chateau Belle Rive","Bordeaux","France","1789","Classified growth");
INSERT INTO "Winery" VALUES (3,"Maison Duval","Rhone Valley","France","1921",NULL);
INSERT INTO "Winery" VALUES (4,"Tenuta San Marco","Tuscany","Italy","1967","Organic certified");
INSERT INTO "Winery" VALUES (5,"Cantina Rossi","Piedmont","Italy","1895",NULL);
INSERT INTO "Winery" VALUES (6,"Bodegas Alvarez","Rioja","Spain","1910","Cooperative");
INSERT INTO "Winery" VALUES (7,"Silver Oak Ridge","Napa Valley","USA","1972",NULL);
INSERT INTO "Winery" VALUES (8,"Redwood Creek Cellars","Sonoma","USA","1988","Sustainable farming");
INSERT INTO "Winery" VALUES (9,"Barossa Hills Estate","Barossa Valley","Australia","1953",NULL);
INSERT INTO "Winery" VALUES (10,"Kaituna Bay","Marlborough","New Zealand","1996","Screw caps only");
INSERT INTO "Winery" VALUES (11,"Weingut Keller","Mosel","Germany","1871","Family estate");
INSERT INTO "Winery" VALUES (12,"Vina Los Andes","Mendoza","Argentina","2001",NULL);

INSERT INTO "Grape_Varieties" VALUES (1,"Cabernet Sauvignon","RED");
INSERT INTO "Grape_Varieties" VALUES (2,"Merlot","RED");
INSERT INTO "Grape_Varieties" VALUES (3,"Pinot Noir","RED");
INSERT INTO "Grape_Varieties" VALUES (4,"Syrah","RED");
INSERT INTO "Grape_Varieties" VALUES (5,"Tempranillo","RED");
INSERT INTO "Grape_Varieties" VALUES (6,"Sangiovese","RED");
INSERT INTO "Grape_Varieties" VALUES (7,"Nebbiolo","RED");
INSERT INTO "Grape_Varieties" VALUES (8,"Malbec","RED");
INSERT INTO "Grape_Varieties" VALUES (9,"Chardonnay","WHT");
INSERT INTO "Grape_Varieties" VALUES (10,"Sauvignon Blanc","WHT");
INSERT INTO "Grape_Varieties" VALUES (11,"Riesling","WHT");
INSERT INTO "Grape_Varieties" VALUES (12,"Viognier","WHT");
INSERT INTO "Grape_Varieties" VALUES (13,"Gewurztraminer","WHT");
INSERT INTO "Grape_Varieties" VALUES (14,"Grenache","RED");

INSERT INTO "Wine" VALUES (1,"Laurent Cote de Nuits",1,3,2014,79.83,"98");
INSERT INTO "Wine" VALUES (2,"Laurent Meursault",1,9,2020,110.35,"90");
INSERT INTO "Wine" VALUES (3,"Laurent Grand Cru",1,3,2020,157.06,"89");
INSERT INTO "Wine" VALUES (4,"Belle Rive Grand Vin",2,1,2011,131.41,"87");
INSERT INTO "Wine" VALUES (5,"Belle Rive Second Vin",2,2,2017,41.30,"96");
INSERT INTO "Wine" VALUES (6,"Belle Rive Pomerol",2,2,2021,156.44,"90");
INSERT INTO "Wine" VALUES (7,"Duval Hermitage",3,4,2008,33.16,"86");
INSERT INTO "Wine" VALUES (8,"Duval Condrieu",3,12,2014,155.38,"89");
INSERT INTO "Wine" VALUES (9,"San Marco Chianti Classico",4,6,2020,34.23,"97");
INSERT INTO "Wine" VALUES (10,"San Marco Brunello",4,6,2011,41.15,"84");
INSERT INTO "Wine" VALUES (11,"San Marco Super Tuscan",4,2,2017,149.19,"97");
INSERT INTO "Wine" VALUES (12,"Rossi Barolo",5,7,2008,100.08,"84");
INSERT INTO "Wine" VALUES (13,"Rossi Barbaresco",5,7,2020,138.12,"89");
INSERT INTO "Wine" VALUES (14,"Alvarez Reserva",6,5,2010,109.52,"91");
INSERT INTO "Wine" VALUES (15,"Alvarez Gran Reserva",6,5,2011,18.47,"82");
INSERT INTO "Wine" VALUES (16,"Alvarez Crianza",6,5,2021,89.58,"90");
INSERT INTO "Wine" VALUES (17,"Silver Oak Estate Cabernet",7,1,2008,121.13,"96");
INSERT INTO "Wine" VALUES (18,"Silver Oak Chardonnay",7,9,2017,31.09,"86");
INSERT INTO "Wine" VALUES (19,"Redwood Russian River Pinot",8,3,2016,146.27,"83");
INSERT INTO "Wine" VALUES (20,"Redwood Sonoma Coast Chardonnay",8,9,2018,146.04,"90");
INSERT INTO "Wine" VALUES (21,"Barossa Old Vine Shiraz",9,4,2009,58.86,"84");
INSERT INTO "Wine" VALUES (22,"Barossa Hills Shiraz",9,4,2009,77.35,"94");
INSERT INTO "Wine" VALUES (23,"Barossa Cabernet",9,1,2016,47.59,"86");
INSERT INTO "Wine" VALUES (24,"Kaituna Sauvignon Blanc",10,10,2008,58.81,"82");
INSERT INTO "Wine" VALUES (25,"Kaituna Pinot Noir",10,3,2010,60.98,"97");
INSERT INTO "Wine" VALUES (26,"Keller Riesling Kabinett",11,11,2014,125.24,"90");
INSERT INTO "Wine" VALUES (27,"Keller Riesling Spatlese",11,11,2018,49.73,"92");
INSERT INTO "Wine" VALUES (28,"Los Andes Malbec",12,8,2009,125.36,"89");
INSERT INTO "Wine" VALUES (29,"Los Andes Malbec Reserva",12,8,2016,96.27,"95");
INSERT INTO "Wine" VALUES (30,"Los Andes Cabernet",12,1,2013,67.18,"87");

INSERT INTO "Customers" VALUES (1,"Eleanor Whitfield","London","PLT","2022-01-02");
INSERT INTO "Customers" VALUES (2,"James Okafor","Manchester","BRZ","2019-05-17");
INSERT INTO "Customers" VALUES (3,"Sophie Laurent","London","SLV","2019-10-19");
INSERT INTO "Customers" VALUES (4,"Oliver Grant","Edinburgh","SLV","2017-10-24");
INSERT INTO "Customers" VALUES (5,"Priya Sharma","Bristol","BRZ","2017-04-04");
INSERT INTO "Customers" VALUES (6,"Thomas Reed","Leeds","GLD","2022-06-25");
INSERT INTO "Customers" VALUES (7,"Hannah Moss","London","SLV","2018-12-28");
INSERT INTO "Customers" VALUES (8,"Daniel Crowe","Manchester","BRZ","2019-06-26");
INSERT INTO "Customers" VALUES (9,"Amelia Hart","Bristol","BRZ","2019-07-04");
INSERT INTO "Customers" VALUES (10,"George Bennett","Edinburgh","GLD","2016-06-23");
INSERT INTO "Customers" VALUES (11,"Isabel Fontaine","London","SLV","2022-10-01");
INSERT INTO "Customers" VALUES (12,"Marcus Lee","Leeds","SLV","2019-06-21");
INSERT INTO "Customers" VALUES (13,"Chloe Adams","York","GLD","2017-08-25");
INSERT INTO "Customers" VALUES (14,"William Hughes","Bristol","BRZ","2018-05-03");
INSERT INTO "Customers" VALUES (15,"Ruby Patel","Manchester","BRZ","2022-04-27");
INSERT INTO "Customers" VALUES (16,"Samuel Frost","London","BRZ","2019-07-14");

INSERT INTO "Purchases" VALUES (1,12,22,"2023-01-10",6,"417.69");
INSERT INTO "Purchases" VALUES (2,12,26,"2023-02-09",1,"118.98");
INSERT INTO "Purchases" VALUES (3,7,3,"2023-02-11",2,"282.71");
INSERT INTO "Purchases" VALUES (4,3,4,"2023-02-26",1,"118.27");
INSERT INTO "Purchases" VALUES (5,6,10,"2023-03-22",2,"82.30");
INSERT INTO "Purchases" VALUES (6,6,13,"2023-04-04",6,"787.28");
INSERT INTO "Purchases" VALUES (7,2,24,"2023-04-20",6,"317.57");
INSERT INTO "Purchases" VALUES (8,1,16,"2023-04-20",6,"483.73");
INSERT INTO "Purchases" VALUES (9,13,28,"2023-04-27",6,"676.94");
INSERT INTO "Purchases" VALUES (10,12,22,"2023-05-02",3,"220.45");
INSERT INTO "Purchases" VALUES (11,12,7,"2023-05-17",2,"63.00");
INSERT INTO "Purchases" VALUES (12,3,12,"2023-05-21",1,"100.08");
INSERT INTO "Purchases" VALUES (13,1,10,"2023-06-08",1,"39.09");
INSERT INTO "Purchases" VALUES (14,6,13,"2023-06-28",3,"414.36");
INSERT INTO "Purchases" VALUES (15,12,2,"2023-07-03",1,"110.35");
INSERT INTO "Purchases" VALUES (16,12,10,"2023-07-04",6,"246.90");
INSERT INTO "Purchases" VALUES (17,6,16,"2023-07-11",1,"89.58");
INSERT INTO "Purchases" VALUES (18,1,18,"2023-07-22",3,"88.61");
INSERT INTO "Purchases" VALUES (19,5,23,"2023-08-08",12,"571.08");
INSERT INTO "Purchases" VALUES (20,6,30,"2023-08-12",6,"382.93");
INSERT INTO "Purchases" VALUES (21,7,12,"2023-08-19",3,"285.23");
INSERT INTO "Purchases" VALUES (22,4,19,"2023-08-26",1,"131.64");
INSERT INTO "Purchases" VALUES (23,13,3,"2023-09-22",2,"298.41");
INSERT INTO "Purchases" VALUES (24,4,13,"2023-10-03",1,"131.21");
INSERT INTO "Purchases" VALUES (25,13,24,"2023-10-15",6,"335.22");
INSERT INTO "Purchases" VALUES (26,12,21,"2023-10-16",1,"55.92");
INSERT INTO "Purchases" VALUES (27,12,2,"2023-10-19",6,"628.99");
INSERT INTO "Purchases" VALUES (28,9,4,"2023-10-22",3,"374.52");
INSERT INTO "Purchases" VALUES (29,1,13,"2023-11-05",2,"262.43");
INSERT INTO "Purchases" VALUES (30,10,29,"2023-11-06",1,"96.27");
INSERT INTO "Purchases" VALUES (31,9,22,"2023-11-09",1,"77.35");
INSERT INTO "Purchases" VALUES (32,7,4,"2023-11-09",12,"1498.07");
INSERT INTO "Purchases" VALUES (33,10,25,"2023-11-14",12,"731.76");
INSERT INTO "Purchases" VALUES (34,5,14,"2023-11-15",12,"1248.53");
INSERT INTO "Purchases" VALUES (35,12,7,"2023-11-25",2,"59.69");
INSERT INTO "Purchases" VALUES (36,12,29,"2023-12-08",1,"86.64");
INSERT INTO "Purchases" VALUES (37,6,19,"2023-12-15",1,"138.96");
INSERT INTO "Purchases" VALUES (38,4,29,"2023-12-21",6,"577.62");
INSERT INTO "Purchases" VALUES (39,13,3,"2023-12-24",3,"471.18");
INSERT INTO "Purchases" VALUES (40,10,8,"2023-12-26",2,"310.76");

INSERT INTO "Tasting_Event" VALUES (1,"Bordeaux Left Bank Evening","2023-02-26","London",97);
INSERT INTO "Tasting_Event" VALUES (2,"Old World Reds","2023-03-18","Manchester",44);
INSERT INTO "Tasting_Event" VALUES (3,"Summer Whites Garden Party","2023-04-25","Bristol",139);
INSERT INTO "Tasting_Event" VALUES (4,"Italian Classics","2023-05-06","London",85);
INSERT INTO "Tasting_Event" VALUES (5,"New World Showcase","2023-07-28","Edinburgh",73);
INSERT INTO "Tasting_Event" VALUES (6,"Spanish Fiesta Tasting","2023-08-14","Leeds",101);
INSERT INTO "Tasting_Event" VALUES (7,"Burgundy Masterclass","2023-09-22","London",56);
INSERT INTO "Tasting_Event" VALUES (8,"Festive Fine Wine Fair","2023-10-20","Edinburgh",127);

INSERT INTO "Wines_Poured" VALUES (1,7,1);
INSERT INTO "Wines_Poured" VALUES (1,22,2);
INSERT INTO "Wines_Poured" VALUES (1,30,3);
INSERT INTO "Wines_Poured" VALUES (1,4,4);
INSERT INTO "Wines_Poured" VALUES (1,28,5);
INSERT INTO "Wines_Poured" VALUES (1,18,6);
INSERT INTO "Wines_Poured" VALUES (2,11,1);
INSERT INTO "Wines_Poured" VALUES (2,26,2);
INSERT INTO "Wines_Poured" VALUES (2,19,3);
INSERT INTO "Wines_Poured" VALUES (2,18,4);
INSERT INTO "Wines_Poured" VALUES (3,27,1);
INSERT INTO "Wines_Poured" VALUES (3,18,2);
INSERT INTO "Wines_Poured" VALUES (3,21,3);
INSERT INTO "Wines_Poured" VALUES (3,3,4);
INSERT INTO "Wines_Poured" VALUES (3,2,5);
INSERT INTO "Wines_Poured" VALUES (3,16,6);
INSERT INTO "Wines_Poured" VALUES (4,8,1);
INSERT INTO "Wines_Poured" VALUES (4,5,2);
INSERT INTO "Wines_Poured" VALUES (4,24,3);
INSERT INTO "Wines_Poured" VALUES (4,10,4);
INSERT INTO "Wines_Poured" VALUES (5,14,1);
INSERT INTO "Wines_Poured" VALUES (5,29,2);
INSERT INTO "Wines_Poured" VALUES (5,6,3);
INSERT INTO "Wines_Poured" VALUES (5,28,4);
INSERT INTO "Wines_Poured" VALUES (6,24,1);
INSERT INTO "Wines_Poured" VALUES (6,7,2);
INSERT INTO "Wines_Poured" VALUES (6,19,3);
INSERT INTO "Wines_Poured" VALUES (6,3,4);
INSERT INTO "Wines_Poured" VALUES (6,12,5);
INSERT INTO "Wines_Poured" VALUES (6,22,6);
INSERT INTO "Wines_Poured" VALUES (7,28,1);
INSERT INTO "Wines_Poured" VALUES (7,23,2);
INSERT INTO "Wines_Poured" VALUES (8,24,1);
INSERT INTO "Wines_Poured" VALUES (8,10,2);
INSERT INTO "Wines_Poured" VALUES (8,6,3);
