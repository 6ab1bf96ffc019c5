-- dialect: postgres
-- expect: not_allowed
COPY orders FROM '/etc/passwd'
