-- dialect: postgres
-- expect: not_allowed
EXPLAIN ANALYZE INSERT INTO orders (id) VALUES (1)
