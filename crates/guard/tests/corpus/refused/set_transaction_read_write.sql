-- dialect: postgres
-- expect: not_allowed
SET TRANSACTION READ WRITE
