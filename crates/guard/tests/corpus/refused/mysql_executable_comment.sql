-- dialect: mysql
-- expect: ambiguous
SELECT 1 /*!50000 , SLEEP(10) */
