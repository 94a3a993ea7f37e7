#!/usr/bin/env bash
# Runs the Federation benchmarks (BenchmarkDotNet) and the graphql-js baseline on the same inputs, then writes
# bench/RESULTS.md from their JSON outputs (bench/report.mjs; no figure is typed by hand).
#
#   bench/run.sh [filter]         full run (about 5-8 minutes on 2 cores), writes bench/RESULTS.md
#   bench/run.sh --dry [filter]   smoke run (BenchmarkDotNet --job dry, node --quick), writes
#                                 bench/BenchmarkDotNet.Artifacts/RESULTS.dry.md
set -euo pipefail
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARTIFACTS=bench/BenchmarkDotNet.Artifacts
ARGS_TEXT="$*"
DRY=0
if [[ "${1:-}" == "--dry" ]]; then DRY=1; shift; fi
FILTER="${1:-*}"
if [[ $DRY == 1 ]]; then
  JOB=(--job dry); NODE_ARGS=(--quick); OUT="$ARTIFACTS/RESULTS.dry.md"
else
  JOB=(); NODE_ARGS=(); OUT=bench/RESULTS.md
fi

cd "$REPO"
# Other work on the machine skews both sides (graphql-js most: it has no outlier removal); record the load, warn when busy.
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
export LOAD_AT_START
if awk -v l="${LOAD_AT_START%% *}" 'BEGIN { exit !(l > 0.5) }'; then
  echo "warning: load average is $LOAD_AT_START; the numbers will be noisy" >&2
fi
rm -rf "$ARTIFACTS/results" "$ARTIFACTS/check"
mkdir -p "$ARTIFACTS/check"

# Every command is echoed and recorded (relative to the repository root) for the RESULTS.md footer.
commands=("bench/run.sh $ARGS_TEXT")
step() {
  echo "+ $*" >&2
  commands+=("$*")
  "$@"
}
step_in() {
  local dir="$1"; shift
  echo "+ (cd $dir && $*)" >&2
  commands+=("(cd $dir && $*)")
  (cd "$dir" && "$@")
}

step dotnet build bench/Federation.Benchmarks -c Release -nologo -v quiet
step_in bench/graphqljs npm ci --no-audit --no-fund --loglevel=error

# Both sides must compute the same responses before their speeds are compared.
step_in bench/graphqljs node bench.mjs --dump "../../$ARTIFACTS/check"
VERIFY=(dotnet run -c Release --no-build --project bench/Federation.Benchmarks -- verify "$ARTIFACTS/check")
echo "+ ${VERIFY[*]}" >&2
commands+=("${VERIFY[*]}")
"${VERIFY[@]}" | tee "$ARTIFACTS/check/verify.txt" || echo "(the responses differ: see above)" >&2

step dotnet run -c Release --no-build --project bench/Federation.Benchmarks -- \
  --filter "$FILTER" "${JOB[@]}" --exporters json --artifacts "$ARTIFACTS"

step_in bench/graphqljs node bench.mjs "${NODE_ARGS[@]}" --out "../../$ARTIFACTS/graphqljs.json"

printf -v COMMANDS '%s\n' "${commands[@]}"
node bench/report.mjs --bdn "$ARTIFACTS/results" --node "$ARTIFACTS/graphqljs.json" \
  --verify "$ARTIFACTS/check/verify.txt" --commands "$COMMANDS" --out "$OUT"
echo "results: $OUT"
