-- dialect: all
-- expect: parse
DЕLETE FROM orders
