-- dialect: postgres
SELECT currval('orders_id_seq')
