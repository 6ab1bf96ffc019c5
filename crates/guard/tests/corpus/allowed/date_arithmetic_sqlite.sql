-- dialect: sqlite
SELECT strftime('%Y-%m', created_at) AS month, count(*) FROM orders WHERE created_at > date('now', '-90 days') GROUP BY month
