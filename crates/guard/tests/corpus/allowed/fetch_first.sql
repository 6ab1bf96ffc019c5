-- dialect: postgres
-- limit: yes
SELECT * FROM orders ORDER BY total DESC FETCH FIRST 5 ROWS ONLY
