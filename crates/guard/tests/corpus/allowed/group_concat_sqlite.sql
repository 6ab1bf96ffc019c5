-- dialect: sqlite
SELECT customer_id, group_concat(product, ', ') FROM orders GROUP BY customer_id
