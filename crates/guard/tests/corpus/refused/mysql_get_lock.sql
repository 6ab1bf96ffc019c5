-- dialect: mysql
-- expect: function
SELECT GET_LOCK('l', 10)
