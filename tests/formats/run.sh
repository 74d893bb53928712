#!/usr/bin/env bash
# The formats tools read, end to end: SARIF and JSON validated against their
# schemas, JUnit XML parsed and counted. Usage: run.sh ARCHLINT SOURCE_DIR.
# Exits 77 (ctest: skipped) with a message when python3 is missing.
if ! command -v python3 >/dev/null; then
  echo "SKIP: python3 is not installed; SARIF, JSON and JUnit output not validated"
  exit 77
fi
exec python3 "$2/tests/formats/validate.py" "$1" "$2"
