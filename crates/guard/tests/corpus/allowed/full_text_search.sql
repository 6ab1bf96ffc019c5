-- dialect: postgres
SELECT id FROM docs WHERE to_tsvector('english', body) @@ to_tsquery('english', 'cat & dog')
