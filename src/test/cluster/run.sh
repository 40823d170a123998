#!/usr/bin/env bash
# The two-instance proof (issue 13, DD024): two instances of the PRODUCTION jar on one MariaDB database behind
# Debian's nginx with sticky routing; a browser journey through the proxy; SIGTERM to the instance holding the
# session mid-journey. Prints PASS/FAIL per check and a final verdict; exits non-zero on failure.
#
#   src/test/cluster/run.sh            (needs: JDK 21+, chromium + chromedriver, nginx, MariaDB)
#
# Environment (.ci/run passes the same defaults):
#   CLUSTER_DB           database to use, dropped and created afresh   (involvement_cluster)
#   CLUSTER_APP_PORTS    the two instances' ports                      ("18081 18082")
#   CLUSTER_PROXY_PORT   nginx                                         (18080)
#   CLUSTER_SMTP_PORT    the mail server (GreenMail, started by the journey) (12525)
#   CLUSTER_JAR          use this production jar instead of building one
#   CLUSTER_DB_ADMIN     command that runs SQL as an administrator     ("mysql -uroot")
set -euo pipefail

cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../../.."
REPO="$(pwd)"
DB="${CLUSTER_DB:-involvement_cluster}"
read -r PORT1 PORT2 <<<"${CLUSTER_APP_PORTS:-18081 18082}"
PROXY_PORT="${CLUSTER_PROXY_PORT:-18080}"
SMTP_PORT="${CLUSTER_SMTP_PORT:-12525}"
DB_ADMIN="${CLUSTER_DB_ADMIN:-mysql -uroot}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
WORK="$REPO/target/cluster"
START=$SECONDS

rm -rf "$WORK"
mkdir -p "$WORK/nginx-tmp"
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

fail() {
    echo "CLUSTER PROOF: FAIL - $*"
    for f in "$WORK"/app-*.log "$WORK"/nginx-error.log; do
        [ -f "$f" ] && { echo "---- last lines of $f"; tail -n 40 "$f"; }
    done
    exit 1
}

for tool in /usr/sbin/nginx /usr/bin/chromium /usr/bin/chromedriver; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (see .ci/run)"
done

# ---- the production jar, built from a copy so the working tree keeps its development front end
if [ -n "${CLUSTER_JAR:-}" ]; then
    JAR="$CLUSTER_JAR"
else
    echo "== building the production jar (./mvnw -Pproduction package -DskipTests) in $WORK/build"
    mkdir -p "$WORK/build"
    cp -a pom.xml mvnw .mvn src frontend "$WORK/build/"
    [ -d node_modules ] && cp -a node_modules "$WORK/build/" || true
    rm -rf "$WORK/build/src/test"
    (cd "$WORK/build" && ./mvnw -B -ntp -q -Pproduction package -DskipTests -Dmaven.test.skip=true </dev/null) \
        || fail "the production build failed"
    JAR="$(ls "$WORK"/build/target/involvement-portal-*.jar | head -n1)"
    echo "   built in $((SECONDS - START)) s: $JAR"
fi
[ -f "$JAR" ] || fail "no production jar at $JAR"

# ---- the journey's classpath (Selenium, the JDBC driver, Spring Security's Argon2) from the test scope
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" </dev/null \
    || fail "could not resolve the journey's classpath"

# ---- a fresh database
$DB_ADMIN </dev/null -e "
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'involvement'@'localhost' IDENTIFIED BY 'involvement';
CREATE USER IF NOT EXISTS 'involvement'@'127.0.0.1' IDENTIFIED BY 'involvement';
GRANT ALL PRIVILEGES ON $DB.* TO 'involvement'@'localhost';
GRANT ALL PRIVILEGES ON $DB.* TO 'involvement'@'127.0.0.1';
FLUSH PRIVILEGES;" || fail "could not create database $DB"
DB_URL="jdbc:mysql://127.0.0.1:3306/$DB"

