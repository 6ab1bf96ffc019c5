-- dialect: sqlite
-- expect: function
SELECT readfile('/etc/passwd')
