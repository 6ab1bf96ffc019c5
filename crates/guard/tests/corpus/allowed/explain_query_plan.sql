-- dialect: sqlite
-- kind: explain
EXPLAIN QUERY PLAN SELECT * FROM orders WHERE customer_id = 3
