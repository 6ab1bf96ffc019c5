-- dialect: mysql
-- expect: parse
LOAD DATA INFILE '/etc/passwd' INTO TABLE t
