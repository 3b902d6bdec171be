#!/usr/bin/env bash
# Builds the example's training image locally (no registry): hyperfleet-digits-mlp:latest.
set -euo pipefail
cd "$(dirname "$0")"
docker build -t "${IMAGE:-hyperfleet-digits-mlp:latest}" .
