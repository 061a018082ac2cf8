// Package contracts owns pkpnet's Solidity contracts (src/), their compiled artifacts
// (artifacts/), the generated go-ethereum v2 bindings (bindings/), the Go code that
// deploys them (Deploy) and their vocabulary: permission scopes, auth-method types,
// the ABIs and the names of their custom errors (vocab.go). Regenerate artifacts and
// bindings with ./gen.sh.
package contracts
