-- dialect: all
-- expect: not_allowed
DELETE FROM t WHERE id = 1
