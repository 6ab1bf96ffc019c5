-- dialect: postgres,mysql
-- expect: not_allowed
CALL purge_old_orders(30)
