#!/usr/bin/env bash
# Pack check and consumer check (run by .ci/run after the tests):
#   1. `dotnet pack` of the five packages (eng/packages.slnf) into a fresh folder;
#   2. eng/consumer-check, a project outside Broker.sln, restored from that folder (and nuget.org for everything
#      else) into a private packages folder, so a stale copy in the machine's NuGet cache can never be tested;
#   3. running it: it checks each .nupkg/.snupkg (assembly, XML docs, README, license, tags, repository commit,
#      SourceLink) and calls AddGrowwClient/AddDhanClient against Broker.Sandbox from the package (and UseRedis from
#      Broker.Redis's).
# Exits non-zero when any step fails.
#
#   4. installing the broker-sandbox tool from its package into a private folder and running `broker-sandbox --help`.
#
# Usage: bash eng/pack-check.sh [--output DIR] [--no-build] [other dotnet pack options]
#   --output DIR           keep the checked packages in DIR (default: a temporary folder, deleted at the end)
#   --no-build             pack what `dotnet test Broker.sln -c Release` already built (what CI does)
#   --artifacts-path DIR   build into DIR instead of the projects' bin/obj
# With --output (and without --no-build) the packages get a unique pre-release version (0.1.0-preview.local.<UTC
# time>), so a repack is never hidden by a copy of an earlier pack in the NuGet cache of a project that uses them.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild node outlives this script (a lingering node would also hold a caller's output pipe open).
export MSBUILDDISABLENODEREUSE=1

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export BROKER_PACKAGES="$work/packages"
started=$SECONDS

pack_args=()
keep=false
no_build=false
while [ "$#" -gt 0 ]; do
  case "$1" in
    --output)
      [ -n "${2:-}" ] || { echo "pack-check: --output needs a folder." >&2; exit 2; }
      mkdir -p "$2"
      BROKER_PACKAGES="$(cd "$2" && pwd)"
      keep=true
      shift 2 ;;
    --no-build) no_build=true; pack_args+=("$1"); shift ;;
    *) pack_args+=("$1"); shift ;;
  esac
done
# The consumer check proves each assembly came from its package by its version, so a new suffix needs a new build.
suffix=""
if [ "$keep" = true ] && [ "$no_build" = false ]; then
  suffix="preview.local.$(date -u +%Y%m%d%H%M%S)"
  pack_args+=(--version-suffix "$suffix")
fi

fail() {
  echo "pack-check: $1" >&2
  [ -f "${2:-}" ] && tail -n 60 "$2" >&2
  exit 1
}

echo "pack-check: packing Broker.Abstractions, Broker.Groww, Broker.Dhan, Broker.Sandbox, Broker.Sandbox.Tool, Broker.Redis into $BROKER_PACKAGES"
dotnet pack eng/packages.slnf -c Release -o "$BROKER_PACKAGES" "${pack_args[@]}" > "$work/pack.log" 2>&1 \
  || fail "dotnet pack failed (log below)." "$work/pack.log"

shopt -s nullglob
abstractions=("$BROKER_PACKAGES"/Broker.Abstractions.*"$suffix".nupkg)
[ "${#abstractions[@]}" -eq 1 ] || fail "expected one Broker.Abstractions package in $BROKER_PACKAGES, found ${#abstractions[@]}."
version="$(basename "${abstractions[0]}" .nupkg)"
version="${version#Broker.Abstractions.}"
for file in "$BROKER_PACKAGES"/*; do
  echo "  $(basename "$file") ($(wc -c < "$file") bytes)"
done

echo "pack-check: building eng/consumer-check against the packages ($version)"
dotnet build eng/consumer-check/ConsumerCheck.csproj -c Release \
  -p:BrokerPackageVersion="$version" -p:RestorePackagesPath="$work/restored" \
  --artifacts-path "$work/consumer" > "$work/consumer.log" 2>&1 \
  || fail "the consumer project did not restore or build from the packages (log below)." "$work/consumer.log"

consumer="$work/consumer/bin/ConsumerCheck/release/ConsumerCheck.dll"
[ -f "$consumer" ] || fail "the consumer build produced no $consumer."
dotnet "$consumer" "$BROKER_PACKAGES" "$version" || fail "the consumer check failed (see above)."

echo "pack-check: installing the broker-sandbox tool from its package"
dotnet tool install Broker.Sandbox.Tool --version "$version" --add-source "$BROKER_PACKAGES" --tool-path "$work/tool" \
  > "$work/tool.log" 2>&1 || fail "dotnet tool install Broker.Sandbox.Tool failed (log below)." "$work/tool.log"
"$work/tool/broker-sandbox" --help > "$work/tool-help.log" 2>&1 || fail "broker-sandbox --help failed (log below)." "$work/tool-help.log"
grep -q "Usage: broker-sandbox" "$work/tool-help.log" || fail "broker-sandbox --help did not print its usage (log below)." "$work/tool-help.log"

echo "pack-check: passed in $((SECONDS - started)) s"
