#!/usr/bin/env bash
# Installs the hyperfleet command for this user's npm (npm i -g): stages a self-contained production
# build of @hyperfleet/cli (the one the container images carry) into DIR and installs it from there.
#
#   scripts/install-cli.sh [DIR]     (default DIR: ~/.local/share/hyperfleet/cli)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$HOME/.local/share/hyperfleet/cli}"
stage="$(STAGE_ONLY=1 bash "$root/deploy/docker/build-images.sh")"
trap 'rm -rf "$stage"' EXIT
rm -rf "$dir"
mkdir -p "$(dirname "$dir")"
cp -r "$stage/app" "$dir"
npm install --global "$dir" >/dev/null
echo "installed: $(command -v hyperfleet || echo "hyperfleet (add $(npm prefix -g)/bin to PATH)")"
