#!/usr/bin/env bash
# Extraction benchmark on the real corpus:
#  (a) text layer: PDFBox (our extractor, OCR off) vs poppler's pdftotext over the 11 digital PDFs, pages/s;
#  (b) OCR: our path (render with PDFBox + Tesseract on a pool, one thread per core; the file twice in one JVM,
#      cold and warm) vs bare tesseract on the same rendered pages (our PGMs; poppler's pdftoppm rendering
#      timed too), run with the same parallelism; s/page.
# Usage: bench/extract-bench.sh [SCANNED_PDF] [DPI]   (defaults: Cowley KS, 200 dpi)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scan=${1:-corpus/real/pdf/moa-ks-cowley-county-sheriffs-office.pdf}
dpi=${2:-200}
cores=$(nproc)

echo "== machine"
echo "nproc: $cores"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
(tesseract --version 2>&1 || true) | head -1
(pdftotext -v 2>&1 || true) | head -1

[ -d target/lib ] && [ -f target/classes/org/foiapipeline/extract/ExtractBench.class ] || mvn -B -q -o -DskipTests package
cp="target/classes:target/lib/*"
now() { date +%s.%N; }

echo "== (a) text layer, digital PDFs"
mapfile -t digital < <(awk -F, 'NR > 1 && $8 == "digital" { print "corpus/real/pdf/" $1 }' corpus/real/labels.csv)
pages=$(awk -F, 'NR > 1 && $8 == "digital" { n += $9 } END { print n }' corpus/real/labels.csv)
ours=$(java -Xmx512m -cp "$cp" org.foiapipeline.extract.ExtractBench text "${digital[@]}" 2>/dev/null | grep pdfbox_text)
echo "$ours"
best=""
for run in 1 2 3; do
  t0=$(now)
  for f in "${digital[@]}"; do pdftotext -q "$f" /dev/null; done
  t=$(echo "$(now) - $t0" | bc -l)
  if [ -z "$best" ] || (( $(echo "$t < $best" | bc -l) )); then best=$t; fi
done
ours_rate=$(sed 's/.*pages_per_s=//' <<<"$ours")
poppler_rate=$(echo "$pages / $best" | bc -l)
printf "pdftotext pages=%d seconds=%.3f pages_per_s=%.1f\n" "$pages" "$best" "$poppler_rate"
printf "ratio pdfbox/pdftotext throughput = %.2f\n" "$(echo "$ours_rate / $poppler_rate" | bc -l)"

echo "== (b) OCR at $dpi dpi: $scan"
ours=$(java -Xmx512m -cp "$cp" org.foiapipeline.extract.ExtractBench ocr "$dpi" "$scan" 2>/dev/null)
echo "$ours"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/poppler" "$tmp/ours"
t0=$(now)
pdftoppm -gray -r "$dpi" "$scan" "$tmp/poppler/p"
render=$(echo "$(now) - $t0" | bc -l)
n=$(ls "$tmp"/poppler/*.pgm | wc -l)
printf "pdftoppm render pages=%d s_per_page=%.3f\n" "$n" "$(echo "$render / $n" | bc -l)"
# bare tesseract on the very pages our path gives it (PDFBox rendering), and on poppler's rendering
java -Xmx512m -cp "$cp" org.foiapipeline.extract.ExtractBench render "$dpi" "$scan" "$tmp/ours" 2>/dev/null
for images in ours poppler; do
  t0=$(now)
  ls "$tmp/$images"/*.pgm | xargs -P "$cores" -I{} env OMP_THREAD_LIMIT=1 tesseract {} stdout -l eng tsv >/dev/null 2>&1
  t=$(echo "$(now) - $t0" | bc -l)
  printf "bare_tesseract images=%s pages=%d seconds=%.2f s_per_page=%.3f parallel=%d\n" "$images" "$n" "$t" "$(echo "$t / $n" | bc -l)" "$cores"
  if [ "$images" = ours ]; then bare=$t; fi
done
for run in cold warm; do
  spp=$(sed -n "s/.*our_ocr run=$run .* s_per_page=\([0-9.]*\).*/\1/p" <<<"$ours")
  printf "ratio ours %s (render+ocr) / bare tesseract on the same images (ocr only) = %.2f\n" "$run" "$(echo "$spp / ($bare / $n)" | bc -l)"
done
