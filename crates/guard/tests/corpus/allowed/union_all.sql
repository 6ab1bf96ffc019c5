-- dialect: all
-- tables: customers, suppliers
SELECT name FROM customers UNION ALL SELECT name FROM suppliers
