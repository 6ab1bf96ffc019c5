-- dialect: mysql
-- kind: show
SHOW CREATE TABLE orders
