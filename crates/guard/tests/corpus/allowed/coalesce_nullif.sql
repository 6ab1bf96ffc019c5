-- dialect: all
SELECT coalesce(nickname, name), nullif(total, 0) FROM customers
