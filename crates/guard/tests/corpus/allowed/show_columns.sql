-- dialect: mysql
-- kind: show
SHOW COLUMNS FROM orders
