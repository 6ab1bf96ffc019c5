-- dialect: sqlite
-- expect: not_allowed
ATTACH DATABASE '/tmp/other.db' AS other
