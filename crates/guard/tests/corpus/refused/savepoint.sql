-- dialect: all
-- expect: not_allowed
SAVEPOINT s1
