-- dialect: all
-- delete everything? no, just count
SELECT count(*) FROM orders /* DROP TABLE orders */
