-- dialect: postgres
-- expect: function
SELECT * FROM orders o, LATERAL (SELECT pg_sleep(1)) s
