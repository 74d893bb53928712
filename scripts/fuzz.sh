#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-16 (ASan + UBSan) and runs each
# for SECONDS (default 600), seeded from the tests, the catalogue and the
# corpora. Crashing inputs land in build-fuzz/crashes/; copy each into
# tests/fuzz/<target>/ once fixed, where the ordinary build replays it.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: dot drawio mermaid pattern config roundtrip
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(dot drawio mermaid pattern config roundtrip)
command -v clang++-16 >/dev/null || { echo "fuzz.sh: needs clang-16 and libclang-rt-16-dev (apt-get install clang-16 libclang-rt-16-dev)" >&2; exit 2; }

build=build-fuzz
# -O1 with line tables: what libFuzzer's documentation advises, and a third
# of the build time of -O2 -g.
CXX=clang++-16 CC=clang-16 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
  -DARCHLINT_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

# Seeds: every file of the target's format the project holds. Mermaid
# inputs carry a first byte that says .mmd (even) or .md (odd); round-trip
# inputs one that says the format (0 Mermaid, 1 draw.io, 2 DOT).
seed_files() {
  local pattern
  for pattern in "$@"; do
    find models patterns tests ../shared/corpus/files -type f -name "$pattern" 2>/dev/null
  done | sort
}
copied() {  # DIR FILES...: copies each file into DIR, named by its path (many are fires.dot)
  local dir=$1 file
  shift
  for file in "$@"; do cp "$file" "$dir/${file//\//_}"; done
}
prefixed() {  # BYTE DIR FILES...: copies each file into DIR with BYTE in front
  local byte=$1 dir=$2 file
  shift 2
  for file in "$@"; do
    { printf "\\$(printf %03o "$byte")"; cat "$file"; } >"$dir/$byte-${file//\//_}"
  done
}
seeds() {
  local target=$1 dir=$build/seeds/$1
  rm -rf "$dir" && mkdir -p "$dir"
  case $target in
    dot) mapfile -t files < <(seed_files '*.dot' '*.gv'); copied "$dir" "${files[@]}" ;;
    pattern) mapfile -t files < <(find patterns tests/patterns -name '*.dot' | sort); copied "$dir" "${files[@]}" ;;
    drawio) mapfile -t files < <(seed_files '*.drawio' '*.drawio.xml' '*.drawio.svg' '*.drawio.png'); copied "$dir" "${files[@]}" ;;
    config) mapfile -t files < <(find tests -name '*.toml' | sort); copied "$dir" "${files[@]}" ;;
    mermaid)
      mapfile -t mmd < <(seed_files '*.mmd')
      mapfile -t md < <(seed_files '*.md' | xargs -r grep -l '```mermaid')
      prefixed 0 "$dir" "${mmd[@]}"
      prefixed 1 "$dir" "${md[@]}" ;;
    roundtrip)
      mapfile -t mmd < <(seed_files '*.mmd')
      mapfile -t drawio < <(seed_files '*.drawio' '*.drawio.xml')
      mapfile -t dot < <(seed_files '*.dot' '*.gv')
      prefixed 0 "$dir" "${mmd[@]}"
      prefixed 1 "$dir" "${drawio[@]}"
      prefixed 2 "$dir" "${dot[@]}" ;;
  esac
  # Inputs that once broke the target are seeds too.
  [ -d "tests/fuzz/$target" ] && cp tests/fuzz/"$target"/* "$dir"/ 2>/dev/null || true
  echo "$dir"
}

mkdir -p "$build/crashes" "$build/corpus"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1
for target in "${targets[@]}"; do
  seed_dir=$(seeds "$target")
  corpus=$build/corpus/$target
  mkdir -p "$corpus"
  echo "== fuzz_$target: $(ls "$seed_dir" | wc -l) seeds, ${seconds}s"
  "$build/fuzz_$target" "$corpus" "$seed_dir" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
    -max_len=262144 -print_final_stats=1 -artifact_prefix="$build/crashes/$target-" 2>"$build/fuzz_$target.log" || true
  grep -E "^stat::|Done|ERROR|SUMMARY|cov:" "$build/fuzz_$target.log" | tail -8
done
ls "$build/crashes"
