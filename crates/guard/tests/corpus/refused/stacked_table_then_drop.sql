-- dialect: postgres,mysql
-- expect: multiple
TABLE orders; DROP TABLE orders
