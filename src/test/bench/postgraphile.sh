#!/usr/bin/env bash
# Parallax against PostGraphile v5 (issue 11): the same embedded database, the same data (the seed corpus), the
# same run. Starts the packaged jar (which starts the embedded PostgreSQL on a fixed port), then PostGraphile v5
# (npm `postgraphile@5`, under Node 22 from npm `node@22`, both installed into a scratch directory that is never
# committed) over that database, checks that both answer the full comparison, and loads both with wrk at c=1, 8
# and 32, alternating the servers over three rounds, with the raw SQL floor (pgbench running the one statement
# below) beside them. Prints rps, p50 and p99 per round and the medians with the ratio.
# Build first: ./mvnw -B package -DskipTests. Needs wrk (apt-get install wrk), pgbench, npm, curl, python3.
# Usage: src/test/bench/postgraphile.sh [SECONDS_PER_RUN=10]
#   Env: PORT (Parallax, 28091), MANAGEMENT_PORT (its health checks, 29091), PG_PORT (embedded PostgreSQL, 25491),
#   GRAPHILE_PORT (28092), SCRATCH (npm packages, default /tmp/parallax-postgraphile; kept between runs), JAVA_OPTS
#   (default: the Deployment's flags), ROUNDS (3), CONCURRENCY ("1 8 32"), WARMUP (seconds of unmeasured load on
#   each server first, 30; the JVM compiles its hot code meanwhile).
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_PER_RUN=${1:-10}
PORT=${PORT:-28091}
PG_PORT=${PG_PORT:-25491}
GRAPHILE_PORT=${GRAPHILE_PORT:-28092}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-29091}
SCRATCH=${SCRATCH:-/tmp/parallax-postgraphile}
ROUNDS=${ROUNDS:-3}
# Unmeasured load on each server first, at c=8: the JVM needs it to compile its hot code (a busy machine needs more).
WARMUP=${WARMUP:-30}
CONCURRENCY=${CONCURRENCY:-"1 8 32"}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in wrk pgbench npm curl python3; do
  command -v "$tool" > /dev/null || { echo "$tool is needed (wrk: apt-get install wrk)" >&2; exit 2; }
done
# The Deployment's JVM options (deploy/k8s/deployment.yaml), as shipped.
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xmx128m -Xss512k -XX:MetaspaceSize=80m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# ---- PostGraphile v5 and Node 22 into the scratch directory ------------------------------------------------
mkdir -p "$SCRATCH"
if [ ! -x "$SCRATCH/node_modules/node/bin/node" ] || [ ! -d "$SCRATCH/node_modules/postgraphile" ]; then
  echo "installing node@22 and postgraphile@5 into $SCRATCH ..."
  (cd "$SCRATCH" && { [ -f package.json ] || npm init -y > /dev/null; } \
    && npm install --no-audit --no-fund node@22 postgraphile@5 > npm-install.log 2>&1) \
    || { tail -20 "$SCRATCH/npm-install.log"; exit 1; }
fi
NODE="$SCRATCH/node_modules/node/bin/node"
GRAPHILE_VERSION=$("$NODE" -p "require('$SCRATCH/node_modules/postgraphile/package.json').version")

