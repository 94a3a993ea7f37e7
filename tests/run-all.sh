#!/usr/bin/env bash
# THE test command: builds the solution once, runs every test project and the differential test against graphql-js,
# then prints one aggregated line "N passed, N failed" and exits non-zero on any failure.
# Needs only the .NET SDK and node/npm. Working files go to .test-run/ (gitignored).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUN_DIR="$ROOT/.test-run"
CONFIGURATION="${CONFIGURATION:-Release}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export CI="${CI:-true}"
# Snapshooter.Xunit writes a missing snapshot and passes unless strict mode is on: in CI a missing snapshot fails.
if [[ "$CI" == true || "$CI" == 1 ]]; then export SNAPSHOOTER_STRICT_MODE=true; fi
mkdir -p "$RUN_DIR"

TOTAL_PASSED=0
TOTAL_FAILED=0
FAILED_STEPS=()

note() { printf '\n==> %s\n' "$*"; }

# --- Services for later issues (PostgreSQL, Redis) -------------------------------------------------------------
# Not started yet: call them from main() when a test project needs them. Both listen on 127.0.0.1 only and keep
# their data under .test-run/ so a run never touches the machine's own services.
start_postgres() {
  local bin=/usr/lib/postgresql/15/bin data="$RUN_DIR/postgres" port="${PGPORT:-55432}"
  rm -rf "$data" && mkdir -p "$data"
  "$bin/initdb" -D "$data" -U postgres -A trust >"$RUN_DIR/postgres-init.log"
  "$bin/pg_ctl" -D "$data" -l "$RUN_DIR/postgres.log" -o "-h 127.0.0.1 -p $port -k $data" -w start
  export FEDERATION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
  trap_add "'$bin/pg_ctl' -D '$data' -m fast stop >/dev/null 2>&1 || true"
}

# Redis (issue 4, tests/Federation.GraphQL.Redis.Tests and fed serve --redis in tests/Federation.Cli.Tests): installs redis-server when missing, starts a private instance on a
# free port of 127.0.0.1 (never the machine's 6379), exports FEDERATION_TEST_REDIS=host:port and stops it at exit.
install_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  note "installing redis-server"
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update >"$RUN_DIR/apt.log" 2>&1 && apt-get install -y redis-server >>"$RUN_DIR/apt.log" 2>&1
  else
    sudo apt-get update >"$RUN_DIR/apt.log" 2>&1 && sudo apt-get install -y redis-server >>"$RUN_DIR/apt.log" 2>&1
  fi || { tail -n 20 "$RUN_DIR/apt.log"; return 1; }
}

free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start_redis() {
  install_redis || { echo "redis-server unavailable: the Redis tests will report it"; return 0; }
  local port i
  port="$(free_port "${REDIS_PORT:-56379}")"
  rm -f "$RUN_DIR/redis.pid"
  redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --dir "$RUN_DIR" --pidfile "$RUN_DIR/redis.pid" --logfile "$RUN_DIR/redis.log"
  trap_add "[[ -f '$RUN_DIR/redis.pid' ]] && kill \$(cat '$RUN_DIR/redis.pid') >/dev/null 2>&1 || true"
  for i in $(seq 1 100); do
    redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && break
    sleep 0.05
  done
  export FEDERATION_TEST_REDIS="127.0.0.1:$port"
  note "redis-server on $FEDERATION_TEST_REDIS"
}

