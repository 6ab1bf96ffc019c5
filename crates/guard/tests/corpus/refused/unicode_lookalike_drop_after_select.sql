-- dialect: all
-- expect: multiple
SELECT 1; DRОP TABLE orders
