-- dialect: all
SELECT id, CASE WHEN total > 1000 THEN 'big' WHEN total > 100 THEN 'medium' ELSE 'small' END AS size FROM orders
