-- dialect: postgres
-- expect: function
SELECT query_to_xml_and_xmlschema('SELECT 1', true, false, '')
