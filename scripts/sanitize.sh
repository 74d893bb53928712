#!/usr/bin/env bash
# Builds archlint and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/) and runs the suite under them.
# Leaks inside Graphviz's own libraries are suppressed by
# tests/sanitizers/lsan.supp, which names them; nothing of archlint's is.
# The browser test is left to the ordinary build (Chromium does not run
# under the sanitizers' preload and is slow enough without).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_missing_packages "${archlint_packages[@]}"
# -O1, as AddressSanitizer's authors advise: asserts and debug information
# kept, and the suite runs two to five times faster than at -O0 (the
# pattern search of the hostile suite: 41 s at -O0, 8 s at -O1).
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DARCHLINT_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# The unit tests in one process (ctest would start one per test case, each
# paying the sanitizers' start-up), then the command-line suites (the
# report-format validation, which only reads outputs, is left to the
# ordinary build).
build-asan/archlint_tests
ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -R '^(cli|hostile|fuzz_regressions_.*)$'
