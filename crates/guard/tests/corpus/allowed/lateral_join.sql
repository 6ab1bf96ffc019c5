-- dialect: postgres
-- tables: customers, orders
SELECT c.name, o.total FROM customers c CROSS JOIN LATERAL (SELECT total FROM orders WHERE customer_id = c.id ORDER BY created_at DESC LIMIT 3) o
