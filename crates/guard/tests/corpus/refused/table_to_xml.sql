-- dialect: postgres
-- expect: function
SELECT table_to_xml('secrets', true, false, '')
