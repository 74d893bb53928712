#!/usr/bin/env bash
# The HTML review and the SVG as a browser shows them: headless Chromium
# loads a catalogue model's page and picture and a hostile model's
# (tests/browser/hostile.dot, whose labels are script payloads), and the
# catalogue's gallery (index.html), and the DOM
# it dumps must hold the diagram, the badges and the findings table, show
# that the page's own script ran, and show that no payload did.
# Usage: run.sh ARCHLINT SOURCE_DIR. Exits 77 (ctest: skipped) when Chromium
# is not installed (Debian's `chromium` package).
set -uo pipefail
archlint=$1
src=$2
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "SKIP: chromium is not installed (apt-get install chromium); HTML and SVG not checked in a browser"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

fail() {
  failed=$((failed + 1))
  echo "FAIL $1"
}

# The DOM of FILE after its scripts ran, in $work/dom; what the page wrote
# to its console (errors, refused loads) in $work/chromium.log as CONSOLE lines.
dump() {
  timeout 120 "$chromium" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$work/profile" \
    --enable-logging=stderr --v=0 --virtual-time-budget=2000 --dump-dom "file://$1" >"$work/dom" 2>"$work/chromium.log"
  local status=$?
  if [ $status -ne 0 ] || [ ! -s "$work/dom" ]; then
    fail "chromium could not load $1 (exit $status)"
    sed 's/^/  | /' "$work/chromium.log" | tail -20
    return 1
  fi
}

has() {  # NAME PATTERN: the dumped DOM matches the extended regex
  if grep -Eq -- "$2" "$work/dom"; then passed=$((passed + 1)); else fail "$1: /$2/ not in the DOM"; fi
}

lacks() {  # NAME PATTERN: the dumped DOM does not match it
  if grep -Eq -- "$2" "$work/dom"; then
    fail "$1: /$2/ in the DOM"
    grep -Eo -- ".{0,80}$2.{0,80}" "$work/dom" | head -3 | sed 's/^/  | /'
  else
    passed=$((passed + 1))
  fi
}

# No payload ran: none set the title or added an element with a pwned id
# (the payloads' own text uses single quotes, so only a real element matches).
no_payload_ran() {
  lacks "$1: no script set the title" "<title>PWNED</title>"
  lacks "$1: no payload added an element" "id=\"pwned"
  lacks "$1: no element from a label" "<(img|script)[^>]*(onerror|PWNED|pwned)"
}

# The checks see a payload that does run: a page without escaping or policy.
cat >"$work/control.html" <<'HTML'
<!DOCTYPE html><html><head><title>control</title></head><body>
<img src=x onerror="document.body.appendChild(document.createElement('b')).id='pwned-control'">
<script>document.title='PWNED'</script></body></html>
HTML
if dump "$work/control.html"; then
  has "control: a running payload sets the title" "<title>PWNED</title>"
  has "control: a running payload adds an element" "id=\"pwned-control\""
fi

for model in "$src/models/url_shortener.dot" "$src/tests/browser/hostile.dot"; do
  name=$(basename "$model" .dot)
  if ! "$archlint" report --format html,markdown "$model" -o "$work/$name" >"$work/out" 2>&1; then
    fail "report on $name"
    sed 's/^/  | /' "$work/out"
    continue
  fi
  findings=$("$archlint" check --format json --fail-on never "$model" | grep -c '"rule":')

  if dump "$work/$name/$name.html"; then
    has "$name page: the diagram" "<svg[^>]*viewBox"
    has "$name page: a component" "<g id=\"component-[^\"]*\" class=\"node\""
    has "$name page: the badges" "<g id=\"badge-[0-9]+\" class=\"badge "
    has "$name page: the findings table" "<table id=\"findings-table\""
    has "$name page: a row per finding" "<tr id=\"row-$findings\""
    lacks "$name page: no row beyond them" "<tr id=\"row-$((findings + 1))\""
    # The page's own script ran (the CSP lets only it run): it fills in how many rows are shown.
    has "$name page: its script ran" ">$findings of $findings shown<"
    no_payload_ran "$name page"
  fi
  if dump "$work/$name/$name.svg"; then
    has "$name svg: the diagram" "<svg"
    has "$name svg: the badges" "class=\"badge "
    has "$name svg: the findings list" "<g id=\"findings\""
    no_payload_ran "$name svg"
  fi
  if dump "$work/$name/index.html"; then
    has "$name index: links the page" "<a href=\"$name.html\">"
    no_payload_ran "$name index"
  fi
