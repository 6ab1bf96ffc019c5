-- dialect: postgres
-- tables: archived_orders, orders
SELECT * FROM archived_orders UNION ALL TABLE orders
