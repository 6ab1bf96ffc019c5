-- dialect: postgres
SELECT 1 /* outer /* inner */ still a comment ; DROP TABLE orders */
