#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every packable project from its code (PublicApiAnalyzers' RS0016 fix), for
# after a change or a merge that adds public API. Review the diff: every added line is a public promise.
# Removed or changed API (RS0017) is not fixed here: edit the files by hand (see CONTRIBUTING.md).
# Usage: eng/update-public-api.sh            (all packable projects)
#        eng/update-public-api.sh Broker.Dhan (one project)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then
  projects=(Broker.Abstractions Broker.Groww Broker.Dhan Broker.Sandbox)
fi
for name in "${projects[@]}"; do
  csproj="$root/src/$name/$name.csproj"
  [ -f "$csproj" ] || { echo "no project $csproj" >&2; exit 1; }
  for file in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$root/src/$name/$file" ] || printf '#nullable enable\n' > "$root/src/$name/$file"
  done
  echo "== $name"
  # RS0016: a public symbol missing from the API files (reported as a warning, hence --severity warn).
  dotnet format analyzers "$csproj" --diagnostics RS0016 --severity warn -v q
done
echo "Done. Review: git diff -- 'src/*/PublicAPI.*.txt'"
