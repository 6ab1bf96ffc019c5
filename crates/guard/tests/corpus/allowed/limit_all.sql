-- dialect: postgres
-- limit: no
SELECT * FROM orders LIMIT ALL
