#!/usr/bin/env bash
# The load benchmark in one command (DD020): build the production jar, empty and seed the benchmark
# database through JDBC, start the jar on MariaDB/MySQL, run the Gatling simulation while sampling the
# app's CPU and heap, stop the app and print a summary. Figures land in target/load/.
#
#   src/test/load/run.sh                  # 50 concurrent users
#   USERS=200 src/test/load/run.sh        # or 500; RAMP/HOLD seconds, RUSH logins (default 100)
#   SKIP_BUILD=1 SKIP_SEED=1 ...           # reuse the jar and the seeded database
#
# Database from SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD (default: local involvement_load,
# user involvement). The database is EMPTIED first: never point this at a real one.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
LOAD="$ROOT/src/test/load"
OUT="$ROOT/target/load"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
PORT="${PORT:-8186}"
HEAP="${HEAP:-768m}"
USERS="${USERS:-50}"
RAMP="${RAMP:-60}"
HOLD="${HOLD:-180}"
RUSH="${RUSH:-100}"
export SPRING_DATASOURCE_URL="${SPRING_DATASOURCE_URL:-jdbc:mysql://127.0.0.1:3306/involvement_load}"
export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-involvement}"
export SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-involvement}"
MVN="$ROOT/mvnw -B -q ${MAVEN_OFFLINE--o}"  # MAVEN_OFFLINE= (empty) to let Maven download

mkdir -p "$OUT"
cd "$ROOT"

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building the production jar"
    $MVN -Pproduction package -DskipTests
fi
JAR="$(ls "$ROOT"/target/involvement-portal-*.jar | grep -v original | head -1)"

echo "== compiling the benchmark"
$MVN -f "$LOAD/pom.xml" test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
    -Dmdep.includeScope=test
SEEDER=("$JAVA" -cp "$LOAD/target/test-classes:$(cat "$LOAD/target/classpath.txt")" app.involvement.load.BenchmarkData)

if [[ -z "${SKIP_SEED:-}" ]]; then
    echo "== emptying the benchmark database"
    "${SEEDER[@]}" reset
fi

echo "== starting the production jar on port $PORT (heap $HEAP)"
SPRING_PROFILES_ACTIVE=mysql SERVER_PORT="$PORT" \
    SPRING_MAIL_HOST="${SPRING_MAIL_HOST:-127.0.0.1}" SPRING_MAIL_PORT="${SPRING_MAIL_PORT:-3106}" \
    INVOLVEMENT_MAIL_FROM=no-reply@load.example INVOLVEMENT_BASE_URL="http://localhost:$PORT" \
    "$JAVA" "-Xmx$HEAP" -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
started=$(date +%s)
until curl -sf "http://localhost:$PORT/readyz" > /dev/null; do
    kill -0 $APP 2>/dev/null || { echo "the app stopped; see $OUT/app.log"; exit 1; }
    (( $(date +%s) - started < 300 )) || { echo "the app did not get ready in 300 s"; exit 1; }
    sleep 2
done
echo "   ready after $(( $(date +%s) - started )) s"

if [[ -z "${SKIP_SEED:-}" ]]; then
    echo "== seeding (JDBC)"
    "${SEEDER[@]}" seed
fi

echo "== sampling the app (pid $APP) every 5 s into $OUT/app-samples.csv"
"$LOAD/sample-jvm.sh" $APP 5 > "$OUT/app-samples.csv" &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true; kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT

echo "== Gatling: $USERS concurrent users (ramp $RAMP s, hold $HOLD s) + a rush of $RUSH logins in 60 s"
set +e
$MVN -f "$LOAD/pom.xml" gatling:test -Dload.baseUrl="http://localhost:$PORT" -Dload.users="$USERS" \
    -Dload.ramp="$RAMP" -Dload.hold="$HOLD" -Dload.rush="$RUSH" 2>&1 | tee "$OUT/gatling.log" | grep -v "^\s*$" | tail -60
GATLING_RC=${PIPESTATUS[0]}
set -e

kill $SAMPLER 2>/dev/null || true
REPORT="$(ls -dt "$LOAD"/target/gatling/*/ 2>/dev/null | head -1)"
python3 "$LOAD/summarise.py" "$REPORT" "$OUT/app-samples.csv" \
    "$USERS concurrent users, login rush of $RUSH in 60 s, ramp $RAMP s, hold $HOLD s" | tee "$OUT/summary-$USERS.txt"
echo "Gatling report: $REPORT/index.html"
exit $GATLING_RC
