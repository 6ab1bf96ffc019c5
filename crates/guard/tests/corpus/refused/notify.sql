-- dialect: postgres
-- expect: not_allowed
NOTIFY orders_changed, 'payload'
