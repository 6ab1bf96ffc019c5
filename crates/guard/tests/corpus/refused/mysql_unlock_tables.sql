-- dialect: mysql
-- expect: not_allowed
UNLOCK TABLES
