-- dialect: postgres,mysql
-- expect: not_allowed
START TRANSACTION READ WRITE
