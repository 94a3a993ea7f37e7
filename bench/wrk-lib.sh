# Shared by bench/serve/run.sh and bench/entities/run.sh (sourced): the servers under test and wrk's measurement.
# Needs OUT (a folder for logs), THREADS, CONNECTIONS, WARMUP and DURATION set by the caller.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PIDS=()
declare -A URL TARGET

stop_servers() { local pid; for pid in "${PIDS[@]+"${PIDS[@]}"}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; PIDS=(); }
trap stop_servers EXIT

# start_server NAME PATH COMMAND...: runs a server that prints "Listening on <url>"; sets URL[NAME] and TARGET[NAME]=PATH.
start_server() {
  local name="$1" path="$2" log="$OUT/$1.log"; shift 2
  "$@" >"$log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 300); do
    URL[$name]="$(sed -nE 's/^Listening on (http:\/\/[0-9.:]+).*/\1/p' "$log" | head -1)"
    if [[ -n "${URL[$name]}" ]]; then TARGET[$name]="$path"; return 0; fi
    sleep 0.1
  done
  echo "server $name did not start: $*"; cat "$log"; exit 1
}

# post NAME BODY_FILE: one request with curl, the answer on standard output.
post() { curl -sf "${URL[$1]}${TARGET[$1]}" -H 'content-type: application/json' -H 'accept: application/json' --data-binary "@$2"; }

# measure NAME BODY_FILE OUT_FILE: requests/sec of wrk POSTing BODY_FILE to the server (after a warm-up run); a
# non-200 answer stops the run.
measure() {
  local name="$1" body="$2" out="$3"
  BODY_FILE="$body" TARGET_PATH="${TARGET[$name]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$BENCH_DIR/serve/post.lua" "${URL[$name]}" >/dev/null
  BODY_FILE="$body" TARGET_PATH="${TARGET[$name]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$BENCH_DIR/serve/post.lua" "${URL[$name]}" >"$out"
  grep -q '^Non-200: 0$' "$out" || { echo "$name answered non-200 ($body):"; cat "$out"; exit 1; }
  sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p' "$out"
}
