-- dialect: all
SELECT 1;; -- done
