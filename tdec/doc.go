// Package tdec owns pkpnet's threshold decryption: identity-bound ECIES to
// the network encryption key (a secp256k1 key Shamir-shared among the nodes
// by a DKG, separate from the signing root key), the proof of knowledge that
// binds a ciphertext's ephemeral point C1 to its identity, decryption shares
// with DLEQ (Chaum-Pedersen) proofs, their verification and combination by
// Lagrange interpolation, and the versioned, size-limited encodings of
// ciphertexts, capsules and shares. docs/crypto.md §11 gives the scheme and
// why it is sound.
package tdec
