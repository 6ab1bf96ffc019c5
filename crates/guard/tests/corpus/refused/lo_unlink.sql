-- dialect: postgres
-- expect: function
SELECT lo_unlink(16384)
