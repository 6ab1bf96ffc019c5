PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Conservation_Status (
    status_code TEXT PRIMARY KEY,
    status_description TEXT NOT NULL
);

CREATE TABLE Reserves (
    Reserve_ID INTEGER PRIMARY KEY,
    Reserve_Name TEXT NOT NULL,
    Country TEXT NOT NULL,
    Region TEXT,
    Area_sq_km REAL,
    Established_Year TEXT
);

CREATE TABLE Species (
    Species_ID INTEGER PRIMARY KEY,
    Common_Name TEXT NOT NULL,
    Scientific_Name TEXT NOT NULL,
    status_code TEXT NOT NULL,
    Average_Weight_kg REAL,
    FOREIGN KEY (status_code) REFERENCES Ref_Conservation_Status(status_code)
);

CREATE TABLE Rangers (
    Ranger_ID INTEGER PRIMARY KEY,
    Name TEXT NOT NULL,
    Age INTEGER,
    Reserve_ID INTEGER NOT NULL,
    Years_of_Service INTEGER,
    Rank TEXT,
    FOREIGN KEY (Reserve_ID) REFERENCES Reserves(Reserve_ID)
);

CREATE TABLE Sightings (
    sighting_id INTEGER PRIMARY KEY,
    Species_ID INTEGER NOT NULL,
    Reserve_ID INTEGER NOT NULL,
    Ranger_ID INTEGER NOT NULL,
    sighting_date TEXT NOT NULL,
    animal_count INTEGER NOT NULL
);

CREATE TABLE Patrols (
    Patrol_ID INTEGER PRIMARY KEY,
    Ranger_ID INTEGER NOT NULL,
    Base_Reserve_ID INTEGER NOT NULL,
    Target_Reserve_ID INTEGER NOT NULL,
    Patrol_Date TEXT NOT NULL,
    Distance_km REAL,
    other_details TEXT,
    FOREIGN KEY (Ranger_ID) REFERENCES Rangers(Ranger_ID),
    FOREIGN KEY (Base_Reserve_ID) REFERENCES Reserves(Reserve_ID),
    FOREIGN KEY (Target_Reserve_ID) REFERENCES Reserves(Reserve_ID)
);

CREATE TABLE Protected_Species (
    Reserve_ID INTEGER NOT NULL,
    Species_ID INTEGER NOT NULL,
    Estimated_Population INTEGER,
    PRIMARY KEY (Reserve_ID, Species_ID),
    FOREIGN KEY (Reserve_ID) REFERENCES Reserves(Reserve_ID),
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID)
);

INSERT INTO Ref_Conservation_Status VALUES ('LC', 'Least Concern');
INSERT INTO Ref_Conservation_Status VALUES ('NT', 'Near Threatened');
INSERT INTO Ref_Conservation_Status VALUES ('VU', 'Vulnerable');
INSERT INTO Ref_Conservation_Status VALUES ('EN', 'Endangered');
INSERT INTO Ref_Conservation_Status VALUES ('CR', 'Critically Endangered');
INSERT INTO Ref_Conservation_Status VALUES ('EW', 'Extinct in the Wild');
INSERT INTO Ref_Conservation_Status VALUES ('EX', 'Extinct');
INSERT INTO Ref_Conservation_Status VALUES ('DD', 'Data Deficient');
INSERT INTO Ref_Conservation_Status VALUES ('NE', 'Not Evaluated');
INSERT INTO Ref_Conservation_Status VALUES ('CD', 'Conservation Dependent');
INSERT INTO Ref_Conservation_Status VALUES ('LR', 'Lower Risk');

