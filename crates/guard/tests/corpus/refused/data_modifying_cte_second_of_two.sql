-- dialect: postgres
-- expect: not_allowed
WITH a AS (SELECT 1 AS x), b AS (DELETE FROM orders RETURNING id) SELECT * FROM a, b
