#!/usr/bin/env bash
# Engine benchmarks (JMH): answers to plan in process, with 0, 4 and 12 check-ins (EngineBenchmark), and
# with the exclusion table copied 0, 1 and 3 times over (RuleGrowthBenchmark: how the cost grows with
# rules). Prints one line per count.
# Usage: bench/engine.sh   (JMH options may follow, e.g. bench/engine.sh -i 10)
set -euo pipefail
cd "$(dirname "$0")/.."
# JMH's annotation processor runs only in the bench profile; a build without it leaves the benchmark's
# classes up to date but no BenchmarkList, so make the compiler take the benchmarks again. The rules' executable
# model is generated in process-test-classes: a clean tree has none before that phase.
find target/test-classes \( -name 'EngineBenchmark*.class' -o -name 'RuleGrowthBenchmark*.class' \) -delete 2>/dev/null || true
./mvnw -B -q -Pbench process-test-classes
./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt > /dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main EngineBenchmark \
  -p checkIns=0,4,12 -rf json -rff target/bench-engine.json "$@" > target/bench-engine.txt 2>&1
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main RuleGrowthBenchmark \
  -p exclusionCopies=0,1,3 -rf json -rff target/bench-rule-growth.json "$@" > target/bench-rule-growth.txt 2>&1
python3 - <<'PY'
import json, re
for r in json.load(open("target/bench-engine.json")):
    p = r["primaryMetric"]["scorePercentiles"]
    print("Engine, %s check-ins: p50 %.1f us, p99 %.1f us, mean %.1f us" % (
        r["params"]["checkIns"], p["50.0"], p["99.0"], r["primaryMetric"]["score"]))
counts = re.findall(r"rule base: (\d+) rules", open("target/bench-rule-growth.txt").read())
for r, rules in zip(json.load(open("target/bench-rule-growth.json")), counts):
    p = r["primaryMetric"]["scorePercentiles"]
    print("Engine, %s rules (exclusion table x%d): p50 %.1f us, p99 %.1f us, mean %.1f us" % (
        rules, int(r["params"]["exclusionCopies"]) + 1, p["50.0"], p["99.0"], r["primaryMetric"]["score"]))
PY
