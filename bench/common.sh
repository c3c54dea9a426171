# Shared by the bench scripts: install tools, package the service, start and stop it.
BENCH_PORT=${BENCH_PORT:-8089}
BENCH_XMX=${BENCH_XMX:-128m}
# Further JVM options, for example BENCH_JAVA_OPTS="-XX:+UseSerialGC" (see BENCHMARKS.md).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
JAR=target/quarkus-app/quarkus-run.jar

need() { # need COMMAND [DEBIAN_PACKAGE]
  command -v "$1" >/dev/null 2>&1 && return
  echo "installing ${2:-$1} (Debian)" >&2
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${2:-$1}" >/dev/null
}

package_service() {
  [ -f "$JAR" ] && [ "${BENCH_REBUILD:-0}" = 0 ] && return
  ./mvnw -B -q package -DskipTests
}

start_service() { # start_service [extra JVM options]; sets SERVICE_PID and START_NS
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086
  java -Xmx"$BENCH_XMX" $BENCH_JAVA_OPTS "$@" -Dquarkus.http.port="$BENCH_PORT" -Dquarkus.log.console.json.enabled=false \
    -jar "$JAR" > target/bench-service.log 2>&1 &
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

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
