-- dialect: mysql
-- expect: function
SELECT SLEEP(10)
