-- dialect: postgres
SELECT total::numeric(10,2), created_at::date, '42'::int FROM orders
