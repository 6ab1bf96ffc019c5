-- dialect: postgres
-- expect: not_allowed
SET search_path = evil, public
