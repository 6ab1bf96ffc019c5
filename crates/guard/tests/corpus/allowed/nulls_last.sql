-- dialect: postgres,sqlite
SELECT * FROM orders ORDER BY shipped_at DESC NULLS LAST
