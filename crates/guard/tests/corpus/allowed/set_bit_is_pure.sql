-- dialect: postgres
SELECT set_bit('\x00'::bytea, 0, 1)
