-- dialect: mysql
-- expect: not_allowed
KILL QUERY 42
