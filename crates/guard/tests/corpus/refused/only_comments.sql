-- dialect: all
-- expect: empty
/* nothing here */