# ---- two instances of the production jar, configured as in production (profile mysql, environment only).
# The command-line settings say what differs here: a plain local mail server (GreenMail, no STARTTLS), MariaDB 10.11
# standing in for MySQL 8 (the driver reports MariaDB as 5.5.5), and logging of the readiness changes.
start_instance() {
    local port="$1"
    env SPRING_PROFILES_ACTIVE=mysql PORT="$port" \
        SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME=involvement SPRING_DATASOURCE_PASSWORD=involvement \
        SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" \
        INVOLVEMENT_BASE_URL="http://localhost:$PROXY_PORT" \
        "$JAVA" -Xmx512m -jar "$JAR" \
        --spring.mail.properties.mail.smtp.starttls.enable=false \
        --spring.mail.properties.mail.smtp.starttls.required=false \
        --spring.jpa.properties.jakarta.persistence.database-product-name=MySQL \
        --spring.jpa.properties.jakarta.persistence.database-major-version=8 \
        --spring.jpa.properties.jakarta.persistence.database-minor-version=0 \
        --involvement.mail.dispatch-interval=2s \
        --logging.level.org.springframework.boot.availability=DEBUG \
        >"$WORK/app-$port.log" 2>&1 </dev/null &
    echo $! >"$WORK/app-$port.pid"
    PIDS+=($!)
}
start_instance "$PORT1"
start_instance "$PORT2"

wait_up() {
    local port="$1"
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null; then
            return 0
        fi
        kill -0 "$(cat "$WORK/app-$port.pid")" 2>/dev/null || fail "instance $port exited while starting"
        sleep 1
    done
    fail "instance $port did not answer /login within 240 s"
}
wait_up "$PORT1"
wait_up "$PORT2"
echo "== both instances up after $((SECONDS - START)) s"

# ---- nginx with its own configuration, as a child of this script (not the system service)
sed -e "s|@WORK@|$WORK|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" -e "s|@APP1@|$PORT1|g" -e "s|@APP2@|$PORT2|g" \
    src/test/cluster/nginx.conf.template >"$WORK/nginx.conf"
/usr/sbin/nginx -t -c "$WORK/nginx.conf" -p "$WORK" -g "error_log $WORK/nginx-error.log;" >/dev/null 2>&1 \
    || { /usr/sbin/nginx -t -c "$WORK/nginx.conf" -p "$WORK"; fail "nginx configuration refused"; }
/usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK" -g "error_log $WORK/nginx-error.log;" >"$WORK/nginx.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 30); do
    curl -fs -o /dev/null "http://localhost:$PROXY_PORT/login" 2>/dev/null && break
    sleep 1
done

# ---- the journey
rc=0
CLUSTER_PROXY_URL="http://localhost:$PROXY_PORT" CLUSTER_DB_URL="$DB_URL" CLUSTER_DB_USER=involvement \
    CLUSTER_DB_PASSWORD=involvement CLUSTER_ACCESS_LOG="$WORK/nginx-access.log" CLUSTER_SMTP_PORT="$SMTP_PORT" \
    CLUSTER_WORK="$WORK" \
    "$JAVA" -cp "$(cat "$WORK/classpath.txt")" src/test/cluster/ClusterJourney.java || rc=$?

# ---- the stopped instance: readiness went down before the web server stopped taking requests
stopped=""
for port in "$PORT1" "$PORT2"; do
    kill -0 "$(cat "$WORK/app-$port.pid")" 2>/dev/null || stopped="$port"
done
if [ -n "$stopped" ]; then
    log="$WORK/app-$stopped.log"
    refusing="$(grep -n 'REFUSING_TRAFFIC' "$log" | head -n1 | cut -d: -f1)"
    draining="$(grep -n 'Commencing graceful shutdown' "$log" | head -n1 | cut -d: -f1)"
    if [ -n "$refusing" ] && [ -n "$draining" ] && [ "$refusing" -lt "$draining" ]; then
        echo "PASS: the stopped instance ($stopped) reported readiness REFUSING_TRAFFIC before its graceful shutdown"
    else
        echo "FAIL: readiness/graceful-shutdown order in $log (REFUSING_TRAFFIC line ${refusing:-none}, drain line ${draining:-none})"
        rc=1
    fi
    if grep -q 'Graceful shutdown complete' "$log"; then
        echo "PASS: the stopped instance finished its requests in flight (graceful shutdown complete)"
    else
        echo "FAIL: no 'Graceful shutdown complete' in $log"
        rc=1
    fi
else
    echo "FAIL: no instance was stopped"
    rc=1
fi

echo "== cluster proof took $((SECONDS - START)) s"
if [ "$rc" -ne 0 ]; then
    fail "see the checks above (logs in $WORK)"
fi
echo "CLUSTER PROOF: PASS"
