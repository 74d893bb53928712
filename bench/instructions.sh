#!/usr/bin/env bash
# Counts the instructions `archlint check` and Graphviz's bare parse
# (`gc -n`) execute on the same generated systems, under Valgrind's
# callgrind: figures that do not move when other work shares the machine,
# beside the wall times of bench/run.sh. Prints Markdown for
# docs/performance.md.
#   bench/instructions.sh [SIZES...]    default: 1000 10000 30000
# Needs Debian's graphviz and valgrind; BENCH_BUILD as in bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 30000)
for tool in gc valgrind; do
  command -v "$tool" >/dev/null || { echo "bench/instructions.sh: needs $tool (apt-get install graphviz valgrind)" >&2; exit 2; }
done
build=${BENCH_BUILD:-build-bench}
if [ -z "${BENCH_BUILD:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target archlint archlint_generate >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# COMMAND...: the instructions it executed (callgrind's "Collected").
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/out" "$@" >/dev/null 2>"$work/log" || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log" | tail -1
}

echo "| components | gc -n | archlint check | check / gc -n |"
echo "|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  model=$work/system-$n.dot
  ./"$build"/archlint_generate "$n" 1 >"$model"
  gc=$(instructions gc -n "$model")
  check=$(instructions ./"$build"/archlint check --fail-on never "$model")
  components=$(grep -c '\[kind=' "$model")
  awk -v n="$components" -v g="$gc" -v c="$check" 'BEGIN {
    s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s)
    printf "| %s | %.0f M | %.0f M | %.2fx |\n", s, g / 1e6, c / 1e6, c / g }'
done
