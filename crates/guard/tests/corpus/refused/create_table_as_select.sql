-- dialect: postgres,sqlite
-- expect: not_allowed
CREATE TABLE copy AS SELECT * FROM orders
