#!/usr/bin/env bash
# The archlint binary end to end: exit statuses, messages and files.
# Usage: run.sh ARCHLINT SOURCE_DIR
set -uo pipefail
archlint=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

expect_status() {  # NAME WANT CMD...
  local name=$1 want=$2
  shift 2
  "$@" >"$work/stdout" 2>"$work/stderr"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: exit $got, wanted $want"
    sed 's/^/  | /' "$work/stdout" "$work/stderr"
  fi
}

expect_grep() {  # NAME PATTERN FILE
  if grep -q -- "$2" "$3"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $1: '$2' not in $3"
    sed 's/^/  | /' "$3"
  fi
}

expect_status "clean model exits 0" 0 "$archlint" check "$src/tests/rules/clean.dot"
expect_grep "clean summary" "0 errors, 0 warnings" "$work/stdout"

expect_status "findings exit 1" 1 "$archlint" check "$src/tests/rules/performance-read-cache/fires.dot"
expect_grep "compiler-style line" "fires.dot:11: warning: 'api' reads 'urls' (read-heavy, 100:1) with no cache on the path \[performance-read-cache\]" "$work/stdout"

# Every fixture that fires a rule fails a run that fails on any finding (a
# picture's asks are info), and says where.
for fixture in "$src"/tests/rules/*/fires*.dot; do
  expect_status "defect in $fixture exits 1" 1 "$archlint" check --fail-on info "$fixture"
  expect_grep "defect in $fixture has file:line" "^$fixture:[0-9]*: \(info\|warning\|error\):" "$work/stdout"
done

expect_status "fail-on error ignores warnings" 0 "$archlint" check --fail-on error "$src/tests/rules/performance-read-cache/fires.dot"
expect_status "fail-on never" 0 "$archlint" check --fail-on never "$src/tests/rules/reliability-single-point-of-failure/fires.dot"

expect_status "broken model exits 2" 2 "$archlint" check "$src/tests/cli/broken.dot"
expect_grep "file and line of the error" "broken.dot:3: error: component 'api' has unknown kind 'servise'; did you mean 'service'?" "$work/stderr"

expect_status "missing file exits 2" 2 "$archlint" check "$work/none.dot"
expect_status "bad option exits 2" 2 "$archlint" check --format yaml "$src/tests/rules/clean.dot"
expect_status "no subcommand exits 2" 2 "$archlint"
expect_status "help exits 0" 0 "$archlint" --help
expect_grep "help lists check" "check" "$work/stdout"
expect_status "version" 0 "$archlint" --version
expect_grep "version text" "archlint 0" "$work/stdout"

expect_status "json" 1 "$archlint" check --format json "$src/tests/rules/completeness-schema/fires.dot"
expect_grep "json rule" '"rule": "completeness-schema"' "$work/stdout"

# Formats for tools (validated against their schemas by tests/formats).
expect_status "sarif keeps the exit status" 1 "$archlint" check --format sarif "$src/tests/rules/completeness-schema/fires.dot"
expect_grep "sarif version" '"version": "2.1.0"' "$work/stdout"
expect_grep "sarif result" '"ruleId": "completeness-schema"' "$work/stdout"
expect_status "junit keeps the exit status" 1 "$archlint" check --format junit "$src/tests/rules/completeness-schema/fires.dot"
expect_grep "junit failure" '<testcase name="completeness-schema" classname="completeness"' "$work/stdout"
expect_status "json plain path" 0 "$archlint" check --format json "$src/tests/cli/diagrams/shop.drawio"
expect_grep "json file without the page" "\"file\": \"$src/tests/cli/diagrams/shop.drawio\"" "$work/stdout"
expect_grep "json page apart" '"page": "Back office"' "$work/stdout"
expect_status "report sarif and junit only" 0 "$archlint" report --format sarif,junit "$src/tests/rules/clean.dot" -o "$work/tools"
expect_grep "report says what it wrote" "wrote 2 files for 1 model" "$work/stdout"
if [ "$(ls "$work/tools" | tr '\n' ' ')" = "findings.sarif junit.xml " ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL report --format sarif,junit wrote: $(ls "$work/tools")"; fi
expect_status "report html" 0 "$archlint" report --format html "$src/tests/rules/clean.dot" -o "$work/pages"
if [ "$(ls "$work/pages" | tr '\n' ' ')" = "clean.html index.html " ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL report --format html wrote: $(ls "$work/pages")"; fi
expect_status "check html: one model's page" 0 "$archlint" check --format html "$src/tests/rules/clean.dot"
expect_grep "check html prints the page" "<!DOCTYPE html>" "$work/stdout"
expect_status "check html refuses several models" 2 "$archlint" check --format html "$src/tests/rules/clean.dot" "$src/tests/rules/clean.dot"
expect_grep "check html says to use report" "archlint report --format html" "$work/stderr"
expect_status "report unknown format" 2 "$archlint" report --format yaml "$src/tests/rules/clean.dot" -o "$work/yaml"

expect_status "render" 0 "$archlint" render "$src/tests/rules/clean.dot" -o "$work/clean.svg"
expect_grep "svg written" "<svg" "$work/clean.svg"
expect_status "render of a broken model" 2 "$archlint" render "$src/tests/cli/broken.dot" -o "$work/broken.svg"
if [ -e "$work/broken.svg" ]; then failed=$((failed + 1)); echo "FAIL: broken render wrote a file"; else passed=$((passed + 1)); fi

# The review on the picture: a badge per finding on the diagram, every finding in the list.
cdn="$src/tests/rules/performance-cdn/fires.dot"
"$archlint" check --format json "$cdn" >"$work/cdn.json"
findings=$(grep -c '"rule":' "$work/cdn.json")
expect_status "render with findings" 0 "$archlint" render "$cdn" -o "$work/cdn.svg"
listed=$(grep -c 'class="finding ' "$work/cdn.svg")
badges=$(grep -c 'class="badge ' "$work/cdn.svg")
design=$(grep -c '"component": null' "$work/cdn.json")
if [ "$listed" -eq "$findings" ] && [ "$badges" -eq $((findings - design)) ] && [ "$findings" -gt 0 ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL render badges: $findings findings ($design design-wide), $listed listed, $badges badges"
fi
expect_grep "a CDN finding marks its link" 'data-target="link-' "$work/cdn.svg"
expect_grep "legend beside the diagram" 'id="legend"' "$work/cdn.svg"
expect_status "render --no-legend" 0 "$archlint" render --no-legend "$cdn" -o "$work/bare.svg"
if grep -q 'id="legend"' "$work/bare.svg"; then failed=$((failed + 1)); echo "FAIL: --no-legend drew a legend"; else passed=$((passed + 1)); fi

# One group's page, an unknown group, and --group over a folder.
expect_status "render --group" 0 "$archlint" render --group data "$src/models/chat.dot" -o "$work/chat-data.svg"
expect_grep "the group page says what it is" 'the group data drawn whole' "$work/chat-data.svg"
expect_grep "the group page draws the group's components" 'id="component-messages"' "$work/chat-data.svg"
expect_status "render --group of no group exits 2" 2 "$archlint" render --group billing "$src/models/chat.dot" -o "$work/chat-billing.svg"
if [ -e "$work/chat-billing.svg" ]; then failed=$((failed + 1)); echo "FAIL: an unknown --group wrote a picture"; else passed=$((passed + 1)); fi
expect_status "render --group of a folder exits 2" 2 "$archlint" render --group data "$src/models" -o "$work/groups"

# Formats by extension, standard output, and a refused extension.
expect_status "render to PNG" 0 "$archlint" render "$cdn" -o "$work/cdn.png"
if [ "$(head -c 8 "$work/cdn.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: render -o x.png did not write a PNG"
fi
expect_status "render to PDF" 0 "$archlint" render "$cdn" -o "$work/cdn.pdf"
if [ "$(head -c 5 "$work/cdn.pdf")" = "%PDF-" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: render -o x.pdf did not write a PDF"; fi
"$archlint" render "$cdn" -o "$work/again.pdf" >/dev/null
if cmp -s "$work/cdn.pdf" "$work/again.pdf"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: the same model gave another PDF"; fi
abs_cdn="$(cd "$src" && pwd)/tests/rules/performance-cdn/fires.dot"
abs_archlint="$(cd "$(dirname "$archlint")" && pwd)/$(basename "$archlint")"
(cd "$work" && "$abs_archlint" render "$abs_cdn" -o - >"$work/stdout.svg" 2>"$work/stderr")
if [ $? -eq 0 ] && grep -q "<svg" "$work/stdout.svg" && [ ! -e "$work/-" ] && ! grep -q "^wrote" "$work/stdout.svg"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: render -o - did not write SVG to standard output only"
fi
if cmp -s "$work/stdout.svg" "$work/cdn.svg"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: -o - and -o x.svg differ"; fi
expect_status "render to an unknown extension" 2 "$archlint" render "$cdn" -o "$work/cdn.jpg"
expect_grep "unknown extension named" "cdn.jpg: error: cannot write a .jpg picture; render writes .svg, .png or .pdf" "$work/stderr"
if ls "$work"/cdn.jpg* >/dev/null 2>&1; then failed=$((failed + 1)); echo "FAIL: unknown extension wrote a file"; else passed=$((passed + 1)); fi
expect_status "render -o - of a folder" 2 "$archlint" render "$src/models" -o -

# The gallery: README.md beside the Markdown reviews, index.html beside the
# pages; a section per model with the parts the model has, and every file
# it links written.
expect_status "gallery of the catalogue" 0 "$archlint" report --format markdown,html "$src/models" -o "$work/gallery"
models=$(ls "$src"/models/*.dot | wc -l)
for f in README.md index.html index.md; do
  if [ -s "$work/gallery/$f" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL gallery: no $f"; fi
done
sections=$(grep -c '^<a id="design-[0-9]*"></a>$' "$work/gallery/README.md")
if [ "$sections" -eq "$models" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL gallery README: $sections sections for $models models"; fi
pictures=$(grep -c '^!\[.*\]([a-z0-9_]*\.svg)$' "$work/gallery/README.md")
if [ "$pictures" -eq "$models" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL gallery README: $pictures pictures for $models models"; fi
expect_grep "gallery shows a design's header comment" "^> Proximity service / Yelp: notes section" "$work/gallery/README.md"
expect_grep "gallery shows a checklist point" "^- \*\*met\*\*: .*(\`checklist-pastebin-cache\`)" "$work/gallery/README.md"
expect_grep "gallery quotes the notes" "^- \\*\\*met\\*\\*: &quot;Read speed - Caching for hot links.&quot;" "$work/gallery/README.md"
expect_grep "gallery lists NFRs" "^| the design | availability | " "$work/gallery/README.md"
expect_grep "gallery lists flows" "^- \*\*redirect\*\*: " "$work/gallery/README.md"
expect_grep "gallery gives waiver reasons" "^  - Waived: " "$work/gallery/README.md"
missing=""
for target in $(grep -o '](\([^)#]*\))' "$work/gallery/README.md" | sed 's/^](//; s/)$//' | sort -u); do
  [ -f "$work/gallery/$target" ] || missing="$missing $target"
done
if [ -z "$missing" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL gallery README links files not written:$missing"; fi
# A folder of one's own models (no problem, no header comment): the same gallery, fewer sections.
mkdir -p "$work/mine"
printf 'digraph mine {\n  a [kind=service, replicas=2];\n}\n' >"$work/mine/a.dot"
expect_status "gallery of a plain folder" 0 "$archlint" report --format markdown,html "$work/mine" -o "$work/mine-out"
expect_grep "plain gallery has the model" "^## mine$" "$work/mine-out/README.md"
if grep -q "The notes' checklist" "$work/mine-out/README.md"; then failed=$((failed + 1)); echo "FAIL plain gallery shows a checklist"; else passed=$((passed + 1)); fi
expect_grep "plain gallery html has its section" '<section class="design" id="design-1">' "$work/mine-out/index.html"

expect_status "report with a broken model" 2 "$archlint" report "$src/tests/rules/clean.dot" "$src/tests/cli/broken.dot" -o "$work/keep"
expect_grep "report names the broken model" "broken.dot:3: error:" "$work/stderr"
expect_grep "report still writes the good one" "wrote 5 files for 1 model" "$work/stdout"
for f in clean.md clean.svg index.md README.md findings.json; do
  if [ -s "$work/keep/$f" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL report beside a broken model: no $f"; fi
done
if ls "$work/keep" | grep -q broken; then failed=$((failed + 1)); echo "FAIL: a report for the broken model"; else passed=$((passed + 1)); fi

expect_status "report" 0 "$archlint" report "$src/tests/rules/clean.dot" "$src/tests/rules/completeness-schema" -o "$work/out"
for f in clean.svg clean.md fires.svg fires.md passes.svg passes.md index.md findings.json; do
  if [ -s "$work/out/$f" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL report: no $f"; fi
done

expect_status "rules" 0 "$archlint" rules
expect_grep "rules list" "reliability-single-point-of-failure  error" "$work/stdout"
expect_status "explain" 0 "$archlint" explain performance-read-cache
expect_grep "explain page" "# performance-read-cache" "$work/stdout"
expect_status "explain unknown" 2 "$archlint" explain performance-read-cach
expect_grep "explain suggestion" "did you mean 'performance-read-cache'" "$work/stderr"

# Diagrams: draw.io (compressed, two pages), Mermaid, and their errors.
d="$src/tests/cli/diagrams"
expect_status "a picture's asks alone pass" 0 "$archlint" check "$d/shop.drawio"
expect_status "compressed draw.io findings" 1 "$archlint" check --fail-on info "$d/shop.drawio"
expect_grep "findings use the diagram's labels" 'shop.drawio\[Storefront\]:1: info: a picture cannot show what a review needs; .*a schema for "Orders (Postgres)"' "$work/stdout"
expect_grep "second page checked too" 'shop.drawio\[Back office\]' "$work/stdout"
expect_status "one page" 1 "$archlint" check --fail-on info --page "Back office" "$d/shop.drawio"
if grep -q Storefront "$work/stdout"; then failed=$((failed + 1)); echo "FAIL: --page kept other pages"; else passed=$((passed + 1)); fi
expect_status "no such page" 2 "$archlint" check --page Nope "$d/shop.drawio"
expect_status "mermaid findings" 1 "$archlint" check "$d/flow.mmd"
expect_grep "mermaid lines" 'flow.mmd:5: error: client "Browser" links straight to database "Orders Postgres"' "$work/stdout"
expect_status "explain a picture's component" 0 "$archlint" explain "$d/flow.mmd" db
expect_grep "its asks" "the picture does not show a schema \[completeness-schema, asked in completeness-picture\]" "$work/stdout"
expect_status "broken XML" 2 "$archlint" check "$d/broken.drawio"
expect_grep "broken XML line" "broken.drawio:4: error: not well-formed XML" "$work/stderr"
expect_status "bad base64" 2 "$archlint" check "$d/bad-base64.drawio"
expect_grep "bad base64 names the page" "bad-base64.drawio:1: error: page 'Broken': bad base64" "$work/stderr"
expect_status "mermaid syntax error" 2 "$archlint" check "$d/broken.mmd"
expect_grep "mermaid error line" "broken.mmd:3: error:" "$work/stderr"
expect_status "unsupported file" 2 "$archlint" check "$src/CMakeLists.txt"
expect_grep "unsupported file says why" "CMakeLists.txt: error: unknown file type" "$work/stderr"

expect_status "import two pages" 0 "$archlint" import "$d/shop.drawio" -o "$work/shop.dot"
for f in shop-storefront.dot shop-back-office.dot; do
  if [ -s "$work/$f" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL import: no $f"; fi
done
expect_grep "import keeps labels and reasons" 'orders_postgres \[kind=database, tech="postgres", label="Orders\\n(Postgres)"\];  // kind from' "$work/shop-storefront.dot"
expect_status "imported model checks" 1 "$archlint" check "$work/shop-storefront.dot"
expect_status "import of a broken diagram" 2 "$archlint" import "$d/broken.mmd" -o "$work/broken-import.dot"
if [ -e "$work/broken-import.dot" ]; then failed=$((failed + 1)); echo "FAIL: broken import wrote a file"; else passed=$((passed + 1)); fi
expect_status "import one page to standard output" 0 "$archlint" import "$d/shop.drawio" --page Storefront -o -
expect_grep "import - prints the model" "^digraph " "$work/stdout"
if [ -e ./- ] || [ -e "$work/-" ]; then failed=$((failed + 1)); echo "FAIL: import -o - wrote a file named -"; else passed=$((passed + 1)); fi
expect_status "import of several pages to standard output" 2 "$archlint" import "$d/shop.drawio" -o -
expect_grep "import - wants one page" "choose one with --page" "$work/stderr"
expect_status "render a page each" 0 "$archlint" render "$d/shop.drawio" -o "$work/shop.svg"
for f in shop-storefront.svg shop-back-office.svg; do
  if [ -s "$work/$f" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL render: no $f"; fi
done

# Waivers: a reason holds any text; an expiry has one spelling.
expect_status "an expiry without =" 2 "$archlint" check "$src/tests/cli/waivers/expiry-spelt-out.dot"
expect_grep "its file, line and right form" "expiry-spelt-out.dot:4: error: waiver of 'completeness-schema' gives an expiry as 'until 2027-06-30'.*write until=2027-06-30" "$work/stderr"
expect_status "a reason with ; and :" 1 "$archlint" check "$src/tests/cli/waivers/reason-with-semicolons.dot"
expect_grep "one waiver" "(1 waived)" "$work/stdout"

# Folder runs keep going: each broken file gives its error, the rest are
# checked and reported, and the run exits 2.
f="$src/tests/cli/folder"
expect_status "folder with broken files" 2 "$archlint" check "$f"
expect_grep "first broken file" "b-broken.dot:3: error: component 'api' has unknown kind 'servise'" "$work/stderr"
expect_grep "second broken file" "c-syntax.dot:4: error:" "$work/stderr"
expect_grep "how many were left out" "2 files were left out for input errors" "$work/stderr"
expect_grep "good files checked" "2 files checked" "$work/stdout"
expect_grep "good file's findings" "quiet/reads.dot:6: info: 'api' reads 'urls'" "$work/stdout"
expect_status "folder report with broken files" 2 "$archlint" report "$f" -o "$work/folder"
for r in a-clean.md a-clean.svg reads.md reads.svg index.md findings.json; do
  if [ -s "$work/folder/$r" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL folder report: no $r"; fi
done
if ls "$work/folder" | grep -q broken; then failed=$((failed + 1)); echo "FAIL: a report for a broken file"; else passed=$((passed + 1)); fi
expect_grep "index lists the good ones only" "2 models" "$work/folder/index.md"
expect_status "folder render with broken files" 2 "$archlint" render "$f" -o "$work/drawn"
expect_grep "render names the broken file" "b-broken.dot:3: error:" "$work/stderr"
for r in a-clean.svg reads.svg; do
  if [ -s "$work/drawn/$r" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL folder render: no $r"; fi
done
if ls "$work/drawn" | grep -q broken; then failed=$((failed + 1)); echo "FAIL: a drawing for a broken file"; else passed=$((passed + 1)); fi
expect_status "render two models into a folder" 0 "$archlint" render "$src/tests/rules/clean.dot" "$f/quiet/reads.dot" -o "$work/two"
for r in clean.svg reads.svg; do
  if [ -s "$work/two/$r" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL render of two: no $r"; fi
done
# Each file uses the archlint.toml nearest above it, in any argument order.
for order in "$src/tests/config/project/sub/reads.dot $f/quiet/reads.dot" "$f/quiet/reads.dot $src/tests/config/project/sub/reads.dot"; do
  # shellcheck disable=SC2086
  expect_status "nearest config ($order)" 1 "$archlint" check $order
  expect_grep "project's config" "project/sub/reads.dot:6: error: 'api' reads 'urls'" "$work/stdout"
  expect_grep "folder's own config" "quiet/reads.dot:6: info: 'api' reads 'urls'" "$work/stdout"
done

# Linter habits: choosing rules, hiding milder findings, colour, standard
# input, waived findings, suggestions and one technology's entry.
q="$f/quiet/reads.dot"
expect_status "select a family and a rule" 1 "$archlint" check --select performance --select reliability-replication "$q"
expect_grep "selected family" "\[performance-read-cache\]" "$work/stdout"
expect_grep "selected rule" "\[reliability-replication\]" "$work/stdout"
if grep -q "completeness-" "$work/stdout"; then failed=$((failed + 1)); echo "FAIL: --select kept other rules"; else passed=$((passed + 1)); fi
expect_status "ignore, comma-separated" 1 "$archlint" check --ignore completeness,structure-unreachable "$q"
if grep -q "completeness-\|structure-unreachable" "$work/stdout"; then failed=$((failed + 1)); echo "FAIL: --ignore kept them"; else passed=$((passed + 1)); fi
expect_status "unknown rule to select" 2 "$archlint" check --select read-cache "$q"
expect_grep "select suggests" "did you mean 'performance-read-cache'?" "$work/stderr"
expect_status "min-severity error" 0 "$archlint" check --min-severity error "$q"
expect_grep "only errors counted" "0 errors, 0 warnings, 0 info" "$work/stdout"
expect_status "bad min-severity" 2 "$archlint" check --min-severity fatal "$q"
expect_status "colour always" 1 "$archlint" check --color always "$q"
expect_grep "coloured severity" $'\033\[1;35mwarning\033\[0m' "$work/stdout"
expect_status "no colour when not a terminal" 1 "$archlint" check "$q"
if grep -q $'\033' "$work/stdout"; then failed=$((failed + 1)); echo "FAIL: colour in a pipe"; else passed=$((passed + 1)); fi
if command -v script >/dev/null; then
  script -qec "NO_COLOR=1 $archlint check $q" /dev/null >"$work/tty" 2>&1
  if grep -q $'\033\[1;' "$work/tty"; then failed=$((failed + 1)); echo "FAIL: colour despite NO_COLOR"; else passed=$((passed + 1)); fi
  script -qec "$archlint check $q" /dev/null >"$work/tty" 2>&1
  expect_grep "colour on a terminal" $'\033\[1;35mwarning' "$work/tty"
  script -qec "$archlint check --color never $q" /dev/null >"$work/tty" 2>&1
  if grep -q $'\033\[1;' "$work/tty"; then failed=$((failed + 1)); echo "FAIL: colour despite --color never"; else passed=$((passed + 1)); fi
fi
expect_status "standard input" 1 sh -c "\"$archlint\" check --fail-on info - <\"$q\""
expect_grep "stdin findings" "^stdin:6: warning: 'api' reads 'urls'" "$work/stdout"
expect_status "broken standard input" 2 sh -c "echo 'digraph g { a [kind=servise]; }' | \"$archlint\" check -"
expect_grep "stdin error" "^stdin:1: error: component 'a' has unknown kind" "$work/stderr"
expect_status "show waived" 1 "$archlint" check --show-waived --today 2027-01-01 "$src/tests/rules/waivers/expired.dot" "$src/tests/rules/waivers/waived.dot"
expect_grep "waived finding listed" "waived.dot:9: waived warning: database 'store' has no schema \[completeness-schema\]" "$work/stdout"
expect_grep "its reason" "    waived: schemaless documents owned by another team" "$work/stdout"
expect_grep "its expiry" "    waived: migrating (until 2027-09-01)" "$work/stdout"
expect_status "waived hidden by default" 1 "$archlint" check "$src/tests/rules/waivers/waived.dot"
if grep -q "waived warning" "$work/stdout"; then failed=$((failed + 1)); echo "FAIL: waived shown without --show-waived"; else passed=$((passed + 1)); fi
expect_status "explain a rule's short name" 2 "$archlint" explain read-cache
expect_grep "explain suggests the rule id" "did you mean 'performance-read-cache'?" "$work/stderr"
expect_status "blast radius of nothing" 2 "$archlint" check --blast-radius nosuch "$src/tests/rules/reliability-single-point-of-failure/fires.dot"
expect_grep "blast radius says so" "no model has a component 'nosuch'" "$work/stderr"
if [ -s "$work/stdout" ]; then failed=$((failed + 1)); echo "FAIL: --blast-radius printed the check first"; else passed=$((passed + 1)); fi
expect_status "blast radius suggests" 2 "$archlint" check --blast-radius apl "$src/tests/rules/reliability-single-point-of-failure/fires.dot"
expect_grep "blast radius suggestion" "did you mean 'api'?" "$work/stderr"
expect_status "one technology" 0 "$archlint" technologies redis
expect_grep "technology entry" "^usually: cache" "$work/stdout"
expect_status "a technology by alias" 0 "$archlint" technologies PostgreSQL
expect_grep "alias entry" "^tech: \`postgres\`" "$work/stdout"
expect_status "unknown technology" 2 "$archlint" technologies redsi
expect_grep "technology suggestion" "did you mean 'redis'" "$work/stderr"
expect_status "report with select and min-severity" 0 "$archlint" report --select performance --min-severity warning "$q" -o "$work/selected"
if grep -q "completeness-" "$work/selected/findings.json"; then failed=$((failed + 1)); echo "FAIL: report kept unselected rules"; else passed=$((passed + 1)); fi

# fix: mechanical fixes in place, as a diff, limited by --rule; nothing written on a broken input.
cp "$src/tests/rules/performance-read-cache/fires.dot" "$work/fix.dot"
chmod 640 "$work/fix.dot"
cp "$work/fix.dot" "$work/fix-before.dot"
expect_status "fix --diff" 0 "$archlint" fix --diff --rule performance-read-cache "$work/fix.dot"
expect_grep "diff header" "^+++ $work/fix.dot" "$work/stdout"
expect_grep "diff adds the cache" "^+  urls_cache \[kind=cache, eviction=lru" "$work/stdout"
expect_grep "diff adds the read" "^+  api -> urls_cache \[op=read_write\];" "$work/stdout"
expect_grep "diff says what it fixed" "fix.dot:11: fixed \[performance-read-cache\]: put cache 'urls_cache' in front of 'urls' for 'api'" "$work/stderr"
if cmp -s "$work/fix.dot" "$work/fix-before.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: --diff wrote the file"; fi
patch -s -o "$work/fix-patched.dot" "$work/fix.dot" <"$work/stdout"
expect_status "fix in place" 0 "$archlint" fix --rule performance-read-cache "$work/fix.dot"
expect_grep "fix says what it fixed" "fix.dot:12: fixed \[performance-read-cache\]: put cache 'posts_cache'" "$work/stdout"
if cmp -s "$work/fix.dot" "$work/fix-patched.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: in place differs from the --diff patch"; fi
expect_grep "comments stay" "^// expect: performance-read-cache feed 12" "$work/fix.dot"
expect_grep "the feed cache too" "^  feed -> posts_cache \[op=read_write\];" "$work/fix.dot"
if [ "$(stat -c %a "$work/fix.dot")" = 640 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: fix changed the file's mode"; fi
expect_status "nothing left for the rule" 0 "$archlint" check --select performance-read-cache "$work/fix.dot"
expect_status "fix again: nothing to do" 0 "$archlint" fix --rule performance-read-cache "$work/fix.dot"
if [ -s "$work/stdout" ]; then failed=$((failed + 1)); echo "FAIL: a second fix did something"; else passed=$((passed + 1)); fi
cp "$work/fix-before.dot" "$work/fix.dot"
expect_status "fix --rule leaves other rules" 0 "$archlint" fix --rule reliability-replication "$work/fix.dot"
if grep -q "urls_cache" "$work/fix.dot"; then failed=$((failed + 1)); echo "FAIL: --rule replication added a cache"; else passed=$((passed + 1)); fi
expect_grep "replicas set" "urls  \[kind=database, read_write=\"100:1\", replicas=3, replication=single_leader\]" "$work/fix.dot"
expect_status "fix an unknown rule" 2 "$archlint" fix --rule read-cache "$work/fix.dot"
expect_grep "fix suggests the rule" "did you mean 'performance-read-cache'?" "$work/stderr"
expect_status "fix a rule with no mechanical fix" 2 "$archlint" fix --rule completeness-nfr "$work/fix.dot"
expect_grep "fix says it has none" "rule 'completeness-nfr' has no mechanical fix" "$work/stderr"
cp "$work/fix-before.dot" "$work/fix.dot"
expect_status "fix with a broken file" 2 "$archlint" fix "$work/fix.dot" "$src/tests/cli/broken.dot"
expect_grep "fix names the broken line" "broken.dot:3: error: component 'api' has unknown kind" "$work/stderr"
if cmp -s "$work/fix.dot" "$work/fix-before.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: fix wrote despite a broken input"; fi
expect_status "fix a diagram" 2 "$archlint" fix "$src/tests/cli/diagrams/$(ls "$src/tests/cli/diagrams" | grep -m1 drawio)"
expect_grep "fix wants a model" "fix edits DOT models in place" "$work/stderr"
# fix through a symbolic link fixes the file it names and keeps the link;
# a file with two names (hard links) or without write permission is refused,
# and then nothing is written.
mkdir -p "$work/fixlinks"
cp "$work/fix-before.dot" "$work/fixlinks/real.dot"
ln -s real.dot "$work/fixlinks/link.dot"
cp "$work/fix-before.dot" "$work/fixlinks/hard.dot"
ln "$work/fixlinks/hard.dot" "$work/fixlinks/hard2.dot"
cp "$work/fix-before.dot" "$work/fixlinks/ro.dot"
chmod 444 "$work/fixlinks/ro.dot"
expect_status "fix refuses a hard-linked and a read-only file" 2 "$archlint" fix "$work/fixlinks/link.dot" "$work/fixlinks/hard.dot" "$work/fixlinks/ro.dot"
expect_grep "fix names the hard links" "hard.dot: error: the file has 2 names (hard links)" "$work/stderr"
expect_grep "fix names the read-only file" "ro.dot: error: read-only; fix leaves it as it is" "$work/stderr"
if cmp -s "$work/fixlinks/real.dot" "$work/fix-before.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: fix wrote despite a refused file"; fi
expect_status "fix through a link" 0 "$archlint" fix "$work/fixlinks/link.dot"
if [ -L "$work/fixlinks/link.dot" ] && ! cmp -s "$work/fixlinks/real.dot" "$work/fix-before.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: fix did not write through the link"; fi
expect_status "fix --diff of a read-only file" 0 "$archlint" fix --diff "$work/fixlinks/ro.dot"

# A rules folder with no pattern in it, and an archlint.toml that is a
# folder, are errors, not an empty set of rules or the defaults.
mkdir -p "$work/norules/sub" "$work/tomldir/archlint.toml"
cp "$src/tests/rules/clean.dot" "$work/tomldir/model.dot"
expect_status "an empty rules folder" 2 "$archlint" check --rules "$work/norules" "$src/tests/rules/clean.dot"
expect_grep "the empty rules folder is named" "norules: error: no pattern rules in this folder" "$work/stderr"
expect_status "archlint.toml is a folder" 2 "$archlint" check "$work/tomldir/model.dot"
expect_grep "the folder configuration is named" "archlint.toml: error: a folder, not a file" "$work/stderr"

# render into a folder that exists: an SVG per model there.
mkdir -p "$work/drawn"
expect_status "render into an existing folder" 0 "$archlint" render "$src/tests/rules/clean.dot" -o "$work/drawn"
if [ -s "$work/drawn/clean.svg" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: no clean.svg in the folder"; fi

# import: pages whose names give one file name are numbered, and a long
# page name makes no file name too long for the disk.
long=$(printf 'x%.0s' $(seq 300))
{
  printf '<mxfile>\n'
  for page in "Page 1" "page 1" "$long"; do
    printf '<diagram name="%s"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="a" value="Orders API" vertex="1" parent="1"/></root></mxGraphModel></diagram>\n' "$page"
  done
  printf '</mxfile>\n'
} >"$work/pages.drawio"
mkdir -p "$work/pages"
expect_status "import pages of one file name" 0 "$archlint" import "$work/pages.drawio" -o "$work/pages/arch.dot"
expect_grep "the first page" "wrote $work/pages/arch-page-1.dot" "$work/stdout"
expect_grep "the second, numbered" "wrote $work/pages/arch-page-1-2.dot" "$work/stdout"
expect_grep "the long name, cut" "wrote $work/pages/arch-x\{60\}.dot" "$work/stdout"

# Standard input is read up to the size limit; standard output that cannot
# be written is an error, not a success with the output lost.
expect_status "endless standard input" 2 sh -c "head -c 70000000 /dev/zero | '$archlint' check -"
expect_grep "standard input's limit" "stdin: error: larger than 64 MiB" "$work/stderr"
if [ -w /dev/full ]; then
  expect_status "standard output on a full disk" 2 sh -c "'$archlint' check '$src/tests/rules/clean.dot' >/dev/full"
  expect_grep "standard output's error" "cannot write standard output: No space left on device" "$work/stderr"
fi

# Problem checklists and `new`: an incomplete design hears the points it misses.
expect_status "checklist: incomplete crawler" 1 "$archlint" check "$src/tests/fixtures/checklists/web-crawler.dot"
expect_grep "checklist names robots.txt" "warning: no fetcher consults robots.txt.*\[checklist-web-crawler-robots-txt\]" "$work/stdout"
expect_status "checklist: catalogue passes its own" 0 "$archlint" check "$src/models"
expect_status "checklist: ignored as a family" 0 "$archlint" check --ignore checklist --select checklist-web-crawler-retry --fail-on never "$src/tests/fixtures/checklists/web-crawler.dot"
expect_status "explain a checklist point" 0 "$archlint" explain checklist-web-crawler-dns-cache
expect_grep "explain shows the point's file" "patterns/problems/web-crawler/dns-cache.dot" "$work/stdout"
expect_status "new --list" 0 "$archlint" new --list
expect_grep "new --list names a problem" "^web-crawler .*Web crawler (7 checklist points)" "$work/stdout"
expect_status "new copies a model" 0 "$archlint" new url-shortener -o "$work/new.dot"
if cmp -s "$work/new.dot" "$src/models/url_shortener.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: new did not copy the catalogue model"; fi
expect_status "new refuses to overwrite" 2 "$archlint" new url-shortener -o "$work/new.dot"
expect_grep "new says --force" "exists; choose another name or overwrite it with --force" "$work/stderr"
expect_status "new --blank --force" 0 "$archlint" new url-shortener --blank --force -o "$work/new.dot"
expect_grep "blank lists a point" "checklist-url-shortener-bloom-filter" "$work/new.dot"
expect_status "blank design hears its checklist" 1 "$archlint" check "$work/new.dot"
expect_grep "blank design misses the Bloom filter" "\[checklist-url-shortener-bloom-filter\]" "$work/stdout"
expect_status "new to stdout" 0 "$archlint" new chat -o -
expect_grep "new - prints the model" "problem = \"chat\"" "$work/stdout"
expect_status "new unknown problem" 2 "$archlint" new web-crawlr -o "$work/x.dot"
expect_grep "new suggests the id" "did you mean 'web-crawler'" "$work/stderr"

# Pull-request comment: summary, table, waived folded; the exit status as for text.
expect_status "markdown comment" 1 "$archlint" check --format markdown --today 2027-01-01 "$src/tests/rules/waivers/waived.dot" "$src/tests/rules/completeness-schema/fires.dot"
expect_grep "comment verdict" "^### archlint: fail" "$work/stdout"
expect_grep "comment summary" "^2 files, .* waived; fails at fail level warning" "$work/stdout"
expect_grep "comment table" "^| severity | rule | where | component | message | fix |" "$work/stdout"
expect_grep "comment rule link" "\[completeness-schema\](docs/rules/completeness-schema.md)" "$work/stdout"
expect_grep "comment waived folded" "^<details><summary>" "$work/stdout"
expect_status "markdown comment passes at error" 0 "$archlint" check --format markdown --fail-on error "$src/tests/rules/completeness-schema/fires.dot"
expect_grep "comment passes" "^### archlint: pass" "$work/stdout"

# diff: two versions of the catalogue's URL shortener.
old="$src/tests/fixtures/diff/before.dot"
new="$src/tests/fixtures/diff/after.dot"
expect_status "diff introduces findings" 1 "$archlint" diff "$old" "$new"
expect_grep "diff removed cache" "^- component url_cache (cache)" "$work/stdout"
expect_grep "diff removed link" "^- link redirect_svc -> url_cache" "$work/stdout"
expect_grep "diff removed flow" "^- flow redirect: user -> lb -> redirect_svc -> url_cache" "$work/stdout"
expect_grep "diff replicas" "^~ component urls: replicas 3 -> 1" "$work/stdout"
expect_grep "diff introduced at NEW's line" "^$new:[0-9]*: introduced error: .*\[reliability-" "$work/stdout"
expect_grep "diff summary" "^findings: [0-9]* introduced .*fails at fail level warning" "$work/stdout"
expect_status "diff back fixes" 0 "$archlint" diff "$new" "$old"
expect_grep "diff fixed at OLD's line" "^$new:[0-9]*: fixed error:" "$work/stdout"
expect_status "diff fail-on never" 0 "$archlint" diff --fail-on never "$old" "$new"
expect_status "diff markdown" 1 "$archlint" diff --format markdown "$old" "$new"
expect_grep "diff markdown table" "^| removed | component | \`url_cache\` | cache |" "$work/stdout"
expect_status "diff json" 1 "$archlint" diff --format json "$old" "$new"
expect_grep "diff json fails" '"fails": true' "$work/stdout"
expect_status "diff of a broken model" 2 "$archlint" diff "$old" "$src/tests/cli/broken.dot"
expect_grep "diff names file and line" "broken.dot:3: error:" "$work/stderr"
if [ -s "$work/stdout" ]; then failed=$((failed + 1)); echo "FAIL: diff printed part of a diff"; else passed=$((passed + 1)); fi
expect_status "diff of a folder" 2 "$archlint" diff "$old" "$src/models"
expect_status "diff needs two files" 2 "$archlint" diff "$old"

# Baselines: today's findings accepted, new ones fail.
"$archlint" check --format json --fail-on never "$new" >"$work/baseline.json"
expect_status "baselined run passes" 0 "$archlint" check --fail-on info --baseline "$work/baseline.json" "$new"
expect_grep "baselined counted" "(1 waived, [1-9][0-9]* baselined)" "$work/stdout"
expect_status "baselined listed" 0 "$archlint" check --show-waived --baseline "$work/baseline.json" "$new"
expect_grep "baselined word" ": baselined \(info\|warning\|error\): " "$work/stdout"
"$archlint" check --format json --fail-on never "$old" >"$work/old-baseline.json"
cp "$new" "$work/model.dot"
sed "s#$old#$work/model.dot#" "$work/old-baseline.json" >"$work/moved.json"
expect_status "new findings fail despite the baseline" 1 "$archlint" check --baseline "$work/moved.json" "$work/model.dot"
printf '{\n  "version": 1,\n  oops\n}\n' >"$work/bad.json"
expect_status "broken baseline" 2 "$archlint" check --baseline "$work/bad.json" "$old"
expect_grep "broken baseline names file and line" "bad.json:3: error: baseline: not JSON" "$work/stderr"

# Files: never lost, never written through a link, all of a run or none.
f=$work/files
mkdir -p "$f"
cp "$src/tests/cli/diagrams/flow.mmd" "$f/flow.mmd"
printf 'digraph self {\n  a [kind=service];\n  b [kind=database];\n  a -> b;\n}\n' >"$f/self.dot"
cp "$f/self.dot" "$f/self.orig"
expect_status "import onto its own input" 2 "$archlint" import "$f/self.dot" -o "$f/self.dot"
expect_grep "import names its input" "self.dot: error: is the diagram being imported" "$work/stderr"
expect_status "import onto its own input, --force" 2 "$archlint" import --force "$f/self.dot" -o "$f/./self.dot"
ln -s self.dot "$f/alias.dot"
expect_status "import onto a link to its input, --force" 2 "$archlint" import --force "$f/self.dot" -o "$f/alias.dot"
if cmp -s "$f/self.dot" "$f/self.orig"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: import changed its own input"; fi

expect_status "import writes a new file" 0 bash -c "umask 022 && '$archlint' import '$f/flow.mmd' -o '$f/flow.dot'"
if [ "$(stat -c %a "$f/flow.dot")" = 644 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: a new file has mode $(stat -c %a "$f/flow.dot"), not the umask's 644"; fi
echo "keep me" >"$f/flow.dot"
chmod 640 "$f/flow.dot"
expect_status "import onto an existing file" 2 "$archlint" import "$f/flow.mmd" -o "$f/flow.dot"
expect_grep "import asks for --force" "flow.dot: error: the file exists; choose another name or overwrite it with --force" "$work/stderr"
expect_grep "the existing file is kept" "^keep me$" "$f/flow.dot"
expect_status "import --force" 0 "$archlint" import --force "$f/flow.mmd" -o "$f/flow.dot"
expect_grep "import --force replaced it" "^digraph " "$f/flow.dot"
if [ "$(stat -c %a "$f/flow.dot")" = 640 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: the file's mode became $(stat -c %a "$f/flow.dot")"; fi

# A link at the output (or at the old fixed temporary name) is never followed.
echo "victim" >"$f/victim.txt"
ln -s victim.txt "$f/linked.dot"
ln -s victim.txt "$f/linked.dot.archlint-tmp"
expect_status "import over a link" 0 "$archlint" import --force "$f/flow.mmd" -o "$f/linked.dot"
if [ "$(cat "$f/victim.txt")" = victim ] && [ ! -L "$f/linked.dot" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: a link at the output was followed"; fi
if ls -A "$f" | grep -q '\.archlint-[a-z0-9]\{6\}$'; then failed=$((failed + 1)); echo "FAIL: a temporary file was left: $(ls -A "$f")"; else passed=$((passed + 1)); fi

# Two runs writing one file leave one whole file.
for i in 1 2 3 4 5 6; do "$archlint" import --force "$f/flow.mmd" -o "$f/race.dot" >/dev/null & done
wait
"$archlint" import "$f/flow.mmd" -o "$f/once.dot" >/dev/null
if cmp -s "$f/race.dot" "$f/once.dot"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: runs writing one file at once corrupted it"; fi

expect_status "import into a missing folder" 2 "$archlint" import "$f/flow.mmd" -o "$f/no/such/x.dot"
expect_grep "the true reason" "x.dot: error: cannot write the file: No such file or directory" "$work/stderr"

# report: all the files or none.
cp "$src/tests/rules/performance-read-cache/fires.dot" "$f/model.dot"
expect_status "report writes its files" 0 "$archlint" report --format markdown,json,sarif "$f/model.dot" -o "$f/review"
cp -r "$f/review" "$f/review.before"
rm "$f/review/findings.sarif"
mkdir "$f/review/findings.sarif"
sed -i 's/^}/  extra [kind=service];\n}/' "$f/model.dot"
expect_status "report that fails halfway" 2 "$archlint" report --format markdown,json,sarif "$f/model.dot" -o "$f/review"
expect_grep "report names the file and the reason" "findings.sarif: error: cannot write the file: Is a directory" "$work/stderr"
if cmp -s "$f/review/model.md" "$f/review.before/model.md" && cmp -s "$f/review/findings.json" "$f/review.before/findings.json"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: a report that failed replaced some files"
fi
if ls -A "$f/review" | grep -q 'archlint-'; then failed=$((failed + 1)); echo "FAIL: report left temporary files"; else passed=$((passed + 1)); fi
cp "$src/tests/corpus/files/gammarers__aws-daily-cloud-watch-logs-archive-stack__architecture.drawio.svg" "$f/arch.drawio.svg"
cp "$f/arch.drawio.svg" "$f/arch.orig"
expect_status "render onto its input" 2 "$archlint" render "$f/arch.drawio.svg" -o "$f/./arch.drawio.svg"
expect_grep "render never writes over an input" "arch.drawio.svg: error: is an input of the run" "$work/stderr"
if cmp -s "$f/arch.drawio.svg" "$f/arch.orig"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: render wrote over its input"; fi

mkdir "$f/docs"
printf '# Design\n\n```mermaid\nflowchart LR\n  a[Web] --> b[(Orders DB)]\n```\n' >"$f/docs/index.md"
cp "$f/docs/index.md" "$f/index.orig"
expect_status "report into the folder of its index.md design" 2 "$archlint" report --format markdown "$f/docs/index.md" -o "$f/docs"
expect_grep "report never writes over an input" "index.md: error: is an input of the run" "$work/stderr"
if cmp -s "$f/docs/index.md" "$f/index.orig" && [ "$(ls "$f/docs")" = index.md ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: report wrote over its input: $(ls "$f/docs")"; fi

# Escape codes in a model's names are refused, and reach the terminal
# shown, not acted on.
printf 'digraph t {\n  "a\033[2Jb" [kind=service];\n}\n' >"$f/escape.dot"
expect_status "check a name with an escape code" 2 "$archlint" check --fail-on info "$f/escape.dot"
expect_grep "escape refused" "escape.dot:2: error: a component's name holds a control character (U+001B); remove it" "$work/stderr"
if grep -q "$(printf '\033')" "$work/stdout" "$work/stderr"; then failed=$((failed + 1)); echo "FAIL: an escape code reached the terminal"; else passed=$((passed + 1)); fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
