#!/usr/bin/env bash
# Cold start of the example connector: what one event costs as a whole process, for each
# handler kind, next to the bare JVM; and how many events a warm `serve` worker answers per
# second. JMH measures code inside a running JVM, so process start is measured here, with
# /usr/bin/time over fresh processes.
#
# Usage (from the repository root, after `mvn -B -ntp -q -DskipTests package`):
#   benchmarks/cold-start/cold-start.sh [runs per measure, default 7] [serve events, default 4000]
# With BASELINE_JAR=<an older cmpkit-examples.jar>, its `resources` event is measured too.
#
# Each row is the median of the runs: wall time, CPU time (user + system; less sensitive than
# wall time to other work on a shared machine) and peak RSS. The machine's load is printed
# before and after, since every figure here depends on it.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=${1:-7}
serve_events=${2:-4000}
jar=examples/target/cmpkit-examples.jar
launcher=examples/target/bin/cmpkit-examples
archive=examples/target/cmpkit-examples.jsa
events=examples/events
kinds=(resources metrics spend logs status validate-credentials)
# The launcher's JVM options without its archive: what the archive alone adds.
c1_serial=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -Xmx256m -XX:-UsePerfData)

for file in "$jar" "$launcher" "$archive"; do
  [ -e "$file" ] || { echo "missing $file: run 'mvn -B -ntp -q -DskipTests package' first" >&2; exit 1; }
done
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (GNU time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median of column $2 (1-based) in file $1
median() { sort -n -k"$2" "$1" | awk -v c="$2" '{v[NR]=$c} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# measure LABEL COMMAND...: runs the command $runs times, prints a table row of medians
measure() {
  local label=$1; shift
  local samples="$work/samples"
  : > "$samples"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2> /dev/null || {
      echo "failed: $*" >&2; head -c 500 "$work/out" >&2; exit 1; }
    awk '{printf "%s %.2f %d\n", $1, $2 + $3, $4}' "$work/time" >> "$samples"
  done
  printf '| %s | %.3f | %.3f | %.1f |\n' "$label" "$(median "$samples" 1)" "$(median "$samples" 2)" \
    "$(echo "$(median "$samples" 3) / 1024" | bc -l)"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| one event, whole process ($runs runs, median) | wall s | CPU s | peak RSS MiB |"
echo "|---|---|---|---|"
measure 'bare JVM, `java -version`' java -version
measure 'bare JVM, launcher options' java "${c1_serial[@]}" -version
if [ -n "${BASELINE_JAR:-}" ]; then
  measure '`resources`, baseline jar, `java -jar`' java -jar "$BASELINE_JAR" resources "$events/resources.json"
fi
for kind in "${kinds[@]}"; do
  measure "\`$kind\`, \`java -jar\`" java -jar "$jar" "$kind" "$events/$kind.json"
  measure "\`$kind\`, C1 + SerialGC, no archive" java "${c1_serial[@]}" -jar "$jar" "$kind" "$events/$kind.json"
  measure "\`$kind\`, launcher (archive)" "$launcher" "$kind" "$events/$kind.json"
done
echo

# Events per second through one worker: the difference between a long and a short run of the
# same worker leaves out its start and warm-up.
line="{\"kind\": \"resources\", \"event\": $(tr -d '\n' < "$events/resources.json")}"
short=$((serve_events / 4))
for n in "$short" "$serve_events"; do
  for _ in $(seq "$n"); do echo "$line"; done > "$work/events-$n.jsonl"
done
echo "| \`serve\`, \`resources\` events (40 resources each) | events | wall s | CPU s | events/s after warm-up (wall) | (CPU) |"
echo "|---|---|---|---|---|---|"
for worker in launcher jar; do
  for n in "$short" "$serve_events"; do
    if [ "$worker" = launcher ]; then
      /usr/bin/time -f "%e %U %S" -o "$work/time" "$launcher" serve < "$work/events-$n.jsonl" > "$work/served" 2> /dev/null
    else
      /usr/bin/time -f "%e %U %S" -o "$work/time" java -jar "$jar" serve < "$work/events-$n.jsonl" > "$work/served" 2> /dev/null
    fi
    [ "$(wc -l < "$work/served")" -eq "$n" ] || { echo "serve answered $(wc -l < "$work/served") of $n" >&2; exit 1; }
    [ "$(grep -c '"error":null' "$work/served")" -eq "$n" ] || { echo "serve answered with errors" >&2; exit 1; }
    read -r wall user sys < "$work/time"
    eval "wall_$n=$wall; cpu_$n=$(echo "$user + $sys" | bc -l)"
  done
  ws=$(eval echo "\$wall_$short"); wl=$(eval echo "\$wall_$serve_events")
  cs=$(eval echo "\$cpu_$short"); cl=$(eval echo "\$cpu_$serve_events")
  printf '| %s | %d / %d | %.2f / %.2f | %.2f / %.2f | %.0f | %.0f |\n' "$worker" "$short" "$serve_events" \
    "$ws" "$wl" "$cs" "$cl" "$(echo "($serve_events - $short) / ($wl - $ws)" | bc -l)" \
    "$(echo "($serve_events - $short) / ($cl - $cs)" | bc -l)"
done
echo

# classes loaded by one resources event (-Xlog:class+load), and how many the archive held
count() { "$@" > /dev/null 2>&1; wc -l < "$work/classes"; }
log="-Xlog:class+load=info:file=$work/classes"
echo "| classes loaded, one \`resources\` event | classes | from the archive |"
echo "|---|---|---|"
if [ -n "${BASELINE_JAR:-}" ]; then
  echo "| baseline jar, \`java -jar\` | $(count java "$log" -jar "$BASELINE_JAR" resources "$events/resources.json") | |"
fi
echo "| \`java -jar\` | $(count java "$log" -jar "$jar" resources "$events/resources.json") | |"
n=$(CMPKIT_JAVA_OPTS="$log" count "$launcher" resources "$events/resources.json")
echo "| launcher | $n | $(grep -c 'shared objects file' "$work/classes") |"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
