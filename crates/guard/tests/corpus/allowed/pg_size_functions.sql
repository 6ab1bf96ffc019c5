-- dialect: postgres
SELECT pg_size_pretty(pg_total_relation_size('orders'))
