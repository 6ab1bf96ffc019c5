-- dialect: mysql
-- expect: parse
SELECT * FROM orders LOCK IN SHARE MODE
