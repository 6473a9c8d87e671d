#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Netlify's build image does not promise a .NET 10 SDK, so this uses the SDK on
# PATH when it is there, otherwise one installed earlier into Netlify's cache folder, otherwise installs it there with
# Microsoft's official install script (https://dot.net/v1/dotnet-install.sh), so that later builds reuse it. Then it
# builds the site with the README's command.
#   NETLIFY_BUILD_DRY_RUN=1  says what it would use or fetch, and stops before downloading or building.
#   DOTNET_CACHE_DIR=DIR     where the SDK is kept (default: Netlify's cache folder, $NETLIFY_BUILD_BASE/cache).
set -euo pipefail
cd "$(dirname "$0")/.."

channel=10.0
installer=https://dot.net/v1/dotnet-install.sh
base_cache=${NETLIFY_BUILD_BASE:+$NETLIFY_BUILD_BASE/cache}
cache="${DOTNET_CACHE_DIR:-${base_cache:-$HOME/.cache}}/dotnet"

has_sdk() { [ -x "$1" ] && "$1" --list-sdks 2>/dev/null | grep -q "^${channel%.0}\."; }

dotnet=""
if command -v dotnet >/dev/null 2>&1 && has_sdk "$(command -v dotnet)"; then
  dotnet=$(command -v dotnet)
  echo "netlify-build: using the .NET $channel SDK on PATH ($dotnet)"
elif has_sdk "$cache/dotnet"; then
  dotnet="$cache/dotnet"
  echo "netlify-build: using the .NET $channel SDK from the cache ($dotnet)"
else
  echo "netlify-build: no .NET $channel SDK found; installing channel $channel with $installer into $cache"
  if [ "${NETLIFY_BUILD_DRY_RUN:-}" = 1 ]; then
    echo "netlify-build: dry run, stopping before the download"
    exit 0
  fi
  mkdir -p "$cache"
  curl --fail --silent --show-error --location --retry 3 "$installer" --output "$cache/dotnet-install.sh"
  bash "$cache/dotnet-install.sh" --channel "$channel" --install-dir "$cache" --no-path
  dotnet="$cache/dotnet"
fi

export DOTNET_ROOT
DOTNET_ROOT=$(dirname "$(readlink -f "$dotnet")")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "${NETLIFY_BUILD_DRY_RUN:-}" = 1 ]; then
  echo "netlify-build: dry run, would run: $dotnet run --project Site.csproj -c Release"
  exit 0
fi
"$dotnet" run --project Site.csproj -c Release
