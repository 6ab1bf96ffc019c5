-- dialect: postgres
SELECT date_trunc('month', created_at) AS month, count(*) FROM orders WHERE created_at > now() - interval '90 days' GROUP BY 1 ORDER BY 1
