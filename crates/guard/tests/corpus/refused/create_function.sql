-- dialect: postgres
-- expect: not_allowed
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql
