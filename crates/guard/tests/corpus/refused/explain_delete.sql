-- dialect: all
-- expect: not_allowed
EXPLAIN DELETE FROM orders
