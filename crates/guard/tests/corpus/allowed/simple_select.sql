-- dialect: all
-- tables: customers
-- limit: yes
SELECT id, name FROM customers WHERE active = 1 ORDER BY name LIMIT 10
