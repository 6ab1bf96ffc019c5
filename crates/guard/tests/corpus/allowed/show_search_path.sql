-- dialect: postgres
-- kind: show
-- tables: none
SHOW search_path
