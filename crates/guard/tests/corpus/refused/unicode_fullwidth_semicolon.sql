-- dialect: all
-- expect: parse
SELECT 1； DROP TABLE orders
