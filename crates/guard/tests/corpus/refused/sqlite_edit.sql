-- dialect: sqlite
-- expect: function
SELECT edit('text', 'vim')
