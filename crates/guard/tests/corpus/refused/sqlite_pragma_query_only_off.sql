-- dialect: sqlite
-- expect: not_allowed
PRAGMA query_only = 0
