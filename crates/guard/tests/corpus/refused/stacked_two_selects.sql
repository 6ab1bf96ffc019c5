-- dialect: all
-- expect: multiple
SELECT 1; SELECT 2
