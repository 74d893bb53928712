#!/usr/bin/env bash
# Counts the instructions `archlint check` and Graphviz's bare parse
# (`gc -n`), and `archlint render` and `dot -Tsvg`, execute on the same
# generated systems, under Valgrind's callgrind: figures that do not move
# when other work shares the machine, beside the wall times of
# bench/run.sh. Prints Markdown for docs/performance.md.
#   bench/instructions.sh [SIZES...]    default: 100 300 1000 10000 30000
# (render beside `dot -Tsvg` for the sizes up to 300)
# Needs Debian's graphviz and valgrind; BENCH_BUILD and BENCH_SEED as in
# bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000 10000 30000)
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

# COMMAND...: the instructions it executed (callgrind's "Collected"). archlint
# lays out in a forked child, whose count starts from its parent's at the
# fork: the largest count is the run's, all but the parent's last writes.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/out.%p" "$@" >/dev/null 2>"$work/log" || true
  rm -f "$work"/out.*
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log" | awk '$1 > m { m = $1 } END { print m }'
}

# "1,234": a number with thousands separated.
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'; }

echo "| components | gc -n | archlint check | check / gc -n |"
echo "|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  model=$work/system-$n.dot
  ./"$build"/archlint_generate "$n" "${BENCH_SEED:-1}" >"$model"
  gc=$(instructions gc -n "$model")
  check=$(instructions ./"$build"/archlint check --fail-on never "$model")
  components=$(thousands "$(grep -c '\[kind=' "$model")")
  awk -v n="$components" -v g="$gc" -v c="$check" 'BEGIN { printf "| %s | %.0f M | %.0f M | %.2fx |\n", n, g / 1e6, c / 1e6, c / g }'
done

# Drawing, where `dot` finishes in seconds: `render` beside `dot -Tsvg`.
echo
echo "| components | dot -Tsvg | archlint render | render / dot |"
echo "|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  [ "$n" -le 300 ] || continue
  model=$work/system-$n.dot
  dot=$(instructions dot -Tsvg -o "$work/dot.svg" "$model")
  render=$(instructions ./"$build"/archlint render "$model" -o "$work/archlint-$n.svg")
  components=$(thousands "$(grep -c '\[kind=' "$model")")
  awk -v n="$components" -v d="$dot" -v r="$render" 'BEGIN { printf "| %s | %.0f M | %.0f M | %.2fx |\n", n, d / 1e6, r / 1e6, r / d }'
done
