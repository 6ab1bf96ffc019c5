-- dialect: all
-- kind: query
SELECT 1;
