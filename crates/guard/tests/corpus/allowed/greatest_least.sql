-- dialect: postgres,mysql
SELECT greatest(a, b), least(a, b) FROM pairs
