-- dialect: all
-- expect: not_allowed
ANALYZE orders
