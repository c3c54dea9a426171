#!/usr/bin/env bash
# HTTP benchmark: POST /api/plans against GET /q/health/live (a trivial endpoint of the same app),
# same wrk settings, one run; then the latency at half the measured maximum plan rate, at a fixed rate.
# Prints one summary line. Usage: bench/http.sh   (BENCH_DURATION=20 BENCH_CONNECTIONS=32 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
need hey
package_service
DURATION=${BENCH_DURATION:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
URL="http://localhost:$BENCH_PORT"

start_service
trap stop_service EXIT
wait_first_plan > /dev/null
# Warm-up: both endpoints, long enough for the JIT and the session pool.
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/plans.lua "$URL" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d5s "$URL/q/health/live" > /dev/null

run() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@"; }
live=$(run "$URL/q/health/live")
plans=$(run -s bench/plans.lua "$URL")
rps() { awk '/Requests\/sec/ {print $2}'; }
errors() { awk '/Non-2xx|Socket errors/ {gsub(/[^0-9 ]/," "); for (i=1;i<=NF;i++) s+=$i} END {print s+0}'; }
live_rps=$(echo "$live" | rps); plans_rps=$(echo "$plans" | rps)
errs=$(( $(echo "$live" | errors) + $(echo "$plans" | errors) ))
ratio=$(awk -v p="$plans_rps" -v l="$live_rps" 'BEGIN {printf "%.2f", p / l}')

# Fixed rate at half the maximum: hey holds each of its workers to a fixed rate (-q).
half=$(awk -v p="$plans_rps" 'BEGIN {printf "%d", p / 2}')
workers=16
per_worker=$(( half / workers > 0 ? half / workers : 1 ))
fixed=$(hey -z "${DURATION}s" -c "$workers" -q "$per_worker" -m POST -T application/json \
  -d '{"painLevel": 4, "conditions": ["SHOULDER", "HYPERLORDOSIS"], "equipment": ["CHAIR"]}' "$URL/api/plans")
p50=$(echo "$fixed" | awk '/ 50% in/ {printf "%.2f", $3 * 1000}')
p99=$(echo "$fixed" | awk '/ 99% in/ {printf "%.2f", $3 * 1000}')
fixed_rps=$(echo "$fixed" | awk '/Requests\/sec/ {printf "%d", $2}')
fixed_errors=$(echo "$fixed" | awk '/\[[0-9]+\]/ && !/\[200\]/ {s+=$2} END {print s+0}')

echo "$live" > target/bench-http-live.txt; echo "$plans" > target/bench-http-plans.txt; echo "$fixed" > target/bench-http-fixed.txt
echo "HTTP ($CONNECTIONS connections, ${DURATION}s, $(manifest_java_opts)): plans ${plans_rps} req/s, health ${live_rps} req/s, ratio ${ratio}, errors ${errs}; fixed rate ${fixed_rps} req/s (target ${half}): p50 ${p50} ms, p99 ${p99} ms, non-200 ${fixed_errors}"
