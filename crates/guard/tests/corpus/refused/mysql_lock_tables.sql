-- dialect: mysql
-- expect: not_allowed
LOCK TABLES orders WRITE
