-- dialect: all
SELECT city FROM customers UNION SELECT city FROM suppliers ORDER BY city
