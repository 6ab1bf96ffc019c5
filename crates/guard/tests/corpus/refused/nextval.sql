-- dialect: postgres
-- expect: function
SELECT nextval('orders_id_seq')
