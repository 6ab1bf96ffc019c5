-- dialect: postgres
-- expect: parse
REFRESH MATERIALIZED VIEW sales_summary
