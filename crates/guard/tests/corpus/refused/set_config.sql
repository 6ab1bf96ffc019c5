-- dialect: postgres
-- expect: function
SELECT set_config('search_path', 'evil', false)
