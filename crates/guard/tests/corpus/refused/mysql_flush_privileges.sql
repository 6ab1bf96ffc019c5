-- dialect: mysql
-- expect: not_allowed
FLUSH PRIVILEGES
