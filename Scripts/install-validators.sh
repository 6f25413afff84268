#!/bin/sh
# Installs what Scripts/validate-outputs.sh needs, and nothing else. Idempotent: what is already
# installed (at the pinned version) is left alone. Debian/Ubuntu; run as root (CI) or with sudo.
#   apt:  chromium, chromium-driver (axe-core in a real headless browser), libxml2-utils (xmllint for the JUnit XSDs)
#   PyPI: jsonschema (SARIF, OpenACR), xmlschema, rdflib and pyld (EARL as RDF), pyyaml (OpenACR),
#         selenium (drives Chromium), axe-playwright-python 0.1.8 (ships axe.min.js 4.12.1; Playwright itself is not used)
set -eu
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

missing=""
for package in chromium chromium-driver libxml2-utils; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
    echo "install-validators: apt-get install$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
else
    echo "install-validators: chromium, chromium-driver, libxml2-utils already installed"
fi

python=${PYTHON:-python3}
if $python - <<'PY' 2>/dev/null
import importlib.metadata as m
need = {"axe-playwright-python": "0.1.8"}
for name in ["jsonschema", "xmlschema", "rdflib", "pyld", "selenium", "pyyaml"] + list(need):
    version = m.version(name)
    if name in need and version != need[name]:
        raise SystemExit(1)
PY
then
    echo "install-validators: Python packages already installed"
else
    echo "install-validators: pip install jsonschema xmlschema rdflib pyld selenium pyyaml axe-playwright-python==0.1.8"
    $python -m pip install --quiet jsonschema xmlschema rdflib pyld selenium pyyaml "axe-playwright-python==0.1.8"
fi
