-- dialect: postgres
SELECT customer_id, string_agg(product, ', ' ORDER BY product) FROM orders GROUP BY customer_id
