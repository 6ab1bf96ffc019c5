-- dialect: mysql
SELECT doc -> '$.name', doc ->> '$.address.city' FROM people
