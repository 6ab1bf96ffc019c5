-- dialect: postgres
-- tables: none
SELECT d::date FROM generate_series(now() - interval '6 days', now(), interval '1 day') AS d
