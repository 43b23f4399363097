#!/usr/bin/env bash
# Checks that the C# snippets of the READMEs and guides are code that compiles: every Markdown code block preceded
# by "<!-- snippet: NAME -->" must equal, line for line (common indentation and trailing blanks ignored), the code
# between "// snippet: NAME" and "// end snippet" in samples/Broker.Samples.Snippets, which CI builds and runs.
# Every snippet in the sample must be shown somewhere. Each snippet starts with the using lines a reader needs, written
# in the sample as "// using Namespace;" comments (a directive cannot sit inside a method); the check turns them into
# "using Namespace;" and requires the sample file itself to have each of those directives, so they are the real ones.
# Exits 1 and names each mismatch otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/code" "$work/docs"

# Writes the collected lines to a file with the common leading indentation and trailing whitespace removed.
dedent='
function flush(path,   i, min, line, lead) {
  min = -1
  for (i = 1; i <= n; i++) {
    line = buf[i]; sub(/[ \t]+$/, "", line); buf[i] = line
    if (line == "") continue
    match(line, /^ */); lead = RLENGTH
    if (min < 0 || lead < min) min = lead
  }
  if (min < 0) min = 0
  printf "" > path
  for (i = 1; i <= n; i++) print substr(buf[i], min + 1) >> path
  close(path)
}'

status=0
for source in samples/Broker.Samples.Snippets/*.cs; do
  awk -v dir="$work/code" -v source="$source" "$dedent"'
    /\/\/ snippet: [A-Za-z0-9_.-]+[ \t]*$/ {
      name = $0; sub(/.*\/\/ snippet: /, "", name); sub(/[ \t]+$/, "", name)
      if (system("test -e \"" dir "/" name "\"") == 0) { print source ": snippet " name " is defined twice" > "/dev/stderr"; exit 3 }
      inside = 1; n = 0; usings = 0; next
    }
    !inside && /^using [A-Za-z0-9_.]+;[ \t]*$/ { u = $0; sub(/[ \t]+$/, "", u); used[u] = 1; next }
    inside && /\/\/ end snippet[ \t]*$/ {
      if (!usings) { print source ": snippet " name " shows no using lines: start it with \"// using Namespace;\" comments" > "/dev/stderr"; exit 3 }
      flush(dir "/" name); inside = 0; next
    }
    inside && n == usings && /^[ \t]*\/\/ using [A-Za-z0-9_.]+;[ \t]*$/ {
      u = $0; sub(/^[ \t]*\/\/ /, "", u); sub(/[ \t]+$/, "", u)
      if (!(u in used)) { print source ": snippet " name " shows \"" u "\" but the file has no such using directive" > "/dev/stderr"; exit 3 }
      line = $0; sub(/\/\/ /, "", line); buf[++n] = line; usings++; next
    }
    inside { buf[++n] = $0 }
    END { if (inside) { print source ": snippet " name " has no \"// end snippet\"" > "/dev/stderr"; exit 3 } }
  ' "$source" || status=1
done

shopt -s nullglob
touch "$work/docs/index"
for doc in README.md CHANGELOG.md docs/*.md src/*/README.md; do
  [ -f "$doc" ] || continue
  awk -v dir="$work/docs" -v doc="$doc" -v start="$(wc -l < "$work/docs/index")" "$dedent"'
    BEGIN { count = start }
    /^<!-- snippet: [A-Za-z0-9_.-]+ -->[ \t]*$/ { name = $0; sub(/^<!-- snippet: /, "", name); sub(/ -->.*$/, "", name); want = 1; next }
    want == 1 { if ($0 ~ /^```/) { want = 2; n = 0 } else { print doc ": the snippet marker for " name " is not followed by a code block" > "/dev/stderr"; exit 3 } ; next }
    want == 2 && /^```[ \t]*$/ { count++; flush(dir "/" count); print name "\t" doc "\t" count >> (dir "/index"); want = 0; next }
    want == 2 { buf[++n] = $0 }
  ' "$doc" || status=1
done

declare -A shown=()
if [ -s "$work/docs/index" ]; then
  while IFS=$'\t' read -r name doc number; do
    shown[$name]=1
    if [ ! -f "$work/code/$name" ]; then
      echo "$doc: snippet '$name' has no counterpart in samples/Broker.Samples.Snippets" >&2
      status=1
    elif ! diff -u --label "samples/Broker.Samples.Snippets ($name)" --label "$doc ($name)" "$work/code/$name" "$work/docs/$number" >&2; then
      echo "$doc: snippet '$name' differs from samples/Broker.Samples.Snippets (diff above); make them match." >&2
      status=1
    fi
  done < "$work/docs/index"
fi

for file in "$work"/code/*; do
  [ -e "$file" ] || continue
  name="$(basename "$file")"
  if [ -z "${shown[$name]:-}" ]; then
    echo "samples/Broker.Samples.Snippets: snippet '$name' is not shown in any README or guide" >&2
    status=1
  fi
done

if [ "$status" -eq 0 ]; then
  echo "Snippets: ${#shown[@]} snippet(s) in the READMEs and guides match samples/Broker.Samples.Snippets."
fi
exit "$status"
