-- dialect: all
-- tables: customers, orders
SELECT c.name, (SELECT max(total) FROM orders o WHERE o.customer_id = c.id) AS biggest FROM customers c
