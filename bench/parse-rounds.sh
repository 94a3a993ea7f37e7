#!/usr/bin/env bash
# Parse only, graphql-js and Federation interleaved in the same run: ROUNDS rounds of graphql-js's Parse/ cases
# (bench.mjs --only Parse/) then ParseBenchmarks (BenchmarkDotNet short job, in process), with the load average of each.
#   bash bench/parse-rounds.sh          (after: dotnet build bench/Federation.Benchmarks -c Release; cd bench/graphqljs && npm ci)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROUNDS="${ROUNDS:-2}"
for r in $(seq 1 "$ROUNDS"); do
  echo "== round $r, load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd bench/graphqljs && node bench.mjs --only Parse/ 2>&1 >/dev/null)
  echo "-- Federation, load $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet bench/Federation.Benchmarks/bin/Release/net10.0/Federation.Benchmarks.dll --filter '*ParseBenchmarks*' \
    --job short --inProcess --artifacts bench/BenchmarkDotNet.Artifacts/parse-rounds 2>&1 | grep -E '^\| (Method|KitchenSink|Introspection)'
done
echo "== end, load $(cut -d' ' -f1-3 /proc/loadavg)"
