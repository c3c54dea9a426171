#!/usr/bin/env bash
# Server CPU per plan over HTTP as check-ins accumulate: POST /api/plans with 0, 4 and 12 check-ins, the
# same people each time, measured on one running service in alternating windows (0, 4, 12, 0, 4, 12...)
# so that the shared machine's drift falls on all three alike. Prints the median per count and its ratio
# to the plan without check-ins. The histories are built as a person would build them: each check-in
# reports every exercise of the plan the check-ins before it gave, at its step, as "just right".
# Usage: bench/checkins.sh   (BENCH_WINDOWS=6 BENCH_WINDOW=10 BENCH_WARMUP=30 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
need wrk
need jq
WINDOWS=${BENCH_WINDOWS:-6}
WINDOW=${BENCH_WINDOW:-10}
WARMUP=${BENCH_WARMUP:-30}
COUNTS=(0 4 12)
URL="http://localhost:$BENCH_PORT"
package_service
start_service
trap stop_service EXIT
wait_first_plan > /dev/null

# The people of plans.lua who get a plan (a referral takes no check-ins).
people=(
  '{"painLevel": 4}'
  '{"painLevel": 4, "conditions": ["SHOULDER", "HYPERLORDOSIS"], "equipment": ["CHAIR", "OVERHEAD_BAR"]}'
  '{"painLevel": 8, "bendingForward": "WORSE", "canGetOnFloor": false, "equipment": ["CHAIR_WITH_BACKREST"], "sitsForLongPeriods": true}'
  '{"painLevel": 3, "conditions": ["OSTEOPOROSIS"], "helperAvailable": true, "equipment": ["EXERCISE_BALL", "INVERSION_TABLE"]}'
  '{"painLevel": 6, "conditions": ["KNEE", "BALANCE"], "bendingBackward": "WORSE", "maxExercises": 2}'
  '{"painLevel": 5, "conditions": ["PREGNANCY"], "pregnancyWeeks": 20, "equipment": ["CHAIR", "BLOCK_OR_TOWEL"], "painIntoLeg": true}'
  '{"painLevel": 2, "conditions": ["DIZZINESS_OR_FAINTING"], "equipment": ["ARMCHAIR", "TWO_STURDY_CHAIRS"], "maxExercises": 1}'
)

plan() { curl -sf -XPOST "$URL/api/plans" -H 'content-type: application/json' -d "$1"; }

# with_check_ins ANSWERS N: the answers with N check-ins, two weeks apart, each built on the plan before it.
with_check_ins() {
  local answers=$1 n=$2 k check
  for ((k = 1; k <= n; k++)); do
    check=$(plan "$answers" | jq -c --argjson week $((2 * k)) --argjson start "$(jq .painLevel <<< "$answers")" \
      '{week: $week, painLevel: (.checkIn.painNow // $start | if . > 1 then . - 1 else . end),
      sessionsPerWeek: 4, nextMorningWorse: false, legSymptomsSpreading: false, overall: "BETTER",
      exercises: [.exercises[] | {id, variant, step, rating: "JUST_RIGHT"}]}')
    answers=$(jq -c --argjson check "$check" '.checkIns = ((.checkIns // []) + [$check])' <<< "$answers")
  done
  echo "$answers"
}

# One wrk script per count, cycling through the people.
for n in "${COUNTS[@]}"; do
  {
    echo "local bodies = {"
    for answers in "${people[@]}"; do
      body=$(with_check_ins "$answers" "$n")
      plan "$body" > /dev/null || { echo "no plan for: $body" >&2; exit 1; }
      printf '  %s,\n' "$(jq -Rs . <<< "$body")"
    done
    echo "}"
    echo 'local i = 0'
    echo 'request = function()'
    echo '  i = i % #bodies + 1'
    echo '  return wrk.format("POST", "/api/plans", {["Content-Type"] = "application/json"}, bodies[i])'
    echo 'end'
  } > "target/bench-checkins-$n.lua"
done

for n in "${COUNTS[@]}"; do wrk -t2 -c16 -d"${WARMUP}s" -s "target/bench-checkins-$n.lua" "$URL" > /dev/null; done
declare -A cpu
for ((w = 0; w < WINDOWS; w++)); do
  for n in "${COUNTS[@]}"; do
    read -r _ us < <(cpu_per_request "$WINDOW" -s "target/bench-checkins-$n.lua" "$URL"); cpu[$n]+="$us "
  done
done
base=$(printf '%s\n' ${cpu[0]} | median)
for n in "${COUNTS[@]}"; do
  m=$(printf '%s\n' ${cpu[$n]} | median)
  echo "Plan with $n check-ins: ${m} us server CPU per request (${cpu[$n]% }), $(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')x the plan without"
done
