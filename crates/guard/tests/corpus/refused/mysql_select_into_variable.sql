-- dialect: mysql
-- expect: not_allowed
SELECT total INTO @v FROM orders LIMIT 1
