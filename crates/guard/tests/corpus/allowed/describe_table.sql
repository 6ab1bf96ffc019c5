-- dialect: mysql
-- kind: show
-- tables: none
DESCRIBE orders
