# Shared by the bench scripts: install tools, package the service, start and stop it, read its CPU time.
BENCH_PORT=${BENCH_PORT:-8089}
# The service under test; BENCH_JAR=/elsewhere/target/quarkus-app/quarkus-run.jar measures another build
# (for example the commit before a change) with the same scripts, on the same day.
JAR=${BENCH_JAR:-target/quarkus-app/quarkus-run.jar}
CLK_TCK=$(getconf CLK_TCK)

need() { # need COMMAND [DEBIAN_PACKAGE]
  command -v "$1" >/dev/null 2>&1 && return
  echo "installing ${2:-$1} (Debian)" >&2
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${2:-$1}" >/dev/null
}

package_service() {
  [ -f "$JAR" ] && [ "${BENCH_REBUILD:-0}" = 0 ] && return
  [ -z "${BENCH_JAR:-}" ] || { echo "no service at $JAR" >&2; exit 1; }
  ./mvnw -B -q package -DskipTests
}

# The JVM options the Kubernetes manifest ships (what bin/serve uses), unless BENCH_JAVA_OPTS says otherwise.
manifest_java_opts() {
  if [ -n "${BENCH_JAVA_OPTS:-}" ]; then echo "$BENCH_JAVA_OPTS"; return; fi
  sed -n 's/^quarkus\.kubernetes\.env\.vars\.JAVA_OPTS_APPEND=//p' src/main/resources/application.properties
}

# The JDK 25 bin/serve would choose, or nothing.
jdk25_java() { DECOMPRESS_PRINT_JAVA=1 bin/serve 2>/dev/null | awk '$2 >= 25 {print $1}'; }

start_service() { # start_service [APP_DIR [JAVA]]: launched by bin/serve as operators do; sets SERVICE_PID and START_NS
  local app=${1:-$(dirname "$JAR")} java=${2:-${BENCH_JAVA:-}}
  START_NS=$(date +%s%N)
  DECOMPRESS_APP="$app" DECOMPRESS_JAVA="$java" JAVA_OPTS_APPEND="$(manifest_java_opts)" \
    QUARKUS_HTTP_PORT="$BENCH_PORT" QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    bin/serve > target/bench-service.log 2>&1 &
  SERVICE_PID=$!
}

wait_first_plan() { # prints milliseconds from start to the first plan answered
  until curl -sf -o /dev/null -XPOST "http://localhost:$BENCH_PORT/api/plans" -H 'content-type: application/json' -d '{"painLevel": 4}'; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service died: see target/bench-service.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - START_NS) / 1000000 ))
}

stop_service() {
  kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true
}

rss_mb() { echo $(( $(ps -o rss= -p "$SERVICE_PID") / 1024 )); }

# CPU time the service has used so far (user + system), in clock ticks (fields 14 and 15 of /proc/PID/stat).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }

# cpu_per_request SECONDS WRK_ARGS...: runs wrk, prints "requests microseconds-of-server-CPU-per-request".
cpu_per_request() {
  local seconds=$1; shift
  local before after out requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"${BENCH_CONNECTIONS:-16}" -d"${seconds}s" "$@")
  after=$(cpu_ticks)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  if echo "$out" | grep -q 'Non-2xx'; then echo "errors in: wrk $*" >&2; echo "$out" >&2; exit 1; fi
  awk -v r="$requests" -v t=$((after - before)) -v hz="$CLK_TCK" 'BEGIN {printf "%d %.0f\n", r, t * 1e6 / hz / r}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
