#!/usr/bin/env bash
# The hostile-input suite: every file in cases/ (and the big ones made here
# from recipes) run through archlint, each with its exact expected outcome
# (expected.tsv: exit status and a line it must print), in bounded time and
# memory, leaving no file behind but the outputs a good run writes.
# Usage: run.sh ARCHLINT SOURCE_DIR
set -uo pipefail
archlint=$(realpath "$1")
src=$(realpath "$2")
here=$src/tests/hostile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
seconds=60
# Memory: 4 GiB of address space, unless a sanitizer reserves more than
# that (ARCHLINT_SANITIZED=1, set by the sanitized build's ctest, or the
# binary links libasan); a sanitized build also runs some three times slower.
# No `grep -q` on a pipe here: under pipefail its early exit fails the pipe.
if [[ ${ARCHLINT_SANITIZED:-0} == 1 ]] || [[ $(ldd "$archlint" 2>/dev/null) == *libasan* ]]; then
  seconds=180
else
  ulimit -v $((4 * 1024 * 1024))
fi

# --- Big inputs, made here rather than kept in the repository.
gen=$work/generated
mkdir -p "$gen"
awk 'BEGIN { printf "digraph g {\n"; for (i = 0; i < 12000; i++) printf "subgraph {"; printf "a"; for (i = 0; i < 12000; i++) printf "}"; printf "}\n" }' >"$gen/dot-deep-subgraphs.dot"
awk 'BEGIN { printf "digraph g {\n  a [kind=service, label=\""; for (i = 0; i < 5000000; i++) printf "x"; printf "\"];\n}\n" }' >"$gen/dot-huge-label.dot"
awk 'BEGIN { printf "digraph g {\n  a [kind=service];\n  a -> b [label=<"; for (i = 0; i < 5000; i++) printf "<b>"; printf "x"; for (i = 0; i < 5000; i++) printf "</b>"; printf ">];\n}\n" }' >"$gen/dot-deep-html-label.dot"
awk 'BEGIN { printf "digraph chain {\n  c0 [kind=client];\n"; for (i = 1; i < 100000; i++) printf "  c%d [kind=service];\n", i; for (i = 0; i + 1 < 100000; i++) printf "  c%d -> c%d;\n", i, i + 1; printf "}\n" }' >"$gen/dot-100k-chain.dot"
awk 'BEGIN { srand(1); printf "digraph dense {\n  u [kind=client];\n  u -> s0;\n"; for (i = 0; i < 400; i++) printf "  s%d [kind=service];\n", i; for (k = 0; k < 24000; k++) { a = int(rand() * 400); b = int(rand() * 400); if (a != b) printf "  s%d -> s%d [label=\"call %d\"];\n", a, b, k }; printf "}\n" }' >"$gen/dot-dense-24k-links.dot"
# Several seconds of layout even for a fast renderer: what --timeout must stop.
awk 'BEGIN { srand(1); printf "digraph dense {\n  u [kind=client];\n  u -> s0;\n"; for (i = 0; i < 3000; i++) printf "  s%d [kind=service];\n", i; for (k = 0; k < 24000; k++) { a = int(rand() * 3000); b = int(rand() * 3000); if (a != b) printf "  s%d -> s%d [label=\"call %d\"];\n", a, b, k }; printf "}\n" }' >"$gen/dot-dense-3k-services.dot"
awk 'BEGIN { printf "flowchart TD\n"; for (i = 0; i < 12000; i++) printf "subgraph s%d\n", i; printf "a --> b\n"; for (i = 0; i < 12000; i++) printf "end\n" }' >"$gen/mermaid-deep-subgraphs.mmd"
awk 'BEGIN { printf "flowchart LR\n  a[\""; for (i = 0; i < 5000000; i++) printf "x"; printf "\"] --> b\n" }' >"$gen/mermaid-huge-label.mmd"
awk 'BEGIN { printf "<mxfile>"; for (i = 0; i < 5000; i++) printf "<a>"; for (i = 0; i < 5000; i++) printf "</a>"; printf "</mxfile>\n" }' >"$gen/drawio-deep-xml.drawio"
# 200 MB of zeros, deflated (gzip's stream without its header and trailer).
{ printf '<mxfile>\n<diagram name="Bomb">'; head -c 200000000 /dev/zero | gzip -9 | tail -c +11 | head -c -8 | base64 -w0; printf '</diagram>\n</mxfile>\n'; } >"$gen/drawio-deflate-bomb.drawio"
mkdir -p "$gen/config-deep-section"
awk 'BEGIN { printf "["; for (i = 0; i < 12000; i++) printf "a."; printf "a]\nx = 1\n" }' >"$gen/config-deep-section/archlint.toml"
cp "$here/clean.dot" "$gen/config-deep-section/model.dot"
mkdir -p "$gen/pattern-deep"
awk 'BEGIN { printf "digraph p {\n  id=\"deep\"; check=forbid; message=\"m\"; fix=\"f\"\n"; for (i = 0; i < 12000; i++) printf "subgraph {"; printf "a"; for (i = 0; i < 12000; i++) printf "}"; printf "}\n" }' >"$gen/pattern-deep/rule.dot"
printf 'digraph g {' >"$gen/dot-over-64mib.dot"
truncate -s $((64 * 1024 * 1024 + 1)) "$gen/dot-over-64mib.dot"
# `a0 & ... & a1499 --> b0 & ... & b1499`: 2.25 million links in one line.
awk 'BEGIN { printf "flowchart LR\n"; for (i = 0; i < 1500; i++) printf "%sa%d", (i ? " & " : ""), i; printf " -->"; for (i = 0; i < 1500; i++) printf "%sb%d", (i ? " & " : " "), i; printf "\n" }' >"$gen/mermaid-cross-product.mmd"
awk 'BEGIN { printf "flowchart LR\n"; for (i = 0; i < 300000; i++) printf "n%d\n", i }' >"$gen/mermaid-300k-nodes.mmd"
# A pattern of nine services each calling all that follow, against 300
# services with random calls: few matches, a search as long as 300^9.
mkdir -p "$gen/pattern-long-search/rules"
awk 'BEGIN { printf "digraph order {\n  id=\"order\"; check=forbid; message=\"{n0}\"; fix=\"f\";\n"; for (i = 0; i < 9; i++) printf "  n%d [kind=service];\n", i; for (i = 0; i < 9; i++) for (j = i + 1; j < 9; j++) printf "  n%d -> n%d;\n", i, j; printf "}\n" }' >"$gen/pattern-long-search/rules/order.dot"
awk 'BEGIN { srand(1); printf "digraph dense {\n  u [kind=client];\n  u -> s0;\n"; for (i = 0; i < 300; i++) printf "  s%d [kind=service];\n", i; for (k = 0; k < 22500; k++) { a = int(rand() * 300); b = int(rand() * 300); if (a != b) printf "  s%d -> s%d;\n", a, b }; printf "}\n" }' >"$gen/pattern-long-search/model.dot"
# 20,000 Mermaid blocks in one Markdown file, 20,000 draw.io pages of the
# same name: every design read, in time that grows with the file.
awk 'BEGIN { printf "# Designs\n"; for (i = 0; i < 20000; i++) printf "```mermaid\nflowchart LR\nA-->B\n```\n" }' >"$gen/mermaid-20k-blocks.md"
awk 'BEGIN { printf "<mxfile>\n"; for (i = 0; i < 20000; i++) printf "<diagram name=\"Page\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/><mxCell id=\"a\" value=\"API\" vertex=\"1\" parent=\"1\"/></root></mxGraphModel></diagram>\n"; printf "</mxfile>\n" }' >"$gen/drawio-20k-pages.drawio"
# One draw.io page of 40,000 boxes in a grid and 40,000 edges: the page's
# geometry read in time that grows with the page, not with its square.
awk 'BEGIN { srand(2); printf "<mxfile><diagram name=\"Grid\"><mxGraphModel><root><mxCell id=\"0\"/><mxCell id=\"1\" parent=\"0\"/>\n"; for (i = 0; i < 40000; i++) printf "<mxCell id=\"c%d\" value=\"svc %d\" style=\"rounded=1;\" vertex=\"1\" parent=\"1\"><mxGeometry x=\"%d\" y=\"%d\" width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>\n", i, i, (i % 200) * 150, int(i / 200) * 100; for (i = 0; i < 40000; i++) printf "<mxCell id=\"e%d\" edge=\"1\" source=\"c%d\" target=\"c%d\" parent=\"1\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n", i, i, int(rand() * 40000); printf "</root></mxGraphModel></diagram></mxfile>\n" }' >"$gen/drawio-40k-boxes.drawio"
# A named pipe that nobody writes: opening it to read would wait for ever.
mkfifo "$gen/dot-named-pipe.dot"

