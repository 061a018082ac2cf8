#!/usr/bin/env bash
# Build the static pkpnet binary and the pkpnet:local image from it.
# No image is pulled: the Dockerfile starts FROM scratch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
export PATH="/usr/local/go/bin:$PATH"
ctx="$here/build"
rm -rf "$ctx"
mkdir -p "$ctx/rootfs/tmp" "$ctx/rootfs/data"
chmod 1777 "$ctx/rootfs/tmp"
CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -buildvcs=false" go build -trimpath -ldflags='-s -w' -o "$ctx/pkpnet" ./cmd/pkpnet
cp "$here/Dockerfile" "$ctx/Dockerfile"
docker build -q -t "${PKPNET_IMAGE:-pkpnet:local}" "$ctx"
