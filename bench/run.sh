#!/usr/bin/env bash
# Times archlint against Graphviz on generated layered systems, whole
# processes, in one run: `check` beside `gc -n` (Graphviz's bare parse),
# `render` beside `dot -Tsvg`, each with its peak memory, then the stages
# of one check. Prints Markdown for docs/performance.md.
#   bench/run.sh [SIZES...]      default: 100 300 1000 3000 10000 30000 100000
# BENCH_SEED: the generator's seed (default 1), for another system of each size.
# Needs Debian's graphviz (gc, dot) and time packages.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000 3000 10000 30000 100000)
for tool in gc dot /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: needs $tool (apt-get install graphviz time)" >&2; exit 2; }
done
# BENCH_BUILD: an existing Release build folder to use instead of build-bench/.
build=${BENCH_BUILD:-build-bench}
if [ -z "${BENCH_BUILD:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target archlint archlint_generate archlint_bench >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
limit=${BENCH_LIMIT:-300}  # seconds before a command counts as not finished

# COMMAND...: "1.23 s, 45 MB" of wall time and peak memory, the best of
# BENCH_REPEAT runs (default 3: the machine's other work only ever adds
# time), or "> LIMIT s" when it did not finish, or "failed" with the exit
# status. The figures (seconds, kilobytes) also go to $work/NAME for ratio().
measure() {
  local name=$1 out=$work/time status=0 run
  shift
  rm -f "$work/$name"
  for ((run = 0; run < ${BENCH_REPEAT:-3}; run++)); do
    status=0
    # Wall time to the microsecond (time's own %e has hundredths, too
    # coarse for a ratio at a tenth of a second), peak memory from time.
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$out.memory" timeout "$limit" "$@" >/dev/null 2>"$work/stderr" || status=$?
    awk -v a="$start" -v b="$EPOCHREALTIME" '{ printf "%.6f %d\n", b - a, $1 }' <(tail -1 "$out.memory") >"$out"
    if [ "$status" -eq 124 ]; then echo "> ${limit} s"; return; fi
    # archlint check exits 1 on findings; anything past 1 is a failure.
    if [ "$status" -gt 1 ]; then echo "failed ($status)"; return; fi
    if [ ! -f "$work/$name" ] || awk -v best="$(cut -d' ' -f1 "$work/$name")" '{ exit !($1 < best) }' <(tail -1 "$out"); then
      tail -1 "$out" >"$work/$name"
    fi
    # A run past a tenth of the limit is not repeated.
    awk -v limit="$limit" '{ exit !($1 * 10 > limit) }' <(tail -1 "$out") && break
  done
  awk '{ printf ($1 < 0.1 ? "%.3f s, %d MB" : "%.2f s, %d MB"), $1, $2 / 1024 }' "$work/$name"
}

# A / B: "4.1x time, 2.0x memory" of two measured commands, or "-".
ratio() {
  if [ -f "$work/$1" ] && [ -f "$work/$2" ]; then
    paste "$work/$1" "$work/$2" | awk '{ t = $3 > 0.005 ? $1 / $3 : 0; printf "%.2fx, %.2fx", t, $2 / $4 }'
  else
    echo "-"
  fi
}

echo "| components | links | gc -n | archlint check | check / gc -n (time, memory) | dot -Tsvg | archlint render | render / dot |"
echo "|---:|---:|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  model=$work/system-$n.dot
  ./"$build"/archlint_generate "$n" "${BENCH_SEED:-1}" >"$model"
  components=$(grep -c '\[kind=' "$model")
  links=$(grep -c ' -> ' "$model")
  gc_time=$(measure gc gc -n "$model")
  check_time=$(measure check ./"$build"/archlint check --fail-on never "$model")
  rm -f "$work/dot"
  if [ "$n" -le 3000 ]; then dot_time=$(measure dot dot -Tsvg -o "$work/dot.svg" "$model"); else dot_time="not run"; fi
  render_time=$(measure render ./"$build"/archlint render "$model" -o "$work/archlint.svg")
  echo "| $components | $links | $gc_time | $check_time | $(ratio check gc) | $dot_time | $render_time | $(ratio render dot) |"
  [ "$n" -le 30000 ] && cp "$model" "$work/largest.dot"
done

# Where a check's time goes, on the largest model up to 30,000 components:
# reading, loading (parse and model), the graph view, and each rule family.
if [ -f "$work/largest.dot" ]; then
  echo
  echo "Stages of \`check\` on $(grep -c '\[kind=' "$work/largest.dot") components (ms):"
  echo
  ./"$build"/archlint_bench "$work/largest.dot" | grep -E '^(read|load|graph|check|family) ' | sed 's/^/    /'
fi
