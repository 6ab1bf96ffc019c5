-- dialect: postgres
-- expect: not_allowed
LOAD 'auto_explain'
