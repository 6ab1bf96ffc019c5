-- dialect: all
-- expect: parse
SELEC * FRM orders
