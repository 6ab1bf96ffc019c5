-- dialect: all
SELECT upper(name), lower(email), length(name), substr(name, 1, 3), replace(name, 'a', 'b'), trim(name) FROM customers
