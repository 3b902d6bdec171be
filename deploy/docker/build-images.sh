#!/usr/bin/env bash
# Builds hyperfleet/coordinator and hyperfleet/worker locally (no registry): compiles the workspace,
# stages a production install of the CLI with `pnpm deploy --prod`, and builds both Dockerfiles on it.
#
#   deploy/docker/build-images.sh [TAG]        (default TAG: the workspace version)
#   NODE_IMAGE=my-registry/node:20-slim deploy/docker/build-images.sh
#   STAGE_ONLY=1 deploy/docker/build-images.sh  (stage the build context, build no image)
#   SKIP_BUILD=1 ...                            (the workspace is compiled already)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tag="${1:-$(node -p "require('$root/package.json').version")}"
node_image="${NODE_IMAGE:-node:20-slim}"
# The build context: a scratch folder, kept only with STAGE_ONLY (its path is printed).
stage="$(mktemp -d)"
pnpm="${PNPM:-npx -y pnpm@12.4.2}"

cd "$root"
[ -n "${SKIP_BUILD:-}" ] || $pnpm build >/dev/null   # the tests build before they run
# A self-contained copy of @hyperfleet/cli with only its production dependencies. pnpm deploy prunes
# the workspace it runs in, so it runs in a scratch copy (manifests, lockfile, compiled packages),
# installed from the store this checkout already filled (fetching only metadata the cache lacks).
work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${STAGE_ONLY:-}" ] || rm -rf "$stage"' EXIT
tar -C "$root" --exclude=node_modules -cf - package.json pnpm-lock.yaml pnpm-workspace.yaml packages | tar -C "$work" -xf -
(cd "$work" && $pnpm install --frozen-lockfile --prod --prefer-offline >/dev/null && $pnpm --filter @hyperfleet/cli deploy --prod --legacy "$stage/app" >/dev/null)
mkdir -p "$stage/examples"
cp -r examples/digits-mlp "$stage/examples/"
cp deploy/docker/Dockerfile.coordinator deploy/docker/Dockerfile.worker "$stage/"
[ -n "${STAGE_ONLY:-}" ] && { echo "$stage"; exit 0; }

for image in coordinator worker; do
  docker build -q --build-arg "NODE_IMAGE=$node_image" -f "$stage/Dockerfile.$image" -t "hyperfleet/$image:$tag" "$stage" >/dev/null
  echo "built hyperfleet/$image:$tag"
done
