-- dialect: mysql
-- expect: function
SELECT * FROM orders WHERE id = 1 AND SLEEP(5) = 0
