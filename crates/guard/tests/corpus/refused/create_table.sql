-- dialect: all
-- expect: not_allowed
CREATE TABLE t (id int)
