#!/usr/bin/env bash
# Scale benchmark (issue: search and contacts): generate N text-layer documents with the project's own
# generator, ingest them in a 512 MB heap, then time 1,000 mixed searches, entity lookups and contact tables
# over the warm index. Prints ingest docs/s and pages/s, index size, peak heap (the largest heap occupancy
# before any collection, from the GC log), and latency percentiles, with the machine and its load.
# Usage: bench/scale-bench.sh [DOCS=100000] [WORK_DIR=/tmp/foia-scale]
# The corpus is kept in WORK_DIR/corpus-N and reused by later runs (generation is not what is measured).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
docs=${1:-100000}
work=${2:-/tmp/foia-scale}
cores=$(nproc)
corpus="$work/corpus-$docs"
index="$work/index-$docs"
mkdir -p "$work"
[ -f target/foia.jar ] || mvn -B -q -DskipTests package
# a copy, so that a rebuild while the benchmark runs cannot change the jar under it
cp_="$work/foia.jar"
cp target/foia.jar "$cp_"
rm -rf "$work/lib" && cp -r target/lib "$work/lib"
echo "== machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
now() { date +%s.%N; }

if [ ! -f "$corpus/gold.jsonl" ]; then
  echo "== generating $docs text-layer documents into $corpus"
  t0=$(now)
  java -Xmx1g -jar "$cp_" corpus generate --out "$corpus" --docs "$docs" --seed 100 --scanned-ratio 0 --split all >/dev/null
  printf "generated in %.0f s\n" "$(echo "$(now) - $t0" | bc -l)"
fi
pages=$(python3 -c "import json,sys; print(sum(json.loads(l)['pages'] for l in open(sys.argv[1])))" "$corpus/gold.jsonl")
echo "== ingest: $docs documents, $pages pages, -Xmx512m, --threads $cores"
rm -rf "$index"
t0=$(now)
java -Xmx512m -Xlog:gc:file="$work/gc-$docs.log" -jar "$cp_" ingest --quiet --ocr never --threads "$cores" --index "$index" "$corpus/train" "$corpus/test"
secs=$(echo "$(now) - $t0" | bc -l)
peak=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc-$docs.log" | sed 's/M->.*//' | sort -n | tail -1)
size=$(du -sm "$index" | cut -f1)
printf "ingest: %.0f s, %.1f docs/s, %.1f pages/s\n" "$secs" "$(echo "$docs / $secs" | bc -l)" "$(echo "$pages / $secs" | bc -l)"
printf "index on disk: %d MB (%.1f KB per page); peak heap occupancy before GC: %s MB of 512 MB\n" \
  "$size" "$(echo "$size * 1024 / $pages" | bc -l)" "${peak:-?}"
echo "== 1,000 mixed requests over the warm index (load $(cut -d' ' -f1-3 /proc/loadavg))"
java -Xmx512m -jar "$cp_" bench-queries --index "$index" --count 1000 --warmup 200
