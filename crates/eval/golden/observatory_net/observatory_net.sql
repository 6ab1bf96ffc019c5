PRAGMA foreign_keys = ON;

CREATE TABLE "Observatory" (
"Observatory_ID" int,
"Name" text,
"Country" text,
"Altitude" text,
"Founded_Year" int,
PRIMARY KEY ("Observatory_ID")
);

CREATE TABLE "Telescope" (
"Telescope_ID" int,
"Observatory_ID" int,
"Telescope_Name" text,
"Aperture_m" real,
"Type_Code" text,
"Commissioned_Year" int,
PRIMARY KEY ("Telescope_ID"),
FOREIGN KEY ("Observatory_ID") REFERENCES "Observatory"("Observatory_ID")
);

CREATE TABLE "Astronomer" (
"Astronomer_ID" int,
"Name" text,
"Nationality" text,
"Birth_Year" text,
"Gender" text,
PRIMARY KEY ("Astronomer_ID")
);

CREATE TABLE "Observing_Session" (
"Session_ID" int,
"Telescope_ID" int,
"Astronomer_ID" int,
"Session_Date" text,
"Hours" text,
"Weather_Code" text,
PRIMARY KEY ("Session_ID"),
FOREIGN KEY ("Telescope_ID") REFERENCES "Telescope"("Telescope_ID")
);

CREATE TABLE "Discovery" (
"Discovery_ID" int,
"Astronomer_ID" int,
"Object_Name" text,
"Object_Type" text,
"Discovery_Year" int,
PRIMARY KEY ("Discovery_ID"),
FOREIGN KEY ("Astronomer_ID") REFERENCES "Astronomer"("Astronomer_ID")
);

CREATE TABLE "Grants" (
"Grant_ID" int,
"Funding_Agency" text,
"Grant_Amount" real,
"Grant_Start_Date" text,
"Grant_End_Date" text,
"other_details" text,
PRIMARY KEY ("Grant_ID")
);

CREATE TABLE "Astronomer_Grant" (
"Astronomer_ID" int,
"Grant_ID" int,
"Role_Code" text,
PRIMARY KEY ("Astronomer_ID","Grant_ID"),
FOREIGN KEY ("Astronomer_ID") REFERENCES "Astronomer"("Astronomer_ID")
);

INSERT INTO "Observatory" VALUES (1,"Mauna Kea Observatories","USA","4205",1967);
INSERT INTO "Observatory" VALUES (2,"La Silla Observatory","Chile","2400",1964);
INSERT INTO "Observatory" VALUES (3,"Paranal Observatory","Chile","2635",1999);
INSERT INTO "Observatory" VALUES (4,"Roque de los Muchachos Observatory","Spain","2396",1985);
INSERT INTO "Observatory" VALUES (5,"Kitt Peak National Observatory","USA","2096",1958);
INSERT INTO "Observatory" VALUES (6,"Siding Spring Observatory","Australia","1165",1965);
INSERT INTO "Observatory" VALUES (7,"South African Astronomical Observatory","South Africa","1798",1972);
INSERT INTO "Observatory" VALUES (8,"Mount Wilson Observatory","USA","1742",1904);
INSERT INTO "Observatory" VALUES (9,"Calar Alto Observatory","Spain","2168",1979);
INSERT INTO "Observatory" VALUES (10,"Xinglong Observatory","China","960",1968);
INSERT INTO "Observatory" VALUES (11,"Lowell Observatory","USA","2210",1894);
INSERT INTO "Observatory" VALUES (12,"Pic du Midi Observatory","France","2877",1878);
INSERT INTO "Observatory" VALUES (13,"Armagh Observatory","United Kingdom","64",1790);

