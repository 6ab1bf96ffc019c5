-- dialect: postgres
-- expect: function
SELECT coalesce(pg_sleep(5)::text, 'x')
