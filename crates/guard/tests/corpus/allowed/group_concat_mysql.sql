-- dialect: mysql
SELECT customer_id, GROUP_CONCAT(product ORDER BY product SEPARATOR ', ') FROM orders GROUP BY customer_id
