-- dialect: postgres
-- kind: explain
EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM orders LIMIT 5
