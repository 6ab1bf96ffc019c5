-- dialect: all
-- tables: customers
-- limit: no
SELECT id FROM customers
