-- dialect: postgres,mysql
-- expect: not_allowed
DROP DATABASE production
