-- dialect: sqlite
-- expect: not_allowed
PRAGMA writable_schema = 1
