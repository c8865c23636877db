#!/usr/bin/env bash
# Prints the path of a Python with the packages the tests and the benchmark use (jsonschema, PyYAML,
# yamllint, pikepdf, and pdfua to check PDF/UA), in a virtual environment of the project's own. A virtual
# environment works on a plain Debian 12 too, whose own Python refuses `pip install` outside one.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/python
bash scripts/install-packages.sh python3 python3-venv >&2
if ! { "$venv/bin/python" -c 'import jsonschema, yaml, yamllint, pikepdf' 2>/dev/null && [ -x "$venv/bin/pdfua" ]; }; then
  rm -rf "$venv"
  python3 -m venv "$venv" >&2
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    jsonschema==4.26.0 PyYAML==6.0.3 yamllint==1.37.1 pikepdf==10.17.0 pdfua==0.1.3 >&2
fi
echo "$PWD/$venv/bin/python"
