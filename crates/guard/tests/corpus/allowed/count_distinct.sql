-- dialect: all
SELECT count(DISTINCT customer_id) FROM orders
