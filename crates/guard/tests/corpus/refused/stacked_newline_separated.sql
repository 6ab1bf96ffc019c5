-- dialect: all
-- expect: multiple
SELECT * FROM orders;
UPDATE orders SET total = 0;

