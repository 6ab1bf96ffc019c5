-- dialect: mysql
-- expect: ambiguous
SELECT 1 /*! ; DROP TABLE orders */