# Redis Cluster (tests/Federation.GraphQL.Redis.Tests/Cluster): three primaries (no replicas) on free ports of 127.0.0.1, data
# under .test-run/redis-cluster/, exports FEDERATION_TEST_REDIS_CLUSTER=host:port,host:port,host:port and stops them at exit.
start_redis_cluster() {
  install_redis || { echo "redis-server unavailable: the Redis cluster tests will report it"; return 0; }
  # A cluster node also listens on port+10000 (the cluster bus): both must be free, so the ports stay below 55536.
  local dir="$RUN_DIR/redis-cluster" port="${REDIS_CLUSTER_PORT:-47000}" ports=() p i
  rm -rf "$dir" && mkdir -p "$dir"
  for i in 1 2 3; do
    port="$(free_port "$port")"
    while [[ "$(free_port $((port + 10000)))" -ne $((port + 10000)) ]]; do port="$(free_port $((port + 1)))"; done
    redis-server --cluster-enabled yes --cluster-config-file "$dir/nodes-$port.conf" --port "$port" --bind 127.0.0.1 \
      --save '' --appendonly no --daemonize yes --dir "$dir" --pidfile "$dir/redis-$port.pid" --logfile "$dir/redis-$port.log"
    trap_add "[[ -f '$dir/redis-$port.pid' ]] && kill \$(cat '$dir/redis-$port.pid') >/dev/null 2>&1 || true"
    ports+=("$port")
    port=$((port + 1))
  done
  for p in "${ports[@]}"; do
    for i in $(seq 1 100); do redis-cli -p "$p" ping >/dev/null 2>&1 && break; sleep 0.05; done
  done
  redis-cli --cluster create "127.0.0.1:${ports[0]}" "127.0.0.1:${ports[1]}" "127.0.0.1:${ports[2]}" \
    --cluster-replicas 0 --cluster-yes >"$dir/create.log" 2>&1 || { cat "$dir/create.log"; return 0; }
  for p in "${ports[@]}"; do
    for i in $(seq 1 200); do redis-cli -p "$p" cluster info 2>/dev/null | grep -q 'cluster_state:ok' && break; sleep 0.05; done
  done
  export FEDERATION_TEST_REDIS_CLUSTER="127.0.0.1:${ports[0]},127.0.0.1:${ports[1]},127.0.0.1:${ports[2]}"
  note "redis cluster on $FEDERATION_TEST_REDIS_CLUSTER"
}

CLEANUP=()
trap_add() { CLEANUP+=("$1"); }
cleanup() { local c; for c in "${CLEANUP[@]+"${CLEANUP[@]}"}"; do eval "$c"; done; }
trap cleanup EXIT

# --- Steps ------------------------------------------------------------------------------------------------------
build() {
  note "dotnet build Federation.sln ($CONFIGURATION)"
  dotnet build Federation.sln -c "$CONFIGURATION" -warnaserror -nologo -v:minimal
}

# Runs one test project without rebuilding; adds its counts from the "Passed!/Failed!" summary line.
test_project() {
  local project="$1" name log
  name="$(basename "$project" .csproj)"
  log="$RUN_DIR/$name.log"
  note "dotnet test $name"
  local status=0
  dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo 2>&1 | tee "$log" || status=$?
  local summary passed failed
  summary="$(grep -E '(Passed|Failed)!' "$log" | tail -1 || true)"
  passed="$(sed -nE 's/.*Passed: *([0-9]+).*/\1/p' <<<"$summary")"
  failed="$(sed -nE 's/.*Failed: *([0-9]+),.*/\1/p' <<<"$summary")"
  if [[ -z "$summary" ]]; then
    # No summary: the run itself broke (or the project has no tests); count it as one failure unless it passed.
    if [[ $status -ne 0 ]]; then failed=1; else failed=0; fi
    passed=0
  fi
  TOTAL_PASSED=$((TOTAL_PASSED + ${passed:-0}))
  TOTAL_FAILED=$((TOTAL_FAILED + ${failed:-0}))
  if [[ $status -ne 0 ]]; then
    FAILED_STEPS+=("$name")
    if [[ "${failed:-0}" -eq 0 ]]; then TOTAL_FAILED=$((TOTAL_FAILED + 1)); fi
  fi
}

# npm ci in a test folder (log: $RUN_DIR/npm-ci-<name>.log; extra arguments go to npm ci). A failure is listed and
# counted as one failed test; returns non-zero so that the step stops.
npm_ci() {
  local dir="$1" name="$2"; shift 2
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error "$@" >"$RUN_DIR/npm-ci-$name.log" 2>&1) && return 0
  cat "$RUN_DIR/npm-ci-$name.log"; FAILED_STEPS+=("npm ci ($name)"); TOTAL_FAILED=$((TOTAL_FAILED + 1)); return 1
}

# `node --test` in a test folder with the given VAR=value settings (log: $RUN_DIR/<name>.log), counted into the totals.
node_test_step() {
  local dir="$1" name="$2"; shift 2
  local log="$RUN_DIR/$name.log" status=0
  (cd "$dir" && env "$@" timeout 300 node --test) >"$log" 2>&1 || status=$?
  count_node_tests "$log" "$status" "$name"
  grep -E '^# (pass|fail) ' "$log" || true
}

