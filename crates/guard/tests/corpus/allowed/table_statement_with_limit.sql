-- dialect: postgres,mysql
-- tables: customers
-- limit: yes
TABLE customers ORDER BY id LIMIT 5
