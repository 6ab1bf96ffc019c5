-- dialect: postgres
SELECT name FROM customers WHERE name ILIKE 'a%' OR email ~* '@example\.com$'
