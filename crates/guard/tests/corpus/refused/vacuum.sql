-- dialect: postgres,sqlite
-- expect: parse
VACUUM
