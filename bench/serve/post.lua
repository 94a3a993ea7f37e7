-- wrk script: POST the JSON request body read from $BODY_FILE to $TARGET_PATH (default /graphql).
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.path = os.getenv("TARGET_PATH") or "/graphql"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

-- Count non-200 answers so a broken server cannot look fast.
local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("Non-200: %d\n", bad))
end
