-- dialect: postgres,sqlite
SELECT first_name || ' ' || last_name AS full_name FROM people
