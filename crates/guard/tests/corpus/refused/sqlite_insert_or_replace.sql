-- dialect: sqlite
-- expect: not_allowed
INSERT OR REPLACE INTO t (id, a) VALUES (1, 'x')
