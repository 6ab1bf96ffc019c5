-- dialect: all
-- tables: orders
SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn FROM orders
