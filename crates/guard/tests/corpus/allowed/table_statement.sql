-- dialect: postgres,mysql
-- kind: query
-- tables: customers
-- limit: no
TABLE customers
