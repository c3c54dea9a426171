#!/usr/bin/env bash
# The service's own start-up checks on the data files, and the first plan, before and after a change:
# BENCH_JAR=/elsewhere/target/quarkus-app/quarkus-run.jar is "before", target/quarkus-app "after".
# On Java 17 and (where installed) JDK 25 with the AOT cache, BENCH_ROUNDS interleaved launches each
# (5 by default), through bin/serve with the manifest's JVM options:
#   - first POST /api/plans answered after launch (plain launches, no recording);
#   - JFR on the main thread (method samples every 2 ms, 256 frames), launches of their own: the
#     milliseconds sampled in each start-up producer that reads and checks data files (the innermost
#     producer on the stack gets the sample), and the rule base for scale.
# Prints medians per build and JDK, and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh
[ -n "${BENCH_JAR:-}" ] || { echo "BENCH_JAR=/path/to/before/target/quarkus-app/quarkus-run.jar is needed" >&2; exit 1; }
ROUNDS=${BENCH_ROUNDS:-5}
export DECOMPRESS_TRAINING_PORT=$((BENCH_PORT + 10000))
out=$(pwd)/target/start-checks
mkdir -p "$out"

java17=$(readlink -f "$(command -v java)")
java25=$(jdk25_java)
jdks=("Java 17|$java17")
[ -z "$java25" ] || jdks+=("JDK 25 + AOT cache|$java25")
builds=("before|$(cd "$(dirname "$BENCH_JAR")" && pwd)" "after|$(pwd)/target/quarkus-app")

# 2 ms samples instead of the profile's 10 or 20: the pieces are tens of milliseconds.
jfc="$out/samples.jfc"
sed -e '/<event name="jdk.ExecutionSample">/,/<\/event>/ s|<setting name="period"[^>]*>[^<]*</setting>|<setting name="period">2 ms</setting>|' \
  "$(dirname "$(dirname "$java17")")/lib/jfr/profile.jfc" > "$jfc"

PIECES="FileChecksProducer.fileChecks LanguagesProducer.languages CatalogProducer.catalogs QuestionnaireResource\$Producer.questionnaires FigureProducer.figures RuleBase.<init>"

# Main-thread milliseconds per piece of one recording, as "piece=ms ...".
pieces_ms() { # pieces_ms JAVA RECORDING
  "$(dirname "$1")/jfr" print --events jdk.ExecutionSample --stack-depth 256 "$2" | awk -v pieces="$PIECES" '
    BEGIN { n = split(pieces, p, " ") }
    /^jdk.ExecutionSample/ { main = 0; found = "" }
    /sampledThread = "main"/ { main = 1 }
    main && found == "" { for (i = 1; i <= n; i++) if (index($0, p[i] "(")) { found = p[i]; break } }
    /^}/ { if (main && found != "") ms[found] += 2 }
    END { for (i = 1; i <= n; i++) printf "%s=%d ", p[i], ms[p[i]] + 0; print "" }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Train each AOT cache first (bin/serve does it on a first start), so no timed launch trains.
for jdk in "${jdks[@]}"; do
  IFS='|' read -r _ java <<< "$jdk"
  for build in "${builds[@]}"; do
    IFS='|' read -r _ app <<< "$build"
    start_service "$app" "$java"; wait_first_plan > /dev/null; stop_service
  done
done

declare -A first checks
for ((round = 1; round <= ROUNDS; round++)); do
  for jdk in "${jdks[@]}"; do
    IFS='|' read -r jdk_name java <<< "$jdk"
    for build in "${builds[@]}"; do
      IFS='|' read -r build_name app <<< "$build"
      key="$build_name, $jdk_name"
      start_service "$app" "$java"
      first[$key]+="$(wait_first_plan) "
      stop_service
      recording="$out/$build_name-$(echo "$jdk_name" | tr -cd 'A-Za-z0-9')-$round.jfr"
      JAVA_OPTS="-XX:StartFlightRecording=filename=$recording,settings=$jfc,dumponexit=true -XX:FlightRecorderOptions=stackdepth=256" \
        start_service "$app" "$java"
      wait_first_plan > /dev/null
      stop_service
      checks[$key]+="$(pieces_ms "$java" "$recording")|"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "First POST /api/plans after launch, ms, median of $ROUNDS (each launch):"
for key in "${!first[@]}"; do
  printf '  %-30s %6s   (%s)\n' "$key" "$(printf '%s\n' ${first[$key]} | median)" "${first[$key]% }"
done | sort
echo "Main-thread JFR samples in each start-up piece, ms per start, median of $ROUNDS:"
for key in "${!checks[@]}"; do
  line="  $(printf '%-30s' "$key")"
  total=()
  for piece in $PIECES; do
    values=$(echo "${checks[$key]}" | tr '|' '\n' | grep -o "$piece=[0-9]*" | cut -d= -f2)
    line+=" ${piece%%.*}: $(echo "$values" | median)"
  done
  # The data files' checks together (everything but the rule base), per launch, then the median.
  sums=$(echo "${checks[$key]}" | tr '|' '\n' | grep . | awk '{ s = 0; for (i = 1; i < NF; i++) { split($i, kv, "="); s += kv[2] } print s }')
  echo "$line   data files together: $(echo "$sums" | median)"
done | sort
