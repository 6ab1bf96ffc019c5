-- dialect: all
-- limit: yes
(SELECT id FROM orders ORDER BY id LIMIT 5)