INSERT INTO "Telescope" VALUES (1,1,"Keck I",10.0,"REFL",1993);
INSERT INTO "Telescope" VALUES (2,1,"Keck II",10.0,"REFL",1996);
INSERT INTO "Telescope" VALUES (3,1,"Subaru",8.2,"REFL",1999);
INSERT INTO "Telescope" VALUES (4,1,"UKIRT",3.8,"REFL",1979);
INSERT INTO "Telescope" VALUES (5,2,"ESO 3.6m Telescope",3.57,"REFL",1977);
INSERT INTO "Telescope" VALUES (6,2,"New Technology Telescope",3.58,"REFL",1989);
INSERT INTO "Telescope" VALUES (7,2,"Danish 1.54m Telescope",1.54,"REFL",1979);
INSERT INTO "Telescope" VALUES (8,3,"VLT Antu",8.2,"REFL",1998);
INSERT INTO "Telescope" VALUES (9,3,"VISTA",4.1,"REFL",2009);
INSERT INTO "Telescope" VALUES (10,3,"VLT Survey Telescope",2.6,"REFL",2011);
INSERT INTO "Telescope" VALUES (11,4,"Gran Telescopio Canarias",10.4,"REFL",2009);
INSERT INTO "Telescope" VALUES (12,4,"William Herschel Telescope",4.2,"REFL",1987);
INSERT INTO "Telescope" VALUES (13,4,"Swedish Solar Telescope",0.98,"SOLR",2002);
INSERT INTO "Telescope" VALUES (14,5,"Mayall Telescope",4.0,"REFL",1973);
INSERT INTO "Telescope" VALUES (15,5,"WIYN Telescope",3.5,"REFL",1994);
INSERT INTO "Telescope" VALUES (16,5,"McMath-Pierce Solar Telescope",1.61,"SOLR",1962);
INSERT INTO "Telescope" VALUES (17,6,"Anglo-Australian Telescope",3.9,"REFL",1974);
INSERT INTO "Telescope" VALUES (18,6,"UK Schmidt Telescope",1.24,"SCHM",1973);
INSERT INTO "Telescope" VALUES (19,7,"Southern African Large Telescope",11.1,"REFL",2005);
INSERT INTO "Telescope" VALUES (20,8,"Hooker Telescope",2.54,"REFL",1917);
INSERT INTO "Telescope" VALUES (21,8,"60-inch Telescope",1.52,"REFL",1908);
INSERT INTO "Telescope" VALUES (22,9,"Calar Alto 3.5m Telescope",3.5,"REFL",1984);
INSERT INTO "Telescope" VALUES (23,10,"LAMOST",4.0,"SCHM",2008);
INSERT INTO "Telescope" VALUES (24,11,"Clark Refractor",0.61,"REFR",1896);
INSERT INTO "Telescope" VALUES (25,11,"Lowell Discovery Telescope",4.3,"REFL",2012);
INSERT INTO "Telescope" VALUES (26,12,"Bernard Lyot Telescope",2.0,"REFL",1980);

INSERT INTO "Astronomer" VALUES (1,"Elena Vasquez","Spain","1971","F");
INSERT INTO "Astronomer" VALUES (2,"Thomas Whitfield","United Kingdom","1958","M");
INSERT INTO "Astronomer" VALUES (3,"Priya Raman","India","1983","F");
INSERT INTO "Astronomer" VALUES (4,"Carlos Mendoza","Chile","1976","M");
INSERT INTO "Astronomer" VALUES (5,"Hannah Kowalski","USA","1989","F");
INSERT INTO "Astronomer" VALUES (6,"Kenji Watanabe","Japan","1965","M");
INSERT INTO "Astronomer" VALUES (7,"Sophie Laurent","France","1980","F");
INSERT INTO "Astronomer" VALUES (8,"Daniel Okafor","South Africa","1974","M");
INSERT INTO "Astronomer" VALUES (9,"Li Wei","China","1986","M");
INSERT INTO "Astronomer" VALUES (10,"Marta Rossi","Italy","1969","F");
INSERT INTO "Astronomer" VALUES (11,"James O'Connell","Australia","1962","M");
INSERT INTO "Astronomer" VALUES (12,"Ingrid Halvorsen","Norway","1991","F");
INSERT INTO "Astronomer" VALUES (13,"Rafael Costa","Brazil","1978","M");
INSERT INTO "Astronomer" VALUES (14,"Ana Pereira","Chile","1985","F");
INSERT INTO "Astronomer" VALUES (15,"Michael Brandt","Germany","1967","M");
INSERT INTO "Astronomer" VALUES (16,"Grace Thompson","USA","1993","F");
INSERT INTO "Astronomer" VALUES (17,"Yusuf Demir","Turkey","1981","M");
INSERT INTO "Astronomer" VALUES (18,"Olivia Bennett","United Kingdom","1975","F");

