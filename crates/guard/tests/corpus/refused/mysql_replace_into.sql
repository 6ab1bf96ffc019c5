-- dialect: mysql
-- expect: not_allowed
REPLACE INTO t VALUES (1, 'x')
