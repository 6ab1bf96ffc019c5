-- dialect: postgres
SELECT data -> 'address' ->> 'city' AS city, data #>> '{tags,0}' FROM events
