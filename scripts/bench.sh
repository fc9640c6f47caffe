#!/usr/bin/env bash
# Times `build` from a cold JVM and the warm pipeline; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/karabakh-kg.jar
[ -f "$jar" ] || mvn -q package -DskipTests
store=$(mktemp -d)/store
trap 'rm -rf "$(dirname "$store")"' EXIT

echo "build with JVM start (wall seconds, 5 runs):"
for i in 1 2 3 4 5; do
  /usr/bin/env time -f "%e" java -jar "$jar" build --store "$store" >/dev/null 2>>/tmp/bench-times.$$ || true
done
sort -n /tmp/bench-times.$$ | awk '{a[NR]=$1} END {printf "  min %.2f  median %.2f  max %.2f\n", a[1], a[int((NR+1)/2)], a[NR]}'
rm -f /tmp/bench-times.$$

echo "warm pipeline:"
java -jar "$jar" bench --warmup 30 --runs 50
