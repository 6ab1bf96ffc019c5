-- dialect: all
SELECT ntile(4) OVER (ORDER BY total), lead(total, 1) OVER (ORDER BY id) FROM orders
