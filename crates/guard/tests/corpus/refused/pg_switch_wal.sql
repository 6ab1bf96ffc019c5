-- dialect: postgres
-- expect: function
SELECT pg_switch_wal()
