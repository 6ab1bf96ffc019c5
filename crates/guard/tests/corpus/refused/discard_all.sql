-- dialect: postgres
-- expect: not_allowed
DISCARD ALL
