-- dialect: mysql,sqlite
-- expect: multiple
SELECT 1 /* /* */ ; DROP TABLE orders; /* */
