-- wrk script for scripts/bench: /sql primary-key lookups with a random id per request,
-- sessionless (the server's default database is the benchmark database).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local id = math.random(1, 1000000)
  local body = '{"sql":"SELECT abalance FROM pgbench_accounts WHERE aid = ' .. id .. '"}'
  return wrk.format(nil, "/api/v1/sql", nil, body)
end
