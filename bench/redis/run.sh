#!/usr/bin/env bash
# Redis client throughput: Federation.Redis (50 concurrent callers on ONE multiplexed connection) against
# redis-benchmark -c 50 -P 16 -t get,set on the same private redis-server in the same run. Writes (or replaces) the
# "Redis client" section of bench/RESULTS.md, leaving every other section as it is. Run it on a quiet machine.
#   bench/redis/run.sh [seconds-per-op=10]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SECONDS_PER_OP="${1:-10}"
OUT_DIR="$ROOT/bench/redis/out"
RESULTS="$ROOT/bench/RESULTS.md"
mkdir -p "$OUT_DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install -y redis-server" >&2; exit 1; }
port=56400
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
  --dir "$OUT_DIR" --pidfile "$OUT_DIR/redis.pid" --logfile "$OUT_DIR/redis.log"
trap 'kill "$(cat "$OUT_DIR/redis.pid")" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.05; done

BUILD_CMD="dotnet build bench/redis -c Release"
OURS_CMD="dotnet bench/redis/bin/Release/net10.0/Federation.Redis.Bench.dll 127.0.0.1:$port 50 $SECONDS_PER_OP set,get"
THEIRS_CMD="redis-benchmark -h 127.0.0.1 -p $port -c 50 -P 16 -t get,set -n 2000000 -q --csv"
$BUILD_CMD -nologo -v:q >/dev/null
echo "+ $THEIRS_CMD"; $THEIRS_CMD | tee "$OUT_DIR/redis-benchmark.csv"
echo "+ $OURS_CMD"; $OURS_CMD | tee "$OUT_DIR/federation.csv"

rate() { grep -i "^\"\\?$2\"\\?," "$1" | head -1 | cut -d, -f2 | tr -d '"' | cut -d. -f1; }
section="$OUT_DIR/section.md"
{
  echo "<!-- redis-client:start -->"
  echo "## Redis client (Federation.Redis vs redis-benchmark)"
  echo
  echo "Same private redis-server $(redis-server --version | sed -nE 's/.*v=([0-9.]+).*/\1/p'), same run, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores."
  echo "Federation.Redis: 50 concurrent callers awaiting one command at a time on ONE multiplexed connection (automatic pipelining)."
  echo "redis-benchmark: 50 connections, 16 commands pipelined per connection. Small values (3 bytes)."
  echo
  echo "| Command | Federation.Redis (req/s) | redis-benchmark -c 50 -P 16 (req/s) | Ratio |"
  echo "|---|---:|---:|---:|"
  for op in SET GET; do
    ours="$(rate "$OUT_DIR/federation.csv" "$op")"
    theirs="$(rate "$OUT_DIR/redis-benchmark.csv" "$op")"
    echo "| $op | $ours | $theirs | $(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.0f%%", 100 * a / b }') |"
  done
  echo
  echo "Commands (from the repository root): \`bench/redis/run.sh $SECONDS_PER_OP\`, which runs"
  echo "\`$BUILD_CMD\`, \`$THEIRS_CMD\` and \`$OURS_CMD\`."
  echo "<!-- redis-client:end -->"
} >"$section"

# Replace our previous section, keep everything else; append when absent.
touch "$RESULTS"
if grep -q '<!-- redis-client:start -->' "$RESULTS"; then
  awk -v file="$section" '
    /<!-- redis-client:start -->/ { while ((getline line < file) > 0) print line; skip = 1; next }
    /<!-- redis-client:end -->/ { skip = 0; next }
    !skip { print }' "$RESULTS" >"$RESULTS.tmp" && mv "$RESULTS.tmp" "$RESULTS"
else
  { [[ -s "$RESULTS" ]] && echo; cat "$section"; } >>"$RESULTS"
fi
cat "$section"
