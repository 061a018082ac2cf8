// Package contracts owns pkpnet's Solidity contracts (src/), their compiled artifacts
// (artifacts/), the generated go-ethereum v2 bindings (bindings/) and the Go code that
// deploys them (Deploy). Regenerate artifacts and bindings with ./gen.sh.
package contracts
