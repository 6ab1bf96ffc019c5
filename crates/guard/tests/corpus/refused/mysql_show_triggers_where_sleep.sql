-- dialect: mysql
-- expect: not_allowed
SHOW TRIGGERS WHERE SLEEP(5)
