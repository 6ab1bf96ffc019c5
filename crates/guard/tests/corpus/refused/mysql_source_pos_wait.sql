-- dialect: mysql
-- expect: function
SELECT SOURCE_POS_WAIT('binlog.000001', 4, 60)
