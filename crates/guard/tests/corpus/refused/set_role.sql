-- dialect: postgres
-- expect: not_allowed
SET ROLE postgres
