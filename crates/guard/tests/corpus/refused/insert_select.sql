-- dialect: all
-- expect: not_allowed
INSERT INTO archive SELECT * FROM orders
