#!/usr/bin/env bash
# Memory at scale (issue 7, comparison 3): finds the smallest -Xmx (16m, 32m, 64m, ...) at which
# 1,000,000 servers stream as one JSON array to a discarding stream, and prints the wall time.
# Usage (after `mvn -pl benchmarks -am package -DskipTests`):
#   benchmarks/memory-at-scale.sh [N] [cmpkit|databind]
set -euo pipefail
cd "$(dirname "$0")"
jar=target/benchmarks.jar
count=${1:-1000000}
variant=${2:-cmpkit}
[[ -f $jar ]] || { echo "missing $jar: build with mvn -pl benchmarks -am package -DskipTests" >&2; exit 1; }
for heap in 16 32 64 128 256 512; do
  start=$(date +%s%N)
  if out=$(java -Xmx${heap}m -cp "$jar" dev.cmpkit.benchmarks.StreamServers "$count" "$variant" 2>&1); then
    end=$(date +%s%N)
    echo "-Xmx${heap}m: ok; $out; process_wall_ms=$(( (end - start) / 1000000 ))"
    exit 0
  fi
  echo "-Xmx${heap}m: failed: $(echo "$out" | grep -m1 -E 'Error|Exception' || echo "$out" | tail -1)"
done
echo "no heap up to 512m was enough" >&2
exit 1
