#!/usr/bin/env bash
# The _entities benchmark: wrk on loopback, POST of `_entities` with 100 Product representations (upc plus the
# @requires fields price and weight, as a gateway sends them for shippingEstimate) against two servers, one at a time:
#   fed   the inventory subgraph of bench/Subgraphs (C#, Federation.Subgraph, Release), path /inventory
#   node  the same subgraph on @apollo/subgraph + @apollo/server 5 (bench/entities/node), NODE_ENV=production
# Both answers must be the same bytes (Apollo Server adds one trailing newline) before anything is measured.
# Usage: bash bench/entities/run.sh [--append]   (--append writes the section into bench/RESULTS.md, between its markers)
# Settings: DURATION (s, default 10), WARMUP (s, 3), THREADS (wrk threads, 1), CONNECTIONS (32), ROUNDS (3; best counts),
# COUNT (representations, 100). Run it on a quiet machine (check `uptime`): both servers and wrk share the cores.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/.out"
DURATION="${DURATION:-10}" WARMUP="${WARMUP:-3}" THREADS="${THREADS:-1}" CONNECTIONS="${CONNECTIONS:-32}" ROUNDS="${ROUNDS:-3}" COUNT="${COUNT:-100}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DOTNET_gcServer="${DOTNET_gcServer:-1}"
APPEND=0
[[ "${1:-}" == "--append" ]] && APPEND=1
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }

dotnet build "$ROOT/bench/Subgraphs" -c Release -nologo -v:quiet >/dev/null
(cd "$HERE/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
APP="$ROOT/bench/Subgraphs/bin/Release/net10.0/Federation.Bench.Subgraphs.dll"
node "$HERE/body.mjs" "$COUNT" >"$OUT/body.json"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

source "$HERE/../wrk-lib.sh"   # start_server, post, measure, stop_servers
query() { post "$1" "$OUT/body.json"; }

start_server fed /inventory dotnet "$APP" --urls http://127.0.0.1:0
NODE_ENV=production start_server node / node "$HERE/node/server.mjs" 0
query fed >"$OUT/fed.response.json"
query node >"$OUT/node.response.json"
# Same bytes, but for the newline Apollo Server appends; and a real answer: COUNT entities, no errors.
cmp -s "$OUT/fed.response.json" <(head -c -1 "$OUT/node.response.json") || { echo "the answers differ: $OUT/fed.response.json $OUT/node.response.json"; exit 1; }
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  if (r.errors || r.data._entities.length !== Number(process.argv[2]) || r.data._entities.some((e) => e === null)) { console.error("bad answer"); process.exit(1); }
' "$OUT/fed.response.json" "$COUNT"
echo "answers equal: $(wc -c <"$OUT/fed.response.json") bytes, $COUNT entities"

declare -A RPS
ROUND_LINES=()
for round in $(seq 1 "$ROUNDS"); do
  for name in fed node; do
    r="$(measure "$name" "$OUT/body.json" "$OUT/$name-$round.wrk")"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    echo "round $round $name: $r req/s (load $load)"
    ROUND_LINES+=("round $round $name $(printf '%.0f' "$r") req/s (1-min load $load)")
    if [[ -z "${RPS[$name]:-}" ]] || awk -v a="$r" -v b="${RPS[$name]}" 'BEGIN { exit !(a > b) }'; then RPS[$name]="$r"; fi
  done
done
stop_servers
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

RATIO="$(awk -v a="${RPS[fed]}" -v b="${RPS[node]}" 'BEGIN { printf "%.2f", a / b }')"
TABLE="$(
  echo "| Request | Federation (C#) req/s | @apollo/subgraph (node) req/s | Federation / node |"
  echo "| --- | ---: | ---: | ---: |"
  printf '| `_entities`, %s Product representations with `@requires` fields | %.0f | %.0f | %sx |\n' "$COUNT" "${RPS[fed]}" "${RPS[node]}" "$RATIO"
)"
echo "$TABLE"

if [[ $APPEND -eq 1 ]]; then
  SECTION="$OUT/section.md"
  # the settings that differ from the defaults, so that the command in the section is the one that ran
  SETTINGS=""
  for setting in DURATION=10 WARMUP=3 THREADS=1 CONNECTIONS=32 ROUNDS=3 COUNT=100; do
    key="${setting%%=*}"
    [[ "${!key}" != "${setting#*=}" ]] && SETTINGS+="${SETTINGS:+ }$key=${!key}"
  done
  {
    echo "<!-- entities:start -->"
    echo "## Subgraph \`_entities\` (bench/entities/run.sh)"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average before the run: $LOAD_BEFORE, after: $LOAD_AFTER (the machine is shared);"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after a ${WARMUP}s warm-up) on 127.0.0.1, POST of \`_entities\` with $COUNT \`Product\`"
    echo "representations (\`upc\`, \`price\`, \`weight\`) selecting \`__typename upc inStock shippingEstimate\`, identical answers"
    echo "($(wc -c <"$OUT/fed.response.json") bytes) checked before measuring; C#: bench/Subgraphs \`/inventory\` (schema first, batch reference"
    echo "resolver, DOTNET_gcServer=$DOTNET_gcServer); node: @apollo/subgraph 2.14.4 + @apollo/server 5.5.1 standalone, NODE_ENV=production;"
    echo "one server measured at a time, $ROUNDS rounds interleaving them, best round each. Command: \`$SETTINGS${SETTINGS:+ }bash bench/entities/run.sh --append\`."
    echo
    echo "$TABLE"
    echo
    echo "Every round: $(IFS=';'; echo "${ROUND_LINES[*]}" | sed 's/;/; /g')."
    echo "<!-- entities:end -->"
  } >"$SECTION"
  node -e '
    const fs = require("fs");
    const [file, sectionFile] = process.argv.slice(1);
    const section = fs.readFileSync(sectionFile, "utf8").trimEnd();
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const marked = /<!-- entities:start -->[\s\S]*?<!-- entities:end -->/;
    fs.writeFileSync(file, marked.test(text) ? text.replace(marked, () => section) : text.trimEnd() + "\n\n" + section + "\n");
  ' "$ROOT/bench/RESULTS.md" "$SECTION"
  echo "wrote the entities section of bench/RESULTS.md"
fi
