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
# Usage: bash eng/pack-check.sh [--no-build] [other dotnet pack options]
#   --no-build             pack what `dotnet test Broker.sln -c Release` already built (what CI does)
#   --artifacts-path DIR   build into DIR instead of the projects' bin/obj
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

fail() {
  echo "pack-check: $1" >&2
  [ -f "${2:-}" ] && tail -n 60 "$2" >&2
  exit 1
}

echo "pack-check: packing Broker.Abstractions, Broker.Groww, Broker.Dhan, Broker.Sandbox, Broker.Redis"
dotnet pack eng/packages.slnf -c Release -o "$BROKER_PACKAGES" "$@" > "$work/pack.log" 2>&1 \
  || fail "dotnet pack failed (log below)." "$work/pack.log"

shopt -s nullglob
abstractions=("$BROKER_PACKAGES"/Broker.Abstractions.*.nupkg)
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

echo "pack-check: passed in $((SECONDS - started)) s"
