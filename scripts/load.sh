#!/usr/bin/env bash
# Load on loopback, not a test: 16 concurrent clients for 30 s (wrk) against a competency question and an
# entity page of `serve`, and the same question against a stock Fuseki (the jena-fuseki-server 5.6.0 jar from
# Maven Central) serving the Turtle export of the same graph in memory. Prints requests per second, p50 and p99 latency and errors; see BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk missing: apt-get install wrk" >&2; exit 1; }
jar=target/karabakh-kg.jar
[ -f "$jar" ] || mvn -q package -DskipTests
duration=${DURATION:-30s}
work=$(mktemp -d)
ours=3061
stock=3062
stockjar=target/stock/jena-fuseki-server-5.6.0.jar
[ -f "$stockjar" ] || mvn -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/stock
cleanup() { pkill -f "karabakh-kg.jar serve --store $work" || true; pkill -f "$stockjar --port $stock" || true; rm -rf "$work"; }
trap cleanup EXIT

bin/karabakh-kg build --store "$work/store" >/dev/null
bin/karabakh-kg export --store "$work/store" --format turtle --out "$work/kg.ttl" >/dev/null
(bin/karabakh-kg serve --store "$work/store" --port $ours > "$work/ours.log" 2>&1 &)
(java -jar "$stockjar" --port $stock --localhost --file "$work/kg.ttl" /ds > "$work/stock.log" 2>&1 &)
for p in $ours $stock; do
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$p/\$/ping" >/dev/null 2>&1 && break; sleep 1; done
done

# The competency question "mediators", with the prefixes it needs spelled out for the stock server.
query=$(printf '%s\n' \
  'PREFIX kg: <https://w3id.org/karabakh-kg/ontology#>' \
  'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>' \
  'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>' \
  "$(grep -v '^#' queries/mediators.rq)")
q=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$query")

run() {  # label, url, accept
  local out
  out=$(wrk -t 4 -c 16 -d "$duration" --latency -H "Accept: $3" "$2")
  local rps p50 p99 errors non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Socket errors/ {print}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  printf '%-44s %10s req/s  p50 %8s  p99 %8s  non-2xx %s  %s\n' "$1" "$rps" "$p50" "$p99" "${non2xx:-0}" "${errors:-socket errors 0}"
  echo "$rps" > "$work/$4"
}

echo "16 clients, $duration each, loopback:"
run "karabakh-kg serve: question mediators" "http://127.0.0.1:$ours/kg/sparql?query=$q" "application/sparql-results+json" ours
run "karabakh-kg serve: page /id/azerbaijan" "http://127.0.0.1:$ours/id/azerbaijan" "text/html" page
run "stock Fuseki, Turtle export: same question" "http://127.0.0.1:$stock/ds/sparql?query=$q" "application/sparql-results+json" stock
python3 -c "import sys; a=float(open(sys.argv[1]).read()); b=float(open(sys.argv[2]).read()); print(f'ratio karabakh-kg / stock Fuseki on the question: {a/b:.2f}')" "$work/ours" "$work/stock"
