-- dialect: mysql
-- expect: ambiguous
SELECT 1 /*M! , SLEEP(10) */
