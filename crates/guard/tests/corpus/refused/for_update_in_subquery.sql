-- dialect: postgres
-- expect: not_allowed
SELECT * FROM (SELECT * FROM orders FOR UPDATE) s
