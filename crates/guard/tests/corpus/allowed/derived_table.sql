-- dialect: all
-- tables: orders
SELECT avg(n) FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) per_customer
