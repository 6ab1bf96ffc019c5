-- dialect: all
-- expect: not_allowed
ALTER TABLE t ADD COLUMN b int
