#!/usr/bin/env bash
# Start-up and memory, with the JVM options of the Kubernetes manifest: java -jar to the first plan
# answered (5 starts, median), whether readiness is UP at that moment, then RSS after 10,000 plans.
# Prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
package_service

times=()
ready=()
for run in 1 2 3 4 5; do
  start_service
  times+=("$(wait_first_plan)")
  ready+=("$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$BENCH_PORT/q/health/ready")")
  stop_service
done
median_ms=$(printf '%s\n' "${times[@]}" | median)
up=$(printf '%s\n' "${ready[@]}" | grep -c '^200$' || true)

start_service
trap stop_service EXIT
wait_first_plan > /dev/null
rss_start=$(rss_mb)
sent=0
while [ "$sent" -lt 10000 ]; do
  out=$(wrk -t2 -c16 -d3s -s bench/plans.lua "http://localhost:$BENCH_PORT")
  sent=$(( sent + $(echo "$out" | awk '/requests in/ {print $1}') ))
done
rss_after=$(rss_mb)
echo "Start-up ($(manifest_java_opts)): first plan after ${times[*]} ms, median ${median_ms} ms; readiness UP at the first plan in ${up} of 5; RSS ${rss_start} MB at start, ${rss_after} MB after ${sent} plans"
