-- dialect: mysql
-- kind: show
SHOW VARIABLES LIKE 'max%'
