-- dialect: postgres
-- expect: function
SELECT pg_sleep_for('5 minutes')
