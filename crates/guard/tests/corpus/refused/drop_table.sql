-- dialect: all
-- expect: not_allowed
DROP TABLE orders