done

# Every catalogue model's page loads with its diagram (the picture, inline)
# and a row per finding, waived ones included, or "No findings.".
if "$archlint" report --format html "$src/models" -o "$work/catalogue" >"$work/out" 2>&1; then
  for model in "$src"/models/*.dot; do
    name=$(basename "$model" .dot)
    findings=$("$archlint" check --format json --fail-on never "$model" | grep -c '"rule":')
    if dump "$work/catalogue/$name.html"; then
      has "$name page: the diagram" "<svg[^>]*viewBox"
      if [ "$findings" -gt 0 ]; then
        has "$name page: a row per finding" "<tr id=\"row-$findings\""
        has "$name page: its script ran" ">$findings of $findings shown<"
      else
        has "$name page: no findings" "No findings\."
      fi
    fi
  done
else
  fail "report on the catalogue"
  sed 's/^/  | /' "$work/out"
fi

# The gallery of the catalogue: index.html loads without a console message
# (no script error, no load the page's policy refused), shows a section with
# its picture per model, and every link resolves: #anchors to ids on the
# page, files to files the report wrote (rule pages to the repository's docs).
if "$archlint" report --format html,markdown "$src/models" -o "$work/gallery" >"$work/out" 2>&1; then
  models=$(ls "$src"/models/*.dot | wc -l)
  if dump "$work/gallery/index.html"; then
    if grep -q "CONSOLE" "$work/chromium.log"; then
      fail "gallery: console messages"
      grep "CONSOLE" "$work/chromium.log" | head -5 | sed 's/^/  | /'
    else
      passed=$((passed + 1))
    fi
    sections=$(grep -o '<section class="design" id="design-[0-9]*"' "$work/dom" | wc -l)
    [ "$sections" -eq "$models" ] && passed=$((passed + 1)) || fail "gallery: $sections sections for $models models"
    pictures=$(tr -d '\n' <"$work/dom" | grep -o '<div class="picture"> *<svg[^>]*viewBox' | wc -l)
    [ "$pictures" -eq "$models" ] && passed=$((passed + 1)) || fail "gallery: $pictures pictures for $models models"
    has "gallery: the contents table" "<table id=\"models\">"
    has "gallery: a checklist" "<ul class=\"checklist\">"
    has "gallery: a header comment" "<div class=\"about\">"
    no_payload_ran "gallery"
    missing=""
    for target in $(grep -o 'href="[^"]*"' "$work/dom" | sed 's/^href="//; s/"$//' | sort -u); do
      case "$target" in
        http://* | https://* | mailto:*) ;;
        \#*) grep -q "id=\"${target#\#}\"" "$work/dom" || missing="$missing $target" ;;
        docs/*) [ -f "$src/$target" ] || missing="$missing $target" ;;
        *) [ -f "$work/gallery/$(printf '%b' "${target//%/\\x}")" ] || missing="$missing $target" ;;
      esac
    done
    [ -z "$missing" ] && passed=$((passed + 1)) || fail "gallery: links that resolve to nothing:$missing"
  fi
else
  fail "gallery report on the catalogue"
  sed 's/^/  | /' "$work/out"
fi

# The hostile labels are on the page as text.
if dump "$work/hostile/hostile.html"; then
  has "hostile: the script label is text" "&lt;script&gt;document.title='PWNED'&lt;/script&gt;"
  has "hostile: the img label is text" "&lt;img src=x onerror="
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
