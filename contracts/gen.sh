#!/usr/bin/env bash
# Regenerates the committed contract artifacts and Go bindings from src/*.sol:
#   1. npm ci (solc and @openzeppelin/contracts at the exact versions of package-lock.json)
#   2. node compile.js  -> artifacts/ (ABI, bytecode, combined.json)
#   3. abigen --v2 (go-ethereum at the version pinned in go.mod) -> bindings/bindings.go
# The output is deterministic: a second run produces byte-identical files.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --silent --no-audit --no-fund --loglevel=error >/dev/null
node compile.js

gethver=$(cd .. && go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
mkdir -p bindings
go run "github.com/ethereum/go-ethereum/cmd/abigen@${gethver}" --v2 \
  --combined-json artifacts/combined.json --pkg bindings --out bindings/bindings.go
chmod 0644 bindings/bindings.go
