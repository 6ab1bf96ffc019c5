-- dialect: all
-- expect: not_allowed
CREATE INDEX i ON t (a)
