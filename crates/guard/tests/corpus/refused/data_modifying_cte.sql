-- dialect: postgres
-- expect: not_allowed
WITH gone AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM gone
