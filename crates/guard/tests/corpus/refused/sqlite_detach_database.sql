-- dialect: sqlite
-- expect: parse
DETACH DATABASE other
