-- dialect: all
SELECT 'sleep well' AS wish, 'pg_sleep' AS name
