-- dialect: all
-- expect: multiple
SELECT 1 /* one */; /* two */ DELETE FROM orders -- three
