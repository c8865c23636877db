#!/usr/bin/env bash
# make bench: how fast CarerPress checks and builds, beside Hugo and pandoc on the same text.
#
# Corpora of 1, 100 and 1,000 strategy-sized documents (copies of the Southampton adult strategy,
# 68 KB of YAML each, with distinct ids and titles). For each: documents per second and peak memory
# (/usr/bin/time -v) for check, HTML, text and every format, clean and incremental (no change; one
# changed file); Hugo (Debian hugo) building the same text as Markdown, with a page template; and
# pandoc -s, one process per document (on up to 100 documents, then per document). Ratios are
# CarerPress's time per document over the other tool's: below 1 means CarerPress is faster.
# CarerPress's HTML figures include validating the content and checking every page it writes.
# Clean builds, Hugo's too, start from an empty output folder, deleted untimed before each run.
# The HTML/Hugo ratio is also taken from runs of the two in turn, pair by pair (see `paired`).
#
# BENCH_SIZES="1 100" and BENCH_JOBS=N change what is run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-packages.sh time hugo pandoc
swift build -c release --product carerpress >/dev/null
bin=$PWD/.build/release/carerpress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=${BENCH_SIZES:-"1 100 1000"}
jobs=${BENCH_JOBS:-$(nproc)}
echo "CarerPress $($bin --version), release build, --jobs $jobs on $(nproc) cores; $(hugo version | cut -d' ' -f1-2); $(pandoc --version | head -1)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows the wall-clock figures; CPU figures are less affected)"

# One timed run: prints "wall-seconds peak-kilobytes cpu-seconds" (cpu: user + system, all threads).
timed() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  tail -1 "$work/time" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}

