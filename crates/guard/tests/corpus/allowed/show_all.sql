-- dialect: postgres
-- kind: show
SHOW ALL
