#!/usr/bin/env bash
# Dev mode's first page, as a newcomer meets it: for each commit given (default HEAD), a fresh clone of
# this repository ("cold": no target/), then the same clone again ("warm"), `./mvnw -o quarkus:dev`;
# prints the seconds from the command to the first GET / answered and how long the first plan took
# after it. Commits are measured one after the other, cold then warm, so machine noise falls on all.
# Usage: bench/devmode.sh [COMMIT...]   (BENCH_PORT, default 8096)
set -u
cd "$(dirname "$0")/.."
repo=$(pwd)
port=${BENCH_PORT:-8096}
work=$(mktemp -d)
first_page() { # folder label
  local start end pid
  ( cd "$1" && exec ./mvnw -o -B quarkus:dev -Dquarkus.http.port="$port" -Ddebug=false -Dquarkus.console.enabled=false \
      -Dquarkus.analytics.disabled=true > "dev-$2.log" 2>&1 ) &
  pid=$!
  start=$(date +%s.%N)
  until curl -s -o /dev/null "http://localhost:$port/"; do
    sleep 0.25
    kill -0 "$pid" 2>/dev/null || { echo "$2: dev mode ended; see $1/dev-$2.log"; return; }
  done
  end=$(date +%s.%N)
  printf '%-20s first page %6.1f s   load %s\n' "$2" "$(echo "$end - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  curl -s -o /dev/null -w "                     first plan %{http_code} after %{time_total} s\n" -XPOST \
    -H 'Content-Type: application/json' -d '{"painLevel":3}' "http://localhost:$port/api/plans"
  pkill -TERM -P "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  pkill -f -- "quarkus.http.port=$port" 2>/dev/null; sleep 2
}
commits=("${@:-HEAD}")
for commit in "${commits[@]}"; do
  git clone -q "$repo" "$work/$commit" && git -C "$work/$commit" checkout -q "$commit"
done
for commit in "${commits[@]}"; do first_page "$work/$commit" "$commit cold"; done
for commit in "${commits[@]}"; do first_page "$work/$commit" "$commit warm"; done
rm -rf "$work"
