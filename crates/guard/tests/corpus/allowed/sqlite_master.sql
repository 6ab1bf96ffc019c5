-- dialect: sqlite
-- tables: sqlite_master
SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name
