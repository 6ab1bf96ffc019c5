-- dialect: sqlite
-- expect: function
SELECT writefile('/tmp/x', 'data')
