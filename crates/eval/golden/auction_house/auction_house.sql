PRAGMA foreign_keys = OFF;
BEGIN TRANSACTION;
CREATE TABLE Saleroom (
    RoomID INTEGER PRIMARY KEY,
    RoomName VARCHAR(60) NOT NULL,
    city_cd CHAR(3),
    capacity INTEGER,
    climate_ctl CHAR(1),
    opened_yr INTEGER
);

CREATE TABLE Ref_Category_Codes (
    cat_code CHAR(3) PRIMARY KEY,
    cat_desc VARCHAR(60),
    vat_band CHAR(1)
);

CREATE TABLE SpecialistStaff (
    SpecID INTEGER PRIMARY KEY,
    spec_fname VARCHAR(30),
    spec_lname VARCHAR(30),
    job_ttl VARCHAR(40),
    dept_head INTEGER,
    cat_cd CHAR(3),
    hire_dt TEXT,
    base_city CHAR(3),
    FOREIGN KEY (dept_head) REFERENCES SpecialistStaff(SpecID),
    FOREIGN KEY (cat_cd) REFERENCES Ref_Category_Codes(cat_code)
);

CREATE TABLE auctions (
    auction_id INTEGER PRIMARY KEY,
    sale_title VARCHAR(80),
    venue INTEGER,
    sale_dt TEXT,
    sale_typ CHAR(1),
    auctioneer INTEGER,
    prem_pct TEXT,
    FOREIGN KEY (venue) REFERENCES Saleroom(RoomID),
    FOREIGN KEY (auctioneer) REFERENCES SpecialistStaff(SpecID)
);

CREATE TABLE consignors (
    cnsr_id INTEGER PRIMARY KEY,
    cnsr_name VARCHAR(60),
    cnsr_city VARCHAR(30),
    cnsr_type CHAR(1),
    vip_flg CHAR(1),
    phone VARCHAR(20)
);

CREATE TABLE lots (
    lot_id INTEGER PRIMARY KEY,
    auction_id INTEGER,
    lot_no INTEGER,
    lot_title VARCHAR(100),
    cat_cd CHAR(3),
    consigned_by INTEGER,
    cataloguer INTEGER,
    low_est INTEGER,
    high_est INTEGER,
    reserve TEXT,
    hammer_amt INTEGER,
    sold_yn CHAR(1),
    FOREIGN KEY (auction_id) REFERENCES auctions(auction_id),
    FOREIGN KEY (consigned_by) REFERENCES consignors(cnsr_id),
    FOREIGN KEY (cataloguer) REFERENCES SpecialistStaff(SpecID)
);

CREATE TABLE bidders (
    BidderID INTEGER PRIMARY KEY,
    bdr_fname VARCHAR(30),
    bdr_lname VARCHAR(30),
    cntry CHAR(2),
    reg_dt TEXT,
    credit_lmt TEXT,
    dealer_yn CHAR(1)
);

CREATE TABLE Bids (
    bid_id INTEGER PRIMARY KEY,
    lot_id INTEGER NOT NULL,
    paddle INTEGER NOT NULL,
    bid_amt INTEGER,
    bid_ts TEXT,
    channel CHAR(1),
    FOREIGN KEY (lot_id) REFERENCES lots(lot_id),
    FOREIGN KEY (paddle) REFERENCES bidders(BidderID)
);

