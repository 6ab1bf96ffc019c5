-- dialect: all
-- expect: not_allowed
COMMIT
