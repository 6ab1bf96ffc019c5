-- dialect: postgres
-- tables: pg_catalog.pg_tables
SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'
