-- dialect: postgres
-- expect: not_allowed
MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE
