-- dialect: mysql
-- kind: show
SHOW TABLES
