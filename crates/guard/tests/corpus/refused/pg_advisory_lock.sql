-- dialect: postgres
-- expect: function
SELECT pg_advisory_lock(42)
