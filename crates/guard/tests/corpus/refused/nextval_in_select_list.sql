-- dialect: postgres
-- expect: function
SELECT id, nextval('s') FROM orders
