-- dialect: all
-- expect: not_allowed
UPDATE t SET a = 1 WHERE id = 2
