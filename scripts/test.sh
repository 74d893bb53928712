#!/usr/bin/env bash
# Installs what is missing, builds archlint and its tests, and runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_and_build
ctest --test-dir build --output-on-failure -j"$(nproc)"
