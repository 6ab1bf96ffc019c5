-- dialect: postgres
-- expect: function
SELECT pg_notify('orders', 'hello')
