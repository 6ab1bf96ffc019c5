-- dialect: mysql
SELECT IF(total > 100, 'big', 'small'), IFNULL(note, '-') FROM orders
