-- dialect: postgres,mysql
SELECT EXTRACT(YEAR FROM created_at) AS y, count(*) FROM orders GROUP BY y
