#!/usr/bin/env bash
# Event-bus fan-out through Redis (bench/redis-fanout/Program.cs says exactly what is measured) on a private
# redis-server. Writes (or replaces) the "Redis event-bus fan-out" section of bench/RESULTS.md.
#   bench/redis-fanout/run.sh [subscribers=1000] [burst-events=2000] [rate=100] [seconds=10] [rounds=2]
# BEFORE_DLL=<path to an older build of this harness> runs it too, alternating with the current build, on the same
# redis-server (how the hand-written client was compared with StackExchange.Redis: the harness built at f81ed9d).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SUBSCRIBERS="${1:-1000}" BURST="${2:-2000}" RATE="${3:-100}" SECONDS_PACED="${4:-10}" ROUNDS="${5:-2}"
OUT_DIR="$ROOT/bench/redis-fanout/out"
RESULTS="$ROOT/bench/RESULTS.md"
mkdir -p "$OUT_DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }
port=56450
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
  --dir "$OUT_DIR" --pidfile "$OUT_DIR/redis.pid" --logfile "$OUT_DIR/redis.log"
trap 'kill "$(cat "$OUT_DIR/redis.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.05; done

dotnet build bench/redis-fanout -c Release -nologo -v:q >/dev/null
AFTER_CMD="dotnet bench/redis-fanout/bin/Release/net10.0/Federation.Bench.RedisFanout.dll 127.0.0.1:$port $SUBSCRIBERS $BURST $RATE $SECONDS_PACED"
BEFORE_CMD="${BEFORE_DLL:+dotnet $BEFORE_DLL 127.0.0.1:$port $SUBSCRIBERS $BURST $RATE $SECONDS_PACED}"
: >"$OUT_DIR/runs.csv"
for round in $(seq 1 "$ROUNDS"); do
  for cmd in "$BEFORE_CMD" "$AFTER_CMD"; do
    [[ -n "$cmd" ]] || continue
    echo "+ $cmd"
    $cmd | tee "$OUT_DIR/run.txt"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    field() { grep "^$1," "$OUT_DIR/run.txt" | cut -d, -f2-; }
    echo "$round|$(field implementation)|$(field burst_events_per_s)|$(field burst_deliveries_per_s)|$(field burst_latency_ms_p50_p99_max)|$(field paced_latency_ms_p50_p90_p99_max)|$load" >>"$OUT_DIR/runs.csv"
  done
done

section="$OUT_DIR/section.md"
{
  echo "<!-- redis-fanout:start -->"
  echo "## Redis event-bus fan-out"
  echo
  echo "Written by \`bench/redis-fanout/run.sh $SUBSCRIBERS $BURST $RATE $SECONDS_PACED $ROUNDS\` ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, private redis-server"
  echo "$(redis-server --version | sed -nE 's/.*v=([0-9.]+).*/\1/p'), all runs on the same redis-server one after the other). Two \`RedisEventBus\` instances (two multiplexers, as two"
  echo "servers would have) share the redis-server; $SUBSCRIBERS subscribers to one topic alternate between them; bus A publishes. Latency is from"
  echo "just before \`SendAsync\` to the subscriber's \`await foreach\` getting the event (Redis, JSON decoding and the subscriber's buffer"
  echo "included), one clock. **Burst**: $BURST events sent back to back (16 \`SendAsync\` in flight); events/s = events / (first send to last"
  echo "delivery), deliveries/s = events/s x subscribers; its latency is mostly queueing behind the burst. **Paced**: $RATE events/s for $SECONDS_PACED s."
  echo
  echo "| round | implementation | burst events/s | burst deliveries/s | burst latency p50 / p99 / max (ms) | paced latency p50 / p90 / p99 / max (ms) | load average |"
  echo "|---|---|---:|---:|---|---|---:|"
  sed 's/|/ | /g; s/^/| /; s/$/ |/' "$OUT_DIR/runs.csv"
  echo
  [[ -n "$BEFORE_CMD" ]] && echo "Before: \`$BEFORE_CMD\` (\$BEFORE_DLL: this harness built from an older commit)."
  echo "After: \`$AFTER_CMD\`."
  echo "<!-- redis-fanout:end -->"
} >"$section"

touch "$RESULTS"
if grep -q '<!-- redis-fanout:start -->' "$RESULTS"; then
  awk -v file="$section" '
    /<!-- redis-fanout:start -->/ { while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- redis-fanout:end -->/ { skip = 0; next }
    !skip { print }' "$RESULTS" >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
else
  { [[ -s "$RESULTS" ]] && echo; cat "$section"; } >>"$RESULTS"
fi
cat "$section"
