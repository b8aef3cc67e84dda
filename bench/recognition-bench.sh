#!/usr/bin/env bash
# What recognition costs at ingest (issue: entities — goal: ingest with recognition within 20% of without).
# Ingests the same text-layer documents twice into fresh indexes: with recognition (gazetteer, patterns,
# trained name finder, resolution, contacts) and with --no-recognition (text and FOIA structure only), and
# prints wall and CPU seconds of each and their ratio. Runs alternate (with, without, with, without ...)
# so that load from other work falls on both alike; the best of the rounds counts.
# Usage: bench/recognition-bench.sh [CORPUS_DIR] [ROUNDS=3]
#   CORPUS_DIR defaults to 300 generated text-layer documents (seed 5) made on first use in /tmp.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
corpus=${1:-/tmp/foia-recognition-corpus}
rounds=${2:-3}
cores=$(nproc)
[ -f target/foia.jar ] || mvn -B -q -DskipTests package
echo "== machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -d "$corpus" ]; then
  java -jar target/foia.jar corpus generate --out "$corpus" --docs 300 --seed 5 --scanned-ratio 0 --split all >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
best() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() { # $1 = label, rest = extra ingest options; appends "wall cpu" to $work/$1
  local label=$1; shift
  rm -rf "$work/idx"
  /usr/bin/time -f "%e %U %S" -o "$work/t" java -Xmx512m -jar target/foia.jar ingest --quiet --ocr never \
    --threads "$cores" --index "$work/idx" "$@" "$corpus" >/dev/null
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/t" >> "$work/$label"
}
for i in $(seq 1 "$rounds"); do
  run with
  run without --no-recognition
done
for label in with without; do
  printf "%-8s best wall %6.2f s   best CPU %6.2f s   median CPU %6.2f s   (wall of each round: %s)\n" "$label" \
    "$(cut -d' ' -f1 "$work/$label" | best)" "$(cut -d' ' -f2 "$work/$label" | best)" \
    "$(cut -d' ' -f2 "$work/$label" | median)" "$(cut -d' ' -f1 "$work/$label" | tr '\n' ' ')"
done
w=$(cut -d' ' -f1 "$work/with" | best); wo=$(cut -d' ' -f1 "$work/without" | best)
c=$(cut -d' ' -f2 "$work/with" | best); co=$(cut -d' ' -f2 "$work/without" | best)
cm=$(cut -d' ' -f2 "$work/with" | median); com=$(cut -d' ' -f2 "$work/without" | median)
printf "recognition adds %+.0f%% wall time, %+.0f%% CPU time, best against best; %+.0f%% CPU median against median (goal: within +20%%)\n" \
  "$(echo "($w / $wo - 1) * 100" | bc -l)" "$(echo "($c / $co - 1) * 100" | bc -l)" "$(echo "($cm / $com - 1) * 100" | bc -l)"
