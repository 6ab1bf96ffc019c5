-- dialect: postgres
-- expect: not_allowed
SELECT * INTO backup_orders FROM orders
