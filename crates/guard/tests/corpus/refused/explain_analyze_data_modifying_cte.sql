-- dialect: postgres
-- expect: not_allowed
EXPLAIN ANALYZE WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d
