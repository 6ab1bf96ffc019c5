-- dialect: all
SELECT * FROM orders WHERE status IN ('paid', 'shipped') AND total BETWEEN 10 AND 100 AND note LIKE '%gift%'
