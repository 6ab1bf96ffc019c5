-- dialect: postgres
-- expect: function
WITH s AS (SELECT pg_sleep(10)) SELECT * FROM s
