-- dialect: postgres
-- expect: function
SELECT pg_try_advisory_xact_lock(42)
