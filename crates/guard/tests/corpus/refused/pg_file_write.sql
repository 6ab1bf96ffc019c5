-- dialect: postgres
-- expect: function
SELECT pg_file_write('x.conf', 'evil', false)
