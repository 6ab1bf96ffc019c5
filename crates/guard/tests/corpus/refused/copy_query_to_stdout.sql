-- dialect: postgres
-- expect: not_allowed
COPY (SELECT * FROM orders) TO STDOUT
