#!/usr/bin/env bash
# A/B server CPU per request of two builds, both running at once, measured in alternating windows
# (A, B, A, B...) so that the shared machine's drift falls on both alike: the median CPU per plan and
# per catalog GET of each, and their ratio. Usage: bench/ab.sh OTHER_QUARKUS_APP_DIR
# (BENCH_WINDOWS=6 BENCH_WINDOW=10 BENCH_WARMUP=30 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
other=${1:?usage: bench/ab.sh OTHER_QUARKUS_APP_DIR}
WINDOWS=${BENCH_WINDOWS:-6}
WINDOW=${BENCH_WINDOW:-10}
WARMUP=${BENCH_WARMUP:-30}
package_service

declare -A pid port
port[A]=$BENCH_PORT; port[B]=$((BENCH_PORT + 1))
start() { # start NAME APP
  BENCH_PORT=${port[$1]} start_service "$2"; pid[$1]=$SERVICE_PID
  BENCH_PORT=${port[$1]} wait_first_plan > /dev/null
}
start A "$other"
start B "$(dirname "$JAR")"
trap 'kill ${pid[A]} ${pid[B]} 2>/dev/null' EXIT
for side in A B; do
  wrk -t2 -c16 -d"${WARMUP}s" -s bench/plans.lua "http://localhost:${port[$side]}" > /dev/null
  wrk -t2 -c16 -d10s "http://localhost:${port[$side]}/api/exercises" > /dev/null
done
declare -A plans catalog
for ((w = 0; w < WINDOWS; w++)); do
  for side in A B; do
    SERVICE_PID=${pid[$side]}
    read -r _ us < <(cpu_per_request "$WINDOW" -s bench/plans.lua "http://localhost:${port[$side]}"); plans[$side]+="$us "
    read -r _ us < <(cpu_per_request "$WINDOW" "http://localhost:${port[$side]}/api/exercises"); catalog[$side]+="$us "
  done
done
for side in A B; do
  p=$(printf '%s\n' ${plans[$side]} | median); c=$(printf '%s\n' ${catalog[$side]} | median)
  label=$([ $side = A ] && echo "A ($other)" || echo "B (this build)")
  echo "$label: plan ${p} us (${plans[$side]% }), catalog ${c} us (${catalog[$side]% }), plan/catalog $(awk -v a="$p" -v b="$c" 'BEGIN {printf "%.2f", a / b}')"
done
