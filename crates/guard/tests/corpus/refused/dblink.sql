-- dialect: postgres
-- expect: function
SELECT * FROM dblink('dbname=prod', 'DELETE FROM orders') AS r(a int)
