-- dialect: postgres
-- expect: function
SELECT row_number() OVER (ORDER BY pg_sleep(1)) FROM orders
