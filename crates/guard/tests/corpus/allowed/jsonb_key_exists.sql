-- dialect: postgres
SELECT id FROM events WHERE data ? 'user_id'
