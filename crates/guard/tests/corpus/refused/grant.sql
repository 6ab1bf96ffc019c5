-- dialect: postgres,mysql
-- expect: not_allowed
GRANT ALL ON orders TO public
