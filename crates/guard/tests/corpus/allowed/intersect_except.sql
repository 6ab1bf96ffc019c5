-- dialect: postgres,sqlite
SELECT id FROM a INTERSECT SELECT id FROM b EXCEPT SELECT id FROM c
