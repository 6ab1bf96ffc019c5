-- dialect: sqlite
-- expect: function
SELECT load_extension('/tmp/evil.so')
