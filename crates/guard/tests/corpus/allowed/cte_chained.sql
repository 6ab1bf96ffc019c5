-- dialect: all
-- tables: orders, customers
WITH a AS (SELECT customer_id, sum(total) AS s FROM orders GROUP BY customer_id), b AS (SELECT * FROM a WHERE s > 10) SELECT c.name, b.s FROM b JOIN customers c ON c.id = b.customer_id
