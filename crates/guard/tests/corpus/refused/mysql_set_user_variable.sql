-- dialect: mysql
-- expect: not_allowed
SET @a = 1