INSERT INTO "Observing_Session" VALUES (1,14,9,"2022-12-01","9.5","CLR");
INSERT INTO "Observing_Session" VALUES (2,25,6,"2022-01-24","8.0","CLD");
INSERT INTO "Observing_Session" VALUES (3,17,1,"2021-03-05","7.5","CLR");
INSERT INTO "Observing_Session" VALUES (4,20,18,"2020-09-06","9.0","PCL");
INSERT INTO "Observing_Session" VALUES (5,9,6,"2023-03-08","3.5","CLR");
INSERT INTO "Observing_Session" VALUES (6,18,11,"2021-07-19","6.5","CLR");
INSERT INTO "Observing_Session" VALUES (7,1,9,"2021-07-18","3.5","CLD");
INSERT INTO "Observing_Session" VALUES (8,16,12,"2019-06-16","10.0","PCL");
INSERT INTO "Observing_Session" VALUES (9,26,10,"2020-02-20","7.5","CLD");
INSERT INTO "Observing_Session" VALUES (10,15,10,"2020-09-24","3.5","CLR");
INSERT INTO "Observing_Session" VALUES (11,14,12,"2023-09-20","6.5","PCL");
INSERT INTO "Observing_Session" VALUES (12,19,5,"2023-05-20","5.5","PCL");
INSERT INTO "Observing_Session" VALUES (13,22,4,"2021-01-26","10.0","WND");
INSERT INTO "Observing_Session" VALUES (14,26,6,"2023-07-02","7.5","CLR");
INSERT INTO "Observing_Session" VALUES (15,11,13,"2023-10-12","8.0","CLR");
INSERT INTO "Observing_Session" VALUES (16,4,2,"2023-12-07","4.5","CLR");
INSERT INTO "Observing_Session" VALUES (17,18,1,"2022-06-17","10.0","PCL");
INSERT INTO "Observing_Session" VALUES (18,22,7,"2023-12-09","7.5","PCL");
INSERT INTO "Observing_Session" VALUES (19,10,10,"2019-05-04","9.0","CLD");
INSERT INTO "Observing_Session" VALUES (20,8,4,"2023-07-16","5.5","CLR");
INSERT INTO "Observing_Session" VALUES (21,2,3,"2020-05-20","9.5","WND");
INSERT INTO "Observing_Session" VALUES (22,23,14,"2021-07-25","4.5","CLR");
INSERT INTO "Observing_Session" VALUES (23,8,12,"2021-04-15","8.0","WND");
INSERT INTO "Observing_Session" VALUES (24,18,11,"2023-09-07","5.5","CLR");
INSERT INTO "Observing_Session" VALUES (25,4,6,"2019-09-04","5.5","PCL");
INSERT INTO "Observing_Session" VALUES (26,11,9,"2023-07-02","8.5","CLR");
INSERT INTO "Observing_Session" VALUES (27,5,2,"2023-08-20","6.5","PCL");
INSERT INTO "Observing_Session" VALUES (28,26,6,"2020-10-20","10.0","PCL");
INSERT INTO "Observing_Session" VALUES (29,16,18,"2019-02-12","8.5","CLR");
INSERT INTO "Observing_Session" VALUES (30,20,14,"2023-12-18","11.0","PCL");
INSERT INTO "Observing_Session" VALUES (31,7,18,"2022-08-16","9.5","CLR");
INSERT INTO "Observing_Session" VALUES (32,7,2,"2019-07-04","4.5","CLR");
INSERT INTO "Observing_Session" VALUES (33,12,9,"2020-04-11","10.5","CLD");
INSERT INTO "Observing_Session" VALUES (34,16,10,"2020-04-18","11.0","WND");
INSERT INTO "Observing_Session" VALUES (35,19,11,"2021-12-22","8.5","CLD");
INSERT INTO "Observing_Session" VALUES (36,20,2,"2021-07-21","4.0","CLR");
INSERT INTO "Observing_Session" VALUES (37,4,18,"2022-09-02","9.5","PCL");
INSERT INTO "Observing_Session" VALUES (38,23,10,"2023-11-26","5.5","CLR");
INSERT INTO "Observing_Session" VALUES (39,17,7,"2021-03-09","5.5","PCL");
INSERT INTO "Observing_Session" VALUES (40,12,11,"2019-02-06","8.5","PCL");

