-- dialect: mysql
-- expect: function
SELECT BENCHMARK(100000000, MD5('x'))
