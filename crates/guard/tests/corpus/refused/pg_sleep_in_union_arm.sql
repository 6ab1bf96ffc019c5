-- dialect: postgres
-- expect: function
SELECT 1 UNION ALL SELECT 2 FROM (SELECT pg_sleep(1)) x
