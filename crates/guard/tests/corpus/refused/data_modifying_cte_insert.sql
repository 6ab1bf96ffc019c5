-- dialect: postgres
-- expect: not_allowed
WITH x AS (INSERT INTO audit (note) VALUES ('x') RETURNING id) SELECT id FROM x
