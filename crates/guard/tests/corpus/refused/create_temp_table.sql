-- dialect: postgres,sqlite
-- expect: not_allowed
CREATE TEMP TABLE scratch (id int)
