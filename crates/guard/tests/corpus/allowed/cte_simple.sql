-- dialect: all
-- tables: orders
WITH big AS (SELECT * FROM orders WHERE total > 100) SELECT count(*) FROM big