clean=$here/clean.dot

# --- Each case: NAME COMMAND STATUS TEXT (expected.tsv, tab-separated).
# In COMMAND, CASE is the case's path (cases/ or generated/) and OUT a
# fresh output path in an empty folder.
while IFS=$'\t' read -r name command want text; do
  [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
  path=$here/cases/$name
  [ -e "$path" ] || path=$gen/$name
  if [ ! -e "$path" ]; then
    failed=$((failed + 1))
    echo "FAIL $name: no such case"
    continue
  fi
  outdir=$work/out/$name
  rm -rf "$outdir" && mkdir -p "$outdir"
  args=${command//CASE/$path}
  args=${args//OUT/$outdir/out}
  args=${args//CLEAN/$clean}
  start=$(date +%s)
  # shellcheck disable=SC2086
  (cd "$outdir" && timeout "$seconds" "$archlint" $args >"$work/stdout" 2>"$work/stderr")
  got=$?
  took=$(($(date +%s) - start))
  problem=""
  if [ "$got" -eq 124 ]; then
    problem="did not finish in ${seconds}s"
  elif [ "$got" -ne "$want" ]; then
    problem="exit $got, wanted $want"
  elif ! grep -qF -- "$text" "$work/stdout" "$work/stderr"; then
    problem="'$text' not printed"
  elif [ "$want" -eq 2 ] && [ -n "$(ls -A "$outdir")" ]; then
    problem="a failed run left files: $(ls -A "$outdir" | tr '\n' ' ')"
  elif find "$outdir" -name '*archlint-tmp*' | grep -q .; then
    problem="a temporary file was left behind"
  fi
  [ "$took" -ge 10 ] && echo "slow: $name ($command) took ${took}s"
  if [ -z "$problem" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name ($command, ${took}s): $problem"
    sed 's/^/  | /' "$work/stdout" "$work/stderr" | head -8
  fi
done <"$here/expected.tsv"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
