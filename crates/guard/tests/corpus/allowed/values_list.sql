-- dialect: all
-- kind: query
-- tables: none
VALUES (1, 'a'), (2, 'b')
