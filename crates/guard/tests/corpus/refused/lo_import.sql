-- dialect: postgres
-- expect: function
SELECT lo_import('/etc/passwd')
