-- dialect: postgres
-- expect: not_allowed
PREPARE p AS DELETE FROM orders
