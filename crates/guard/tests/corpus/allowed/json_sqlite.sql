-- dialect: sqlite
SELECT json_extract(doc, '$.name'), doc ->> '$.age' FROM people WHERE json_type(doc, '$.tags') = 'array'
