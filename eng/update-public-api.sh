#!/usr/bin/env bash
# Adds to each packable project's PublicAPI.Unshipped.txt the public symbols its code declares and its API files do
# not list yet (PublicApiAnalyzers' RS0016), for after a change or a merge that adds public API. It builds with the
# analyzer's findings as warnings, takes the exact symbol text each RS0016 reports, and appends it to the file of the
# project that reported it. Review the diff: every added line is a public promise.
# Removed or changed API (RS0017) is not fixed here: edit the files by hand (see CONTRIBUTING.md).
# Usage: eng/update-public-api.sh            (all packable projects, under src/)
#        eng/update-public-api.sh Broker.Dhan (one project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  # Every packable project: the ones under src/.
  for csproj in "$root"/src/*/*.csproj; do projects+=("$(basename "$csproj" .csproj)"); done
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for name in "${projects[@]}"; do
  csproj="$root/src/$name/$name.csproj"
  [ -f "$csproj" ] || { echo "no project $csproj" >&2; exit 1; }
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$root/src/$name/$file" ] || printf '#nullable enable\n' > "$root/src/$name/$file"
  done
done
for name in "${projects[@]}"; do
  csproj="$root/src/$name/$name.csproj"
  echo "== $name"
  dotnet build "$csproj" -c Release --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= -v q -clp:NoSummary > "$log" 2>&1 || true
  # "... warning RS0016: Symbol 'X' is not part of the declared public API (...) [/path/Project.csproj]"
  grep -o "RS0016: Symbol '.*' is not part of the declared public API.*\[.*\.csproj\]" "$log" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API.*\[(.*)\]$/\2\t\1/" \
    | sort -u \
    | while IFS=$'\t' read -r project symbol; do
        file="$(dirname "$project")/PublicAPI.Unshipped.txt"
        grep -qxF -- "$symbol" "$file" || { printf '%s\n' "$symbol" >> "$file"; echo "  + $(basename "$project" .csproj): $symbol"; }
      done
done
echo "Done. Review: git diff -- 'src/*/PublicAPI.*.txt'"