INSERT INTO Reserves VALUES (1, 'Serengeti National Park', 'Tanzania', 'Mara Region', 14763.0, '1951');
INSERT INTO Reserves VALUES (2, 'Maasai Mara National Reserve', 'Kenya', 'Narok County', 1510.0, '1961');
INSERT INTO Reserves VALUES (3, 'Kruger National Park', 'South Africa', 'Mpumalanga', 19485.0, '1926');
INSERT INTO Reserves VALUES (4, 'Moremi Game Reserve', 'Botswana', 'North-West District', 4871.0, '1963');
INSERT INTO Reserves VALUES (5, 'Etosha National Park', 'Namibia', 'Kunene Region', 22270.0, '1907');
INSERT INTO Reserves VALUES (6, 'Chobe National Park', 'Botswana', 'Chobe District', 11700.0, '1967');
INSERT INTO Reserves VALUES (7, 'Ngorongoro Conservation Area', 'Tanzania', 'Arusha Region', 8292.0, '1959');
INSERT INTO Reserves VALUES (8, 'Selous Game Reserve', 'Tanzania', NULL, 50000.0, '1922');
INSERT INTO Reserves VALUES (9, 'Amboseli National Park', 'Kenya', 'Kajiado County', 392.0, '1974');
INSERT INTO Reserves VALUES (10, 'Tsavo East National Park', 'Kenya', 'Taita-Taveta County', 13747.0, '1948');
INSERT INTO Reserves VALUES (11, 'Hwange National Park', 'Zimbabwe', 'Matabeleland North', 14651.0, '1928');
INSERT INTO Reserves VALUES (12, 'South Luangwa National Park', 'Zambia', 'Eastern Province', 9050.0, '1972');
INSERT INTO Reserves VALUES (13, 'Bwindi Impenetrable National Park', 'Uganda', 'Western Region', 331.0, '1991');
INSERT INTO Reserves VALUES (14, 'Queen Elizabeth National Park', 'Uganda', NULL, 1978.0, '1952');
INSERT INTO Reserves VALUES (15, 'Ranthambore National Park', 'India', 'Rajasthan', 1334.0, '1980');
INSERT INTO Reserves VALUES (16, 'Kaziranga National Park', 'India', 'Assam', 430.0, '1908');
INSERT INTO Reserves VALUES (17, 'Jim Corbett National Park', 'India', 'Uttarakhand', 520.0, '1936');
INSERT INTO Reserves VALUES (18, 'Chitwan National Park', 'Nepal', NULL, 952.0, '1973');
INSERT INTO Reserves VALUES (19, 'Gunung Leuser National Park', 'Indonesia', 'Aceh', 7927.0, '1980');
INSERT INTO Reserves VALUES (20, 'Manu National Park', 'Peru', 'Madre de Dios', 15328.0, '1973');
INSERT INTO Reserves VALUES (21, 'Corcovado National Park', 'Costa Rica', 'Puntarenas', 424.0, '1975');

INSERT INTO Species VALUES (1, 'African Elephant', 'Loxodonta africana', 'EN', 5400.0);
INSERT INTO Species VALUES (2, 'Black Rhinoceros', 'Diceros bicornis', 'CR', 1100.0);
INSERT INTO Species VALUES (3, 'White Rhinoceros', 'Ceratotherium simum', 'NT', 2300.0);
INSERT INTO Species VALUES (4, 'Lion', 'Panthera leo', 'VU', 190.0);
INSERT INTO Species VALUES (5, 'Leopard', 'Panthera pardus', 'VU', 58.0);
INSERT INTO Species VALUES (6, 'Cheetah', 'Acinonyx jubatus', 'VU', 50.0);
INSERT INTO Species VALUES (7, 'African Wild Dog', 'Lycaon pictus', 'EN', 25.0);
INSERT INTO Species VALUES (8, 'Giraffe', 'Giraffa camelopardalis', 'VU', 1190.0);
INSERT INTO Species VALUES (9, 'Plains Zebra', 'Equus quagga', 'NT', 385.0);
INSERT INTO Species VALUES (10, 'Blue Wildebeest', 'Connochaetes taurinus', 'LC', 240.0);
INSERT INTO Species VALUES (11, 'Hippopotamus', 'Hippopotamus amphibius', 'VU', 1500.0);
INSERT INTO Species VALUES (12, 'Mountain Gorilla', 'Gorilla beringei beringei', 'EN', 155.0);
INSERT INTO Species VALUES (13, 'Bengal Tiger', 'Panthera tigris tigris', 'EN', 220.0);
INSERT INTO Species VALUES (14, 'Indian Rhinoceros', 'Rhinoceros unicornis', 'VU', 2200.0);
INSERT INTO Species VALUES (15, 'Asian Elephant', 'Elephas maximus', 'EN', 4000.0);
INSERT INTO Species VALUES (16, 'Sumatran Orangutan', 'Pongo abelii', 'CR', 64.0);
INSERT INTO Species VALUES (17, 'Jaguar', 'Panthera onca', 'NT', 95.0);
INSERT INTO Species VALUES (18, 'Giant Otter', 'Pteronura brasiliensis', 'EN', 30.0);
INSERT INTO Species VALUES (19, 'Spotted Hyena', 'Crocuta crocuta', 'LC', 62.0);
INSERT INTO Species VALUES (20, 'Ground Pangolin', 'Smutsia temminckii', 'VU', NULL);
INSERT INTO Species VALUES (21, 'Central American Tapir', 'Tapirus bairdii', 'EN', 280.0);
INSERT INTO Species VALUES (22, 'Sumatran Tiger', 'Panthera tigris sumatrae', 'CR', NULL);
INSERT INTO Species VALUES (23, 'Nile Crocodile', 'Crocodylus niloticus', 'LC', 410.0);

