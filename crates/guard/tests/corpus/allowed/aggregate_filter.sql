-- dialect: postgres,sqlite
SELECT count(*) FILTER (WHERE status = 'paid') AS paid, count(*) AS all_orders FROM orders
