-- dialect: postgres,mysql
-- expect: not_allowed
SELECT * FROM orders FOR SHARE