WORK=$(mktemp -d /tmp/parallax-vs-postgraphile.XXXXXX)
APP_PID=
GRAPHILE_PID=
cleanup() {
  [ -n "$GRAPHILE_PID" ] && kill "$GRAPHILE_PID" 2>/dev/null && wait "$GRAPHILE_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# ---- Parallax (starts the embedded PostgreSQL; user postgres, no password, database parallax) -------------
# The anonymous budget (600 points a minute, 4 at once) would refuse the load within a second: raised here.
export PARALLAX_LIMITS_ANONYMOUS_POINTS_PER_MINUTE=1000000000
export PARALLAX_LIMITS_ANONYMOUS_MAX_CONCURRENT=64
java $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT_PORT" \
  -Dparallax.embedded.data-dir="$WORK/pgdata" -Dparallax.embedded.port="$PG_PORT" \
  -Dparallax.jwt.key-dir="$WORK/jwt" -Dquarkus.log.level=WARN -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" > /dev/null || { echo "Parallax not ready"; tail -50 "$WORK/app.log"; exit 1; }
DB_URL="postgres://postgres@127.0.0.1:$PG_PORT/parallax"

# ---- PostGraphile v5 over the same database -----------------------------------------------------------------
cat > "$WORK/graphile.config.mjs" <<EOF
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
export default {
  extends: [PostGraphileAmberPreset],
  // Order and filter by any column (by default only indexed ones): facet.position, claim.status.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ connectionString: "$DB_URL", schemas: ["public"], poolConfig: { max: 20 } })],
  grafserv: { port: $GRAPHILE_PORT, host: "127.0.0.1", watch: false, graphiql: false },
  grafast: { explain: false },
};
EOF
cp "$WORK/graphile.config.mjs" "$SCRATCH/graphile.config.mjs"
(cd "$SCRATCH" && NODE_ENV=production exec "$NODE" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs) \
  > "$WORK/graphile.log" 2>&1 &
GRAPHILE_PID=$!
for _ in $(seq 1 60); do
  curl -fs -H 'Content-Type: application/json' -d '{"query":"{__typename}"}' \
    "http://127.0.0.1:$GRAPHILE_PORT/graphql" > /dev/null 2>&1 && break
  kill -0 "$GRAPHILE_PID" 2>/dev/null || { cat "$WORK/graphile.log"; exit 1; }
  sleep 1
done

# ---- The equivalent queries ----------------------------------------------------------------------------------
SLUG=$(psql -qAt "$DB_URL" -c "select slug from agreement order by id limit 1")
AGREEMENT_ROW=$(psql -qAt "$DB_URL" -c "select id from agreement where slug = '$SLUG'")
AGREEMENT_ID=$(curl -fs -H 'Content-Type: application/json' -d '{"query":"{ agreements { id slug } }"}' \
  "http://127.0.0.1:$PORT/graphql" | python3 -c "import json,sys; print(next(a['id'] for a in json.load(sys.stdin)['data']['agreements'] if a['slug']=='$SLUG'))")
# Parallax: the full comparison (agreement -> facets -> cells -> claims with quote, value, source) plus its verdicts.
PARALLAX_QUERY='query FullComparison($id: ID!) { comparison(agreementId: $id) { agreement { id title } sources { id title outlet }
  rows { facet { key label kind expected { display } } consensus consensusExplanation
    cells { source { id title } verdict explanation
      claims { id attributedTo status quote { exact start end } value { kind display } } } } } }'
# PostGraphile: the same data (counted claims: CURATED and CONFIRMED) from its generated schema.
GRAPHILE_QUERY='query FullComparison($slug: String!) { agreementBySlug(slug: $slug) { rowId title
  facetsByAgreementId(orderBy: POSITION_ASC) { nodes { key label kind expected
    curated: claimsByFacetId(condition: { status: "CURATED" }, orderBy: PRIMARY_KEY_ASC) { nodes { rowId attributedTo status quoteExact quoteStart quoteEnd value sourceBySourceId { rowId title outlet } } }
    confirmed: claimsByFacetId(condition: { status: "CONFIRMED" }, orderBy: PRIMARY_KEY_ASC) { nodes { rowId attributedTo status quoteExact quoteStart quoteEnd value sourceBySourceId { rowId title outlet } } } } } } }'