differential() {
  note "differential test against graphql-js"
  npm_ci tests/interop interop || return 0
  # The runner's own comparison tests (node:test).
  local unit="$RUN_DIR/differential-unit.log" unit_status=0
  node --test tests/interop/ >"$unit" 2>&1 || unit_status=$?
  count_node_tests "$unit" "$unit_status" "differential runner tests"

  local fed="$ROOT/cli/Federation.Cli/bin/$CONFIGURATION/net10.0/fed.dll" log="$RUN_DIR/differential.log" status=0
  node tests/interop/differential.mjs --fed "$fed" --out "$RUN_DIR" >"$log" 2>&1 || status=$?
  # Failing cases can be many; show the first ones and the summary lines, keep the whole log.
  grep '^FAIL ' "$log" | head -n "${DIFF_SHOW:-40}" | cut -c1-400 || true
  grep -v '^FAIL \|^    ' "$log" || true
  local last passed failed
  last="$(tail -n 1 "$log")"
  passed="$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\1/p' <<<"$last")"
  failed="$(sed -nE 's/^([0-9]+) passed, ([0-9]+) failed$/\2/p' <<<"$last")"
  if [[ -z "$passed" ]]; then passed=0; failed=1; fi
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  if [[ $status -ne 0 ]]; then FAILED_STEPS+=("differential (full log: $log)"); fi
}

# Adds the counts of a node:test run ("# pass N" / "# fail N") to the totals; a run that broke counts as one failure.
count_node_tests() {
  local log="$1" status="$2" step="$3" passed failed
  passed="$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$log" | tail -1)"
  failed="$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$log" | tail -1)"
  TOTAL_PASSED=$((TOTAL_PASSED + ${passed:-0}))
  TOTAL_FAILED=$((TOTAL_FAILED + ${failed:-0}))
  if [[ $status -ne 0 ]]; then
    grep -E '^\s*not ok|# (pass|fail) ' "$log" | head -n 40 || true
    FAILED_STEPS+=("$step (full log: $log)")
    if [[ "${failed:-0}" -eq 0 ]]; then TOTAL_FAILED=$((TOTAL_FAILED + 1)); fi
  fi
}

# Node clients against a real `fed serve` (tests/interop-serve): graphql-http's GraphQL-over-HTTP audits, and the
# WebSocket and SSE client suites beside them. Each test file starts its own server on 127.0.0.1 with a free port.
interop_serve() {
  note "interop-serve: node clients against fed serve"
  npm_ci tests/interop-serve serve || return 0
  node_test_step tests/interop-serve interop-serve FED_DLL="$ROOT/cli/Federation.Cli/bin/$CONFIGURATION/net10.0/fed.dll"
}

# Apollo's composition (@apollo/composition, pinned) against the Federation.Subgraph test subgraphs
# (tests/interop-subgraph): each is started from tests/interop-subgraph/host on 127.0.0.1 with a free port, its
# `_service { sdl }` fetched and the three composed; `_entities` answers are checked too. (subgraph helper)
interop_subgraph() {
  note "interop-subgraph: Apollo composition of Federation.Subgraph subgraphs"
  npm_ci tests/interop-subgraph subgraph || return 0
  node_test_step tests/interop-subgraph interop-subgraph \
    SUBGRAPH_HOST_DLL="$ROOT/tests/interop-subgraph/host/bin/$CONFIGURATION/net10.0/Federation.Subgraph.TestHost.dll"
}

