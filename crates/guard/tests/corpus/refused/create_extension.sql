-- dialect: postgres
-- expect: not_allowed
CREATE EXTENSION dblink
