-- dialect: all
SELECT CAST(total AS DECIMAL(10,2)), CAST(id AS CHAR(10)) FROM orders
