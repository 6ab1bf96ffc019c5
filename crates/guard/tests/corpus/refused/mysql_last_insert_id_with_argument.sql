-- dialect: mysql
-- expect: function
SELECT LAST_INSERT_ID(42)
