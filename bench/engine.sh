#!/usr/bin/env bash
# Engine benchmark (JMH): answers to plan in process, with 0, 4 and 12 check-ins. Prints one line per count.
# Usage: bench/engine.sh   (JMH options may follow, e.g. bench/engine.sh -i 10)
set -euo pipefail
cd "$(dirname "$0")/.."
# JMH's annotation processor runs only in the bench profile; a build without it leaves the benchmark's
# classes up to date but no BenchmarkList, so make the compiler take the benchmarks again. The rules' executable
# model is generated in process-test-classes: a clean tree has none before that phase.
find target/test-classes -name 'EngineBenchmark*.class' -delete 2>/dev/null || true
./mvnw -B -q -Pbench process-test-classes
./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main EngineBenchmark \
  -p checkIns=0,4,12 -rf json -rff target/bench-engine.json "$@" > target/bench-engine.txt 2>&1
python3 - <<'PY'
import json
for r in json.load(open("target/bench-engine.json")):
    p = r["primaryMetric"]["scorePercentiles"]
    print("Engine, %s check-ins: p50 %.1f us, p99 %.1f us, mean %.1f us" % (
        r["params"]["checkIns"], p["50.0"], p["99.0"], r["primaryMetric"]["score"]))
PY
