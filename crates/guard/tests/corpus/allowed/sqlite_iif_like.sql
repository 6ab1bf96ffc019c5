-- dialect: sqlite
SELECT iif(total > 10, 'y', 'n') FROM orders WHERE name LIKE 'A%'
