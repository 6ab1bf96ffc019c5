-- dialect: mysql
SELECT JSON_EXTRACT(doc, '$.tags[0]'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.name')) FROM people
