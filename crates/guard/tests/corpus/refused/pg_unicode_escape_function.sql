-- dialect: postgres
-- expect: function_name
SELECT U&"\0070g_sleep"(5)
