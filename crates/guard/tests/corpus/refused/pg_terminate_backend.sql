-- dialect: postgres
-- expect: function
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
