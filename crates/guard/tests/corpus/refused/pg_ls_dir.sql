-- dialect: postgres
-- expect: function
SELECT * FROM pg_ls_dir('.')
