-- dialect: mysql
-- expect: not_allowed
SET GLOBAL max_connections = 1
