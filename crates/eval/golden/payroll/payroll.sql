PRAGMA foreign_keys = ON;
BEGIN TRANSACTION;

CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  location TEXT NOT NULL,
  annual_budget REAL NOT NULL
);

CREATE TABLE job_titles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  pay_grade TEXT NOT NULL,
  min_salary REAL NOT NULL,
  max_salary REAL NOT NULL
);

CREATE TABLE employees (
  id INTEGER PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  job_title_id INTEGER NOT NULL REFERENCES job_titles(id),
  manager_id INTEGER REFERENCES employees(id),
  hire_date TEXT NOT NULL,
  employment_type TEXT NOT NULL,
  salary REAL NOT NULL,
  is_remote INTEGER NOT NULL
);

CREATE TABLE payslips (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  pay_period TEXT NOT NULL,
  pay_date TEXT NOT NULL,
  base_pay REAL NOT NULL,
  bonus REAL,
  gross_pay REAL NOT NULL,
  tax REAL NOT NULL,
  net_pay REAL NOT NULL
);

CREATE TABLE leave_requests (
  id INTEGER PRIMARY KEY,
  employee_id INTEGER NOT NULL REFERENCES employees(id),
  leave_type TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  days INTEGER NOT NULL,
  is_approved INTEGER NOT NULL,
  reason TEXT
);

