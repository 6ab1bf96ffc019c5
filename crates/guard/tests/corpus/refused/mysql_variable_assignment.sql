-- dialect: mysql
-- expect: not_allowed
SELECT @n := @n + 1 AS rn, id FROM orders
