-- dialect: postgres
-- expect: function
SELECT count(*) FILTER (WHERE pg_sleep(1) IS NULL) FROM orders
