-- dialect: postgres
-- kind: explain
-- tables: orders
EXPLAIN TABLE orders
