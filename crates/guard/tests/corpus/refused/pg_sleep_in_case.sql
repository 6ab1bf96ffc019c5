-- dialect: postgres
-- expect: function
SELECT CASE WHEN id > 0 THEN pg_sleep(1) END FROM orders
