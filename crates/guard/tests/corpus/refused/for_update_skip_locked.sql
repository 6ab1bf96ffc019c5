-- dialect: postgres,mysql
-- expect: not_allowed
SELECT * FROM jobs FOR UPDATE SKIP LOCKED
