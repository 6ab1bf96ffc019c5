-- dialect: postgres
-- expect: function
SELECT "pg_catalog"."PG_SLEEP"(10)
