-- dialect: all
-- tables: orders
WITH orders_2024 AS (SELECT * FROM orders WHERE created_at >= '2024-01-01') SELECT count(*) FROM orders_2024