INSERT INTO Rangers VALUES (1, 'Emmanuel Mushi', 41, 1, 15, 'Senior Ranger');
INSERT INTO Rangers VALUES (2, 'Neema Kimaro', 29, 1, 5, 'Ranger');
INSERT INTO Rangers VALUES (3, 'David Sankale', 45, 2, 20, 'Head Ranger');
INSERT INTO Rangers VALUES (4, 'Grace Wanjiru', 33, 2, 8, 'Ranger');
INSERT INTO Rangers VALUES (5, 'Sipho Ndlovu', 52, 3, 27, 'Head Ranger');
INSERT INTO Rangers VALUES (6, 'Thandiwe Mokoena', 38, 3, 12, 'Senior Ranger');
INSERT INTO Rangers VALUES (7, 'Pieter van der Merwe', 26, 3, 3, 'Trainee');
INSERT INTO Rangers VALUES (8, 'Kagiso Sebego', 36, 4, 10, 'Ranger');
INSERT INTO Rangers VALUES (9, 'Johannes Shikongo', 47, 5, 22, 'Head Ranger');
INSERT INTO Rangers VALUES (10, 'Boitumelo Kgosi', 31, 6, 7, 'Ranger');
INSERT INTO Rangers VALUES (11, 'Baraka Lyimo', 44, 7, 18, 'Senior Ranger');
INSERT INTO Rangers VALUES (12, 'Samuel Ole Kina', 39, 9, 14, 'Senior Ranger');
INSERT INTO Rangers VALUES (13, 'Mercy Achieng', 24, 10, 2, 'Trainee');
INSERT INTO Rangers VALUES (14, 'Tendai Moyo', 50, 11, 25, 'Head Ranger');
INSERT INTO Rangers VALUES (15, 'Chanda Mwale', 35, 12, 9, 'Ranger');
INSERT INTO Rangers VALUES (16, 'Patience Nakato', 28, 13, 4, 'Ranger');
INSERT INTO Rangers VALUES (17, 'Robert Tumusiime', 43, 13, 17, 'Senior Ranger');
INSERT INTO Rangers VALUES (18, 'Moses Okello', 37, 14, NULL, 'Ranger');
INSERT INTO Rangers VALUES (19, 'Rajesh Meena', 46, 15, 21, 'Head Ranger');
INSERT INTO Rangers VALUES (20, 'Bipul Das', 34, 16, 9, 'Ranger');
INSERT INTO Rangers VALUES (21, 'Anjali Bora', 27, 16, 3, 'Trainee');
INSERT INTO Rangers VALUES (22, 'Ram Bahadur Thapa', 55, 18, 30, 'Head Ranger');
INSERT INTO Rangers VALUES (23, 'Putri Rahmawati', 30, 19, 6, 'Ranger');
INSERT INTO Rangers VALUES (24, 'Iwan Siregar', 42, 19, 16, 'Senior Ranger');
INSERT INTO Rangers VALUES (25, 'Luis Quispe', 40, 20, 13, 'Senior Ranger');
INSERT INTO Rangers VALUES (26, 'Carmen Huaman', 25, 20, 1, 'Trainee');

