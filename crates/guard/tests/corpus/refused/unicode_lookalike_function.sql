-- dialect: all
-- expect: function_name
SELECT pg_slееp(5)
