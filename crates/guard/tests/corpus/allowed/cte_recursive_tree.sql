-- dialect: all
-- tables: employees
WITH RECURSIVE chain AS (SELECT id, manager_id, name FROM employees WHERE id = 7 UNION ALL SELECT e.id, e.manager_id, e.name FROM employees e JOIN chain c ON e.id = c.manager_id) SELECT name FROM chain
