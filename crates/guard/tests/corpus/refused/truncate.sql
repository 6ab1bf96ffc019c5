-- dialect: postgres,mysql
-- expect: not_allowed
TRUNCATE TABLE orders
