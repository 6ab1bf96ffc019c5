-- dialect: all
-- tables: none
SELECT 'a; DROP TABLE orders' AS s
