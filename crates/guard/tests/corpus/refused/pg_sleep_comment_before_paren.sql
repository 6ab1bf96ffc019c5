-- dialect: postgres
-- expect: function
SELECT pg_sleep/**/(5)