python3 - "$WORK" "$PARALLAX_QUERY" "$AGREEMENT_ID" "$GRAPHILE_QUERY" "$SLUG" <<'EOF'
import json, sys
work, pq, pid, gq, slug = sys.argv[1:]
for name, q, v in (("parallax", pq, {"id": pid}), ("graphile", gq, {"slug": slug})):
    body = json.dumps({"query": q, "variables": v})
    open(f"{work}/{name}.json", "w").write(body)
    open(f"{work}/{name}.lua", "w").write(
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ' + json.dumps(body) + "\n")
EOF
check() { # name port -> bytes of a correct answer, or exits
  local out
  out=$(curl -s -H 'Content-Type: application/json' --data-binary @"$WORK/$1.json" "http://127.0.0.1:$2/graphql")
  python3 -c "import json,sys; d=json.loads(sys.argv[1]); assert 'errors' not in d and d['data'], d" "$out" 2> /dev/null \
    || { echo "$1 did not answer the comparison: ${out:0:600}" >&2; exit 1; }
  echo -n "${#out}"
}
P_BYTES=$(check parallax "$PORT")
G_BYTES=$(check graphile "$GRAPHILE_PORT")
read -r SOURCES FACETS CLAIMS <<< "$(psql -qAt -F' ' "$DB_URL" -c "select (select count(*) from source where agreement_id = $AGREEMENT_ROW),
  (select count(*) from facet where agreement_id = $AGREEMENT_ROW),
  (select count(*) from claim c join source s on s.id = c.source_id where s.agreement_id = $AGREEMENT_ROW and c.status in ('CURATED','CONFIRMED'))")"

# The raw SQL floor: one statement returning the same tree as JSON (what a hand-written endpoint would run).
cat > "$WORK/floor.sql" <<EOF
select json_build_object('id', a.id, 'title', a.title, 'facets', (
  select coalesce(json_agg(json_build_object('key', f.key, 'label', f.label, 'kind', f.kind, 'expected', f.expected,
    'claims', (select coalesce(json_agg(json_build_object('id', c.id, 'attributedTo', c.attributed_to, 'status', c.status,
        'exact', c.quote_exact, 'start', c.quote_start, 'end', c.quote_end, 'value', c.value,
        'source', json_build_object('id', s.id, 'title', s.title, 'outlet', s.outlet)) order by c.id), '[]')
      from claim c join source s on s.id = c.source_id
      where c.facet_id = f.id and c.status in ('CURATED', 'CONFIRMED')))
    order by f.position), '[]') from facet f where f.agreement_id = a.id))
from agreement a where a.id = $AGREEMENT_ROW;
EOF

ms() { # wrk's "1.23ms" / "850.00us" / "1.02s" -> milliseconds
  python3 -c "import re,sys; m=re.match(r'([\d.]+)(us|ms|s|m)', sys.argv[1]); v=float(m[1]); print(round(v/1000 if m[2]=='us' else v*1000 if m[2]=='s' else v*60000 if m[2]=='m' else v, 2))" "$1"
}
RESULTS="$WORK/results.tsv"
run_wrk() { # server port c round
  local threads=$(( $3 < 2 ? 1 : 2 ))
  local out
  out=$(wrk -t"$threads" -c"$3" -d"${SECONDS_PER_RUN}s" --timeout 30s --latency -s "$WORK/$1.lua" "http://127.0.0.1:$2/graphql")
  local rps p50 p99 bad
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(ms "$(awk '$1=="50%" {print $2}' <<< "$out")")
  p99=$(ms "$(awk '$1=="99%" {print $2}' <<< "$out")")
  bad=$(awk '/Non-2xx/ {print $4}' <<< "$out"); bad=${bad:-0}
  [ "$bad" = 0 ] || echo "  WARNING: $1 answered $bad non-2xx responses at c=$3" >&2
  ! grep -q "Socket errors" <<< "$out" || echo "  WARNING: $1 at c=$3: $(grep 'Socket errors' <<< "$out")" >&2
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$4" "$1" "$3" "$rps" "$p50" "$p99" >> "$RESULTS"
  printf '  round %s  %-9s c=%-3s %9.1f rps  p50 %8.2f ms  p99 %8.2f ms\n' "$4" "$1" "$3" "$rps" "$p50" "$p99"
}
run_pgbench() { # c round
  local threads=$(( $1 < 2 ? 1 : 2 ))
  rm -f "$WORK"/pgbench_log.*
  (cd "$WORK" && pgbench -n -M prepared -f floor.sql -c "$1" -j "$threads" -T "$SECONDS_PER_RUN" -l \
    "postgres://postgres@127.0.0.1:$PG_PORT/parallax" > pgbench.out 2>&1) || { cat "$WORK/pgbench.out"; exit 1; }
  local tps p50 p99
  tps=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.out")
  read -r p50 p99 <<< "$(cat "$WORK"/pgbench_log.* | awk '{print $3/1000}' | sort -n \
    | awk '{v[NR]=$1} END {printf "%.2f %.2f", v[int(NR*0.5)+1], v[int(NR*0.99)+1]}')"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$2" "sql" "$1" "$tps" "$p50" "$p99" >> "$RESULTS"
  printf '  round %s  %-9s c=%-3s %9.1f tps  p50 %8.2f ms  p99 %8.2f ms\n' "$2" "sql" "$1" "$tps" "$p50" "$p99"
}

echo "Parallax ($JAR, JAVA_OPTS: $JAVA_OPTS) vs PostGraphile $GRAPHILE_VERSION (Node $("$NODE" --version))"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data: agreement '$SLUG': $SOURCES sources, $FACETS facets, $CLAIMS counted claims; answers: Parallax $P_BYTES bytes, PostGraphile $G_BYTES bytes"
echo "Parallax's anonymous budget raised for the benchmark: PARALLAX_LIMITS_ANONYMOUS_POINTS_PER_MINUTE=1000000000,"
echo "  PARALLAX_LIMITS_ANONYMOUS_MAX_CONCURRENT=64 (defaults 600 and 4 would refuse the load)."
echo "wrk ${SECONDS_PER_RUN} s per run, servers alternating, warm-up: ${WARMUP} s of each at c=8 (not counted)"
wrk -t2 -c8 -d"${WARMUP}s" --timeout 30s -s "$WORK/parallax.lua" "http://127.0.0.1:$PORT/graphql" > /dev/null
wrk -t2 -c8 -d"${WARMUP}s" --timeout 30s -s "$WORK/graphile.lua" "http://127.0.0.1:$GRAPHILE_PORT/graphql" > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  for c in $CONCURRENCY; do
    if [ $(( round % 2 )) = 1 ]; then
      run_wrk parallax "$PORT" "$c" "$round"; run_wrk graphile "$GRAPHILE_PORT" "$c" "$round"
    else
      run_wrk graphile "$GRAPHILE_PORT" "$c" "$round"; run_wrk parallax "$PORT" "$c" "$round"
    fi
    run_pgbench "$c" "$round"
  done
done
RSS_P=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
RSS_G=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$GRAPHILE_PID/status")
echo
echo "Medians over $ROUNDS rounds (rps; p50 / p99 in ms):"
python3 - "$RESULTS" "$CONCURRENCY" <<'EOF'
import statistics, sys
rows = [l.split("\t") for l in open(sys.argv[1]).read().splitlines()]
med = lambda server, c, i: statistics.median(float(r[i]) for r in rows if r[1] == server and r[2] == c)
print(f"| | {' | '.join('c=' + c for c in sys.argv[2].split())} |")
print("|---|" + "---|" * len(sys.argv[2].split()))
for server, name in (("parallax", "Parallax"), ("graphile", "PostGraphile"), ("sql", "SQL floor (pgbench)")):
    cells = [f"{med(server, c, 3):,.0f} rps, {med(server, c, 4):.1f} / {med(server, c, 5):.1f} ms" for c in sys.argv[2].split()]
    print(f"| {name} | {' | '.join(cells)} |")
ratios = [med("parallax", c, 3) / med("graphile", c, 3) for c in sys.argv[2].split()]
print("| Parallax ÷ PostGraphile (rps) | " + " | ".join(f"{r:.2f}×" for r in ratios) + " |")
EOF
echo "resident memory after the load: Parallax ${RSS_P} MiB, PostGraphile ${RSS_G} MiB (the embedded PostgreSQL not counted)"
