-- dialect: all
-- expect: empty
;;
