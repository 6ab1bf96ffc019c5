-- dialect: postgres
-- expect: function
SELECT cursor_to_xml('c', 10, true, false, '')
