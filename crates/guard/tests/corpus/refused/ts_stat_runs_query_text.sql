-- dialect: postgres
-- expect: function
SELECT * FROM ts_stat('SELECT pg_sleep(1)::text::tsvector')
