-- dialect: postgres,mysql
-- tables: information_schema.columns
SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'orders'
