#!/usr/bin/env bash
# Installs what is missing, builds archlint, and reviews the bundled
# catalogue: an SVG and a Markdown report per model, an index and
# findings.json, under out/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_and_build
./build/archlint report models -o out
echo "open out/index.md"
