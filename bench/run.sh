#!/usr/bin/env bash
# Times archlint against Graphviz on generated layered systems, whole
# processes, in one run: `check` beside `gc -n` (Graphviz's bare parse),
# `render` beside `dot -Tsvg`, each with its peak memory, then the stages
# of one check. Prints Markdown for docs/performance.md.
#   bench/run.sh [SIZES...]      default: 100 300 1000 3000 10000 30000 100000
# BENCH_SEED: the generator's seed (default 1), for another system of each size.
# BENCH_PEERS: a folder with LikeC4 and D2 installed from npm, to time them too (below).
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
    # A command that ignores the stop signal (a Node.js program busy in
    # WebAssembly) is killed ten seconds later.
    /usr/bin/time -f "%M" -o "$out.memory" timeout -k 10 "$limit" "$@" >/dev/null 2>"$work/stderr" || status=$?
    awk -v a="$start" -v b="$EPOCHREALTIME" '{ printf "%.6f %d\n", b - a, $1 }' <(tail -1 "$out.memory") >"$out"
    if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then echo "> ${limit} s"; return; fi
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
    # A time under 5 ms is too short to divide by: "-" for its ratio.
    paste "$work/$1" "$work/$2" | awk '{ if ($3 > 0.005) printf "%.2fx, %.2fx", $1 / $3, $2 / $4; else printf "-, %.2fx", $2 / $4 }'
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
  [ -f "$work/render" ] && cp "$work/render" "$work/render-$n"
  echo "$render_time" >"$work/render-$n.shown"
  echo "$components" >"$work/components-$n"
  echo "| $components | $links | $gc_time | $check_time | $(ratio check gc) | $dot_time | $render_time | $(ratio render dot) |"
  [ "$n" -le 30000 ] && cp "$model" "$work/largest.dot"
done

# Peers users would pick instead, where they are installed from npm in the
# folder BENCH_PEERS (`npm install likec4 @terrastruct/d2` there), on the same
# systems up to BENCH_PEERS_MAX components (default 3000), each run
# BENCH_PEERS_REPEAT times (default 1) and stopped after BENCH_PEERS_LIMIT
# seconds (default BENCH_LIMIT): D2 drawing the system to SVG with
# its JavaScript build and default layout (bench/d2_render.mjs), and LikeC4
# exporting its one view of the system to PNG (`likec4 export png`, its
# own Graphviz build, Playwright driving Debian's Chromium, BENCH_CHROMIUM,
# in place of the browser Playwright would download). A peer that exits
# without its picture is "no picture".
if [ -n "${BENCH_PEERS:-}" ]; then
  peers=$(cd "$BENCH_PEERS" && pwd)
  limit=${BENCH_PEERS_LIMIT:-$limit}
  likec4=$peers/node_modules/.bin/likec4
  if [ -x "$likec4" ]; then
    revision=$(node -e 'console.log(require(process.argv[1]).browsers.find(b => b.name === "chromium-headless-shell").revision)' \
      "$peers/node_modules/playwright-core/browsers.json")
    mkdir -p "$work/browsers/chromium_headless_shell-$revision/chrome-linux"
    ln -sf "${BENCH_CHROMIUM:-/usr/bin/chromium}" "$work/browsers/chromium_headless_shell-$revision/chrome-linux/headless_shell"
  fi
  echo
  echo "| components | archlint render | D2 | D2 / archlint (time, memory) | LikeC4 export png | LikeC4 / archlint (time, memory) |"
  echo "|---:|---|---|---|---|---|"
  for n in "${sizes[@]}"; do
    [ "$n" -le "${BENCH_PEERS_MAX:-3000}" ] || continue
    [ -f "$work/render-$n" ] && cp "$work/render-$n" "$work/render"
    d2_time="not installed"
    rm -f "$work/d2" "$work/likec4"
    if [ -d "$peers/node_modules/@terrastruct/d2" ]; then
      ./"$build"/archlint_generate "$n" "${BENCH_SEED:-1}" --format=d2 >"$work/system-$n.d2"
      rm -f "$work/d2.svg"
      d2_time=$(BENCH_REPEAT=${BENCH_PEERS_REPEAT:-1} measure d2 env BENCH_PEERS="$peers" node bench/d2_render.mjs \
        "$work/system-$n.d2" "$work/d2.svg")
      [ -s "$work/d2.svg" ] || { d2_time="$d2_time, no picture"; rm -f "$work/d2"; }
    fi
    likec4_time="not installed"
    if [ -x "$likec4" ]; then
      rm -rf "$work/c4" "$work/c4out" && mkdir -p "$work/c4"
      ./"$build"/archlint_generate "$n" "${BENCH_SEED:-1}" --format=likec4 >"$work/c4/system.c4"
      likec4_time=$(BENCH_REPEAT=${BENCH_PEERS_REPEAT:-1} measure likec4 env PLAYWRIGHT_BROWSERS_PATH="$work/browsers" \
        "$likec4" export png --no-use-dot --max-attempts 1 -t "$limit" -o "$work/c4out" "$work/c4")
      [ -s "$work/c4out/index.png" ] || { likec4_time="$likec4_time, no picture"; rm -f "$work/likec4"; }
    fi
    echo "| $(cat "$work/components-$n") | $(cat "$work/render-$n.shown") | $d2_time | $(ratio d2 render) | $likec4_time | $(ratio likec4 render) |"
  done
fi

# Where a check's time goes, on the largest model up to 30,000 components:
# reading, loading (parse and model), the graph view, and each rule family.
if [ -f "$work/largest.dot" ]; then
  echo
  echo "Stages of \`check\` on $(grep -c '\[kind=' "$work/largest.dot") components (ms):"
  echo
  ./"$build"/archlint_bench "$work/largest.dot" | grep -E '^(read|load|graph|check|family) ' | sed 's/^/    /'
fi
