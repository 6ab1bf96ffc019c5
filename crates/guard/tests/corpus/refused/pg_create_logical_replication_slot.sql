-- dialect: postgres
-- expect: function
SELECT pg_create_logical_replication_slot('s', 'pgoutput')
