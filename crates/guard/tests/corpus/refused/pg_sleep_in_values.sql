-- dialect: postgres
-- expect: function
VALUES (1, pg_sleep(1))
