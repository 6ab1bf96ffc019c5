-- dialect: postgres
-- expect: function
SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE usename = 'app'
