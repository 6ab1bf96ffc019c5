-- dialect: postgres
-- expect: function
SELECT pg_read_file('/etc/passwd')
