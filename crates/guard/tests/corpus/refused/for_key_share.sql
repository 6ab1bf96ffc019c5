-- dialect: postgres
-- expect: parse
SELECT * FROM orders FOR KEY SHARE
