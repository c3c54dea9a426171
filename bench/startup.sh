#!/usr/bin/env bash
# Start-up, side by side in one run: the bare Quarkus app (bench/bare: the same Quarkus, REST and
# Jackson, one POST), the same app with every extension the service has (-Pextensions: what Quarkus
# itself costs for the service's features) and the service, on Java 17 and, where it is installed, on JDK 25 with the AOT
# cache. Every launch goes through bin/serve with the manifest's JVM options, as operators start the
# service; the launches are interleaved (five rounds), so machine noise falls on all alike.
# Prints, per row, milliseconds from launch to the first POST /api/plans answered (each launch and
# the median) and the ratio to the bare app on the same JDK; then the service's RSS after 10,000
# plans on each JDK. BENCH_JAR=/elsewhere/target/quarkus-app/quarkus-run.jar adds that build as
# "before" (for example the commit before a change), measured in the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
[ -f bench/bare/target/quarkus-app/quarkus-run.jar ] || (cd bench/bare && ../../mvnw -B -q package -DskipTests)
[ -f bench/bare/target/extensions/quarkus-app/quarkus-run.jar ] || (cd bench/bare && ../../mvnw -B -q package -DskipTests -Pextensions)
ROUNDS=${BENCH_ROUNDS:-5}

java17=$(readlink -f "$(command -v java)")
java25=$(jdk25_java)
rows=()      # name|app|java
add_rows() { # add_rows JDK_LABEL JAVA
  rows+=("bare app, $1|bench/bare/target/quarkus-app|$2")
  rows+=("bare + service's extensions, $1|bench/bare/target/extensions/quarkus-app|$2")
  [ -z "${BENCH_JAR:-}" ] || rows+=("before, $1|$(dirname "$BENCH_JAR")|$2")
  rows+=("service, $1|target/quarkus-app|$2")
}
add_rows "Java 17" "$java17"
[ -z "$java25" ] || add_rows "JDK 25 + AOT cache" "$java25"

# Train the caches first (bin/serve does it on a first start), so no timed launch trains.
for row in "${rows[@]}"; do
  IFS='|' read -r _ app java <<< "$row"
  start_service "$app" "$java"; wait_first_plan > /dev/null; stop_service
done

declare -A times
for ((round = 1; round <= ROUNDS; round++)); do
  for row in "${rows[@]}"; do
    IFS='|' read -r name app java <<< "$row"
    start_service "$app" "$java"
    times[$name]+="$(wait_first_plan) "
    stop_service
  done
done

declare -A medians
echo "First POST /api/plans answered after launch (bin/serve, $(manifest_java_opts)), ms, $ROUNDS interleaved launches:"
for row in "${rows[@]}"; do
  IFS='|' read -r name _ java <<< "$row"
  medians[$name]=$(printf '%s\n' ${times[$name]} | median)
done
for row in "${rows[@]}"; do
  IFS='|' read -r name _ java <<< "$row"
  bare="bare app, ${name#*, }"
  printf '  %-44s median %6s   (%s)   %s × the bare app\n' "$name" "${medians[$name]}" "${times[$name]% }" \
    "$(awk -v a="${medians[$name]}" -v b="${medians[$bare]}" 'BEGIN {printf "%.2f", a / b}')"
done

for row in "${rows[@]}"; do
  IFS='|' read -r name app java <<< "$row"
  [[ $name == service,* || $name == before,* ]] || continue
  start_service "$app" "$java"
  wait_first_plan > /dev/null
  rss_start=$(rss_mb)
  sent=0
  while [ "$sent" -lt 10000 ]; do
    out=$(wrk -t2 -c16 -d3s -s bench/plans.lua "http://localhost:$BENCH_PORT")
    sent=$(( sent + $(echo "$out" | awk '/requests in/ {print $1}') ))
  done
  echo "  RSS, $name: ${rss_start} MB at the first plan, $(rss_mb) MB after ${sent} plans"
  stop_service
done
