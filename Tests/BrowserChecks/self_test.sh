#!/usr/bin/env bash
# Self-test of the browser checks: runs check_pages.py and check_html.sh on the
# samples and asserts that they tell the good page from the bad ones, with the
# expected findings and exit statuses. Ends with "N passed, M failed".
# Exit status: 0 every assertion held, 1 otherwise.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${CARERPRESS_CHECKS_VENV:-/opt/carerpress-browser-checks}"
VPY="$VENV/bin/python"
SAMPLES="$HERE/samples"
tmp="$(mktemp -d)"
trap 'rm -rf -- "$tmp"' EXIT

passed=0
failed=0
expect() {  # expect DESCRIPTION COMMAND...  (the command's success is the assertion)
  local what="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $what"
  else
    failed=$((failed + 1)); echo "FAIL $what"
  fi
}
contains() { grep -qF -- "$2" "$1"; }
has_line() { grep -qE -- "$2" "$1"; }   # extended regex
last_line_is() { [ "$(tail -n 1 "$1")" = "$2" ]; }

# The rule ids found on PAGE at WIDTH must be exactly IDS (space-separated, any order).
rules_are() {
  "$VPY" - "$tmp/pages.json" "$1" "$2" "$3" <<'PYEOF'
import json, sys
results, page, width, want = json.load(open(sys.argv[1])), sys.argv[2], int(sys.argv[3]), set(sys.argv[4].split())
got = [set(f["id"] for f in r["findings"]) for r in results if r["page"].endswith("/" + page) and r["width"] == width]
if len(got) != 1 or got[0] != want:
    print(f"     {page} @ {width}px: expected {sorted(want) or 'no findings'}, got {[sorted(g) for g in got]}")
    sys.exit(1)
PYEOF
}

if [ ! -x "$VPY" ]; then
  echo "self_test: $VENV not found; run $HERE/install.sh" >&2
  exit 1
fi

echo "== check_pages.py on all samples"
"$VPY" "$HERE/check_pages.py" --json "$tmp/pages.json" "$SAMPLES" >"$tmp/pages.out" 2>"$tmp/pages.err"
rc=$?
expect "check_pages exits 1 when some pages fail (got $rc)" [ "$rc" -eq 1 ]
expect "summary line counts page-width checks: 2 passed, 6 failed" last_line_is "$tmp/pages.out" "2 passed, 6 failed"
expect "good.html passes at 1280px" has_line "$tmp/pages.out" "^PASS .*samples/good\.html @ 1280px$"
expect "good.html passes at 320px" has_line "$tmp/pages.out" "^PASS .*samples/good\.html @ 320px$"
expect "good.html: no findings at 1280px" rules_are good.html 1280 ""
expect "good.html: no findings at 320px" rules_are good.html 320 ""
expect "bad.html fails at 1280px" has_line "$tmp/pages.out" "^FAIL .*samples/bad\.html @ 1280px:"
expect "bad.html fails at 320px" has_line "$tmp/pages.out" "^FAIL .*samples/bad\.html @ 320px:"
expect "bad.html @ 1280: lang, alt, contrast, link text, table headers; no reflow" \
  rules_are bad.html 1280 "html-has-lang image-alt color-contrast link-text-generic table-headers"
expect "bad.html @ 320: the same, plus reflow" \
  rules_are bad.html 320 "html-has-lang image-alt color-contrast link-text-generic table-headers reflow"
expect "contrast ratio is printed (2.32:1 for #aaaaaa on white)" contains "$tmp/pages.out" "contrast 2.32:1, needs 4.5:1; #aaaaaa on #ffffff"
expect "the 900px box is named as the reflow culprit" contains "$tmp/pages.out" "div.wide  (right edge at 908px)"
expect "\"click here\" is reported" contains "$tmp/pages.out" 'link text "click here"'
expect "needs-js.html fails only the no-JavaScript check (1280px)" rules_are needs-js.html 1280 "works-without-js"
expect "needs-js.html fails only the no-JavaScript check (320px)" rules_are needs-js.html 320 "works-without-js"
expect "no-focus-style.html fails only the focus check (1280px)" rules_are no-focus-style.html 1280 "focus-visible"
expect "no-focus-style.html fails only the focus check (320px)" rules_are no-focus-style.html 320 "focus-visible"
expect "both of its links are named" contains "$tmp/pages.out" "a:nth-of-type(2)  (no change in outline"

echo "== check_pages.py on good.html alone"
"$VPY" "$HERE/check_pages.py" "$SAMPLES/good.html" >"$tmp/good.out" 2>&1
rc=$?
expect "check_pages exits 0 on good.html (got $rc)" [ "$rc" -eq 0 ]
expect "summary: 2 passed, 0 failed" last_line_is "$tmp/good.out" "2 passed, 0 failed"

echo "== check_pages.py set-up problems"
mkdir -p "$tmp/empty"
python3 "$HERE/check_pages.py" "$tmp/empty" >/dev/null 2>&1
rc=$?
expect "check_pages exits 2 when no pages are found (got $rc; also re-runs itself under the venv)" [ "$rc" -eq 2 ]
CHROMIUM=/nonexistent/chromium "$VPY" "$HERE/check_pages.py" "$SAMPLES/good.html" >/dev/null 2>&1
rc=$?
expect "check_pages exits 2 when the browser is missing (got $rc)" [ "$rc" -eq 2 ]

echo "== check_html.sh"
bash "$HERE/check_html.sh" "$SAMPLES/good.html" >"$tmp/vnu-good.out" 2>&1
rc=$?
expect "check_html exits 0 on good.html (got $rc)" [ "$rc" -eq 0 ]
expect "check_html summary: 1 passed, 0 failed" last_line_is "$tmp/vnu-good.out" "1 passed, 0 failed"
bash "$HERE/check_html.sh" "$SAMPLES/bad.html" >"$tmp/vnu-bad.out" 2>&1
rc=$?
expect "check_html exits 1 on bad.html (got $rc)" [ "$rc" -eq 1 ]
expect "img without alt reported as FILE:LINE.COL: message" \
  contains "$tmp/vnu-bad.out" "$SAMPLES/bad.html:17.1: An 'img' element must have an 'alt' attribute"
expect "missing lang is only a warning, not printed by default" \
  bash -c '! grep -q "lang" "$1"' _ "$tmp/vnu-bad.out"
expect "check_html summary: 0 passed, 1 failed" last_line_is "$tmp/vnu-bad.out" "0 passed, 1 failed"
bash "$HERE/check_html.sh" "$tmp/empty" >/dev/null 2>&1
rc=$?
expect "check_html exits 2 when no pages are found (got $rc)" [ "$rc" -eq 2 ]

if [ "$failed" -gt 0 ]; then
  echo "--- check_pages.py output:"; cat "$tmp/pages.out" "$tmp/pages.err"
  echo "--- check_html.sh output (bad.html):"; cat "$tmp/vnu-bad.out"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