INSERT INTO departments (id, name, location, annual_budget) VALUES (1, 'Executive', 'New York', 1200000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (2, 'Engineering', 'Austin', 3400000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (3, 'Sales', 'Chicago', 1650000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (4, 'Marketing', 'New York', 950000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (5, 'Finance', 'New York', 720000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (6, 'Human Resources', 'Chicago', 480000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (7, 'Customer Support', 'Denver', 820000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (8, 'Operations', 'Austin', 610000.0);
INSERT INTO departments (id, name, location, annual_budget) VALUES (9, 'Legal', 'New York', 350000.0);

INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (1, 'Chief Executive Officer', 'E1', 200000.0, 260000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (2, 'Executive Assistant', 'G3', 52000.0, 68000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (3, 'Engineering Manager', 'M2', 150000.0, 185000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (4, 'Senior Software Engineer', 'G6', 125000.0, 155000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (5, 'Software Engineer', 'G5', 88000.0, 120000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (6, 'Sales Manager', 'M1', 110000.0, 135000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (7, 'Account Executive', 'G4', 62000.0, 85000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (8, 'Marketing Manager', 'M1', 105000.0, 128000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (9, 'Marketing Specialist', 'G3', 56000.0, 72000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (10, 'Finance Manager', 'M1', 115000.0, 140000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (11, 'Accountant', 'G4', 64000.0, 82000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (12, 'HR Manager', 'M1', 98000.0, 118000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (13, 'HR Generalist', 'G3', 55000.0, 68000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (14, 'Support Team Lead', 'G4', 62000.0, 74000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (15, 'Support Agent', 'G2', 41000.0, 52000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (16, 'Operations Manager', 'M1', 100000.0, 122000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (17, 'Operations Analyst', 'G4', 63000.0, 79000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (18, 'Legal Counsel', 'G6', 130000.0, 165000.0);
INSERT INTO job_titles (id, title, pay_grade, min_salary, max_salary) VALUES (19, 'Paralegal', 'G3', 54000.0, 70000.0);

INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (1, 'Tanya', 'Johnson', 'tanya.johnson@brightlane.com', 1, 1, NULL, '2014-05-12', 'full-time', 245000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (2, 'Aisha', 'Rodriguez', 'aisha.rodriguez@brightlane.com', 1, 2, 1, '2017-09-18', 'full-time', 62500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (3, 'Anna', 'Smith', 'anna.smith@brightlane.com', 2, 3, 1, '2015-01-28', 'full-time', 167500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (4, 'Omar', 'Taylor', 'omar.taylor@brightlane.com', 2, 4, 3, '2017-02-23', 'full-time', 126500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (5, 'Ethan', 'Mitchell', 'ethan.mitchell@brightlane.com', 2, 4, 3, '2020-12-16', 'full-time', 128000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (6, 'Andrew', 'Brown', 'andrew.brown@brightlane.com', 2, 4, 3, '2018-05-14', 'full-time', 144500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (7, 'Mei', 'Jackson', 'mei.jackson@brightlane.com', 2, 4, 3, '2019-01-23', 'full-time', 140500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (8, 'Rachel', 'Green', 'rachel.green@brightlane.com', 2, 5, 3, '2023-04-17', 'full-time', 107000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (9, 'Jason', 'Roberts', 'jason.roberts@brightlane.com', 2, 5, 3, '2022-01-27', 'full-time', 110000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (10, 'Elena', 'Hill', 'elena.hill@brightlane.com', 2, 5, 3, '2017-11-27', 'full-time', 106500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (11, 'Vanessa', 'Evans', 'vanessa.evans@brightlane.com', 2, 5, 3, '2019-03-11', 'full-time', 104000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (12, 'Eric', 'Thomas', 'eric.thomas@brightlane.com', 2, 5, 3, '2019-02-05', 'full-time', 101500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (13, 'Lucas', 'Young', 'lucas.young@brightlane.com', 2, 5, 3, '2019-03-11', 'contractor', 117500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (14, 'Daniel', 'Chen', 'daniel.chen@brightlane.com', 2, 5, 3, '2024-02-12', 'full-time', 99000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (15, 'Fatima', 'Scott', 'fatima.scott@brightlane.com', 2, 5, 3, '2024-05-06', 'contractor', 99500.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (16, 'David', 'Adams', 'david.adams@brightlane.com', 3, 6, 1, '2018-04-09', 'full-time', 112500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (17, 'Jonathan', 'Turner', 'jonathan.turner@brightlane.com', 3, 7, 16, '2022-03-21', 'full-time', 74000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (18, 'Chloe', 'Carter', 'chloe.carter@brightlane.com', 3, 7, 16, '2023-04-21', 'full-time', 62500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (19, 'Gregory', 'Reyes', 'gregory.reyes@brightlane.com', 3, 7, 16, '2019-01-31', 'full-time', 73500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (20, 'Derek', 'Edwards', 'derek.edwards@brightlane.com', 3, 7, 16, '2019-12-17', 'full-time', 82500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (21, 'Julia', 'Lopez', 'julia.lopez@brightlane.com', 3, 7, 16, '2019-06-18', 'full-time', 74500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (22, 'Raj', 'Martinez', 'raj.martinez@brightlane.com', 3, 7, 16, '2023-02-08', 'full-time', 67000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (23, 'Robert', 'Baker', 'robert.baker@brightlane.com', 3, 7, 16, '2024-01-08', 'full-time', 79000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (24, 'Brian', 'Campbell', 'brian.campbell@brightlane.com', 4, 8, 1, '2016-12-08', 'full-time', 125000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (25, 'James', 'Davis', 'james.davis@brightlane.com', 4, 9, 24, '2019-12-02', 'full-time', 60500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (26, 'Sofia', 'Patel', 'sofia.patel@brightlane.com', 4, 9, 24, '2023-02-13', 'full-time', 64500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (27, 'Claire', 'Clark', 'claire.clark@brightlane.com', 4, 9, 24, '2020-05-25', 'full-time', 66500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (28, 'Jessica', 'Nguyen', 'jessica.nguyen@brightlane.com', 4, 9, NULL, '2024-04-22', 'contractor', 64500.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (29, 'Ryan', 'Harris', 'ryan.harris@brightlane.com', 5, 10, 1, '2017-09-07', 'full-time', 131500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (30, 'Victor', 'Wright', 'victor.wright@brightlane.com', 5, 11, 29, '2022-02-07', 'full-time', 77000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (31, 'Grace', 'White', 'grace.white@brightlane.com', 5, 11, 29, '2023-07-12', 'full-time', 78000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (32, 'Hannah', 'Parker', 'hannah.parker@brightlane.com', 5, 11, 29, '2020-10-26', 'part-time', 45500.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (33, 'Kevin', 'Lewis', 'kevin.lewis@brightlane.com', 6, 12, 1, '2015-12-24', 'full-time', 102000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (34, 'Marcus', 'Nelson', 'marcus.nelson@brightlane.com', 6, 13, 33, '2020-01-30', 'full-time', 67000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (35, 'Thomas', 'King', 'thomas.king@brightlane.com', 6, 13, 33, '2020-04-02', 'part-time', 39000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (36, 'Patrick', 'Thompson', 'patrick.thompson@brightlane.com', 7, 14, 1, '2015-08-12', 'full-time', 67500.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (37, 'Nicole', 'Kim', 'nicole.kim@brightlane.com', 7, 15, 36, '2023-01-30', 'full-time', 42500.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (38, 'Priya', 'Anderson', 'priya.anderson@brightlane.com', 7, 15, 36, '2022-12-01', 'full-time', 44000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (39, 'Maria', 'Walker', 'maria.walker@brightlane.com', 7, 15, 36, '2019-03-25', 'full-time', 41500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (40, 'Emily', 'Foster', 'emily.foster@brightlane.com', 7, 15, 36, '2022-05-30', 'full-time', 46000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (41, 'Sarah', 'Garcia', 'sarah.garcia@brightlane.com', 7, 15, 36, '2021-04-19', 'full-time', 43000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (42, 'Michael', 'Phillips', 'michael.phillips@brightlane.com', 7, 15, 36, '2020-02-19', 'full-time', 49500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (43, 'Olivia', 'Wilson', 'olivia.wilson@brightlane.com', 7, 15, 36, '2019-10-15', 'part-time', 25500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (44, 'Linda', 'Perez', 'linda.perez@brightlane.com', 7, 15, 36, '2024-03-18', 'part-time', 25500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (45, 'Nathan', 'Moore', 'nathan.moore@brightlane.com', 8, 16, 1, '2015-06-24', 'full-time', 114500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (46, 'Samuel', 'Hall', 'samuel.hall@brightlane.com', 8, 17, 45, '2017-09-11', 'full-time', 75500.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (47, 'Megan', 'Martin', 'megan.martin@brightlane.com', 8, 17, 45, '2018-05-14', 'full-time', 76000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (48, 'Isabel', 'Allen', 'isabel.allen@brightlane.com', 8, 17, 45, '2018-07-16', 'contractor', 67000.0, 1);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (49, 'Laura', 'Miller', 'laura.miller@brightlane.com', 9, 18, 1, '2017-01-27', 'full-time', 139000.0, 0);
INSERT INTO employees (id, first_name, last_name, email, department_id, job_title_id, manager_id, hire_date, employment_type, salary, is_remote) VALUES (50, 'Carlos', 'Lee', 'carlos.lee@brightlane.com', 9, 19, 49, '2022-10-03', 'full-time', 59500.0, 0);

INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (1, 1, '2024-01', '2024-01-25', 20416.67, NULL, 20416.67, 7145.83, 13270.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (2, 2, '2024-01', '2024-01-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (3, 3, '2024-01', '2024-01-25', 13958.33, NULL, 13958.33, 4885.42, 9072.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (4, 4, '2024-01', '2024-01-25', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (5, 5, '2024-01', '2024-01-25', 10666.67, NULL, 10666.67, 3306.67, 7360.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (6, 6, '2024-01', '2024-01-25', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (7, 7, '2024-01', '2024-01-25', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (8, 8, '2024-01', '2024-01-25', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (9, 9, '2024-01', '2024-01-25', 9166.67, NULL, 9166.67, 2841.67, 6325.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (10, 10, '2024-01', '2024-01-25', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (11, 11, '2024-01', '2024-01-25', 8666.67, NULL, 8666.67, 2686.67, 5980.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (12, 12, '2024-01', '2024-01-25', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (13, 16, '2024-01', '2024-01-25', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (14, 17, '2024-01', '2024-01-25', 6166.67, NULL, 6166.67, 1665.0, 4501.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (15, 18, '2024-01', '2024-01-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (16, 19, '2024-01', '2024-01-25', 6125.0, NULL, 6125.0, 1653.75, 4471.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (17, 20, '2024-01', '2024-01-25', 6875.0, NULL, 6875.0, 1856.25, 5018.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (18, 21, '2024-01', '2024-01-25', 6208.33, NULL, 6208.33, 1676.25, 4532.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (19, 22, '2024-01', '2024-01-25', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (20, 23, '2024-01', '2024-01-25', 5096.77, NULL, 5096.77, 1376.13, 3720.64);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (21, 24, '2024-01', '2024-01-25', 10416.67, NULL, 10416.67, 3229.17, 7187.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (22, 25, '2024-01', '2024-01-25', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (23, 26, '2024-01', '2024-01-25', 5375.0, NULL, 5375.0, 1451.25, 3923.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (24, 27, '2024-01', '2024-01-25', 5541.67, NULL, 5541.67, 1496.25, 4045.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (25, 29, '2024-01', '2024-01-25', 10958.33, NULL, 10958.33, 3397.08, 7561.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (26, 30, '2024-01', '2024-01-25', 6416.67, NULL, 6416.67, 1732.5, 4684.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (27, 31, '2024-01', '2024-01-25', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (28, 32, '2024-01', '2024-01-25', 3791.67, NULL, 3791.67, 834.17, 2957.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (29, 33, '2024-01', '2024-01-25', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (30, 34, '2024-01', '2024-01-25', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (31, 35, '2024-01', '2024-01-25', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (32, 36, '2024-01', '2024-01-25', 5625.0, NULL, 5625.0, 1518.75, 4106.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (33, 37, '2024-01', '2024-01-25', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (34, 38, '2024-01', '2024-01-25', 3666.67, NULL, 3666.67, 806.67, 2860.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (35, 39, '2024-01', '2024-01-25', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (36, 40, '2024-01', '2024-01-25', 3833.33, NULL, 3833.33, 843.33, 2990.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (37, 41, '2024-01', '2024-01-25', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (38, 42, '2024-01', '2024-01-25', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (39, 43, '2024-01', '2024-01-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (40, 45, '2024-01', '2024-01-25', 9541.67, NULL, 9541.67, 2957.92, 6583.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (41, 46, '2024-01', '2024-01-25', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (42, 47, '2024-01', '2024-01-25', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (43, 49, '2024-01', '2024-01-25', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (44, 50, '2024-01', '2024-01-25', 4958.33, NULL, 4958.33, 1090.83, 3867.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (45, 1, '2024-02', '2024-02-23', 20416.67, NULL, 20416.67, 7145.83, 13270.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (46, 2, '2024-02', '2024-02-23', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (47, 3, '2024-02', '2024-02-23', 13958.33, NULL, 13958.33, 4885.42, 9072.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (48, 4, '2024-02', '2024-02-23', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (49, 5, '2024-02', '2024-02-23', 10666.67, NULL, 10666.67, 3306.67, 7360.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (50, 6, '2024-02', '2024-02-23', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (51, 7, '2024-02', '2024-02-23', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (52, 8, '2024-02', '2024-02-23', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (53, 9, '2024-02', '2024-02-23', 9166.67, NULL, 9166.67, 2841.67, 6325.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (54, 10, '2024-02', '2024-02-23', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (55, 11, '2024-02', '2024-02-23', 8666.67, NULL, 8666.67, 2686.67, 5980.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (56, 12, '2024-02', '2024-02-23', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (57, 14, '2024-02', '2024-02-23', 5120.69, NULL, 5120.69, 1382.59, 3738.1);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (58, 16, '2024-02', '2024-02-23', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (59, 17, '2024-02', '2024-02-23', 6166.67, NULL, 6166.67, 1665.0, 4501.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (60, 18, '2024-02', '2024-02-23', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (61, 19, '2024-02', '2024-02-23', 6125.0, NULL, 6125.0, 1653.75, 4471.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (62, 20, '2024-02', '2024-02-23', 6875.0, NULL, 6875.0, 1856.25, 5018.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (63, 21, '2024-02', '2024-02-23', 6208.33, NULL, 6208.33, 1676.25, 4532.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (64, 22, '2024-02', '2024-02-23', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (65, 23, '2024-02', '2024-02-23', 6583.33, NULL, 6583.33, 1777.5, 4805.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (66, 24, '2024-02', '2024-02-23', 10416.67, NULL, 10416.67, 3229.17, 7187.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (67, 25, '2024-02', '2024-02-23', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (68, 26, '2024-02', '2024-02-23', 5375.0, NULL, 5375.0, 1451.25, 3923.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (69, 27, '2024-02', '2024-02-23', 5541.67, NULL, 5541.67, 1496.25, 4045.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (70, 29, '2024-02', '2024-02-23', 10958.33, NULL, 10958.33, 3397.08, 7561.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (71, 30, '2024-02', '2024-02-23', 6416.67, NULL, 6416.67, 1732.5, 4684.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (72, 31, '2024-02', '2024-02-23', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (73, 32, '2024-02', '2024-02-23', 3791.67, NULL, 3791.67, 834.17, 2957.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (74, 33, '2024-02', '2024-02-23', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (75, 34, '2024-02', '2024-02-23', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (76, 35, '2024-02', '2024-02-23', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (77, 36, '2024-02', '2024-02-23', 5625.0, NULL, 5625.0, 1518.75, 4106.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (78, 37, '2024-02', '2024-02-23', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (79, 38, '2024-02', '2024-02-23', 3666.67, NULL, 3666.67, 806.67, 2860.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (80, 39, '2024-02', '2024-02-23', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (81, 40, '2024-02', '2024-02-23', 3833.33, NULL, 3833.33, 843.33, 2990.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (82, 41, '2024-02', '2024-02-23', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (83, 42, '2024-02', '2024-02-23', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (84, 43, '2024-02', '2024-02-23', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (85, 45, '2024-02', '2024-02-23', 9541.67, NULL, 9541.67, 2957.92, 6583.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (86, 46, '2024-02', '2024-02-23', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (87, 47, '2024-02', '2024-02-23', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (88, 49, '2024-02', '2024-02-23', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (89, 50, '2024-02', '2024-02-23', 4958.33, NULL, 4958.33, 1090.83, 3867.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (90, 1, '2024-03', '2024-03-25', 20416.67, 12000.0, 32416.67, 11345.83, 21070.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (91, 2, '2024-03', '2024-03-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (92, 3, '2024-03', '2024-03-25', 13958.33, 12500.0, 26458.33, 9260.42, 17197.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (93, 4, '2024-03', '2024-03-25', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (94, 5, '2024-03', '2024-03-25', 10666.67, 6200.0, 16866.67, 5228.67, 11638.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (95, 6, '2024-03', '2024-03-25', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (96, 7, '2024-03', '2024-03-25', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (97, 8, '2024-03', '2024-03-25', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (98, 9, '2024-03', '2024-03-25', 9166.67, 5100.0, 14266.67, 4422.67, 9844.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (99, 10, '2024-03', '2024-03-25', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (100, 11, '2024-03', '2024-03-25', 8666.67, 5300.0, 13966.67, 4329.67, 9637.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (101, 12, '2024-03', '2024-03-25', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (102, 14, '2024-03', '2024-03-25', 8250.0, NULL, 8250.0, 2227.5, 6022.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (103, 16, '2024-03', '2024-03-25', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (104, 17, '2024-03', '2024-03-25', 6166.67, 9100.0, 15266.67, 4122.0, 11144.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (105, 18, '2024-03', '2024-03-25', 5208.33, 3600.0, 8808.33, 2378.25, 6430.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (106, 19, '2024-03', '2024-03-25', 6125.0, 6600.0, 12725.0, 3435.75, 9289.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (107, 20, '2024-03', '2024-03-25', 6875.0, 4350.0, 11225.0, 3030.75, 8194.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (108, 21, '2024-03', '2024-03-25', 6208.33, 3800.0, 10008.33, 2702.25, 7306.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (109, 22, '2024-03', '2024-03-25', 5583.33, 3150.0, 8733.33, 2358.0, 6375.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (110, 23, '2024-03', '2024-03-25', 6583.33, 2150.0, 8733.33, 2358.0, 6375.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (111, 24, '2024-03', '2024-03-25', 10416.67, 7500.0, 17916.67, 5554.17, 12362.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (112, 25, '2024-03', '2024-03-25', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (113, 26, '2024-03', '2024-03-25', 5375.0, 3000.0, 8375.0, 2261.25, 6113.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (114, 27, '2024-03', '2024-03-25', 5541.67, 2600.0, 8141.67, 2198.25, 5943.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (115, 29, '2024-03', '2024-03-25', 10958.33, 7400.0, 18358.33, 5691.08, 12667.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (116, 30, '2024-03', '2024-03-25', 6416.67, 5300.0, 11716.67, 3163.5, 8553.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (117, 31, '2024-03', '2024-03-25', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (118, 32, '2024-03', '2024-03-25', 3791.67, 1400.0, 5191.67, 1142.17, 4049.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (119, 33, '2024-03', '2024-03-25', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (120, 34, '2024-03', '2024-03-25', 5583.33, 4500.0, 10083.33, 2722.5, 7360.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (121, 35, '2024-03', '2024-03-25', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (122, 36, '2024-03', '2024-03-25', 5625.0, 3200.0, 8825.0, 2382.75, 6442.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (123, 37, '2024-03', '2024-03-25', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (124, 38, '2024-03', '2024-03-25', 3666.67, 2100.0, 5766.67, 1268.67, 4498.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (125, 39, '2024-03', '2024-03-25', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (126, 40, '2024-03', '2024-03-25', 3833.33, 2800.0, 6633.33, 1459.33, 5174.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (127, 41, '2024-03', '2024-03-25', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (128, 42, '2024-03', '2024-03-25', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (129, 43, '2024-03', '2024-03-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (130, 44, '2024-03', '2024-03-25', 959.68, NULL, 959.68, 211.13, 748.55);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (131, 45, '2024-03', '2024-03-25', 9541.67, 4500.0, 14041.67, 4352.92, 9688.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (132, 46, '2024-03', '2024-03-25', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (133, 47, '2024-03', '2024-03-25', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (134, 49, '2024-03', '2024-03-25', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (135, 50, '2024-03', '2024-03-25', 4958.33, 4000.0, 8958.33, 1970.83, 6987.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (136, 1, '2024-04', '2024-04-25', 20416.67, NULL, 20416.67, 7145.83, 13270.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (137, 2, '2024-04', '2024-04-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (138, 3, '2024-04', '2024-04-25', 13958.33, NULL, 13958.33, 4885.42, 9072.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (139, 4, '2024-04', '2024-04-25', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (140, 5, '2024-04', '2024-04-25', 10666.67, NULL, 10666.67, 3306.67, 7360.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (141, 6, '2024-04', '2024-04-25', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (142, 7, '2024-04', '2024-04-25', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (143, 8, '2024-04', '2024-04-25', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (144, 9, '2024-04', '2024-04-25', 9166.67, NULL, 9166.67, 2841.67, 6325.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (145, 10, '2024-04', '2024-04-25', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (146, 11, '2024-04', '2024-04-25', 8666.67, NULL, 8666.67, 2686.67, 5980.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (147, 12, '2024-04', '2024-04-25', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (148, 14, '2024-04', '2024-04-25', 8250.0, NULL, 8250.0, 2227.5, 6022.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (149, 16, '2024-04', '2024-04-25', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (150, 17, '2024-04', '2024-04-25', 6166.67, NULL, 6166.67, 1665.0, 4501.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (151, 18, '2024-04', '2024-04-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (152, 19, '2024-04', '2024-04-25', 6125.0, NULL, 6125.0, 1653.75, 4471.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (153, 20, '2024-04', '2024-04-25', 6875.0, NULL, 6875.0, 1856.25, 5018.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (154, 21, '2024-04', '2024-04-25', 6208.33, NULL, 6208.33, 1676.25, 4532.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (155, 22, '2024-04', '2024-04-25', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (156, 23, '2024-04', '2024-04-25', 6583.33, NULL, 6583.33, 1777.5, 4805.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (157, 24, '2024-04', '2024-04-25', 10416.67, NULL, 10416.67, 3229.17, 7187.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (158, 25, '2024-04', '2024-04-25', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (159, 26, '2024-04', '2024-04-25', 5375.0, NULL, 5375.0, 1451.25, 3923.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (160, 27, '2024-04', '2024-04-25', 5541.67, NULL, 5541.67, 1496.25, 4045.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (161, 29, '2024-04', '2024-04-25', 10958.33, NULL, 10958.33, 3397.08, 7561.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (162, 30, '2024-04', '2024-04-25', 6416.67, NULL, 6416.67, 1732.5, 4684.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (163, 31, '2024-04', '2024-04-25', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (164, 32, '2024-04', '2024-04-25', 3791.67, NULL, 3791.67, 834.17, 2957.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (165, 33, '2024-04', '2024-04-25', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (166, 34, '2024-04', '2024-04-25', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (167, 35, '2024-04', '2024-04-25', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (168, 36, '2024-04', '2024-04-25', 5625.0, NULL, 5625.0, 1518.75, 4106.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (169, 37, '2024-04', '2024-04-25', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (170, 38, '2024-04', '2024-04-25', 3666.67, NULL, 3666.67, 806.67, 2860.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (171, 39, '2024-04', '2024-04-25', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (172, 40, '2024-04', '2024-04-25', 3833.33, NULL, 3833.33, 843.33, 2990.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (173, 41, '2024-04', '2024-04-25', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (174, 42, '2024-04', '2024-04-25', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (175, 43, '2024-04', '2024-04-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (176, 44, '2024-04', '2024-04-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (177, 45, '2024-04', '2024-04-25', 9541.67, NULL, 9541.67, 2957.92, 6583.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (178, 46, '2024-04', '2024-04-25', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (179, 47, '2024-04', '2024-04-25', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (180, 49, '2024-04', '2024-04-25', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (181, 50, '2024-04', '2024-04-25', 4958.33, NULL, 4958.33, 1090.83, 3867.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (182, 1, '2024-05', '2024-05-24', 20416.67, NULL, 20416.67, 7145.83, 13270.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (183, 2, '2024-05', '2024-05-24', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (184, 3, '2024-05', '2024-05-24', 13958.33, NULL, 13958.33, 4885.42, 9072.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (185, 4, '2024-05', '2024-05-24', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (186, 5, '2024-05', '2024-05-24', 10666.67, NULL, 10666.67, 3306.67, 7360.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (187, 6, '2024-05', '2024-05-24', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (188, 7, '2024-05', '2024-05-24', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (189, 8, '2024-05', '2024-05-24', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (190, 9, '2024-05', '2024-05-24', 9166.67, NULL, 9166.67, 2841.67, 6325.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (191, 10, '2024-05', '2024-05-24', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (192, 11, '2024-05', '2024-05-24', 8666.67, NULL, 8666.67, 2686.67, 5980.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (193, 12, '2024-05', '2024-05-24', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (194, 14, '2024-05', '2024-05-24', 8250.0, NULL, 8250.0, 2227.5, 6022.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (195, 16, '2024-05', '2024-05-24', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (196, 17, '2024-05', '2024-05-24', 6166.67, NULL, 6166.67, 1665.0, 4501.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (197, 18, '2024-05', '2024-05-24', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (198, 19, '2024-05', '2024-05-24', 6125.0, NULL, 6125.0, 1653.75, 4471.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (199, 20, '2024-05', '2024-05-24', 6875.0, NULL, 6875.0, 1856.25, 5018.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (200, 21, '2024-05', '2024-05-24', 6208.33, NULL, 6208.33, 1676.25, 4532.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (201, 22, '2024-05', '2024-05-24', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (202, 23, '2024-05', '2024-05-24', 6583.33, NULL, 6583.33, 1777.5, 4805.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (203, 24, '2024-05', '2024-05-24', 10416.67, NULL, 10416.67, 3229.17, 7187.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (204, 25, '2024-05', '2024-05-24', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (205, 26, '2024-05', '2024-05-24', 5375.0, NULL, 5375.0, 1451.25, 3923.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (206, 27, '2024-05', '2024-05-24', 5541.67, NULL, 5541.67, 1496.25, 4045.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (207, 29, '2024-05', '2024-05-24', 10958.33, NULL, 10958.33, 3397.08, 7561.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (208, 30, '2024-05', '2024-05-24', 6416.67, NULL, 6416.67, 1732.5, 4684.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (209, 31, '2024-05', '2024-05-24', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (210, 32, '2024-05', '2024-05-24', 3791.67, NULL, 3791.67, 834.17, 2957.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (211, 33, '2024-05', '2024-05-24', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (212, 34, '2024-05', '2024-05-24', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (213, 35, '2024-05', '2024-05-24', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (214, 36, '2024-05', '2024-05-24', 5625.0, NULL, 5625.0, 1518.75, 4106.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (215, 37, '2024-05', '2024-05-24', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (216, 38, '2024-05', '2024-05-24', 3666.67, NULL, 3666.67, 806.67, 2860.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (217, 39, '2024-05', '2024-05-24', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (218, 40, '2024-05', '2024-05-24', 3833.33, NULL, 3833.33, 843.33, 2990.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (219, 41, '2024-05', '2024-05-24', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (220, 42, '2024-05', '2024-05-24', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (221, 43, '2024-05', '2024-05-24', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (222, 44, '2024-05', '2024-05-24', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (223, 45, '2024-05', '2024-05-24', 9541.67, NULL, 9541.67, 2957.92, 6583.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (224, 46, '2024-05', '2024-05-24', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (225, 47, '2024-05', '2024-05-24', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (226, 49, '2024-05', '2024-05-24', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (227, 50, '2024-05', '2024-05-24', 4958.33, NULL, 4958.33, 1090.83, 3867.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (228, 1, '2024-06', '2024-06-25', 20416.67, NULL, 20416.67, 7145.83, 13270.84);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (229, 2, '2024-06', '2024-06-25', 5208.33, NULL, 5208.33, 1406.25, 3802.08);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (230, 3, '2024-06', '2024-06-25', 13958.33, NULL, 13958.33, 4885.42, 9072.91);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (231, 4, '2024-06', '2024-06-25', 10541.67, NULL, 10541.67, 3267.92, 7273.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (232, 5, '2024-06', '2024-06-25', 10666.67, NULL, 10666.67, 3306.67, 7360.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (233, 6, '2024-06', '2024-06-25', 12041.67, NULL, 12041.67, 3732.92, 8308.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (234, 7, '2024-06', '2024-06-25', 11708.33, NULL, 11708.33, 3629.58, 8078.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (235, 8, '2024-06', '2024-06-25', 8916.67, NULL, 8916.67, 2764.17, 6152.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (236, 9, '2024-06', '2024-06-25', 9166.67, NULL, 9166.67, 2841.67, 6325.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (237, 10, '2024-06', '2024-06-25', 8875.0, NULL, 8875.0, 2751.25, 6123.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (238, 11, '2024-06', '2024-06-25', 8666.67, NULL, 8666.67, 2686.67, 5980.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (239, 12, '2024-06', '2024-06-25', 8458.33, NULL, 8458.33, 2622.08, 5836.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (240, 14, '2024-06', '2024-06-25', 8250.0, NULL, 8250.0, 2227.5, 6022.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (241, 16, '2024-06', '2024-06-25', 9375.0, NULL, 9375.0, 2906.25, 6468.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (242, 17, '2024-06', '2024-06-25', 6166.67, 1300.0, 7466.67, 2016.0, 5450.67);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (243, 18, '2024-06', '2024-06-25', 5208.33, 3650.0, 8858.33, 2391.75, 6466.58);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (244, 19, '2024-06', '2024-06-25', 6125.0, 2850.0, 8975.0, 2423.25, 6551.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (245, 20, '2024-06', '2024-06-25', 6875.0, 1500.0, 8375.0, 2261.25, 6113.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (246, 21, '2024-06', '2024-06-25', 6208.33, 4550.0, 10758.33, 2904.75, 7853.58);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (247, 22, '2024-06', '2024-06-25', 5583.33, 2700.0, 8283.33, 2236.5, 6046.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (248, 23, '2024-06', '2024-06-25', 6583.33, 2950.0, 9533.33, 2574.0, 6959.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (249, 24, '2024-06', '2024-06-25', 10416.67, NULL, 10416.67, 3229.17, 7187.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (250, 25, '2024-06', '2024-06-25', 5041.67, NULL, 5041.67, 1361.25, 3680.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (251, 26, '2024-06', '2024-06-25', 5375.0, NULL, 5375.0, 1451.25, 3923.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (252, 27, '2024-06', '2024-06-25', 5541.67, NULL, 5541.67, 1496.25, 4045.42);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (253, 29, '2024-06', '2024-06-25', 10958.33, NULL, 10958.33, 3397.08, 7561.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (254, 30, '2024-06', '2024-06-25', 6416.67, NULL, 6416.67, 1732.5, 4684.17);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (255, 31, '2024-06', '2024-06-25', 6500.0, NULL, 6500.0, 1755.0, 4745.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (256, 32, '2024-06', '2024-06-25', 3791.67, NULL, 3791.67, 834.17, 2957.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (257, 33, '2024-06', '2024-06-25', 8500.0, NULL, 8500.0, 2635.0, 5865.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (258, 34, '2024-06', '2024-06-25', 5583.33, NULL, 5583.33, 1507.5, 4075.83);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (259, 35, '2024-06', '2024-06-25', 3250.0, NULL, 3250.0, 715.0, 2535.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (260, 36, '2024-06', '2024-06-25', 5625.0, NULL, 5625.0, 1518.75, 4106.25);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (261, 37, '2024-06', '2024-06-25', 3541.67, NULL, 3541.67, 779.17, 2762.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (262, 38, '2024-06', '2024-06-25', 3666.67, NULL, 3666.67, 806.67, 2860.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (263, 39, '2024-06', '2024-06-25', 3458.33, NULL, 3458.33, 760.83, 2697.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (264, 40, '2024-06', '2024-06-25', 3833.33, NULL, 3833.33, 843.33, 2990.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (265, 41, '2024-06', '2024-06-25', 3583.33, NULL, 3583.33, 788.33, 2795.0);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (266, 42, '2024-06', '2024-06-25', 4125.0, NULL, 4125.0, 907.5, 3217.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (267, 43, '2024-06', '2024-06-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (268, 44, '2024-06', '2024-06-25', 2125.0, NULL, 2125.0, 467.5, 1657.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (269, 45, '2024-06', '2024-06-25', 9541.67, NULL, 9541.67, 2957.92, 6583.75);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (270, 46, '2024-06', '2024-06-25', 6291.67, NULL, 6291.67, 1698.75, 4592.92);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (271, 47, '2024-06', '2024-06-25', 6333.33, NULL, 6333.33, 1710.0, 4623.33);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (272, 49, '2024-06', '2024-06-25', 11583.33, NULL, 11583.33, 3590.83, 7992.5);
INSERT INTO payslips (id, employee_id, pay_period, pay_date, base_pay, bonus, gross_pay, tax, net_pay) VALUES (273, 50, '2024-06', '2024-06-25', 4958.33, NULL, 4958.33, 1090.83, 3867.5);

INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (1, 36, 'sick', '2023-01-04', '2023-01-09', 4, 1, 'Medical appointment');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (2, 20, 'vacation', '2023-02-01', '2023-02-03', 3, 1, 'Beach vacation');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (3, 43, 'sick', '2023-02-03', '2023-02-03', 1, 1, 'Flu');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (4, 35, 'sick', '2023-02-17', '2023-02-20', 2, 0, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (5, 30, 'vacation', '2023-02-20', '2023-02-21', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (6, 29, 'sick', '2023-02-22', '2023-02-24', 3, 1, 'Dental surgery');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (7, 2, 'vacation', '2023-03-06', '2023-03-09', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (8, 16, 'personal', '2023-03-13', '2023-03-14', 2, 1, 'Jury duty');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (9, 21, 'sick', '2023-03-20', '2023-03-21', 2, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (10, 26, 'vacation', '2023-03-24', '2023-04-03', 7, 0, 'Visiting relatives');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (11, 37, 'sick', '2023-03-28', '2023-03-28', 1, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (12, 24, 'personal', '2023-04-06', '2023-04-07', 2, 1, 'Jury duty');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (13, 11, 'vacation', '2023-04-10', '2023-04-20', 9, 0, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (14, 7, 'personal', '2023-04-14', '2023-04-14', 1, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (15, 22, 'vacation', '2023-04-18', '2023-04-21', 4, 0, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (16, 4, 'personal', '2023-04-21', '2023-04-21', 1, 1, 'Child''s school event');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (17, 38, 'personal', '2023-04-24', '2023-04-25', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (18, 27, 'sick', '2023-05-01', '2023-05-01', 1, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (19, 16, 'sick', '2023-05-08', '2023-05-08', 1, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (20, 17, 'sick', '2023-05-15', '2023-05-17', 3, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (21, 8, 'vacation', '2023-05-17', '2023-05-24', 6, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (22, 12, 'vacation', '2023-05-26', '2023-06-01', 5, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (23, 39, 'vacation', '2023-05-26', '2023-05-30', 3, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (24, 40, 'vacation', '2023-05-29', '2023-06-09', 10, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (25, 3, 'vacation', '2023-06-05', '2023-06-14', 8, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (26, 37, 'vacation', '2023-06-05', '2023-06-12', 6, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (27, 35, 'parental', '2023-06-09', '2023-07-28', 36, 1, 'Adoption');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (28, 11, 'vacation', '2023-06-12', '2023-06-22', 9, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (29, 19, 'sick', '2023-06-15', '2023-06-16', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (30, 38, 'vacation', '2023-06-26', '2023-07-03', 6, 0, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (31, 42, 'vacation', '2023-07-10', '2023-07-20', 9, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (32, 5, 'sick', '2023-07-12', '2023-07-17', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (33, 33, 'personal', '2023-07-20', '2023-07-21', 2, 1, 'Child''s school event');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (34, 12, 'personal', '2023-07-24', '2023-07-25', 2, 1, 'Child''s school event');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (35, 43, 'sick', '2023-07-25', '2023-07-27', 3, 0, 'Dental surgery');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (36, 24, 'sick', '2023-08-03', '2023-08-04', 2, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (37, 17, 'sick', '2023-08-16', '2023-08-16', 1, 1, 'Back injury');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (38, 1, 'vacation', '2023-09-05', '2023-09-14', 8, 1, 'Family trip');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (39, 5, 'vacation', '2023-09-08', '2023-09-18', 7, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (40, 8, 'vacation', '2023-09-18', '2023-09-20', 3, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (41, 35, 'vacation', '2023-10-02', '2023-10-03', 2, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (42, 40, 'vacation', '2023-10-16', '2023-10-18', 3, 1, 'Visiting relatives');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (43, 26, 'sick', '2023-10-26', '2023-10-27', 2, 1, 'Dental surgery');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (44, 37, 'vacation', '2023-10-26', '2023-11-08', 10, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (45, 11, 'personal', '2023-11-06', '2023-11-06', 1, 1, 'Child''s school event');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (46, 26, 'vacation', '2023-11-06', '2023-11-17', 10, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (47, 43, 'vacation', '2023-11-13', '2023-11-24', 10, 1, 'Visiting relatives');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (48, 21, 'parental', '2023-11-17', '2024-01-05', 36, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (49, 34, 'vacation', '2023-11-27', '2023-12-01', 5, 1, 'Beach vacation');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (50, 38, 'sick', '2023-12-04', '2023-12-07', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (51, 19, 'sick', '2023-12-18', '2023-12-21', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (52, 42, 'vacation', '2023-12-18', '2023-12-27', 8, 1, 'Visiting relatives');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (53, 5, 'vacation', '2023-12-25', '2024-01-05', 10, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (54, 35, 'personal', '2023-12-26', '2023-12-27', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (55, 3, 'vacation', '2024-02-05', '2024-02-16', 10, 1, 'Beach vacation');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (56, 49, 'vacation', '2024-02-05', '2024-02-09', 5, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (57, 40, 'vacation', '2024-02-19', '2024-02-29', 9, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (58, 34, 'sick', '2024-02-20', '2024-02-21', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (59, 25, 'personal', '2024-02-21', '2024-02-21', 1, 0, 'Jury duty');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (60, 5, 'sick', '2024-03-20', '2024-03-25', 4, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (61, 16, 'vacation', '2024-03-25', '2024-03-26', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (62, 46, 'personal', '2024-03-25', '2024-03-25', 1, 1, 'Moving house');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (63, 31, 'personal', '2024-04-01', '2024-04-01', 1, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (64, 26, 'vacation', '2024-04-03', '2024-04-04', 2, 1, 'Beach vacation');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (65, 22, 'vacation', '2024-04-12', '2024-04-15', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (66, 2, 'personal', '2024-04-23', '2024-04-24', 2, 0, 'Jury duty');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (67, 31, 'sick', '2024-04-26', '2024-05-01', 4, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (68, 45, 'sick', '2024-05-01', '2024-05-06', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (69, 42, 'sick', '2024-05-06', '2024-05-08', 3, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (70, 14, 'sick', '2024-05-13', '2024-05-15', 3, 1, 'Migraine');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (71, 37, 'personal', '2024-05-13', '2024-05-14', 2, 1, 'Car repair');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (72, 33, 'vacation', '2024-05-16', '2024-05-17', 2, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (73, 39, 'sick', '2024-05-20', '2024-05-20', 1, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (74, 18, 'parental', '2024-05-28', '2024-07-10', 32, 1, 'Birth of child');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (75, 14, 'sick', '2024-05-29', '2024-05-31', 3, 1, 'Dental surgery');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (76, 14, 'sick', '2024-06-19', '2024-06-24', 4, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (77, 44, 'sick', '2024-07-01', '2024-07-04', 4, 1, 'Back injury');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (78, 22, 'vacation', '2024-07-22', '2024-07-24', 3, 1, 'Family trip');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (79, 40, 'vacation', '2024-07-25', '2024-08-02', 7, 1, 'Wedding anniversary');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (80, 23, 'parental', '2024-08-06', '2024-09-30', 40, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (81, 12, 'vacation', '2024-08-09', '2024-08-13', 3, 1, 'Summer holiday');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (82, 29, 'sick', '2024-09-09', '2024-09-09', 1, 1, NULL);
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (83, 38, 'personal', '2024-09-13', '2024-09-16', 2, 1, 'Moving house');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (84, 2, 'vacation', '2024-09-18', '2024-09-20', 3, 1, 'Visiting relatives');
INSERT INTO leave_requests (id, employee_id, leave_type, start_date, end_date, days, is_approved, reason) VALUES (85, 27, 'sick', '2024-09-30', '2024-09-30', 1, 1, 'Back injury');

COMMIT;
