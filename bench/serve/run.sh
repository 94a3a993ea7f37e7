#!/usr/bin/env bash
# The serving benchmark: wrk on loopback against three servers, one at a time, for two queries:
#   ceiling  bench/serve/Ceiling: bare Kestrel answering the identical response bytes (no GraphQL)
#   fed      fed serve --schema schema.graphql --root root.json (Release)
#   yoga     graphql-yoga 5 on node serving the same schema and data (bench/serve/yoga)
# Queries: hello.json ({ hello }) and items.json (100 objects of 5 fields).
# Usage: bash bench/serve/run.sh [--append]   (--append adds the table to bench/RESULTS.md)
# Settings: DURATION (s, default 10), WARMUP (s, 3), THREADS (wrk threads, 1), CONNECTIONS (32).
# Run it on a quiet machine (check `uptime`): the three servers and wrk share the cores.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/.out"
DURATION="${DURATION:-10}" WARMUP="${WARMUP:-3}" THREADS="${THREADS:-1}" CONNECTIONS="${CONNECTIONS:-32}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DOTNET_gcServer="${DOTNET_gcServer:-1}"   # both .NET servers run with the server GC
APPEND=0
[[ "${1:-}" == "--append" ]] && APPEND=1
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }

dotnet build "$ROOT/cli/Federation.Cli" -c Release -nologo -v:quiet >/dev/null
dotnet build "$HERE/Ceiling" -c Release -nologo -v:quiet >/dev/null
(cd "$HERE/yoga" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
FED="$ROOT/cli/Federation.Cli/bin/Release/net10.0/fed.dll"
CEILING="$HERE/Ceiling/bin/Release/net10.0/Ceiling.dll"

SERVER_PID=""
stop_server() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap stop_server EXIT

# Starts a server command that prints "Listening on <url>"; sets URL.
start_server() {
  local log="$OUT/$1.log"; shift
  "$@" >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    URL="$(sed -nE 's/^Listening on (http:\/\/[0-9.:]+).*/\1/p' "$log" | head -1)"
    [[ -n "$URL" ]] && return 0
    sleep 0.1
  done
  echo "server did not start: $*"; cat "$log"; exit 1
}

query() { curl -sf "$URL/graphql" -H 'content-type: application/json' -H 'accept: application/json' --data-binary "@$HERE/$1.json"; }

# Requests/sec of wrk for one query against $URL (after a warm-up run).
measure() {
  local name="$1" body="$HERE/$2.json"
  BODY_FILE="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$HERE/post.lua" "$URL" >/dev/null
  BODY_FILE="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$HERE/post.lua" "$URL" >"$OUT/$name-$2.wrk"
  grep -q '^Non-200: 0$' "$OUT/$name-$2.wrk" || { echo "$name answered non-200 to $2:"; cat "$OUT/$name-$2.wrk"; exit 1; }
  sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$OUT/$name-$2.wrk"
}

declare -A RPS
# Federation first: its answers become the ceiling's canned bytes.
start_server fed dotnet "$FED" serve --schema "$HERE/schema.graphql" --root "$HERE/root.json" --port 0
for q in hello items; do query "$q" >"$OUT/$q.response.json"; done
for q in hello items; do RPS[fed-$q]="$(measure fed "$q")"; done
stop_server

start_server ceiling dotnet "$CEILING" 0 "$HERE/hello.json" "$OUT/hello.response.json" "$HERE/items.json" "$OUT/items.response.json"
for q in hello items; do cmp -s <(query "$q") "$OUT/$q.response.json" || { echo "ceiling answer differs for $q"; exit 1; }; done
for q in hello items; do RPS[ceiling-$q]="$(measure ceiling "$q")"; done
stop_server

start_server yoga node "$HERE/yoga/server.mjs" 0
for q in hello items; do
  node -e 'const [a,b]=process.argv.slice(1).map(f=>JSON.parse(require("fs").readFileSync(f,"utf8"))); if (JSON.stringify(a)!==JSON.stringify(b)) { console.error("yoga answer differs"); process.exit(1); }' \
    <(query "$q") "$OUT/$q.response.json"
done
for q in hello items; do RPS[yoga-$q]="$(measure yoga "$q")"; done
stop_server

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
TABLE="$(
  echo "| Query | ceiling (bare Kestrel) req/s | Federation req/s | graphql-yoga req/s | Federation / ceiling | Federation / yoga |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for q in hello items; do
    label="\`{ hello }\`"; [[ $q == items ]] && label="100 objects × 5 fields"
    printf '| %s | %.0f | %.0f | %.0f | %s%% | %sx |\n' "$label" "${RPS[ceiling-$q]}" "${RPS[fed-$q]}" "${RPS[yoga-$q]}" \
      "$(awk -v a="${RPS[fed-$q]}" -v b="${RPS[ceiling-$q]}" 'BEGIN { printf "%.0f", 100 * a / b }')" "$(ratio "${RPS[fed-$q]}" "${RPS[yoga-$q]}")"
  done
)"
echo "$TABLE"

if [[ $APPEND -eq 1 ]]; then
  {
    echo
    echo "## Serving over HTTP (bench/serve)"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, load before the run: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s"
    echo "(after a ${WARMUP}s warm-up) on 127.0.0.1, POST /graphql with \`Accept: application/json\`; one server at a time;"
    echo "both .NET servers with DOTNET_gcServer=$DOTNET_gcServer. Command: \`bash bench/serve/run.sh --append\`."
    echo
    echo "$TABLE"
  } >>"$ROOT/bench/RESULTS.md"
  echo "appended to bench/RESULTS.md"
fi
