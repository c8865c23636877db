#!/usr/bin/env bash
# Times CarerPress beside the tools people would otherwise use for the same job, as ratios:
#   checking content: a JSON Schema validator in Python (jsonschema + PyYAML, what a developer would
#   script) and yamllint (syntax and style only);
#   building: checking alone, to show what rendering and page checks add.
# Whole processes are timed with hyperfine (several runs, median reported).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-packages.sh hyperfine
python=$(bash scripts/python-env.sh)
swift build -c release --product carerpress >/dev/null
bin=.build/release/carerpress
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for kind in document legislation glossary organisations facts; do "$bin" schema --file "$kind" > "$work/$kind.json"; done

hyperfine --style basic --warmup 2 --runs 15 --export-json "$work/check.json" \
  -n "carerpress check" "$bin check Content" \
  -n "python jsonschema" "$python Tests/CarerPressCLITests/Scripts/validate_with_schema.py $work Content" \
  -n "yamllint" "$python -m yamllint -d relaxed Content" >/dev/null
hyperfine --style basic --warmup 1 --runs 10 --export-json "$work/build.json" \
  -n "carerpress build" "$bin build Content --output $work/Output" \
  -n "carerpress check" "$bin check Content" >/dev/null

"$python" - "$work/check.json" "$work/build.json" <<'PY'
import json, sys
for path in sys.argv[1:]:
    results = json.load(open(path))["results"]
    base = results[0]
    print(f"{base['command']}: median {base['median']*1000:.0f} ms")
    for other in results[1:]:
        print(f"  vs {other['command']}: median {other['median']*1000:.0f} ms, "
              f"ratio {base['median']/other['median']:.2f} (below 1 means CarerPress is faster)")
PY
