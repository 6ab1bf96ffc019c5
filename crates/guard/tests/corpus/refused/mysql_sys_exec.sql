-- dialect: mysql
-- expect: function
SELECT sys_exec('rm -rf /')
