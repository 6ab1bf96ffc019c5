-- dialect: postgres
-- expect: function
SELECT query_to_xml('DELETE FROM orders RETURNING *', true, false, '')
