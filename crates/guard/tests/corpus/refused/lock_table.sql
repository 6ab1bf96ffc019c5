-- dialect: postgres
-- expect: parse
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE
