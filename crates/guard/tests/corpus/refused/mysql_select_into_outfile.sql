-- dialect: mysql
-- expect: parse
SELECT * FROM orders INTO OUTFILE '/tmp/orders.csv'
