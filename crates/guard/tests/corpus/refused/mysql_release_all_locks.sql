-- dialect: mysql
-- expect: function
SELECT RELEASE_ALL_LOCKS()
