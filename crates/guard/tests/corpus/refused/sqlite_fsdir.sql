-- dialect: sqlite
-- expect: function
SELECT name FROM fsdir('/etc')