CREATE TABLE consignment_transfers (
    xfer_id INTEGER PRIMARY KEY,
    lot_id INTEGER,
    from_room INTEGER,
    to_room INTEGER,
    xfer_dt TEXT,
    carrier VARCHAR(30),
    insured_val INTEGER
);
INSERT INTO Saleroom VALUES(1,'King Street Great Room','LDN',450,'Y',1823);
INSERT INTO Saleroom VALUES(2,'King Street Gallery 2','LDN',120,'Y',1995);
INSERT INTO Saleroom VALUES(3,'South Kensington Hall','LDN',310,'N',1975);
INSERT INTO Saleroom VALUES(4,'Rockefeller Plaza Main','NYC',620,'Y',1999);
INSERT INTO Saleroom VALUES(5,'Rockefeller Gallery 20','NYC',150,'Y',2001);
INSERT INTO Saleroom VALUES(6,'Park Avenue Salon','NYC',210,'N',1977);
INSERT INTO Saleroom VALUES(7,'Avenue Matignon Salle 1','PAR',280,'Y',2001);
INSERT INTO Saleroom VALUES(8,'Avenue Matignon Salle 2','PAR',90,'N',2006);
INSERT INTO Saleroom VALUES(9,'Alexandra House Room A','HKG',360,'Y',2012);
INSERT INTO Saleroom VALUES(10,'Convention Centre Hall 5','HKG',800,'Y',1988);
INSERT INTO Saleroom VALUES(11,'Quai du Mont-Blanc Room','GVA',180,'Y',1994);
INSERT INTO Saleroom VALUES(12,'Hotel des Bergues Salon','GVA',110,'N',1968);
INSERT INTO Saleroom VALUES(13,'Palazzo Clerici Sala','MIL',160,'N',2003);
INSERT INTO Saleroom VALUES(14,'Bahnhofstrasse Room','ZRH',100,'Y',2010);
INSERT INTO Saleroom VALUES(15,'Cornelis Schuytstraat Room','AMS',140,'N',1973);
INSERT INTO Ref_Category_Codes VALUES('PNT','Paintings','A');
INSERT INTO Ref_Category_Codes VALUES('DRW','Drawings and Watercolours','A');
INSERT INTO Ref_Category_Codes VALUES('SCU','Sculpture','A');
INSERT INTO Ref_Category_Codes VALUES('FUR','Furniture','B');
INSERT INTO Ref_Category_Codes VALUES('CER','Ceramics','B');
INSERT INTO Ref_Category_Codes VALUES('SLV','Silver','B');
INSERT INTO Ref_Category_Codes VALUES('JWL','Jewellery','C');
INSERT INTO Ref_Category_Codes VALUES('WTC','Watches','C');
INSERT INTO Ref_Category_Codes VALUES('CLK','Clocks','C');
INSERT INTO Ref_Category_Codes VALUES('ASN','Asian Works of Art','A');
INSERT INTO Ref_Category_Codes VALUES('BKS','Books and Manuscripts','D');
INSERT INTO Ref_Category_Codes VALUES('WIN','Wine','D');
INSERT INTO Ref_Category_Codes VALUES('PHO','Photographs','A');
INSERT INTO Ref_Category_Codes VALUES('TXT','Textiles and Carpets','B');
INSERT INTO Ref_Category_Codes VALUES('ARM','Arms and Armour','B');
INSERT INTO SpecialistStaff VALUES(1,'Eleanor','Hartley','International Head of Pictures',NULL,'PNT','2004-03-15','LDN');
INSERT INTO SpecialistStaff VALUES(2,'Marcus','Oyelaran','Head of Decorative Arts',NULL,'FUR','2007-09-01','NYC');
INSERT INTO SpecialistStaff VALUES(3,'Sophie','Lemaire','Head of Jewellery and Watches',NULL,'JWL','2009-01-12','GVA');
INSERT INTO SpecialistStaff VALUES(4,'Wen','Zhao','Head of Asian Art',NULL,'ASN','2011-06-20','HKG');
INSERT INTO SpecialistStaff VALUES(5,'Rupert','Ashdown','Head of Books and Wine',NULL,'BKS','2006-11-07','LDN');
INSERT INTO SpecialistStaff VALUES(6,'Clara','Whitfield','Senior Specialist',1,'PNT','2012-02-01','LDN');
INSERT INTO SpecialistStaff VALUES(7,'Daniel','Rosen','Specialist',1,'PNT','2016-05-16','NYC');
INSERT INTO SpecialistStaff VALUES(8,'Ines','Moreau','Specialist',1,'DRW','2015-10-03','PAR');
INSERT INTO SpecialistStaff VALUES(9,'Tobias','Kern','Associate Specialist',1,'PHO','2019-04-08','NYC');
INSERT INTO SpecialistStaff VALUES(10,'Giulia','Ferraro','Senior Specialist',1,'SCU','2013-07-22','MIL');
INSERT INTO SpecialistStaff VALUES(11,'Henry','Blackwood','Senior Specialist',2,'FUR','2010-03-29','LDN');
INSERT INTO SpecialistStaff VALUES(12,'Priya','Nair','Specialist',2,'CER','2017-08-14','LDN');
INSERT INTO SpecialistStaff VALUES(13,'Samuel','Okafor','Specialist',2,'SLV','2018-01-09','NYC');
INSERT INTO SpecialistStaff VALUES(14,'Lena','Vogel','Associate Specialist',2,'TXT','2020-09-21','AMS');
INSERT INTO SpecialistStaff VALUES(15,'Hugo','Brandt','Specialist',3,'WTC','2014-12-01','GVA');
INSERT INTO SpecialistStaff VALUES(16,'Aline','Duval','Specialist',3,'JWL','2016-02-15','PAR');
INSERT INTO SpecialistStaff VALUES(17,'Felix','Amsler','Associate Specialist',3,'CLK','2021-03-02','ZRH');
INSERT INTO SpecialistStaff VALUES(18,'Mei','Chan','Senior Specialist',4,'ASN','2014-05-19','HKG');
INSERT INTO SpecialistStaff VALUES(19,'Kenji','Ito','Specialist',4,'ASN','2019-11-11','HKG');
INSERT INTO SpecialistStaff VALUES(20,'Oliver','Pryce','Specialist',5,'WIN','2015-06-30','LDN');
INSERT INTO SpecialistStaff VALUES(21,'Beatrice','Lowe','Associate Specialist',5,'BKS','2022-01-17','NYC');
INSERT INTO SpecialistStaff VALUES(22,'Ralph','Cotter','Specialist',2,'ARM','2011-10-10','LDN');
INSERT INTO auctions VALUES(1,'Old Masters Evening Sale',1,'2022-07-07','E',15,'26');
INSERT INTO auctions VALUES(2,'Important Watches',11,'2022-05-14','E',5,'25');
INSERT INTO auctions VALUES(3,'Magnificent Jewels',11,'2022-11-08','E',6,'26');
INSERT INTO auctions VALUES(4,'Fine Chinese Ceramics and Works of Art',9,'2022-11-30','E',6,'25');
INSERT INTO auctions VALUES(5,'Interiors',3,'2022-03-22','D',4,'26');
INSERT INTO auctions VALUES(6,'Finest and Rarest Wines',2,'2022-09-15','D',15,'25');
INSERT INTO auctions VALUES(7,'Impressionist and Modern Art Evening Sale',4,'2022-05-12','E',1,'27.5');
INSERT INTO auctions VALUES(8,'Valuable Books and Manuscripts',2,'2022-12-07','D',6,'26');
INSERT INTO auctions VALUES(9,'Photographs',5,'2022-10-04','O',NULL,'20');
INSERT INTO auctions VALUES(10,'European Furniture and Works of Art',6,'2022-10-19','D',15,'25');
INSERT INTO auctions VALUES(11,'Old Masters Day Sale',1,'2023-07-08','D',3,'25');
INSERT INTO auctions VALUES(12,'Rare Watches Online',14,'2023-02-20','O',NULL,'20');
INSERT INTO auctions VALUES(13,'Jewels Online',8,'2023-03-09','O',NULL,'20');
INSERT INTO auctions VALUES(14,'Chinese Works of Art',10,'2023-05-30','D',1,'25');
INSERT INTO auctions VALUES(15,'Arts d''Asie',7,'2023-06-14','D',6,'25');
INSERT INTO auctions VALUES(16,'Modern British Art',1,'2023-03-01','E',4,'26');
INSERT INTO auctions VALUES(17,'Impressionist and Modern Art Day Sale',4,'2023-05-16','D',5,'27.5');
INSERT INTO auctions VALUES(18,'Silver and Gold Boxes',3,'2023-09-27','D',11,'25');
INSERT INTO auctions VALUES(19,'Arms, Armour and Militaria',15,'2023-04-25','D',18,'26');
INSERT INTO auctions VALUES(20,'Italian Sale',13,'2023-10-18','E',11,'25');
INSERT INTO auctions VALUES(21,'Fine Wines and Spirits Online',5,'2023-11-29','O',NULL,'20');
INSERT INTO auctions VALUES(22,'Magnificent Jewels and Noble Jewels',12,'2023-11-07','E',1,'26');
INSERT INTO auctions VALUES(23,'Carpets and Textiles',15,'2023-08-30','D',6,'26');
INSERT INTO auctions VALUES(24,'Asian Art Week Evening',9,'2024-03-19','E',11,'25');
INSERT INTO auctions VALUES(25,'20th Century Evening Sale',4,'2024-05-14','E',4,'25');
INSERT INTO auctions VALUES(26,'Old Master Drawings',1,'2024-01-24','D',11,'25');
INSERT INTO auctions VALUES(27,'Clocks and Barometers',14,'2024-02-28','O',NULL,'20');
INSERT INTO auctions VALUES(28,'The Collector: English Furniture',2,'2024-04-10','D',11,'25');
INSERT INTO auctions VALUES(29,'Books and Manuscripts Online',5,'2024-06-05','O',NULL,'20');
INSERT INTO auctions VALUES(30,'Important Watches Spring',11,'2024-05-11','E',6,'27.5');
INSERT INTO consignors VALUES(1,'Estate of Lady Margaret Ormsby','London','E','Y','+44 20 7946 0112');
INSERT INTO consignors VALUES(2,'Harrington Fine Art Ltd','London','D','N','+44 20 7946 0388');
INSERT INTO consignors VALUES(3,'Jonathan Pell','New York','P','Y','+1 212 555 0143');
INSERT INTO consignors VALUES(4,'The Vandermeer Collection','Amsterdam','I','N','+31 20 555 0199');
INSERT INTO consignors VALUES(5,'Catherine Dubois','Paris','P','N',NULL);
INSERT INTO consignors VALUES(6,'Li Wei Holdings','Hong Kong','D','Y','+852 5550 1234');
INSERT INTO consignors VALUES(7,'Estate of Robert K. Sloane','Boston','E','N','+1 617 555 0170');
INSERT INTO consignors VALUES(8,'Giovanni Bellucci','Milan','P','N','+39 02 5550 4410');
INSERT INTO consignors VALUES(9,'Bergstrom Foundation','Stockholm','I','Y','+46 8 555 012 34');
INSERT INTO consignors VALUES(10,'Anna Schreiber','Zurich','P','N',NULL);
INSERT INTO consignors VALUES(11,'Mayfair Antiques','London','D','N','+44 20 7946 0921');
INSERT INTO consignors VALUES(12,'Estate of Hiroshi Tanaka','Tokyo','E','Y','+81 3 5550 8821');
INSERT INTO consignors VALUES(13,'Patricia Welles','Los Angeles','P','N','+1 310 555 0101');
INSERT INTO consignors VALUES(14,'Chateau Montclair SA','Bordeaux','D','N','+33 5 55 50 12 12');
INSERT INTO consignors VALUES(15,'Geneva Horology Trust','Geneva','I','N','+41 22 555 0707');
INSERT INTO consignors VALUES(16,'Michael Fairbanks','Chicago','P','N',NULL);
INSERT INTO consignors VALUES(17,'Estate of Dame Iris Carew','Edinburgh','E','Y','+44 131 496 0555');
INSERT INTO consignors VALUES(18,'Oriental Heritage Co','Hong Kong','D','N','+852 5550 9876');
INSERT INTO consignors VALUES(19,'Sarah Goldberg','New York','P','Y','+1 212 555 0199');
INSERT INTO consignors VALUES(20,'Klaus Hoffmann','Munich','P','N','+49 89 5550 3322');
INSERT INTO consignors VALUES(21,'Rijksfonds Collection','Amsterdam','I','N',NULL);
INSERT INTO consignors VALUES(22,'Thomas Avery','Bath','P','N','+44 1225 496 010');
INSERT INTO consignors VALUES(23,'Estate of Madeleine Roux','Lyon','E','N','+33 4 55 50 77 10');
INSERT INTO consignors VALUES(24,'Castlegate Books','Oxford','D','N','+44 1865 496 222');
INSERT INTO consignors VALUES(25,'Yuki Nakamura','Osaka','P','N','+81 6 5550 4040');
INSERT INTO bidders VALUES(1,'Emma','Abbott','IT','2019-12-13','750000','N');
INSERT INTO bidders VALUES(2,'Charlotte','Laurent','FR','2015-09-13','500000','N');
INSERT INTO bidders VALUES(3,'Rafael','Hughes','GB','2018-10-01','5000000','Y');
INSERT INTO bidders VALUES(4,'Ingrid','Delacroix','DE','2019-03-05','5000000','N');
INSERT INTO bidders VALUES(5,'Grace','Fontaine','FR','2015-11-04','500000','N');
INSERT INTO bidders VALUES(6,'Arjun','Whitmore','JP','2017-12-22','100000','Y');
INSERT INTO bidders VALUES(7,'Rafael','Sinclair','JP','2020-03-29',NULL,'Y');
INSERT INTO bidders VALUES(8,'Frederick','Schmid','FR','2020-07-12','1000000','Y');
INSERT INTO bidders VALUES(9,'Frederick','Lee','GB','2021-03-23','25000','N');
INSERT INTO bidders VALUES(10,'Julia','Keller','IT','2019-03-02','1000000','Y');
INSERT INTO bidders VALUES(11,'Frederick','Whitmore','DE','2017-03-02','100000','Y');
INSERT INTO bidders VALUES(12,'Hannah','Ricci','US','2018-11-21','750000','N');
INSERT INTO bidders VALUES(13,'Nadia','Rossi','GB','2019-08-22','2000000','N');
INSERT INTO bidders VALUES(14,'Camille','Moreno','CH','2019-08-28','5000000','Y');
INSERT INTO bidders VALUES(15,'Amelie','Moreno','HK','2020-10-07','250000','Y');
INSERT INTO bidders VALUES(16,'Grace','Ho','DE','2017-03-01','1000000','N');
INSERT INTO bidders VALUES(17,'Mira','Carter','CH','2015-02-01','50000','N');
INSERT INTO bidders VALUES(18,'Emma','Marchetti','FR','2018-07-18','750000','N');
INSERT INTO bidders VALUES(19,'Ingrid','Wong','JP','2019-10-14','5000000','Y');
INSERT INTO bidders VALUES(20,'Charlotte','Lee','US','2019-12-05','100000','N');
INSERT INTO bidders VALUES(21,'William','Wong','HK','2015-08-10','1000000','N');
INSERT INTO bidders VALUES(22,'George','Whitmore','JP','2018-03-12','100000','Y');
INSERT INTO bidders VALUES(23,'Arjun','Ho','GB','2016-11-07','50000','Y');
INSERT INTO bidders VALUES(24,'Julia','Fischer','HK','2016-03-07','5000000','N');
INSERT INTO bidders VALUES(25,'Rafael','Bennett','DE','2018-11-11','500000','N');
INSERT INTO bidders VALUES(26,'Chen','Gallagher','DE','2016-10-05','500000','N');
INSERT INTO bidders VALUES(27,'Edward','Tanaka','IT','2015-10-15','250000','N');
INSERT INTO bidders VALUES(28,'Laura','Johansson','HK','2018-04-01','500000','Y');
INSERT INTO bidders VALUES(29,'Bruno','Yamamoto','JP','2021-07-11','750000','N');
INSERT INTO bidders VALUES(30,'Helena','Lee','HK','2015-02-11','50000','Y');
INSERT INTO bidders VALUES(31,'James','Sato','GB','2021-02-25','1000000','N');
INSERT INTO bidders VALUES(32,'Camille','Gallagher','FR','2020-12-16','500000','N');
INSERT INTO bidders VALUES(33,'Amelie','Sato','GB','2016-05-13','2000000','Y');
INSERT INTO bidders VALUES(34,'Hiro','Huang','CH','2021-09-28','2000000','N');
INSERT INTO bidders VALUES(35,'Oscar','Fischer','US','2020-07-22','500000','N');
INSERT INTO bidders VALUES(36,'Laura','Dubois','DE','2020-09-24','2000000','N');
INSERT INTO bidders VALUES(37,'Pierre','Bennett','JP','2019-01-24','2000000','N');
INSERT INTO bidders VALUES(38,'Patrick','Ford','US','2021-07-02','25000','N');
INSERT INTO bidders VALUES(39,'Mira','Moreno','DE','2018-11-21','5000000','N');
INSERT INTO bidders VALUES(40,'Rafael','Fischer','FR','2020-03-13','2000000','N');
INSERT INTO lots VALUES(1,1,2,'Study of Hands','DRW',2,8,10000,14000,'10000',NULL,'N');
INSERT INTO lots VALUES(2,1,5,'View of Tivoli','DRW',5,8,27000,38000,'22000',26000,'Y');
INSERT INTO lots VALUES(3,1,10,'Figure Studies, Red Chalk','DRW',4,8,67000,107000,'54000',120000,'Y');
INSERT INTO lots VALUES(4,2,1,'French Ormolu Mantel Clock','CLK',11,17,78000,109000,'70000',NULL,'N');
INSERT INTO lots VALUES(5,2,6,'Patek Philippe Calatrava','WTC',16,15,12000,19000,'11000',12000,'Y');
INSERT INTO lots VALUES(6,2,7,'Rolex Daytona Ref 6263','WTC',15,15,43000,86000,'34000',39000,'Y');
INSERT INTO lots VALUES(7,2,12,'Longcase Clock by Thomas Tompion','CLK',11,17,3000,6000,'3000',3400,'Y');
INSERT INTO lots VALUES(8,2,13,'Carriage Clock','CLK',20,17,52000,104000,'36000',40000,'Y');
INSERT INTO lots VALUES(9,3,2,'Sapphire and Diamond Ring','JWL',3,16,8700,12200,'7800',NULL,'N');
INSERT INTO lots VALUES(10,3,3,'Art Deco Emerald Bracelet','JWL',5,3,41000,62000,'41000',42000,'Y');
INSERT INTO lots VALUES(11,3,4,'Natural Pearl Necklace','JWL',13,3,300000,600000,'240000',270000,'Y');
INSERT INTO lots VALUES(12,3,5,'Ruby Brooch','JWL',19,16,44000,62000,'31000',NULL,'N');
INSERT INTO lots VALUES(13,4,1,'Ming Blue and White Vase','ASN',6,19,420000,840000,'380000',NULL,'N');
INSERT INTO lots VALUES(14,4,4,'Qing Jade Brush Pot','ASN',12,18,110000,180000,'88000',150000,'Y');
INSERT INTO lots VALUES(15,4,5,'Famille Rose Bowl','ASN',6,4,1600000,2400000,'1600000',NULL,'N');
INSERT INTO lots VALUES(16,4,6,'Gilt Bronze Buddha','ASN',12,19,20000,40000,'18000',19000,'Y');
INSERT INTO lots VALUES(17,4,7,'Song Dynasty Celadon Dish','ASN',12,19,1400000,2800000,'1250000',3000000,'Y');
INSERT INTO lots VALUES(18,5,2,'Meissen Porcelain Tureen','CER',23,NULL,3900,5500,'3900',NULL,'N');
INSERT INTO lots VALUES(19,5,7,'Sevres Vase and Cover','CER',12,12,35000,52000,'28000',NULL,'N');
INSERT INTO lots VALUES(20,6,2,'Chateau Petrus 1982, 12 bottles','WIN',1,20,50000,75000,'35000',NULL,'N');
INSERT INTO lots VALUES(21,6,4,'Romanee-Conti 1990, 6 bottles','WIN',20,20,22000,33000,'15000',15000,'Y');
INSERT INTO lots VALUES(22,7,2,'Portrait of a Lady in Blue','PNT',7,7,540000,760000,'430000',NULL,'N');
INSERT INTO lots VALUES(23,7,7,'Bronze Figure of a Dancer','SCU',19,10,35000,56000,'32000',NULL,'N');
INSERT INTO lots VALUES(24,7,10,'Marble Bust of a Philosopher','SCU',19,10,28000,56000,'28000',30000,'Y');
INSERT INTO lots VALUES(25,7,11,'Reclining Figure, Patinated Bronze','SCU',9,10,890000,1340000,'710000',NULL,'N');
INSERT INTO lots VALUES(26,7,12,'Carved Oak Madonna','SCU',3,10,900000,1350000,'720000',NULL,'N');
INSERT INTO lots VALUES(27,8,3,'First Edition of Pride and Prejudice','BKS',22,21,12000,19000,'9600',NULL,'N');
INSERT INTO lots VALUES(28,8,8,'Illuminated Book of Hours','BKS',22,5,34000,68000,'24000',24000,'Y');
INSERT INTO lots VALUES(29,9,101,'Gelatin Silver Print, New York','PHO',19,9,4600,7400,'3700',NULL,'N');
INSERT INTO lots VALUES(30,9,103,'Portrait Series, 1970s','PHO',19,9,3500,7000,'2800',2900,'Y');
INSERT INTO lots VALUES(31,10,3,'George III Mahogany Bureau','FUR',8,11,4100,6200,'3300',3800,'Y');
INSERT INTO lots VALUES(32,10,8,'George II Silver Teapot','SLV',1,13,74000,104000,'52000',NULL,'N');
INSERT INTO lots VALUES(33,10,9,'French Ormolu Mantel Clock','CLK',11,17,21000,34000,'19000',NULL,'N');
INSERT INTO lots VALUES(34,11,3,'River Landscape with Cattle','PNT',4,6,910000,1360000,'730000',1100000,'Y');
INSERT INTO lots VALUES(35,12,105,'Audemars Piguet Royal Oak','WTC',16,15,8000,12800,'6400',NULL,'N');
INSERT INTO lots VALUES(36,12,106,'Vacheron Constantin Chronograph','WTC',20,15,470000,700000,'330000',NULL,'N');
INSERT INTO lots VALUES(37,13,101,'Diamond Riviere','JWL',10,3,980000,1470000,'685000',1150000,'Y');
INSERT INTO lots VALUES(38,13,102,'Sapphire and Diamond Ring','JWL',19,16,16000,26000,'14000',NULL,'N');
INSERT INTO lots VALUES(39,14,2,'Lacquer Writing Box','ASN',6,19,18000,25000,'18000',NULL,'N');
INSERT INTO lots VALUES(40,14,3,'Ming Blue and White Vase','ASN',12,19,180000,250000,'125000',150000,'Y');
INSERT INTO lots VALUES(41,14,5,'Qing Jade Brush Pot','ASN',6,19,780000,1560000,'625000',750000,'Y');
INSERT INTO lots VALUES(42,14,6,'Famille Rose Bowl','ASN',25,4,10000,16000,'7000',NULL,'N');
INSERT INTO lots VALUES(43,14,11,'Gilt Bronze Buddha','ASN',9,18,28000,56000,'28000',NULL,'N');
INSERT INTO lots VALUES(44,15,1,'Song Dynasty Celadon Dish','ASN',18,19,140000,220000,'125000',NULL,'N');
INSERT INTO lots VALUES(45,16,5,'Still Life with Lemons','PNT',3,7,750000,1200000,'525000',675000,'Y');
INSERT INTO lots VALUES(46,16,6,'The Harbour at Honfleur','PNT',13,1,1800000,2700000,'1450000',NULL,'N');
INSERT INTO lots VALUES(47,16,7,'Bridge at Richmond, Watercolour','DRW',23,8,110000,180000,'88000',NULL,'N');
INSERT INTO lots VALUES(48,16,10,'Bronze Figure of a Dancer','SCU',3,10,280000,450000,'225000',NULL,'N');
INSERT INTO lots VALUES(49,16,13,'Venetian Capriccio','PNT',4,1,1100000,1600000,'880000',NULL,'N');
INSERT INTO lots VALUES(50,16,15,'Study of a Horse','PNT',13,7,1100000,1600000,'880000',NULL,'N');
INSERT INTO lots VALUES(51,17,5,'Sketch for an Altarpiece','DRW',23,8,170000,240000,'155000',NULL,'N');
INSERT INTO lots VALUES(52,17,10,'Winter Evening, Montmartre','PNT',13,7,37000,56000,'30000',33000,'Y');
INSERT INTO lots VALUES(53,17,12,'Study of Hands','DRW',4,8,130000,180000,'105000',NULL,'N');
INSERT INTO lots VALUES(54,17,17,'Composition in Red and Grey','PNT',9,7,21000,32000,'19000',20000,'Y');
INSERT INTO lots VALUES(55,17,18,'View of Tivoli','DRW',17,8,19000,30000,'19000',20000,'Y');
INSERT INTO lots VALUES(56,18,5,'Pair of Silver Candlesticks','SLV',1,13,20000,30000,'16000',40000,'Y');
INSERT INTO lots VALUES(57,18,10,'Paul Storr Silver Tray','SLV',22,13,25000,50000,'20000',NULL,'N');
INSERT INTO lots VALUES(58,18,12,'George II Silver Teapot','SLV',17,13,53000,74000,'42000',NULL,'N');
INSERT INTO lots VALUES(59,18,15,'Pair of Silver Candlesticks','SLV',17,13,10000,16000,'7000',9000,'Y');
INSERT INTO lots VALUES(60,19,1,'Cased Pair of Flintlock Pistols','ARM',22,22,10000,16000,'8000',NULL,'N');
INSERT INTO lots VALUES(61,20,1,'Marble Bust of a Philosopher','SCU',13,10,310000,500000,'250000',510000,'Y');
INSERT INTO lots VALUES(62,20,2,'Reclining Figure, Patinated Bronze','SCU',13,10,30000,42000,'24000',NULL,'N');
INSERT INTO lots VALUES(63,20,3,'Louis XV Ormolu Commode','FUR',8,2,12000,18000,'8400',9600,'Y');
INSERT INTO lots VALUES(64,20,8,'The Flower Seller','PNT',13,1,29000,58000,'29000',NULL,'N');
INSERT INTO lots VALUES(65,20,13,'Seascape at Dusk','PNT',7,7,2100000,3200000,'2100000',NULL,'N');
INSERT INTO lots VALUES(66,21,101,'Vintage Port 1963, 12 bottles','WIN',1,20,9600,13400,'7700',16000,'Y');
INSERT INTO lots VALUES(67,22,1,'Breguet Pocket Watch','WTC',10,15,66000,132000,'46000',NULL,'N');
INSERT INTO lots VALUES(68,22,2,'Patek Philippe Calatrava','WTC',16,15,31000,43000,'31000',NULL,'N');
INSERT INTO lots VALUES(69,23,2,'Persian Silk Carpet','TXT',4,14,4100,5700,'3300',3700,'Y');
INSERT INTO lots VALUES(70,23,5,'Flemish Tapestry','TXT',4,14,10000,20000,'8000',NULL,'N');
INSERT INTO lots VALUES(71,24,3,'Lacquer Writing Box','ASN',25,19,77000,123000,'62000',62000,'Y');
INSERT INTO lots VALUES(72,24,6,'Ming Blue and White Vase','ASN',12,18,42000,59000,'42000',NULL,'N');
INSERT INTO lots VALUES(73,24,8,'Qing Jade Brush Pot','ASN',6,4,530000,800000,'530000',NULL,'N');
INSERT INTO lots VALUES(74,24,11,'Famille Rose Bowl','ASN',12,19,350000,700000,'280000',NULL,'N');
INSERT INTO lots VALUES(75,25,2,'Carved Oak Madonna','SCU',19,10,25000,35000,'20000',20000,'Y');
INSERT INTO lots VALUES(76,25,3,'Bronze Figure of a Dancer','SCU',13,10,35000,70000,'24000',NULL,'N');
INSERT INTO lots VALUES(77,25,8,'Marble Bust of a Philosopher','SCU',13,10,160000,260000,'130000',310000,'Y');
INSERT INTO lots VALUES(78,26,3,'Figure Studies, Red Chalk','DRW',23,8,5400,10800,'5400',NULL,'N');
INSERT INTO lots VALUES(79,27,102,'Longcase Clock by Thomas Tompion','CLK',11,17,100000,200000,'80000',NULL,'N');
INSERT INTO lots VALUES(80,27,107,'Rolex Daytona Ref 6263','WTC',16,15,53000,80000,'42000',NULL,'N');
INSERT INTO lots VALUES(81,27,112,'Carriage Clock','CLK',15,17,3900,6200,'3900',NULL,'N');
INSERT INTO lots VALUES(82,27,114,'Audemars Piguet Royal Oak','WTC',20,15,31000,62000,'31000',NULL,'N');
INSERT INTO lots VALUES(83,28,2,'Delft Blue and White Charger','CER',11,12,40000,64000,'40000',NULL,'N');
INSERT INTO lots VALUES(84,28,5,'Meissen Porcelain Tureen','CER',12,12,2100,3400,'1700',NULL,'N');
INSERT INTO lots VALUES(85,28,6,'Sevres Vase and Cover','CER',12,12,28000,56000,'20000',NULL,'N');
INSERT INTO lots VALUES(86,28,7,'Pair of Regency Armchairs','FUR',17,11,9700,13600,'7800',NULL,'N');
INSERT INTO lots VALUES(87,29,102,'Atlas of the World, 1662','BKS',7,21,3500,7000,'2800',NULL,'N');
INSERT INTO lots VALUES(88,30,5,'Vacheron Constantin Chronograph','WTC',3,15,790000,1260000,'630000',1450000,'Y');
INSERT INTO lots VALUES(89,30,6,'Breguet Pocket Watch','WTC',3,15,250000,380000,'225000',NULL,'N');
INSERT INTO lots VALUES(90,30,9,'Patek Philippe Calatrava','WTC',3,15,54000,76000,'38000',42000,'Y');
INSERT INTO lots VALUES(91,30,14,'Rolex Daytona Ref 6263','WTC',20,15,14000,21000,'11000',16000,'Y');
INSERT INTO Bids VALUES(1,2,17,24000,'2022-07-07 18:17:00','P');
INSERT INTO Bids VALUES(2,2,37,26000,'2022-07-07 18:17:57','P');
INSERT INTO Bids VALUES(3,3,36,54000,'2022-07-07 18:04:00','P');
INSERT INTO Bids VALUES(4,3,29,81000,'2022-07-07 18:05:07','R');
INSERT INTO Bids VALUES(5,3,32,120000,'2022-07-07 18:05:31','P');
INSERT INTO Bids VALUES(6,5,34,8400,'2022-05-14 18:26:00','R');
INSERT INTO Bids VALUES(7,5,25,11000,'2022-05-14 18:26:10','R');
INSERT INTO Bids VALUES(8,5,8,12000,'2022-05-14 18:26:33','R');
INSERT INTO Bids VALUES(9,6,18,39000,'2022-05-14 18:21:00','R');
INSERT INTO Bids VALUES(10,7,15,1800,'2022-05-14 18:36:00','R');
INSERT INTO Bids VALUES(11,7,22,2700,'2022-05-14 18:36:33','R');
INSERT INTO Bids VALUES(12,7,9,3000,'2022-05-14 18:37:18','R');
INSERT INTO Bids VALUES(13,7,1,3400,'2022-05-14 18:37:52','R');
INSERT INTO Bids VALUES(14,8,14,31000,'2022-05-14 18:18:00','A');
INSERT INTO Bids VALUES(15,8,1,40000,'2022-05-14 18:18:13','A');
INSERT INTO Bids VALUES(16,9,21,6100,'2022-11-08 18:31:00','P');
INSERT INTO Bids VALUES(17,9,14,7000,'2022-11-08 18:32:07','A');
INSERT INTO Bids VALUES(18,10,3,29000,'2022-11-08 18:07:00','R');
INSERT INTO Bids VALUES(19,10,9,32000,'2022-11-08 18:08:18','R');
INSERT INTO Bids VALUES(20,10,18,42000,'2022-11-08 18:09:29','P');
INSERT INTO Bids VALUES(21,11,17,270000,'2022-11-08 19:55:00','R');
INSERT INTO Bids VALUES(22,12,8,26000,'2022-11-08 19:08:00','O');
INSERT INTO Bids VALUES(23,14,13,99000,'2022-11-30 18:57:00','P');
INSERT INTO Bids VALUES(24,14,33,150000,'2022-11-30 18:57:45','R');
INSERT INTO Bids VALUES(25,16,18,16000,'2022-11-30 19:42:00','O');
INSERT INTO Bids VALUES(26,16,27,19000,'2022-11-30 19:42:13','P');
INSERT INTO Bids VALUES(27,17,3,1100000,'2022-11-30 18:22:00','P');
INSERT INTO Bids VALUES(28,17,22,1650000,'2022-11-30 18:22:31','P');
INSERT INTO Bids VALUES(29,17,14,2000000,'2022-11-30 18:23:43','R');
INSERT INTO Bids VALUES(30,17,17,3000000,'2022-11-30 18:24:07','P');
INSERT INTO Bids VALUES(31,18,24,3100,'2022-03-22 19:56:00','R');
INSERT INTO Bids VALUES(32,18,13,3700,'2022-03-22 19:56:51','P');
INSERT INTO Bids VALUES(33,21,26,15000,'2022-09-15 18:24:00','R');
INSERT INTO Bids VALUES(34,22,17,380000,'2022-05-12 19:42:00','R');
INSERT INTO Bids VALUES(35,24,13,25000,'2022-05-12 19:20:00','P');
INSERT INTO Bids VALUES(36,24,25,30000,'2022-05-12 19:20:48','A');
INSERT INTO Bids VALUES(37,28,14,24000,'2022-12-07 18:44:00','P');
INSERT INTO Bids VALUES(38,30,25,2400,'2022-10-04 19:45:00','O');
INSERT INTO Bids VALUES(39,30,6,2900,'2022-10-04 19:45:18','O');
INSERT INTO Bids VALUES(40,31,13,2900,'2022-10-19 18:03:00','P');
INSERT INTO Bids VALUES(41,31,25,3800,'2022-10-19 18:04:08','P');
INSERT INTO Bids VALUES(42,33,16,13000,'2022-10-19 18:29:00','P');
INSERT INTO Bids VALUES(43,33,26,15000,'2022-10-19 18:29:51','A');
INSERT INTO Bids VALUES(44,34,25,635000,'2023-07-08 19:54:00','P');
INSERT INTO Bids VALUES(45,34,17,950000,'2023-07-08 19:54:11','A');
INSERT INTO Bids VALUES(46,34,15,1100000,'2023-07-08 19:55:36','R');
INSERT INTO Bids VALUES(47,35,1,4800,'2023-02-20 19:47:00','O');
INSERT INTO Bids VALUES(48,35,20,5500,'2023-02-20 19:47:58','O');
INSERT INTO Bids VALUES(49,35,16,6100,'2023-02-20 19:49:02','O');
INSERT INTO Bids VALUES(50,36,18,280000,'2023-02-20 18:27:00','O');
INSERT INTO Bids VALUES(51,37,40,880000,'2023-03-09 19:33:00','O');
INSERT INTO Bids VALUES(52,37,25,1150000,'2023-03-09 19:33:51','O');
INSERT INTO Bids VALUES(53,38,15,11000,'2023-03-09 19:31:00','O');
INSERT INTO Bids VALUES(54,39,27,14000,'2023-05-30 18:58:00','O');
INSERT INTO Bids VALUES(55,40,35,125000,'2023-05-30 19:05:00','P');
INSERT INTO Bids VALUES(56,40,24,150000,'2023-05-30 19:06:01','P');
INSERT INTO Bids VALUES(57,41,39,625000,'2023-05-30 19:10:00','P');
INSERT INTO Bids VALUES(58,41,10,750000,'2023-05-30 19:11:30','P');
INSERT INTO Bids VALUES(59,42,15,6000,'2023-05-30 19:58:00','R');
INSERT INTO Bids VALUES(60,45,14,675000,'2023-03-01 18:27:00','O');
INSERT INTO Bids VALUES(61,50,3,770000,'2023-03-01 18:12:00','R');
INSERT INTO Bids VALUES(62,51,3,100000,'2023-05-16 19:48:00','A');
INSERT INTO Bids VALUES(63,51,36,115000,'2023-05-16 19:48:28','R');
INSERT INTO Bids VALUES(64,52,25,22000,'2023-05-16 19:47:00','P');
INSERT INTO Bids VALUES(65,52,20,33000,'2023-05-16 19:47:17','O');
INSERT INTO Bids VALUES(66,53,18,78000,'2023-05-16 18:30:00','R');
INSERT INTO Bids VALUES(67,53,3,90000,'2023-05-16 18:31:09','R');
INSERT INTO Bids VALUES(68,54,40,13000,'2023-05-16 19:46:00','A');
INSERT INTO Bids VALUES(69,54,36,20000,'2023-05-16 19:47:21','P');
INSERT INTO Bids VALUES(70,55,3,15000,'2023-05-16 19:25:00','P');
INSERT INTO Bids VALUES(71,55,26,20000,'2023-05-16 19:26:09','R');
INSERT INTO Bids VALUES(72,56,35,16000,'2023-09-27 18:13:00','A');
INSERT INTO Bids VALUES(73,56,10,21000,'2023-09-27 18:13:32','R');
INSERT INTO Bids VALUES(74,56,36,27000,'2023-09-27 18:14:01','R');
INSERT INTO Bids VALUES(75,56,18,40000,'2023-09-27 18:15:27','O');
INSERT INTO Bids VALUES(76,57,24,15000,'2023-09-27 19:28:00','P');
INSERT INTO Bids VALUES(77,59,6,6000,'2023-09-27 19:49:00','P');
INSERT INTO Bids VALUES(78,59,14,9000,'2023-09-27 19:50:27','P');
INSERT INTO Bids VALUES(79,61,19,280000,'2023-10-18 19:28:00','O');
INSERT INTO Bids VALUES(80,61,1,310000,'2023-10-18 19:28:17','P');
INSERT INTO Bids VALUES(81,61,15,340000,'2023-10-18 19:29:34','P');
INSERT INTO Bids VALUES(82,61,13,510000,'2023-10-18 19:29:44','R');
INSERT INTO Bids VALUES(83,63,1,9600,'2023-10-18 18:55:00','A');
INSERT INTO Bids VALUES(84,64,10,26000,'2023-10-18 18:03:00','P');
INSERT INTO Bids VALUES(85,65,29,1900000,'2023-10-18 19:13:00','A');
INSERT INTO Bids VALUES(86,66,25,5800,'2023-11-29 18:34:00','O');
INSERT INTO Bids VALUES(87,66,13,7500,'2023-11-29 18:34:22','O');
INSERT INTO Bids VALUES(88,66,18,11000,'2023-11-29 18:35:43','O');
INSERT INTO Bids VALUES(89,66,10,16000,'2023-11-29 18:36:40','O');
INSERT INTO Bids VALUES(90,69,36,3700,'2023-08-30 19:50:00','P');
INSERT INTO Bids VALUES(91,71,9,62000,'2024-03-19 19:58:00','P');
INSERT INTO Bids VALUES(92,73,6,370000,'2024-03-19 19:26:00','R');
INSERT INTO Bids VALUES(93,73,24,425000,'2024-03-19 19:26:15','R');
INSERT INTO Bids VALUES(94,74,26,210000,'2024-03-19 19:03:00','P');
INSERT INTO Bids VALUES(95,75,24,20000,'2024-05-14 18:16:00','O');
INSERT INTO Bids VALUES(96,77,36,145000,'2024-05-14 18:49:00','O');
INSERT INTO Bids VALUES(97,77,3,160000,'2024-05-14 18:50:17','R');
INSERT INTO Bids VALUES(98,77,8,240000,'2024-05-14 18:51:25','O');
INSERT INTO Bids VALUES(99,77,9,310000,'2024-05-14 18:51:52','P');
INSERT INTO Bids VALUES(100,78,29,3200,'2024-01-24 19:51:00','A');
INSERT INTO Bids VALUES(101,79,14,70000,'2024-02-28 18:37:00','O');
INSERT INTO Bids VALUES(102,83,16,32000,'2024-04-10 19:28:00','P');
INSERT INTO Bids VALUES(103,83,26,38000,'2024-04-10 19:28:50','P');
INSERT INTO Bids VALUES(104,85,25,17000,'2024-04-10 18:47:00','P');
INSERT INTO Bids VALUES(105,87,32,2400,'2024-06-05 18:11:00','O');
INSERT INTO Bids VALUES(106,88,28,710000,'2024-05-11 19:07:00','P');
INSERT INTO Bids VALUES(107,88,13,1050000,'2024-05-11 19:08:18','R');
INSERT INTO Bids VALUES(108,88,39,1200000,'2024-05-11 19:09:19','A');
INSERT INTO Bids VALUES(109,88,36,1450000,'2024-05-11 19:10:25','O');
INSERT INTO Bids VALUES(110,90,13,32000,'2024-05-11 19:07:00','R');
INSERT INTO Bids VALUES(111,90,17,42000,'2024-05-11 19:08:28','R');
INSERT INTO Bids VALUES(112,91,22,13000,'2024-05-11 18:10:00','P');
INSERT INTO Bids VALUES(113,91,24,16000,'2024-05-11 18:10:19','O');
INSERT INTO consignment_transfers VALUES(1,10,12,11,'2022-10-23','Hasenkamp',62000);
INSERT INTO consignment_transfers VALUES(2,13,11,9,'2022-09-26','Momart',840000);
INSERT INTO consignment_transfers VALUES(3,14,13,9,'2022-09-24','DHL Art Logistics',180000);
INSERT INTO consignment_transfers VALUES(4,15,5,9,'2022-10-06','Crown Fine Art',2400000);
INSERT INTO consignment_transfers VALUES(5,16,4,9,'2022-10-11','Crown Fine Art',40000);
INSERT INTO consignment_transfers VALUES(6,17,7,9,'2022-11-02','DHL Art Logistics',2800000);
INSERT INTO consignment_transfers VALUES(7,19,4,3,'2022-01-25','Gander & White',52000);
INSERT INTO consignment_transfers VALUES(8,22,10,4,'2022-04-06',NULL,760000);
INSERT INTO consignment_transfers VALUES(9,23,10,4,'2022-03-15',NULL,56000);
INSERT INTO consignment_transfers VALUES(10,26,10,4,'2022-03-13','DHL Art Logistics',1350000);
INSERT INTO consignment_transfers VALUES(11,27,8,2,'2022-10-21',NULL,19000);
INSERT INTO consignment_transfers VALUES(12,29,8,5,'2022-08-07','Gander & White',7400);
INSERT INTO consignment_transfers VALUES(13,30,4,5,'2022-09-12','DHL Art Logistics',7000);
INSERT INTO consignment_transfers VALUES(14,37,2,8,'2023-01-23','Momart',1470000);
INSERT INTO consignment_transfers VALUES(15,46,4,1,'2023-02-03','Hasenkamp',2700000);
INSERT INTO consignment_transfers VALUES(16,55,6,4,'2023-04-04','Momart',30000);
INSERT INTO consignment_transfers VALUES(17,57,13,3,'2023-07-26','Hasenkamp',50000);
INSERT INTO consignment_transfers VALUES(18,61,11,13,'2023-09-21','Hasenkamp',500000);
INSERT INTO consignment_transfers VALUES(19,68,9,12,'2023-10-07','Hasenkamp',43000);
INSERT INTO consignment_transfers VALUES(20,74,6,9,'2024-02-29','Hasenkamp',700000);
INSERT INTO consignment_transfers VALUES(21,82,5,14,'2024-01-05','Momart',62000);
INSERT INTO consignment_transfers VALUES(22,84,14,2,'2024-02-21',NULL,3400);
INSERT INTO consignment_transfers VALUES(23,85,1,2,'2024-03-24','DHL Art Logistics',56000);
INSERT INTO consignment_transfers VALUES(24,87,11,5,'2024-04-21','DHL Art Logistics',7000);
COMMIT;