INSERT INTO Sightings VALUES (1, 15, 16, 20, '2023-02-05', 12);
INSERT INTO Sightings VALUES (2, 10, 2, 4, '2023-02-09', 384);
INSERT INTO Sightings VALUES (3, 11, 4, 8, '2023-03-15', 22);
INSERT INTO Sightings VALUES (4, 13, 16, 20, '2023-03-22', 1);
INSERT INTO Sightings VALUES (5, 7, 4, 8, '2023-05-07', 6);
INSERT INTO Sightings VALUES (6, 13, 15, 19, '2023-05-16', 3);
INSERT INTO Sightings VALUES (7, 4, 7, 11, '2023-05-22', 7);
INSERT INTO Sightings VALUES (8, 9, 5, 9, '2023-08-20', 13);
INSERT INTO Sightings VALUES (9, 9, 2, 4, '2023-08-26', 30);
INSERT INTO Sightings VALUES (10, 4, 7, 11, '2023-09-18', 13);
INSERT INTO Sightings VALUES (11, 16, 19, 24, '2023-11-06', 1);
INSERT INTO Sightings VALUES (12, 17, 20, 25, '2023-11-13', 2);
INSERT INTO Sightings VALUES (13, 20, 11, 14, '2023-11-27', 1);
INSERT INTO Sightings VALUES (14, 5, 3, 6, '2023-12-17', 1);
INSERT INTO Sightings VALUES (15, 15, 16, 20, '2023-12-28', 11);
INSERT INTO Sightings VALUES (16, 11, 4, 8, '2024-01-05', 14);
INSERT INTO Sightings VALUES (17, 2, 7, 11, '2024-01-09', 3);
INSERT INTO Sightings VALUES (18, 4, 3, 5, '2024-01-15', 12);
INSERT INTO Sightings VALUES (19, 12, 13, 17, '2024-01-22', 12);
INSERT INTO Sightings VALUES (20, 4, 2, 4, '2024-02-09', 2);
INSERT INTO Sightings VALUES (21, 16, 19, 23, '2024-03-09', 1);
INSERT INTO Sightings VALUES (22, 11, 4, 8, '2024-04-03', 18);
INSERT INTO Sightings VALUES (23, 5, 15, 19, '2024-04-14', 1);
INSERT INTO Sightings VALUES (24, 9, 9, 12, '2024-04-18', 16);
INSERT INTO Sightings VALUES (25, 18, 20, 25, '2024-05-25', 3);
INSERT INTO Sightings VALUES (26, 12, 13, 16, '2024-06-17', 15);
INSERT INTO Sightings VALUES (27, 19, 7, 11, '2024-07-21', 2);
INSERT INTO Sightings VALUES (28, 6, 2, 3, '2024-08-07', 4);
INSERT INTO Sightings VALUES (29, 1, 4, 8, '2024-08-22', 6);
INSERT INTO Sightings VALUES (30, 11, 4, 8, '2024-08-23', 30);
INSERT INTO Sightings VALUES (31, 1, 2, 3, '2024-09-23', 31);
INSERT INTO Sightings VALUES (32, 9, 1, 2, '2024-10-05', 41);
INSERT INTO Sightings VALUES (33, 13, 18, 22, '2024-11-19', 2);
INSERT INTO Sightings VALUES (34, 11, 12, 15, '2024-12-09', 12);

