-- dialect: postgres
-- expect: function
SELECT id FROM orders ORDER BY pg_sleep(1)
