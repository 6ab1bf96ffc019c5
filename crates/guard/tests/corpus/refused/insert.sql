-- dialect: all
-- expect: not_allowed
INSERT INTO t (a) VALUES (1)
