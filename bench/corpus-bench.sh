#!/usr/bin/env bash
# Throughput of the synthetic corpus generator: digital-only documents and fully scanned documents,
# measured separately, with the machine they ran on.
#   bench/corpus-bench.sh [DIGITAL_DOCS] [SCANNED_DOCS]      (defaults 2000 and 60)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
digital=${1:-2000}
scanned=${2:-60}
cd "$root"
mvn -B -q -o compile >&2
cp_file=$(mktemp)
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
cp="$root/target/classes:$(cat "$cp_file")"
work=$(mktemp -d)
trap 'rm -rf "$work" "$cp_file"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $(java -version 2>&1 | head -1)"
run() {
  local label=$1 docs=$2 ratio=$3
  local line
  line=$(/usr/bin/time -f "%M" -o "$work/rss" java -Xmx512m -cp "$cp" org.foiapipeline.cli.Main corpus generate --out "$work/$label" \
    --docs "$docs" --seed 1 --scanned-ratio "$ratio" --split train)
  echo "$label: $line"
  echo "$label: max RSS $(( $(cat "$work/rss") / 1024 )) MB; output $(du -sh "$work/$label" | cut -f1)"
  rm -rf "${work:?}/$label"
}
run digital "$digital" 0
run scanned "$scanned" 1
