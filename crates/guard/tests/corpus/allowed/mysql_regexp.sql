-- dialect: mysql
SELECT name FROM customers WHERE name REGEXP '^[A-M]'
