#!/usr/bin/env bash
# Runs every comparison of issue 7 with the short settings documented in docs/BENCHMARKS.md and
# keeps the raw output in benchmarks/results/<UTC date-time>/. Takes about 17 minutes on 2 cores.
# Build first (from the repository root): mvn -B -ntp -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
[[ -f $jar ]] || { echo "missing $jar: build with mvn -pl benchmarks -am package -DskipTests" >&2; exit 1; }
out=results/$(date -u +%Y-%m-%dT%H%MZ)
mkdir -p "$out"
{ date -u; uname -srm; java -version 2>&1 | head -1; nproc; uptime; } > "$out/environment.txt"

jmh() { # name, then JMH arguments
  local name=$1; shift
  echo "== $name: java -jar $jar $*" | tee "$out/$name.txt"
  java -jar "$jar" "$@" -rf json -rff "$out/$name.json" 2>&1 | tee -a "$out/$name.txt" | grep -E '^[A-Z][A-Za-z]+Benchmark\.' || true
  uptime | tee -a "$out/$name.txt"
}

# Warm-up iterations are longer than measured ones where the JIT needs it: the batch and the
# 10,000-metric load reach steady state only after 15-25 s (see docs/BENCHMARKS.md).
jmh 1-serializer 'SerializerBenchmark' -f 1 -wi 3 -i 5 -w 5s -r 2s -prof gc -prof dev.cmpkit.benchmarks.CpuTimeProfiler
jmh 2-batch 'BatchBenchmark' -f 1 -wi 3 -i 5 -w 10s -r 2s -prof gc -prof dev.cmpkit.benchmarks.CpuTimeProfiler
echo "== 3-memory: ./memory-at-scale.sh 1000000" | tee "$out/3-memory.txt"
./memory-at-scale.sh 1000000 cmpkit | tee -a "$out/3-memory.txt"
./memory-at-scale.sh 1000000 databind | tee -a "$out/3-memory.txt"
jmh 4-expressions 'ExpressionBenchmark' -f 1 -wi 3 -i 5 -w 5s -r 1s -prof gc
jmh 5-mappings 'MappingLoadBenchmark' -f 1 -wi 3 -i 5 -w 10s -r 3s
echo "== 6-processor: ./processor-cost.sh 200 3" | tee "$out/6-processor.txt"
./processor-cost.sh 200 3 | tee -a "$out/6-processor.txt"
uptime | tee -a "$out/6-processor.txt"
echo "results in benchmarks/$out"
