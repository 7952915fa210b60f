#!/usr/bin/env bash
# Cost-per-client benchmark (issue 12): starts the packaged app with small-memory flags, loads it with six anonymous
# clients sending batches of five full comparisons of a large agreement, and prints a simple query's p95 and the
# JVM's resident memory. Build first: ./mvnw -B package -DskipTests
# Usage: src/test/bench/load.sh [SOURCES=40] [SECONDS=30] [BATCH_SIZE=5]   (PORT, JAVA_OPTS and LIMITS may be set;
#   e.g. LIMITS="-Dparallax.limits.enabled=false" shows the same load without budgets)
set -euo pipefail
cd "$(dirname "$0")/../../.."
SOURCES=${1:-40}
SECONDS_UNDER_LOAD=${2:-30}
BATCH_SIZE=${3:-5}
LIMITS=${LIMITS:-}
PORT=${PORT:-18089}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
# The recommended small-memory flags; the heap is what the budgets keep enough.
# Measured once (busy machine): 240 MB resident under the load with these, ~315 MB with -Xmx160m and C2.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx128m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=32m -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1"}
# glibc gives each thread that allocates its own 64 MB arena by default: two keep native memory small.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/parallax-bench.XXXXXX)
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# Behind a proxy: the six clients and the probe are told apart by X-Forwarded-For, as a proxy would set it.
java $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
  -Dparallax.embedded.data-dir="$WORK/pgdata" -Dparallax.jwt.key-dir="$WORK/jwt" \
  -Dquarkus.http.proxy.proxy-address-forwarding=true -Dquarkus.http.proxy.allow-x-forwarded=true \
  -Dquarkus.log.level=WARN $LIMITS -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "not ready"; tail -50 "$WORK/app.log"; exit 1; }
TOKEN=$(java -Dparallax.jwt.key-dir="$WORK/jwt" -jar "$JAR" mint-token --subject bench --roles editor,admin --hours 1 2>/dev/null | tail -1)
echo "app pid $APP_PID, flags: $JAVA_OPTS"
java src/test/bench/Load.java "$PORT" "$TOKEN" "$APP_PID" seeds "$SOURCES" "$SECONDS_UNDER_LOAD" "$BATCH_SIZE"
