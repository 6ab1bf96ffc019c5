-- dialect: sqlite
-- tables: none
SELECT name, type FROM pragma_table_info('orders')
