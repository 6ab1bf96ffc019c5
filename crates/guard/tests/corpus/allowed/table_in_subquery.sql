-- dialect: postgres
-- tables: orders
SELECT count(*) FROM (TABLE orders) o
