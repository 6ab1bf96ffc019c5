-- dialect: all
-- expect: multiple
SELECT 1; DROP TABLE orders
