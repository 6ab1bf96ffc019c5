-- dialect: postgres
-- expect: function
EXPLAIN ANALYZE SELECT pg_sleep(5)
