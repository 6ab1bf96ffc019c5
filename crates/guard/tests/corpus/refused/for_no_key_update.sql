-- dialect: postgres
-- expect: parse
SELECT * FROM orders FOR NO KEY UPDATE
