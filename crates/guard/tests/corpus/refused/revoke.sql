-- dialect: postgres,mysql
-- expect: not_allowed
REVOKE SELECT ON orders FROM analyst
