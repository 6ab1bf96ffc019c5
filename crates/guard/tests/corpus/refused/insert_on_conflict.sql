-- dialect: postgres
-- expect: not_allowed
INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO NOTHING
