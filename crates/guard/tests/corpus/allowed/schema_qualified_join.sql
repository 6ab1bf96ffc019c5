-- dialect: postgres
-- tables: sales.orders, public.customers
SELECT * FROM sales.orders o JOIN public.customers c ON c.id = o.customer_id
