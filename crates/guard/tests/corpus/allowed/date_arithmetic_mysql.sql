-- dialect: mysql
SELECT DATE_FORMAT(created_at, '%Y-%m') AS month, COUNT(*) FROM orders WHERE created_at > DATE_SUB(NOW(), INTERVAL 90 DAY) GROUP BY month
