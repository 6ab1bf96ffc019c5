-- dialect: postgres
-- expect: function
SELECT pg_reload_conf()
