#!/usr/bin/env bash
# Regenerates the runtime's ethers global (ethers.umd.js and its licence)
# from the npm package pinned in package-lock.json:
#   1. npm ci (ethers at the exact version of package-lock.json)
#   2. node build.js -> ethers.umd.js, LICENSE-ethers.md
# Deterministic: a second run produces byte-identical files. CI runs it and
# checks that the committed files did not change.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --silent --no-audit --no-fund --loglevel=error >/dev/null
node build.js
chmod 0644 ethers.umd.js LICENSE-ethers.md
