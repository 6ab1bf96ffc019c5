-- dialect: mysql
-- expect: not_allowed
SHOW TABLE STATUS WHERE Name IN (SELECT name FROM t FOR UPDATE)
