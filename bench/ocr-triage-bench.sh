#!/usr/bin/env bash
# OCR triage benchmark: how much character error rate `foia reocr` recovers on degraded generated scans.
# 1. generates a fully scanned corpus with poor scans (--scan-quality degraded) and its gold text;
# 2. ingests it with OCR at 300 dpi (the first pass) and scores the scanned pages' CER with foia eval;
# 3. for each preprocessing option, copies that index and runs foia reocr at 400 dpi on every OCR'd page
#    (--below 100), then on the weak pages only (--below 70, all steps), and scores CER again.
# Usage: bench/ocr-triage-bench.sh [DOCS] [SEED] [WORKDIR]   (defaults: 12 documents, seed 41, a temp folder)
# A WORKDIR that already holds the corpus and first pass is reused. PREPROCESS="deskew none" picks the
# options of the --below 100 runs; WEAK_PREPROCESS the option of the --below 70 run (default deskew).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
docs=${1:-12}
seed=${2:-41}
work=${3:-$(mktemp -d /tmp/foia-ocr-triage.XXXXXX)}
foia=${FOIA:-$root/bin/foia}
mkdir -p "$work"

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
(tesseract --version 2>&1 || true) | head -1

cer() { # index -> "scanned CER  scanned WER"
  $foia eval --gold "$work/corpus/gold.jsonl" --index "$1" --format json \
    | python3 -c 'import json,sys; s=json.load(sys.stdin)["ocr"]["byPageKind"]["scanned"]; print("%.4f %.4f %d" % (s["cer"], s["wer"], s["pages"]))'
}
mean_conf() { # index -> mean confidence of OCR'd pages
  $foia pages --ocr-below 100.01 --limit 0 --format jsonl --index "$1" \
    | python3 -c 'import json,sys; c=[json.loads(l)["confidence"] for l in sys.stdin]; print("%.1f %d %d" % (sum(c)/max(1,len(c)), len(c), sum(1 for x in c if x < 70)))'
}

if [ -d "$work/first/lucene" ] && [ -f "$work/corpus/gold.jsonl" ]; then
  echo "== reusing the corpus and first pass in $work"
else
  echo "== corpus: $docs documents, seed $seed, all scanned, degraded scans"
  rm -rf "$work/corpus" "$work/first"
  $foia corpus generate --out "$work/corpus" --docs "$docs" --seed "$seed" --scanned-ratio 1 --scan-quality degraded
  echo "== first pass: ingest, OCR at 300 dpi"
  t0=$(date +%s)
  $foia ingest --quiet --ocr-dpi 300 --index "$work/first" "$work/corpus" | head -2
  echo "ingest seconds: $(( $(date +%s) - t0 ))"
fi
read -r c w n <<<"$(cer "$work/first")"
read -r conf pages weak <<<"$(mean_conf "$work/first")"
printf "%-40s CER %s  WER %s  (%s scanned pages; mean confidence %s; %s pages below 70)\n" "first pass, 300 dpi" "$c" "$w" "$n" "$conf" "$weak"
base=$c

run() { # name below preprocess
  local dir="$work/reocr-$1"
  rm -rf "$dir"; cp -r "$work/first" "$dir"
  local t0; t0=$(date +%s)
  local summary
  summary=$($foia reocr --quiet --below "$2" --dpi 400 --preprocess "$3" --index "$dir" | head -1)
  local secs=$(( $(date +%s) - t0 ))
  read -r c w n <<<"$(cer "$dir")"
  read -r conf pages weak <<<"$(mean_conf "$dir")"
  printf "%-40s CER %s  WER %s  recovered %5.1f%%  mean confidence %s  below 70: %s  %ss\n    %s\n" \
    "reocr 400 dpi --below $2 $3" "$c" "$w" "$(python3 -c "print(100*($base-$c)/$base if $base else 0)")" "$conf" "$weak" "$secs" "$summary"
}

echo "== re-OCR"
for pre in ${PREPROCESS:-none deskew denoise binarize deskew,denoise deskew,denoise,binarize}; do
  run "$pre" 100 "$pre"
done
run "weak" 70 "${WEAK_PREPROCESS:-deskew}"
