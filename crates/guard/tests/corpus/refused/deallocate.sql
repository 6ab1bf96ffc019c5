-- dialect: postgres
-- expect: not_allowed
DEALLOCATE p
