-- dialect: postgres
-- expect: function
SELECT * FROM a JOIN b ON a.id = b.id AND pg_sleep(1) IS NULL
