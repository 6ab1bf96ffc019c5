-- dialect: postgres
-- expect: function
SELECT status FROM orders GROUP BY status HAVING count(*) > 0 OR pg_sleep(1) IS NULL
