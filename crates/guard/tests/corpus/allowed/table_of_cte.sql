-- dialect: postgres
-- tables: orders
WITH recent AS (SELECT * FROM orders ORDER BY id DESC LIMIT 10) TABLE recent
