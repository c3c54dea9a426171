#!/usr/bin/env bash
# JDK 25 AOT caches side by side: first POST /api/plans answered after launch, interleaved launches
# (BENCH_ROUNDS, 5 by default) so that the shared machine's noise falls on all alike. Every launch goes
# through bin/serve with the manifest's JVM options, as operators start the service.
# Usage: bench/aot.sh 'NAME=QUARKUS_APP_DIR' ...: one row per packaged service, each started with the
# app.aot in its folder (bin/serve trains one with bin/aot-training where it is missing), then a row
# "no cache" (the last folder, DECOMPRESS_AOT=off) and, where bench/bare is built, the bare app with
# its cache. For example, a `-Paot` build's quarkus-app (aot-jar) against a fast-jar build's.
# Prints each row's launches, median and ratio to the bare app, and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
[ "$#" -gt 0 ] || { echo "usage: bench/aot.sh 'NAME=QUARKUS_APP_DIR' ..." >&2; exit 1; }
ROUNDS=${BENCH_ROUNDS:-5}
java25=$(jdk25_java)
[ -n "$java25" ] || { echo "bench/aot.sh: no JDK 25 here" >&2; exit 1; }

rows=()      # name|app|AOT setting
for arg in "$@"; do
  app=$(cd "${arg#*=}" && pwd)
  rows+=("${arg%%=*}|$app|on")
done
rows+=("no cache|$app|off")
[ ! -f bench/bare/target/quarkus-app/quarkus-run.jar ] || rows+=("bare app, its cache|bench/bare/target/quarkus-app|on")

# bin/serve trains a missing or stale cache on a first start: do it before any timed launch.
for row in "${rows[@]}"; do
  IFS='|' read -r _ app aot <<< "$row"
  DECOMPRESS_AOT=$aot start_service "$app" "$java25"; wait_first_plan > /dev/null; stop_service
done

before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A times
for ((round = 1; round <= ROUNDS; round++)); do
  for row in "${rows[@]}"; do
    IFS='|' read -r name app aot <<< "$row"
    DECOMPRESS_AOT=$aot start_service "$app" "$java25"
    times[$name]+="$(wait_first_plan) "
    stop_service
  done
done

echo "First POST /api/plans answered after launch on JDK 25 (bin/serve, $(manifest_java_opts)), ms, $ROUNDS interleaved launches;"
echo "load average $before before, $(cut -d' ' -f1-3 /proc/loadavg) after:"
bare=""
[ -z "${times[bare app, its cache]:-}" ] || bare=$(printf '%s\n' ${times[bare app, its cache]} | median)
for row in "${rows[@]}"; do
  IFS='|' read -r name _ _ <<< "$row"
  median=$(printf '%s\n' ${times[$name]} | median)
  ratio=""
  [ -z "$bare" ] || ratio=$(awk -v a="$median" -v b="$bare" 'BEGIN {printf "%.2f × the bare app", a / b}')
  printf '  %-52s median %6s   (%s)   %s\n' "$name" "$median" "${times[$name]% }" "$ratio"
done
