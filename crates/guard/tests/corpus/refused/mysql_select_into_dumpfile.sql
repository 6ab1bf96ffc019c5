-- dialect: mysql
-- expect: parse
SELECT body FROM docs LIMIT 1 INTO DUMPFILE '/tmp/x'
