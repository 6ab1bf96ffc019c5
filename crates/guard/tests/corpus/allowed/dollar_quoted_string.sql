-- dialect: postgres
SELECT $$DELETE FROM orders; $$ AS txt
