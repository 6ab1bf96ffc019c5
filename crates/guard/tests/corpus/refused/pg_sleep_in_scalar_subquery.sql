-- dialect: postgres
-- expect: function
SELECT (SELECT pg_sleep(1)) AS x