INSERT INTO "Discovery" VALUES (1,2,"V1247 Centauri","Variable Star",2013);
INSERT INTO "Discovery" VALUES (2,11,"C/2007 P6","Comet",2007);
INSERT INTO "Discovery" VALUES (3,8,"V2528 Aquilae","Variable Star",2018);
INSERT INTO "Discovery" VALUES (4,14,"C/2016 F5","Comet",2016);
INSERT INTO "Discovery" VALUES (5,10,"C/2021 T6","Comet",2021);
INSERT INTO "Discovery" VALUES (6,17,"SN 2012gqy","Supernova",2012);
INSERT INTO "Discovery" VALUES (7,5,"C/2019 X8","Comet",2019);
INSERT INTO "Discovery" VALUES (8,17,"SN 2010bsv","Supernova",2010);
INSERT INTO "Discovery" VALUES (9,3,"SN 2016emj","Supernova",2016);
INSERT INTO "Discovery" VALUES (10,17,"C/2022 K6","Comet",2022);
INSERT INTO "Discovery" VALUES (11,1,"V818 Aquilae","Variable Star",2006);
INSERT INTO "Discovery" VALUES (12,17,"C/2010 C7","Comet",2010);
INSERT INTO "Discovery" VALUES (13,3,"2007 VP78","Asteroid",2007);
INSERT INTO "Discovery" VALUES (14,2,"2022 RR53","Asteroid",2022);
INSERT INTO "Discovery" VALUES (15,5,"2020 VZ67","Asteroid",2020);
INSERT INTO "Discovery" VALUES (16,1,"V2615 Aquilae","Variable Star",2019);
INSERT INTO "Discovery" VALUES (17,6,"2016 OV49","Asteroid",2016);
INSERT INTO "Discovery" VALUES (18,16,"V1455 Centauri","Variable Star",2022);
INSERT INTO "Discovery" VALUES (19,1,"C/2007 H9","Comet",2007);
INSERT INTO "Discovery" VALUES (20,16,"2020 CQ92","Asteroid",2020);
INSERT INTO "Discovery" VALUES (21,9,"C/2012 B3","Comet",2012);
INSERT INTO "Discovery" VALUES (22,10,"SN 2015oel","Supernova",2015);
INSERT INTO "Discovery" VALUES (23,15,"SN 2015xtc","Supernova",2015);
INSERT INTO "Discovery" VALUES (24,17,"WASP-1069 b","Exoplanet",2010);
INSERT INTO "Discovery" VALUES (25,9,"SN 2014jzd","Supernova",2014);
INSERT INTO "Discovery" VALUES (26,15,"C/2013 F3","Comet",2013);
INSERT INTO "Discovery" VALUES (27,6,"V973 Cygni","Variable Star",2005);
INSERT INTO "Discovery" VALUES (28,4,"SN 2008xuq","Supernova",2008);
INSERT INTO "Discovery" VALUES (29,3,"KELT-97 b","Exoplanet",2021);
INSERT INTO "Discovery" VALUES (30,2,"WASP-326 b","Exoplanet",2022);

