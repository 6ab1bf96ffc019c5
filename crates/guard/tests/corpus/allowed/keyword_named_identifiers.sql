-- dialect: postgres,sqlite
-- tables: table
SELECT "delete", "update" FROM "table"
