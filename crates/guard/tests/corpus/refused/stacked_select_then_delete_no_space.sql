-- dialect: all
-- expect: multiple
SELECT 1;DELETE FROM orders
