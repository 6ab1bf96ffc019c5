-- dialect: postgres
-- expect: not_allowed
SELECT * FROM (WITH u AS (UPDATE orders SET total = 0 RETURNING *) SELECT * FROM u) s
