-- dialect: postgres
-- limit: no
SELECT * FROM orders ORDER BY id OFFSET 10
