-- dialect: all
-- tables: orders, customers, items, regions
SELECT o.id FROM orders o INNER JOIN customers c ON c.id = o.customer_id LEFT JOIN items i ON i.order_id = o.id CROSS JOIN regions r
