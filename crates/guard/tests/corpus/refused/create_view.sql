-- dialect: all
-- expect: not_allowed
CREATE VIEW v AS SELECT * FROM t
