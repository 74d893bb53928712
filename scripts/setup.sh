#!/usr/bin/env bash
# Installs what is missing, builds archlint, and reviews the bundled
# catalogue: an SVG and a Markdown report per model, an index,
# findings.json, findings.sarif and junit.xml, under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_and_build
./build/archlint report --format markdown,json,sarif,junit models -o out
echo "open out/index.md"
