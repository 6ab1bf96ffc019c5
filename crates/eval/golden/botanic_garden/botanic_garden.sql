PRAGMA foreign_keys = ON;

CREATE TABLE Ref_Plant_Families (
    family_code TEXT PRIMARY KEY,
    family_name TEXT NOT NULL,
    family_description TEXT
);

CREATE TABLE Gardens (
    Garden_ID INTEGER PRIMARY KEY,
    Garden_Name TEXT NOT NULL,
    City TEXT,
    Country TEXT,
    Year_Founded INTEGER,
    Area_Hectares REAL,
    climate_type TEXT,
    Annual_Visitors INTEGER
);

CREATE TABLE Glasshouses (
    Glasshouse_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER NOT NULL,
    Glasshouse_Name TEXT,
    Year_Built INTEGER,
    Floor_Area TEXT,
    min_temperature_c REAL,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Species (
    Species_ID INTEGER PRIMARY KEY,
    Scientific_Name TEXT NOT NULL,
    Common_Name TEXT,
    family_code TEXT,
    Plant_Type TEXT,
    Native_Region TEXT,
    Conservation_Status TEXT,
    Max_Height_m REAL,
    FOREIGN KEY (family_code) REFERENCES Ref_Plant_Families(family_code)
);

CREATE TABLE Specimens (
    Specimen_ID INTEGER PRIMARY KEY,
    Species_ID INTEGER NOT NULL,
    Garden_ID INTEGER NOT NULL,
    Glasshouse_ID INTEGER,
    Accession_Code TEXT,
    Date_Planted TEXT,
    Number_Of_Plants INTEGER,
    Health_Status TEXT,
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID),
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Gardeners (
    Gardener_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER,
    First_Name TEXT,
    Last_Name TEXT,
    Specialty TEXT,
    Hire_Date TEXT,
    Salary INTEGER,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID)
);

CREATE TABLE Tour_Bookings (
    Booking_ID INTEGER PRIMARY KEY,
    Garden_ID INTEGER NOT NULL,
    guide_gardener_id INTEGER,
    Visitor_Name TEXT,
    Visitor_City TEXT,
    Visitor_Age INTEGER,
    Tour_Date TEXT,
    Tour_Theme TEXT,
    Party_Size INTEGER,
    Ticket_Price REAL,
    FOREIGN KEY (Garden_ID) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (guide_gardener_id) REFERENCES Gardeners(Gardener_ID)
);

CREATE TABLE Seed_Exchanges (
    Exchange_ID INTEGER PRIMARY KEY,
    sending_garden_id INTEGER NOT NULL,
    receiving_garden_id INTEGER NOT NULL,
    Species_ID INTEGER NOT NULL,
    Exchange_Date TEXT,
    Seed_Count INTEGER,
    Shipping_Method TEXT,
    FOREIGN KEY (sending_garden_id) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (receiving_garden_id) REFERENCES Gardens(Garden_ID),
    FOREIGN KEY (Species_ID) REFERENCES Species(Species_ID)
);

INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ROS', 'Rosaceae', 'Rose family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ORC', 'Orchidaceae', 'Orchid family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('CAC', 'Cactaceae', 'Cactus family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('PIN', 'Pinaceae', 'Pine family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('AST', 'Asteraceae', 'Daisy family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('FAB', 'Fabaceae', 'Pea family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ARE', 'Arecaceae', 'Palm family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('LAM', 'Lamiaceae', 'Mint family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ERI', 'Ericaceae', 'Heath family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('MAG', 'Magnoliaceae', 'Magnolia family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('BRO', 'Bromeliaceae', 'Bromeliad family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('NYM', 'Nymphaeaceae', 'Water lily family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('PRO', 'Proteaceae', 'Protea family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('ZAM', 'Zamiaceae', 'Cycad family');
INSERT INTO Ref_Plant_Families (family_code, family_name, family_description) VALUES ('GEN', 'Gentianaceae', 'Gentian family');

INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (1, 'Royal Botanic Garden Edinburgh', 'Edinburgh', 'United Kingdom', 1670, 28.0, 'Temperate', 850000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (2, 'Kew Gardens', 'London', 'United Kingdom', 1759, 132.0, 'Temperate', 2100000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (3, 'Singapore Botanic Gardens', 'Singapore', 'Singapore', 1859, 82.0, 'Tropical', 4500000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (4, 'Jardin des Plantes', 'Paris', 'France', 1635, 28.0, 'Temperate', 1500000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (5, 'Berlin-Dahlem Botanical Garden', 'Berlin', 'Germany', 1679, 43.0, 'Temperate', 480000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (6, 'Royal Botanic Garden Sydney', 'Sydney', 'Australia', 1816, 30.0, 'Subtropical', 3000000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (7, 'Missouri Botanical Garden', 'St. Louis', 'United States', 1859, 32.0, 'Continental', 900000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (8, 'Kirstenbosch National Botanical Garden', 'Cape Town', 'South Africa', 1913, 528.0, 'Mediterranean', 1000000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (9, 'Orto Botanico di Padova', 'Padua', 'Italy', 1545, 2.2, 'Temperate', NULL);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (10, 'Montreal Botanical Garden', 'Montreal', 'Canada', 1931, 75.0, 'Continental', 700000);
INSERT INTO Gardens (Garden_ID, Garden_Name, City, Country, Year_Founded, Area_Hectares, climate_type, Annual_Visitors) VALUES (11, 'Glasgow Botanic Gardens', 'Glasgow', 'United Kingdom', 1817, 11.0, 'Temperate', 400000);

INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (1, 1, 'Temperate Palm House', 1858, '560', 8.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (2, 1, 'Montane Tropical House', 1967, '410', 16.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (3, 2, 'Palm House', 1848, '2248', 18.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (4, 2, 'Temperate House', 1863, '4880', 10.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (5, 2, 'Princess of Wales Conservatory', 1987, '4490', 15.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (6, 3, 'National Orchid Garden Cool House', 2004, '320', 15.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (7, 4, 'Grandes Serres', 1836, '3000', 14.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (8, 5, 'Great Pavilion', 1907, '1750', 16.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (9, 6, 'The Calyx', 2016, '1100', 12.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (10, 7, 'Climatron', 1960, '2230', 18.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (11, 9, 'Garden of Biodiversity', 2014, '3500', 12.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (12, 10, 'Main Exhibition Greenhouse', 1956, '1400', 15.0);
INSERT INTO Glasshouses (Glasshouse_ID, Garden_ID, Glasshouse_Name, Year_Built, Floor_Area, min_temperature_c) VALUES (13, 11, 'Kibble Palace', 1873, '2137', 7.0);

INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (1, 'Rosa canina', 'Dog rose', 'ROS', 'Shrub', 'Europe', 'Least Concern', 3.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (2, 'Malus sylvestris', 'European crab apple', 'ROS', 'Tree', 'Europe', 'Least Concern', 10.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (3, 'Prunus serrulata', 'Japanese cherry', 'ROS', 'Tree', 'East Asia', NULL, 12.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (4, 'Sorbus aucuparia', 'Rowan', 'ROS', 'Tree', 'Europe', 'Least Concern', 15.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (5, 'Phalaenopsis amabilis', 'Moth orchid', 'ORC', 'Epiphyte', 'Southeast Asia', 'Least Concern', 0.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (6, 'Vanilla planifolia', 'Vanilla', 'ORC', 'Climber', 'Central America', 'Endangered', 15.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (7, 'Cypripedium calceolus', 'Lady''s slipper orchid', 'ORC', 'Herb', 'Europe', 'Least Concern', 0.6);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (8, 'Paphiopedilum rothschildianum', 'Rothschild''s slipper orchid', 'ORC', 'Herb', 'Borneo', 'Critically Endangered', 0.6);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (9, 'Carnegiea gigantea', 'Saguaro', 'CAC', 'Succulent', 'North America', 'Least Concern', 12.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (10, 'Echinocactus grusonii', 'Golden barrel cactus', 'CAC', 'Succulent', 'Mexico', 'Endangered', 1.3);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (11, 'Opuntia ficus-indica', 'Prickly pear', 'CAC', 'Succulent', 'Mexico', NULL, 5.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (12, 'Mammillaria elongata', 'Ladyfinger cactus', 'CAC', 'Succulent', 'Mexico', 'Least Concern', 0.15);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (13, 'Pinus sylvestris', 'Scots pine', 'PIN', 'Tree', 'Europe', 'Least Concern', 35.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (14, 'Abies nordmanniana', 'Nordmann fir', 'PIN', 'Tree', 'Caucasus', 'Least Concern', 60.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (15, 'Cedrus libani', 'Cedar of Lebanon', 'PIN', 'Tree', 'Middle East', 'Vulnerable', 40.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (16, 'Picea abies', 'Norway spruce', 'PIN', 'Tree', 'Europe', 'Least Concern', 50.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (17, 'Echinacea purpurea', 'Purple coneflower', 'AST', 'Herb', 'North America', 'Least Concern', 1.2);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (18, 'Helianthus annuus', 'Sunflower', 'AST', 'Herb', 'North America', NULL, 3.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (19, 'Argyroxiphium sandwicense', 'Silversword', 'AST', 'Shrub', 'Hawaii', 'Vulnerable', 2.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (20, 'Bellis perennis', 'Common daisy', 'AST', 'Herb', 'Europe', NULL, 0.2);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (21, 'Acacia dealbata', 'Silver wattle', 'FAB', 'Tree', 'Australia', 'Least Concern', 30.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (22, 'Wisteria sinensis', 'Chinese wisteria', 'FAB', 'Climber', 'East Asia', NULL, 20.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (23, 'Lupinus polyphyllus', 'Garden lupin', 'FAB', 'Herb', 'North America', 'Least Concern', 1.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (24, 'Cercis siliquastrum', 'Judas tree', 'FAB', 'Tree', 'Mediterranean', 'Least Concern', 10.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (25, 'Cocos nucifera', 'Coconut palm', 'ARE', 'Palm', 'Pacific Islands', NULL, 30.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (26, 'Lodoicea maldivica', 'Coco de mer', 'ARE', 'Palm', 'Seychelles', 'Endangered', 30.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (27, 'Washingtonia filifera', 'California fan palm', 'ARE', 'Palm', 'North America', 'Near Threatened', 20.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (28, 'Trachycarpus fortunei', 'Chusan palm', 'ARE', 'Palm', 'East Asia', 'Near Threatened', 12.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (29, 'Lavandula angustifolia', 'English lavender', 'LAM', 'Shrub', 'Mediterranean', 'Least Concern', 1.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (30, 'Salvia officinalis', 'Common sage', 'LAM', 'Shrub', 'Mediterranean', 'Least Concern', 0.6);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (31, 'Mentha spicata', 'Spearmint', 'LAM', 'Herb', 'Europe', 'Least Concern', 1.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (32, 'Salvia rosmarinus', 'Rosemary', 'LAM', 'Shrub', 'Mediterranean', NULL, 1.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (33, 'Rhododendron ponticum', 'Common rhododendron', 'ERI', 'Shrub', 'Europe', 'Least Concern', 5.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (34, 'Calluna vulgaris', 'Heather', 'ERI', 'Shrub', 'Europe', 'Least Concern', 0.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (35, 'Vaccinium corymbosum', 'Highbush blueberry', 'ERI', 'Shrub', 'North America', 'Least Concern', 2.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (36, 'Erica cerinthoides', 'Fire heath', 'ERI', 'Shrub', 'South Africa', 'Least Concern', 0.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (37, 'Magnolia grandiflora', 'Southern magnolia', 'MAG', 'Tree', 'North America', 'Least Concern', 27.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (38, 'Liriodendron tulipifera', 'Tulip tree', 'MAG', 'Tree', 'North America', 'Least Concern', 50.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (39, 'Ananas comosus', 'Pineapple', 'BRO', 'Herb', 'South America', NULL, 1.5);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (40, 'Puya raimondii', 'Queen of the Andes', 'BRO', 'Herb', 'South America', 'Endangered', 15.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (41, 'Tillandsia usneoides', 'Spanish moss', 'BRO', 'Epiphyte', 'South America', 'Least Concern', 0.1);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (42, 'Victoria amazonica', 'Giant water lily', 'NYM', 'Aquatic', 'South America', 'Least Concern', 0.3);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (43, 'Nymphaea alba', 'European white water lily', 'NYM', 'Aquatic', 'Europe', 'Least Concern', 0.2);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (44, 'Protea cynaroides', 'King protea', 'PRO', 'Shrub', 'South Africa', 'Least Concern', 2.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (45, 'Encephalartos woodii', 'Wood''s cycad', 'ZAM', 'Cycad', 'South Africa', 'Extinct in the Wild', 6.0);
INSERT INTO Species (Species_ID, Scientific_Name, Common_Name, family_code, Plant_Type, Native_Region, Conservation_Status, Max_Height_m) VALUES (46, 'Fragaria vesca', 'Wild strawberry', 'ROS', 'Herb', 'Europe', 'Least Concern', 0.3);

INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (1, 5, 1, 2, 'EDI-1995-9067', '1995-08-04', 18, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (2, 39, 1, 1, 'EDI-1970-3106', '1970-11-15', 31, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (3, 34, 1, NULL, 'EDI-1985-3278', '1985-09-17', 13, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (4, 23, 1, NULL, 'EDI-2000-5282', '2000-04-11', 28, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (5, 24, 1, NULL, 'EDI-1995-7792', '1995-05-15', 10, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (6, 2, 1, NULL, 'EDI-2021-6191', '2021-05-06', 36, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (7, 29, 1, NULL, 'EDI-1999-5327', '1999-03-07', 9, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (8, 27, 1, 1, 'EDI-2022-3253', '2022-12-16', 36, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (9, 16, 1, NULL, 'EDI-1987-5548', '1987-04-30', 13, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (10, 15, 1, NULL, 'EDI-1998-8895', '1998-11-29', 25, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (11, 22, 1, NULL, 'EDI-2008-7320', '2008-02-21', 17, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (12, 36, 1, 2, 'EDI-2010-9951', '2010-07-03', 2, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (13, 26, 1, 1, 'EDI-2003-0609', '2003-12-03', 23, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (14, 9, 1, 2, 'EDI-1975-8767', '1975-06-18', 6, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (15, 4, 2, NULL, 'LON-1978-2750', '1978-04-24', 14, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (16, 43, 2, NULL, 'LON-1967-0004', '1967-01-07', 24, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (17, 37, 2, NULL, 'LON-2019-8839', '2019-07-06', 13, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (18, 26, 2, 3, 'LON-1989-4323', '1989-05-13', 32, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (19, 35, 2, NULL, 'LON-2013-1406', '2013-01-31', 11, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (20, 15, 2, NULL, 'LON-1969-0469', '1969-02-09', 31, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (21, 18, 2, NULL, 'LON-1994-0504', '1994-08-15', 15, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (22, 20, 2, NULL, 'LON-1970-2849', '1970-06-01', 20, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (23, 10, 2, 5, 'LON-1995-4639', '1995-11-26', 19, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (24, 44, 2, 5, 'LON-2002-3013', '2002-09-06', 32, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (25, 29, 2, NULL, 'LON-1978-8502', '1978-08-08', 8, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (26, 42, 2, 4, 'LON-1998-1564', '1998-08-29', 26, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (27, 41, 2, 5, 'LON-2003-1947', '2003-08-20', 7, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (28, 11, 2, 5, 'LON-1984-9916', '1984-02-07', 35, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (29, 36, 2, 3, 'LON-1993-7241', '1993-09-04', 24, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (30, 25, 2, 5, 'LON-2002-6974', '2002-03-02', 23, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (31, 12, 3, NULL, 'SIN-2005-1539', '2005-08-02', 13, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (32, 44, 3, NULL, 'SIN-1986-8665', '1986-02-15', 19, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (33, 11, 3, NULL, 'SIN-1983-5160', '1983-11-18', 26, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (34, 36, 3, NULL, 'SIN-2002-8762', '2002-12-01', 13, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (35, 24, 3, NULL, 'SIN-1964-2599', '1964-07-14', 39, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (36, 41, 3, NULL, 'SIN-2004-6058', '2004-12-14', 15, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (37, 3, 3, NULL, 'SIN-1975-5114', '1975-08-21', 9, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (38, 17, 3, NULL, 'SIN-1978-9255', '1978-08-01', 38, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (39, 27, 3, NULL, 'SIN-2020-8710', '2020-12-07', 36, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (40, 10, 3, NULL, 'SIN-1994-3431', '1994-02-21', 10, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (41, 38, 3, NULL, 'SIN-1967-8357', '1967-05-24', 22, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (42, 6, 3, NULL, 'SIN-1960-8042', '1960-11-14', 5, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (43, 45, 4, 7, 'PAR-2012-0955', '2012-08-16', 26, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (44, 6, 4, 7, 'PAR-2012-7194', '2012-05-14', 15, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (45, 36, 4, 7, 'PAR-1966-4361', '1966-07-16', 9, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (46, 35, 4, NULL, 'PAR-1987-5546', '1987-10-27', 16, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (47, 9, 4, 7, 'PAR-1994-7506', '1994-05-10', 28, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (48, 43, 4, NULL, 'PAR-2011-7463', '2011-08-14', 35, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (49, 27, 4, 7, 'PAR-1978-8028', '1978-12-25', 19, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (50, 8, 5, 8, 'BER-1990-0920', '1990-06-09', 19, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (51, 27, 5, 8, 'BER-1962-0772', '1962-09-11', 6, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (52, 45, 5, 8, 'BER-2005-8291', '2005-09-08', 20, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (53, 4, 5, NULL, 'BER-2006-7564', '2006-05-17', 37, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (54, 6, 5, 8, 'BER-1965-7262', '1965-07-05', 35, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (55, 21, 5, NULL, 'BER-1983-6642', '1983-06-20', 17, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (56, 7, 5, NULL, 'BER-1995-5572', '1995-01-26', 33, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (57, 12, 6, NULL, 'SYD-1985-8802', '1985-01-21', 19, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (58, 29, 6, NULL, 'SYD-1971-2427', '1971-01-08', 34, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (59, 37, 6, NULL, 'SYD-1972-7492', '1972-02-26', 30, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (60, 42, 6, NULL, 'SYD-1970-6580', '1970-12-15', 19, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (61, 38, 6, NULL, 'SYD-1967-0706', '1967-10-03', 8, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (62, 22, 6, NULL, 'SYD-1980-3073', '1980-12-24', 14, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (63, 27, 6, NULL, 'SYD-2002-5256', '2002-04-25', 19, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (64, 8, 7, 10, 'ST.-2012-3085', '2012-11-11', 4, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (65, 22, 7, NULL, 'ST.-2001-2730', '2001-04-20', 27, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (66, 38, 7, NULL, 'ST.-2022-5244', '2022-06-05', 12, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (67, 16, 7, NULL, 'ST.-1988-4879', '1988-04-09', 15, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (68, 21, 7, NULL, 'ST.-1997-0981', '1997-02-03', 20, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (69, 32, 7, NULL, 'ST.-2020-8629', '2020-03-12', 11, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (70, 37, 7, NULL, 'ST.-2004-0334', '2004-12-12', 39, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (71, 5, 7, 10, 'ST.-1985-1871', '1985-01-05', 12, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (72, 43, 7, NULL, 'ST.-1991-3883', '1991-05-11', 33, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (73, 26, 8, NULL, 'CAP-2000-5964', '2000-03-13', 14, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (74, 33, 8, NULL, 'CAP-2008-7557', '2008-06-18', 14, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (75, 8, 8, NULL, 'CAP-1996-0887', '1996-04-04', 32, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (76, 39, 8, NULL, 'CAP-1984-2634', '1984-11-09', 17, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (77, 6, 8, NULL, 'CAP-1972-3725', '1972-02-03', 30, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (78, 23, 8, NULL, 'CAP-2009-0705', '2009-05-15', 22, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (79, 29, 8, NULL, 'CAP-2013-1064', '2013-05-06', 28, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (80, 32, 8, NULL, 'CAP-1980-9816', '1980-10-01', 11, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (81, 10, 8, NULL, 'CAP-2002-2389', '2002-09-08', 6, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (82, 29, 9, NULL, 'PAD-2017-4096', '2017-01-03', 17, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (83, 2, 9, NULL, 'PAD-2002-0463', '2002-11-06', 16, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (84, 43, 9, NULL, 'PAD-1982-1677', '1982-06-08', 31, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (85, 30, 9, NULL, 'PAD-2006-0357', '2006-06-24', 25, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (86, 28, 9, NULL, 'PAD-2007-4685', '2007-05-16', 19, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (87, 33, 9, NULL, 'PAD-2006-9402', '2006-04-09', 22, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (88, 9, 9, 11, 'PAD-1968-5216', '1968-02-12', 17, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (89, 34, 9, NULL, 'PAD-2010-2194', '2010-11-07', 15, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (90, 41, 9, 11, 'PAD-1995-1884', '1995-08-05', 40, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (91, 15, 9, NULL, 'PAD-2000-3958', '2000-05-08', 17, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (92, 24, 10, NULL, 'MON-1999-0056', '1999-10-02', 33, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (93, 12, 10, 12, 'MON-2014-7357', '2014-02-28', 15, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (94, 16, 10, NULL, 'MON-2021-8757', '2021-12-08', 9, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (95, 2, 10, NULL, 'MON-2021-1487', '2021-12-07', 8, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (96, 28, 10, NULL, 'MON-1976-5413', '1976-09-01', 4, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (97, 15, 10, NULL, 'MON-2023-8197', '2023-10-14', 17, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (98, 9, 10, 12, 'MON-1960-4527', '1960-08-23', 32, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (99, 7, 10, NULL, 'MON-1968-4631', '1968-03-07', 16, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (100, 3, 11, NULL, 'GLA-2013-4915', '2013-04-12', 34, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (101, 8, 11, 13, 'GLA-2004-0461', '2004-09-16', 1, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (102, 43, 11, NULL, 'GLA-1978-3520', '1978-06-13', 22, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (103, 5, 11, 13, 'GLA-2003-6565', '2003-02-08', 29, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (104, 17, 11, NULL, 'GLA-1993-2525', '1993-08-21', 24, 'Good');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (105, 26, 11, 13, 'GLA-1993-8456', '1993-05-06', 4, 'Fair');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (106, 33, 11, NULL, 'GLA-2007-4174', '2007-06-19', 8, 'Poor');
INSERT INTO Specimens (Specimen_ID, Species_ID, Garden_ID, Glasshouse_ID, Accession_Code, Date_Planted, Number_Of_Plants, Health_Status) VALUES (107, 24, 11, NULL, 'GLA-2020-8308', '2020-12-07', 24, 'Fair');

INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (1, 1, 'Nadia', 'Morgan', 'Propagation', '2002-12-10', 58000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (2, 2, 'Ruth', 'Tremblay', 'Cacti and Succulents', '2019-01-09', 61000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (3, 3, 'Ruth', 'Baker', 'Tropical Plants', '2010-04-03', 43500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (4, 4, 'Angus', 'Sharma', 'Arboriculture', '2012-06-11', 53000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (5, 5, 'Kenji', 'Okafor', 'Arboriculture', '2006-08-29', 28500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (6, 6, 'Amelie', 'Fischer', 'Alpine Plants', '1999-11-01', 60500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (7, 7, 'James', 'Naidoo', 'Cacti and Succulents', '1997-12-27', 44500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (8, 8, 'Angus', 'Nguyen', 'Herbaceous Borders', '2014-04-01', 49500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (9, 9, 'James', 'Murray', 'Orchids', '2005-02-19', 53500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (10, 10, 'Aisha', 'Kowalski', 'Alpine Plants', '2001-10-24', 45000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (11, 11, 'Chloe', 'Wright', 'Herbaceous Borders', '2012-03-19', 41000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (12, 1, 'Tom', 'Tan', 'Arboriculture', '2016-12-26', 30500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (13, 2, 'Marco', 'Baker', 'Herbaceous Borders', '1995-05-09', 38500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (14, 3, 'Pierre', 'Patel', 'Herbaceous Borders', '2004-02-23', 40500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (15, 4, 'Lukas', 'Baker', 'Orchids', '2004-03-18', 50000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (16, 5, 'Elena', 'Sharma', 'Orchids', '2005-01-01', 51500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (17, 6, 'Ruth', 'Rossi', 'Propagation', '2001-06-20', 41000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (18, 7, 'Mei', 'Rossi', 'Tropical Plants', '2003-03-21', 60500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (19, 8, 'Marco', 'Lefebvre', 'Orchids', '2005-12-06', 59500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (20, 9, 'Chloe', 'Hughes', 'Arboriculture', '2007-06-15', 63500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (21, 10, 'Angus', 'Wright', 'Herbaceous Borders', '2000-08-25', 44000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (22, 11, 'Aisha', 'Sharma', 'Cacti and Succulents', '2016-11-06', 46000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (23, 2, 'Samuel', 'Dubois', 'Herbaceous Borders', '2004-04-15', 32500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (24, 2, 'Priya', 'MacLeod', 'Orchids', '2018-05-13', 56500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (25, 1, 'Lukas', 'Murray', 'Orchids', '2001-04-07', 60500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (26, 1, 'Sofia', 'Hughes', 'Propagation', '2006-05-05', 63000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (27, 3, 'Lukas', 'Bianchi', 'Tropical Plants', '1999-07-10', 36500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (28, 4, 'Thabo', 'Wright', 'Alpine Plants', '1994-03-16', 59500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (29, 6, 'Amelie', 'Bianchi', 'Cacti and Succulents', '2007-01-30', 39000);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (30, 8, 'Lukas', 'Rossi', 'Alpine Plants', '2011-08-16', 40500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (31, 5, 'Mei', 'Tremblay', 'Arboriculture', '2006-06-04', 53500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (32, 7, 'Kenji', 'Bianchi', 'Arboriculture', '2008-09-16', 33500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (33, 2, 'Tom', 'Brown', 'Propagation', '2005-12-18', 52500);
INSERT INTO Gardeners (Gardener_ID, Garden_ID, First_Name, Last_Name, Specialty, Hire_Date, Salary) VALUES (34, 3, 'Fiona', 'Campbell', 'Alpine Plants', '2008-11-18', 46000);

INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (1, 11, NULL, 'Moira Kerr', 'Edinburgh', 62, '2022-08-24', 'Seasonal Highlights', 5, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (2, 6, 6, 'Lucy Evans', 'Glasgow', NULL, '2022-06-05', 'Orchids and Epiphytes', 5, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (3, 5, 5, 'Nikhil Rao', 'London', 45, '2024-08-30', 'Seasonal Highlights', 7, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (4, 2, NULL, 'Camille Roux', 'Paris', NULL, '2024-08-11', 'Desert Plants', 3, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (5, 3, 27, 'Felix Braun', 'Berlin', 49, '2023-02-08', 'Orchids and Epiphytes', 3, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (6, 2, 2, 'Jack Wilson', 'Sydney', NULL, '2024-01-26', 'Seasonal Highlights', 1, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (7, 2, 23, 'Moira Kerr', 'Edinburgh', 27, '2024-05-29', 'Glasshouse Highlights', 2, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (8, 2, 33, 'Naledi Dlamini', 'Cape Town', 70, '2023-11-02', 'Desert Plants', 3, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (9, 6, 29, 'Sophie Gagnon', 'Montreal', 31, '2024-02-21', 'Desert Plants', 7, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (10, 2, 33, 'Felix Braun', 'Berlin', NULL, '2022-06-21', 'Desert Plants', 1, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (11, 4, 15, 'Lucy Evans', 'Glasgow', 23, '2022-10-23', 'Glasshouse Highlights', 3, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (12, 11, 11, 'Nikhil Rao', 'London', NULL, '2023-03-04', 'Trees of the World', 1, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (13, 4, 15, 'Arjun Menon', 'Singapore', NULL, '2022-09-17', 'Trees of the World', 4, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (14, 8, 30, 'Alice Grant', 'Edinburgh', 69, '2022-08-04', 'Glasshouse Highlights', 5, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (15, 6, 17, 'Alice Grant', 'Edinburgh', 29, '2023-06-27', 'Medicinal Plants', 7, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (16, 5, 31, 'Moira Kerr', 'Edinburgh', 37, '2023-08-08', 'Desert Plants', 7, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (17, 10, 21, 'Maria Lopez', 'Madrid', 61, '2023-12-13', 'Orchids and Epiphytes', 1, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (18, 1, 26, 'Rory Stewart', 'Edinburgh', 50, '2023-12-06', 'Orchids and Epiphytes', 7, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (19, 10, 10, 'Anna Weber', 'Berlin', 36, '2023-10-22', 'Medicinal Plants', 6, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (20, 6, 29, 'Wei Ling Goh', 'Singapore', 69, '2022-06-05', 'Seasonal Highlights', 7, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (21, 11, 22, 'Anna Weber', 'Berlin', NULL, '2023-08-14', 'Medicinal Plants', 2, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (22, 2, 24, 'Naledi Dlamini', 'Cape Town', NULL, '2022-12-31', 'Medicinal Plants', 7, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (23, 4, 28, 'Sophie Gagnon', 'Montreal', NULL, '2023-08-14', 'Orchids and Epiphytes', 3, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (24, 9, 20, 'Camille Roux', 'Paris', 22, '2022-03-02', 'Seasonal Highlights', 5, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (25, 9, 9, 'Rory Stewart', 'Edinburgh', NULL, '2023-12-05', 'Trees of the World', 2, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (26, 11, 11, 'Alice Grant', 'Edinburgh', 75, '2024-02-15', 'Trees of the World', 7, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (27, 11, 11, 'Julien Martin', 'Paris', NULL, '2023-02-04', 'Glasshouse Highlights', 6, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (28, 1, 26, 'Michael Stone', 'St. Louis', 57, '2023-09-15', 'Seasonal Highlights', 5, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (29, 4, 4, 'Naledi Dlamini', 'Cape Town', 36, '2024-08-29', 'Glasshouse Highlights', 1, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (30, 9, 9, 'Giulia Conti', 'Padua', 20, '2024-01-23', 'Seasonal Highlights', 6, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (31, 2, 2, 'Naledi Dlamini', 'Cape Town', 63, '2024-08-19', 'Orchids and Epiphytes', 3, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (32, 1, 25, 'Ben Carter', 'London', 38, '2023-11-06', 'Glasshouse Highlights', 3, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (33, 10, 21, 'Camille Roux', 'Paris', NULL, '2024-01-13', 'Orchids and Epiphytes', 8, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (34, 2, 24, 'Alice Grant', 'Edinburgh', 49, '2024-08-16', 'Seasonal Highlights', 6, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (35, 6, 17, 'Anna Weber', 'Berlin', 39, '2023-12-27', 'Seasonal Highlights', 7, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (36, 2, 2, 'Anna Weber', 'Berlin', 53, '2023-02-20', 'Seasonal Highlights', 5, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (37, 4, 4, 'Sarah Holt', 'London', 23, '2022-06-07', 'Trees of the World', 6, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (38, 4, 4, 'Julien Martin', 'Paris', 75, '2022-03-01', 'Trees of the World', 5, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (39, 2, 23, 'Peter Novak', 'Prague', 20, '2022-07-27', 'Orchids and Epiphytes', 3, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (40, 3, 34, 'Maria Lopez', 'Madrid', NULL, '2024-10-03', 'Medicinal Plants', 8, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (41, 11, 11, 'Ben Carter', 'London', 61, '2024-05-14', 'Medicinal Plants', 8, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (42, 3, 3, 'Sophie Gagnon', 'Montreal', 47, '2023-11-23', 'Trees of the World', 2, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (43, 4, 28, 'Giulia Conti', 'Padua', 47, '2022-10-18', 'Orchids and Epiphytes', 7, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (44, 2, 13, 'Rory Stewart', 'Edinburgh', 36, '2022-03-30', 'Glasshouse Highlights', 2, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (45, 3, 3, 'Rory Stewart', 'Edinburgh', 73, '2023-07-22', 'Orchids and Epiphytes', 1, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (46, 3, 3, 'Rory Stewart', 'Edinburgh', 40, '2022-11-19', 'Medicinal Plants', 7, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (47, 10, 10, 'Hiro Sato', 'Tokyo', 47, '2022-08-15', 'Glasshouse Highlights', 2, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (48, 6, 6, 'Anna Weber', 'Berlin', 38, '2024-01-14', 'Seasonal Highlights', 5, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (49, 4, 28, 'Emily Clarke', 'Manchester', 57, '2023-12-05', 'Orchids and Epiphytes', 6, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (50, 2, NULL, 'Anna Weber', 'Berlin', 28, '2024-04-30', 'Glasshouse Highlights', 3, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (51, 8, NULL, 'Naledi Dlamini', 'Cape Town', 54, '2024-01-31', 'Trees of the World', 4, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (52, 7, 32, 'Michael Stone', 'St. Louis', 51, '2023-02-12', 'Seasonal Highlights', 8, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (53, 1, 26, 'Lucy Evans', 'Glasgow', NULL, '2023-10-24', 'Orchids and Epiphytes', 6, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (54, 6, 6, 'Alice Grant', 'Edinburgh', 76, '2022-07-08', 'Orchids and Epiphytes', 8, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (55, 1, 25, 'Julien Martin', 'Paris', 53, '2023-02-25', 'Desert Plants', 8, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (56, 10, 10, 'Moira Kerr', 'Edinburgh', 38, '2022-03-05', 'Desert Plants', 8, 18.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (57, 7, 18, 'David Cohen', 'New York', 23, '2022-04-15', 'Trees of the World', 4, 20.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (58, 10, 10, 'Alice Grant', 'Edinburgh', 78, '2024-08-26', 'Glasshouse Highlights', 8, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (59, 2, NULL, 'Moira Kerr', 'Edinburgh', 71, '2022-10-25', 'Trees of the World', 7, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (60, 6, 17, 'Wei Ling Goh', 'Singapore', 54, '2022-09-15', 'Seasonal Highlights', 6, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (61, 6, 6, 'Jack Wilson', 'Sydney', 26, '2023-10-28', 'Seasonal Highlights', 4, 15.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (62, 1, 26, 'Ben Carter', 'London', NULL, '2023-03-05', 'Trees of the World', 6, 12.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (63, 2, 33, 'Wei Ling Goh', 'Singapore', 38, '2023-12-10', 'Trees of the World', 5, 25.0);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (64, 1, NULL, 'Rory Stewart', 'Edinburgh', NULL, '2022-05-27', 'Seasonal Highlights', 6, 8.5);
INSERT INTO Tour_Bookings (Booking_ID, Garden_ID, guide_gardener_id, Visitor_Name, Visitor_City, Visitor_Age, Tour_Date, Tour_Theme, Party_Size, Ticket_Price) VALUES (65, 2, 33, 'Julien Martin', 'Paris', 19, '2024-10-28', 'Seasonal Highlights', 7, 12.0);

INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (1, 7, 3, 37, '2019-10-09', 1580, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (2, 2, 10, 11, '2022-02-14', 1470, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (3, 3, 6, 11, '2021-09-05', 730, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (4, 3, 7, 38, '2017-06-23', 1860, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (5, 2, 11, 11, '2016-09-03', 220, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (6, 9, 2, 2, '2023-08-12', 300, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (7, 9, 10, 2, '2021-07-13', 1260, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (8, 9, 4, 2, '2022-10-15', 720, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (9, 4, 9, 36, '2021-09-02', 860, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (10, 2, 11, 44, '2022-12-29', 1810, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (11, 3, 4, 17, '2020-04-24', 930, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (12, 2, 11, 36, '2017-03-24', 100, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (13, 9, 2, 33, '2022-04-16', 1720, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (14, 5, 10, 6, '2019-04-15', 270, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (15, 8, 9, 6, '2021-05-13', 1110, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (16, 4, 11, 9, '2020-10-15', 1560, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (17, 9, 4, 9, '2017-08-05', 1380, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (18, 6, 3, 12, '2021-07-28', 1640, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (19, 8, 2, 10, '2023-09-25', 1350, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (20, 9, 1, 29, '2016-04-01', 1650, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (21, 1, 2, 22, '2021-10-18', 1650, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (22, 8, 3, 32, '2021-08-06', 420, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (23, 7, 10, 22, '2023-07-14', 1490, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (24, 5, 9, 21, '2016-08-21', 1050, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (25, 6, 5, 29, '2021-06-18', 550, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (26, 9, 6, 30, '2021-11-09', 470, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (27, 2, 6, 26, '2015-10-17', 570, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (28, 2, 11, 41, '2019-12-12', 1210, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (29, 11, 5, 17, '2016-06-19', 920, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (30, 8, 4, 23, '2021-12-07', 1440, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (31, 4, 2, 9, '2023-12-06', 1800, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (32, 1, 2, 29, '2023-06-10', 1500, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (33, 5, 7, 4, '2020-04-25', 550, 'Hand carried');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (34, 10, 2, 2, '2021-05-27', 610, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (35, 5, 3, 8, '2016-12-07', 140, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (36, 1, 2, 29, '2018-03-15', 1910, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (37, 7, 3, 37, '2015-04-16', 650, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (38, 2, 6, 37, '2023-04-21', 540, 'Air mail');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (39, 8, 10, 33, '2019-01-06', 1380, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (40, 7, 10, 38, '2015-08-29', 1810, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (41, 8, 2, 10, '2024-04-24', 1870, 'Courier');
INSERT INTO Seed_Exchanges (Exchange_ID, sending_garden_id, receiving_garden_id, Species_ID, Exchange_Date, Seed_Count, Shipping_Method) VALUES (42, 9, 2, 33, '2017-11-19', 1160, 'Hand carried');
