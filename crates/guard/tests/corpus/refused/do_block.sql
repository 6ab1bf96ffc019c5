-- dialect: postgres
-- expect: parse
DO $$ BEGIN DELETE FROM orders; END $$
