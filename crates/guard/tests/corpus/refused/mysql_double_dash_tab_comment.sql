-- dialect: mysql
-- expect: ambiguous
SELECT 1 --	'
, SLEEP(5) -- '
