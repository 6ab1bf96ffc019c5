-- dialect: postgres,sqlite
-- expect: parse
REINDEX TABLE orders
