-- dialect: postgres
-- expect: function
SELECT Pg_SlEeP(10)