# Apollo's subgraph compatibility suite (tests/interop-compat, @apollo/federation-subgraph-compatibility-tests pinned):
# run-compat.mjs starts its reference users/inventory subgraphs, the C# products subgraph and Apollo Gateway on the
# suite's fixed ports (4000-4003, 8088; it refuses to start when one is taken), runs the suite's own jest tests, then
# ftv1.test.mjs (node:test: traces decoded with Apollo's reports.proto, directly and by the gateway), and stops them.
# Counted: jest's "Tests: N passed, N total" and node's "# pass/# fail". Installed with --ignore-scripts: the suite's
# rover dependency downloads a binary in a postinstall.
interop_compat() {
  note "interop-compat: Apollo's subgraph compatibility suite against the C# products subgraph"
  npm_ci tests/interop-compat compat --ignore-scripts || return 0
  local dll="$ROOT/tests/interop-compat/products/bin/$CONFIGURATION/net10.0/Federation.Compat.Products.dll"
  local log="$RUN_DIR/interop-compat.log" status=0 summary passed failed
  (cd tests/interop-compat && timeout 300 node run-compat.mjs --products "$dll") >"$log" 2>&1 || status=$?
  summary="$(grep -E '^Tests: ' "$log" | tail -1 || true)"
  passed="$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$summary")"
  failed="$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$summary")"
  TOTAL_PASSED=$((TOTAL_PASSED + ${passed:-0}))
  TOTAL_FAILED=$((TOTAL_FAILED + ${failed:-0}))
  [[ -n "$summary" ]] && echo "jest $summary"
  # ftv1.test.mjs's counts; a broken run (no jest summary, a runner error) counts as one failure.
  count_node_tests "$log" 0 "interop-compat ftv1"
  grep -E '^# (pass|fail) ' "$log" || true
  if [[ $status -ne 0 ]]; then
    grep -E '^\[compat\]|^(FAIL|  ●) |^not ok' "$log" | head -n 40 || true
    FAILED_STEPS+=("interop-compat (full log: $log)")
    if [[ "${failed:-0}" -eq 0 && -z "$(sed -nE 's/^# fail ([1-9][0-9]*)$/\1/p' "$log")" ]]; then TOTAL_FAILED=$((TOTAL_FAILED + 1)); fi
  fi
}

# Peer gateways and composers over our subgraphs (tests/interop-gateway): bench/Subgraphs (the gateway benchmark's four
# subgraphs, one app on a free port of 127.0.0.1) behind Apollo Gateway and Hive Gateway, which must return the
# benchmark query's expected response exactly; @apollo/composition and @theguild/federation-composition compose those
# subgraphs and the tests/interop-subgraph/host ones. (gateways helper)
interop_gateway() {
  note "interop-gateway: Apollo Gateway and Hive Gateway over bench/Subgraphs, two composers"
  npm_ci tests/interop-gateway gateway || return 0
  node_test_step tests/interop-gateway interop-gateway \
    BENCH_SUBGRAPHS_DLL="$ROOT/bench/Subgraphs/bin/$CONFIGURATION/net10.0/Federation.Bench.Subgraphs.dll" \
    SUBGRAPH_HOST_DLL="$ROOT/tests/interop-subgraph/host/bin/$CONFIGURATION/net10.0/Federation.Subgraph.TestHost.dll"
}

# Differential composition (tests/interop-composition): fed compose --batch against @apollo/composition over the
# subgraph sets of cases.mjs; prints "composition agreement: N/M". (composition helper)
interop_composition() {
  note "interop-composition: fed compose against @apollo/composition"
  npm_ci tests/interop-composition composition || return 0
  node_test_step tests/interop-composition interop-composition FED_DLL="$ROOT/cli/Federation.Cli/bin/$CONFIGURATION/net10.0/fed.dll"
  grep -E 'composition agreement' "$RUN_DIR/interop-composition.log" || true
}

main() {
  if ! build; then
    printf '\nfailed: build\n'
    echo "0 passed, 1 failed"
    exit 1
  fi
  # start_postgres   # later: when a test project needs PostgreSQL
  start_redis        # tests/Federation.GraphQL.Redis.Tests, tests/Federation.Cli.Tests (fed serve --redis)
  start_redis_cluster  # tests/Federation.GraphQL.Redis.Tests/Cluster
  local project
  while IFS= read -r project; do
    test_project "$project"
  done < <(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
  differential
  interop_serve
  interop_subgraph
  interop_compat
  interop_gateway
  interop_composition

  if [[ ${#FAILED_STEPS[@]} -gt 0 ]]; then
    printf '\nfailed: %s\n' "${FAILED_STEPS[*]}"
  fi
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  [[ $TOTAL_FAILED -eq 0 && ${#FAILED_STEPS[@]} -eq 0 ]]
}

main "$@"
