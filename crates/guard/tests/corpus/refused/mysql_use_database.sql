-- dialect: mysql
-- expect: not_allowed
USE other_db
