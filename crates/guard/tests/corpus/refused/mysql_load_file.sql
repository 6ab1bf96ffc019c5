-- dialect: mysql
-- expect: function
SELECT LOAD_FILE('/etc/passwd')
