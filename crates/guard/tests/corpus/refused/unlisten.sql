-- dialect: postgres
-- expect: not_allowed
UNLISTEN *
