-- dialect: postgres
-- expect: not_allowed
SET statement_timeout = 0
