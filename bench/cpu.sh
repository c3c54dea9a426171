#!/usr/bin/env bash
# Server CPU per request: the service's own CPU time (from /proc/PID/stat) divided by the requests it
# served, for POST /api/plans, GET /api/exercises, GET /api/exercises/{id} and GET /q/health/live, in
# one run, after a warm-up, with the JVM options of the Kubernetes manifest. Unlike requests per
# second, this holds when the load generator shares the machine's two cores. Prints one summary line.
# Usage: bench/cpu.sh   (BENCH_DURATION=20 BENCH_WARMUP=40 BENCH_CONNECTIONS=16 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
package_service
DURATION=${BENCH_DURATION:-20}
WARMUP=${BENCH_WARMUP:-40}
URL="http://localhost:$BENCH_PORT"

start_service
trap stop_service EXIT
wait_first_plan > /dev/null
# Warm-up: every endpoint, the plans longest (they have the most code for the JIT to compile).
wrk -t2 -c16 -d"${WARMUP}s" -s bench/plans.lua "$URL" > /dev/null
for path in /api/exercises /q/health/live; do wrk -t2 -c16 -d10s "$URL$path" > /dev/null; done
wrk -t2 -c16 -d10s -s bench/exercise.lua "$URL" > /dev/null

read -r plan_n plan_us < <(cpu_per_request "$DURATION" -s bench/plans.lua "$URL")
read -r all_n all_us < <(cpu_per_request "$DURATION" "$URL/api/exercises")
read -r one_n one_us < <(cpu_per_request "$DURATION" -s bench/exercise.lua "$URL")
read -r live_n live_us < <(cpu_per_request "$DURATION" "$URL/q/health/live")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "Server CPU per request ($(manifest_java_opts), ${DURATION}s each after ${WARMUP}s warm-up): plan ${plan_us} us ($plan_n), catalog ${all_us} us ($all_n), one exercise ${one_us} us ($one_n), health ${live_us} us ($live_n); plan/catalog $(ratio "$plan_us" "$all_us"), plan/one exercise $(ratio "$plan_us" "$one_us")"
