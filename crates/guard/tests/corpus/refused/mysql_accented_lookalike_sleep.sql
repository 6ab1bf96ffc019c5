-- dialect: mysql
-- expect: function_name
SELECT SLÉEP(5)
