-- dialect: postgres
-- expect: not_allowed
COMMENT ON TABLE t IS 'gone'
