-- dialect: all
-- expect: not_allowed
ROLLBACK
