-- dialect: postgres
-- expect: function
SELECT lo_export(16384, '/tmp/x')
