-- dialect: postgres,mysql
-- expect: not_allowed
SELECT * FROM orders WHERE id = 1 FOR UPDATE
