#!/usr/bin/env bash
# Times archlint against Graphviz on generated layered systems, whole
# processes, in one run: `check` beside `gc -n` (Graphviz's bare parse),
# `render` beside `dot -Tsvg`, each with its peak memory. Prints a Markdown
# table for docs/performance.md.
#   bench/run.sh [SIZES...]      default: 100 300 1000 3000 10000 30000 100000
# Needs Debian's graphviz (gc, dot) and time packages.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000 3000 10000 30000 100000)
for tool in gc dot /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: needs $tool (apt-get install graphviz time)" >&2; exit 2; }
done
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build build-bench -j"$(nproc)" --target archlint archlint_generate >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=${BENCH_LIMIT:-300}  # seconds before a command counts as not finished

# COMMAND...: "1.23 s, 45 MB" of wall time and peak memory, or "> LIMIT s"
# when it did not finish, or "failed" with the exit status.
measure() {
  local out=$work/time status=0
  /usr/bin/time -f "%e %M" -o "$out" timeout "$limit" "$@" >/dev/null 2>"$work/stderr" || status=$?
  if [ "$status" -eq 124 ]; then echo "> ${limit} s"; return; fi
  # archlint check exits 1 on findings; anything past 1 is a failure.
  if [ "$status" -gt 1 ]; then echo "failed ($status)"; return; fi
  tail -1 "$out" | awk '{ printf "%.2f s, %d MB", $1, $2 / 1024 }'
}

echo "| components | links | gc -n | archlint check | dot -Tsvg | archlint render |"
echo "|---:|---:|---|---|---|---|"
for n in "${sizes[@]}"; do
  model=$work/system-$n.dot
  ./build-bench/archlint_generate "$n" 1 >"$model"
  components=$(grep -c '\[kind=' "$model")
  links=$(grep -c ' -> ' "$model")
  gc_time=$(measure gc -n "$model")
  check_time=$(measure ./build-bench/archlint check --fail-on never "$model")
  if [ "$n" -le 3000 ]; then dot_time=$(measure dot -Tsvg -o "$work/dot.svg" "$model"); else dot_time="not run"; fi
  render_time=$(measure ./build-bench/archlint render "$model" -o "$work/archlint.svg")
  echo "| $components | $links | $gc_time | $check_time | $dot_time | $render_time |"
done
