-- wrk script for scripts/bench: /sql primary-key lookups with a random id per request,
-- sessionless (the server's default database is the benchmark database).
-- The request is formatted once; per request only the id changes, zero-padded to a fixed
-- width so Content-Length stays right (PostgreSQL reads 0000042 as 42). Calling
-- wrk.format for every request cost the load generator a third more CPU, and on a 2-core
-- machine the load generator's CPU is taken from the server under test.
local body_prefix = '{"sql":"SELECT abalance FROM pgbench_accounts WHERE aid = '
local body_suffix = '"}'
local max_id = 1000000 -- scripts/bench rewrites this for other pgbench scales
local width = #tostring(max_id)
local head = "POST /api/v1/sql HTTP/1.1\r\nHost: " .. (wrk.host or "127.0.0.1") ..
  "\r\nContent-Type: application/json\r\nContent-Length: " ..
  (#body_prefix + width + #body_suffix) .. "\r\n\r\n" .. body_prefix
local random, format = math.random, string.format
local pattern = "%0" .. width .. "d"
request = function()
  return head .. format(pattern, random(1, max_id)) .. body_suffix
end
