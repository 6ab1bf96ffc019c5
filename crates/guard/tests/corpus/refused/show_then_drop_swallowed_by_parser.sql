-- dialect: all
-- expect: multiple
SHOW search_path; DROP TABLE orders
