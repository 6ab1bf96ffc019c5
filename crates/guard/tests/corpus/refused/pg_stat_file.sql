-- dialect: postgres
-- expect: function
SELECT pg_stat_file('postgresql.conf')
