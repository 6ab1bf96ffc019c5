-- dialect: postgres,mysql,sqlite
SELECT id, rank() OVER w, lag(total) OVER w FROM orders WINDOW w AS (PARTITION BY customer_id ORDER BY total)
