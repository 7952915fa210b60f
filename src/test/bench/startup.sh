#!/usr/bin/env bash
# Start-up and memory benchmark (issue 11): starts the packaged jar RUNS times on one warm data directory (a scratch
# directory, never ~/.parallax), prints the time from process start to /q/health/ready answering UP and the phases
# read from the log (embedded PostgreSQL, Quarkus boot, Flyway, seed check, HTTP listening); then loads the last
# instance with wrk (full seed comparison, budgets off) and prints the throughput and the resident memory (VmRSS,
# VmHWM from /proc). Figures, not a timed test. Builds nothing: run ./mvnw -B package -DskipTests first.
# Usage: src/test/bench/startup.sh [RUNS=5] [LOAD_SECONDS=20] [CONNECTIONS=8, or a list: "8 32"]
#   RUN_CMD   the command that starts the service, run in the repository root (default: README's, in
#             target/quarkus-app: MALLOC_ARENA_MAX=2 java @../../deploy/jvm.options $JAVA_OPTS -jar quarkus-run.jar);
#             e.g. RUN_CMD='java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar' for the JVM's defaults
#   JAVA_OPTS extra JVM flags for the default command
#   PORT, MANAGEMENT_PORT  (default: free ports picked at start)
#   STATE_DIR where the data directory, key and home live (default: a scratch directory, deleted at the end); one
#             kept from an earlier run is warm already, so the cold start is skipped (handy to compare builds)
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
LOAD_SECONDS=${2:-20}   # 0: no load
CONNECTIONS=${3:-8}     # a list ("8 32") loads in rounds of each count
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${PORT:-$(free_port)}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$(free_port)}
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "No $APP/quarkus-run.jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
if [ -z "${RUN_CMD:-}" ]; then
  RUN_DIR=$APP
  RUN_CMD='java @../../deploy/jvm.options $JAVA_OPTS -jar quarkus-run.jar'
  # The README's command sets it (glibc: two malloc arenas, not one per allocating thread); MALLOC_ARENA_MAX= unsets.
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-2}
fi
RUN_DIR=${RUN_DIR:-.}
command -v wrk > /dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/parallax-startup.XXXXXX)
mkdir -p "${STATE_DIR:-$WORK}"
STATE=$(cd "${STATE_DIR:-$WORK}" && pwd)   # absolute: the default command runs in target/quarkus-app
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}
cleanup() {
  stop_app
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# Starts the service on the scratch data directory. Settings go through the environment, so that RUN_CMD may be any
# command; user.home points into the scratch directory too, so nothing can reach the user's ~/.parallax.
start_app() {
  local log=$1
  # exec: $! is the JVM itself, whose /proc/PID/status is the service's memory.
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    PARALLAX_EMBEDDED_DATA_DIR="$STATE/pgdata" PARALLAX_JWT_KEY_DIR="$STATE/jwt" \
    PARALLAX_LIMITS_ENABLED=false QUARKUS_HTTP_ACCESS_LOG_ENABLED=false \
    JAVA_TOOL_OPTIONS="-Duser.home=$STATE/home" JAVA_OPTS="${JAVA_OPTS:-}" \
    bash -c "cd $RUN_DIR && exec $RUN_CMD" > "$log" 2>&1 &
  APP_PID=$!
}

# Waits for /q/health/ready to say UP; prints the milliseconds since $1.
wait_ready() {
  local started=$1 log=$2
  for _ in $(seq 1 15000); do
    if curl -fs "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null | grep -q '"UP"'; then
      echo $(( $(now_ms) - started ))
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the service exited:" >&2; tail -c 3000 "$log" >&2; exit 1; }
    sleep 0.02
  done
  echo "not ready after 5 minutes" >&2; tail -c 3000 "$log" >&2; exit 1
}

# Milliseconds from $1 (epoch ms) to the first log line matching $3 in $2, or "-". A line's first time of day is its
# timestamp (UTC), in the JSON lines of the prod profile as in plain text.
phase() {
  local started=$1 log=$2 pattern=$3 line
  line=$(grep -m1 -E "$pattern" "$log" | grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}[.,][0-9]{3}' | head -1 || true)
  if [ -z "$line" ]; then echo "-"; return; fi
  local at
  at=$(date -u -d "$(date -u -d "@$((started / 1000))" +%F) ${line/,/.}" +%s%3N)
  echo $((at - started))
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

echo "command: (in $RUN_DIR) ${MALLOC_ARENA_MAX:+MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX }$RUN_CMD ${JAVA_OPTS:+(JAVA_OPTS=$JAVA_OPTS)}"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

# First start: creates the data directory, migrates and seeds it (a cold start, printed for reference).
if [ ! -f "$STATE/pgdata/PG_VERSION" ]; then
  started=$(now_ms)
  start_app "$WORK/cold.log"
  cold=$(wait_ready "$started" "$WORK/cold.log")
  stop_app
  echo "cold start (initdb, migrations, seed): $cold ms to ready"
fi

# CPU seconds the JVM has used (user + system; the PostgreSQL processes not counted): unlike wall time, hardly
# changed by other work on the machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$APP_PID/stat"; }

echo "ms from process start (JVM CPU seconds at ready):"
printf '%-4s %8s %8s %8s %8s %8s %8s %8s\n' run pg-up flyway+ flyway- seed http ready cpu-s
for run in $(seq 1 "$RUNS"); do
  log="$WORK/warm-$run.log"
  started=$(now_ms)
  start_app "$log"
  ready=$(wait_ready "$started" "$log")
  cpu=$(cpu_s)
  # Phases, ms since the process started: the embedded server accepting connections, Flyway connected (Quarkus and
  # Hibernate booted), Flyway done, the seed check done, HTTP listening; then ready as the probe saw it.
  pg=$(phase "$started" "$log" 'postmaster startup finished|embedded PostgreSQL (is )?(ready|running)')
  boot=$(phase "$started" "$log" 'Database: jdbc:')
  flyway=$(phase "$started" "$log" 'Schema .* is up to date|Successfully applied|No migration necessary')
  seed=$(phase "$started" "$log" 'Seed corpus unchanged|Seed .*new claims')
  http=$(phase "$started" "$log" 'started in .*Listening on')
  printf '%-4s %8s %8s %8s %8s %8s %8s %8s\n' "$run" "$pg" "$boot" "$flyway" "$seed" "$http" "$ready" "$cpu"
  echo "$ready" >> "$WORK/ready.txt"
  echo "$cpu" >> "$WORK/cpu.txt"
  [ "$run" -lt "$RUNS" ] && stop_app
done
echo "warm start to ready, median of $RUNS: $(median < "$WORK/ready.txt") ms (min $(sort -n "$WORK/ready.txt" | head -1), max $(sort -n "$WORK/ready.txt" | tail -1)); JVM CPU median $(median < "$WORK/cpu.txt") s"

rss() { awk -v k="$1:" '$1 == k { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"; }
echo "resident after start: VmRSS $(rss VmRSS) MiB, VmHWM $(rss VmHWM) MiB"

[ "$LOAD_SECONDS" -gt 0 ] || exit 0
# Load: the full comparison of every agreement with every nested field (as comparison-latency.mjs), CONNECTIONS
# connections for LOAD_SECONDS after a 5 s warm-up at the same concurrency.
URL="http://127.0.0.1:$PORT/graphql"
body='{"query":"{ agreements { comparison { sources { title } rows { facet { key label } consensus consensusExplanation cells { source { title } verdict explanation claims { quote { exact start end } attributedTo value { display } } } } } } }"}'
cat > "$WORK/full.lua" <<EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$body'
EOF
cat >> "$WORK/full.lua" <<'EOF'
done = function(summary, latency, requests)
  io.write(string.format("%d requests, p50 %.1f ms, p99 %.1f ms, %d non-2xx, %d timeouts\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status, summary.errors.timeout))
end
EOF
# One request first: the load means nothing if the query is refused.
curl -fs "$URL" -H 'Content-Type: application/json' -d "$body" | grep -q '"errors"' \
  && { echo "the comparison query answers with errors" >&2; exit 1; }
# CONNECTIONS may list several counts ("8 32"): one warm-up and one measured round each, in that order.
for conns in $CONNECTIONS; do
  wrk -t2 -c"$conns" -d5s --timeout 30s -s "$WORK/full.lua" "$URL" > /dev/null
  ( while kill -0 "$APP_PID" 2>/dev/null; do rss VmRSS; echo; sleep 0.5; done ) > "$WORK/rss.txt" 2>/dev/null &
  SAMPLER=$!
  cpu_before=$(cpu_s)
  wrk -t2 -c"$conns" -d"${LOAD_SECONDS}s" --timeout 30s --latency -s "$WORK/full.lua" "$URL" > "$WORK/wrk.txt"
  cpu_after=$(cpu_s)
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  max_rss=$(sort -n "$WORK/rss.txt" | tail -1)
  requests=$(tail -1 "$WORK/wrk.txt" | awk '{ print $1 }')
  # JVM CPU per request: throughput's cost without the noise of the other work on the machine (wall time).
  cpu_per_request=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$requests" 'BEGIN { if (n > 0) printf "%.1f", (b - a) * 1000 / n; else print "-" }')
  echo "load: $conns connections, $(awk '/requests in/ { print $4 }' "$WORK/wrk.txt"), full comparison: $(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt") rps, $(tail -1 "$WORK/wrk.txt"); JVM CPU $cpu_per_request ms per request"
  echo "resident under load: VmRSS max $max_rss MiB (sampled every 0.5 s); after: VmRSS $(rss VmRSS) MiB, VmHWM $(rss VmHWM) MiB"
done
