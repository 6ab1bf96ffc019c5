-- dialect: postgres
-- expect: not_allowed
EXECUTE p
