-- dialect: all
-- expect: not_allowed
BEGIN
