-- dialect: postgres
-- expect: not_allowed
LISTEN orders_changed
