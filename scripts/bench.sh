#!/usr/bin/env bash
# Times `build` from a fresh JVM (JVM start included) and the warm pipeline; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/karabakh-kg.jar
[ -f "$jar" ] || mvn -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

times() {  # label, command...
  local label=$1; shift
  : > "$work/t"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e" -a -o "$work/t" "$@" >/dev/null
  done
  sort -n "$work/t" | awk -v l="$label" '{a[NR]=$1} END {printf "  %-44s min %.2f  median %.2f  max %.2f\n", l, a[1], a[3], a[5]}'
}

echo "build of the seeds with JVM start, wall seconds over 5 runs:"
bin/karabakh-kg build --store "$work/store" >/dev/null   # makes the class-data-sharing archive
times "bin/karabakh-kg build" bin/karabakh-kg build --store "$work/store"
times "java -jar target/karabakh-kg.jar build" java -jar "$jar" build --store "$work/store"

echo "warm pipeline, one JVM:"
java -jar "$jar" bench --warmup 30 --runs 50
