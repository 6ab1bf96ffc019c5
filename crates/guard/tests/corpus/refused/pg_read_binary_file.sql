-- dialect: postgres
-- expect: function
SELECT pg_read_binary_file('postgresql.conf')
