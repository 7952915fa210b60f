#!/usr/bin/env bash
# The scale figures of issue 11: starts the packaged jar on a fresh embedded database, generates the scale data
# (scale-data.sql: agreements, sources, claims; one large agreement), then prints the small and large agreements'
# comparison latencies (p50/p99), the head-of-line delay of a small comparison sent during a large one, the latency
# of a page of columns, addSource at scale, resident memory (ScaleProbe.java), and the EXPLAIN ANALYZE plans of the
# comparison's statements on the large agreement, flagging a sequential scan on claim or source.
# Build first: ./mvnw -B package -DskipTests. Needs psql and curl.
# Usage: src/test/bench/scale.sh [SOURCES=10000] [CLAIMS_PER_SOURCE=100] [AGREEMENTS=1800] [LARGE_SOURCES=1000] [ROUNDS=10]
#   e.g. src/test/bench/scale.sh 2000 50 360 1000 5 for a smaller run (2,000 sources, 100,000 claims).
#   Env: PORT (28191), MANAGEMENT_PORT (29191), PG_PORT (25591), JAVA_OPTS (default: the Deployment's flags), KEEP.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SOURCES=${1:-10000}
CLAIMS_PER_SOURCE=${2:-100}
AGREEMENTS=${3:-1800}
LARGE_SOURCES=${4:-1000}
ROUNDS=${5:-10}
PORT=${PORT:-28191}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-29191}
PG_PORT=${PG_PORT:-25591}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx160m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d /tmp/parallax-scale.XXXXXX)
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The budgets would refuse the large comparisons one after another: raised for the probe (a token client).
export PARALLAX_LIMITS_TOKEN_POINTS_PER_MINUTE=1000000000
export PARALLAX_LIMITS_ANONYMOUS_POINTS_PER_MINUTE=1000000000
# The large agreement's full comparison (every claim with its quote) is larger than the 8M default answer limit.
export PARALLAX_LIMITS_MAX_RESPONSE_SIZE=${PARALLAX_LIMITS_MAX_RESPONSE_SIZE:-64M}
java $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dparallax.embedded.data-dir="$WORK/pgdata" -Dparallax.embedded.port="$PG_PORT" \
  -Dparallax.jwt.key-dir="$WORK/jwt" -Dquarkus.log.level=WARN -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null || { echo "not ready"; tail -50 "$WORK/app.log"; exit 1; }
DB="postgres://postgres@127.0.0.1:$PG_PORT/parallax"

echo "generating: $AGREEMENTS agreements, $SOURCES sources, $CLAIMS_PER_SOURCE claims per source, $LARGE_SOURCES in the large agreement"
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -v agreements="$AGREEMENTS" -v sources="$SOURCES" -v claims_per_source="$CLAIMS_PER_SOURCE" \
  -v large_sources="$LARGE_SOURCES" -f src/test/bench/scale-data.sql "$DB" | grep -v '^Time:' | sed 's/^/  /'
echo "  generated in $(( $(date +%s) - start )) s; database size $(psql -qAt "$DB" -c "select pg_size_pretty(pg_database_size('parallax'))")"

id_of() { printf 'Agreement:%s' "$(psql -qAt "$DB" -c "select id from agreement where slug = '$1'")" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
LARGE=$(id_of scale-00001)
SMALL=$(id_of scale-00002)
SEED=$(id_of idlib-2020)
TOKEN=$(java -Dparallax.jwt.key-dir="$WORK/jwt" -jar "$JAR" mint-token --subject scale --roles editor,admin --hours 1 2>/dev/null | tail -1)
echo "service pid $APP_PID, flags: $JAVA_OPTS; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java src/test/bench/ScaleProbe.java "$PORT" "$TOKEN" "$APP_PID" "$LARGE" "$SMALL" "$SEED" seeds "$ROUNDS"

# The comparison's statements on the large agreement, as the repositories write them (SourceRepository.comparisonSql
# and comparisonPageSql, ClaimRepository.countedSql; ComparisonPlansTest guards the same on a smaller database).
LARGE_ROW=$(psql -qAt "$DB" -c "select id from agreement where slug = 'scale-00001'")
SOURCE_IDS=$(psql -qAt "$DB" -c "select '{' || string_agg(id::text, ',' order by id) || '}' from source where agreement_id = $LARGE_ROW")
COLUMNS="id, agreement_id, title, content_hash, dedup_key, outlet, url, published_on, language, file_name, created_at"
explain() {
  echo "-- $1"
  local plan
  plan=$(psql -qAt "$DB" -c "explain (analyze, costs off, timing on) $2")
  echo "$plan" | sed 's/^/   /'
  if grep -qE "Seq Scan on (claim|source)" <<< "$plan"; then echo "   !! sequential scan on claim or source"; fi
}
echo
echo "EXPLAIN ANALYZE of the comparison's statements, large agreement ($LARGE_SOURCES sources):"
explain "agreement" "select * from agreement where id = $LARGE_ROW"
explain "facets with clauses" "select f.*, c.* from facet f left join clause c on c.id = f.clause_id where f.agreement_id = any('{$LARGE_ROW}'::bigint[]) order by f.agreement_id, f.position"
explain "sources (no texts)" "select $COLUMNS from source where agreement_id = any('{$LARGE_ROW}'::bigint[]) order by id"
explain "sources, a page of 20 with its texts" "select $COLUMNS, case when id > 0 and id <= (select coalesce(max(p.id), 0) from (select id from source where agreement_id = any('{$LARGE_ROW}'::bigint[]) and id > 0 order by id limit 20) p) then text end from source where agreement_id = any('{$LARGE_ROW}'::bigint[]) order by id"
explain "counted claims" "select * from claim where source_id = any('$SOURCE_IDS'::bigint[]) and status in ('CURATED', 'CONFIRMED') order by source_id, quote_start, id"
blocked=$(grep -c "BlockedThreadChecker" "$WORK/app.log" || true)
echo
echo "blocked-thread warnings in the service's log during the run: $blocked"
