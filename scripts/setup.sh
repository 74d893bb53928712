#!/usr/bin/env bash
# Installs what is missing, builds archlint, and reviews the bundled
# catalogue: an SVG, a Markdown and an HTML review per model, the gallery
# (index.html, README.md), index.md, findings.json, findings.sarif and
# junit.xml, under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_and_build archlint
./build/archlint report --format markdown,json,sarif,junit,html models -o out
echo "open out/index.html (or out/README.md)"