# The median of several runs of a command (wall and CPU seconds, the largest peak); one run for slow ones.
# FRESH=folder: that folder is deleted before each run, untimed, and the deletion flushed to disk, so
# every tool builds into an empty folder and none pays for removing the last run's files.
measure() {
  local runs=$1; shift
  local walls=() cpus=() peak=0
  for _ in $(seq "$runs"); do
    if [[ -n ${FRESH:-} ]]; then rm -rf "$FRESH"; sync; fi
    read -r seconds kilobytes cpu < <(timed "$@")
    walls+=("$seconds"); cpus+=("$cpu"); (( kilobytes > peak )) && peak=$kilobytes
  done
  local middle=$(( (runs + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${middle}p") $peak $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")"
}

# "name: 1.23 s, 456.7 documents/s, 1.2 ms a document (CPU 2.0 ms), peak 123 MB"
report() {
  local name=$1 documents=$2 seconds=$3 kilobytes=$4 cpu=$5
  awk -v n="$name" -v d="$documents" -v s="$seconds" -v k="$kilobytes" -v c="$cpu" 'BEGIN {
    rate = s > 0 ? d / s : 0
    printf "  %-31s %8.2f s %8.1f docs/s %8.2f ms a doc  CPU %8.2f ms a doc  peak %5.0f MB\n", n, s, rate, s * 1000 / d, c * 1000 / d, k / 1024 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# CarerPress's HTML build and Hugo's, run in turn (A B A B ...), each into a folder deleted untimed
# first; prints the median of the pairs' ratios, wall and CPU. Taking the ratio pair by pair keeps
# it meaningful when the machine's speed drifts during the runs.
paired() {
  local pairs=$1 carerpress_out=$2 hugo_site=$3
  local walls=() cpus=()
  for _ in $(seq "$pairs"); do
    rm -rf "$carerpress_out"; sync
    read -r a_s _ a_c < <(timed "$bin" build Content --output "$carerpress_out" --formats html --jobs "$jobs" --quiet)
    rm -rf "$hugo_site/public"; sync
    read -r b_s _ b_c < <(timed hugo --quiet -s "$hugo_site" -d "$hugo_site/public")
    walls+=("$(ratio "$a_s" "$b_s")"); cpus+=("$(ratio "$a_c" "$b_c")")
  done
  local middle=$(( (pairs + 1) / 2 ))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${middle}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${middle}p")"
}

# The same text as Markdown: the strategy's web page, converted by pandoc once.
mkdir -p "$work/page"
"$bin" build Content --output "$work/page/Output" --only southampton-adult-carers-strategy --formats html --quiet
pandoc -f html -t gfm "$work/page/Output/southampton-adult-carers-strategy/index.html" -o "$work/page/strategy.md"

for size in $sizes; do
  echo
  echo "== $size documents"
  python3 scripts/bench_corpus.py content Content "$work/c$size/Content" "$size"
  cp -r Templates "$work/c$size/Templates"
  cd "$work/c$size"
  runs=3; (( size >= 1000 )) && runs=1
  read -r s k c < <(measure $runs "$bin" check Content); report "check" "$size" "$s" "$k" "$c"; check_s=$s; check_c=$c
  read -r s k c < <(FRESH=Out measure $runs "$bin" build Content --output Out --formats html --jobs "$jobs" --quiet)
  report "HTML, clean" "$size" "$s" "$k" "$c"; html_s=$s; html_c=$c
  read -r s k c < <(FRESH=Out measure $runs "$bin" build Content --output Out --formats text --jobs "$jobs" --quiet)
  report "text, clean" "$size" "$s" "$k" "$c"
  read -r s k c < <(FRESH=Out measure $runs "$bin" build Content --output Out --formats pdf --jobs "$jobs" --quiet)
  report "PDF, clean" "$size" "$s" "$k" "$c"
  read -r s k c < <(FRESH=Out measure $runs "$bin" build Content --output Out --jobs "$jobs" --quiet)
  report "every format, clean" "$size" "$s" "$k" "$c"
  if (( size >= 100 )); then
    read -r s k c < <(FRESH=Out measure $runs "$bin" build Content --output Out --jobs 1 --quiet)
    report "every format, clean, --jobs 1" "$size" "$s" "$k" "$c"
    "$bin" build Content --output Out --jobs "$jobs" --quiet
  fi
  read -r s k c < <(measure 3 "$bin" build Content --output Out --jobs "$jobs" --quiet)
  report "no-change rebuild" "$size" "$s" "$k" "$c"
  # One changed file: the first document's title changed and changed back, three times, each
  # followed by a rebuild; the median of the three (a single run wanders too much to quote).
  changed=Content/documents/strategy-0001.yaml
  walls=(); cpus=(); peak=0
  for round in 1 2 3; do
    if (( round % 2 )); then
      sed -i 's/^title: Adult Carers Strategy 2021-2026 (copy 1)$/title: Adult Carers Strategy 2021-2026 (copy 1, changed)/' "$changed"
    else
      sed -i 's/^title: Adult Carers Strategy 2021-2026 (copy 1, changed)$/title: Adult Carers Strategy 2021-2026 (copy 1)/' "$changed"
    fi
    read -r s k c < <(timed "$bin" build Content --output Out --jobs "$jobs" --quiet)
    walls+=("$s"); cpus+=("$c"); (( k > peak )) && peak=$k
  done
  report "one changed file, rebuild" "$size" "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)" "$peak" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p)"

  python3 "$OLDPWD/scripts/bench_corpus.py" markdown "$work/page/strategy.md" "$work/h$size" "$size"
  read -r s k c < <(FRESH="$work/h$size/public" measure $runs hugo --quiet -s "$work/h$size" -d "$work/h$size/public")
  report "Hugo (Markdown to HTML)" "$size" "$s" "$k" "$c"; hugo_s=$s; hugo_c=$c
  pandoc_docs=$(( size < 100 ? size : 100 ))
  read -r s k c < <(timed sh -c "for f in $work/h$size/content/strategies/*.md; do n=\$((n+1)); [ \$n -gt $pandoc_docs ] && break; pandoc -s -f gfm --metadata title=Strategy \"\$f\" -o \"\$f.html\"; done")
  report "pandoc -s, one process each" "$pandoc_docs" "$s" "$k" "$c"; pandoc_s=$s; pandoc_c=$c
  pairs=5; (( size >= 1000 )) && pairs=1
  read -r paired_wall paired_cpu < <(paired "$pairs" Out "$work/h$size")
  echo "  HTML/Hugo, $pairs runs of each in turn, median of the pairs' ratios (wall; CPU): $paired_wall; $paired_cpu"
  echo "  ratios of time a document (wall; CPU): HTML/Hugo $(ratio "$html_s" "$hugo_s"); $(ratio "$html_c" "$hugo_c")," \
    "HTML/pandoc $(ratio "$(ratio "$html_s" "$size")" "$(ratio "$pandoc_s" "$pandoc_docs")"); $(ratio "$(ratio "$html_c" "$size")" "$(ratio "$pandoc_c" "$pandoc_docs")")," \
    "check/Hugo $(ratio "$check_s" "$hugo_s"); $(ratio "$check_c" "$hugo_c")"
  cd "$OLDPWD"
  rm -rf "$work/c$size" "$work/h$size"
done

# Glossary size: the same 100 documents with the shipped 51 terms and with 500, built in turn
# (50, 500, 50, 500, 50, 500) from empty output folders; medians, and the median of the pairs' ratios.
echo
echo "== glossary of 50 and of 500 terms, 100 documents, every format"
for terms in 50 500; do
  python3 scripts/bench_corpus.py content Content "$work/g$terms/Content" 100 "$terms"
  cp -r Templates "$work/g$terms/Templates"
done
glossary_ratios=()
declare -A glossary_walls glossary_cpus glossary_peaks
for _ in 1 2 3; do
  for terms in 50 500; do
    rm -rf "$work/g$terms/Out"; sync
    read -r s k c < <(cd "$work/g$terms" && timed "$bin" build Content --output Out --jobs "$jobs" --quiet)
    glossary_walls[$terms]+="$s "; glossary_cpus[$terms]+="$c "; glossary_peaks[$terms]=$k
  done
  glossary_ratios+=("$(ratio "$s" "$(echo "${glossary_walls[50]}" | awk '{ print $NF }')")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
for terms in 50 500; do
  # shellcheck disable=SC2086
  report "$terms terms" 100 "$(median ${glossary_walls[$terms]})" "${glossary_peaks[$terms]}" "$(median ${glossary_cpus[$terms]})"
done
echo "  500 terms against 50, median of the pairs' ratios (wall): $(median "${glossary_ratios[@]}")"

echo; echo "== PDF per document, beside Typst 0.15 and WeasyPrint 70"; bash scripts/bench-pdf.sh
