-- dialect: postgres
-- expect: parse
CLUSTER orders USING orders_pkey
