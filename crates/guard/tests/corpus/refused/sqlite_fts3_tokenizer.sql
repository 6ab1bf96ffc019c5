-- dialect: sqlite
-- expect: function
SELECT fts3_tokenizer('simple', x'0000000000000000')
