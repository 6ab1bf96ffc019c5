-- dialect: postgres
SELECT DISTINCT ON (customer_id) customer_id, created_at, total FROM orders ORDER BY customer_id, created_at DESC
