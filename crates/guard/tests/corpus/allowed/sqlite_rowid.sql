-- dialect: sqlite
SELECT rowid, * FROM orders WHERE rowid > 100
