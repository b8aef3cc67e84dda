#!/usr/bin/env bash
# Whole-pipeline ingest benchmark on the real corpus, against the standard tools on the same files:
#  (a) text layer: `foia ingest --ocr never` over the 11 digital agreements vs `pdftotext` on the same files
#      (both run with the machine's cores: pdftotext as parallel processes, foia with --threads = cores);
#  (b) OCR: `foia ingest --ocr always` on one scanned agreement vs pdftoppm + bare `tesseract` at the same
#      dpi with the same parallelism.
# The foia figures include the JVM start and the gazetteer build (about 2 s), as a user sees them.
# Usage: bench/ingest-bench.sh [SCANNED_PDF] [DPI]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scan=${1:-corpus/real/pdf/moa-ks-cowley-county-sheriffs-office.pdf}
dpi=${2:-200}
cores=$(nproc)
echo "== machine: $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
[ -f target/foia.jar ] || mvn -B -q -DskipTests package
now() { date +%s.%N; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/digital"
awk -F, 'NR > 1 && $8 == "digital" { print "corpus/real/pdf/" $1 }' corpus/real/labels.csv | xargs -I{} cp {} "$work/digital/"
pages=$(awk -F, 'NR > 1 && $8 == "digital" { n += $9 } END { print n }' corpus/real/labels.csv)

echo "== (a) text layer: $pages pages in 11 digital PDFs"
t0=$(now)
java -Xmx512m -jar target/foia.jar ingest --quiet --ocr never --threads "$cores" --index "$work/idx-a" "$work/digital" >/dev/null
foia=$(echo "$(now) - $t0" | bc -l)
t0=$(now)
ls "$work"/digital/*.pdf | xargs -P "$cores" -I{} pdftotext -q {} /dev/null
poppler=$(echo "$(now) - $t0" | bc -l)
printf "foia ingest --ocr never: %.2f s, %.1f pages/s\n" "$foia" "$(echo "$pages / $foia" | bc -l)"
printf "pdftotext:               %.2f s, %.1f pages/s\n" "$poppler" "$(echo "$pages / $poppler" | bc -l)"
printf "ratio foia/pdftotext throughput: %.2f\n" "$(echo "$poppler / $foia" | bc -l)"

echo "== (b) OCR at $dpi dpi: $scan"
n=$(pdfinfo "$scan" 2>/dev/null | awk '/^Pages:/ { print $2 }')
t0=$(now)
java -Xmx512m -jar target/foia.jar ingest --quiet --ocr always --ocr-dpi "$dpi" --index "$work/idx-b" "$scan" >/dev/null
foia=$(echo "$(now) - $t0" | bc -l)
mkdir -p "$work/png"
t0=$(now)
pdftoppm -gray -r "$dpi" -png "$scan" "$work/png/p"
ls "$work"/png/*.png | xargs -P "$cores" -I{} env OMP_THREAD_LIMIT=1 tesseract {} stdout -l eng tsv >/dev/null 2>&1
bare=$(echo "$(now) - $t0" | bc -l)
printf "foia ingest --ocr always: %.2f s, %.2f s/page\n" "$foia" "$(echo "$foia / $n" | bc -l)"
printf "pdftoppm + tesseract:     %.2f s, %.2f s/page\n" "$bare" "$(echo "$bare / $n" | bc -l)"
printf "overhead of foia over the bare tools: %+.0f%%\n" "$(echo "($foia / $bare - 1) * 100" | bc -l)"
