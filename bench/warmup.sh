#!/usr/bin/env bash
# JIT warm-up: a fresh service under plan load, the server CPU per plan in each of the first six
# 8-second windows. The steady cost is reached when the figures stop falling. Prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
package_service
WINDOWS=${BENCH_WINDOWS:-6}

start_service
trap stop_service EXIT
wait_first_plan > /dev/null
costs=()
for window in $(seq "$WINDOWS"); do
  read -r _ us < <(cpu_per_request 8 -s bench/plans.lua "http://localhost:$BENCH_PORT")
  costs+=("$(awk -v us="$us" 'BEGIN {printf "%.2f", us / 1000}')")
done
echo "Warm-up ($(manifest_java_opts)): server CPU per plan in successive 8 s windows: $(IFS=,; echo "${costs[*]}" | sed 's/,/, /g') ms"
