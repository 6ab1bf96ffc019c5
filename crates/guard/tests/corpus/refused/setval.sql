-- dialect: postgres
-- expect: function
SELECT setval('orders_id_seq', 1)
