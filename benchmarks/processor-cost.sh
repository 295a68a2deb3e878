#!/usr/bin/env bash
# Processor cost (issue 7, comparison 6): javac wall time for 200 cmpkit templates and for 200
# Immutables value types, with their processor and without it (the same sources plus the
# processor's output, -proc:none); median of 3 runs each, runs alternating.
# Usage (after `mvn -pl benchmarks -am package -DskipTests`, which writes target/classpath.txt):
#   benchmarks/processor-cost.sh [count] [runs]
set -euo pipefail
cd "$(dirname "$0")"
[[ -f target/classpath.txt ]] || { echo "missing target/classpath.txt: build with mvn -pl benchmarks -am package -DskipTests" >&2; exit 1; }
java -cp target/classes dev.cmpkit.benchmarks.ProcessorCost target/classpath.txt "${1:-200}" "${2:-3}"