INSERT INTO "Grants" VALUES (1,"National Science Foundation",344000.0,"2016-11-01","2019-11-01",NULL);
INSERT INTO "Grants" VALUES (2,"European Research Council",239000.0,"2018-07-01","2021-07-01",NULL);
INSERT INTO "Grants" VALUES (3,"NASA",911000.0,"2016-04-01","2021-04-01",NULL);
INSERT INTO "Grants" VALUES (4,"Australian Research Council",276000.0,"2021-11-01","2025-11-01","renewable");
INSERT INTO "Grants" VALUES (5,"National Research Foundation",858000.0,"2017-07-01","2021-07-01","instrument development");
INSERT INTO "Grants" VALUES (6,"Chinese Academy of Sciences",582000.0,"2021-03-01","2026-03-01","renewable");
INSERT INTO "Grants" VALUES (7,"ESO",238000.0,"2014-12-01","2019-12-01","renewable");
INSERT INTO "Grants" VALUES (8,"Spanish Research Agency",384000.0,"2020-02-01","2023-02-01",NULL);
INSERT INTO "Grants" VALUES (9,"NASA",931000.0,"2020-10-01","2025-10-01",NULL);
INSERT INTO "Grants" VALUES (10,"National Science Foundation",123000.0,"2014-06-01","2016-06-01","postdoc support");
INSERT INTO "Grants" VALUES (11,"European Research Council",403000.0,"2021-12-01","2025-12-01","instrument development");
INSERT INTO "Grants" VALUES (12,"National Science Foundation",830000.0,"2016-03-01","2018-03-01","postdoc support");

INSERT INTO "Astronomer_Grant" VALUES (1,1,"COI");
INSERT INTO "Astronomer_Grant" VALUES (2,8,"COI");
INSERT INTO "Astronomer_Grant" VALUES (3,3,"PI");
INSERT INTO "Astronomer_Grant" VALUES (3,8,"PI");
INSERT INTO "Astronomer_Grant" VALUES (3,12,"COI");
INSERT INTO "Astronomer_Grant" VALUES (4,4,"COI");
INSERT INTO "Astronomer_Grant" VALUES (4,5,"COI");
INSERT INTO "Astronomer_Grant" VALUES (4,9,"PI");
INSERT INTO "Astronomer_Grant" VALUES (5,2,"PI");
INSERT INTO "Astronomer_Grant" VALUES (5,8,"PI");
INSERT INTO "Astronomer_Grant" VALUES (7,4,"PI");
INSERT INTO "Astronomer_Grant" VALUES (7,5,"COI");
INSERT INTO "Astronomer_Grant" VALUES (7,9,"COI");
INSERT INTO "Astronomer_Grant" VALUES (8,8,"PI");
INSERT INTO "Astronomer_Grant" VALUES (9,6,"COI");
INSERT INTO "Astronomer_Grant" VALUES (9,12,"COI");
INSERT INTO "Astronomer_Grant" VALUES (10,11,"PI");
INSERT INTO "Astronomer_Grant" VALUES (11,3,"COI");
INSERT INTO "Astronomer_Grant" VALUES (11,6,"COI");
INSERT INTO "Astronomer_Grant" VALUES (14,10,"COI");
INSERT INTO "Astronomer_Grant" VALUES (15,2,"COI");
INSERT INTO "Astronomer_Grant" VALUES (17,3,"COI");
INSERT INTO "Astronomer_Grant" VALUES (18,5,"COI");
INSERT INTO "Astronomer_Grant" VALUES (18,10,"PI");
