-- dialect: postgres
-- expect: not_allowed
DECLARE c CURSOR WITH HOLD FOR SELECT * FROM orders
