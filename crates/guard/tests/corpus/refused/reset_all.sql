-- dialect: postgres
-- expect: parse
RESET ALL
