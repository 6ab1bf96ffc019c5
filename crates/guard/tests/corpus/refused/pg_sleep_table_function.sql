-- dialect: postgres
-- expect: function
SELECT * FROM pg_sleep(5)
