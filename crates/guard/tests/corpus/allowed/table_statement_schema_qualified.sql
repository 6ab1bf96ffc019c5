-- dialect: postgres
-- tables: sales.orders
TABLE sales.orders
