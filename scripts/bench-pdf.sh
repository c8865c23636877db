#!/usr/bin/env bash
# Times CarerPress's standard A4 PDF of each shipped document (release build, one core, median of 15
# runs, in memory) against Typst 0.15 (ua-1) and WeasyPrint 70 (pdf/ua-1) on the same text: the
# document's web page, given to WeasyPrint as it is and to Typst through pandoc (html -> typst).
# CarerPress and Typst are timed in turn, three rounds for each document, and the ratio is the median
# of the rounds' ratios (see bench_pdf_others.py). Prints milliseconds (processor time and clock
# time), pages and sizes, CarerPress's speed as a ratio of each, and whether each document meets the
# speed requirement.
# The other tools go in a virtual environment of their own under .build/bench-pdf (PyPI).
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build/bench-pdf
mkdir -p "$work"
bash scripts/install-packages.sh python3 python3-venv poppler-utils >&2
if ! "$work/venv/bin/python" -c 'import typst, weasyprint, pypandoc' 2>/dev/null; then
  rm -rf "$work/venv"
  python3 -m venv "$work/venv" >&2
  "$work/venv/bin/python" -m pip install -q --disable-pip-version-check \
    typst==0.15.2 weasyprint==70.0 pypandoc-binary==1.17 >&2
fi
swift build -c release --product carerpress >&2
swift build -c release --product pdf-benchmark >&2
bin=$(swift build -c release --show-bin-path)
rm -rf "$work/site"
"$bin/carerpress" build Content --output "$work/site" --formats html --jobs 1 --quiet >&2
taskset -c 0 "$bin/pdf-benchmark" Content Templates 15 > "$work/carerpress.txt"
taskset -c 0 "$work/venv/bin/python" scripts/bench_pdf_others.py "$work/site" "$work/carerpress.txt" "$bin/pdf-benchmark" Content Templates
