-- dialect: postgres
-- expect: parse
SET SESSION AUTHORIZATION postgres
