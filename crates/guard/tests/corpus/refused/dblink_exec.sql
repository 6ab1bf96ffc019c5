-- dialect: postgres
-- expect: function
SELECT dblink_exec('dbname=prod', 'DROP TABLE orders')
