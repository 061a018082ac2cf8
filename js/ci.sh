#!/usr/bin/env bash
# CI for the JS client (js/): install, build, unit tests on the shared Go/JS
# vectors, Node.js tests against a devnet, and the headless-Chromium test.
# Chromium comes from Debian (apt), never from a browser download. Both
# devnet suites share one devnet (its genesis is most of the time).
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
(cd .. && go test -count=1 ./node/signing -run TestJSVectors && go test -count=1 ./tdec -run TestVectors)

step "unit tests (shared vectors)"
node --test test/unit/

step "build pkpnet once for both devnet suites"
bin_dir=$(mktemp -d)
trap 'rm -rf "$bin_dir"' EXIT
(cd .. && go build -o "$bin_dir/pkpnet" ./cmd/pkpnet)
export PKPNET_BIN="$bin_dir/pkpnet"

step "one devnet for both suites (node 3 answers bad shares: TEST ONLY --test-fault)"
dn_dir=$(mktemp -d)
"$PKPNET_BIN" devnet --http-port 0 --ws-port 0 --gateway-port 0 --info "$dn_dir/info.json" --dir "$dn_dir/nodes" \
  --test-fault 3=bad-share >"$dn_dir/devnet.log" 2>&1 &
dn_pid=$!
trap 'kill $dn_pid 2>/dev/null; wait $dn_pid 2>/dev/null; rm -rf "$bin_dir" "$dn_dir"' EXIT
for _ in $(seq 600); do
  grep -q 'devnet: running;' "$dn_dir/devnet.log" && break
  kill -0 $dn_pid 2>/dev/null || { cat "$dn_dir/devnet.log"; exit 1; }
  sleep 1
done
grep -q 'devnet: running;' "$dn_dir/devnet.log" || { tail -50 "$dn_dir/devnet.log"; exit 1; }
export PKPNET_DEVNET_INFO="$dn_dir/info.json"

step "Node.js tests against the devnet"
node --test --test-concurrency=1 test/devnet/

step "browser test (headless Chromium over WebSockets, verified by go-ethereum)"
node --test test/browser/
