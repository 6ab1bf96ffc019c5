-- dialect: all
-- kind: explain
-- tables: orders
EXPLAIN SELECT * FROM orders WHERE id = 1
