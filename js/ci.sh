#!/usr/bin/env bash
# CI for the JS client (js/): install, build, unit tests on the shared Go/JS
# vectors, Node.js tests against a devnet, and the headless-Chromium test.
# Chromium comes from Debian (apt), never from a browser download. Each of
# the two devnet suites starts its own devnet (about 1-2 minutes each).
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS="${GOFLAGS:-} -buildvcs=false"
step() { printf '\n== js: %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
  step "chromium from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi

step "npm ci"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

step "tsc build"
npm run build

step "Go side of the shared vectors"
(cd .. && go test -count=1 ./node/signing -run TestJSVectors)

step "unit tests (shared vectors)"
node --test test/unit/

step "build pkpnet once for both devnet suites"
bin_dir=$(mktemp -d)
trap 'rm -rf "$bin_dir"' EXIT
(cd .. && go build -o "$bin_dir/pkpnet" ./cmd/pkpnet)
export PKPNET_BIN="$bin_dir/pkpnet"

step "Node.js tests against a devnet"
node --test --test-concurrency=1 test/devnet/

step "browser test (headless Chromium over WebSockets, verified by go-ethereum)"
node --test test/browser/
