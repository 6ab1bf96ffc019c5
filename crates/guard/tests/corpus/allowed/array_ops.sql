-- dialect: postgres
SELECT id, tags[1], array_length(tags, 1) FROM posts WHERE 'rust' = ANY(tags) AND tags && ARRAY['sql', 'db']
