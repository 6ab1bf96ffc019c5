-- dialect: postgres,mysql
-- kind: explain
-- tables: orders
EXPLAIN ANALYZE SELECT count(*) FROM orders
