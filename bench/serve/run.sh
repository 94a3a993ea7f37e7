#!/usr/bin/env bash
# The serving benchmark: wrk on loopback against four servers, one at a time, for two queries:
#   ceiling  bench/serve/Ceiling: bare Kestrel answering the identical response bytes (no GraphQL)
#   fed      fed serve --schema schema.graphql --root root.json (Release)
#   yoga     graphql-yoga 5 on node serving the same schema and data (bench/serve/yoga)
#   gqlnet   GraphQL.NET 8.8.5's executor behind a minimal ASP.NET Core endpoint (bench/serve/GraphQLNetServer)
# Queries: hello.json ({ hello }) and items.json (100 objects of 5 fields).
# Usage: bash bench/serve/run.sh [--append]   (--append writes the table into bench/RESULTS.md, between its markers)
# Settings: DURATION (s, default 10), WARMUP (s, 3), THREADS (wrk threads, 1), CONNECTIONS (32), ROUNDS (3; best counts).
# Run it on a quiet machine (check `uptime`): the three servers and wrk share the cores.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/.out"
DURATION="${DURATION:-10}" WARMUP="${WARMUP:-3}" THREADS="${THREADS:-1}" CONNECTIONS="${CONNECTIONS:-32}" ROUNDS="${ROUNDS:-3}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DOTNET_gcServer="${DOTNET_gcServer:-1}"   # the .NET servers run with the server GC
APPEND=0
[[ "${1:-}" == "--append" ]] && APPEND=1
mkdir -p "$OUT"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)"; exit 1; }

dotnet build "$ROOT/cli/Federation.Cli" -c Release -nologo -v:quiet >/dev/null
dotnet build "$HERE/Ceiling" -c Release -nologo -v:quiet >/dev/null
dotnet build "$HERE/GraphQLNetServer" -c Release -nologo -v:quiet >/dev/null
(cd "$HERE/yoga" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
FED="$ROOT/cli/Federation.Cli/bin/Release/net10.0/fed.dll"
CEILING="$HERE/Ceiling/bin/Release/net10.0/Ceiling.dll"
GQLNET="$HERE/GraphQLNetServer/bin/Release/net10.0/GraphQLNetServer.dll"

source "$HERE/../wrk-lib.sh"   # start_server, post, measure, stop_servers
query() { post "$1" "$HERE/$2.json"; }

# Federation first: its answers become the ceiling's canned bytes.
start_server fed /graphql dotnet "$FED" serve --schema "$HERE/schema.graphql" --root "$HERE/root.json" --port 0
for q in hello items; do query fed "$q" >"$OUT/$q.response.json"; done
start_server ceiling /graphql dotnet "$CEILING" 0 "$HERE/hello.json" "$OUT/hello.response.json" "$HERE/items.json" "$OUT/items.response.json"
start_server yoga /graphql node "$HERE/yoga/server.mjs" 0
start_server gqlnet /graphql dotnet "$GQLNET" 0 "$HERE/schema.graphql" "$HERE/root.json"
for q in hello items; do
  cmp -s <(query ceiling "$q") "$OUT/$q.response.json" || { echo "ceiling answer differs for $q"; exit 1; }
  for peer in yoga gqlnet; do
    node -e 'const [n,a,b]=[process.argv[1],...process.argv.slice(2).map(f=>JSON.parse(require("fs").readFileSync(f,"utf8")))]; if (JSON.stringify(a)!==JSON.stringify(b)) { console.error(n+" answer differs"); process.exit(1); }' \
      "$peer" <(query "$peer" "$q") "$OUT/$q.response.json"
  done
done

# ROUNDS rounds, the servers interleaved within each round (so drift in the machine's load hits all three); the
# best round of each server counts (the run least disturbed by other work on a shared machine).
declare -A RPS
for round in $(seq 1 "$ROUNDS"); do
  for q in hello items; do
    for name in ceiling fed yoga gqlnet; do
      r="$(measure "$name" "$HERE/$q.json" "$OUT/$name-$q-$round.wrk")"
      echo "round $round $q $name: $r req/s"
      if [[ -z "${RPS[$name-$q]:-}" ]] || awk -v a="$r" -v b="${RPS[$name-$q]}" 'BEGIN { exit !(a > b) }'; then RPS[$name-$q]="$r"; fi
    done
  done
done
stop_servers

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
TABLE="$(
  echo "| Query | ceiling (bare Kestrel) req/s | Federation req/s | graphql-yoga req/s | GraphQL.NET req/s | Federation / ceiling | Federation / yoga | Federation / GraphQL.NET |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for q in hello items; do
    label="\`{ hello }\`"; [[ $q == items ]] && label="100 objects × 5 fields"
    printf '| %s | %.0f | %.0f | %.0f | %.0f | %s%% | %sx | %sx |\n' "$label" "${RPS[ceiling-$q]}" "${RPS[fed-$q]}" "${RPS[yoga-$q]}" "${RPS[gqlnet-$q]}" \
      "$(awk -v a="${RPS[fed-$q]}" -v b="${RPS[ceiling-$q]}" 'BEGIN { printf "%.0f", 100 * a / b }')" "$(ratio "${RPS[fed-$q]}" "${RPS[yoga-$q]}")" \
      "$(ratio "${RPS[fed-$q]}" "${RPS[gqlnet-$q]}")"
  done
)"
echo "$TABLE"

if [[ $APPEND -eq 1 ]]; then
  SECTION="$OUT/section.md"
  {
    echo "<!-- http-serve:start -->"
    echo "## Serving over HTTP (bench/serve/run.sh)"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores, load before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg);"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (after a ${WARMUP}s warm-up) on 127.0.0.1, POST /graphql with \`Accept: application/json\`;"
    echo "one server measured at a time, $ROUNDS rounds interleaving the servers, best round per cell;"
    echo "the three .NET servers with DOTNET_gcServer=$DOTNET_gcServer. GraphQL.NET: DocumentExecuter and GraphQL.SystemTextJson behind a"
    echo "minimal ASP.NET Core endpoint (GraphQLNetServer/), parsed documents cached as GraphQL.MemoryCache would."
    echo "Command: \`ROUNDS=$ROUNDS DURATION=$DURATION WARMUP=$WARMUP bash bench/serve/run.sh --append\`."
    echo
    echo "$TABLE"
    echo "<!-- http-serve:end -->"
  } >"$SECTION"
  # Replaces the previous section between the markers (bench/report.mjs keeps marked sections), or appends it.
  node -e '
    const fs = require("fs");
    const [file, sectionFile] = process.argv.slice(1);
    const section = fs.readFileSync(sectionFile, "utf8").trimEnd();
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    const marked = /<!-- http-serve:start -->[\s\S]*?<!-- http-serve:end -->/;
    fs.writeFileSync(file, marked.test(text) ? text.replace(marked, () => section) : text.trimEnd() + "\n\n" + section + "\n");
  ' "$ROOT/bench/RESULTS.md" "$SECTION"
  echo "wrote the http-serve section of bench/RESULTS.md"
fi