INSERT INTO Patrols VALUES (1, 8, 4, 6, '2023-02-04', 183.8, 'Anti-poaching sweep');
INSERT INTO Patrols VALUES (2, 10, 6, 11, '2023-02-10', 107.6, NULL);
INSERT INTO Patrols VALUES (3, 3, 2, 1, '2023-02-19', 167.3, 'Carcass report follow-up');
INSERT INTO Patrols VALUES (4, 19, 15, 17, '2023-04-10', 366.8, 'Carcass report follow-up');
INSERT INTO Patrols VALUES (5, 14, 11, 6, '2023-05-10', 124.3, 'Fence inspection');
INSERT INTO Patrols VALUES (6, 10, 6, 4, '2023-05-13', 171.2, NULL);
INSERT INTO Patrols VALUES (7, 7, 3, 11, '2023-06-16', 352.8, NULL);
INSERT INTO Patrols VALUES (8, 16, 13, 14, '2023-07-23', 68.5, NULL);
INSERT INTO Patrols VALUES (9, 11, 7, 1, '2023-08-05', 86.0, 'Anti-poaching sweep');
INSERT INTO Patrols VALUES (10, 16, 13, 14, '2023-08-08', 57.4, 'Fence inspection');
INSERT INTO Patrols VALUES (11, 17, 13, 14, '2023-08-15', 59.6, 'Wildlife census support');
INSERT INTO Patrols VALUES (12, 21, 16, 18, '2023-08-22', 275.4, 'Snare removal');
INSERT INTO Patrols VALUES (13, 1, 1, 7, '2023-11-26', 88.7, 'Carcass report follow-up');
INSERT INTO Patrols VALUES (14, 2, 1, 2, '2023-12-07', 123.7, NULL);
INSERT INTO Patrols VALUES (15, 1, 1, 2, '2024-01-12', 166.6, 'Anti-poaching sweep');
INSERT INTO Patrols VALUES (16, 18, 14, 13, '2024-01-25', 70.4, 'Fence inspection');
INSERT INTO Patrols VALUES (17, 22, 18, 17, '2024-03-09', 292.1, 'Carcass report follow-up');
INSERT INTO Patrols VALUES (18, 13, 10, 9, '2024-03-16', 102.4, 'Wildlife census support');
INSERT INTO Patrols VALUES (19, 22, 18, 16, '2024-08-20', 273.1, 'Snare removal');
INSERT INTO Patrols VALUES (20, 4, 2, 1, '2024-09-05', 176.6, 'Carcass report follow-up');
INSERT INTO Patrols VALUES (21, 12, 9, 10, '2024-11-18', 99.9, 'Wildlife census support');
INSERT INTO Patrols VALUES (22, 13, 10, 9, '2024-12-02', 99.3, 'Fence inspection');

INSERT INTO Protected_Species VALUES (1, 1, 7000);
INSERT INTO Protected_Species VALUES (1, 2, 55);
INSERT INTO Protected_Species VALUES (1, 4, 3000);
INSERT INTO Protected_Species VALUES (1, 6, 300);
INSERT INTO Protected_Species VALUES (1, 10, 1300000);
INSERT INTO Protected_Species VALUES (2, 4, 850);
INSERT INTO Protected_Species VALUES (2, 6, 120);
INSERT INTO Protected_Species VALUES (2, 11, 4200);
INSERT INTO Protected_Species VALUES (3, 1, 17000);
INSERT INTO Protected_Species VALUES (3, 3, 3500);
INSERT INTO Protected_Species VALUES (3, 5, 2000);
INSERT INTO Protected_Species VALUES (3, 7, 350);
INSERT INTO Protected_Species VALUES (4, 7, 420);
INSERT INTO Protected_Species VALUES (5, 2, 620);
INSERT INTO Protected_Species VALUES (5, 8, 2800);
INSERT INTO Protected_Species VALUES (6, 1, 45000);
INSERT INTO Protected_Species VALUES (6, 11, 6500);
INSERT INTO Protected_Species VALUES (7, 2, 70);
INSERT INTO Protected_Species VALUES (7, 4, 60);
INSERT INTO Protected_Species VALUES (8, 7, 800);
INSERT INTO Protected_Species VALUES (8, 23, 9000);
INSERT INTO Protected_Species VALUES (9, 1, 1600);
INSERT INTO Protected_Species VALUES (11, 20, NULL);
INSERT INTO Protected_Species VALUES (12, 5, 1500);
INSERT INTO Protected_Species VALUES (13, 12, 459);
INSERT INTO Protected_Species VALUES (15, 13, 75);
INSERT INTO Protected_Species VALUES (16, 13, 104);
INSERT INTO Protected_Species VALUES (16, 14, 2613);
INSERT INTO Protected_Species VALUES (16, 15, 1940);
INSERT INTO Protected_Species VALUES (17, 13, 260);
INSERT INTO Protected_Species VALUES (18, 13, 128);
INSERT INTO Protected_Species VALUES (18, 14, 694);
INSERT INTO Protected_Species VALUES (19, 16, 5500);
INSERT INTO Protected_Species VALUES (19, 22, 120);
INSERT INTO Protected_Species VALUES (20, 17, 350);
INSERT INTO Protected_Species VALUES (20, 18, 90);
INSERT INTO Protected_Species VALUES (21, 21, 250);
