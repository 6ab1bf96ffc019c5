-- dialect: postgres
SELECT id FROM events WHERE data @> '{"type": "click"}'::jsonb
