-- dialect: mysql,sqlite
-- limit: yes
SELECT id FROM orders ORDER BY id LIMIT 20, 10
