-- dialect: postgres
SELECT unnest(ARRAY[1, 2, 3]) AS n
