-- dialect: postgres
-- expect: function
SELECT txid_current()
