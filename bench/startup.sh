#!/usr/bin/env bash
# Start-up and memory: java -jar to the first plan answered (median of 5), then RSS after 10,000
# plans. Prints one summary line. Usage: bench/startup.sh   (BENCH_XMX=128m by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
package_service

times=()
for run in 1 2 3 4 5; do
  start_service
  times+=("$(wait_first_plan)")
  stop_service
done
median_ms=$(printf '%s\n' "${times[@]}" | median)

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
echo "Start-up (-Xmx$BENCH_XMX $BENCH_JAVA_OPTS): first plan after ${times[*]} ms, median ${median_ms} ms; RSS ${rss_start} MB at start, ${rss_after} MB after ${sent} plans"
