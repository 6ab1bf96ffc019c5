-- dialect: all
SELECT round(avg(total), 2), abs(min(total)), ceil(max(total)), floor(sum(total)) FROM orders
