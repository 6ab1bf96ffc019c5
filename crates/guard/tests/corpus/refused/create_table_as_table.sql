-- dialect: postgres
-- expect: not_allowed
CREATE TABLE copy AS TABLE orders
